"""The centre's admin report: every municipality's plan status, revision dates, concept coverage
and outdated text blocks, on screen and as CSV/XLSX (Wagtail's ReportView does the export)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from overview import figures


def user_may_see_report(user) -> bool:
    """Only the centre's editors (and superusers) see the national report."""
    from plans.permissions import is_centre_editor

    return bool(user.is_authenticated and user.is_active and is_centre_editor(user))


def report_rows() -> list[dict]:
    """One row per municipality with everything the report shows, in a fixed number of queries."""
    from overview.live import concept_elements, covered_keys_by_plan, municipality_rows, outdated_blocks_by_plan

    rows = municipality_rows()
    element_keys = [element["key"] for element in concept_elements()]
    plan_ids = [row["plan_id"] for row in rows if row["plan_id"]]
    covered = covered_keys_by_plan(plan_ids)
    outdated = outdated_blocks_by_plan(plan_ids)
    for row in rows:
        plan_id = row["plan_id"]
        row["coverage_percent"] = (
            figures.plan_coverage_percent(covered.get(plan_id, set()), element_keys) if plan_id else None
        )
        row["outdated_blocks"] = "; ".join(outdated.get(plan_id, [])) if plan_id else ""
        row["edit_url"] = reverse("wagtailadmin_pages:edit", args=[plan_id]) if plan_id else None
    return rows


class PlanReportView(ReportView):
    page_title = "Handlingsplaner i alle kommuner"
    header_icon = "table"
    index_url_name = "overview_plan_report"
    index_results_url_name = "overview_plan_report_results"
    paginate_by = None  # all 98 on one page
    columns = [
        TitleColumn("name", label="Kommune", get_url=lambda row: row["edit_url"]),
        Column("police_district", label="Politikreds"),
        Column("status_label", label="Planstatus"),
        DateColumn("last_revised", label="Senest revideret"),
        DateColumn("next_revision", label="Næste revision"),
        Column("coverage_display", label="Dækning af konceptet"),
        Column("outdated_blocks", label="Forældede tekstblokke"),
    ]
    list_export = [
        "code", "name", "police_district", "region", "status_label",
        "last_revised", "next_revision", "coverage_percent", "outdated_blocks",
    ]
    export_headings = {
        "code": "Kommunekode",
        "name": "Kommune",
        "police_district": "Politikreds",
        "region": "Region",
        "status_label": "Planstatus",
        "last_revised": "Senest revideret",
        "next_revision": "Næste revision",
        "coverage_percent": "Dækning af konceptet (%)",
        "outdated_blocks": "Forældede tekstblokke",
    }

    def dispatch(self, request, *args, **kwargs):
        if not user_may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"handlingsplaner-{dt.date.today():%Y-%m-%d}"

    def get_queryset(self):
        rows = report_rows()
        for row in rows:
            row["coverage_display"] = "–" if row["coverage_percent"] is None else f"{row['coverage_percent']} %"
        return rows
