"""Who may edit which plan: the municipality's editors their own, the centre's editors all."""

from __future__ import annotations

from django.db import models

from core.permissions import CENTRE_EDITORS, is_centre_editor
from places.models import Municipality

# Wagtail's own moderators group (the site's default workflow): they read the report too.
MODERATORS = "Moderators"

__all__ = [
    "CENTRE_EDITORS", "MODERATORS", "group_names", "is_centre_editor", "may_edit_municipality",
    "may_see_plan_report", "municipalities_editable_by", "municipalities_with_roles",
]


def group_names(municipality) -> dict[str, str]:
    short = municipality.short_name
    return {
        "editor": f"{short}: redaktører",
        "approver": f"{short}: godkendere",
        "staff": f"{short}: medarbejdere",
    }


def may_see_plan_report(user) -> bool:
    """The national report on all plans: the centre's editors, Wagtail's moderators, superusers."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.groups.filter(name__in=[CENTRE_EDITORS, MODERATORS]).exists()


def municipalities_editable_by(user):
    """None when the user may edit every municipality's plan; otherwise the set of municipality
    ids whose editor group the user is in (possibly empty)."""
    if not user.is_authenticated:
        return set()
    if is_centre_editor(user):
        return None
    return set(Municipality.objects.filter(editor_group__user=user).values_list("id", flat=True))


def municipalities_with_roles(user) -> list[tuple]:
    """[(municipality, {"editor", "approver"})] for the municipalities whose editor or approver group
    the user is in, by name (centre editors too only for the groups they are actually in)."""
    if not user.is_authenticated:
        return []
    group_ids = set(user.groups.values_list("id", flat=True))
    if not group_ids:
        return []
    rows = (
        Municipality.objects.filter(models.Q(editor_group_id__in=group_ids) | models.Q(approver_group_id__in=group_ids))
        .select_related("police_district")
        .order_by("name")
    )
    return [
        (m, {role for role, gid in (("editor", m.editor_group_id), ("approver", m.approver_group_id)) if gid in group_ids})
        for m in rows
    ]


def may_edit_municipality(user, municipality) -> bool:
    """The municipality's editors and the centre's editors may create and edit its plan."""
    allowed = municipalities_editable_by(user)
    return allowed is None or municipality.id in allowed
