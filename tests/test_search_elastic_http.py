"""The Elasticsearch path through the real elasticsearch-py 9 client, against a recording HTTP
server that answers as Elasticsearch 9 documents (tests/es_recorder.py): the exact requests sent
(index with its mapping, alias swap, bulk updates on commit, synonyms), the access re-check of a
stale index, and the fallback on 400, 404 and timeouts. No Elasticsearch server runs here; see
docs/search.md for what has and has not run against a real cluster."""

import logging

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import PageViewRestriction

from search import signals
from search.access import Viewer
from search.backends import elastic
from search.backends.elastic_settings import search_backends
from search.models import SearchDocument, SynonymGroup
from search.query import SearchRequest
from tests.es_recorder import Recorder
from tests.search_helpers import group, make_page

ALIAS = "ncfe_sitesearch_searchdocument"


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    settings.OPS_RATELIMIT_ENABLED = False


@pytest.fixture
def es(demo):
    with Recorder() as recorder:
        backends = search_backends(recorder.url)
        backends["elasticsearch"]["TIMEOUT"] = 1
        with override_settings(ELASTICSEARCH_URL=recorder.url, WAGTAILSEARCH_BACKENDS=backends):
            signals.register_elasticsearch()  # connected at start-up only when ELASTICSEARCH_URL is set
            elastic.pending.__init__()
            yield recorder
            elastic.pending.__init__()


def reindex(recorder, capture):
    with capture(execute=True):
        call_command("search_reindex", stdout=open("/dev/null", "w"))


def test_a_reindex_creates_the_index_with_its_mapping_and_swaps_the_alias(es, django_capture_on_commit_callbacks):
    reindex(es, django_capture_on_commit_callbacks)
    requests = es.requests()
    # Nothing is sent while the rows are rebuilt: no DELETE per row, no update per page.
    assert requests[0] == "PUT /_synonyms/ncfe-synonyms"
    assert requests[1].startswith(f"PUT /{ALIAS}_")
    new = requests[1].split("/")[1]
    bulks = [r for r in requests if r.endswith("/_bulk")]
    assert bulks and set(bulks) == {f"PUT /{new}/_bulk"}
    assert requests[1 + len(bulks) + 1:] == [
        f"POST /{new}/_refresh", f"GET /_alias/{ALIAS}", f"HEAD /{ALIAS}", "POST /_aliases"]
    create = es.calls[1].body
    assert set(create) == {"settings", "mappings"}
    properties = create["mappings"]["properties"]
    assert properties["title"]["analyzer"] == "danish_index"
    assert properties["body"]["fields"]["en"]["analyzer"] == "english_index"
    assert properties["body"]["fields"]["ar"]["analyzer"] == "arabic_index"
    for name in ("language_filter", "access_filter", "doc_type_filter", "municipality_filter", "group_ids_filter"):
        assert properties[name]["type"] == "keyword", name
    assert properties["boost_filter"]["type"] == "double"
    assert create["settings"]["analysis"]["filter"]["site_synonyms"]["synonyms_set"] == "ncfe-synonyms"
    assert es.calls[-1].body == {"actions": [{"add": {"index": new, "alias": ALIAS}}]}
    # Every row went in, in bulk requests of at most BULK_CHUNK documents.
    assert len(es.cluster.indices[new]["docs"]) == SearchDocument.objects.count() > 0
    assert all(len(c.body) <= 2 * elastic.BULK_CHUNK for c in es.calls if c.path.endswith("/_bulk"))
    source = next(iter(es.cluster.indices[new]["docs"].values()))
    assert {"pk", "title", "body", "language_filter", "access_filter", "boost_filter"} <= set(source)

    # The next rebuild fills another index and swaps in one request that drops the old one.
    es.clear()
    reindex(es, django_capture_on_commit_callbacks)
    newer = es.requests()[1].split("/")[1]
    assert newer != new
    assert es.requests()[-2:] == [f"GET /_alias/{ALIAS}", "POST /_aliases"]
    assert es.calls[-1].body == {"actions": [{"add": {"index": newer, "alias": ALIAS}},
                                             {"remove_index": {"index": new}}]}
    assert set(es.cluster.indices) == {newer} and es.cluster.aliases == {ALIAS: newer}


def test_an_index_left_under_the_alias_name_is_replaced(es, django_capture_on_commit_callbacks):
    """An older version created a concrete index named like the alias (dynamic mapping)."""
    es.cluster.indices[ALIAS] = {"settings": {}, "mappings": None, "docs": {}}
    reindex(es, django_capture_on_commit_callbacks)
    new = es.requests()[1].split("/")[1]
    assert es.calls[-1].body == {"actions": [{"add": {"index": new, "alias": ALIAS}},
                                             {"remove_index": {"index": ALIAS}}]}
    assert es.cluster.aliases == {ALIAS: new} and ALIAS not in es.cluster.indices


def test_changes_go_in_one_bulk_request_when_the_transaction_commits(es, django_capture_on_commit_callbacks):
    reindex(es, django_capture_on_commit_callbacks)
    es.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page = make_page("Bulkside", "bulktekst om samarbejde", slug="bulkside")
        assert es.requests() == []  # nothing before the commit
    assert es.requests() == [f"PUT /{ALIAS}/_bulk"]
    assert es.calls[0].query == {"require_alias": "true"}
    doc = SearchDocument.objects.get(key=f"page:{page.pk}")
    assert es.calls[0].body[0] == {"index": {"_id": str(doc.pk)}}
    assert es.calls[0].body[1]["title"] == "Bulkside"

    # Deleting the page (its documents go by cascade): one bulk request with the deletes.
    es.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert es.requests() == [f"PUT /{ALIAS}/_bulk"]
    assert {"delete": {"_id": str(doc.pk)}} in es.calls[0].body
    index = es.cluster.indices[es.resolve(ALIAS)]
    assert str(doc.pk) not in index["docs"]


def test_the_first_update_on_a_new_cluster_builds_the_index(es, django_capture_on_commit_callbacks):
    """No alias yet: the bulk request is refused (require_alias), and the whole index is built
    with its mapping instead of Elasticsearch guessing one."""
    with django_capture_on_commit_callbacks(execute=True):
        make_page("Førsteside", "første kontakt", slug="foersteside")
    requests = es.requests()
    assert requests[0] == f"PUT /{ALIAS}/_bulk"
    assert requests[1] == "PUT /_synonyms/ncfe-synonyms"
    assert requests[2].startswith(f"PUT /{ALIAS}_")
    assert requests[-1] == "POST /_aliases"
    assert ALIAS not in es.cluster.indices and ALIAS in es.cluster.aliases
    assert es.calls[2].body["mappings"]["properties"]["language_filter"]["type"] == "keyword"


def test_a_synonym_edit_reaches_elasticsearch_with_the_new_rule(es, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        SynonymGroup.objects.create(language="da", terms="mentorordning, mentorforløb")
    assert es.requests() == ["PUT /_synonyms/ncfe-synonyms"]
    assert "mentorordning, mentorforløb" in [r["synonyms"] for r in es.cluster.synonyms["ncfe-synonyms"]]
    es.clear()
    with django_capture_on_commit_callbacks(execute=True):
        SynonymGroup.objects.filter(terms__startswith="mentorordning").delete()
    assert "mentorordning, mentorforløb" not in [r["synonyms"] for r in es.cluster.synonyms["ncfe-synonyms"]]


def test_a_stale_index_never_shows_a_newly_restricted_page(es, client, django_capture_on_commit_callbacks):
    staff = group("ES stale staff")
    page = make_page("Forældet indeks", "forældetord", slug="foraeldet")
    reindex(es, django_capture_on_commit_callbacks)
    doc = SearchDocument.objects.get(key=f"page:{page.pk}")
    # The page becomes staff-only, but the update never reaches Elasticsearch (failed, late).
    es.fail("PUT", "/_bulk", 503, {"error": "unavailable", "status": 503})
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set([staff])
    SearchDocument.objects.filter(pk=doc.pk).update(access="groups", group_ids=[staff.id])
    assert str(doc.pk) in es.cluster.indices[es.resolve(ALIAS)]["docs"]  # the index still says public

    backend = elastic.ElasticSearch()
    anonymous = backend.search(SearchRequest(q="forældetord"), Viewer.anonymous())
    assert "Forældet indeks" not in [r.title for r in anonymous.results]
    member = backend.search(SearchRequest(q="forældetord"), Viewer(authenticated=True, group_ids=(staff.id,)))
    assert "Forældet indeks" in [r.title for r in member.results]
    for path in ("/da/soeg/", "/api/search/"):
        response = client.get(path, {"q": "forældetord"})
        assert response.status_code == 200
        assert "Forældet indeks" not in response.content.decode(), path


@pytest.mark.parametrize("failure", [
    {"status": 400, "body": {"error": {"type": "search_phase_execution_exception", "reason": "all shards failed"},
                             "status": 400}},
    {"status": 404, "body": {"error": {"type": "index_not_found_exception", "reason": "no such index"},
                             "status": 404}},
    {"sleep": 2},  # longer than the backend's TIMEOUT (1 s here)
], ids=["400", "404", "timeout"])
def test_an_elasticsearch_error_answers_from_the_database(es, client, caplog, failure):
    make_page("Reservevej", "reservevejsord findes her", slug="reservevej")
    es.fail("POST", "/_search", **failure)
    with caplog.at_level(logging.WARNING, logger="search.service"):
        page = client.get("/da/soeg/", {"q": "reservevejsord"})
        api = client.get("/api/search/", {"q": "reservevejsord"})
    assert page.status_code == 200 and api.status_code == 200
    assert "Reservevej" in page.content.decode()
    assert api.json()["total"] == 1
    assert any("falling back" in r.getMessage() for r in caplog.records)
    assert f"POST /{ALIAS}/_search" in es.requests()


def test_wagtail_admin_search_and_pages_api_stay_on_the_database(es, admin_client):
    make_page("Wagtailside", "wagtailord", slug="wagtailside")
    assert admin_client.get("/admin/pages/search/", {"q": "Wagtailside"}).status_code == 200
    api = admin_client.get("/api/v2/pages/", {"search": "Wagtailside"})
    assert api.status_code == 200 and api.json()["meta"]["total_count"] >= 1
    assert es.requests() == []


def test_one_client_is_reused(es):
    assert elastic.client() is elastic.client()
    assert elastic.wagtail_backend() is elastic.wagtail_backend()
