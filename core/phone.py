"""Phone numbers as readers expect them, in one place for every template and the PDF."""

from __future__ import annotations

from django.utils.html import format_html

from core.i18n import active_language


def digits(number) -> str:
    return "".join(ch for ch in str(number or "") if ch.isdigit())


def display(number, language: str | None = None) -> str:
    """Danish readers get '4174 9090'; English and Arabic readers the international form
    '+45 4174 9090' (short numbers like 112 stay as they are). Arabic pages keep the number
    left-to-right (<bdi dir="ltr">), so it never reads backwards inside Arabic text."""
    if not number:
        return ""
    language = language or active_language()
    text = str(number).strip()
    found = digits(text)
    if language != "da" and not text.startswith("+") and len(found) == 8:
        text = f"+45 {found[:4]} {found[4:]}"
    if language == "ar":
        return format_html('<bdi dir="ltr">{}</bdi>', text)
    return text


def href(number) -> str:
    """A tel: link; Danish 8-digit numbers get +45."""
    text = str(number or "")
    kept = "".join(ch for ch in text if ch.isdigit() or ch == "+")
    if kept and not kept.startswith("+") and len(kept) == 8:
        kept = "+45" + kept
    return f"tel:{kept}"
