"""Search on Elasticsearch 9 (when ELASTICSEARCH_URL is set).

Indexing: SearchDocument rows go through Wagtail's elasticsearch9 backend (its mapping, with our
Danish/English/Arabic analyzers from elastic_settings.py via each field's es_extra). Querying: a faceted,
highlighted request built with `elasticsearch.dsl` (the DSL inside the official client).
Synonyms live in an Elasticsearch synonyms set filled from the SynonymGroup snippets.
Any failure here makes search/service.py fall back to PostgreSQL.
"""

import html
import logging

from elasticsearch.dsl import A, Q, Search
from wagtail.search.backends import get_search_backend

from search import labels, synonyms
from search.backends import elasticsearch_enabled
from search.backends.elastic_settings import SYNONYMS_SET
from search.backends.postgres import PostgresSearch
from search.models import SearchDocument
from search.query import LANGUAGES, Result, SearchResponse

logger = logging.getLogger(__name__)

TEXT_FIELDS = {"title": 3, "title_parts": 2, "keywords": 1.5, "body": 1, "parts": 0.5}
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


def wagtail_backend():
    return get_search_backend("default")


def index_name() -> str:
    return wagtail_backend().get_index_for_model(SearchDocument).name


# --- query construction (unit-tested without a server) --------------------------------------

def field_suffix(language: str) -> str:
    return FIELD_SUFFIX.get(language, "")


def text_fields(language: str) -> list[str]:
    suffix = field_suffix(language)
    return [f"{name}{suffix}^{boost:g}" for name, boost in TEXT_FIELDS.items()]


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
    ], minimum_should_match=1)
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
        return wagtail_backend().es

    def search(self, request, viewer, *, with_facets=True) -> SearchResponse:
        response = SearchResponse(request=request, backend=self.name)
        if not request.tokens:
            return response
        raw = self.client().search(index=index_name(), body=build_search(request, viewer).to_dict())
        hits = raw["hits"]["hits"]
        pks = [int(h["_source"]["pk"]) for h in hits]
        docs = SearchDocument.objects.in_bulk(pks)
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


def sync_synonyms():
    if not enabled():
        return
    try:
        wagtail_backend().es.synonyms.put_synonym(id=SYNONYMS_SET, synonyms_set=synonym_rules())
    except Exception as error:  # noqa: BLE001
        logger.warning("search: could not update Elasticsearch synonyms (%s)", error)


def sync_documents(keys, stale_pks=()):
    """Send written documents to Elasticsearch through Wagtail's backend; drop stale ones."""
    if not enabled():
        return
    try:
        backend = wagtail_backend()
        docs = list(SearchDocument.objects.filter(key__in=keys))
        if docs:
            backend.add_bulk(SearchDocument, docs)
        for pk in stale_pks:
            backend.delete(SearchDocument(pk=pk))
    except Exception as error:  # noqa: BLE001 - the database stays the source of truth
        logger.warning("search: could not update Elasticsearch (%s); run search_reindex later", error)


def reset_index():
    """Start the Elasticsearch index afresh (synonyms set first: the analyzers refer to it)."""
    if not enabled():
        return
    sync_synonyms()
    try:
        wagtail_backend().get_index_for_model(SearchDocument).reset()
    except Exception as error:  # noqa: BLE001
        logger.warning("search: could not reset the Elasticsearch index (%s)", error)


# --- receivers (connected in search/signals.py) -----------------------------------------------

def documents_written(sender, keys, stale_pks=(), **kwargs):
    sync_documents(keys, stale_pks=stale_pks)


def index_reset(sender, **kwargs):
    reset_index()


def document_deleted(sender, instance, **kwargs):
    """Documents removed by a cascade (a deleted page) leave Elasticsearch too."""
    sync_documents([], stale_pks=[instance.pk])


def synonyms_changed(sender, **kwargs):
    sync_synonyms()
