""""Start fra den nationale skabelon": a municipality's plan as a DRAFT, built from the national
template (plans/data/template.yaml). Never published here: the plan goes through the municipality's
approval workflow like every other change."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils.html import format_html
from wagtail.log_actions import log
from wagtail.rich_text import RichText

from contacts.models import InfohusContact
from guidance.models import TextBlock
from places.models import Municipality
from plans.models import PlanIndexPage, PlanPage
from plans.template import plan_template


class NoPlanIndex(Exception):
    """The site has no plan index in the default language to put the plan under."""


@dataclass
class StartResult:
    plan: PlanPage
    created: bool


def existing_plan(municipality) -> PlanPage | None:
    """The municipality's plan of record: its plan in the default language (Danish)."""
    return PlanPage.objects.filter(municipality=municipality, locale__language_code=settings.LANGUAGE_CODE).first()


def _names(municipality) -> dict[str, str]:
    """The names the draft writes in: the municipality's official name, its Infohus Kommune and its
    police district's Infohus Netværk (reference data; a missing contact falls back to a plain name)."""
    contacts = {
        c.kind: c.name
        for c in InfohusContact.objects.filter(municipality=municipality)
        | InfohusContact.objects.filter(police_district_id=municipality.police_district_id)
    }
    district = municipality.police_district
    return {
        "municipality": municipality.name,
        "infohus": contacts.get(InfohusContact.Kind.KOMMUNE) or f"Infohus Kommune i {municipality.name}",
        "network": contacts.get(InfohusContact.Kind.NETVAERK) or f"Infohus Netværk, {district.name}",
    }


def _stream(template_field, names, text_blocks) -> list[tuple]:
    """A field's draft content in the template's order: the centre's text blocks by reference (a
    number the centre has no block for is left out) and own-text headings with the names filled in."""
    blocks = []
    for kind, value in template_field.draft:
        if kind == "text_block" and value in text_blocks:
            blocks.append(("text_block", text_blocks[value]))
        elif kind == "heading":
            blocks.append(("paragraph", RichText(format_html("<h3>{}</h3>", value.format(**names)))))
    return blocks


def build_draft(municipality, locale) -> PlanPage:
    """An unsaved PlanPage for `municipality` in `locale`, filled from the template."""
    template = plan_template()
    names = _names(municipality)
    numbers = template.text_block_numbers()
    text_blocks = {tb.number: tb for tb in TextBlock.objects.filter(locale=locale, live=True, number__in=numbers)}
    plan = PlanPage(
        municipality=municipality,
        locale=locale,
        slug=municipality.slug,
        title=template.title.format(**names),
        summary=template.summary.format(**names),
        revision_interval_months=template.revision_months,
        live=False,
    )
    for section in template.sections:
        for template_field in section.fields:
            if template_field.draft:
                setattr(plan, template_field.name, _stream(template_field, names, text_blocks))
    plan.goals = [("goal", {"title": title, "description": ""}) for title in template.goal_placeholders()]
    return plan


def start_from_template(municipality: Municipality, user) -> StartResult:
    """Create the municipality's plan as a draft in the default language's plan index, or return the
    plan it already has (running this twice never makes a second plan). The caller checks rights."""
    with transaction.atomic():
        # One at a time per municipality: two clicks at once cannot make two plans.
        Municipality.objects.select_for_update().filter(pk=municipality.pk).first()
        plan = existing_plan(municipality)
        if plan is not None:
            return StartResult(plan, created=False)
        index = PlanIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if index is None:
            raise NoPlanIndex
        plan = build_draft(municipality, index.locale)
        # A draft may hold the goal placeholders; publishing or submitting it checks everything.
        plan._defer_plan_checks = True
        plan.owner = user
        index.add_child(instance=plan)
        log(instance=plan, action="wagtail.create", user=user)
        plan.save_revision(user=user, log_action=True)
    return StartResult(PlanPage.objects.get(pk=plan.pk), created=True)
