"""The centre's admin report: every municipality's plan status, revision dates, concept coverage
and outdated text blocks, on screen and as CSV/XLSX (Wagtail's ReportView does the export)."""

from __future__ import annotations

import codecs
import csv
import datetime as dt

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from overview import figures
from overview.live import concept_elements, plan_facts
from places.models import Municipality, PoliceDistrict
from plans.permissions import may_see_plan_report
from plans.status import plan_statuses


def user_may_see_report(user) -> bool:
    """The centre's editors, Wagtail's moderators and superusers see the national report."""
    return may_see_plan_report(user)


def report_rows() -> dict[int, dict]:
    """Municipality id -> everything the report shows about it, in a fixed number of queries."""
    statuses = plan_statuses()
    element_keys = [element["key"] for element in concept_elements()]
    facts = plan_facts([row.plan_id for row in statuses if row.plan_id], with_outdated_blocks=True)
    rows = {}
    for row in statuses:
        plan_id = row.plan_id
        plan = facts.get(plan_id)
        coverage = figures.plan_coverage_percent(plan["covered"], element_keys) if plan else None
        rows[row.municipality.id] = {
            "status": row.status,
            "status_label": figures.STATUS_LABELS[row.status],
            "last_revised": row.last_revised,
            "next_revision": row.next_revision,
            "revision_overdue": "ja" if row.revision_overdue else "",
            "coverage_percent": coverage,
            "coverage_display": "–" if coverage is None else f"{coverage} %",
            "outdated_blocks": "; ".join(plan["outdated"]) if plan else "",
            "edit_url": reverse("wagtailadmin_pages:edit", args=[plan_id]) if plan_id else None,
        }
    return rows


def _rows_for(request) -> dict[int, dict]:
    # The status filter and the table need the same rows: compute them once per request.
    if not hasattr(request, "_overview_report_rows"):
        request._overview_report_rows = report_rows()
    return request._overview_report_rows


def _region_choices():
    return [(name, name) for name in Municipality.objects.order_by("region").values_list("region", flat=True).distinct()]


class PlanReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label="Planstatus", choices=list(figures.STATUS_LABELS.items()), method="filter_status", empty_label="Alle"
    )
    police_district = django_filters.ModelChoiceFilter(
        label="Politikreds", queryset=PoliceDistrict.objects.order_by("name"), empty_label="Alle"
    )
    region = django_filters.ChoiceFilter(label="Region", choices=_region_choices, empty_label="Alle")

    class Meta:
        model = Municipality
        fields = ["status", "police_district", "region"]

    def filter_status(self, queryset, name, value):
        rows = _rows_for(self.request)
        return queryset.filter(id__in=[pk for pk, row in rows.items() if row["status"] == value])


def _date(value):
    # The report is in Danish (its labels are): Danish month names whatever the admin language.
    if not value:
        return ""
    with translation.override("da"):
        return date_format(value, "j. F Y")


class DanishExcelCSV(csv.excel):
    """Danish Excel reads CSV with semicolons (the comma is the decimal sign) and needs a UTF-8
    byte-order mark to see æ, ø and å."""

    delimiter = ";"


class _Echo:
    def write(self, value):
        return value.encode("utf-8")


class PlanReportView(ReportView):
    page_title = "Handlingsplaner i alle kommuner"
    header_icon = "table"
    index_url_name = "overview_plan_report"
    index_results_url_name = "overview_plan_report_results"
    filterset_class = PlanReportFilterSet
    paginate_by = None  # all 98 on one page
    default_ordering = "name"
    columns = [
        TitleColumn("short_name", label="Kommune", sort_key="name", get_url=lambda m: m.report["edit_url"]),
        Column("police_district", label="Politikreds", sort_key="police_district__name"),
        Column("status_label", label="Planstatus", accessor="report.status_label"),
        Column("last_revised", label="Senest revideret", accessor=lambda m: _date(m.report["last_revised"])),
        Column("next_revision", label="Næste revision", accessor=lambda m: _date(m.report["next_revision"])),
        Column("revision_overdue", label="Revision overskredet", accessor="report.revision_overdue"),
        Column("coverage", label="Dækning af konceptet", accessor="report.coverage_display"),
        Column("outdated_blocks", label="Forældede tekstblokke", accessor="report.outdated_blocks"),
    ]
    list_export = [
        "code", "name", "police_district.name", "region", "report.status_label", "report.last_revised",
        "report.next_revision", "report.revision_overdue", "report.coverage_percent", "report.outdated_blocks",
    ]
    export_headings = {
        "code": "Kommunekode",
        "name": "Kommune",
        "police_district.name": "Politikreds",
        "region": "Region",
        "report.status_label": "Planstatus",
        "report.last_revised": "Senest revideret",
        "report.next_revision": "Næste revision",
        "report.revision_overdue": "Revision overskredet",
        "report.coverage_percent": "Dækning af konceptet (%)",
        "report.outdated_blocks": "Forældede tekstblokke",
    }

    def dispatch(self, request, *args, **kwargs):
        if not user_may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def stream_csv(self, queryset):
        """Wagtail's CSV export, written for Danish Excel: BOM first, semicolons between fields."""
        yield codecs.BOM_UTF8
        writer = csv.DictWriter(_Echo(), fieldnames=self.list_export, dialect=DanishExcelCSV)
        yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def get_filename(self):
        return f"handlingsplaner-{dt.date.today():%Y-%m-%d}"

    def get_base_queryset(self):
        return Municipality.objects.select_related("police_district")

    def decorate_paginated_queryset(self, object_list):
        rows = _rows_for(self.request)
        for municipality in object_list:
            municipality.report = rows[municipality.id]
        return object_list
