from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from overview.views import PlanReportView, user_may_see_report


class PlanReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_see_report(request.user)


@hooks.register("register_admin_urls")
def register_plan_report_urls():
    return [
        path("reports/handlingsplaner/", PlanReportView.as_view(), name="overview_plan_report"),
        path(
            "reports/handlingsplaner/results/",
            PlanReportView.as_view(results_only=True),
            name="overview_plan_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_plan_report_menu_item():
    return PlanReportMenuItem(
        "Handlingsplaner i alle kommuner",
        reverse("overview_plan_report"),
        name="plan-report",
        icon_name="table",
        order=100,
    )
