"""View restrictions follow the Danish source page into every language.

Wagtail copies a page's view restrictions when it creates an alias or a translation, but not when
a restriction is added, changed or removed later. Restricted content must never leak through /en/
or /ar/, so every change to a Danish page's restrictions (a PageViewRestriction saved or deleted,
or its groups changed) is mirrored onto all other versions of the page: its aliases and
translations, which share its translation_key. Only the Danish source decides: a restriction set
on an English or Arabic page stays there and is never pushed back to Danish.

Safe under threaded workers and several editors at once, without any process-wide state:

* Recursion cannot happen: the mirror only writes restrictions of non-Danish pages, and a change
  on a non-Danish page mirrors nothing. (The old module-wide `_mirroring` flag, set while one
  thread mirrored, made every other thread skip its own mirror: a page restricted in Danish could
  stay public in English.)
* Every mirror runs in the transaction that changed the source (or in one of its own when there is
  none) and first locks the Danish source page's row (SELECT ... FOR NO KEY UPDATE) until that
  transaction ends. Mirrors of one page therefore run one after the other, and the one that runs
  last reads the source's final state; under PostgreSQL's READ COMMITTED each statement sees
  everything committed before it. Mirrors of different pages lock different rows and never wait
  for each other.
* Inside a transaction the lock is taken before the restriction row itself is written (pre_save,
  pre_delete, m2m pre_*), so two editors always lock in the same order: page row first.
* A new alias or translation locks its Danish source when it is created: it then either waits for
  a restriction change under way (and copies the committed restrictions, as Wagtail does) or the
  change waits for it (and its mirror finds the new page).
* The mirror runs with savepoint=False: if it fails inside a transaction, that transaction can
  only roll back, so the source is never committed with a restriction its copies lack. (Wagtail's
  privacy dialog saves without a transaction: there the restriction row is committed first, and a
  failing mirror is an error the editor sees.)
* Restrictions deleted because their page is deleted are not mirrored: a Danish page's aliases
  survive its deletion as ordinary pages (Page.alias_of is SET_NULL) and keep their restrictions.

Signals are connected from CoreConfig.ready (connect_signals), with stable dispatch_uids.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from wagtail.models import Page, PageViewRestriction


def _danish_source(page_id: int | None, using: str) -> int | None:
    """`page_id` if it is a Danish page that is not an alias: the only kind whose restrictions are
    mirrored. (translation_key and locale are unique together, so the group has one at most.)"""
    if page_id is None:
        return None
    return (
        Page.objects.using(using)
        .filter(pk=page_id, alias_of__isnull=True, locale__language_code=settings.LANGUAGE_CODE)
        .values_list("pk", flat=True)
        .first()
    )


def _lock(page_ids, using: str) -> None:
    """Lock these pages' rows until the current transaction ends (ascending ids: never a deadlock
    between two callers of this function). FOR NO KEY UPDATE: new rows pointing at the page (its
    restrictions, its revisions) are not blocked by it."""
    ids = sorted({pk for pk in page_ids if pk is not None})
    if ids:
        list(
            Page.objects.using(using)
            .select_for_update(no_key=True)
            .filter(pk__in=ids)
            .order_by("pk")
            .values_list("pk", flat=True)
        )


def _lock_sources(page_ids, using: str) -> None:
    """Before a restriction row is written inside a transaction: lock the Danish sources among
    `page_ids`. Outside a transaction the write commits at once and the mirror locks after it."""
    if not transaction.get_connection(using).in_atomic_block:
        return
    _lock([_danish_source(pk, using) for pk in set(page_ids)], using)


def mirror_restrictions(page_id: int, using: str = "default") -> None:
    """Give every other language version of Danish page `page_id` exactly its view restrictions
    (type, password, groups). Does nothing for other pages, and nothing to a version whose
    restrictions already match."""
    with transaction.atomic(using=using, savepoint=False):
        source = _danish_source(page_id, using)
        if source is None:
            return  # only the Danish source decides for all languages
        _lock([source], using)
        # Everything below is read after the lock: the latest committed state.
        translation_key = Page.objects.using(using).filter(pk=source).values_list("translation_key", flat=True).first()
        originals = list(PageViewRestriction.objects.using(using).filter(page_id=source).prefetch_related("groups"))
        wanted = _signature(originals)
        others = Page.objects.using(using).filter(translation_key=translation_key).exclude(pk=source)
        for other_id in others.order_by("pk").values_list("pk", flat=True):
            existing = PageViewRestriction.objects.using(using).filter(page_id=other_id).prefetch_related("groups")
            if _signature(existing) == wanted:
                continue
            PageViewRestriction.objects.using(using).filter(page_id=other_id).delete()
            for restriction in originals:
                copy = PageViewRestriction.objects.using(using).create(
                    page_id=other_id, restriction_type=restriction.restriction_type, password=restriction.password
                )
                copy.groups.set([group.pk for group in restriction.groups.all()])


def _signature(restrictions):
    return sorted(
        (r.restriction_type, r.password, tuple(sorted(g.id for g in r.groups.all()))) for r in restrictions
    )


# --- signal receivers ------------------------------------------------------------------------


def _deleted_directly(origin) -> bool:
    """True when the restriction itself was deleted (an instance or a queryset of restrictions),
    False when the deletion cascades from something else, such as its page being deleted."""
    if isinstance(origin, PageViewRestriction):
        return True
    return isinstance(origin, QuerySet) and issubclass(origin.model, PageViewRestriction)


def _before_save(sender, instance, using="default", **kwargs):
    _lock_sources([instance.page_id], using)


def _after_save(sender, instance, using="default", **kwargs):
    mirror_restrictions(instance.page_id, using)


def _before_delete(sender, instance, using="default", origin=None, **kwargs):
    if _deleted_directly(origin):
        _lock_sources([instance.page_id], using)


def _after_delete(sender, instance, using="default", origin=None, **kwargs):
    if _deleted_directly(origin):
        mirror_restrictions(instance.page_id, using)


_CLEARED = "_restrictions_cleared_page_ids"  # on a group instance, between pre_clear and post_clear


def _on_groups_change(sender, instance, action, reverse, pk_set, using="default", **kwargs):
    """restriction.groups.add/remove/set/clear, and the same from the group's side
    (group.pageviewrestriction_set...), where `instance` is the group."""
    if not reverse:
        page_ids = [instance.page_id]
    elif action == "pre_clear":
        page_ids = list(PageViewRestriction.objects.using(using).filter(groups=instance).values_list("page_id", flat=True))
        setattr(instance, _CLEARED, page_ids)
    elif action == "post_clear":
        page_ids = instance.__dict__.pop(_CLEARED, [])
    else:
        page_ids = list(
            PageViewRestriction.objects.using(using).filter(pk__in=pk_set or ()).values_list("page_id", flat=True)
        )
    if action.startswith("pre_"):
        _lock_sources(page_ids, using)
    else:
        for page_id in sorted(set(page_ids)):
            mirror_restrictions(page_id, using)


def _on_page_created(sender, instance, created=False, raw=False, using="default", **kwargs):
    """A new alias or translation of a Danish page waits for a restriction change under way on that
    page (and holds the next one off until it is committed): Wagtail then copies the restrictions
    the source really has, and later mirrors find the new page."""
    if not created or raw or not isinstance(instance, Page) or not instance.translation_key:
        return
    source = (
        Page.objects.using(using)
        .filter(
            translation_key=instance.translation_key,
            alias_of__isnull=True,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .exclude(pk=instance.pk)
        .values_list("pk", flat=True)
        .first()
    )
    if source is not None:
        with transaction.atomic(using=using, savepoint=False):
            _lock([source], using)


def connect_signals():
    restriction, groups = PageViewRestriction, PageViewRestriction.groups.through
    pre_save.connect(_before_save, sender=restriction, dispatch_uid="i18n_restr_before_save")
    post_save.connect(_after_save, sender=restriction, dispatch_uid="i18n_restr_save")
    pre_delete.connect(_before_delete, sender=restriction, dispatch_uid="i18n_restr_before_del")
    post_delete.connect(_after_delete, sender=restriction, dispatch_uid="i18n_restr_del")
    m2m_changed.connect(_on_groups_change, sender=groups, dispatch_uid="i18n_restr_groups")
    post_save.connect(_on_page_created, dispatch_uid="i18n_restr_page_created")
