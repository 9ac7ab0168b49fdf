"""Each municipality's images and documents stay its own: a Wagtail collection per municipality (named
as the municipality, "Odense Kommune", under the root) and the centre's shared collection. A
municipality's editors may upload to, edit in and choose from their own collection, and choose from the
shared one; they never see another municipality's files. Its approvers may choose from both. The
centre's editors work in every collection. Set up by ensure_groups() (`manage.py
create_municipality_groups`), idempotently."""

from __future__ import annotations

from django.contrib.auth.models import Permission
from wagtail.models import Collection, GroupCollectionPermission

from plans.permissions import CENTRE_EDITORS

SHARED_COLLECTION = "Fælles (centeret)"
FILE_APPS = {"wagtailimages": "image", "wagtaildocs": "document"}
EDIT = ("add", "change", "choose")
CHOOSE = ("choose",)


def municipality_collection(municipality) -> Collection | None:
    """The municipality's own collection (a child of the root named as the municipality)."""
    return Collection.get_first_root_node().get_children().filter(name=municipality.name).first()


def shared_collection() -> Collection | None:
    return Collection.get_first_root_node().get_children().filter(name=SHARED_COLLECTION).first()


def _permissions(actions) -> list[Permission]:
    codenames = [f"{action}_{model}" for model in FILE_APPS.values() for action in actions]
    return list(Permission.objects.filter(content_type__app_label__in=FILE_APPS, codename__in=codenames))


def ensure_collections(municipalities, groups_by_name) -> int:
    """Create the missing collections and grant the missing collection permissions. Returns how many
    collections were created."""
    root = Collection.get_first_root_node()
    existing = {c.name: c for c in root.get_children()}
    created = 0
    for name in [SHARED_COLLECTION] + sorted(m.name for m in municipalities):
        if name not in existing:
            existing[name] = root.add_child(instance=Collection(name=name))
            created += 1

    edit, choose = _permissions(EDIT), _permissions(CHOOSE)
    shared = existing[SHARED_COLLECTION]
    rows = [(groups_by_name[CENTRE_EDITORS].id, root.id, p.id) for p in edit]
    for municipality in municipalities:
        own = existing[municipality.name]
        if municipality.editor_group_id:
            rows += [(municipality.editor_group_id, own.id, p.id) for p in edit]
            rows += [(municipality.editor_group_id, shared.id, p.id) for p in choose]
        if municipality.approver_group_id:
            rows += [(municipality.approver_group_id, c.id, p.id) for c in (own, shared) for p in choose]
    have = set(GroupCollectionPermission.objects.values_list("group_id", "collection_id", "permission_id"))
    missing = [
        GroupCollectionPermission(group_id=g, collection_id=c, permission_id=p)
        for g, c, p in dict.fromkeys(rows) if (g, c, p) not in have
    ]
    if missing:
        GroupCollectionPermission.objects.bulk_create(missing, ignore_conflicts=True)
    return created
