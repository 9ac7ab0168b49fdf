"""Demo content for the national guidance: text blocks, signs of concern, the national concept's
elements, and the guide's pages. Idempotent: objects are found by a fixed translation key (snippets)
or slug (pages), and saved/published only when something changed."""

import uuid

from django.conf import settings
from wagtail.models import Locale

from guidance import demo_snippets as data
from guidance.models import ConceptElement, SignOfConcern, TextBlock
from home.demo_utils import publish_if_changed, set_fields

# A fixed namespace so every snippet gets the same translation key on every machine.
NAMESPACE = uuid.UUID("5b0b7f6e-3c59-4a77-9d2a-6a4f3f1e0c11")


def translation_key(kind: str, slug: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{slug}")


def _upsert(model, translation_key_, locale, **values):
    obj = model.objects.filter(translation_key=translation_key_, locale=locale).first()
    if obj is None:
        obj = model(translation_key=translation_key_, locale=locale)
    changed = set_fields(obj, **values)
    return publish_if_changed(obj, changed)


def ensure_text_blocks(locale):
    return [
        _upsert(TextBlock, translation_key("textblock", str(item["number"])), locale, **item)
        for item in data.TEXT_BLOCKS
    ]


def ensure_signs(locale):
    signs = []
    for index, (slug, group, severity, text, explanation) in enumerate(data.SIGNS):
        signs.append(
            _upsert(
                SignOfConcern,
                translation_key("sign", slug),
                locale,
                text=text,
                explanation=explanation,
                group=group,
                severity=severity,
                sort_order=(index + 1) * 10,
            )
        )
    return signs


def ensure_concept_elements(locale):
    elements = []
    for index, (key, name, level, levels, description) in enumerate(data.CONCEPT_ELEMENTS):
        elements.append(
            _upsert(
                ConceptElement,
                translation_key("concept", key),
                locale,
                key=key,
                name=name,
                level=level,
                building="opbyggende" in levels,
                anticipating="foregribende" in levels,
                intervening="indgribende" in levels,
                description=description,
                sort_order=(index + 1) * 10,
            )
        )
    return elements


def load(stdout=None):
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    ensure_text_blocks(locale)
    ensure_signs(locale)
    ensure_concept_elements(locale)
