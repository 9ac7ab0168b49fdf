"""Text from uploaded documents, for the site search: PDF (pypdf), Word .docx (python-docx),
OpenDocument .odt (odfpy) and plain text (.txt, .csv).

Never raises: a file that cannot be read (encrypted, corrupt, a scan with no text layer, too large,
a type we do not read) gives empty or partial text and a note in Danish for the editors; the upload
itself is never refused because of it. Extraction is capped so one file cannot stall the site: at
most MAX_BYTES are read, MAX_PAGES pages, MAX_CHARS characters, and it stops after MAX_SECONDS
(checked after every page or paragraph).
"""

import io
import logging
import time
import zipfile
from dataclasses import dataclass

import docx
from django.utils.translation import gettext_noop
from odf import opendocument
from odf.element import Node
from pypdf import PdfReader

logger = logging.getLogger(__name__)

MAX_BYTES = 25 * 1024 * 1024  # uploads are limited to 20 MB (WAGTAILDOCS_MAX_UPLOAD_SIZE)
MAX_PAGES = 300
MAX_CHARS = 200_000
MAX_SECONDS = 10.0

FILE_TYPES = {"pdf": "PDF", "docx": "Word", "odt": "ODT", "txt": "Tekst", "csv": "CSV", "xlsx": "Excel"}

NOTE_ENCRYPTED = gettext_noop("Filen er krypteret eller beskyttet med adgangskode, så dens tekst kan ikke søges. Kun titlen kan søges.")
NOTE_UNREADABLE = gettext_noop("Filen kunne ikke læses (den er måske beskadiget), så dens tekst kan ikke søges. Kun titlen kan søges.")
NOTE_NO_TEXT = gettext_noop("Filen indeholder ingen tekst, der kan læses (fx en scannet PDF). Kun titlen kan søges.")
NOTE_TOO_LARGE = gettext_noop("Filen er for stor til at blive læst til søgningen. Kun titlen kan søges.")
NOTE_UNSUPPORTED = gettext_noop("Teksten i denne filtype læses ikke til søgningen. Kun titlen kan søges.")
NOTE_CUT = "Kun den første del af teksten kan søges ({reason})."
# The notes an editor may read, in their admin language (search/forms.py).
NOTES = (NOTE_ENCRYPTED, NOTE_UNREADABLE, NOTE_NO_TEXT, NOTE_TOO_LARGE, NOTE_UNSUPPORTED)


class _Stop(Exception):
    """A cap was reached: keep what was read so far."""


@dataclass
class Extracted:
    text: str = ""
    pages: int = 0
    note: str = ""
    seconds: float = 0.0


class _Collector:
    def __init__(self, max_chars, deadline):
        self.parts: list[str] = []
        self.chars = 0
        self.max_chars = max_chars
        self.deadline = deadline
        self.cut = ""

    def add(self, text: str):
        if text:
            text = text.strip()
        if text:
            room = self.max_chars - self.chars
            self.parts.append(text[:room])
            self.chars += min(len(text), room) + 1
            if self.chars >= self.max_chars:
                self.cut = f"højst {self.max_chars:,} tegn".replace(",", ".")
                raise _Stop
        if time.monotonic() > self.deadline:
            self.cut = "tidsgrænsen for læsning blev nået"
            raise _Stop

    @property
    def text(self) -> str:
        return "\n".join(self.parts)


def file_type(extension: str) -> str:
    return FILE_TYPES.get(extension.lower().lstrip("."), extension.upper().lstrip(".")[:10])


def _pdf(data: bytes, out: _Collector, max_pages: int) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):  # many "protected" PDFs open with an empty user password
                return 0, NOTE_ENCRYPTED
        except Exception:  # noqa: BLE001 - unsupported encryption
            return 0, NOTE_ENCRYPTED
    total = len(reader.pages)
    note = ""
    if total > max_pages:
        out.cut = f"de første {max_pages} af {total} sider"
    for number, page in enumerate(reader.pages):
        if number >= max_pages:
            break
        try:
            out.add(page.extract_text() or "")
        except _Stop:
            raise
        except Exception:  # noqa: BLE001 - one broken page does not lose the rest
            logger.info("search: could not read page %s of a PDF", number + 1)
    return total, note


def _docx(data: bytes, out: _Collector) -> tuple[int, str]:
    document = docx.Document(io.BytesIO(data))
    for block in document.iter_inner_content():  # paragraphs and tables, in document order
        if hasattr(block, "rows"):
            for row in block.rows:
                out.add(" | ".join(cell.text for cell in row.cells))
        else:
            out.add(block.text)
    return 0, ""


def _odt(data: bytes, out: _Collector) -> tuple[int, str]:
    document = opendocument.load(io.BytesIO(data))
    block_tags = {"p", "h", "list-item", "table-cell"}

    def walk(node, buffer):
        for child in node.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                buffer.append(str(child.data))
            elif child.nodeType == Node.ELEMENT_NODE:
                name = child.qname[1] if child.qname else ""
                if name == "s":
                    buffer.append(" ")
                elif name in ("tab", "line-break"):
                    buffer.append(" ")
                walk(child, buffer)
                if name in block_tags:
                    out.add("".join(buffer))
                    buffer.clear()

    buffer: list[str] = []
    walk(document.text, buffer)
    out.add("".join(buffer))
    return 0, ""


def _plain(data: bytes, out: _Collector) -> tuple[int, str]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    for line in text.splitlines():
        out.add(line)
    return 0, ""


def extract(data: bytes, extension: str, *, max_pages=MAX_PAGES, max_chars=MAX_CHARS,
            max_seconds=MAX_SECONDS) -> Extracted:
    """The text of one file's bytes; `extension` without the dot."""
    start = time.monotonic()
    extension = extension.lower().lstrip(".")
    readers = {"pdf": lambda: _pdf(data, out, max_pages), "docx": lambda: _docx(data, out),
               "odt": lambda: _odt(data, out), "txt": lambda: _plain(data, out), "csv": lambda: _plain(data, out)}
    if extension not in readers:
        return Extracted(note=NOTE_UNSUPPORTED)
    if len(data) > MAX_BYTES:
        return Extracted(note=NOTE_TOO_LARGE)
    out = _Collector(max_chars, start + max_seconds)
    pages, note = 0, ""
    try:
        pages, note = readers[extension]()
    except _Stop:
        pass
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as error:
        logger.info("search: could not read a .%s file: %s", extension, error)
        note = NOTE_UNREADABLE
    except Exception as error:  # noqa: BLE001 - any library error on a bad file is a note, never a 500
        logger.info("search: could not read a .%s file: %s", extension, error)
        note = NOTE_UNREADABLE
    text = out.text
    if not note and not text.strip():
        note = NOTE_NO_TEXT
    elif not note and out.cut:
        note = NOTE_CUT.format(reason=out.cut)
    return Extracted(text=text, pages=pages, note=note, seconds=time.monotonic() - start)
