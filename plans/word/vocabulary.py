"""The Word import's vocabulary (plans/word/headings.yaml) and the tolerant matching of words.

Matching ignores case, punctuation, numbering ("1.2", "3.1.", "A.") and the municipality's own name
(so "Infohus Odense" reads as "Infohus kommune"); it accepts a known wording inside a longer heading
and near misses (difflib), then the importer falls back to the heading's place in the template.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DATA_FILE = Path(__file__).with_name("headings.yaml")
NUMBER_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[IVX]{1,4}[.)]|[A-H][.)])\s+")
FUZZY_THRESHOLD = 0.82


@dataclass(frozen=True)
class Section:
    key: str
    field: str
    number: str
    label: str
    headings: tuple[str, ...]
    group: bool = False
    aimed_at: str = ""
    export: bool = True
    normalised: tuple[str, ...] = field(default=(), compare=False)


@lru_cache(maxsize=1)
def data() -> dict:
    with DATA_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def normalise(text: str) -> str:
    """Lower case, letters and digits only, single spaces; typographic variants folded."""
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    text = text.replace("vedr.", "vedrørende")
    text = re.sub(r"[^\wæøå]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def split_number(text: str) -> tuple[str, str]:
    """("1.2", "Mål") from "1.2 Mål"; ("", text) when the heading is not numbered."""
    match = NUMBER_RE.match(text or "")
    if not match:
        return "", (text or "").strip()
    number = match.group(1).strip().rstrip(".)")
    return number, text[match.end():].strip()


@lru_cache(maxsize=1)
def sections() -> tuple[Section, ...]:
    result = []
    for item in data()["sections"]:
        headings = tuple(item["headings"])
        result.append(Section(
            key=item["key"], field=item.get("field") or "", number=str(item.get("number") or ""),
            label=item["label"], headings=headings, group=bool(item.get("group")),
            aimed_at=item.get("aimed_at") or "", export=item.get("export", True),
            normalised=tuple(normalise(h) for h in headings),
        ))
    return tuple(result)


def section(key: str) -> Section:
    return next(s for s in sections() if s.key == key)


def municipality_words(municipality) -> list[str]:
    """The municipality's names as they may stand in a heading, longest first."""
    if municipality is None:
        return []
    names = {normalise(municipality.name), normalise(getattr(municipality, "short_name", "") or "")}
    return sorted((n for n in names if n), key=len, reverse=True)


@dataclass
class HeadingMatch:
    section: Section | None
    score: float
    how: str  # "ordlyd" (exact), "indeholder", "ligner", "nummer", "position", "bilag" or ""
    number: str = ""
    text: str = ""


def match_heading(text: str, municipality=None) -> HeadingMatch:
    """The template part a heading names, with how sure the match is."""
    number, rest = split_number(text)
    words = normalise(rest)
    for name in municipality_words(municipality):
        words = re.sub(rf"\b{re.escape(name)}\b", "kommune", words)
    words = re.sub(r"\bkommune kommune\b", "kommune", words)
    if not words:
        return HeadingMatch(None, 0.0, "", number, rest)
    if words.split()[0] in data()["appendix_words"]:
        return HeadingMatch(section("other"), 1.0, "bilag", number, rest)
    best = HeadingMatch(None, 0.0, "", number, rest)
    for candidate in sections():
        for known in candidate.normalised:
            if words == known:
                return HeadingMatch(candidate, 1.0, "ordlyd", number, rest)
            score, how = 0.0, ""
            if len(known) >= 4 and re.search(rf"(^|\s){re.escape(known)}(\s|$)", words):
                score, how = 0.8 + 0.15 * len(known) / len(words), "indeholder"
            else:
                matcher = difflib.SequenceMatcher(None, words, known, autojunk=False)
                if matcher.real_quick_ratio() >= FUZZY_THRESHOLD and matcher.quick_ratio() >= FUZZY_THRESHOLD:
                    ratio = matcher.ratio()
                    if ratio >= FUZZY_THRESHOLD:
                        score, how = ratio * 0.95, "ligner"
            if score > best.score:
                best = HeadingMatch(candidate, score, how, number, rest)
    return best


def section_by_number(number: str) -> Section | None:
    if not number:
        return None
    return next((s for s in sections() if s.number == number), None)


def lookup(table: dict, text: str) -> str:
    """The key of `table` (key -> word list) whose words best name `text`, or ""."""
    words = normalise(text)
    if not words:
        return ""
    best, best_len = "", 0
    for key, synonyms in table.items():
        for synonym in synonyms:
            known = normalise(synonym)
            if words == known:
                return str(key)
            if re.search(rf"(^|\s){re.escape(known)}(\s|$)", words) and len(known) > best_len:
                best, best_len = str(key), len(known)
    return best


def column_for(header: str, columns: dict) -> str:
    """The field a table column's header names ("Målgruppe" -> target_group), or ""."""
    words = normalise(header)
    for key, synonyms in columns.items():
        if words in {normalise(s) for s in synonyms}:
            return key
    return lookup(columns, header) if len(words) < 40 else ""
