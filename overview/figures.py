"""The national overview's figures, as pure functions over plain data.

Nothing here touches the database: overview/live.py gathers the rows from the models and these
functions turn them into figures, so the arithmetic is tested on small fixtures.

A municipality row is a dict with at least ``code``, ``name``, ``short_name``, ``region``,
``police_district`` and ``status`` (one of ``STATUS_PUBLIC``, ``STATUS_STAFF_ONLY``, ``STATUS_NONE``).
A plan row (for coverage) is a dict with ``status`` and ``covered``: the set of concept element
keys the plan covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from plans.status import NONE, PUBLIC, STAFF_ONLY
from plans.status import STATUS_LABELS as STATUS_LABELS_BY_KEY

# One definition of a plan's status, shared with the plan index and the report: plans/status.py.
STATUS_PUBLIC, STATUS_STAFF_ONLY, STATUS_NONE = PUBLIC, STAFF_ONLY, NONE
STATUSES = (STATUS_PUBLIC, STATUS_STAFF_ONLY, STATUS_NONE)
# A plan counts as published when it is live, whether everyone or only the municipality's staff may read it.
PUBLISHED_STATUSES = frozenset({STATUS_PUBLIC, STATUS_STAFF_ONLY})
STATUS_LABELS = {key: STATUS_LABELS_BY_KEY[key] for key in STATUSES}


def percent(part: int, whole: int) -> int | None:
    """A whole-number percentage (half rounds up), or None when there is nothing to divide by."""
    if whole <= 0:
        return None
    return (200 * part + whole) // (2 * whole)


def _check_status(row: dict) -> str:
    status = row.get("status")
    if status not in STATUSES:
        raise ValueError(f"Ukendt planstatus {status!r} for kommune {row.get('code')!r}; forventede en af {STATUSES}.")
    return status


def status_counts(rows: Iterable[dict]) -> dict:
    """Counts for one set of municipalities: total, per status, published and its share."""
    counts = {status: 0 for status in STATUSES}
    for row in rows:
        counts[_check_status(row)] += 1
    total = sum(counts.values())
    published = counts[STATUS_PUBLIC] + counts[STATUS_STAFF_ONLY]
    return {
        "total": total,
        "public": counts[STATUS_PUBLIC],
        "staff_only": counts[STATUS_STAFF_ONLY],
        "none": counts[STATUS_NONE],
        "published": published,
        "share": (published / total) if total else None,
        "percent": percent(published, total),
    }


def share_by(rows: Sequence[dict], key: str, order: Sequence[str] | None = None) -> list[dict]:
    """The share of municipalities with a published plan, grouped by ``key`` (``police_district`` or
    ``region``). Groups come in ``order`` when given (groups missing from it follow, by name), else by
    name. Each result is ``{"group": name, **status_counts}``."""
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    names = list(order or [])
    names = [name for name in names if name in groups] + sorted(name for name in groups if name not in names)
    return [{"group": name, **status_counts(groups[name])} for name in names]


def coverage_by_element(elements: Sequence[dict], plans: Iterable[dict]) -> list[dict]:
    """The share of published plans that cover each concept element.

    ``elements`` are dicts with ``key`` and ``label`` (in display order). Only published plans (public
    or staff-only) are counted; a staff-only plan adds to the counts but nothing of its content is
    returned. Each result: ``{"key", "label", "covered", "plans", "share", "percent"}``."""
    published = [plan for plan in plans if _check_status(plan) in PUBLISHED_STATUSES]
    total = len(published)
    result = []
    for element in elements:
        covered = sum(1 for plan in published if element["key"] in plan["covered"])
        result.append(
            {
                "key": element["key"],
                "label": element["label"],
                "covered": covered,
                "plans": total,
                "share": (covered / total) if total else None,
                "percent": percent(covered, total),
            }
        )
    return result


def plan_coverage_percent(covered: Iterable, element_keys: Iterable) -> int | None:
    """One plan's coverage: the percentage of the concept's elements it covers."""
    keys = set(element_keys)
    return percent(len(keys & set(covered)), len(keys))
