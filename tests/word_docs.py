"""Word documents for the import tests, made here in several shapes (python-docx, and LibreOffice as a
second producer). Each builder returns the .docx bytes."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt
from PIL import Image as PILImage

GOALS = [
    "Alle skoler og klubber kender infohuset inden udgangen af 2026",
    "En bekymring får en første vurdering inden for fem hverdage",
    "Mindst 150 fagpersoner om året deltager i et kursus",
]
APPENDIX_TEXT = "Kontaktliste for SSP-konsulenterne i kommunens fire distrikter."
ORGANISATION_TEXT = "Indsatsen er forankret i Børne- og Ungeforvaltningen med en tværfaglig styregruppe."
PRESS_TEXT = "Kun kommunikationschefen udtaler sig til medierne, altid efter aftale med politiet."
VISION_TEXT = "Kommunen vil opdage bekymringer tidligt og hjælpe både borgeren og de pårørende."


def png_bytes(colour=(20, 90, 160)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (60, 40), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def to_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _intervention_table(document, header, rows):
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


# Columns shuffled against the export's order; Danish words for level and target.
SHUFFLED_HEADER = ["Målgruppe", "Niveau", "Indsats", "Formål", "Rettet mod"]
SHUFFLED_ROWS = [
    ["Unge 15-25 år", "Foregribende", "Mentorforløb", "En voksen at tale med", "Borgeren"],
    ["Forældre", "Opbyggende", "Forældrecaféer", "Viden om tegn på mistrivsel", "Pårørende"],
    ["Lærere og pædagoger", "Bredt og noget helt andet", "Kursus om bekymringstegn", "Opsporing", "Fagprofessionelle"],
]


def styled_plan(with_image=True) -> bytes:
    """Word's own heading styles, numbered headings, the template's wording and synonyms ("Formål",
    "Målsætninger", "Presse og medier"), goals as bullets, an intervention table with shuffled columns,
    an appendix and a picture."""
    document = Document()
    document.add_paragraph("Beredskabsplan mod ekstremisme 2025", style="Title")
    document.add_paragraph("Politisk godkendt: 3. februar 2025")
    document.add_paragraph("Senest revideret: 15.01.2025")
    document.add_heading("1. Introduktion", level=1)
    document.add_heading("1.1 Formål", level=2)
    document.add_paragraph(VISION_TEXT)
    document.add_heading("1.2 Målsætninger", level=2)
    for goal in GOALS:
        document.add_paragraph(goal, style="List Bullet")
    document.add_heading("1.3 Ansvar og opfølgning", level=2)
    document.add_paragraph("Politisk niveau: Børne- og Ungeudvalget")
    document.add_paragraph("Strategisk niveau: Direktionen")
    document.add_heading("2. Organisering og samarbejde", level=1)
    document.add_heading("2.1 Organisering", level=2)
    document.add_paragraph(ORGANISATION_TEXT)
    if with_image:
        document.add_picture(io.BytesIO(png_bytes()))
    document.add_heading("3. Indsatser", level=1)
    _intervention_table(document, SHUFFLED_HEADER, SHUFFLED_ROWS)
    document.add_heading("4.4 Presse og medier", level=2)
    document.add_paragraph(PRESS_TEXT)
    document.add_heading("Bilag 1: Kontaktliste", level=1)
    document.add_paragraph(APPENDIX_TEXT)
    return to_bytes(document)


def overskrift_plan() -> bytes:
    """Custom (localised) heading styles named "Overskrift 1" / "Overskrift 2", not based on Word's
    headings; goals as "- " lines; an unknown chapter between two known ones (placed by position)."""
    document = Document()
    for level in (1, 2):
        style = document.styles.add_style(f"Overskrift {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.font.size = Pt(16 - 2 * level)
    document.add_paragraph("Vision", style="Overskrift 1")
    document.add_paragraph(VISION_TEXT)
    document.add_paragraph("Mål", style="Overskrift 1")
    for goal in GOALS:
        document.add_paragraph(f"- {goal}")
    document.add_paragraph("Ansvar og opfølgning", style="Overskrift 1")
    document.add_paragraph("Udførende niveau: SSP-teamet")
    document.add_paragraph("Vores tilgang til begreberne", style="Overskrift 1")  # 1.4 by position
    document.add_paragraph("Ekstremisme forstår vi som vold eller trusler begrundet i samfundsforhold.")
    document.add_paragraph("Bekymringstegn", style="Overskrift 1")
    document.add_paragraph("Tegnene er ikke en tjekliste, men en hjælp til at se nærmere på en situation.")
    document.add_paragraph("Indsatser rettet mod borgeren", style="Overskrift 1")
    document.add_paragraph("Vi arbejder med få, men grundige forløb.")
    document.add_paragraph().add_run("Exit-forløb").bold = True  # an intervention written as paragraphs
    document.add_paragraph("Formål: At hjælpe en person ud af et ekstremistisk miljø.")
    document.add_paragraph("Niveau: Indgribende")
    document.add_paragraph("Målgruppe: Personer over 18 år")
    document.add_paragraph("Pressehåndtering", style="Overskrift 1")
    document.add_paragraph(PRESS_TEXT)
    return to_bytes(document)


def bold_plan() -> bytes:
    """No heading styles at all: headings are bold lines, numbered ("1.2 Mål")."""
    document = Document()

    def bold(text):
        document.add_paragraph().add_run(text).bold = True

    bold("1.1 Vision og formål")
    document.add_paragraph(VISION_TEXT)
    bold("1.2 Mål")
    for goal in GOALS:
        document.add_paragraph(f"• {goal}")
    bold("2.1 Organisering")
    document.add_paragraph(ORGANISATION_TEXT)
    bold("4.4 Håndtering af pressen")
    document.add_paragraph(PRESS_TEXT)
    return to_bytes(document)


def text_block_plan(block_html_paragraphs: list[str], changed_paragraphs: list[str]) -> bytes:
    """A plan whose "Infohus-samarbejdet" holds a text block word for word, and whose "Infohus
    netværk" holds another text block with changed wording."""
    document = Document()
    document.add_heading("Infohus-samarbejdet", level=1)
    document.add_paragraph("Vi mødes hver anden uge i infohuset.")
    for text in block_html_paragraphs:
        document.add_paragraph(text)
    document.add_heading("Infohus netværk", level=1)
    for text in changed_paragraphs:
        document.add_paragraph(text)
    return to_bytes(document)


# --- LibreOffice (a second producer) ------------------------------------------------------------------


LIBREOFFICE_HTML = f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Handlingsplan</title></head><body>
<h1>Handlingsplan mod ekstremisme</h1>
<h2>1.1 Vision og formål</h2>
<p>{VISION_TEXT}</p>
<h2>1.2 Mål</h2>
<ul>{''.join(f'<li>{goal}</li>' for goal in GOALS)}</ul>
<h2>2.1 Organisering</h2>
<p>{ORGANISATION_TEXT}</p>
<h2>3. Indsatser</h2>
<table border="1">
<tr><th>Indsats</th><th>Rettet mod</th><th>Niveau</th><th>Målgruppe</th></tr>
<tr><td>Exit-samtaler</td><td>Borgeren</td><td>Indgribende</td><td>Personer i ekstreme miljøer</td></tr>
</table>
<h2>Presse og medier</h2>
<p>{PRESS_TEXT}</p>
</body></html>"""


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    assert path, "LibreOffice is missing: scripts/system-deps.sh installs libreoffice-writer"
    return path


def libreoffice_plan() -> bytes:
    """The plan written as HTML and converted to .docx by LibreOffice Writer (headless)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "plan.html"
        source.write_text(LIBREOFFICE_HTML, encoding="utf-8")
        profile = Path(folder) / "profile"
        subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--writer",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, str(source)],
            check=True, capture_output=True, timeout=120,
        )
        return (Path(folder) / "plan.docx").read_bytes()


# --- bad input ----------------------------------------------------------------------------------------


def zip_bytes(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def macro_docx() -> bytes:
    """A real document repackaged as macro-enabled (.docm content type and a vbaProject part)."""
    source = zipfile.ZipFile(io.BytesIO(styled_plan(with_image=False)))
    members = {name: source.read(name) for name in source.namelist()}
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    members["word/vbaProject.bin"] = b"\x00" * 64
    return zip_bytes(members)


def ole_container(streams: list[str]) -> bytes:
    """The start of a Compound File (OLE/CFB) container naming `streams` in its directory, as Word 97-2003
    files and password-protected .docx files are stored."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in streams)
    return header + directory + b"\x00" * 1024


def encrypted_docx(password="hemmelig") -> bytes:
    """A real password-protected .docx (encrypted as Word does, with msoffcrypto-tool)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(styled_plan(with_image=False))).encrypt(password, encrypted)
    return encrypted.getvalue()


def bomb_docx() -> bytes:
    """A zip whose one part unpacks to 200 MB from a few hundred kB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(200):
                member.write(chunk)
    return buffer.getvalue()
