"""Drop cached pages when content changes: any publish/unpublish/move/delete of a page and any
save or delete of a model in the content apps (snippets such as text blocks, contact points, a
municipality's infohus; images; documents) bumps the page-cache generation, immediately and again
after the transaction commits (so a page rendered between the save and the commit cannot linger)."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from ops.pagecache import bump_generation


def invalidate(**kwargs):
    bump_generation()
    transaction.on_commit(bump_generation)


def _content_model(sender) -> bool:
    meta = getattr(sender, "_meta", None)
    return meta is not None and meta.app_label in settings.OPS_CACHE_INVALIDATING_APPS


@receiver(post_save)
@receiver(post_delete)
def content_saved(sender, **kwargs):
    if kwargs.get("raw") or not _content_model(sender):
        return
    invalidate()


for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
    signal.connect(invalidate, dispatch_uid=f"ops-invalidate-{id(signal)}")
