"""Where each part of a Word plan lands in the structured plan (plans.PlanPage).

`map_document(content, municipality)` reads the file (plans.word.reader) and returns an ImportResult:
for every template part the text it gets (the centre's text blocks recognised and kept by reference),
the goals, the procedure steps, the interventions, the plan's dates, what landed in "Andet indhold /
ikke placeret", and notes for the editor. Nothing is saved here (plans.word.apply saves)."""

from __future__ import annotations

import datetime as dt
import difflib
import io
import re
from dataclasses import dataclass, field

import lxml.html
from django.conf import settings
from django.utils.html import escape, strip_tags
from PIL import Image as PILImage
from wagtail.rich_text import expand_db_html

from guidance.concept import INTERVENTION_LEVEL_CODES, INTERVENTION_LEVELS
from guidance.models import TextBlock
from guidance.textblocks import fill_placeholders
from plans.models import PlanIntervention, PlanPage
from plans.word import vocabulary as vocab
from plans.word.reader import Para, Picture, Table, read_docx
from plans.word.safety import WordFileError, check_docx

HEADING_SCORE = 0.8
BLOCK_EQUAL = 0.985  # at least this similar (normalised text): the centre's text block, kept by reference
BLOCK_SIMILAR = 0.7  # at least this similar: shown as a changed text block, the municipality's wording kept
INTERVENTION_FIELDS = ["title", "aimed_at", "level", "purpose", "content", "target_group", "responsible_unit",
                       "partners", "follow_up_how", "follow_up_when"]
TITLE_MAX = 200
WEB_IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}
MAX_IMAGE_BYTES = 10 * 1024 * 1024  # WAGTAILIMAGES_MAX_UPLOAD_SIZE


# --- the result -----------------------------------------------------------------------------------


@dataclass
class Entry:
    """One thing the preview shows inside a part: a paragraph, a list, a text block, a picture..."""

    kind: str  # "text", "text_block", "changed_text_block", "image", "table", "goal", "step", "note"
    text: str = ""
    html: str = ""
    text_block: object = None
    diff_html: str = ""
    note: str = ""


@dataclass
class Part:
    """One part of the document and where it lands."""

    key: str
    label: str
    field: str
    heading: str = ""
    how: str = ""
    entries: list[Entry] = field(default_factory=list)
    stream: list = field(default_factory=list)  # [(block_type, value)], value of an image: Picture

    @property
    def how_label(self) -> str:
        return {
            "ordlyd": "overskriften svarer til skabelonen",
            "indeholder": "overskriften indeholder skabelonens ordlyd",
            "ligner": "overskriften ligner skabelonens",
            "nummer": "placeret efter overskriftens nummer",
            "position": "placeret efter overskriftens plads i dokumentet",
            "bilag": "bilag",
            "start": "dokumentets start",
            "ikke genkendt": "overskriften passer ikke til noget afsnit",
        }.get(self.how, self.how)


@dataclass
class ImportResult:
    title: str = ""
    summary: str = ""
    fields: dict = field(default_factory=dict)  # plain fields: dates, responsibility, interval...
    parts: list[Part] = field(default_factory=list)
    goals: list[dict] = field(default_factory=list)
    goals_found: bool = False
    steps: list[dict] = field(default_factory=list)
    interventions: list[dict] = field(default_factory=list)
    intervention_notes: list[str] = field(default_factory=list)
    interventions_intro: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # e.g. the contact box, shown automatically
    notes: list[str] = field(default_factory=list)

    def streams(self) -> dict[str, list]:
        """{field: [(block_type, value)]} for the plan's section StreamFields, in document order."""
        result: dict[str, list] = {}
        for part in self.parts:
            if part.field and part.stream and part.field not in ("goals", "responsibility", "interventions_intro"):
                result.setdefault(part.field, []).extend(part.stream)
        return result

    def pictures(self) -> list[Picture]:
        return [value for part in self.parts for kind, value in part.stream if kind == "image"]

    def intervention_rows(self) -> list[tuple]:
        """(title, aimed at, level, target group) with Danish labels, for the preview."""
        aimed = dict(PlanIntervention.AimedAt.choices)
        levels = dict(INTERVENTION_LEVELS)
        missing = "Vælges i redigeringen"
        return [(item["title"], str(aimed.get(item["aimed_at"], missing)), str(levels.get(item["level"], missing)),
                 item["target_group"]) for item in self.interventions]

    def text_block_count(self) -> int:
        return sum(1 for part in self.parts for kind, _ in part.stream if kind == "text_block")

    def mapping_lines(self) -> list[str]:
        """The mapping as lines of text (the management command prints them)."""
        lines = []
        if self.title:
            lines.append(f"Titel: {self.title}")
        for name, value in self.fields.items():
            lines.append(f"  {name}: {value}")
        for part in self.parts:
            heading = f"»{part.heading}«" if part.heading else "(uden overskrift)"
            lines.append(f"{heading} -> {part.label} [{part.how_label}]")
            for entry in part.entries:
                if entry.kind == "note":
                    lines.append(f"    {entry.note}: {_one_line(entry.text, 70)}")
                elif entry.kind in ("text_block", "changed_text_block", "image", "goal", "step", "intervention"):
                    lines.append(f"    {entry.note or entry.text}")
        if self.goals_found:
            lines.append(f"Mål: {len(self.goals)}")
        if self.steps:
            lines.append(f"Trin i proceduren: {len(self.steps)}")
        lines.append(f"Indsatser: {len(self.interventions)}")
        lines += [f"    {note}" for note in self.intervention_notes]
        lines += [f"Ikke importeret: {_one_line(text, 100)}" for text in self.ignored]
        lines += [f"Bemærk: {note}" for note in self.notes]
        return lines


# --- text blocks ----------------------------------------------------------------------------------


@dataclass
class KnownBlock:
    text_block: object
    units: list[str]
    joined: str
    display: str = ""  # the text as written (case and punctuation kept), for the preview's difference

    @property
    def words(self) -> set[str]:
        return set(self.joined.split())


def block_units(html: str, *, normalised=True) -> list[str]:
    """The text of a text block's paragraphs, list items and headings, in order (normalised, or as
    written with whitespace collapsed)."""
    if not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    units = []
    for element in root.iter("p", "li", "h1", "h2", "h3", "h4", "h5", "h6"):
        own = element.text_content() if element.tag != "p" else _own_text(element)
        text = vocab.normalise(own) if normalised else " ".join(own.split())
        if text:
            units.append(text)
    return units


def _own_text(element) -> str:
    """A paragraph's text without lists nested in it (the lists count as their own units)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in ("ul", "ol"):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def known_text_blocks(municipality, locale=None) -> list[KnownBlock]:
    """The centre's published text blocks with the plan's names filled in."""
    police_district = getattr(municipality, "police_district", None)
    blocks = TextBlock.objects.filter(live=True)
    blocks = blocks.filter(locale=locale) if locale is not None else blocks.filter(locale__language_code="da")
    result = []
    for text_block in blocks.order_by("number"):
        html = fill_placeholders(expand_db_html(text_block.body or ""), municipality=municipality,
                                 police_district=police_district)
        units = block_units(str(html))
        if units:
            display = " ".join(block_units(str(html), normalised=False))
            result.append(KnownBlock(text_block, units, " ".join(units), display))
    return result


def word_diff(ours: str, theirs: str) -> str:
    """HTML: the centre's wording (`theirs`) against the municipality's (`ours`), word by word."""
    a, b = theirs.split(), ours.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape(" ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(f"<del>{escape(' '.join(a[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{escape(' '.join(b[j1:j2]))}</ins>")
    return " ".join(out)


def _similar(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < BLOCK_SIMILAR or matcher.quick_ratio() < BLOCK_SIMILAR:
        return 0.0
    return matcher.ratio()


# --- the mapper -------------------------------------------------------------------------------------


@dataclass
class Segment:
    section: vocab.Section | None
    heading: str
    how: str
    level: int | None
    number: str = ""
    parts: list = field(default_factory=list)


def map_document(content: bytes, municipality, *, locale=None) -> ImportResult:
    """Check and read `content` (.docx bytes) and map it onto the plan template. Raises
    plans.word.safety.WordFileError (a Danish message) for a file that cannot be imported."""
    check_docx(content)
    try:
        parts, core_title = read_docx(content)
    except Exception:  # python-docx / lxml on a malformed package: one clear message, no traceback
        raise WordFileError(
            "Word-dokumentet kunne ikke læses: filen er beskadiget eller ikke gemt af et tekstbehandlingsprogram. "
            "Åbn den i Word, gem den igen som .docx, og prøv igen."
        ) from None
    return Mapper(municipality, known_text_blocks(municipality, locale)).run(parts, core_title)


class Mapper:
    def __init__(self, municipality, known_blocks):
        self.municipality = municipality
        self.known_blocks = known_blocks
        self.result = ImportResult()
        self.vocabulary = vocab.data()
        self.empty_markers = {vocab.normalise(text) for text in self.vocabulary["empty_markers"]}

    # -- headings and segments --

    def run(self, parts, core_title: str) -> ImportResult:
        styled_mode = self._styled_mode(parts)
        segments = self._segments(parts, styled_mode)
        self._resolve_by_position(segments)
        for segment in segments:
            self._map_segment(segment)
        if not self.result.title:
            self.result.title = core_title
        self.result.title = self.result.title[:255]
        self._check_goals()
        return self.result

    def _is_heading(self, part, styled_mode: bool) -> bool:
        if not isinstance(part, Para) or not part.text or len(part.text) > 200:
            return False
        if styled_mode:
            return part.heading_level is not None
        return part.heading_level is not None or part.bold_only

    def _styled_mode(self, parts) -> bool:
        matched = 0
        for part in parts:
            if isinstance(part, Para) and part.heading_level and part.text:
                if vocab.match_heading(part.text, self.municipality).score >= HEADING_SCORE:
                    matched += 1
        return matched >= 2

    def _segments(self, parts, styled_mode: bool) -> list[Segment]:
        front = Segment(None, "", "start", None)
        front.section = vocab.Section("front", "", "", "Forside og fakta", ())
        segments = [front]
        top_level = min((p.heading_level for p in parts if isinstance(p, Para) and p.heading_level), default=1)
        for part in parts:
            current = segments[-1]
            if isinstance(part, Para) and part.heading_level == 0 and not self.result.title and current is front:
                self.result.title = part.text
                continue
            if not self._is_heading(part, styled_mode):
                current.parts.append(part)
                continue
            match = vocab.match_heading(part.text, self.municipality)
            section, how = (match.section, match.how) if match.score >= HEADING_SCORE else (None, "")
            if section is None and match.number and (numbered := vocab.section_by_number(match.number)):
                section, how = numbered, "nummer"
            if section is not None:
                segments.append(Segment(section, part.text, how, part.heading_level, match.number))
                continue
            structural = part.heading_level is not None and part.heading_level <= top_level + 1
            if current is front and not self.result.title:
                self.result.title = part.text  # the document's first heading, before any section
            elif structural:
                segments.append(Segment(None, part.text, "", part.heading_level, match.number))
            else:
                current.parts.append(part)  # a sub-heading inside the part
        return segments

    def _resolve_by_position(self, segments):
        order = [s for s in vocab.sections() if s.number and not s.group]
        index = {s.key: n for n, s in enumerate(order)}
        used = {seg.section.key for seg in segments if seg.section is not None}
        for n, segment in enumerate(segments):
            if segment.section is not None:
                continue
            before = next((index[s.section.key] for s in reversed(segments[:n])
                           if s.section is not None and s.section.key in index), -1)
            after = next((index[s.section.key] for s in segments[n + 1:]
                          if s.section is not None and s.section.key in index), len(order))
            free = [s for s in order[before + 1:after] if s.key not in used and not s.aimed_at]
            if before >= 0 and after < len(order) and len(free) == 1:
                segment.section, segment.how = free[0], "position"
                used.add(free[0].key)
            else:
                segment.section, segment.how = vocab.section("other"), "ikke genkendt"

    # -- the parts' content --

    def _map_segment(self, segment: Segment):
        section = segment.section
        part = Part(section.key, section.label, section.field, segment.heading, segment.how)
        self.result.parts.append(part)
        units = []
        if section.key == "other" and segment.heading and segment.how in ("bilag", "ikke genkendt"):
            units.append(("heading", f"<h3>{escape(segment.heading)}</h3>", segment.heading))
        for item in segment.parts:
            if isinstance(item, Table):
                if section.key == "goals" and self._goal_table(item, part):
                    continue
                if self._table(item, section, part):
                    continue
                units.append(("table", _table_html(item), " | ".join(" ".join(r) for r in item.rows)))
                continue
            for picture in item.pictures:
                if not _usable_picture(picture):
                    self.result.notes.append(
                        f"Billedet »{picture.filename}« ({picture.content_type}) kan ikke vises på nettet og er ikke "
                        "importeret: gem det som PNG eller JPEG, og indsæt det i redigeringen."
                    )
                    continue
                units.append(("image", picture, picture.description or picture.filename))
            if not item.text or vocab.normalise(item.text) in self.empty_markers:
                continue
            if item.heading_level is not None or (item.bold_only and not item.list_kind and len(item.text) < 120
                                                   and section.key not in ("goals", "responsibility")):
                tag = "h4" if (item.heading_level or 3) > 3 else "h3"
                if item.heading_level is None:
                    units.append(("bold", f"<p><b>{escape(item.text)}</b></p>", item.text))
                else:
                    units.append(("heading", f"<{tag}>{escape(item.text)}</{tag}>", item.text))
            elif item.list_kind:
                units.append(("li:" + item.list_kind, item.html, item.text))
            else:
                units.append(("p", item.html, item.text))
        handler = {
            "front": self._front, "goals": self._goals, "responsibility": self._responsibility,
            "contacts": self._contacts, "skip": lambda units, part: None,
        }.get(section.key)
        if handler:
            handler(units, part)
        elif section.field == "interventions_intro":
            self._interventions_intro(units, part)
        else:
            self._stream(units, part)

    def _front(self, units, part):
        for kind, html, text in units:
            if kind == "image":
                continue
            if self._fact(text):
                part.entries.append(Entry("text", text=text, note="Fakta om planen"))
                continue
            if kind == "p" and not self.result.summary and len(text) > 40 and not _contact_like(text):
                self.result.summary = text
                part.entries.append(Entry("text", text=text, note="Resumé"))
                continue
            if vocab.normalise(text) in {vocab.normalise(self.municipality.name), vocab.normalise("handlingsplan mod ekstremisme")}:
                continue
            if _contact_like(text):
                self.result.ignored.append(text)
                part.entries.append(Entry("note", text=text, note="Kontaktoplysninger: vises automatisk fra Infohuse"))
                continue
            # Anything else at the start of the document: kept in "Andet indhold".
            other = self._other_part()
            other.stream.append(("paragraph", _as_block_html(kind, html)))
            other.entries.append(Entry("text", text=text, html=_as_block_html(kind, html)))

    def _other_part(self) -> Part:
        existing = next((p for p in self.result.parts if p.key == "other" and p.how == "start"), None)
        if existing is None:
            section = vocab.section("other")
            existing = Part("other", section.label, section.field, "", "start")
            self.result.parts.append(existing)
        return existing

    def _fact(self, text: str) -> bool:
        label, sep, value = text.partition(":")
        if not sep or len(label) > 40:
            return False
        key = vocab.column_for(label, self.vocabulary["facts"])
        if not key:
            return False
        value = value.strip()
        if key in ("political_approval_date", "last_revised", "next_revision"):
            day = parse_date(value)
            if day:
                self.result.fields[key] = day
            else:
                self.result.notes.append(f"Datoen »{value}« ({label.strip()}) blev ikke forstået: skriv den i redigeringen.")
        elif key == "revision_interval_months":
            months = vocab.lookup(self.vocabulary["revision_intervals"], value)
            if months:
                self.result.fields[key] = int(months)
        return True

    def _contacts(self, units, part):
        for _kind, _html, text in units:
            self.result.ignored.append(text)
            part.entries.append(Entry("note", text=text, note="Kontaktoplysninger: vises automatisk fra Infohuse"))

    def _goals(self, units, part):
        self.result.goals_found = True
        intro = []
        for kind, html, text in units:
            if kind.startswith("li:") or kind == "goal":
                title, description = _goal_title(html, text)
                self.result.goals.append({"title": title, "description": description})
                part.entries.append(Entry("goal", text=title, note=f"Mål: {title}"))
            elif kind == "image":
                intro.append(("image", html))
            elif self.result.goals and kind in ("p",):
                goal = self.result.goals[-1]
                goal["description"] = (goal["description"] + "\n" + text).strip()
                part.entries[-1].html = goal["description"]
            else:
                intro.append(("paragraph", _as_block_html(kind, html)))
        if intro:
            other = self._other_part()
            other.stream.extend(intro)
            other.entries.append(Entry("note", note="Tekst før målene under »Mål« er lagt i Andet indhold."))

    def _goal_table(self, table: Table, part) -> bool:
        """Goals as a table: one goal a row (title, then description); a header row is skipped."""
        rows = table.rows
        if rows and vocab.normalise(rows[0][0]) in {"mål", "målsætning", "mål for indsatsen"}:
            rows = rows[1:]
        for row in rows:
            if not row or not row[0].strip():
                continue
            title, description = _goal_title("", row[0].strip())
            description = "\n".join(filter(None, [description, *[c.strip() for c in row[1:]]]))
            self.result.goals.append({"title": title, "description": description})
            part.entries.append(Entry("goal", text=title, note=f"Mål: {title}"))
        self.result.goals_found = True
        return True

    def _is_fact_label(self, label: str) -> bool:
        words = vocab.normalise(label)
        return any(words == vocab.normalise(s) for synonyms in self.vocabulary["facts"].values() for s in synonyms)

    def _responsibility(self, units, part):
        table = self.vocabulary["responsibility"]
        last = "revision_process"
        for kind, _html, text in units:
            if kind == "image":
                continue
            label, sep, value = text.partition(":")
            if sep and self._is_fact_label(label) and self._fact(text):
                part.entries.append(Entry("text", text=text, note="Fakta om planen"))
                continue
            key = vocab.column_for(label, table) if sep and len(label) <= 40 else ""
            if key:
                last = key
                self._append_field(key, value.strip())
                part.entries.append(Entry("text", text=text, note=self._field_label(key)))
            elif sep and self._fact(text):
                part.entries.append(Entry("text", text=text, note="Fakta om planen"))
            else:
                target = last if kind.startswith("li:") else "revision_process"
                self._append_field(target, text)
                part.entries.append(Entry("text", text=text, note=self._field_label(target)))

    def _append_field(self, key, text):
        current = self.result.fields.get(key, "")
        self.result.fields[key] = (current + "\n" + text).strip() if current else text

    @staticmethod
    def _field_label(key):
        return str(PlanPage._meta.get_field(key).verbose_name)

    def _interventions_intro(self, units, part):
        units = self._paragraph_interventions(units, part)
        for kind, html, text in units:
            if kind == "image":
                self._other_part().stream.append(("image", html))
                part.entries.append(Entry("image", text=text, note=f"Billede lagt i Andet indhold: {text}"))
                continue
            block = _as_block_html(kind, html)
            self.result.interventions_intro.append(block)
            part.entries.append(Entry("text", text=text, html=block))

    def _paragraph_interventions(self, units, part) -> list:
        """Interventions written as paragraphs: a sub-heading (or a bold line, or "Indsats: ...") followed
        by lines such as "Formål: ...", "Niveau: Indgribende", "Målgruppe: ...". Returns the other units."""
        columns = self.vocabulary["intervention_columns"]
        rest, candidates, current = [], [], None
        for unit in units:
            kind, _html, text = unit
            label, sep, value = text.partition(":")
            key = vocab.column_for(label, columns) if sep and len(label) <= 40 and value.strip() else ""
            if key == "title":
                current = {"title": value.strip()}
                candidates.append((current, None))
            elif key and current is not None:
                current[key] = (current.get(key, "") + "\n" + value.strip()).strip()
            elif kind in ("heading", "bold") and len(text) <= TITLE_MAX:
                rest.append(unit)
                current = {"title": text}
                candidates.append((current, unit))
            else:
                current = None
                rest.append(unit)
        used = set()
        section = vocab.section(part.key)
        for item, heading_unit in candidates:
            if heading_unit is not None and len(item) < 2:
                continue  # a sub-heading without labelled lines is just text
            if heading_unit is not None:
                used.add(id(heading_unit))
            keys = list(item)
            self._intervention_rows(Table([keys, [item[k] for k in keys]]), keys, section, part)
        return [unit for unit in rest if id(unit) not in used]

    # -- tables: interventions and procedure steps --

    def _table(self, table: Table, section, part) -> bool:
        """Map an interventions or procedure table; False when it is neither."""
        header = table.rows[0]
        columns = [vocab.column_for(cell, self.vocabulary["intervention_columns"]) for cell in header]
        if "title" in columns and len({c for c in columns if c}) >= 2:
            self._intervention_rows(table, columns, section, part)
            return True
        steps = [vocab.column_for(cell, self.vocabulary["procedure_columns"]) for cell in header]
        if "title" in steps and ("phase" in steps or "description" in steps):
            for row in table.rows[1:]:
                step = {key: "" for key in ("phase", "title", "description", "responsible", "timeframe")}
                for key, cell in zip(steps, row, strict=False):
                    if key:
                        step[key] = cell.strip()
                if not step["title"]:
                    continue
                step["title"], step["responsible"] = step["title"][:200], step["responsible"][:200]
                step["timeframe"] = step["timeframe"][:120]
                phase = step["phase"].strip().upper()[:1]
                step["phase"] = phase if phase in "ABCD" and phase else ""
                self.result.steps.append(step)
                part.entries.append(Entry("step", text=step["title"], note=f"Trin: {step['title']}"))
            return True
        return False

    def _intervention_rows(self, table, columns, section, part):
        levels, targets = self.vocabulary["levels"], self.vocabulary["aimed_at"]
        for number, row in enumerate(table.rows[1:], start=2):
            item = {name: "" for name in INTERVENTION_FIELDS}
            for key, cell in zip(columns, row, strict=False):
                if key and not item[key]:
                    item[key] = cell.strip()
            if not item["title"]:
                continue
            raw_level, raw_target = item["level"], item["aimed_at"]
            item["level"] = vocab.lookup(levels, raw_level) if raw_level else ""
            item["aimed_at"] = vocab.lookup(targets, raw_target) if raw_target else section.aimed_at
            if not item["aimed_at"] and raw_target == "" and section.aimed_at:
                item["aimed_at"] = section.aimed_at
            for name, limit in (("title", TITLE_MAX), ("target_group", 200), ("responsible_unit", 200),
                                ("partners", 300), ("follow_up_when", 120)):
                item[name] = item[name].replace("\n", " ")[:limit]
            notes = []
            if item["level"] not in INTERVENTION_LEVEL_CODES:
                item["level"] = ""
                notes.append(f"niveau »{raw_level}« ikke genkendt" if raw_level else "intet niveau")
            if not item["aimed_at"]:
                notes.append(f"»rettet mod« »{raw_target}« ikke genkendt" if raw_target else "ikke angivet hvem den er rettet mod")
            self.result.interventions.append(item)
            note = f"Indsats: {item['title']}"
            if notes:
                message = f"Indsatsen »{item['title']}« (tabelrække {number}): {', '.join(notes)}. Vælg det i redigeringen."
                self.result.intervention_notes.append(message)
                note += f" ({', '.join(notes)}: vælges i redigeringen)"
            part.entries.append(Entry("intervention", text=item["title"], note=note))

    # -- section text with the centre's text blocks --

    def _stream(self, units, part):
        pending: list[str] = []

        def flush():
            if pending:
                html = "".join(pending)
                part.stream.append(("paragraph", html))
                pending.clear()

        n = 0
        while n < len(units):
            kind, html, text = units[n]
            if kind == "image":
                flush()
                part.stream.append(("image", html))
                part.entries.append(Entry("image", text=text, note=f"Billede: {text}"))
                n += 1
                continue
            found = self._text_block_at(units, n)
            if found:
                known, length, ratio, own = found
                if ratio >= BLOCK_EQUAL:
                    flush()
                    part.stream.append(("text_block", known.text_block.pk))
                    part.entries.append(Entry("text_block", text_block=known.text_block,
                                              note=f"Tekstblok {known.text_block.number} genkendt: {known.text_block.title} (henvisning)"))
                else:
                    chunk = units[n:n + length]
                    html_chunk = _units_html(chunk)
                    pending.append(html_chunk)
                    part.entries.append(Entry(
                        "changed_text_block", text_block=known.text_block, html=html_chunk,
                        diff_html=word_diff(" ".join(u[2] for u in chunk), known.display),
                        note=(f"Ligner tekstblok {known.text_block.number} ({known.text_block.title}), men ordlyden er "
                              "ændret: kommunens egen tekst beholdes"),
                    ))
                n += length
                continue
            j = n
            while j < len(units) and units[j][0] != "image" and (j == n or not self._text_block_at(units, j)):
                j += 1
            chunk = units[n:j]
            html_chunk = _units_html(chunk)
            pending.append(html_chunk)
            part.entries.append(Entry("text", text=" ".join(u[2] for u in chunk), html=html_chunk))
            n = j
        flush()

    def _text_block_at(self, units, n):
        """(known block, units used, similarity, the municipality's text) if a text block starts at n."""
        if units[n][0] in ("image", "table"):
            return None
        first = vocab.normalise(units[n][2])
        best = None
        for known in self.known_blocks:
            if _similar(first, known.units[0]) < BLOCK_SIMILAR:
                continue
            size = len(known.units)
            exact = units[n:n + size]
            if len(exact) == size and " ".join(vocab.normalise(u[2]) for u in exact) == known.joined:
                return known, size, 1.0, known.joined  # word for word: no need to look further
            known_words = known.words
            for length in sorted({size, size - 1, size + 1, size - 2, size + 2}):
                if length < 1 or n + length > len(units):
                    continue
                window = units[n:n + length]
                if any(u[0] in ("image", "table") for u in window):
                    continue
                own = " ".join(vocab.normalise(u[2]) for u in window)
                shared = len(known_words & set(own.split())) / max(len(known_words), 1)
                if shared < BLOCK_SIMILAR:  # cheap word overlap first; difflib only for likely matches
                    continue
                ratio = _similar(own, known.joined)
                if ratio >= BLOCK_SIMILAR and (best is None or ratio > best[2]):
                    best = (known, length, ratio, own)
        return best

    def _check_goals(self):
        if self.result.goals_found and not (3 <= len(self.result.goals) <= 5):
            self.result.notes.append(
                f"Dokumentet har {len(self.result.goals)} mål; skabelonen kræver 3-5, før planen kan sendes til godkendelse."
            )


# --- helpers ---------------------------------------------------------------------------------------


def _one_line(text: str, limit: int) -> str:
    text = " / ".join(line.strip() for line in str(text).splitlines() if line.strip())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _usable_picture(picture: Picture) -> bool:
    """A web image (PNG, JPEG, GIF, WebP) that Pillow can read, within Wagtail's upload limits."""
    if picture.content_type not in WEB_IMAGE_TYPES or len(picture.blob) > MAX_IMAGE_BYTES:
        return False
    try:
        with PILImage.open(io.BytesIO(picture.blob)) as image:
            width, height = image.size
            image.verify()
    except Exception:  # any unreadable or damaged picture: left out, named in the preview
        return False
    return width * height <= settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def _contact_like(text: str) -> bool:
    lowered = text.lower()
    return bool(re.search(r"\b(112|114|4174 ?9090|telefon|tlf\.?|e-?mail)\b", lowered))


def _as_block_html(kind: str, html: str) -> str:
    if kind.startswith("li:"):
        tag = kind[3:]
        return f"<{tag}><li>{html}</li></{tag}>"
    if kind in ("heading", "table") or html.startswith("<p"):
        return html
    return f"<p>{html}</p>"


def _units_html(units) -> str:
    """Rich text HTML for consecutive units: list items grouped into one list."""
    out, open_list = [], ""
    for kind, html, _text in units:
        list_kind = kind[3:] if kind.startswith("li:") else ""
        if open_list and list_kind != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if list_kind:
            if not open_list:
                out.append(f"<{list_kind}>")
                open_list = list_kind
            out.append(f"<li>{html}</li>")
        elif kind in ("heading", "table") or html.startswith("<p"):
            out.append(html)
        else:
            out.append(f"<p>{html}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "".join(out)


def _table_html(table: Table) -> str:
    """A table that is neither interventions nor procedure: kept as text, one paragraph a row."""
    return "".join(f"<p>{escape(' | '.join(c.replace(chr(10), ' ') for c in row))}</p>" for row in table.rows)


def _goal_title(html: str, text: str) -> tuple[str, str]:
    """A goal's title and description: a bold start is the title; else the first sentence when long."""
    match = re.match(r"^\s*<b>(.*?)</b>(.*)$", html, re.S)
    if match and strip_tags(match.group(2)).strip(" :–-"):
        title = strip_tags(match.group(1)).strip(" :–-")
        description = strip_tags(match.group(2)).strip().lstrip(":–-").strip()
        return title[:TITLE_MAX], description
    text = text.strip()
    if len(text) <= TITLE_MAX:
        return text, ""
    sentence = re.match(r"^(.{20,%d}?[.!?])\s+(.*)$" % TITLE_MAX, text, re.S)
    if sentence:
        return sentence.group(1), sentence.group(2)
    return text[:TITLE_MAX].rsplit(" ", 1)[0], text


def parse_date(value: str) -> dt.date | None:
    """A date as Danish documents write it: "8. april 2025", "08-04-2025", "8.4.2025", "2025-04-08"."""
    value = value.strip().rstrip(".").lower()
    months = vocab.data()["months"]
    match = re.search(r"(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})", value)
    try:
        if match:
            name = match.group(2)
            month = next((n for n, m in enumerate(months, start=1) if m.startswith(name[:3])), None)
            if month:
                return dt.date(int(match.group(3)), month, int(match.group(1)))
        match = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
        if match:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        match = re.search(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", value)
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None
    return None
