"""Search on Elasticsearch 9 (when ELASTICSEARCH_URL is set).

Indexing: SearchDocument rows, in the shape of Wagtail's elasticsearch9 mapping (our Danish/English/
Arabic analyzers from elastic_settings.py via each field's es_extra). The index is created here with
its settings AND its mapping, under a dated name behind an alias: a rebuild fills a new index and
swaps the alias in one request, so searches never meet a missing or half-filled index. Changes are
sent in one bulk request when the transaction commits. Querying: a faceted, highlighted request
built with `elasticsearch.dsl` (the DSL inside the official client); the hits are re-read from the
database with the reader's access filter, so a stale index never shows a page the reader may not
see. Synonyms live in an Elasticsearch synonyms set filled from the SynonymGroup snippets.
Any failure here makes search/service.py fall back to PostgreSQL.
"""

import functools
import html
import logging
import threading
from datetime import UTC, datetime

from django.core.signals import setting_changed
from django.db import transaction
from elasticsearch import NotFoundError
from elasticsearch.dsl import A, Q, Search
from wagtail.search.backends import get_search_backend

from search import labels, synonyms
from search.backends import elasticsearch_enabled
from search.backends.elastic_settings import BACKEND_NAME, SYNONYMS_SET
from search.backends.postgres import PHRASE_HEAD_BONUS, PostgresSearch
from search.models import SearchDocument
from search.query import LANGUAGES, Result, SearchResponse

logger = logging.getLogger(__name__)

BULK_CHUNK = 500  # documents per bulk request

TEXT_FIELDS = {"title": 3, "title_parts": 2, "keywords": 1.5, "body": 1, "parts": 0.5}
# Phrase proximity, as in the database backend: the query's words in order in the title or summary.
PHRASE_FIELDS = ("title", "keywords")
FACETS = {  # facet name -> Wagtail's filter field name in the index
    "type": "doc_type_filter",
    "municipality": "municipality_filter",
    "police_district": "police_district_filter",
    "intervention_level": "intervention_level_filter",
}
REQUEST_FILTERS = {"type": "doc_type", "municipality": "municipality", "police_district": "police_district",
                   "intervention_level": "level"}
# The sub-field analysed for each language (SearchDocument's es_text_field()); Danish is the main field.
FIELD_SUFFIX = {"da": "", "en": ".en", "ar": ".ar"}
HIGHLIGHT_FIELDS = [f"{name}{suffix}" for suffix in FIELD_SUFFIX.values() for name in ("keywords", "body")]


def enabled() -> bool:
    return elasticsearch_enabled()


@functools.cache
def wagtail_backend():
    """One Wagtail backend, so one Elasticsearch client and its connection pool, per process."""
    return get_search_backend(BACKEND_NAME)


def _forget_backend(setting, **kwargs):
    if setting in ("WAGTAILSEARCH_BACKENDS", "ELASTICSEARCH_URL"):
        wagtail_backend.cache_clear()


setting_changed.connect(_forget_backend, dispatch_uid="sitesearch_es_forget_backend")


def client():
    return wagtail_backend().es


def index_name() -> str:
    """The alias every search and update goes through (the index behind it changes on rebuild)."""
    return wagtail_backend().get_index_for_model(SearchDocument).name


# --- query construction (unit-tested without a server) --------------------------------------

def field_suffix(language: str) -> str:
    return FIELD_SUFFIX.get(language, "")


def text_fields(language: str) -> list[str]:
    suffix = field_suffix(language)
    return [f"{name}{suffix}^{boost:g}" for name, boost in TEXT_FIELDS.items()]


def phrase_fields(language: str) -> list[str]:
    suffix = field_suffix(language)
    return [f"{name}{suffix}^{TEXT_FIELDS[name]:g}" for name in PHRASE_FIELDS]


def access_filter(viewer):
    if viewer.editor:
        return None
    options = [Q("term", access_filter="public")]
    if viewer.authenticated:
        options.append(Q("term", access_filter="login"))
    if viewer.group_ids:
        options.append(Q("bool", filter=[Q("term", access_filter="groups"),
                                         Q("terms", group_ids_filter=list(viewer.group_ids))]))
    return Q("bool", should=options, minimum_should_match=1)


def facet_filters(request) -> dict:
    values = {"type": request.doc_type, "municipality": request.municipality,
              "police_district": request.police_district, "intervention_level": request.level}
    return {name: Q("term", **{FACETS[name]: value}) for name, value in values.items() if value}


def build_search(request, viewer, index="ncfe_sitesearch_searchdocument", query_text=None) -> Search:
    """The whole request: text query (all words, or fuzzy), language and access as filters,
    facet filters as post_filter so each facet's counts ignore only its own filter,
    highlights and pagination."""
    text = query_text if query_text is not None else " ".join(request.tokens)
    fields = text_fields(request.language)
    must = Q("bool", should=[
        Q("multi_match", query=text, fields=fields, type="cross_fields", operator="and", boost=2),
        Q("multi_match", query=text, fields=fields, type="best_fields", fuzziness="AUTO", prefix_length=2),
    ] + ([Q("multi_match", query=text, fields=phrase_fields(request.language), type="phrase",
            boost=PHRASE_HEAD_BONUS)] if len(text.split()) > 1 else []), minimum_should_match=1)
    # The same per-type weights as the database backend (SearchDocument.boost).
    s = Search(index=index).query(
        Q("function_score", query=must, field_value_factor={"field": "boost_filter", "missing": 1},
          boost_mode="multiply")
    )
    s = s.filter("term", language_filter=request.language)
    visible = access_filter(viewer)
    if visible is not None:
        s = s.filter(visible)
    active = facet_filters(request)
    if active:
        s = s.post_filter(Q("bool", filter=list(active.values())))
    for name, field in FACETS.items():
        others = [q for other, q in active.items() if other != name]
        agg = A("filter", Q("bool", filter=others)) if others else A("filter", Q("match_all"))
        agg.bucket("values", "terms", field=field, size=100)
        s.aggs.bucket(name, agg)
    suffix = field_suffix(request.language)
    s = s.highlight(f"body{suffix}", f"keywords{suffix}", fragment_size=160, number_of_fragments=2)
    s = s.highlight_options(pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html")
    s = s.source(["pk"])
    start = (request.page - 1) * request.per_page
    return s[start:start + request.per_page]


# --- running --------------------------------------------------------------------------------

class ElasticSearch:
    name = "elasticsearch"

    def client(self):
        return client()

    def search(self, request, viewer, *, with_facets=True) -> SearchResponse:
        response = SearchResponse(request=request, backend=self.name)
        if not request.tokens:
            return response
        raw = self.client().search(index=index_name(), body=build_search(request, viewer).to_dict())
        hits = raw["hits"]["hits"]
        pks = [int(h["_source"]["pk"]) for h in hits]
        # The index may be stale (an update that failed or has not arrived yet): what the database
        # says this reader may see now decides, as Wagtail's own backend re-reads its hits.
        docs = SearchDocument.objects.filter(viewer.q(), pk__in=pks, language=request.language).in_bulk()
        for hit, pk in zip(hits, pks, strict=True):
            doc = docs.get(pk)
            if doc is None:
                continue
            fragments = sum((hit.get("highlight", {}).get(f, []) for f in HIGHLIGHT_FIELDS), [])
            snippet = " … ".join(fragments[:2]) or _escape(doc.keywords or doc.body[:200])
            response.results.append(Result(
                title=doc.title, url=doc.url, doc_type=doc.doc_type,
                type_label=labels.type_label(doc.doc_type, doc.language), snippet_html=snippet,
                language=doc.language, municipality=doc.municipality, municipality_name=doc.municipality_name,
                score=hit.get("_score") or 0.0, file_type=doc.file_type, file_size=doc.file_size))
        total = raw["hits"]["total"]
        response.total = total["value"] if isinstance(total, dict) else int(total)
        dropped = len(pks) - sum(1 for pk in pks if pk in docs)
        if dropped:
            logger.warning("search: %d Elasticsearch hits are stale or not visible to this reader; "
                           "run search_reindex if this persists", dropped)
            response.total = max(response.total - dropped, len(response.results))
        if with_facets:
            response.facets = self._facets(raw.get("aggregations", {}), request.language)
        # "Did you mean" from the public vocabulary, checked against what this reader may see.
        suggestion = PostgresSearch().suggest(request.tokens, request.language, viewer)
        if suggestion and suggestion != " ".join(request.tokens):
            probe = build_search(request, viewer, query_text=suggestion).extra(size=0, track_total_hits=True)
            count = self.client().search(index=index_name(), body=probe.to_dict())["hits"]["total"]["value"]
            if count:
                response.suggestion = suggestion
        return response

    def _facets(self, aggregations, language) -> dict:
        facets = {name: [] for name in FACETS}
        for name in FACETS:
            buckets = aggregations.get(name, {}).get("values", {}).get("buckets", [])
            for bucket in buckets:
                value = bucket["key"]
                if not value:
                    continue
                if name == "type":
                    label = labels.type_label(value, language)
                elif name == "intervention_level":
                    label = labels.facet_label(name, value, language)
                else:
                    column = "municipality" if name == "municipality" else "police_district"
                    label = (SearchDocument.objects.filter(**{column: value})
                             .values_list(f"{column}_name", flat=True).first() or value)
                facets[name].append({"value": value, "label": label, "count": bucket["doc_count"]})
        return facets

    def autocomplete(self, prefix, language, viewer, limit=8):
        return PostgresSearch().autocomplete(prefix, language, viewer, limit)


def _escape(text):
    return html.escape(text or "", quote=False)


# --- indexing -------------------------------------------------------------------------------

def synonym_rules() -> list[dict]:
    rules = []
    for language in LANGUAGES:
        for i, rule in enumerate(synonyms.elasticsearch_rules(language)):
            rules.append({"id": f"{language}-{i}", "synonyms": rule})
    return rules


def sync_synonyms() -> bool:
    if not enabled():
        return False
    synonyms.clear_cache()  # read the groups as they are now, not as cached before the change
    try:
        client().synonyms.put_synonym(id=SYNONYMS_SET, synonyms_set=synonym_rules())
    except Exception as error:  # noqa: BLE001
        logger.warning("search: could not update Elasticsearch synonyms (%s)", error)
        return False
    return True


def mapping() -> dict:
    """The index mapping: Wagtail's elasticsearch9 mapping of SearchDocument (keyword *_filter
    fields, the analyzers of each text field's es_extra)."""
    return wagtail_backend().mapping_class(SearchDocument).get_mapping()


def document_source(doc) -> dict:
    return wagtail_backend().mapping_class(SearchDocument).get_document(doc)


def create_index(name: str):
    """A new index with the analysis settings and the mapping in one request."""
    client().indices.create(index=name, settings=wagtail_backend().settings["settings"], mappings=mapping())


def new_index_name() -> str:
    return f"{index_name()}_{datetime.now(UTC):%Y%m%d%H%M%S%f}"


def _bulk(index, operations) -> list[dict]:
    """Send operations in one bulk request; return the items that failed."""
    if not operations:
        return []
    kwargs = {"require_alias": True} if index == index_name() else {}
    result = client().bulk(index=index, operations=operations, **kwargs)
    if not result.get("errors"):
        return []
    return [item for entry in result["items"] for item in entry.values() if item.get("error")]


def _index_operations(docs) -> list[dict]:
    operations = []
    for doc in docs:
        operations.append({"index": {"_id": str(doc.pk)}})
        operations.append(document_source(doc))
    return operations


def rebuild_index() -> bool:
    """Fill a new index from every SearchDocument row and point the alias at it in one request
    (dropping the old index, or an index that was created under the alias's name by an older
    version). Searches read the old index until the swap."""
    if not enabled():
        return False
    try:
        if not sync_synonyms():  # the analyzers refer to the synonyms set: it must exist first
            return False
        es, alias, new = client(), index_name(), new_index_name()
        create_index(new)
        rows = SearchDocument.objects.order_by("pk")
        failed = 0
        for start in range(0, rows.count(), BULK_CHUNK):
            failed += len(_bulk(new, _index_operations(rows[start:start + BULK_CHUNK])))
        es.indices.refresh(index=new)
        try:
            old = list(es.indices.get_alias(name=alias).keys())
        except NotFoundError:
            old = [alias] if es.indices.exists(index=alias) else []
        es.indices.update_aliases(actions=[{"add": {"index": new, "alias": alias}}]
                                  + [{"remove_index": {"index": name}} for name in old if name != new])
    except Exception as error:  # noqa: BLE001 - the database stays the source of truth
        logger.warning("search: could not rebuild the Elasticsearch index (%s)", error)
        return False
    if failed:
        logger.warning("search: %d documents were refused by Elasticsearch", failed)
    return True


def sync_documents(keys=(), stale_pks=()) -> bool:
    """Send the documents' current rows to the index and delete the ones that are gone, in one bulk
    request. Reads the database, so sending twice or late is harmless. If the alias does not exist
    yet (a new cluster), the whole index is built instead."""
    if not enabled():
        return False
    docs = list(SearchDocument.objects.filter(key__in=list(keys))) if keys else []
    kept = set(SearchDocument.objects.filter(pk__in=list(stale_pks)).values_list("pk", flat=True))
    operations = _index_operations(docs) + [{"delete": {"_id": str(pk)}} for pk in stale_pks if pk not in kept]
    try:
        errors = _bulk(index_name(), operations)
    except Exception as error:  # noqa: BLE001 - the database stays the source of truth
        logger.warning("search: could not update Elasticsearch (%s); run search_reindex later", error)
        return False
    if any(e["error"].get("type") == "index_not_found_exception" for e in errors):
        return rebuild_index()
    if errors:
        logger.warning("search: Elasticsearch refused %d updates (%s); run search_reindex later",
                       len(errors), errors[0]["error"])
        return False
    return True


class _Pending(threading.local):
    """What this thread has to send when the current transaction commits."""

    def __init__(self):
        self.keys: set[str] = set()
        self.stale_pks: set[int] = set()
        self.rebuilding = False

    def add(self, keys=(), stale_pks=()):
        if self.rebuilding:
            return  # the rebuilt index is filled from the table at the end
        self.keys.update(keys)
        self.stale_pks.update(stale_pks)
        # Every time: a rolled-back transaction drops its callbacks. The first flush sends it all,
        # later ones find nothing; what a rollback left behind is re-read from the table, harmless.
        transaction.on_commit(self.flush)

    def flush(self):
        keys, stale = self.keys, self.stale_pks
        self.keys, self.stale_pks = set(), set()
        if keys or stale:
            sync_documents(keys, stale)


pending = _Pending()


# --- receivers (connected in search/signals.py) -----------------------------------------------

def documents_written(sender, keys, stale_pks=(), **kwargs):
    pending.add(keys, stale_pks)


def index_reset(sender, **kwargs):
    """A rebuild of every document starts: the changes it makes are not sent one by one."""
    pending.rebuilding = True


def index_rebuilt(sender, **kwargs):
    pending.rebuilding = False
    transaction.on_commit(rebuild_index)


def document_deleted(sender, instance, **kwargs):
    """Documents removed by a cascade (a deleted page) leave Elasticsearch too."""
    pending.add(stale_pks=[instance.pk])


def synonyms_changed(sender, **kwargs):
    """After the change is committed (and the cache cleared), not before."""
    synonyms.clear_cache()
    transaction.on_commit(sync_synonyms)
