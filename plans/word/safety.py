"""Checks an uploaded file before anything reads it as Word: the size, what kind of file it really is
(not its name), macros, password protection and zip bombs. Every refusal is one clear Danish sentence."""

from __future__ import annotations

import io
import zipfile

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# What the parts of a .docx may unpack to, together and each compared with its packed size. A 40-page
# plan unpacks to a few MB; XML packs about 10:1, rarely beyond 50:1.
MAX_UNPACKED_BYTES = 150 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 5000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_TYPES = ("macroenabled", "vbaproject", "vnd.ms-office.vba")


class WordFileError(Exception):
    """A file that cannot be imported; str(error) is the Danish message for the user."""


def _size_mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}".replace(".", ",")


def check_docx(content: bytes) -> None:
    """Raise WordFileError unless `content` is a readable, macro-free, unencrypted .docx."""
    if not content:
        raise WordFileError("Filen er tom. Vælg den Word-fil (.docx), som planen er skrevet i.")
    if len(content) > MAX_UPLOAD_BYTES:
        raise WordFileError(
            f"Filen fylder {_size_mb(len(content))} MB; der kan højst importeres 20 MB. Gem planen uden store "
            "billeder, eller komprimér billederne i Word, og prøv igen."
        )
    head = content[:8]
    if head.startswith(b"%PDF"):
        raise WordFileError(
            "Filen er en PDF, ikke et Word-dokument. Åbn planen i Word, og gem den som Word-dokument (.docx)."
        )
    if head == OLE_MAGIC:
        # Word 97-2003 files and password-protected .docx files are both this container; an encrypted
        # .docx holds the streams "EncryptionInfo" and "EncryptedPackage" (names in UTF-16).
        if "EncryptionInfo".encode("utf-16-le") in content or "EncryptedPackage".encode("utf-16-le") in content:
            raise WordFileError(
                "Dokumentet er beskyttet med en adgangskode og kan ikke læses. Fjern adgangskoden i Word "
                "(Filer > Oplysninger > Beskyt dokument), gem, og prøv igen."
            )
        raise WordFileError(
            "Filen er et ældre Word-dokument (.doc). Åbn den i Word, og gem den som Word-dokument (.docx)."
        )
    if not head.startswith(b"PK"):
        raise WordFileError("Filen er ikke et Word-dokument (.docx). Vælg planen gemt som Word-dokument.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise WordFileError("Filen er ikke et Word-dokument (.docx): den er beskadiget eller ufuldstændig.") from None
    _check_bomb(members)
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names:
        raise WordFileError("Filen er et zip-arkiv, men ikke et Word-dokument (.docx).")
    try:
        content_types = archive.read("[Content_Types].xml").decode("utf-8", errors="replace").lower()
    except (zipfile.BadZipFile, ValueError, OSError, RuntimeError):
        raise WordFileError("Filen er ikke et Word-dokument (.docx): den er beskadiget eller ufuldstændig.") from None
    if any(word in content_types for word in MACRO_TYPES) or any(name.lower().endswith("vbaproject.bin") for name in names):
        raise WordFileError(
            "Dokumentet indeholder makroer (.docm) og importeres ikke. Gem det i Word som almindeligt "
            "Word-dokument (.docx), og prøv igen."
        )
    if WORD_MAIN not in content_types and WORD_TEMPLATE_MAIN not in content_types:
        raise WordFileError(
            "Filen er et Office-dokument, men ikke et Word-dokument (fx et regneark eller en præsentation). "
            "Vælg planen gemt som Word-dokument (.docx)."
        )


def _check_bomb(members) -> None:
    if len(members) > MAX_MEMBERS:
        raise WordFileError("Filen indeholder usædvanligt mange dele og er ikke læst. Gem planen i Word igen.")
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if member.file_size > 1024 * 1024 and member.file_size / packed > MAX_RATIO:
            raise WordFileError(
                "Filen pakker ud til langt mere, end den fylder (en såkaldt zip-bombe), og er ikke læst."
            )
    if total > MAX_UNPACKED_BYTES:
        raise WordFileError(
            f"Filen pakker ud til {_size_mb(total)} MB, mere end de {_size_mb(MAX_UNPACKED_BYTES)} MB, et "
            "Word-dokument kan fylde her. Den er ikke læst."
        )
