"""Demo content for the national guidance: text blocks, signs of concern, the national concept's
elements, and the guide's pages. Idempotent: objects are found by a fixed translation key (snippets)
or slug (pages), and saved/published only when something changed."""

import json
import uuid

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.blocks import StreamValue
from wagtail.models import Locale

from contacts.models import ContactPoint
from guidance import demo_pages as pages
from guidance import demo_snippets as data
from guidance.models import (
    ConceptElement,
    GuideChapterPage,
    GuideIndexPage,
    KnowledgeIndexPage,
    KnowledgePage,
    SignOfConcern,
    SignsOfConcernPage,
    TextBlock,
)
from home.demo_utils import publish_if_changed, set_fields
from home.models import HomePage

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




# --- Pages ------------------------------------------------------------------------------------------


def _strip_ids(data):
    """Block JSON without the generated ids, so two versions of the same content compare equal."""
    if isinstance(data, dict):
        return {k: _strip_ids(v) for k, v in data.items() if not (k == "id" and "type" in data and "value" in data)}
    if isinstance(data, list):
        return [_strip_ids(item) for item in data]
    return data


def _resolve(value, locale):
    """Replace ("contact", kind) and ("textblock", number) placeholders with snippet ids."""
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "contact":
        return ContactPoint.objects.get(locale=locale, kind=value[1]).pk
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "textblock":
        return TextBlock.objects.get(locale=locale, number=value[1]).pk
    if isinstance(value, dict):
        return {k: _resolve(v, locale) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(item, locale) for item in value]
    return value


def _as_stored(prepared):
    """A prepared stream value as the database gives it back (decimals as text), without block ids."""
    return _strip_ids(json.loads(json.dumps(prepared, cls=DjangoJSONEncoder)))


def set_stream(page, field_name, blocks, locale) -> bool:
    """Set a StreamField from [(type, raw value)]; True when the content differs from what is stored."""
    stream_block = page._meta.get_field(field_name).stream_block
    raw = [{"type": block_type, "value": _resolve(value, locale)} for block_type, value in blocks]
    # Rebuilt from Python values, so that list items are stored in Wagtail's block format (with ids):
    # wagtail-localize only offers list items in that format for translation.
    new_value = StreamValue(stream_block, [(child.block_type, child.value) for child in stream_block.to_python(raw)])
    current = getattr(page, field_name)
    if page.pk and _as_stored(stream_block.get_prep_value(current)) == _as_stored(stream_block.get_prep_value(new_value)):
        return False
    setattr(page, field_name, new_value)
    return True


def ensure_page(parent, model, spec, locale, stream_fields=("body",)):
    """Find the child of `parent` with the spec's slug (creating it if needed), bring its fields up to
    date and publish it if anything changed."""
    spec = dict(spec)
    spec.pop("children", None)
    streams = {name: spec.pop(name) for name in stream_fields if name in spec}
    page = model.objects.child_of(parent).filter(slug=spec["slug"], locale=locale).first()
    if page is None:
        page = model(locale=locale, **{k: v for k, v in spec.items()})
        for name, blocks in streams.items():
            set_stream(page, name, blocks, locale)
        parent.add_child(instance=page)
        changed = True
    else:
        changed = set_fields(page, **spec)
        for name, blocks in streams.items():
            changed = set_stream(page, name, blocks, locale) or changed
    return publish_if_changed(page, changed)


def ensure_guide(home, locale):
    index = ensure_page(home, GuideIndexPage, pages.GUIDE_INDEX, locale)

    def add_chapters(parent, specs):
        for spec in specs:
            chapter = ensure_page(parent, GuideChapterPage, spec, locale)
            add_chapters(chapter, spec.get("children", []))

    add_chapters(index, pages.CHAPTERS)
    return index


def ensure_signs_page(home, locale):
    return ensure_page(home, SignsOfConcernPage, pages.SIGNS_PAGE, locale)


def ensure_knowledge(home, locale):
    index = ensure_page(home, KnowledgeIndexPage, pages.KNOWLEDGE_INDEX, locale)
    for spec in pages.KNOWLEDGE_PAGES:
        ensure_page(index, KnowledgePage, spec, locale)
    return index


def load(stdout=None):
    from home.demo import ensure_entry_points

    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    ensure_text_blocks(locale)
    ensure_signs(locale)
    ensure_concept_elements(locale)
    home = HomePage.objects.get(locale=locale, depth=2)
    ensure_guide(home, locale)
    ensure_signs_page(home, locale)
    ensure_knowledge(home, locale)
    ensure_entry_points(home)
