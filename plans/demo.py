"""Demo content for the plans app (idempotent, see home/demo.py for the rules).

- an Infohus Kommune for each of the 98 municipalities and an Infohus Netværk for each of the
  12 police districts. The real contact details are not in the source documents, so these are
  EXAMPLE data: no phone numbers, e-mail addresses on the reserved .example domain, a note saying
  so, and no personal names;
- the plan index at /da/handlingsplaner/;
- the groups, page permissions and approval workflows of all 98 municipalities;
- three example plans for municipalities from the national project (guide, seed 000), marked
  as examples in title and text: Odense (public, complete), Holbæk (staff only), Skive (public,
  incomplete).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from wagtail.models import Locale, PageViewRestriction

from home.demo_utils import publish_if_changed, set_fields
from home.models import HomePage
from plans import plan_content
from contacts.models import InfohusContact
from places.models import Municipality, PoliceDistrict
from plans.models import PlanIndexPage, PlanPage
from plans.groups import ensure_groups

EXAMPLE_NOTE = (
    "Eksempeldata: kontaktoplysningerne er ikke kommunens rigtige. De erstattes, når kommunen selv "
    "opdaterer sit infohus her."
)
NETWORK_NOTE = (
    "Eksempeldata. Infohus Netværk er politikredsens mødeforum for videndeling og behandler ikke "
    "enkeltsager: er du bekymret for en bestemt person, så kontakt infohuset i kommunen."
)
KOMMUNE_HOURS = [("weekdays", dt.time(8, 30), dt.time(15, 0))]


def _sync_periods(contact, periods) -> bool:
    current = [(p.days, p.opens, p.closes) for p in contact.opening_periods.all()] if contact.pk else []
    if current == periods:
        return False
    contact.opening_periods = [
        contact.opening_periods.model(days=d, opens=o, closes=c, sort_order=i) for i, (d, o, c) in enumerate(periods)
    ]
    return True


def ensure_infohus_contacts():
    existing = {
        (c.kind, c.municipality_id or c.police_district_id): c
        for c in InfohusContact.objects.prefetch_related("opening_periods")
    }
    for municipality in Municipality.objects.all():
        contact = existing.get((InfohusContact.Kind.KOMMUNE, municipality.id)) or InfohusContact(
            kind=InfohusContact.Kind.KOMMUNE, municipality=municipality
        )
        if contact.pk and contact.note != EXAMPLE_NOTE:
            continue  # edited by a real editor: leave it alone
        changed = set_fields(
            contact,
            name=f"Infohus {municipality.short_name}",
            unit="Kommunens SSP-samarbejde (eksempel)",
            phone="",
            email=f"infohus@{municipality.slug}.kommune.example",
            note=EXAMPLE_NOTE,
        )
        changed |= _sync_periods(contact, KOMMUNE_HOURS)
        if changed:
            contact.save()
    for district in PoliceDistrict.objects.all():
        contact = existing.get((InfohusContact.Kind.NETVAERK, district.id)) or InfohusContact(
            kind=InfohusContact.Kind.NETVAERK, police_district=district
        )
        if contact.pk and contact.note != NETWORK_NOTE:
            continue
        changed = set_fields(
            contact,
            name=f"Infohus Netværk, {district.name}",
            unit=f"{district.name}, forebyggelse (eksempel)",
            phone="",
            email=f"infohus@{district.slug}.politi.example",
            note=NETWORK_NOTE,
        )
        changed |= _sync_periods(contact, [])
        if changed:
            contact.save()


def ensure_plan_index(locale) -> PlanIndexPage:
    home = HomePage.objects.get(locale=locale, depth=2)
    index = PlanIndexPage.objects.child_of(home).filter(slug="handlingsplaner").first()
    if index is None:
        index = PlanIndexPage(title="Handlingsplaner", slug="handlingsplaner", locale=locale)
        home.add_child(instance=index)
    changed = set_fields(
        index,
        title="Kommunernes handlingsplaner mod ekstremisme",
        summary="Se, om din kommune har en handlingsplan mod ekstremisme, hvornår den sidst blev revideret, og hvem du kan kontakte.",
        intro=(
            "<p>Alle 98 kommuner kan udgive deres beredskabsplan for forebyggelse, opsporing og håndtering "
            "af ekstremisme her. Nogle planer er offentlige, andre kun for kommunens egne medarbejdere. "
            "Er du bekymret for en person, så kontakt infohuset i kommunen eller den nationale rådgivning "
            "på 4174 9090.</p>"
        ),
    )
    publish_if_changed(index, changed)
    return index


def _stream_data(value) -> list:
    """A stream's content without block ids, for comparing."""
    return [(child["type"], child["value"]) for child in value.get_prep_value()]


def _resolve_text_blocks(data, locale):
    """Replace ("text_block", {"number": n}) with the id of the centre's text block n."""
    from guidance.models import TextBlock

    resolved = []
    for block_type, value in data:
        if block_type == "text_block":
            block = TextBlock.objects.filter(number=value["number"], locale=locale).first()
            if block is None:
                continue  # guidance demo not loaded: leave the reference out
            value = block.pk
        resolved.append((block_type, value))
    return resolved


def _set_streams(page, streams: dict, locale) -> bool:
    changed = False
    for name, data in streams.items():
        data = _resolve_text_blocks(data, locale)
        block = page._meta.get_field(name).stream_block
        new = block.to_python([{"type": block_type, "value": value} for block_type, value in data])
        if page.pk is None or _stream_data(getattr(page, name)) != _stream_data(new):
            setattr(page, name, new)
            changed = True
    return changed


def _set_interventions(page, items) -> bool:
    fields = ["title", "aimed_at", "level", "purpose", "content", "target_group", "responsible_unit",
              "partners", "follow_up_how", "follow_up_when"]
    current = [tuple(getattr(i, f) for f in fields) for i in page.interventions.all()] if page.pk else []
    wanted = [tuple(item.get(f, "") for f in fields) for item in items]
    if current == wanted:
        return False
    page.interventions = [page.interventions.model(sort_order=n, **item) for n, item in enumerate(items)]
    return True


def _set_marked_elements(page, keys, locale) -> bool:
    from guidance.models import ConceptElement

    current = set(page.covered_elements.values_list("key", flat=True)) if page.pk else set()
    if current == set(keys):
        return False
    page.covered_elements = list(ConceptElement.objects.filter(key__in=keys, locale=locale))
    return True


def ensure_plan(index, spec: dict) -> PlanPage:
    municipality = Municipality.objects.get(slug=spec["municipality"])
    page = PlanPage.objects.filter(municipality=municipality, locale=index.locale).first()
    is_new = page is None
    if is_new:
        page = PlanPage(municipality=municipality, locale=index.locale, slug=municipality.slug, live=False)
    changed = set_fields(page, **spec["fields"])
    changed |= _set_streams(page, spec["streams"], index.locale)
    changed |= _set_marked_elements(page, spec.get("marked_elements", []), index.locale)
    changed |= _set_interventions(page, spec["interventions"])
    if is_new:
        index.add_child(instance=page)
    if spec.get("staff_only"):
        # The restriction exists before the plan is ever published.
        restriction = PageViewRestriction.objects.filter(page=page).first()
        if restriction is None:
            restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        if list(restriction.groups.values_list("id", flat=True)) != [municipality.staff_group_id]:
            restriction.groups.set([municipality.staff_group_id])
    publish_if_changed(page, changed)
    return page


def load(stdout=None):
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    ensure_infohus_contacts()
    index = ensure_plan_index(locale)
    ensure_groups()
    for spec in plan_content.EXAMPLE_PLANS:
        ensure_plan(index, spec)
