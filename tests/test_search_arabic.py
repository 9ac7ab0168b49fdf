"""Search for Arabic readers: /ar/bahth/, the API and autocomplete with lang=ar, Arabic stemming
(PostgreSQL's "arabic" configuration), Arabic interface texts right to left, the header's search
link per language, and the migration that rebuilt Arabic rows indexed with "simple"."""

import importlib
import io
import re

import pytest
from django.core.management import call_command
from django.db import connection

from search import compounds, labels, service
from search.access import Viewer
from search.backends.postgres import build_tsquery
from search.models import SearchDocument, SynonymGroup, VocabularyWord
from search.query import SearchInputError, SearchRequest, tokenize
from search.views import search_path
from tests.search_helpers import home, make_page


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    """These tests send many searches from one address; ops' rate limit is tested in test_security."""
    settings.OPS_RATELIMIT_ENABLED = False


pytestmark = pytest.mark.django_db

# Words of the Arabic demo content: the home page is "الوقاية من التطرف" (preventing extremism), the
# signs page "علامات تدعو إلى القلق" (signs of concern), the concern page "هل أنت قلق على شخص ما؟".
EXTREMISM = "التطرف"


def result_urls(html):
    return re.findall(r'class="search-result__title"><a href="([^"]+)"', html)


def ar_search(q, **kw):
    return service.search(SearchRequest(q=q, language="ar", **kw), Viewer.anonymous())


def test_arabic_demo_documents_use_the_arabic_configuration(demo):
    docs = SearchDocument.objects.filter(language="ar")
    assert docs.exists()
    assert set(docs.values_list("config", flat=True)) == {"arabic"}
    assert SearchDocument.objects.filter(language="ar", url="/ar/", title__contains=EXTREMISM).exists()


def test_arabic_search_page_answers_in_arabic_with_arabic_results(client, demo):
    response = client.get("/ar/bahth/", {"q": EXTREMISM})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert "<h1>البحث</h1>" in html and "ابحث في الموقع" in html
    assert "عدد نتائج البحث عن <strong><bdi>التطرف</bdi></strong>:" in html
    assert 'action="/ar/bahth/"' in html and "autocomplete/?lang=ar" in html
    urls = result_urls(html)
    assert "/ar/" in urls
    assert urls and all(url.startswith("/ar/") for url in urls)
    # Nothing Danish: no Danish result, no Danish interface text.
    assert "/da/" not in "".join(urls)
    for danish in ("Søg på sitet", "resultater for", "Indholdstype", "Afgræns"):
        assert danish not in html
    assert "نوع المحتوى" in html and "الصفحة الرئيسية" in html  # facet heading, type label


def test_arabic_words_are_found_in_other_forms(demo):
    """PostgreSQL's Arabic stemmer: with and without the article, other inflections, vowel marks."""
    for q in ("التطرف", "تطرف", "التطرّف", "ـالتطرف"):
        response = ar_search(q)
        assert "/ar/" in [r.url for r in response.results], q
        assert not response.corrected, q
    # "متطرف" (extremist) finds the pages that say "متطرفة", and is not "corrected" to that form.
    response = ar_search("متطرف")
    assert {"/ar/", "/ar/bekymret/"} <= {r.url for r in response.results}
    assert response.suggestion == ""
    # Plural in the title, singular in the query.
    assert ar_search("علامة").results[0].url == "/ar/bekymringstegn/"
    assert tokenize("التطرّف يُظهر") == ["التطرف", "يظهر"]


def test_arabic_search_of_the_whole_path_stays_in_arabic(client, demo):
    """/ar/soeg/ (the Danish path under /ar/) is the Arabic search too; /da/bahth/ the Danish one."""
    html = client.get("/ar/soeg/", {"q": EXTREMISM}).content.decode()
    assert all(url.startswith("/ar/") for url in result_urls(html)) and result_urls(html)
    assert client.get("/da/bahth/", {"q": "radikalisering"}).content.decode().count('href="/da/') > 0


def test_api_in_arabic(client, demo):
    response = client.get("/api/search/", {"q": EXTREMISM, "lang": "ar"})
    assert response.status_code == 200
    assert EXTREMISM.encode() in response.content  # JSON in UTF-8, not \u escapes
    data = response.json()
    assert data["total"] >= 3 and data["query"] == EXTREMISM
    assert all(r["locale"] == "ar" and r["url"].startswith("/ar/") for r in data["results"])
    home_result = next(r for r in data["results"] if r["url"] == "/ar/")
    assert home_result["type_label"] == "الصفحة الرئيسية" and "<mark>" in home_result["snippet"]
    types = {f["value"]: f["label"] for f in data["facets"]["type"]}
    assert types["signsofconcernpage"] == "علامات تدعو إلى القلق"


def test_api_unknown_language_names_the_allowed_ones(client, demo):
    for url in ("/api/search/", "/api/search/autocomplete/"):
        response = client.get(url, {"q": "abc", "lang": "xx"})
        assert response.status_code == 400
        message = response.json()["error"]
        assert "'da'" in message and "'en'" in message and "'ar'" in message, message
    assert client.get("/api/search/", {"q": "abc", "lang": "xx"}).json()["field"] == "lang"


def test_autocomplete_in_arabic(client, demo):
    data = client.get("/api/search/autocomplete/", {"q": "علامات", "lang": "ar"}).json()
    assert {"label": "علامات تدعو إلى القلق", "url": "/ar/bekymringstegn/", "type": "علامات تدعو إلى القلق"} in data["suggestions"]
    danish = client.get("/api/search/autocomplete/", {"q": "bekym", "lang": "ar"}).json()["suggestions"]
    assert not [s for s in danish if s["url"] and not s["url"].startswith("/ar/")]


def test_no_results_in_arabic_shows_text_and_tips(client, demo):
    html = client.get("/ar/bahth/", {"q": "كلمةغيرموجودة"}).content.decode()
    assert "لا توجد نتائج للبحث عن <strong><bdi>كلمةغيرموجودة</bdi></strong>." in html
    assert "جرّب كلمات أقل أو كلمات أخرى" in html
    # The phone number keeps its digit groups left to right inside the Arabic sentence, on one line.
    assert '<span class="search-phone"><bdi dir="ltr">+45 4174 9090</bdi></span>.' in html
    assert result_urls(html) == []


def test_danish_and_english_tips_keep_their_numbers(client, demo):
    danish = client.get("/da/soeg/", {"q": "qqxyzzy"}).content.decode()
    assert 'den nationale rådgivning på <span class="search-phone">4174 9090</span>.' in danish
    english = client.get("/en/search/", {"q": "qqxyzzy"}).content.decode()
    assert 'national advice line on <span class="search-phone">+45 4174 9090</span>.' in english


def test_arabic_did_you_mean(client, demo):
    response = ar_search("التطرق")  # a misspelling of التطرف
    assert response.corrected and response.suggestion == EXTREMISM
    assert "/ar/" in [r.url for r in response.results]
    html = client.get("/ar/bahth/", {"q": "التطرق"}).content.decode()
    assert "نعرض نتائج البحث عن" in html and "ابحث بدلًا من ذلك عن" in html
    assert "exact=1" in html
    exact = ar_search("التطرق", exact=True)
    assert exact.total == 0 and exact.suggestion == EXTREMISM
    html = client.get("/ar/bahth/", {"q": "التطرق", "exact": "1"}).content.decode()
    assert "هل تقصد" in html and "؟</p>" in html


def test_arabic_input_errors(client, demo):
    response = client.get("/ar/bahth/", {"q": "x", "page": "0"})
    assert response.status_code == 400
    assert "يجب أن يكون رقم الصفحة بين 1 و100." in response.content.decode()
    response = client.get("/ar/bahth/", {"q": "ب" * 201})
    assert response.status_code == 400 and "نص البحث طويل جدًا" in response.content.decode()
    html = client.get("/ar/bahth/", {"q": " !!! "}).content.decode()
    assert "اكتب كلمة واحدة أو أكثر للبحث." in html
    error = SearchInputError("page", "da", "en", "ar")
    assert (error.message("da"), error.message("en"), error.message("ar"), error.message("de")) == (
        "da", "en", "ar", "da")


def test_search_paths_and_header_link_follow_the_language(client, demo):
    assert (search_path("da"), search_path("en"), search_path("ar")) == ("/da/soeg/", "/en/search/", "/ar/bahth/")
    for prefix, expected in (("/da/", "/da/soeg/"), ("/en/", "/en/search/"), ("/ar/", "/ar/bahth/")):
        html = client.get(prefix).content.decode()
        assert f'<a class="function-link site-header__search" href="{expected}">' in html, prefix
    html = client.get("/ar/bahth/").content.decode()
    assert '<a class="function-link site-header__search" href="/ar/bahth/">' in html


def test_arabic_labels():
    assert labels.type_label("concernpage", "ar") == "هل أنت قلق؟"
    assert labels.type_label("concernpage", "en") == "Are you worried?"
    assert labels.type_label("concernpage", "da") == "Er du bekymret?"
    assert labels.level_label("foregribende", "ar") == "استباقي"
    assert labels.level_label("foregribende", "da") == "Foregribende"
    assert labels.type_boost("concernpage") == 3.0 and labels.type_boost("nosuchtype") == 1.0
    assert all(entry.ar for entry in labels.TYPES.values())


def test_danish_rules_stay_out_of_arabic():
    """Danish endings and compound splitting never touch Arabic words."""
    assert compounds.compound_parts("المتطرفين والمتطرفات في البلديات") == ""
    assert build_tsquery(["المتطرفين"], "ar") == "'المتطرفين':*"
    assert ":*" in build_tsquery(["bekymrede"], "da") and "'bekymr':*" in build_tsquery(["bekymrede"], "da")


def test_arabic_synonym_groups(demo):
    assert ar_search("تشدد").total == 0  # "radicalism": not in the content
    SynonymGroup.objects.create(language="ar", terms="تشدد, تطرف")
    assert "/ar/" in [r.url for r in ar_search("تشدد").results]
    assert ar_search("تشدد", exact=True).total >= 1


def test_arabic_page_is_indexed_with_the_arabic_configuration(demo):
    page = make_page("صفحة عن المتطرفين", "يتحدث النص عن المتطرفين والمتطرفات.", slug="ar-test", parent=home("ar"))
    doc = SearchDocument.objects.get(key=f"page:{page.pk}")
    assert (doc.language, doc.config) == ("ar", "arabic")
    assert doc.url == "/ar/ar-test/"
    assert "/ar/ar-test/" in [r.url for r in ar_search("متطرف").results]
    assert VocabularyWord.objects.filter(language="ar", word="المتطرفين").exists()


def test_relevance_command_in_arabic(demo):
    out = io.StringIO()
    call_command("search_relevance", "--lang", "ar", stdout=out)
    assert "ar: " in out.getvalue() and "Backend: database." in out.getvalue()


# --- the data migration ---------------------------------------------------------------------------

def _vectors(keys):
    with connection.cursor() as cursor:
        cursor.execute("SELECT key, config, vector::text, head::text FROM sitesearch_searchdocument "
                       "WHERE key = ANY(%s) ORDER BY key", [keys])
        return cursor.fetchall()


def test_migration_rebuilds_arabic_rows_indexed_with_simple(demo):
    migration = importlib.import_module("search.migrations.0004_arabic_config")
    keys = list(SearchDocument.objects.filter(language="ar").values_list("key", flat=True))
    danish_keys = list(SearchDocument.objects.filter(language="da").values_list("key", flat=True)[:5])
    built_by_indexing = _vectors(keys)
    danish_before = _vectors(danish_keys)
    # As an Arabic row looked before: "simple" config, and vocabulary words cut at vowel marks.
    with connection.cursor() as cursor:
        cursor.execute("""
            UPDATE sitesearch_searchdocument SET config = 'simple',
              vector = setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'C'),
              head = setweight(to_tsvector('simple', title), 'A')
            WHERE language = 'ar'""")
    VocabularyWord.objects.create(language="ar", word="التطر")
    assert ar_search("تطرف").total == 0  # no stemming: the reader found nothing
    assert {row[1] for row in _vectors(keys)} == {"simple"}

    migration.rebuild(connection)

    rebuilt = _vectors(keys)
    assert {row[1] for row in rebuilt} == {"arabic"}
    assert rebuilt == built_by_indexing  # the same as search_reindex (titles are their own title_text here)
    assert _vectors(danish_keys) == danish_before  # other languages untouched
    assert not VocabularyWord.objects.filter(language="ar", word="التطر").exists()
    assert VocabularyWord.objects.filter(language="ar", word=EXTREMISM).exists()
    assert "/ar/" in [r.url for r in ar_search("تطرف").results]
    # Reversible, and the reverse is what the old code expected.
    migration.rebuild(connection, "simple")
    assert {row[1] for row in _vectors(keys)} == {"simple"}


def test_reindex_builds_arabic_rows_like_the_migration(demo):
    migration = importlib.import_module("search.migrations.0004_arabic_config")
    keys = list(SearchDocument.objects.filter(language="ar").values_list("key", flat=True))
    migration.rebuild(connection)
    after_migration = _vectors(keys)
    words_after_migration = set(VocabularyWord.objects.filter(language="ar").values_list("word", flat=True))
    call_command("search_reindex", stdout=io.StringIO())
    new_keys = list(SearchDocument.objects.filter(language="ar").values_list("key", flat=True))
    assert sorted(new_keys) == sorted(keys)
    assert _vectors(keys) == after_migration
    assert set(VocabularyWord.objects.filter(language="ar").values_list("word", flat=True)) == words_after_migration
