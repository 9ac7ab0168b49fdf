"""Text helpers shared by the document builder and the backends: the PostgreSQL text search
configuration per language, and plain text from field values."""

import re

from django.utils.html import strip_tags

# PostgreSQL text search configuration per language (the snowball stemmers; "arabic" also folds
# alef and hamza forms and drops vowel marks). An Arabic row built with an older "simple" config is
# rebuilt by migration 0004.
CONFIGS = {"da": "danish", "en": "english", "ar": "arabic"}
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f]")
SPACE_RE = re.compile(r"\s+")


def config_for(language: str) -> str:
    return CONFIGS.get(language, "simple")


def clean_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(clean_text(v) for v in value)
    if isinstance(value, dict):
        return " ".join(clean_text(v) for v in value.values())
    text = str(value)
    if "<" in text and ">" in text:
        text = strip_tags(text)
    text = CONTROL_RE.sub(" ", text)
    return SPACE_RE.sub(" ", text).strip()
