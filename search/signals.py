"""Keep search documents in step with the content: pages, view restrictions and the snippets the
apps registered (search/registry.py); and Elasticsearch in step with the documents."""

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_slug_changed, page_unpublished, post_page_move

from search import documents, events, registry, synonyms
from search.backends import elasticsearch_enabled
from search.models import SearchDocument, SynonymGroup

logger = logging.getLogger(__name__)


def _safely(func, *args):
    try:
        func(*args)
    except Exception:  # indexing must never break saving content
        logger.exception("search: indexing failed for %s%r", func.__name__, args)


def page_saved(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    # Read the page back from the database: the saved instance may carry draft values.
    _safely(documents.index_page, instance.pk)


def page_tree_changed(sender, instance, **kwargs):
    _safely(documents.index_page_tree, instance.pk)


def _now_and_on_commit(index, object_id):
    """Index now, and again when the transaction commits: a view restriction's groups (m2m) are
    saved after the restriction itself."""
    _safely(index, object_id)
    transaction.on_commit(lambda: _safely(index, object_id))


def restriction_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _now_and_on_commit(documents.index_page_tree, instance.page_id)


def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, PageViewRestriction):
        _safely(documents.index_page_tree, instance.page_id)


def snippet_saved(sender, instance, raw=False, **kwargs):
    """Any saved or deleted object of a registered snippet model (whenever it was registered)."""
    if raw or registry.snippet_type_for(sender) is None:
        return
    _safely(documents.index_snippet, sender, instance.pk)


def document_saved(sender, instance, raw=False, **kwargs):
    """An uploaded document saved (upload, new file, title or collection changed) or deleted."""
    if raw:
        return
    _safely(documents.index_document, instance.pk)


def collection_restriction_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _now_and_on_commit(documents.index_collection_documents, instance.collection_id)


def collection_restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, CollectionViewRestriction):
        _safely(documents.index_collection_documents, instance.collection_id)


def register():
    post_save.connect(page_saved, dispatch_uid="sitesearch_page_saved")
    page_unpublished.connect(page_tree_changed, dispatch_uid="sitesearch_page_unpublished")
    post_page_move.connect(page_tree_changed, dispatch_uid="sitesearch_page_moved")
    page_slug_changed.connect(page_tree_changed, dispatch_uid="sitesearch_slug_changed")
    post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="sitesearch_restriction_saved")
    post_delete.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="sitesearch_restriction_deleted")
    m2m_changed.connect(restriction_groups_changed, sender=PageViewRestriction.groups.through,
                        dispatch_uid="sitesearch_restriction_groups")
    post_save.connect(snippet_saved, dispatch_uid="sitesearch_snippet_saved")
    post_delete.connect(snippet_saved, dispatch_uid="sitesearch_snippet_deleted")
    document_model = get_document_model()
    post_save.connect(document_saved, sender=document_model, dispatch_uid="sitesearch_document_saved")
    post_delete.connect(document_saved, sender=document_model, dispatch_uid="sitesearch_document_deleted")
    post_save.connect(collection_restriction_changed, sender=CollectionViewRestriction,
                      dispatch_uid="sitesearch_collection_restriction_saved")
    post_delete.connect(collection_restriction_changed, sender=CollectionViewRestriction,
                        dispatch_uid="sitesearch_collection_restriction_deleted")
    m2m_changed.connect(collection_restriction_groups_changed, sender=CollectionViewRestriction.groups.through,
                        dispatch_uid="sitesearch_collection_restriction_groups")
    post_save.connect(synonyms.clear_cache, sender=SynonymGroup, dispatch_uid="sitesearch_synonyms_saved")
    post_delete.connect(synonyms.clear_cache, sender=SynonymGroup, dispatch_uid="sitesearch_synonyms_deleted")
    register_elasticsearch()


def register_elasticsearch():
    """With ELASTICSEARCH_URL set: documents written, reset or removed by a cascade (a deleted page)
    and synonym changes reach Elasticsearch."""
    if not elasticsearch_enabled():
        return
    from search.backends import elastic  # the elasticsearch client: only imported when it is used

    events.documents_written.connect(elastic.documents_written, dispatch_uid="sitesearch_es_documents_written")
    events.index_reset.connect(elastic.index_reset, dispatch_uid="sitesearch_es_index_reset")
    events.index_rebuilt.connect(elastic.index_rebuilt, dispatch_uid="sitesearch_es_index_rebuilt")
    post_delete.connect(elastic.document_deleted, sender=SearchDocument, dispatch_uid="sitesearch_doc_deleted")
    post_save.connect(elastic.synonyms_changed, sender=SynonymGroup, dispatch_uid="sitesearch_es_synonyms_saved")
    post_delete.connect(elastic.synonyms_changed, sender=SynonymGroup, dispatch_uid="sitesearch_es_synonyms_deleted")
