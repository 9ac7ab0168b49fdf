"""The plan as a Word document (python-docx), served at <plan url>docx/.

Municipal councils approve plans as documents. The document has the plan's title, municipality, police
district, approval and revision dates, the contact points, every section of the template with the
centre's text blocks written out (the plan's names filled in), the goals, the concern procedure and the
interventions as tables. It uses Word's own heading and list styles, so the import (plans.word.mapping)
reads it back into the same plan.

Like the PDF, the route lives on the page (RoutablePageMixin): Wagtail's view restrictions run first."""

from __future__ import annotations

import io
import re

import lxml.html
from django.http import HttpResponse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from wagtail.rich_text import expand_db_html

from core import phone
from plans.blocks import PlanTextBlockReferenceBlock
from plans.word.vocabulary import data, section

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "div", "blockquote", "table"}


INTERVENTION_HEADERS = [
    ("title", "Indsats"), ("aimed_at", "Rettet mod"), ("level", "Niveau"), ("purpose", "Formål"),
    ("content", "Indhold"), ("target_group", "Målgruppe"), ("responsible_unit", "Ansvarlig enhed"),
    ("partners", "Samarbejdspartnere"), ("follow_up_how", "Opfølgning: hvordan"), ("follow_up_when", "Opfølgning: hvornår"),
]
PROCEDURE_HEADERS = [("phase", "Fase"), ("title", "Trin"), ("description", "Hvad sker der"),
                     ("responsible", "Hvem gør det"), ("timeframe", "Hvornår")]

LAYOUT = [
    # (heading level, section key, how the part is written)
    (1, "introduction", None),
    (2, "vision", "stream"),
    (2, "goals", "goals"),
    (2, "responsibility", "responsibility"),
    (2, "definitions", "stream"),
    (2, "signs_of_concern", "stream"),
    (1, "organisation_group", None),
    (2, "organisation", "stream"),
    (2, "infohus_cooperation", "stream"),
    (2, "procedure", "procedure"),
    (2, "network", "stream"),
    (1, "interventions", "interventions"),
    (1, "communication_group", None),
    (2, "communication", "stream"),
    (2, "training", "stream"),
    (2, "acute_situations", "stream"),
    (2, "press", "stream"),
]


class PlanDocument:
    def __init__(self, page, contact_points=()):
        self.page = page
        self.contact_points = list(contact_points)
        self.document = Document()
        self.context = {"page": page}
        self._styles()

    def _styles(self):
        styles = self.document.styles
        styles["Normal"].font.name = "Calibri"
        styles["Normal"].font.size = Pt(11)
        for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
            styles[name].font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
        self.document.core_properties.title = self.page.title
        self.document.core_properties.language = self.page.locale.language_code
        self.document.core_properties.author = self.page.municipality.name

    # --- the document ---

    def build(self) -> bytes:
        page = self.page
        municipality, district = page.placeholder_names()
        self.document.add_paragraph(page.title, style="Title")
        self.document.add_paragraph(_("Handlingsplan mod ekstremisme"))
        not_given = _("Ikke oplyst")
        facts = [
            (_("Kommune"), municipality.name),
            (_("Politikreds"), getattr(district, "name", "") or not_given),
            (_("Politisk godkendt"), self._date(page.political_approval_date) or not_given),
            (_("Senest revideret"), self._date(page.last_revised) or not_given),
            (_("Næste revision"), self._date(page.next_revision) or not_given),
            (_("Revideres"), str(page.get_revision_interval_months_display())),
        ]
        for label, value in facts:
            paragraph = self.document.add_paragraph()
            paragraph.add_run(f"{label}:").bold = True
            paragraph.add_run(f" {value}")
        if page.summary:
            self.document.add_paragraph(page.summary)
        self._contacts()
        for level, key, how in LAYOUT:
            spec = section(key)
            self.document.add_heading(f"{spec.number}{'.' if level == 1 else ''} {_(spec.label)}", level=level)
            if how == "stream":
                self._stream(getattr(page, spec.field))
            elif how == "goals":
                self._goals()
            elif how == "responsibility":
                self._responsibility()
            elif how == "procedure":
                self._procedure()
            elif how == "interventions":
                self._interventions()
        if page.other_content:
            self.document.add_heading(_("Bilag og andet indhold"), level=1)
            self._stream(page.other_content)
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def _date(self, value) -> str:
        return date_format(value, "DATE_FORMAT") if value else ""

    def _contacts(self):
        self.document.add_heading(_("Er du bekymret for en person?"), level=1)
        infohus = self.page.municipality_infohus
        if infohus:
            lines = [infohus.name + (f" ({infohus.unit})" if infohus.unit else "")]
            if infohus.phone:
                lines.append(f"{_('Telefon')}: {phone.display(infohus.phone)}")
            if infohus.email:
                lines.append(f"{_('E-mail')}: {infohus.email}")
            if infohus.hours_text:
                lines.append(f"{_('Åbent')}: {infohus.hours_text}")
            if infohus.note:
                lines.append(infohus.note)
            self._lines(lines)
        for point in self.contact_points:
            first = point.name + (f": {phone.display(point.phone)}" if point.phone else "")
            rest = str(point.hours_text() if callable(point.hours_text) else point.hours_text)
            if point.description:
                rest += f". {point.description}"
            self._lines([first, rest])

    def _lines(self, lines):
        paragraph = self.document.add_paragraph()
        for n, line in enumerate(lines):
            run = paragraph.add_run(line)
            if n == 0:
                run.bold = True
            if n < len(lines) - 1:
                run.add_break(WD_BREAK.LINE)

    # --- sections ---

    def _stream(self, stream):
        if not stream:
            self.document.add_paragraph(_("Afsnittet er ikke udfyldt."))
            return
        for child in stream:
            if child.block_type == "paragraph":
                self._html(child.value.source if hasattr(child.value, "source") else str(child.value))
            elif child.block_type == "text_block" and isinstance(child.block, PlanTextBlockReferenceBlock):
                text_block = child.block.published_text_block(child.value, self.context)
                if text_block is not None:
                    self._html(str(child.block.body_html(text_block, self.context)), headings_as_bold=True)
            elif child.block_type == "image":
                self._image(child.value)

    def _goals(self):
        goals = list(self.page.goals or [])
        if not goals:
            self.document.add_paragraph(_("Ingen mål er beskrevet."))
        for goal in goals:
            paragraph = self.document.add_paragraph(style="List Number")
            paragraph.add_run(goal.value["title"]).bold = True
            if goal.value.get("description"):
                self._text_paragraph(goal.value["description"])

    def _responsibility(self):
        page = self.page
        for name in ("responsibility_political", "responsibility_strategic", "responsibility_executive",
                     "revision_process"):
            value = getattr(page, name)
            if value:
                label = data()["responsibility"][name][0]
                paragraph = self.document.add_paragraph()
                paragraph.add_run(f"{_(label)}:").bold = True
                self._add_lines(paragraph, " " + value)

    def _procedure(self):
        steps = list(self.page.concern_procedure or [])
        if steps:
            rows = []
            for step in steps:
                value = step.value
                rows.append([value.get("phase") or "", value["title"],
                             _plain(value["description"].source if value.get("description") else ""),
                             value.get("responsible") or "", value.get("timeframe") or ""])
            self._table([_(label) for _key, label in PROCEDURE_HEADERS], rows, widths=[1.3, 3.2, 7.5, 2.8, 2.2])
        if self.page.procedure_notes:
            self._stream(self.page.procedure_notes)
        elif not steps:
            self.document.add_paragraph(_("Proceduren er ikke beskrevet."))

    def _interventions(self):
        page = self.page
        if page.interventions_intro:
            self._html(expand_db_html(page.interventions_intro))
        items = list(page.interventions.all())
        if not items:
            self.document.add_paragraph(_("Ingen indsatser er beskrevet."))
            return
        rows = []
        for item in items:
            rows.append([
                item.title, str(item.get_aimed_at_display()) if item.aimed_at else "",
                str(item.get_level_display()) if item.level else "", item.purpose, item.content, item.target_group,
                item.responsible_unit, item.partners, item.follow_up_how, item.follow_up_when,
            ])
        section_ = self.document.add_section()
        section_.orientation = WD_ORIENT.LANDSCAPE
        section_.page_width, section_.page_height = section_.page_height, section_.page_width
        self._table([_(label) for _key, label in INTERVENTION_HEADERS], rows, size=Pt(8),
                    widths=[2.6, 2.0, 1.9, 3.0, 3.8, 2.1, 2.1, 2.3, 2.3, 1.8])
        back = self.document.add_section()
        back.orientation = WD_ORIENT.PORTRAIT
        back.page_width, back.page_height = back.page_height, back.page_width

    def _table(self, headers, rows, size=None, widths=None):
        table = self.document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        table.autofit = False
        for cell, text in zip(table.rows[0].cells, headers, strict=False):
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            if size:
                run.font.size = size
        # The header row repeats on every page.
        header_props = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header_props.append(repeat)
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=False):
                lines = str(text or "").splitlines() or [""]
                cell.text = ""
                paragraph = cell.paragraphs[0]
                for n, line in enumerate(lines):
                    if n:
                        paragraph = cell.add_paragraph()
                    run = paragraph.add_run(line)
                    if size:
                        run.font.size = size
        if widths:
            for column, width in zip(table.columns, widths, strict=False):
                column.width = Cm(width)
            for row in table.rows:
                for cell, width in zip(row.cells, widths, strict=False):
                    cell.width = Cm(width)

    def _image(self, value):
        image = value.get("image") if hasattr(value, "get") else None
        if image is None:
            return
        try:
            with image.open_file() as handle:
                blob = handle.read()
        except (OSError, ValueError):
            return
        self.document.add_picture(io.BytesIO(blob), width=Cm(min(15, (image.width or 600) / 40)))
        picture = self.document.paragraphs[-1]
        props = picture._p.xpath(".//wp:docPr")
        if props:
            props[0].set("descr", value.get("caption") or image.title)
        if value.get("caption"):
            self.document.add_paragraph(value["caption"], style="Caption")

    # --- rich text ---

    def _text_paragraph(self, text: str, style=None):
        paragraph = self.document.add_paragraph(style=style)
        self._add_lines(paragraph, text)
        return paragraph

    def _add_lines(self, paragraph, text: str):
        for n, line in enumerate(str(text).splitlines()):
            if n:
                paragraph.add_run().add_break(WD_BREAK.LINE)
            paragraph.add_run(line)

    def _html(self, html: str, *, headings_as_bold=False):
        """Rich text as Word paragraphs: headings, paragraphs, bulleted and numbered lists. Inside a
        text block, headings are written bold (not as Word headings), so they never read as sections."""
        html = expand_db_html(html) if "<embed" in html or "linktype" in html else html
        if not html.strip():
            return
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        self._children(root, headings_as_bold)

    def _children(self, element, headings_as_bold, list_style=None):
        inline = []
        for child in _nodes(element):
            if isinstance(child, str) or child.tag not in BLOCK_TAGS:
                inline.append(child)
                continue
            self._inline_paragraph(inline, list_style)
            inline = []
            tag = child.tag
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                if headings_as_bold:
                    paragraph = self.document.add_paragraph()
                    paragraph.add_run(child.text_content().strip()).bold = True
                else:
                    self.document.add_heading(child.text_content().strip(), level=min(int(tag[1]) or 3, 4))
            elif tag in ("ul", "ol"):
                style = "List Bullet" if tag == "ul" else "List Number"
                for item in child.iterchildren("li"):
                    self._children(item, headings_as_bold, list_style=style)
            elif tag in ("p", "li", "div", "blockquote"):
                self._children(child, headings_as_bold, list_style=list_style if tag == "li" else None)
            elif tag == "table":
                for row in child.iter("tr"):
                    self.document.add_paragraph(" | ".join(c.text_content().strip() for c in row))
        self._inline_paragraph(inline, list_style)

    def _inline_paragraph(self, nodes, list_style):
        if not any((n.strip() if isinstance(n, str) else n.text_content().strip() or n.tag == "br") for n in nodes):
            return
        paragraph = self.document.add_paragraph(style=list_style)
        for node in nodes:
            self._inline(paragraph, node, bold=False, italic=False)

    def _inline(self, paragraph, node, *, bold, italic):
        if isinstance(node, str):
            if node:
                run = paragraph.add_run(re.sub(r"\s+", " ", node))
                run.bold = bold or None
                run.italic = italic or None
            return
        tag = node.tag
        if tag == "br":
            paragraph.add_run().add_break(WD_BREAK.LINE)
            return
        bold = bold or tag in ("b", "strong")
        italic = italic or tag in ("i", "em")
        if tag == "a" and node.get("href", "").startswith(("http://", "https://", "mailto:")):
            _hyperlink(paragraph, node.get("href"), node.text_content())
            return
        for child in _nodes(node):
            self._inline(paragraph, child, bold=bold, italic=italic)


def _nodes(element):
    """An element's content as text pieces and child elements, in order."""
    if element.text:
        yield element.text
    for child in element:
        yield child
        if child.tail:
            yield child.tail


def _plain(html: str) -> str:
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    lines = [" ".join(el.text_content().split()) for el in root.iter("p", "li")]
    return "\n".join(line for line in lines if line) or " ".join(root.text_content().split())


def _hyperlink(paragraph, url: str, text: str):
    """A clickable link (python-docx has no public call for one: the documented OOXML element)."""
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    run.append(props)
    text_element = OxmlElement("w:t")
    text_element.text = " ".join(text.split())
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def render_plan_docx(page, contact_points=()) -> bytes:
    """The plan as .docx bytes, in the plan's language; `contact_points`: the national contact points
    after the municipality's infohus (plans.models.plan_contact_points)."""
    with translation.override(page.locale.language_code):
        return PlanDocument(page, contact_points).build()


def plan_docx_response(page, request, contact_points=()) -> HttpResponse:
    response = HttpResponse(render_plan_docx(page, contact_points), content_type=DOCX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="handlingsplan-{page.slug}.docx"'
    # Like the PDF: never in a shared cache when restricted (ops.pagecache also marks it private).
    restricted = page.get_view_restrictions().exists()
    response["Cache-Control"] = "private, no-store" if restricted else "public, max-age=300"
    return response
