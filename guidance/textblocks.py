"""The placeholders in the centre's text blocks ("tekstblokke").

A text block's body writes `[KOMMUNE]` and `[POLITIKREDS]` where a plan's municipality and police
district belong. Each placeholder stands for the *full official name* from the reference data
(places): "Københavns Kommune", "Bornholms Regionskommune", "Sydsjællands og Lolland-Falsters
Politi" - so a text writes "[KOMMUNE] indgår ...", never "[KOMMUNE] Kommune" or "[KOMMUNE]s".

This module owns the substitution: inside a plan, `fill_placeholders` puts in the names (the page,
the PDF, the search index and the API all use it); outside a plan, `mark_placeholders` shows each
placeholder as a marked, readable slot in the reader's language.
"""

from __future__ import annotations

import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

MUNICIPALITY = "[KOMMUNE]"
POLICE_DISTRICT = "[POLITIKREDS]"

# Any placeholder: capitals (Danish letters too) in square brackets, e.g. [KOMMUNE], [POLITIKREDS],
# [ANSVARLIG ENHED]. Used to refuse publishing a plan that still holds one.
PLACEHOLDER_RE = re.compile(r"\[[A-ZÆØÅ][A-ZÆØÅ0-9 _-]*[A-ZÆØÅ0-9]\]")


def slot_labels() -> dict[str, str]:
    """Each known placeholder's readable name, in the reader's language."""
    return {MUNICIPALITY: gettext("kommunens navn"), POLICE_DISTRICT: gettext("politikredsens navn")}


def fill_placeholders(html: str, *, municipality=None, police_district=None) -> SafeString:
    """`html` (already safe HTML) with [KOMMUNE] and [POLITIKREDS] replaced by the official names,
    HTML-escaped. `municipality` / `police_district` are model instances (their `name`) or names;
    a placeholder without a name to put in is shown as a marked slot instead."""
    names = {MUNICIPALITY: _name(municipality), POLICE_DISTRICT: _name(police_district)}
    labels = None

    def replace(match):
        nonlocal labels
        name = names.get(match.group(0))
        if name:
            return escape(name)
        labels = labels or slot_labels()
        return _slot(labels.get(match.group(0)), match.group(0))

    return mark_safe(PLACEHOLDER_RE.sub(replace, str(html or "")))


def mark_placeholders(html: str) -> SafeString:
    """`html` with every placeholder shown as a marked slot, e.g. "[kommunens navn]"."""
    return fill_placeholders(html)


def find_placeholders(text: str) -> list[str]:
    """The placeholders left in `text`, in order, each once."""
    return list(dict.fromkeys(PLACEHOLDER_RE.findall(str(text or ""))))


def _name(value) -> str:
    if value is None:
        return ""
    return str(getattr(value, "name", value) or "")


def _slot(label, raw) -> str:
    text = label or raw.strip("[]").lower()
    # Brackets and a dashed outline (site/css): marked without relying on colour.
    return format_html('<span class="placeholder" title="{}">[{}]</span>', gettext("Pladsholder"), text)
