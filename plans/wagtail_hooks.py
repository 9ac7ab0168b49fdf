from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from plans.models import InfohusContact, PlanIndexPage, PlanPage
from plans.permissions import is_centre_editor, municipalities_editable_by


class InfohusContactViewSet(SnippetViewSet):
    model = InfohusContact
    icon = "group"
    menu_label = "Infohuse"
    list_display = ["name", "kind", "phone", "email", "unit"]
    list_filter = ["kind"]
    search_fields = ["name", "unit"]
    add_to_admin_menu = True
    menu_order = 240


register_snippet(InfohusContactViewSet)


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
