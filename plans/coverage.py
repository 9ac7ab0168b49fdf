"""Which elements of the national concept (guidance.ConceptElement, by stable key) a plan covers.

Coverage has two sources:
1. DERIVED from what the plan contains, by the rules below. Each rule names one element key and
   a condition that can be checked on the plan's own fields, so an editor can see why an element
   counts as covered and what to add when it does not.
2. MARKED by the editor (PlanPage.covered_elements), for elements the plan's text addresses in a
   way no rule can see (e.g. management information).
An element is covered when either source says so. Elements without a rule can only be marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.i18n import in_reader_language
from guidance.concept import INTERVENTION_LEVEL_CODES, build_matrix
from guidance.textblocks import find_placeholders
from guidance.models import ConceptElement

DERIVED, MARKED, MISSING = "derived", "marked", "missing"
STATE_LABELS = {DERIVED: _("Dækket af planens indhold"), MARKED: _("Markeret som dækket"), MISSING: _("Mangler")}
STATE_SYMBOLS = {DERIVED: "✓", MARKED: "✓", MISSING: "✗"}
PHASES = {"A", "B", "C", "D"}


@dataclass(frozen=True)
class Rule:
    key: str
    explanation: str  # Danish: what in the plan makes the element count as covered
    test: Callable


def _has(stream) -> bool:
    return bool(stream) and len(stream) > 0


def _goals(plan) -> list:
    """The plan's goals, leaving out goals whose title is still a placeholder ("[MÅL 1]" from the
    template draft, plans/start.py)."""
    return [goal for goal in plan.goals if not find_placeholders(goal.value.get("title"))]


def _interventions(plan):
    return plan.intervention_list


def _levels(plan) -> set[str]:
    return {item.level for item in _interventions(plan)}


def _phases(plan) -> set[str]:
    return {step.value.get("phase") for step in plan.concern_procedure if step.value.get("phase")}


def _described(item) -> bool:
    return all([item.purpose, item.content, item.target_group, item.responsible_unit])


def _followed_up(item) -> bool:
    return bool(item.follow_up_how and item.follow_up_when)


RULES = [
    Rule("formaal-og-vision", "Afsnittet om vision og formål er udfyldt, og planen har 3-5 mål.",
         lambda p: _has(p.vision) and 3 <= len(_goals(p)) <= 5),
    Rule("organisering", "Afsnittet om organisering er udfyldt, og ansvaret er placeret på politisk, strategisk og udførende niveau.",
         lambda p: _has(p.organisation) and all([p.responsibility_political, p.responsibility_strategic, p.responsibility_executive])),
    Rule("interessenter-og-samarbejde", "Afsnittet om Infohus Netværk er udfyldt, og mindst én indsats nævner samarbejdspartnere.",
         lambda p: _has(p.network) and any(item.partners for item in _interventions(p))),
    Rule("opfoelgning-paa-indsatser", "Planen har indsatser, og hver indsats siger, hvordan og hvornår der følges op.",
         lambda p: bool(_interventions(p)) and all(_followed_up(item) for item in _interventions(p))),
    Rule("kommunikation-til-borgere-og-medarbejdere", "Afsnittet om formidling er udfyldt.",
         lambda p: _has(p.communication)),
    Rule("organisering-af-infohus-kommune", "Afsnittet om infohus-samarbejdet og Infohus Kommune er udfyldt.",
         lambda p: _has(p.infohus_cooperation)),
    Rule("beredskabsorganisering", "Afsnittet om informationsstrategi i akutte situationer er udfyldt.",
         lambda p: _has(p.acute_situations)),
    Rule("kommunikation-og-koordinering-i-akutte-sager", "Afsnittene om akutte situationer og om håndtering af pressen er begge udfyldt.",
         lambda p: _has(p.acute_situations) and _has(p.press)),
    Rule("godkendelse-af-arbejdsgange", "Proceduren ved bekymring er beskrevet, og planen har en dato for politisk godkendelse.",
         lambda p: _has(p.concern_procedure) and p.political_approval_date is not None),
    Rule("udvikling-og-beskrivelse-af-indsatser", "Der er indsatser på alle tre indsatsniveauer, og hver har formål, indhold, målgruppe og ansvarlig.",
         lambda p: _levels(p) >= set(INTERVENTION_LEVEL_CODES) and all(_described(item) for item in _interventions(p))),
    Rule("kommunikation-om-roller-og-ansvar", "Ansvaret er beskrevet på alle tre niveauer, og hvert trin i proceduren har en ansvarlig.",
         lambda p: all([p.responsibility_political, p.responsibility_strategic, p.responsibility_executive])
         and _has(p.concern_procedure) and all(step.value.get("responsible") for step in p.concern_procedure)),
    Rule("opkvalificerings-og-informationsbehov", "Afsnittet om opkvalificering er udfyldt, og bekymringstegnene er beskrevet.",
         lambda p: _has(p.training) and _has(p.signs_of_concern)),
    Rule("haandtering-af-henvendelser", "Proceduren ved bekymring har trin for modtagelse (A) og første vurdering (B).",
         lambda p: {"A", "B"} <= _phases(p)),
    Rule("sagsflow-og-registreringspraksis", "Proceduren dækker hele bekymringens vej, fase A til D.",
         lambda p: PHASES <= _phases(p)),
    Rule("samarbejde-med-politiet", "Der er en indgribende indsats, som politiet er samarbejdspartner på.",
         lambda p: any(item.level == "indgribende" and "politi" in item.partners.lower() for item in _interventions(p))),
    Rule("opfoelgning", "Proceduren har et trin for indsats og opfølgning (C) med en tidsramme.",
         lambda p: any(step.value.get("phase") == "C" and step.value.get("timeframe") for step in p.concern_procedure)),
    Rule("snitflader-og-samarbejde", "Der er en opbyggende indsats med samarbejdspartnere.",
         lambda p: any(item.level == "opbyggende" and item.partners for item in _interventions(p))),
]
RULES_BY_KEY = {rule.key: rule for rule in RULES}


def derived_keys(plan) -> set[str]:
    """Element keys the plan's content covers, by the rules above."""
    return {rule.key for rule in RULES if rule.test(plan)}


@dataclass
class ElementCoverage:
    element: object
    state: str
    rule: Rule | None

    @property
    def covered(self) -> bool:
        return self.state != MISSING

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def symbol(self) -> str:
        return STATE_SYMBOLS[self.state]

    @property
    def name(self) -> str:
        return self.element.name

    # The guidance matrix reads these from each item.
    def __getattr__(self, name):
        if name.startswith("__"):  # copy/pickle probing: not the element's business
            raise AttributeError(name)
        return getattr(self.element, name)


class Coverage:
    """The plan's coverage of the national concept, worked out when first asked for: the plan page
    keeps its rendered coverage grid in the content cache (ops.contentcache), so a page served from
    there never reads the concept elements, the marked elements or the plan's sections for it."""

    def __init__(self, items=None, compute=None):
        if items is not None:
            self.__dict__["items"] = list(items)
        self._compute = compute

    @cached_property
    def items(self) -> list[ElementCoverage]:
        return self._compute()

    @cached_property
    def covered(self):
        return [item for item in self.items if item.covered]

    @cached_property
    def missing(self):
        return [item for item in self.items if not item.covered]

    @property
    def total(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return True

    @cached_property
    def matrix(self):
        """The grid's bands, worked out once per Coverage (the template reads it as an attribute)."""
        bands = build_matrix(self.items)
        for band in bands:
            # build_matrix places elements as Entry(element, primary); the grid shows the items.
            band.across = [entry.element for entry in band.across]
            for column in band.columns:
                column.elements = [entry.element for entry in column.elements]
            band.has_column_elements = any(column.elements for column in band.columns)
        return bands


def concept_elements(locale=None, locale_id=None) -> list:
    """The live concept elements in the given locale, each falling back to the default language.
    (The plan page keeps its rendered coverage grid in the content cache, so this runs only when the
    grid is rendered.)"""
    if locale is not None:
        language = locale.language_code
    elif locale_id is not None:
        language = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
    else:
        language = None
    return in_reader_language(ConceptElement.objects.order_by("sort_order", "pk"), language or settings.LANGUAGE_CODE)


def plan_coverage(plan, elements=None, marked_keys=None) -> Coverage:
    def compute():
        nonlocal elements, marked_keys
        if elements is None:
            elements = concept_elements(locale_id=plan.locale_id)
        if marked_keys is None:
            marked_keys = {element.key for element in plan.covered_elements.all()}
        derived = derived_keys(plan)
        items = []
        for element in elements:
            if element.key in derived:
                state = DERIVED
            elif element.key in marked_keys:
                state = MARKED
            else:
                state = MISSING
            items.append(ElementCoverage(element=element, state=state, rule=RULES_BY_KEY.get(element.key)))
        return items

    return Coverage(compute=compute)
