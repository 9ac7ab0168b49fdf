from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from plans import views
from plans.dashboard import MunicipalityPlanPanel
from plans.models import PlanIndexPage, PlanPage
from plans.permissions import is_centre_editor, municipalities_editable_by, municipalities_with_roles
from plans.privacy import set_staff_only
from plans.reminders import describe_due, plans_due_for_user, today
from plans.textblocks import plans_with_changed_text_blocks
from plans.word import views as word_views


@hooks.register("register_admin_urls")
def plan_admin_urls():
    return [
        path(
            "handlingsplaner/<slug:municipality_slug>/start-fra-skabelon/",
            views.start_plan_from_template,
            name="plans_start_from_template",
        ),
    ]


@hooks.register("before_create_page")
def only_own_plan_under_plan_index(request, parent_page, page_class):
    """A municipality's editors have 'add' rights on the plan index so they can create their
    plan; they may create nothing else there, and nothing if their plan already exists."""
    if not isinstance(parent_page.specific, PlanIndexPage) or is_centre_editor(request.user):
        return None
    allowed = municipalities_editable_by(request.user)
    if page_class is not PlanPage:
        messages.error(request, "Du kan kun oprette din kommunes handlingsplan her.")
        return redirect("wagtailadmin_explore", parent_page.id)
    taken = set(PlanPage.objects.filter(locale_id=parent_page.locale_id).values_list("municipality_id", flat=True))
    if allowed is not None and not (allowed - taken):
        messages.error(request, "Din kommune har allerede en handlingsplan. Redigér den i stedet for at oprette en ny.")
        return redirect("wagtailadmin_explore", parent_page.id)
    return None


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def apply_staff_only_switch(request, page):
    """The plan's 'Kun for kommunens medarbejdere' switch, for everyone who may edit the plan."""
    wanted = getattr(page, "_staff_only_wanted", None)
    if isinstance(page, PlanPage) and wanted is not None and page.municipality_id:
        if set_staff_only(page, wanted):
            messages.success(request, "Planen er nu kun for kommunens medarbejdere." if wanted
                             else "Planen er nu offentlig.")


def _is_plan(page) -> bool:
    return page is not None and issubclass(page.specific_class or type(page), PlanPage)


@hooks.register("before_copy_page")
def plans_are_not_copied(request, page):
    """A plan belongs to one municipality (one per language): a copy would be a second plan for
    the same municipality, which neither could then be saved. Copying is refused for everyone."""
    if _is_plan(page):
        messages.error(
            request,
            "En handlingsplan kan ikke kopieres: hver kommune har én plan. Opret i stedet en ny plan "
            "fra oversigten over handlingsplaner.",
        )
        return redirect("wagtailadmin_pages:edit", page.id)
    return None


@hooks.register("construct_page_listing_buttons")
def no_copy_button_on_plans(buttons, page, user, context=None):
    if not _is_plan(page):
        return
    copy_url = reverse("wagtailadmin_pages:copy", args=[page.id])
    for button in buttons:
        dropdown = getattr(button, "dropdown_buttons", None)
        if dropdown is not None:
            button.dropdown_buttons = [b for b in dropdown if not str(getattr(b, "url", "")).startswith(copy_url)]


@hooks.register("construct_page_action_menu")
def plan_is_saved_before_it_is_sent(menu_items, request, context):
    """Before a new plan's first save there is no approval workflow for it yet (it is set up for
    the municipality when the plan is created, plans/signals.py): the form offers only "Gem
    kladde", not the site's default workflow ("Submit to Moderators approval")."""
    if context.get("view") != "create":
        return
    # The create view names the new page's type in its URL (.../add/plans/planpage/<parent>/).
    kwargs = getattr(request.resolver_match, "kwargs", {}) or {}
    if (kwargs.get("content_type_app_name"), kwargs.get("content_type_model_name")) == ("plans", "planpage"):
        menu_items[:] = [item for item in menu_items if item.name != "action-submit"]


class RevisionDuePanel(Component):
    """Dashboard: plans the user can edit whose next revision date has passed or is within 30 days."""

    name = "plans_revision_due"
    template_name = "plans/admin/revision_due_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        on = today()
        plans = list(plans_due_for_user(request.user, on))
        return {"due_plans": [(plan, describe_due(plan, on), plan.next_revision < on) for plan in plans], "request": request}


class ChangedTextBlocksPanel(Component):
    """Dashboard: plans of the user's municipalities (as editor or approver; the centre: all) that
    embed a text block the centre changed since the plan was last published. One row per plan: the
    plan of record in the default language (its translations follow it)."""

    name = "plans_changed_text_blocks"
    template_name = "plans/admin/changed_text_blocks_panel.html"
    order = 95

    def __init__(self, municipality_ids=None):
        self.municipality_ids = municipality_ids  # None: every municipality

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        plans = PlanPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).select_related("municipality")
        if self.municipality_ids is not None:
            plans = plans.filter(municipality_id__in=self.municipality_ids)
        return {"changed": plans_with_changed_text_blocks(plans.order_by("municipality__name")), "request": request}


@hooks.register("construct_homepage_panels")
def plan_dashboard_panels(request, panels):
    memberships = municipalities_with_roles(request.user)
    # At the top: one panel per municipality whose editors or approvers the user is in.
    for municipality, roles in memberships:
        panels.append(MunicipalityPlanPanel(municipality, roles))
    if municipalities_editable_by(request.user) != set():
        panels.append(RevisionDuePanel())
    if is_centre_editor(request.user):
        panels.append(ChangedTextBlocksPanel())
    elif memberships:
        panels.append(ChangedTextBlocksPanel({municipality.id for municipality, _roles in memberships}))


@hooks.register("construct_homepage_summary_items", order=100)
def no_page_count_for_municipalities(request, items):
    """A municipality's editors and approvers see their plan in their panel; Wagtail's count of the
    pages they may explore ("5 sider") says nothing to them."""
    if is_centre_editor(request.user) or not municipalities_with_roles(request.user):
        return
    items[:] = [item for item in items if not isinstance(item, PagesSummaryItem)]


# --- Word import (plans/word/) ---------------------------------------------------------------------


@hooks.register("register_admin_urls")
def word_import_urls():
    return [
        path("plans/import/<slug:municipality_slug>/", word_views.upload, name="plans_import_word"),
        path("plans/import/<slug:municipality_slug>/confirm/", word_views.confirm, name="plans_import_word_confirm"),
    ]


@hooks.register("register_page_header_buttons")
def word_import_button(page, user, view_name, next_url=None):
    """"Importér fra Word" in the plan's edit view, for those who may edit the plan."""
    specific = page.specific_deferred
    if isinstance(specific, PlanPage) and specific.municipality_id and word_views.may_import(user, specific.municipality):
        yield Button(
            "Importér fra Word", reverse("plans_import_word", args=[specific.municipality.slug]),
            icon_name="doc-full", priority=85,
        )


@hooks.register("register_page_listing_more_buttons")
def word_import_listing_button(page, user, next_url=None):
    """The same action in the page tree's "more" menu of a plan."""
    yield from word_import_button(page, user, "listing", next_url)
