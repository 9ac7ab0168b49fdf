"""The municipality's plan at the top of the admin dashboard, one panel per municipality whose
editors or approvers the user belongs to: status, revision dates, coverage of the national concept,
the template sections still to write, changed text blocks, and what to do next."""

from __future__ import annotations

from django.middleware.csrf import get_token
from django.urls import reverse
from wagtail.admin.ui.components import Component

from plans.coverage import concept_elements, plan_coverage
from plans.permissions import may_edit_municipality
from plans.start import existing_plan
from plans.status import NONE, editor_status
from plans.template import unfinished_sections
from plans.textblocks import changed_text_blocks


def import_word_url(municipality) -> str:
    """The Word import of the municipality's plan (plans.word.views)."""
    return reverse("plans_import_word", kwargs={"municipality_slug": municipality.slug})


class MunicipalityPlanPanel(Component):
    template_name = "plans/admin/municipality_plan_panel.html"
    order = 10  # above Wagtail's own panels (moderation 210-220, recent edits 250)

    def __init__(self, municipality, roles):
        self.municipality = municipality
        self.roles = roles
        self.name = f"plans_municipality_{municipality.slug}"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        municipality = self.municipality
        plan = existing_plan(municipality)
        may_edit = may_edit_municipality(user, municipality)
        context = {
            "request": request,
            # Components render without the request: the start form's {% csrf_token %} reads this.
            "csrf_token": get_token(request),
            "municipality": municipality,
            "plan": plan,
            "status": editor_status(plan),
            "NONE": NONE,
            "may_edit": may_edit,
            "start_url": None,
            "import_url": import_word_url(municipality) if may_edit else None,
        }
        if plan is None:
            context["start_url"] = reverse("plans_start_from_template", args=[municipality.slug]) if may_edit else None
            context["coverage_total"] = len(concept_elements(locale_id=None))
            return context
        # What the editors are working on: the latest revision (a draft, or the live plan).
        working = plan.get_latest_revision_as_object()
        coverage = plan_coverage(working)
        context.update(
            working=working,
            coverage_covered=len(coverage.covered),
            coverage_total=coverage.total,
            unfinished=unfinished_sections(working),
            changed_blocks=changed_text_blocks(plan),
            edit_url=reverse("wagtailadmin_pages:edit", args=[plan.pk])
            if plan.permissions_for_user(user).can_edit() else None,
        )
        if plan.live:
            url = plan.get_url(request)
            context.update(pdf_url=f"{url}pdf/", docx_url=f"{url}docx/")
        return context
