"""The translation status report (Reports → Oversættelser) and its dashboard panel, for the centre."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from core import translation_status
from core.views import TranslationStatusView, user_may_see_translation_status

class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_see_translation_status(request.user)


class TranslationStatusPanel(Component):
    """Dashboard: per language, how many pages and snippets are translated, missing or out of date."""

    name = "core_translation_status"
    template_name = "core/admin/translation_panel.html"
    order = 80

    def get_context_data(self, parent_context):
        return {"summary": translation_status.summary(), "labels": translation_status.LABELS,
                "request": parent_context["request"]}


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("reports/oversaettelser/", TranslationStatusView.as_view(), name="core_translation_status"),
        path("reports/oversaettelser/results/", TranslationStatusView.as_view(results_only=True),
             name="core_translation_status_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        "Oversættelser", reverse("core_translation_status"), name="translation-status", icon_name="globe", order=110
    )


@hooks.register("construct_homepage_panels")
def translation_status_panel(request, panels):
    if user_may_see_translation_status(request.user):
        panels.append(TranslationStatusPanel())
