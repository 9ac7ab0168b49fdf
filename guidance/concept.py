"""The national concept's vocabulary and how its elements are laid out as the guide's matrix.

The concept (guide, figure 5) places each element on a planning level (strategic, executive,
or both) and on one or more of the prevention triangle's three intervention levels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

BUILDING = "opbyggende"
ANTICIPATING = "foregribende"
INTERVENING = "indgribende"

# Order matters: this is the order of the matrix's columns.
# Labels are Danish message ids, shown in the reader's language.
INTERVENTION_LEVELS = [
    (BUILDING, _("Opbyggende")),
    (ANTICIPATING, _("Foregribende")),
    (INTERVENING, _("Indgribende")),
]
INTERVENTION_LEVEL_CODES = [code for code, _label in INTERVENTION_LEVELS]

STRATEGIC = "strategic"
EXECUTIVE = "executive"
BOTH = "both"

PLANNING_LEVELS = [
    (STRATEGIC, _("Strategisk niveau (beslutning)")),
    (EXECUTIVE, _("Udførende niveau")),
    (BOTH, _("Både strategisk og udførende niveau")),
]


@dataclass
class Column:
    code: str
    label: str
    elements: list = field(default_factory=list)


@dataclass
class Band:
    """One planning level of the matrix: elements that cut across all three intervention levels,
    then one column per intervention level."""

    code: str
    label: str
    across: list = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.across and not any(column.elements for column in self.columns)


@dataclass
class Entry:
    """An element's place in the matrix. `primary` marks its first place (which carries its anchor)."""

    element: object
    primary: bool = True


def build_matrix(elements) -> list[Band]:
    """Lay the elements out as bands (strategic, both, executive) of columns.

    An element on all three intervention levels goes in the band's `across` row; an element on one
    or two levels appears in each of its columns (so a two-level element is listed twice, as in
    the guide's figure, but is still one element when counted).
    """
    order = [STRATEGIC, BOTH, EXECUTIVE]
    labels = dict(PLANNING_LEVELS)
    bands = {
        code: Band(code, labels[code], columns=[Column(c, label) for c, label in INTERVENTION_LEVELS])
        for code in order
    }
    for element in elements:
        band = bands[element.level]
        levels = element.intervention_levels
        if len(levels) == len(INTERVENTION_LEVEL_CODES):
            band.across.append(Entry(element))
            continue
        primary = True
        for column in band.columns:
            if column.code in levels:
                column.elements.append(Entry(element, primary))
                primary = False
    return [bands[code] for code in order if not bands[code].is_empty]
