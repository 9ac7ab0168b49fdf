"""Gather the overview's plain data from the live models, in a fixed number of queries.

The figures and charts (overview/figures.py, overview/svg.py) only ever see what these functions
return: each municipality's status, its plan's revision dates and the set of concept elements its
plan covers. Nothing here reads a plan's text, so a staff-only plan can be counted without any of
its content reaching the public page.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from guidance.models import ConceptElement
from overview import figures, svg
from plans.coverage import derived_keys
from plans.models import PlanPage
from plans.status import plan_statuses
from plans.textblocks import plans_with_changed_text_blocks


def municipality_rows(locale=None, request=None) -> list[dict]:
    """One dict per municipality (98), ordered by name, with its plan's status and dates."""
    rows = []
    for item in plan_statuses(locale, request=request):
        municipality = item.municipality
        rows.append(
            {
                "code": str(municipality.code),
                "name": municipality.name,
                "short_name": municipality.short_name,
                "slug": municipality.slug,
                "region": municipality.region,
                "police_district": municipality.police_district.name,
                "status": item.status,
                "status_label": figures.STATUS_LABELS[item.status],
                "plan_id": item.plan_id,
                "url": item.url,
                "last_revised": item.last_revised,
                "next_revision": item.next_revision,
            }
        )
    return rows


def concept_elements(locale=None) -> list[dict]:
    """The live concept elements in display order, as ``{"key", "label"}`` (the default language's
    names when ``locale`` has no translation of an element)."""
    wanted = [settings.LANGUAGE_CODE] + ([locale.language_code] if locale is not None else [])
    by_key: dict[str, dict] = {}
    elements = (
        ConceptElement.objects.filter(live=True, locale__language_code__in=wanted)
        .order_by("sort_order", "pk")
        .values("key", "name", "locale__language_code")
    )
    for element in elements:
        preferred = locale is not None and element["locale__language_code"] == locale.language_code
        if element["key"] not in by_key or preferred:
            by_key[element["key"]] = {"key": element["key"], "label": element["name"]}
    return list(by_key.values())


def plan_facts(plan_ids, *, with_outdated_blocks: bool = False) -> dict[int, dict]:
    """plan id -> {"covered": set of concept element keys, "outdated": ["Tekstblok 3: ...", ...]}
    for the given plans, in a fixed number of queries (plans, their interventions, their marked
    elements, and the embedded text blocks). What counts as covered is plans/coverage.py's call:
    derived from the plan's content, or marked by its editor. The content is read here only to
    decide coverage; none of it leaves this function."""
    plans = list(
        PlanPage.objects.filter(id__in=list(plan_ids)).prefetch_related("interventions", "covered_elements")
    )
    facts = {
        plan.id: {
            "covered": derived_keys(plan) | {element.key for element in plan.covered_elements.all()},
            "outdated": [],
        }
        for plan in plans
    }
    if with_outdated_blocks:
        for plan, blocks in plans_with_changed_text_blocks(plans):
            facts[plan.id]["outdated"] = [f"Tekstblok {block.number}: {block.title}" for block in blocks]
    return facts


def _group_order(rows, key):
    # Police districts and regions in the order they first appear going round the country by
    # municipality code (Copenhagen first, North Jutland last), like the official lists.
    seen = []
    for row in sorted(rows, key=lambda r: int(r["code"])):
        if row[key] not in seen:
            seen.append(row[key])
    return seen


def _share_bars(groups):
    bars = []
    for group in groups:
        total = group["total"] or 1
        bars.append(
            {
                "key": group["group"],
                "label": group["group"],
                "percent": group["percent"],
                "note": ngettext(
                    "%(published)s af %(total)s kommune", "%(published)s af %(total)s kommuner", group["total"]
                ) % {"published": group["published"], "total": group["total"]},
                "segments": [
                    {"percent": 100 * group["public"] / total, "status": figures.STATUS_PUBLIC},
                    {"percent": 100 * group["staff_only"] / total, "status": figures.STATUS_STAFF_ONLY},
                ],
            }
        )
    return bars


def overview_context(locale=None, request=None) -> dict:
    """Everything the overview page shows, computed now from live data, with texts in the active
    language."""
    rows = municipality_rows(locale, request)
    national = figures.status_counts(rows)
    by_district = figures.share_by(rows, "police_district", order=_group_order(rows, "police_district"))
    by_region = figures.share_by(rows, "region", order=_group_order(rows, "region"))

    elements = concept_elements(locale)
    published = [row for row in rows if row["status"] in figures.PUBLISHED_STATUSES and row["plan_id"]]
    facts = plan_facts(row["plan_id"] for row in published)
    plans = [{"status": row["status"], "covered": facts[row["plan_id"]]["covered"]} for row in published]
    coverage = figures.coverage_by_element(elements, plans)
    for item in coverage:
        item["note"] = ngettext("%(covered)s af %(plans)s plan", "%(covered)s af %(plans)s planer", item["plans"]) % {
            "covered": item["covered"],
            "plans": item["plans"],
        }

    share_desc = gettext(
        "Andelen af kommunerne med en offentliggjort handlingsplan. Den udfyldte del af hver søjle er "
        "offentlige planer, den skraverede del planer kun for kommunens medarbejdere."
    )
    weakest = sorted((c for c in coverage if c["percent"] is not None), key=lambda c: c["percent"])[:3]
    coverage_desc = ngettext(
        "Andelen af den %(plans)s offentliggjorte plan, der dækker hvert af konceptets %(elements)s elementer.",
        "Andelen af de %(plans)s offentliggjorte planer, der dækker hvert af konceptets %(elements)s elementer.",
        len(plans),
    ) % {"plans": len(plans), "elements": len(elements)}
    if weakest:
        coverage_desc += " " + gettext("Færrest planer dækker: %(elements)s.") % {
            "elements": "; ".join(f"{c['label']} ({c['percent']} %)" for c in weakest)
        }
    computed_at = timezone.localtime()
    return {
        "municipality_rows": rows,
        "national": national,
        "by_district": by_district,
        "by_region": by_region,
        "coverage": coverage,
        "concept_elements": elements,
        "published_plan_count": len(plans),
        "computed_at": computed_at,
        # The time of day written as contacts/hours.py writes it (Danish "08.00", English "08:00").
        "computed_time": computed_at.strftime(gettext("%H.%M")),
        "tile_map_svg": svg.tile_map_svg(rows, id_prefix="overview-map-chart"),
        "district_chart_svg": svg.bar_chart_svg(
            _share_bars(by_district), id_prefix="overview-districts-chart",
            title=gettext("Kommuner med en offentliggjort plan, efter politikreds"), desc=share_desc,
        ),
        "region_chart_svg": svg.bar_chart_svg(
            _share_bars(by_region), id_prefix="overview-regions-chart",
            title=gettext("Kommuner med en offentliggjort plan, efter region"), desc=share_desc,
        ),
        "coverage_chart_svg": svg.bar_chart_svg(
            coverage, id_prefix="overview-coverage-chart",
            title=gettext("Hvor mange planer dækker hvert element i det nationale koncept"), desc=coverage_desc,
        ) if coverage else "",
    }
