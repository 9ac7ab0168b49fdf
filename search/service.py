"""Entry point for searching: picks the backend (Elasticsearch when configured and reachable,
else PostgreSQL), and puts editors' search promotions first."""

import logging

from django.db import connection
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from search import labels
from search.backends import elasticsearch_enabled
from search.backends.postgres import PostgresSearch, highlight
from search.query import Result

logger = logging.getLogger(__name__)


def active_backend():
    if elasticsearch_enabled():
        from search.backends.elastic import ElasticSearch  # the elasticsearch client: only when configured

        return ElasticSearch()
    return PostgresSearch()


def search(request, viewer):
    backend = active_backend()
    try:
        response = backend.search(request, viewer)
    except Exception as error:  # noqa: BLE001 - any Elasticsearch failure falls back
        if backend.name == "database":
            raise
        logger.warning("search: Elasticsearch failed (%s); falling back to the database backend", error)
        response = PostgresSearch().search(request, viewer)
        response.notice = "fallback"
    if request.page == 1 and not request.has_filters and request.q:
        add_promotions(response, viewer)
    return response


def autocomplete(prefix, language, viewer, limit=8):
    return PostgresSearch().autocomplete(prefix, language, viewer, limit)


def add_promotions(response, viewer):
    """Editors' picks (wagtail.contrib.search_promotions) for this exact query, first, if the
    reader may see the page; in the reader's language (through the page's translation)."""
    query = normalise_query_string(response.request.q)
    picks = list(SearchPromotion.objects.filter(query__query_string=query, page__isnull=False)
                 .select_related("page").order_by("sort_order"))
    if not picks:
        return
    language = response.request.language
    page_ids = []
    for pick in picks:
        page = pick.page
        if page.locale.language_code != language:
            page = Page.objects.filter(translation_key=page.translation_key,
                                       locale__language_code=language).first()
        if page is not None:
            page_ids.append(page.pk)
    if not page_ids:
        return
    access_sql, params = viewer.sql("d")
    params.update({"keys": [f"page:{pk}" for pk in page_ids], "language": language})
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT d.key, d.title, d.url, d.doc_type, d.keywords, d.municipality, d.municipality_name "
            f"FROM sitesearch_searchdocument d WHERE d.key = ANY(%(keys)s) AND d.language = %(language)s "
            f"AND {access_sql}", params)
        rows = {r[0]: r for r in cursor.fetchall()}
    promoted = []
    for pk in page_ids:
        row = rows.get(f"page:{pk}")
        if row is None:
            continue
        promoted.append(Result(title=row[1], url=row[2], doc_type=row[3],
                               type_label=labels.type_label(row[3], language),
                               snippet_html=highlight(row[4][:300]), language=language,
                               municipality=row[5], municipality_name=row[6], promoted=True))
    urls = {p.url for p in promoted}
    before = len(response.results)
    response.results = promoted + [r for r in response.results if r.url not in urls]
    response.total += len(response.results) - before
