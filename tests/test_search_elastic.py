"""The Elasticsearch 9 path. Query construction and index settings are checked always (built
request bodies via .to_dict()); the integration tests need a server at ELASTICSEARCH_URL."""

import logging
import os

import pytest
from django.test import override_settings

from search import compounds
from search.access import Viewer
from search.backends import elastic
from search.backends.elastic_settings import (
    SYNONYMS_SET,
    compound_words,
    index_settings,
    search_backends,
    wagtail_backend_settings,
)
from search.models import SearchDocument, SynonymGroup
from search.query import SearchRequest

@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    """These tests send many searches from one address; ops' rate limit is tested in test_security."""
    settings.OPS_RATELIMIT_ENABLED = False


ES_URL = os.environ.get("ELASTICSEARCH_URL", "")
needs_server = pytest.mark.skipif(
    not ES_URL, reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to run against (unit tests still run)"
)


def test_query_body_for_anonymous_reader_with_a_municipality_filter():
    body = elastic.build_search(SearchRequest(q="Bekymrings tegn", municipality="odense", page=2),
                                Viewer.anonymous()).to_dict()
    fields = ["title^3", "title_parts^2", "keywords^1.5", "body^1", "parts^0.5"]
    municipality = {"term": {"municipality_filter": "odense"}}
    assert body["query"] == {"bool": {
        "must": [{"function_score": {
            "query": {"bool": {"should": [
                {"multi_match": {"query": "bekymrings tegn", "fields": fields, "type": "cross_fields",
                                 "operator": "and", "boost": 2}},
                {"multi_match": {"query": "bekymrings tegn", "fields": fields, "type": "best_fields",
                                 "fuzziness": "AUTO", "prefix_length": 2}},
                # phrase proximity in title and summary, as the database backend's phrase bonus
                {"multi_match": {"query": "bekymrings tegn", "fields": ["title^3", "keywords^1.5"],
                                 "type": "phrase", "boost": 2.0}},
            ], "minimum_should_match": 1}},
            "functions": [{"field_value_factor": {"field": "boost_filter", "missing": 1}}],
            "boost_mode": "multiply",
        }}],
        "filter": [
            {"term": {"language_filter": "da"}},
            {"bool": {"should": [{"term": {"access_filter": "public"}}], "minimum_should_match": 1}},
        ],
    }}
    assert body["post_filter"] == {"bool": {"filter": [municipality]}}
    # Each facet counts under the other filters, not its own.
    assert body["aggs"]["municipality"]["filter"] == {"match_all": {}}
    assert body["aggs"]["type"]["filter"] == {"bool": {"filter": [municipality]}}
    assert body["aggs"]["intervention_level"]["aggs"]["values"]["terms"]["field"] == "intervention_level_filter"
    assert body["from"] == 10 and body["size"] == 10
    assert body["highlight"]["encoder"] == "html" and body["highlight"]["pre_tags"] == ["<mark>"]
    assert set(body["highlight"]["fields"]) == {"body", "keywords"}


def test_query_body_access_for_staff_english_and_editors():
    staff = elastic.build_search(SearchRequest(q="plan", language="en"),
                                 Viewer(authenticated=True, group_ids=(7, 9))).to_dict()
    assert staff["query"]["bool"]["filter"][1] == {"bool": {"should": [
        {"term": {"access_filter": "public"}},
        {"term": {"access_filter": "login"}},
        {"bool": {"filter": [{"term": {"access_filter": "groups"}}, {"terms": {"group_ids_filter": [7, 9]}}]}},
    ], "minimum_should_match": 1}}
    assert staff["query"]["bool"]["filter"][0] == {"term": {"language_filter": "en"}}
    should = staff["query"]["bool"]["must"][0]["function_score"]["query"]["bool"]["should"]
    assert should[0]["multi_match"]["fields"][0] == "title.en^3"
    assert set(staff["highlight"]["fields"]) == {"body.en", "keywords.en"}
    editor = elastic.build_search(SearchRequest(q="plan"), Viewer(authenticated=True, editor=True)).to_dict()
    assert editor["query"]["bool"]["filter"] == [{"term": {"language_filter": "da"}}]
    assert "post_filter" not in editor


def test_index_settings_danish_analysis_compounds_and_synonyms():
    analysis = index_settings()["settings"]["analysis"]
    assert analysis["filter"]["danish_stemmer"] == {"type": "stemmer", "language": "danish"}
    assert analysis["filter"]["danish_stop"] == {"type": "stop", "stopwords": "_danish_"}
    decompounder = analysis["filter"]["danish_compounds"]
    assert decompounder["type"] == "dictionary_decompounder"
    assert set(decompounder["word_list"]) == set(compounds.parts_dictionary()) == set(compound_words())
    assert {"tegn", "plan"} <= set(decompounder["word_list"])
    assert analysis["filter"]["site_synonyms"] == {"type": "synonym_graph", "synonyms_set": SYNONYMS_SET,
                                                   "updateable": True}
    assert analysis["analyzer"]["danish_index"]["filter"] == [
        "lowercase", "danish_compounds", "danish_stop", "danish_stemmer"]
    assert "site_synonyms" in analysis["analyzer"]["danish_search"]["filter"]
    assert "site_synonyms" in analysis["analyzer"]["english_search"]["filter"]
    config = wagtail_backend_settings("http://127.0.0.1:9200")
    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert config["INDEX_SETTINGS"] == index_settings()
    # Wagtail writes nothing to Elasticsearch itself, and its own searches stay on the database.
    assert config["AUTO_UPDATE"] is False
    backends = search_backends("http://127.0.0.1:9200")
    assert backends["default"]["BACKEND"] == "search.backends.wagtail_database"
    assert backends["elasticsearch"] == config
    assert search_backends("") == {"default": backends["default"]}


def test_wagtail_mapping_uses_the_danish_and_english_analyzers():
    from wagtail.search.backends.elasticsearch9 import Elasticsearch9Mapping

    mapping = Elasticsearch9Mapping(SearchDocument).get_mapping()["properties"]
    assert mapping["title"]["analyzer"] == "danish_index"
    assert mapping["title"]["search_analyzer"] == "danish_search"
    assert mapping["body"]["fields"]["en"]["analyzer"] == "english_index"
    for name in ("language_filter", "access_filter", "municipality_filter", "doc_type_filter"):
        assert mapping[name]["type"] == "keyword", name


@pytest.mark.django_db
def test_synonym_rules_come_from_the_editable_groups():
    SynonymGroup.objects.create(language="da", terms="foo, bar")
    rules = elastic.synonym_rules()
    assert {"id": rules[[r["synonyms"] for r in rules].index("foo, bar")]["id"], "synonyms": "foo, bar"} in rules


@pytest.mark.django_db
def test_unreachable_elasticsearch_falls_back_to_the_database(client, demo, caplog):
    from tests.search_helpers import make_page

    make_page("Reserveside", "reservetilstandsord findes her")
    unreachable = "http://127.0.0.1:9"
    backends = search_backends(unreachable)
    with override_settings(ELASTICSEARCH_URL=unreachable, WAGTAILSEARCH_BACKENDS=backends):
        with caplog.at_level(logging.WARNING, logger="search.service"):
            response = client.get("/da/soeg/", {"q": "reservetilstandsord"})
            api = client.get("/api/search/", {"q": "reservetilstandsord"})
    assert response.status_code == 200 and api.status_code == 200
    assert "Reserveside" in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert api.json()["total"] == 1
    assert any("falling back" in record.getMessage() for record in caplog.records)


# --- against a real server -------------------------------------------------------------------

@needs_server
@pytest.mark.django_db
def test_elasticsearch_finds_compounds_synonyms_and_hides_staff_only(demo, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    from search import service
    from tests.search_helpers import group, make_page

    staff = group("ES-test staff")
    make_page("Bekymringstegn hos unge ES", "Ændret adfærd kan være et bekymringstegn.", slug="es-tegn")
    make_page("Intern ES-plan", "esfortrolig tekst", slug="es-intern", groups=[staff])
    with django_capture_on_commit_callbacks(execute=True):  # the index is built when the rebuild commits
        call_command("search_reindex", stdout=open(os.devnull, "w"))
    elastic.client().indices.refresh(index=elastic.index_name())
    assert elastic.client().indices.exists_alias(name=elastic.index_name())
    backend = elastic.ElasticSearch()
    titles = [r.title for r in backend.search(SearchRequest(q="tegn"), Viewer.anonymous()).results]
    assert "Bekymringstegn hos unge ES" in titles
    assert backend.search(SearchRequest(q="esfortrolig"), Viewer.anonymous()).total == 0
    assert backend.search(SearchRequest(q="esfortrolig"), Viewer(authenticated=True, group_ids=(staff.id,))).total == 1
    assert service.active_backend().name == "elasticsearch"
    # A page saved later and a synonym group reach the index when their transactions commit.
    with django_capture_on_commit_callbacks(execute=True):
        make_page("Senere ES-side", "esvejledning til mentorer", slug="es-senere")
    with django_capture_on_commit_callbacks(execute=True):
        SynonymGroup.objects.create(language="da", terms="esvejledning, esguide")
    elastic.client().indices.refresh(index=elastic.index_name())
    assert [r.title for r in backend.search(SearchRequest(q="esguide"), Viewer.anonymous()).results] == [
        "Senere ES-side"]


# --- Arabic ---------------------------------------------------------------------------------------

def test_query_body_for_arabic_uses_the_arabic_subfields():
    body = elastic.build_search(SearchRequest(q="التطرّف والعنف", language="ar"), Viewer.anonymous()).to_dict()
    should = body["query"]["bool"]["must"][0]["function_score"]["query"]["bool"]["should"]
    fields = ["title.ar^3", "title_parts.ar^2", "keywords.ar^1.5", "body.ar^1", "parts.ar^0.5"]
    assert should[0]["multi_match"] == {"query": "التطرف والعنف", "fields": fields, "type": "cross_fields",
                                        "operator": "and", "boost": 2}
    assert should[1]["multi_match"]["fields"] == fields and should[1]["multi_match"]["fuzziness"] == "AUTO"
    assert should[2]["multi_match"] == {"query": "التطرف والعنف", "fields": ["title.ar^3", "keywords.ar^1.5"],
                                        "type": "phrase", "boost": 2.0}
    assert body["query"]["bool"]["filter"][0] == {"term": {"language_filter": "ar"}}
    assert body["query"]["bool"]["filter"][1] == {"bool": {"should": [{"term": {"access_filter": "public"}}],
                                                           "minimum_should_match": 1}}
    assert set(body["highlight"]["fields"]) == {"body.ar", "keywords.ar"}
    assert body["highlight"]["encoder"] == "html"
    assert elastic.text_fields("da")[0] == "title^3" and elastic.text_fields("en")[0] == "title.en^3"
    assert {"keywords.ar", "body.ar", "keywords.en", "body.en", "keywords", "body"} == set(elastic.HIGHLIGHT_FIELDS)


def test_index_settings_arabic_analysis():
    analysis = index_settings()["settings"]["analysis"]
    assert analysis["filter"]["arabic_stop"] == {"type": "stop", "stopwords": "_arabic_"}
    assert analysis["filter"]["arabic_stemmer"] == {"type": "stemmer", "language": "arabic"}
    index_filters = analysis["analyzer"]["arabic_index"]["filter"]
    search_filters = analysis["analyzer"]["arabic_search"]["filter"]
    # The order of Elasticsearch's built-in `arabic` analyzer: normalise before stemming.
    for filters in (index_filters, search_filters):
        assert filters[:2] == ["lowercase", "decimal_digit"]
        assert filters[-3:] == ["arabic_stop", "arabic_normalization", "arabic_stemmer"]
        assert not {"danish_stop", "danish_stemmer", "english_stemmer"} & set(filters)
    assert "site_synonyms" in search_filters and "site_synonyms" not in index_filters
    # Arabic text keeps Danish names ("Infohus"): they are split like in Danish text.
    assert "danish_compounds" in index_filters
    for name, analyzer in analysis["analyzer"].items():
        for f in analyzer.get("filter", []):
            assert f in analysis["filter"] or f in {"lowercase", "decimal_digit", "arabic_normalization"}, (name, f)


def test_wagtail_mapping_has_an_arabic_subfield():
    from wagtail.search.backends.elasticsearch9 import Elasticsearch9Mapping

    mapping = Elasticsearch9Mapping(SearchDocument).get_mapping()["properties"]
    for name in ("title", "title_parts", "keywords", "body", "parts"):
        assert mapping[name]["fields"]["ar"] == {"type": "text", "analyzer": "arabic_index",
                                                 "search_analyzer": "arabic_search"}, name
        assert mapping[name]["fields"]["en"]["analyzer"] == "english_index"


@pytest.mark.django_db
def test_arabic_synonym_groups_reach_elasticsearch():
    SynonymGroup.objects.create(language="ar", terms="تشدد, تطرف")
    rules = elastic.synonym_rules()
    assert {"id": "ar-0", "synonyms": "تشدد, تطرف"} in rules


@needs_server
@pytest.mark.django_db
def test_elasticsearch_stems_arabic(demo, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    from tests.search_helpers import home, make_page

    make_page("الوقاية من التطرف في المدارس", "نص عن المتطرفين.", slug="es-ar", parent=home("ar"))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("search_reindex", stdout=open(os.devnull, "w"))
    elastic.client().indices.refresh(index=elastic.index_name())
    backend = elastic.ElasticSearch()
    for q in ("تطرف", "التطرّف", "متطرفين"):
        urls = [r.url for r in backend.search(SearchRequest(q=q, language="ar"), Viewer.anonymous()).results]
        assert "/ar/es-ar/" in urls, q
        assert all(url.startswith("/ar/") for url in urls), q
