"""Admin views of the plans app (registered in plans/wagtail_hooks.py under /admin/handlingsplaner/)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from places.models import Municipality
from plans.permissions import may_edit_municipality
from plans.start import NoPlanIndex, start_from_template


@require_POST
def start_plan_from_template(request, municipality_slug):
    """POST only (CSRF-checked by the middleware): create the municipality's plan as a draft from the
    national template and open it in the editor; if the plan exists, open that one."""
    municipality = get_object_or_404(Municipality, slug=municipality_slug)
    if not may_edit_municipality(request.user, municipality):
        raise PermissionDenied
    try:
        result = start_from_template(municipality, request.user)
    except NoPlanIndex:
        messages.error(request, "Der er ingen side med handlingsplaner at oprette planen under. Kontakt centeret.")
        return redirect("wagtailadmin_home")
    if result.created:
        messages.success(
            request,
            f"Udkastet til handlingsplanen for {municipality.name} er oprettet efter den nationale skabelon. "
            "Det er en kladde og er ikke offentliggjort. Skabelonens spørgsmål står over hvert felt.",
        )
    else:
        messages.info(request, f"{municipality.name} har allerede en handlingsplan. Her er den.")
    return redirect("wagtailadmin_pages:edit", result.plan.pk)
