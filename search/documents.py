"""Building search documents from the site's content.

Text comes generically from each model's Wagtail `search_fields` (title -> weight A, boosted
fields -> B, the rest -> C, known compound parts -> D), so a new page type is searchable as soon
as it declares its search fields. Each document also records who may see it (the page's view
restrictions, including its ancestors') and the facets (type, municipality, police district,
intervention level). What else is indexed -- result types and their weights, a page's parts that
are results of their own, snippets -- is what the apps register (search/registry.py).
"""

import logging
import re

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail.search import index

from search import compounds, events, extraction, labels, registry
from search.access import collection_access, page_access
from search.models import DocumentText, LexemeStat, SearchDocument, VocabularyWord
from search.query import strip_marks
from search.text import clean_text, config_for

logger = logging.getLogger(__name__)

MAX_BODY = 60_000
# Page types that are containers, not answers.
SKIPPED_PAGE_MODELS = {"wagtailcore.page"}


def _field_texts(obj, fields, nested=False):
    """(weight, text) pairs from Wagtail search fields, following RelatedFields. Only the
    object's own title is weight A; a related object's title (an intervention's) is B."""
    for field in fields:
        if isinstance(field, index.SearchField):
            try:
                value = field.get_value(obj)
            except Exception:  # a broken field must not stop indexing of the rest
                logger.exception("search: could not read %s.%s", type(obj).__name__, field.field_name)
                continue
            boost = field.boost or 1
            if field.field_name == "title":
                weight = "B" if nested else "A"
            else:
                weight = "B" if boost >= 1.5 else "C"
            yield weight, clean_text(value)
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if hasattr(related, "all"):
                items = related.all()
            else:
                items = [related() if callable(related) else related]
            for item in items:
                yield from _field_texts(item, field.fields, nested=True)


def extract_text(obj) -> dict:
    title, keywords, body = [], [], []
    for weight, text in _field_texts(obj, obj.get_search_fields()):
        if not text:
            continue
        {"A": title, "B": keywords, "C": body}[weight].append(text)
    return {"title_text": " ".join(title), "keywords": " ".join(keywords), "body": " ".join(body)[:MAX_BODY]}


# --- facets ----------------------------------------------------------------------------------

def _slug_name(obj):
    if obj is None:
        return "", ""
    slug = getattr(obj, "slug", "") or str(getattr(obj, "pk", "") or "")
    name = getattr(obj, "short_name", "") or getattr(obj, "name", "") or str(obj)
    return str(slug)[:100], str(name)[:120]


def municipality_facets(obj) -> dict:
    """The place facets of anything with a `municipality` (which has a `police_district`) or a
    `police_district` attribute, whichever app the models live in."""
    municipality = getattr(obj, "municipality", None)
    if municipality is not None and not hasattr(municipality, "pk"):
        municipality = None
    m_slug, m_name = _slug_name(municipality)
    district = getattr(municipality, "police_district", None) if municipality else getattr(obj, "police_district", None)
    if district is not None and not hasattr(district, "pk"):
        district = None
    d_slug, d_name = _slug_name(district)
    return {"municipality": m_slug, "municipality_name": m_name,
            "police_district": d_slug, "police_district_name": d_name}


# --- writing ---------------------------------------------------------------------------------

UPSERT_SQL = """
INSERT INTO sitesearch_searchdocument
  (key, content_type_id, object_id, page_id, language, config, doc_type, title, keywords, body, parts,
   title_parts, url, municipality, municipality_name, police_district, police_district_name,
   intervention_level, file_type, file_size, boost, access, group_ids, vector, head, updated_at)
VALUES
  (%(key)s, %(content_type_id)s, %(object_id)s, %(page_id)s, %(language)s, %(config)s, %(doc_type)s,
   %(title)s, %(keywords)s, %(body)s, %(parts)s, %(title_parts)s, %(url)s, %(municipality)s,
   %(municipality_name)s, %(police_district)s, %(police_district_name)s, %(intervention_level)s,
   %(file_type)s, %(file_size)s, %(boost)s, %(access)s, %(group_ids)s,
   setweight(to_tsvector(%(config)s::regconfig, %(title_text)s || ' ' || %(title_parts)s), 'A')
   || setweight(to_tsvector(%(config)s::regconfig, %(keywords)s), 'B')
   || setweight(to_tsvector(%(config)s::regconfig, %(body)s), 'C')
   || setweight(to_tsvector(%(config)s::regconfig, %(parts)s), 'D'),
   setweight(to_tsvector(%(config)s::regconfig, %(title_text)s || ' ' || %(title_parts)s), 'A')
   || setweight(to_tsvector(%(config)s::regconfig, %(keywords)s), 'B'),
   now())
ON CONFLICT (key) DO UPDATE SET
  content_type_id = EXCLUDED.content_type_id, object_id = EXCLUDED.object_id, page_id = EXCLUDED.page_id,
  language = EXCLUDED.language, config = EXCLUDED.config, doc_type = EXCLUDED.doc_type,
  title = EXCLUDED.title, keywords = EXCLUDED.keywords, body = EXCLUDED.body, parts = EXCLUDED.parts,
  title_parts = EXCLUDED.title_parts, url = EXCLUDED.url, municipality = EXCLUDED.municipality,
  municipality_name = EXCLUDED.municipality_name, police_district = EXCLUDED.police_district,
  police_district_name = EXCLUDED.police_district_name, intervention_level = EXCLUDED.intervention_level,
  file_type = EXCLUDED.file_type, file_size = EXCLUDED.file_size, boost = EXCLUDED.boost, access = EXCLUDED.access, group_ids = EXCLUDED.group_ids,
  vector = EXCLUDED.vector, head = EXCLUDED.head, updated_at = now()
"""

VOCAB_SQL = """
INSERT INTO sitesearch_vocabularyword (language, word, frequency)
SELECT %(language)s, w, 1 FROM unnest(%(words)s::text[]) AS w
ON CONFLICT (language, word) DO NOTHING
"""
VOCAB_WORD_RE = re.compile(r"[^\W\d_]{3,30}", re.UNICODE)


def make_document(key, obj, *, page, language, doc_type, title, texts, url, access="public", group_ids=(),
                  facets=None, intervention_level="", boost=1.0, file_type="", file_size=None) -> dict:
    title = clean_text(title)[:255]
    title_text = texts.get("title_text") or title
    body = texts.get("body", "")
    keywords = texts.get("keywords", "")
    doc = {
        "key": key,
        "content_type_id": ContentType.objects.get_for_model(type(obj), for_concrete_model=True).id,
        "object_id": str(obj.pk),
        "page_id": page.pk if page is not None else None,
        "language": language,
        "config": config_for(language),
        "doc_type": doc_type,
        "title": title,
        "title_text": title_text,
        "title_parts": compounds.compound_parts(title_text),
        "keywords": keywords,
        "body": body,
        "parts": compounds.compound_parts(keywords + " " + body),
        "url": url,
        "intervention_level": intervention_level or "",
        "file_type": file_type or "",
        "file_size": file_size,
        "boost": boost,
        "access": access,
        "group_ids": list(group_ids),
        "municipality": "", "municipality_name": "", "police_district": "", "police_district_name": "",
    }
    doc.update(facets or {})
    return doc


def write_documents(docs: list[dict], *, stale_filter: dict | None = None):
    """Upsert documents; delete the ones matching stale_filter that were not written; tell the
    listeners (Elasticsearch) what changed."""
    with transaction.atomic(), connection.cursor() as cursor:
        if docs:
            cursor.executemany(UPSERT_SQL, docs)
        words_by_language: dict[str, set] = {}
        for doc in docs:
            if doc["access"] == "public":  # only public text feeds "did you mean"
                text = strip_marks(f"{doc['title_text']} {doc['keywords']} {doc['body']}")
                words_by_language.setdefault(doc["language"], set()).update(
                    w.lower() for w in VOCAB_WORD_RE.findall(text))
        for language, words in words_by_language.items():
            cursor.execute(VOCAB_SQL, {"language": language, "words": sorted(words)})
        stale_pks = []
        if stale_filter is not None:
            stale = SearchDocument.objects.filter(**stale_filter).exclude(key__in=[d["key"] for d in docs])
            stale_pks = list(stale.values_list("pk", flat=True))
            if stale_pks:
                SearchDocument.objects.filter(pk__in=stale_pks).delete()
    events.documents_written.send(sender=SearchDocument, keys=[d["key"] for d in docs], stale_pks=stale_pks)


# --- pages -----------------------------------------------------------------------------------

def page_documents(page) -> list[dict]:
    """Documents for one live page: the page, and its parts registered as results of their own."""
    specific = page.specific
    label = specific._meta.label_lower
    if label in SKIPPED_PAGE_MODELS or not page.live or page.depth < 2:
        return []
    if page.alias_of_id is not None:
        # An alias (e.g. wagtail-localize's mirror of an untranslated page) repeats another
        # page's text, often in another language: only the original is searched.
        return []
    url = specific.get_url()
    if not url:
        return []
    language = specific.locale.language_code
    access, group_ids = page_access(page)
    facets = municipality_facets(specific)
    doc_type = labels.type_key(specific)
    docs = [make_document(
        f"page:{page.pk}", specific, page=page, language=language, doc_type=doc_type, title=specific.title,
        texts=extract_text(specific), url=url, access=access, group_ids=group_ids, facets=facets,
        boost=labels.type_boost(doc_type),
    )]
    # Structured parts that deserve their own result (registered by the page type's app).
    parts = registry.subdocuments_for(type(specific))
    for item in (parts.provider(specific) if parts else []):
        kind = item.get("kind", parts.kind)
        docs.append(make_document(
            f"{kind}:{page.pk}:{item['id']}", specific, page=page, language=language,
            doc_type=kind, title=item["title"],
            texts={"title_text": item.get("title_text", item["title"]), "keywords": item.get("keywords", ""), "body": item.get("body", "")},
            url=f"{url}#{item['anchor']}" if item.get("anchor") else url, access=access, group_ids=group_ids,
            facets=facets, intervention_level=item.get("level", ""), boost=labels.type_boost(kind),
        ))
    return docs


def index_page(page_id: int):
    page = Page.objects.filter(pk=page_id).first()
    docs = page_documents(page) if page is not None else []
    write_documents(docs, stale_filter={"page_id": page_id})
    if page is None:
        SearchDocument.objects.filter(key=f"page:{page_id}").delete()


def index_page_tree(page_id: int):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    for descendant_id in page.get_descendants(inclusive=True).values_list("id", flat=True):
        index_page(descendant_id)


# --- snippets --------------------------------------------------------------------------------

def snippet_documents(obj) -> list[dict]:
    spec = registry.snippet_type_for(obj)
    if spec is None or not getattr(obj, "live", True):
        return []
    language = obj.locale.language_code if hasattr(obj, "locale") else "da"
    url = spec.url(obj)
    if not url:
        return []
    doc_type = spec.doc_type
    return [make_document(
        f"{doc_type}:{obj.pk}", obj, page=None, language=language, doc_type=doc_type,
        title=spec.title(obj), texts=extract_text(obj), url=url, boost=labels.type_boost(doc_type),
    )]


def index_snippet(model, pk):
    spec = registry.snippet_type_for(model)
    obj = model._default_manager.filter(pk=pk).first()
    docs = snippet_documents(obj) if obj is not None else []
    write_documents(docs, stale_filter={"key": f"{spec.doc_type}:{pk}"})


# --- uploaded documents (Wagtail documents) ----------------------------------------------------

DOCUMENT_TYPE = "document"
DOCUMENT_LANGUAGE = "da"  # documents have no locale; the municipalities' and the centre's files are Danish


def _source(document) -> str:
    return f"{document.file.name}|{document.file_size or ''}|{document.file_hash or ''}"[:300]


def document_text(document, *, force=False):
    """The stored text of a document, extracted again when its file changed (upload or replace)."""
    stored = DocumentText.objects.filter(document=document).first()
    source = _source(document)
    if stored is not None and stored.source == source and not force:
        return stored
    try:
        with document.open_file() as handle:
            data = handle.read(extraction.MAX_BYTES + 1)
    except Exception:  # noqa: BLE001 - a missing file is a note, not an error
        logger.warning("search: could not open the file of document %s", document.pk)
        result = extraction.Extracted(note=extraction.NOTE_UNREADABLE)
    else:
        result = extraction.extract(data, document.file_extension)
    stored, _ = DocumentText.objects.update_or_create(document=document, defaults={
        "source": source, "text": result.text, "pages": result.pages, "note": result.note[:300],
        "seconds": result.seconds,
    })
    return stored


def document_documents(document) -> list[dict]:
    """One search document for an uploaded file: its title, collection and file name (weight B) and
    its extracted text (C), visible to whoever its collection's view restrictions let see it."""
    stored = document_text(document)
    access, group_ids = collection_access(document.collection)
    texts = {"title_text": document.title,
             "keywords": f"{document.collection.name} {document.filename}",
             "body": clean_text(stored.text)[:MAX_BODY]}
    try:
        size = document.file_size or document.file.size
    except Exception:  # noqa: BLE001
        size = None
    return [make_document(
        f"{DOCUMENT_TYPE}:{document.pk}", document, page=None, language=DOCUMENT_LANGUAGE, doc_type=DOCUMENT_TYPE,
        title=document.title, texts=texts, url=document.url, access=access, group_ids=group_ids,
        boost=labels.type_boost(DOCUMENT_TYPE), file_type=extraction.file_type(document.file_extension),
        file_size=size,
    )]


def index_document(pk):
    document = get_document_model().objects.filter(pk=pk).select_related("collection").first()
    docs = document_documents(document) if document is not None else []
    write_documents(docs, stale_filter={"key": f"{DOCUMENT_TYPE}:{pk}"})


def index_collection_documents(collection_id):
    """Every document in a collection and the collections below it (a view restriction changed)."""
    collection = Collection.objects.filter(pk=collection_id).first()
    if collection is None:
        return
    ids = collection.get_descendants(inclusive=True).values_list("id", flat=True)
    for pk in get_document_model().objects.filter(collection_id__in=ids).values_list("pk", flat=True):
        index_document(pk)


def rebuild(stdout=None):
    """Rebuild every document and the vocabulary from scratch."""
    events.index_reset.send(sender=SearchDocument)
    try:
        count = _rebuild_rows()
    finally:
        events.index_rebuilt.send(sender=SearchDocument)
    if stdout:
        stdout.write(f"search: {count} documents indexed")
    return count


def _rebuild_rows():
    SearchDocument.objects.all().delete()
    VocabularyWord.objects.all().delete()
    count = 0
    for page in Page.objects.live().filter(depth__gt=1).specific().iterator():
        docs = page_documents(page)
        write_documents(docs)
        count += len(docs)
    for spec in registry.snippet_types():
        for obj in spec.model._default_manager.all():
            docs = snippet_documents(obj)
            write_documents(docs)
            count += len(docs)
    for document in get_document_model().objects.select_related("collection").iterator():
        docs = document_documents(document)
        write_documents(docs)
        count += len(docs)
    refresh_lexeme_stats()
    return count


def refresh_lexeme_stats():
    """Count, per language, how many public documents hold each lexeme (the database backend's
    word weights, search/backends/postgres.py). Only public documents count, so the weights say
    nothing about restricted text. Run by every rebuild (search_reindex, the demo loader); between
    rebuilds a new word is simply counted as rare."""
    with transaction.atomic(), connection.cursor() as cursor:
        LexemeStat.objects.all().delete()
        for language in SearchDocument.objects.filter(access=SearchDocument.Access.PUBLIC).values_list(
                "language", flat=True).distinct():
            cursor.execute(
                """INSERT INTO sitesearch_lexemestat (language, lexeme, ndoc)
                   SELECT %(language)s, word, ndoc FROM ts_stat(format(
                       'SELECT vector FROM sitesearch_searchdocument WHERE language = %%L AND access = %%L',
                       %(language)s::text, %(public)s::text)) WHERE length(word) <= 255
                   UNION ALL
                   SELECT %(language)s, '', count(*) FROM sitesearch_searchdocument
                   WHERE language = %(language)s AND access = %(public)s""",
                {"language": language, "public": SearchDocument.Access.PUBLIC.value},
            )
