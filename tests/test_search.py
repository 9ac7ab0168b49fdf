"""The site search on PostgreSQL: page, JSON API, autocomplete, compounds, synonyms, suggestions."""

import json
import re

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings, strategies as st

from search import compounds
from search.access import Viewer
from search.backends.postgres import build_tsquery, highlight
from search.models import SearchDocument, SynonymGroup
from search.query import MAX_QUERY_LENGTH, SearchRequest, normalise
from search import service
from tests.search_helpers import group, make_page


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    """These tests send many searches from one address; ops' rate limit is tested in test_security."""
    settings.OPS_RATELIMIT_ENABLED = False


pytestmark = pytest.mark.django_db


def titles(response):
    return [r.title for r in response.results]


def run(q, **kw):
    return service.search(SearchRequest(q=q, **kw), Viewer.anonymous())


@pytest.fixture
def pages(demo):
    return {
        "signs": make_page("Bekymringstegn hos unge", "Ændret adfærd og nye venner kan være bekymringstegn.",
                           summary="Hvad du skal holde øje med."),
        "plan": make_page("Kommunens handlingsplan", "Handlingsplanen beskriver indsatser og ansvar.",
                          slug="handlingsplan-test"),
        "infohus": make_page("Infohuset i kommunen", "Infohuset modtager bekymringshenvendelser fra fagpersoner."),
        "radical": make_page("Om radikalisering", "Radikalisering er en proces, hvor en person bliver mere ekstrem."),
    }


def test_html_page_answers_with_highlighted_snippets_and_type_labels(client, pages):
    response = client.get("/da/soeg/", {"q": "radikalisering"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Om radikalisering" in html
    assert "<mark>Radikalisering</mark>" in html
    assert "search-result__type" in html and "Side" in html
    assert '<form class="search-form" role="search"' in html
    assert "<script>" not in html and "style=" not in html  # CSP: no inline scripts or styles


def test_english_search_page_uses_english_path(client, demo):
    response = client.get("/en/search/", {"q": "worried"})
    assert response.status_code == 200
    assert 'lang="en"' in response.content.decode()
    assert "Search the site" in response.content.decode()


def test_empty_and_too_long_queries_get_a_clear_message(client, demo):
    assert "Skriv et eller flere ord" in client.get("/da/soeg/").content.decode()
    assert "Skriv et eller flere ord" in client.get("/da/soeg/", {"q": "  !!! "}).content.decode()
    response = client.get("/da/soeg/", {"q": "a" * (MAX_QUERY_LENGTH + 1)})
    assert response.status_code == 400
    assert "for lang" in response.content.decode()


def test_compound_words_match_their_parts(pages):
    assert "Bekymringstegn hos unge" in titles(run("tegn"))
    assert "Kommunens handlingsplan" in titles(run("plan"))
    assert compounds.split_word("bekymringshenvendelse") == ["henvendelse", "bekymring"]
    # An inflected last part is found without its ending, as Elasticsearch's decompounder finds it.
    assert compounds.split_word("forebyggelsestrekantens") == ["trekant", "forebyggelse"]
    assert compounds.split_word("handlingsplanen") == ["plan", "handling"]
    assert compounds.split_word("indsatsniveauer") == ["niveau", "indsats"]


def test_inflections_are_stemmed(pages):
    assert "Om radikalisering" in titles(run("radikaliseringen"))
    assert "Infohuset i kommunen" in titles(run("infohus"))


def test_synonyms_are_editable_data_used_in_queries(pages):
    assert "Om radikalisering" in titles(run("ekstremisme"))  # synonym from the demo data
    group = SynonymGroup.objects.create(language="da", terms="zebrafisk, radikalisering")
    assert "Om radikalisering" in titles(run("zebrafisk"))
    group.delete()
    assert "Om radikalisering" not in titles(run("zebrafisk"))
    assert "'infohus'" in build_tsquery(["info", "hus"], "da")


def test_did_you_mean_corrects_misspellings(pages):
    response = run("radikalisring")
    assert response.suggestion == "radikalisering"
    assert response.corrected and "Om radikalisering" in titles(response)
    exact = run("radikalisring", exact=True)
    assert exact.total == 0 and exact.suggestion == "radikalisering"


def test_facets_count_types_and_filters_narrow(client, pages):
    data = client.get("/api/search/", {"q": "bekymringstegn"}).json()
    types = {f["value"]: f["count"] for f in data["facets"]["type"]}
    assert types.get("contentpage", 0) >= 1
    filtered = client.get("/api/search/", {"q": "bekymringstegn", "type": "contentpage"}).json()
    assert filtered["total"] == types["contentpage"]
    assert all(r["type"] == "contentpage" for r in filtered["results"])
    none = client.get("/api/search/", {"q": "bekymringstegn", "type": "nosuchtype"}).json()
    assert none["total"] == 0 and none["results"] == []


def test_pagination(client, demo):
    for i in range(12):
        make_page(f"Zulutest side {i}", "zulutest zulutest indhold", slug=f"zulutest-{i}")
    first = client.get("/api/search/", {"q": "zulutest"}).json()
    second = client.get("/api/search/", {"q": "zulutest", "page": 2}).json()
    assert first["total"] == second["total"] == 12
    assert len(first["results"]) == 10 and len(second["results"]) == 2
    assert not {r["url"] for r in first["results"]} & {r["url"] for r in second["results"]}
    html = client.get("/da/soeg/", {"q": "zulutest"}).content.decode()
    assert 'rel="next"' in html and "Side 1 af 2" in html


def test_api_shape(client, pages):
    response = client.get("/api/search/", {"q": "infohus", "lang": "da"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {"query", "total", "results", "facets", "suggestion"}
    first = data["results"][0]
    assert set(first) >= {"title", "url", "type", "snippet", "locale", "municipality"}
    assert first["locale"] == "da" and first["url"].startswith("/da/")


def test_snippets_escape_page_text(demo):
    page = make_page("Skriptside", "Tekst med <script>alert(1)</script> og zyxskript ord")
    data = Client().get("/api/search/", {"q": "zyxskript"}).json()
    assert data["total"] == 1
    assert "<script>" not in data["results"][0]["snippet"]
    assert highlight("a < b \x02c\x03") == "a &lt; b <mark>c</mark>"
    assert page.title == "Skriptside"


def test_unpublished_and_deleted_pages_leave_the_index(demo):
    page = make_page("Flygtig side", "qwertyflygtig")
    assert run("qwertyflygtig").total == 1
    page.unpublish()
    assert run("qwertyflygtig").total == 0
    page.save_revision().publish()
    assert run("qwertyflygtig").total == 1
    page.delete()
    assert run("qwertyflygtig").total == 0


def test_drafts_are_not_searchable(demo):
    page = make_page("Udgivet titel", "publiceretord")
    page.body = "<p>kladdeord</p>"
    page.save_revision()  # a draft, not published
    # exact: without the spelling correction ("kladdeord" -> "kladder", a word of the overview page)
    assert run("kladdeord", exact=True).total == 0
    assert page.url not in [r.url for r in run("kladdeord").results]
    assert run("publiceretord").total == 1


def test_autocomplete_from_titles_and_terms(client, pages):
    data = client.get("/api/search/autocomplete/", {"q": "bekym", "lang": "da"}).json()
    labels = [s["label"] for s in data["suggestions"]]
    assert "Bekymringstegn hos unge" in labels
    assert any(s["type"] == "term" for s in data["suggestions"])
    assert client.get("/api/search/autocomplete/", {"q": "b"}).json()["suggestions"] == []
    assert client.get("/api/search/autocomplete/", {"q": "x" * 61}).status_code == 400
    assert client.get("/api/search/autocomplete/", {"q": "bek", "lang": "xx"}).status_code == 400


BAD_PARAMS = [
    {"q": "x", "lang": "de"},
    {"q": "x", "page": "0"},
    {"q": "x", "page": "-1"},
    {"q": "x", "page": "abc"},
    {"q": "x", "page": "1.5"},
    {"q": "x", "page": "99999999999999999999"},
    {"q": "x", "page": "٣"},  # an Arabic-Indic digit
    {"q": "x", "type": "Guide Page"},
    {"q": "x", "type": "'; DROP TABLE x; --"},
    {"q": "x", "municipality": "../etc"},
    {"q": "x", "district": "a" * 200},
    {"q": "x", "level": "<b>"},
    {"q": "a" * (MAX_QUERY_LENGTH + 1)},
    {"q": "x\x00y"},
    {"q": ""},
    {"q": "x", "bogus": "1"},
    {"q": "x", "exact": "yes"},
]


@pytest.mark.parametrize("params", BAD_PARAMS)
def test_api_bad_parameters_get_400_with_message(client, demo, params):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    assert response.json()["error"]


def test_api_repeated_parameter_is_400(client, demo):
    assert client.get("/api/search/?q=a&q=b").status_code == 400


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=80), page=st.one_of(st.text(max_size=5), st.integers(-5, 200).map(str)),
       kind=st.text(max_size=10))
def test_api_never_500s(demo, q, page, kind):
    response = Client().get("/api/search/", {"q": q, "page": page, "type": kind})
    assert response.status_code in (200, 400)
    assert "error" in response.json() or "results" in response.json()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_tsquery_building_never_breaks_postgres(demo, q):
    response = service.search(SearchRequest(q=normalise(q)), Viewer.anonymous())
    assert response.total >= 0


def test_html_page_bad_filters_are_400_not_500(client, demo):
    response = client.get("/da/soeg/", {"q": "x", "page": "nul"})
    assert response.status_code == 400
    assert "Sidetallet" in response.content.decode()


def test_search_url_comes_before_wagtail_catch_all(client, demo):
    assert client.get("/da/soeg/").status_code == 200
    assert json.loads(client.get("/api/search/?q=ekstremisme").content)["query"] == "ekstremisme"


@pytest.mark.parametrize("q", ["bekymret", "anmeld", "hvem skal jeg ringe til", "Hvem skal jeg ringe til  "])
def test_demo_pins_concern_page_for_worried_queries(client, demo, q):
    data = client.get("/api/search/", {"q": q}).json()
    assert data["results"], q
    first = data["results"][0]
    assert first["url"] == "/da/bekymret/" and first["promoted"] is True
    assert [r["url"] for r in data["results"]].count("/da/bekymret/") == 1


def test_demo_loader_for_search_is_idempotent(demo):
    import io

    from wagtail.contrib.search_promotions.models import SearchPromotion

    from demo.loader import search as search_demo

    before = (SearchPromotion.objects.count(), SynonymGroup.objects.count())
    search_demo.load(io.StringIO())
    assert (SearchPromotion.objects.count(), SynonymGroup.objects.count()) == before
    assert before[0] >= 3


def test_interventions_are_results_with_level_facet(client, demo):
    data = client.get("/api/search/", {"q": "indsats", "type": "intervention"}).json()
    assert data["total"] >= 1
    levels = {f["value"]: f["count"] for f in data["facets"]["intervention_level"]}
    assert levels and set(levels) <= {"opbyggende", "foregribende", "indgribende"}
    level, count = next(iter(levels.items()))
    narrowed = client.get("/api/search/", {"q": "indsats", "type": "intervention", "level": level}).json()
    assert narrowed["total"] == count
    assert all("#" in r["url"] and r["municipality"] for r in narrowed["results"])
    municipalities = {f["value"] for f in data["facets"]["municipality"]}
    assert "odense" in municipalities and "holbaek" not in municipalities  # Holbæk's plan is staff-only
    districts = {f["value"]: f["label"] for f in data["facets"]["police_district"]}
    assert districts.get("fyns-politi") == "Fyns Politi"
    html = client.get("/da/soeg/", {"q": "indsats"}).content.decode()
    assert "Indsatsniveau" in html and "Politikreds" in html and "Kommune" in html


def test_questions_in_plain_language_find_pages_with_most_of_the_words(pages):
    # Not every word is on the page: the page with the most important words still comes first.
    response = run("hvad er radikalisering egentlig for noget")
    assert titles(response)[0] == "Om radikalisering"
    both = make_page("Radikalisering og infohuse", "Radikalisering og infohuset hænger sammen.", slug="begge-ord")
    assert titles(run("radikalisering infohus"))[0] == both.title


def test_relevance_metrics_and_command(demo):
    import io

    from django.core.management import call_command

    from search.relevance import Outcome, evaluate, load_queries
    from search.relevance import summary as relevance_summary

    assert len(load_queries()) >= 160
    outcome = Outcome("q", "da", ["/a/", "/b/"], ["/c/", "/a/", "/d/"], rank=2)
    assert outcome.reciprocal_rank == 0.5 and outcome.recall_at_3 == 0.5
    out = io.StringIO()
    call_command("search_relevance", "--existing-only", stdout=out)
    lines = out.getvalue().strip().splitlines()
    assert lines[-1].startswith("Backend: database.")

    def mrr(prefix):
        line = next(x for x in lines if x.strip().startswith(prefix))
        return float(re.search(r"MRR:? (\d\.\d+)", line).group(1).rstrip("."))

    # Floors under what the search reaches today (docs/search.md, "Quality and speed"): whole set
    # 0.873, checking half 0.864, the first 57 questions 0.927. The goal for the checking half is
    # 0.88 and is not reached yet; these hold what there is against regressions.
    assert mrr("Backend:") >= 0.85, out.getvalue()
    assert mrr("checking (all):") >= 0.85, out.getvalue()
    first = relevance_summary(evaluate(load_queries()[:57]))
    assert first["mrr"] >= 0.90, first  # the set before it grew (0.913 then, 0.927 now)


def test_loose_prefix_for_inflected_danish_words():
    from search.backends.postgres import loose_stem

    assert loose_stem("bekymrede") == "bekymr"
    assert loose_stem("planer") == ""  # too short to loosen
    assert "'bekymr':*" in build_tsquery(["bekymrede"], "da")
    assert "'bekymr':*" not in build_tsquery(["bekymrede"], "en")


def test_words_in_the_title_lift_a_page(demo):
    """Of two pages that both mention the words, the one whose title holds them ranks first."""
    from wagtail.models import Page

    from home.models import ContentPage
    from search import service
    from search.access import Viewer
    from search.query import SearchRequest

    home = Page.objects.get(depth=2, locale__language_code="da")
    body = "<p>Forebyggelsesplanen for fritidsklubber beskriver samarbejdet med foreningerne.</p>" * 3
    home.add_child(instance=ContentPage(title="Referat fra mødet", slug="referat-moede", body=body))
    home.add_child(instance=ContentPage(title="Forebyggelsesplanen for fritidsklubber", slug="plan-klubber",
                                        body="<p>Planen beskriver samarbejdet med foreningerne.</p>"))
    response = service.search(SearchRequest(q="forebyggelsesplanen fritidsklubber", language="da"), Viewer.anonymous())
    urls = [r.url for r in response.results]
    assert urls.index("/da/plan-klubber/") < urls.index("/da/referat-moede/")


def test_rare_words_weigh_more_than_common_ones(demo):
    """The share of the query a page has (in its text and in its title) counts each word by how rare
    it is among the public documents (search.models.LexemeStat): the title with the rare word beats
    the title with the word most pages have, which wins when every word weighs the same."""
    from search import documents
    from search.models import LexemeStat

    for i in range(8):
        make_page(f"Fællesordet nummer {i}", "fællesordet står her", slug=f"faelles-{i}")
    common = make_page("Fællesordet igen", "fællesordet " * 8 + "og sjældenhedsordet", slug="faelles-begge")
    rare = make_page("Sjældenhedsordet forklaret for læserne på siden",
                     "fællesordet nævnes her i en længere tekst om noget helt andet, som fylder godt op på siden",
                     slug="sjaelden")
    documents.refresh_lexeme_stats()
    assert titles(run("fællesordet sjældenhedsordet"))[0] == rare.title
    LexemeStat.objects.all().delete()  # no statistics: every word weighs the same
    assert titles(run("fællesordet sjældenhedsordet"))[0] == common.title


def test_word_statistics_count_only_public_documents(demo):
    from search import documents
    from search.models import LexemeStat

    make_page("Intern side", "hemmelighedsordet står kun her", slug="intern-side", groups=[group("Redaktører")])
    make_page("Offentlig side", "offentlighedsordet står her", slug="offentlig-side")
    documents.refresh_lexeme_stats()
    words = set(LexemeStat.objects.filter(language="da").values_list("lexeme", flat=True))
    assert any(w.startswith("offentlighedsord") for w in words)
    assert not any(w.startswith("hemmelighedsord") for w in words)
    total = LexemeStat.objects.get(language="da", lexeme="").ndoc
    assert total == SearchDocument.objects.filter(language="da", access="public").count()


def test_an_unknown_compound_falls_back_to_its_parts(demo):
    """Nothing in the index says "exitprogram", and no known word resembles it: the search answers
    with its known parts ("exit program"), as it does for a misspelling."""
    page = make_page("Hjælp til at forlade miljøet", "Vi tilbyder exit-samtaler til voksne.", slug="exit-test")
    response = run("exitprogram")
    assert response.corrected and response.suggestion == "exit program"
    assert page.title in titles(response)
    assert run("exitprogram", exact=True).total == 0  # the reader's own words only, when asked
