"""The national template for a municipality's plan, as data (plans/data/template.yaml): its sections
in order, each field's guiding questions, the centre's text blocks it offers, and what still is empty
in a plan. Reads no models, so the plan's admin panels can use it when PlanPage is defined."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.utils.html import strip_tags

from guidance.textblocks import PLACEHOLDER_RE

TEMPLATE_FILE = Path(__file__).resolve().parent / "data" / "template.yaml"
# Own text counts only outside headings: a heading the draft put in ("Infohus Odense") is no answer.
HEADING_RE = re.compile(r"<h[1-6][^>]*>.*?</h[1-6]>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class TemplateField:
    name: str
    questions: tuple[str, ...] = ()
    # What the draft starts the field with: ("text_block", number) or ("heading", text), in order.
    draft: tuple[tuple[str, object], ...] = ()
    text_block_note: str = ""
    optional: bool = False  # an empty optional field does not make its section count as empty
    text_block_suffices: bool = False  # the centre's text block alone answers the field


@dataclass(frozen=True)
class TemplateSection:
    number: str
    heading: str
    fields: tuple[TemplateField, ...] = field(default_factory=tuple)

    @property
    def label(self) -> str:
        return f"{self.number} {self.heading}"


@dataclass(frozen=True)
class PlanTemplate:
    title: str
    summary: str
    revision_months: int
    revision_choices_months: tuple[int, ...]
    placeholder_goals: int
    goal_placeholder: str
    sections: tuple[TemplateSection, ...]

    def text_block_numbers(self) -> set[int]:
        return {value for s in self.sections for f in s.fields for kind, value in f.draft if kind == "text_block"}

    def field(self, name: str) -> TemplateField | None:
        return next((f for s in self.sections for f in s.fields if f.name == name), None)

    def goal_placeholders(self) -> list[str]:
        return [self.goal_placeholder.format(number=n) for n in range(1, self.placeholder_goals + 1)]


@functools.cache
def plan_template() -> PlanTemplate:
    data = yaml.safe_load(TEMPLATE_FILE.read_text(encoding="utf-8"))
    sections = tuple(
        TemplateSection(
            number=str(section["number"]),
            heading=section["heading"],
            fields=tuple(
                TemplateField(
                    name=item["name"],
                    questions=tuple(item.get("questions", ())),
                    draft=tuple(next(iter(part.items())) for part in item.get("draft", ())),
                    text_block_note=item.get("text_block_note", ""),
                    optional=bool(item.get("optional", False)),
                    text_block_suffices=bool(item.get("text_block_suffices", False)),
                )
                for item in section["fields"]
            ),
        )
        for section in data["sections"]
    )
    return PlanTemplate(
        title=data["title"],
        summary=data["summary"],
        revision_months=int(data["revision_months"]),
        revision_choices_months=tuple(data["revision_choices_months"]),
        placeholder_goals=int(data["placeholder_goals"]),
        goal_placeholder=data["goal_placeholder"],
        sections=sections,
    )


# --- what a plan has filled in -------------------------------------------------------------------


def _has_own_text(html: str) -> bool:
    """Text outside headings that is not just a placeholder such as [MÅL 1]."""
    return bool(PLACEHOLDER_RE.sub("", strip_tags(HEADING_RE.sub("", html or ""))).strip())


def _item_text(value) -> str:
    if isinstance(value, dict):
        return " ".join(_item_text(v) for v in value.values())
    return str(value or "") if not isinstance(value, (list, tuple)) else " ".join(map(_item_text, value))


def field_state(plan, template_field: TemplateField) -> str:
    """FILLED, EMPTY or TEXT_BLOCK_ONLY (only the centre's text blocks where the template asks for the
    municipality's own answer; where the text block is the answer, TEXT_BLOCK_ONLY counts as FILLED)."""
    name = template_field.name
    if name == "interventions":
        return FILLED if len(plan.interventions.all()) else EMPTY
    value = getattr(plan, name)
    if not hasattr(value, "raw_data"):  # a plain text field
        return FILLED if _has_own_text(str(value or "")) else EMPTY
    own = blocks = False
    for child in value.raw_data:
        kind, content = child.get("type"), child.get("value")
        if kind == "text_block":
            blocks = blocks or bool(content)
        elif kind == "paragraph":
            own = own or _has_own_text(content)
        elif _has_own_text(_item_text(content)):  # goals, procedure steps (placeholders do not count)
            own = True
    if own or (blocks and template_field.text_block_suffices):
        return FILLED
    return TEXT_BLOCK_ONLY if blocks else EMPTY


EMPTY, TEXT_BLOCK_ONLY, PARTLY, FILLED = "empty", "text_block_only", "partly", "filled"
SECTION_STATE_LABELS = {
    EMPTY: "tomt",
    TEXT_BLOCK_ONLY: "kun centerets tekstblok, jeres egen tekst mangler",
    PARTLY: "delvist udfyldt",
    FILLED: "udfyldt",
}


@dataclass
class SectionState:
    section: TemplateSection
    state: str  # EMPTY, TEXT_BLOCK_ONLY, PARTLY or FILLED

    @property
    def label(self) -> str:
        return SECTION_STATE_LABELS[self.state]


def section_states(plan) -> list[SectionState]:
    """Each template section's state in `plan` (its required fields): FILLED when all are, EMPTY
    when all are, TEXT_BLOCK_ONLY when the only content is the centre's text blocks, else PARTLY."""
    result = []
    for section in plan_template().sections:
        states = {field_state(plan, f) for f in section.fields if not f.optional}
        if states <= {FILLED}:
            state = FILLED
        elif states == {EMPTY}:
            state = EMPTY
        elif FILLED not in states:
            state = TEXT_BLOCK_ONLY
        else:
            state = PARTLY
        result.append(SectionState(section, state))
    return result


def unfinished_sections(plan) -> list[SectionState]:
    return [item for item in section_states(plan) if item.state != FILLED]
