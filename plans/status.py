"""Every municipality's plan status in a few queries, for the plan index and the national overview.

    from plans.status import plan_statuses, PUBLIC, STAFF_ONLY, NONE
    for row in plan_statuses():          # 98 rows, ordered by municipality name
        row.municipality, row.police_district, row.status, row.status_label,
        row.last_revised, row.next_revision, row.url   # url for any live plan (staff-only: behind login)

Status is derived, never stored:
- PUBLIC: a live plan with no view restriction on it or any ancestor;
- STAFF_ONLY: a live plan behind a Wagtail view restriction (the municipality's staff group);
- NONE: no live plan (or only a draft).
Nothing here reads a plan's content, so the rows are safe to show to anyone. Query count is
constant (4-5) whatever the number of municipalities or plans.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.apps import apps  # the page models use this module: looked up, not imported
from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, PageViewRestriction

from ops import contentcache
from places.models import Municipality, PoliceDistrict

PUBLIC, STAFF_ONLY, NONE = "public", "staff_only", "none"
# Labels are Danish message ids, shown in the reader's language.
STATUS_CHOICES = [
    (PUBLIC, _("Offentlig plan")),
    (STAFF_ONLY, _("Kun for kommunens medarbejdere")),
    (NONE, _("Ingen plan offentliggjort")),
]
STATUS_LABELS = dict(STATUS_CHOICES)


@dataclass
class PlanStatus:
    municipality: object
    status: str
    plan_id: int | None = None
    url: str | None = None
    last_revised: dt.date | None = None
    next_revision: dt.date | None = None
    political_approval_date: dt.date | None = None

    @property
    def police_district(self):
        return self.municipality.police_district

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def revision_overdue(self) -> bool:
        return bool(self.next_revision and self.next_revision < dt.date.today())


def restricted_paths() -> list[str]:
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_restricted(path: str, restricted: list[str]) -> bool:
    return any(path.startswith(prefix) for prefix in restricted)


def published_status(live: bool, path: str, restricted: list[str]) -> str:
    """The one definition of a plan's published status: NONE unless live; STAFF_ONLY behind a view
    restriction (on the plan or an ancestor); else PUBLIC."""
    if not live:
        return NONE
    return STAFF_ONLY if is_restricted(path, restricted) else PUBLIC


def plan_statuses(locale: Locale | None = None, request=None) -> list[PlanStatus]:
    """One row per municipality (98), in name order. Plans in `locale` win; a municipality without
    one falls back to its plan in the default language."""
    PlanIndexPage, PlanPage = apps.get_model("plans", "PlanIndexPage"), apps.get_model("plans", "PlanPage")
    default_code = settings.LANGUAGE_CODE
    wanted = {default_code} | ({locale.language_code} if locale else set())
    plans = (
        PlanPage.objects.filter(locale__language_code__in=wanted)
        .values(
            "id", "live", "path", "slug", "url_path", "municipality_id", "last_revised", "next_revision",
            "political_approval_date", "locale__language_code",
        )
    )
    by_municipality: dict[int, dict] = {}
    for plan in plans:
        current = by_municipality.get(plan["municipality_id"])
        preferred = locale is not None and plan["locale__language_code"] == locale.language_code
        if current is None or preferred:
            by_municipality[plan["municipality_id"]] = plan

    restricted = restricted_paths()
    parent_urls = {}
    for index_page in PlanIndexPage.objects.live().filter(locale__language_code__in=wanted):
        parent_urls[index_page.url_path] = index_page.get_url(request)

    rows = []
    for municipality in Municipality.objects.select_related("police_district").order_by("name"):
        plan = by_municipality.get(municipality.id)
        if plan is None or not plan["live"]:
            rows.append(PlanStatus(municipality=municipality, status=NONE))
            continue
        status = published_status(plan["live"], plan["path"], restricted)
        parent_url = parent_urls.get(plan["url_path"][: -len(plan["slug"]) - 1])
        # "Senest revideret" is the date the plan itself gives (PlanPage.last_revised), the same
        # everywhere (plan page, index, report); publishing is not revising.
        last_revised = plan["last_revised"]
        rows.append(
            PlanStatus(
                municipality=municipality,
                status=status,
                plan_id=plan["id"],
                url=f"{parent_url}{plan['slug']}/" if parent_url else None,
                last_revised=last_revised,
                next_revision=plan["next_revision"],
                political_approval_date=plan["political_approval_date"],
            )
        )
    return rows


def index_context(index_page, params, request=None) -> dict:
    """Context for the plan index: the rows after the GET filters, the filter choices and counts.

    The rows are the same for every reader (staff-only plans show as such, without their content);
    plan_index_page.html keeps the rendered filter form and table in the content cache per filter,
    so the rows are read only when it renders them. Only the police districts' slugs, to check the
    filter against, are read on every request (from the content cache)."""
    district_slug = params.get("politikreds", "")
    status = params.get("status", "")
    slugs = contentcache.get_or_set(
        request, ("police-district-slugs",), lambda: list(PoliceDistrict.objects.values_list("slug", flat=True))
    )
    if district_slug not in slugs:
        district_slug = ""
    if status not in STATUS_LABELS:
        status = ""

    def rows_and_districts():
        rows = plan_statuses(index_page.locale, request=request)
        districts = list(PoliceDistrict.objects.order_by("name"))
        counts = {key: sum(1 for row in rows if row.status == key) for key in STATUS_LABELS}
        filtered = [
            row for row in rows
            if (not district_slug or row.police_district.slug == district_slug)
            and (not status or row.status == status)
        ]
        return {
            "plan_rows": filtered,
            "plan_total": len(rows),
            "status_counts": [(key, STATUS_LABELS[key], counts[key]) for key in STATUS_LABELS],
            "police_districts": districts,
        }

    return {
        # plan_rows, plan_total, status_counts, police_districts
        "plan_index": SimpleLazyObject(rows_and_districts),
        "status_choices": STATUS_CHOICES,
        "selected_district": district_slug,
        "selected_status": status,
        "is_filtered": bool(district_slug or status),
    }


# --- the editors' view: where the plan is in its life (the dashboard panel, plans/dashboard.py) -------

DRAFT, AWAITING_APPROVAL = "draft", "awaiting_approval"
# Admin strings: Danish, as the municipalities' admin is.
EDITOR_STATUS_LABELS = {
    NONE: "Ingen plan",
    DRAFT: "Kladde",
    AWAITING_APPROVAL: "Afventer godkendelse",
    PUBLIC: "Offentliggjort",
    STAFF_ONLY: "Kun for kommunens medarbejdere",
}


@dataclass
class EditorStatus:
    """`status` is one of EDITOR_STATUS_LABELS: awaiting approval wins (the editor waits for the
    approver), then draft (never published), then the published status. `published` is the
    published status as the public sees it (NONE / PUBLIC / STAFF_ONLY, as in plan_statuses);
    `unpublished_changes`: a live plan has a newer draft."""

    status: str
    published: str = NONE
    unpublished_changes: bool = False

    @property
    def label(self) -> str:
        return EDITOR_STATUS_LABELS[self.status]

    @property
    def published_label(self) -> str:
        return EDITOR_STATUS_LABELS[self.published]


def editor_status(plan, restricted: list[str] | None = None) -> EditorStatus:
    """The status of one plan (or None: no plan) for its editors and approvers."""
    if plan is None:
        return EditorStatus(NONE)
    published = published_status(plan.live, plan.path, restricted_paths() if restricted is None else restricted)
    if plan.workflow_in_progress:
        status = AWAITING_APPROVAL
    elif not plan.live:
        status = DRAFT
    else:
        status = published
    return EditorStatus(status, published, bool(plan.live and plan.has_unpublished_changes))
