"""Who may edit which plan: the municipality's editors their own, the centre's editors all."""

from __future__ import annotations

from core.permissions import CENTRE_EDITORS, is_centre_editor
from places.models import Municipality

__all__ = ["CENTRE_EDITORS", "group_names", "is_centre_editor", "municipalities_editable_by"]


def group_names(municipality) -> dict[str, str]:
    short = municipality.short_name
    return {
        "editor": f"{short}: redaktører",
        "approver": f"{short}: godkendere",
        "staff": f"{short}: medarbejdere",
    }


def municipalities_editable_by(user):
    """None when the user may edit every municipality's plan; otherwise the set of municipality
    ids whose editor group the user is in (possibly empty)."""
    if not user.is_authenticated:
        return set()
    if is_centre_editor(user):
        return None
    return set(Municipality.objects.filter(editor_group__user=user).values_list("id", flat=True))
