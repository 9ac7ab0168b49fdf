"""The plans: EXAMPLE infohus contacts for all 98 municipalities and 12 police districts
(snippets/infohus.yaml), the plan index (pages/handlingsplaner/index.yaml), the municipalities'
groups, permissions and workflows (the project's own setup, `create_municipality_groups`), and
three example plans (pages/handlingsplaner/N-<municipality>.yaml): Odense (public, complete),
Holbæk (staff only) and Skive (public, incomplete)."""

from __future__ import annotations

from demo.loader import files
from demo.loader.common import (
    ensure_page,
    opening_periods,
    publish_if_changed,
    set_fields,
    set_opening_periods,
    set_stream,
    split_streams,
)
from demo.loader.project import (
    ConceptElement,
    InfohusContact,
    Municipality,
    PlanIndexPage,
    PlanPage,
    PoliceDistrict,
    ensure_groups,
    set_staff_only,
)
from demo.loader.site import default_locale, home_page


def _ensure_infohus(contact, spec: dict, **names) -> None:
    """Bring one example contact up to date from its template; a contact whose note an editor
    changed is left alone."""
    spec = dict(spec)
    periods = opening_periods(spec.pop("opening_periods", []))
    values = {name: value.format(**names) if isinstance(value, str) else value for name, value in spec.items()}
    if contact.pk and contact.note != values["note"]:
        return  # edited by a real editor: leave it alone
    changed = set_fields(contact, **values)
    changed = set_opening_periods(contact, periods) or changed
    if changed:
        contact.save()


def ensure_infohus_contacts():
    spec = files.read("snippets/infohus.yaml")
    existing = {
        (c.kind, c.municipality_id or c.police_district_id): c
        for c in InfohusContact.objects.prefetch_related("opening_periods")
    }
    for municipality in Municipality.objects.all():
        contact = existing.get((InfohusContact.Kind.KOMMUNE, municipality.id)) or InfohusContact(
            kind=InfohusContact.Kind.KOMMUNE, municipality=municipality
        )
        _ensure_infohus(contact, spec["kommune"], short_name=municipality.short_name, slug=municipality.slug)
    for district in PoliceDistrict.objects.all():
        contact = existing.get((InfohusContact.Kind.NETVAERK, district.id)) or InfohusContact(
            kind=InfohusContact.Kind.NETVAERK, police_district=district
        )
        _ensure_infohus(contact, spec["netvaerk"], name=district.name, slug=district.slug)


def ensure_plan_index(locale) -> PlanIndexPage:
    return ensure_page(home_page(locale), PlanIndexPage, files.read("pages/handlingsplaner/index.yaml"), locale)


INTERVENTION_FIELDS = ["title", "aimed_at", "level", "purpose", "content", "target_group", "responsible_unit",
                       "partners", "follow_up_how", "follow_up_when"]


def _set_interventions(page, items) -> bool:
    current = [tuple(getattr(i, f) for f in INTERVENTION_FIELDS) for i in page.interventions.all()] if page.pk else []
    wanted = [tuple(item.get(f, "") for f in INTERVENTION_FIELDS) for item in items]
    if current == wanted:
        return False
    page.interventions = [page.interventions.model(sort_order=n, **item) for n, item in enumerate(items)]
    return True


def _set_covered_elements(page, keys, locale) -> bool:
    current = set(page.covered_elements.values_list("key", flat=True)) if page.pk else set()
    if current == set(keys):
        return False
    page.covered_elements = list(ConceptElement.objects.filter(key__in=keys, locale=locale))
    return True


def ensure_plan(index, spec: dict) -> PlanPage:
    spec = dict(spec)
    municipality = Municipality.objects.get(slug=spec.pop("municipality"))
    staff_only = spec.pop("staff_only", False)
    covered = spec.pop("covered_elements", [])
    interventions = spec.pop("interventions", [])
    fields, streams = split_streams(PlanPage, spec)
    locale = index.locale
    page = PlanPage.objects.filter(municipality=municipality, locale=locale).first()
    is_new = page is None
    if is_new:
        page = PlanPage(municipality=municipality, locale=locale, slug=municipality.slug, live=False)
    changed = set_fields(page, **fields)
    for name, items in streams.items():
        changed = set_stream(page, name, items, locale) or changed
    changed |= _set_covered_elements(page, covered, locale)
    changed |= _set_interventions(page, interventions)
    if is_new:
        index.add_child(instance=page)
    if staff_only:
        # The restriction exists before the plan is ever published (the plan's own switch).
        set_staff_only(page, True)
    publish_if_changed(page, changed)
    return page


def load(stdout=None):
    locale = default_locale()
    ensure_infohus_contacts()
    index = ensure_plan_index(locale)
    ensure_groups()
    for spec in files.numbered("pages/handlingsplaner"):
        ensure_plan(index, spec)
