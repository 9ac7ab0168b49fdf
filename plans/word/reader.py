"""Reads a .docx (python-docx) into a flat list of parts in document order: paragraphs (with their
inline formatting as HTML, heading level, list kind, pictures) and tables (cell texts)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from django.utils.html import escape
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from plans.word.vocabulary import data, normalise

HEADING_RE = re.compile(r"^\s*([a-zæøå ]+?)\s*(\d)\s*$")
MAX_HEADING_CHARS = 160


@dataclass
class Picture:
    blob: bytes
    filename: str
    content_type: str
    description: str = ""


@dataclass
class Para:
    text: str
    html: str  # inline HTML: <b>, <i>, <a>
    heading_level: int | None = None  # from the paragraph's style: 0 = title, 1.. = heading levels
    bold_only: bool = False
    list_kind: str = ""  # "ul" / "ol" for list items
    pictures: list[Picture] = field(default_factory=list)
    style: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.text.strip() and not self.pictures


@dataclass
class Table:
    rows: list[list[str]]


def read_docx(content: bytes) -> tuple[list, str]:
    """The document's parts in order, and its title from the file's properties."""
    document = Document(io.BytesIO(content))
    numbering = _numbering_formats(document)
    styles: dict = {}
    parts = []
    for block in document.iter_inner_content():
        if isinstance(block, DocxParagraph):
            para = _paragraph(block, numbering, styles)
            if para.style.lower().startswith("toc"):
                continue  # a table of contents repeats the headings
            if not para.is_empty:
                parts.append(para)
        elif isinstance(block, DocxTable):
            rows = [_row_texts(row) for row in block.rows]
            rows = [row for row in rows if any(c.strip() for c in row)]
            if rows:
                parts.append(Table(rows))
    return parts, (document.core_properties.title or "").strip()


def _cell_text(cell) -> str:
    return "\n".join(p.text.strip() for p in cell.paragraphs if p.text.strip())


def _row_texts(row) -> list[str]:
    # python-docx repeats a horizontally merged cell once per grid column: keep it once.
    texts, previous = [], None
    for cell in row.cells:
        if previous is not None and cell._tc is previous:
            continue
        previous = cell._tc
        texts.append(_cell_text(cell))
    return texts


# --- paragraphs ------------------------------------------------------------------------------------


def _style_chain(style):
    seen = 0
    while style is not None and seen < 10:
        yield style
        style = style.base_style
        seen += 1


def _style_heading_level(style) -> int | None:
    """The heading level a paragraph style gives (0 = title), following the styles it is based on."""
    vocabulary = data()
    for item in _style_chain(style):
        name = (item.name or "").strip().lower()
        if name in vocabulary["title_styles"]:
            return 0
        match = HEADING_RE.match(name) or HEADING_RE.match(re.sub(r"(\d)$", r" \1", (item.style_id or "").lower()))
        if match and match.group(1).strip() in vocabulary["heading_styles"]:
            return int(match.group(2))
        level = _outline_level(item.element)
        if level is not None:
            return level
    return None


def _outline_level(element) -> int | None:
    outline = element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}") if element is not None else None
    value = outline.get(qn("w:val"), "9") if outline is not None else "9"
    return int(value) + 1 if value.isdigit() and int(value) < 9 else None


def _style_bold(style) -> bool:
    for item in _style_chain(style):
        bold = item.font.bold if hasattr(item, "font") else None
        if bold is not None:
            return bool(bold)
    return False


@dataclass
class StyleInfo:
    name: str
    heading_level: int | None
    bold: bool
    num_pr: object  # the style's own numbering (w:numPr), if any


def _style_info(paragraph, cache: dict) -> StyleInfo:
    """What a paragraph's style means for the import, worked out once per style: python-docx looks a
    style up by scanning all styles, so the paragraph's style id (w:pStyle) is the cache key."""
    key = paragraph._p.style
    if key not in cache:
        style = paragraph.style
        num_pr = None
        for item in _style_chain(style):
            if item.element is not None and item.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None:
                num_pr = item.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
                break
        cache[key] = StyleInfo(style.name if style is not None else "", _style_heading_level(style),
                               _style_bold(style), num_pr)
    return cache[key]


def _numbering_formats(document) -> dict[tuple[str, str], str]:
    """{(numId, ilvl): numFmt} from the document's numbering part, to tell bullets from numbers."""
    try:
        part = document.part.numbering_part
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    root = part.element
    abstract = {}
    for node in root.findall(qn("w:abstractNum")):
        levels = {}
        for level in node.findall(qn("w:lvl")):
            fmt = level.find(qn("w:numFmt"))
            levels[level.get(qn("w:ilvl"))] = fmt.get(qn("w:val")) if fmt is not None else "bullet"
        abstract[node.get(qn("w:abstractNumId"))] = levels
    formats = {}
    for num in root.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        levels = abstract.get(ref.get(qn("w:val")) if ref is not None else None, {})
        for ilvl, fmt in levels.items():
            formats[(num.get(qn("w:numId")), ilvl)] = fmt
    return formats


def _list_kind(paragraph, numbering, info: StyleInfo) -> str:
    lowered = info.name.lower()
    if "number" in lowered or "nummer" in lowered or "tal" in lowered.split():
        return "ol"
    num_pr = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if num_pr is None:
        num_pr = info.num_pr
    if num_pr is not None:
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        key = (num_id.get(qn("w:val")) if num_id is not None else None, ilvl.get(qn("w:val")) if ilvl is not None else "0")
        if key[0] == "0":
            return ""  # numbering switched off
        fmt = numbering.get(key, "bullet")
        return "ul" if fmt in ("bullet", "none") else "ol"
    if "bullet" in lowered or "punkt" in lowered or lowered.startswith("list"):
        return "ul"
    return ""


def _paragraph(paragraph, numbering, styles: dict) -> Para:
    info = _style_info(paragraph, styles)
    style_name = info.name
    pieces, plain, pictures = [], [], []
    style_bold = info.bold
    all_bold = True
    for item in paragraph.iter_inner_content():
        runs = item.runs if hasattr(item, "runs") and not hasattr(item, "bold") else [item]
        href = getattr(item, "address", "") if not hasattr(item, "bold") else ""
        chunk = []
        for run in runs:
            text = ""
            for inner in run.iter_inner_content():
                if isinstance(inner, str):
                    text += inner
                elif getattr(inner, "has_picture", False):
                    pictures.append(_picture(inner))
            if not text:
                continue
            plain.append(text)
            bold = run.bold if run.bold is not None else style_bold
            if text.strip() and not bold:
                all_bold = False
            html = escape(text)
            if run.italic:
                html = f"<i>{html}</i>"
            if run.bold:
                html = f"<b>{html}</b>"
            chunk.append(html)
        html = "".join(chunk)
        if href and href.startswith(("http://", "https://", "mailto:")) and html:
            html = f'<a href="{escape(href)}">{html}</a>'
        pieces.append(html)
    text = "".join(plain).replace("\xa0", " ")
    html = "".join(pieces).replace("</b><b>", "").replace("</i><i>", "")
    html = html.replace("\n", "<br>").replace("\t", " ")
    level = _outline_level(paragraph._p)
    level = info.heading_level if level is None else level
    list_kind = _list_kind(paragraph, numbering, info) if level is None else ""
    stripped = text.strip()
    if not list_kind:
        for mark in data()["bullet_marks"]:
            if stripped.startswith(mark.strip() + " ") and len(stripped) > len(mark):
                list_kind = "ul"
                text = stripped[len(mark.strip()):].strip()
                html = re.sub(r"^(\s|<[bi]>)*" + re.escape(mark.strip()) + r"\s*", "", html, count=1)
                break
    bold_only = bool(stripped) and all_bold and len(stripped) <= MAX_HEADING_CHARS and level is None and not list_kind
    return Para(
        text=text.strip(), html=html.strip(), heading_level=level, bold_only=bold_only,
        list_kind=list_kind, pictures=pictures, style=style_name,
    )


def _picture(drawing) -> Picture:
    try:
        image = drawing.image
    except Exception:  # a damaged or unknown picture part: named in the preview, not imported
        return Picture(blob=b"", filename="billede", content_type="ukendt format")
    description = ""
    props = drawing._drawing.xpath(".//wp:docPr")
    if props:
        description = props[0].get("descr") or props[0].get("title") or ""
    return Picture(blob=image.blob, filename=image.filename or f"billede.{image.ext}", content_type=image.content_type,
                   description=description)


def normalised_text(part) -> str:
    return normalise(part.text if isinstance(part, Para) else " ".join(" ".join(r) for r in part.rows))
