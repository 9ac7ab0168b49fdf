"""Real PDF, Word and OpenDocument files for the document search tests and the benchmark."""

import io
import zipfile

import docx
import pydyf
from odf.opendocument import OpenDocumentText
from odf.text import H, P
from pypdf import PdfReader, PdfWriter


def pdf(pages: list[str]) -> bytes:
    """A PDF with one line of (Latin-1) text per page; an empty string gives a page with no text,
    like a scan."""
    document = pydyf.PDF()
    font = pydyf.Dictionary({"Type": "/Font", "Subtype": "/Type1", "BaseFont": "/Helvetica",
                             "Encoding": "/WinAnsiEncoding"})
    document.add_object(font)
    for text in pages:
        content = pydyf.Stream()
        if text:
            content.begin_text()
            content.set_font_size("F1", 11)
            content.set_text_matrix(1, 0, 0, 1, 40, 780)
            content.stream.append(b"(" + text.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
                                  .replace(b")", b"\\)") + b") Tj")
            content.end_text()
        document.add_object(content)
        page = pydyf.Dictionary({
            "Type": "/Page", "Parent": document.pages.reference,
            "MediaBox": pydyf.Array([0, 0, 595, 842]), "Contents": content.reference,
            "Resources": pydyf.Dictionary({"Font": pydyf.Dictionary({"F1": font.reference})}),
        })
        document.add_object(page)
        document.pages["Kids"].extend([page.reference])
        document.pages["Count"] += 1
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def encrypted_pdf(text: str, password="hemmelig-kode") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf([text]))))
    writer.encrypt(user_password=password, owner_password=password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def word(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt(heading: str, paragraphs: list[str]) -> bytes:
    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=heading))
    for text in paragraphs:
        document.text.addElement(P(text=text))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def broken_word() -> bytes:
    """Passes the upload's content check (a zip with [Content_Types].xml) but is no Word document."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>ikke færdig")
    return out.getvalue()
