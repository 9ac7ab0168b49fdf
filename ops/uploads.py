"""Upload validation for documents: the file's content must match its extension.

Wagtail already checks the extension (WAGTAILDOCS_EXTENSIONS) and the size
(WAGTAILDOCS_MAX_UPLOAD_SIZE); images are checked by Willow (real image formats only,
WAGTAILIMAGES_EXTENSIONS, WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_IMAGE_PIXELS). This
adds content sniffing, so an HTML page or a program renamed to .pdf is refused with a clear message.
"""

import os
import zipfile

from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm

OOXML = {"docx", "xlsx", "pptx"}
ODF = {"odt", "ods", "odp"}
TEXT = {"txt", "csv"}


def _read_head(uploaded, size=8192) -> bytes:
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(0)
    return head


def sniff_document(uploaded, name: str) -> None:
    """Raise ValidationError (in Danish) when the content does not match the extension."""
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    head = _read_head(uploaded)
    label = extension.upper()
    mismatch = ValidationError(
        f"Filen “{os.path.basename(name)}” er ikke en gyldig {label}-fil: indholdet passer ikke til "
        f"filtypen. Gem dokumentet som {label} igen, og upload det på ny.",
        code="content_mismatch",
    )
    if extension == "pdf":
        if not head.lstrip()[:5] == b"%PDF-":
            raise mismatch
    elif extension in OOXML | ODF:
        if not head.startswith(b"PK\x03\x04"):
            raise mismatch
        try:
            uploaded.seek(0)
            with zipfile.ZipFile(uploaded) as archive:
                names = set(archive.namelist())
                if extension in OOXML and "[Content_Types].xml" not in names:
                    raise mismatch
                if extension in ODF:
                    if "mimetype" not in names or not archive.read("mimetype").startswith(
                        b"application/vnd.oasis.opendocument"
                    ):
                        raise mismatch
        except zipfile.BadZipFile:
            raise mismatch from None
        finally:
            uploaded.seek(0)
    elif extension in TEXT:
        if b"\x00" in head:
            raise mismatch
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            # A multi-byte character cut at the end of the sample is fine.
            if exc.start < len(head) - 4:
                try:
                    head.decode("cp1252")
                except UnicodeDecodeError:
                    raise mismatch from None
        lowered = head.lstrip().lower()
        if lowered.startswith((b"<!doctype html", b"<html", b"<script", b"<svg")):
            raise mismatch


class SafeDocumentForm(BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE: Wagtail's document form plus content sniffing."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data and hasattr(uploaded, "read"):
            sniff_document(uploaded, uploaded.name)
        return uploaded
