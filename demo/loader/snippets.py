"""The guidance snippets: the centre's text blocks, the signs of concern and the national concept's
elements (snippets/*.yaml). Each gets a fixed translation key from its number, slug or key, so a
second run finds the same object even after its text was edited."""

from demo.loader import files
from demo.loader.common import translation_key, upsert_snippet
from demo.loader.project import ConceptElement, SignOfConcern, TextBlock
from demo.loader.site import default_locale

TEXT_BLOCKS = files.read("snippets/text_blocks.yaml")
SIGNS = files.read("snippets/signs_of_concern.yaml")
CONCEPT_ELEMENTS = files.read("snippets/concept_elements.yaml")


def ensure_text_blocks(locale):
    return [
        upsert_snippet(TextBlock, translation_key("textblock", str(item["number"])), locale, **item)
        for item in TEXT_BLOCKS
    ]


def ensure_signs(locale):
    return [
        upsert_snippet(
            SignOfConcern,
            translation_key("sign", item["slug"]),
            locale,
            text=item["text"],
            explanation=item.get("explanation", ""),
            group=item["group"],
            severity=item["severity"],
            sort_order=(index + 1) * 10,
        )
        for index, item in enumerate(SIGNS)
    ]


def ensure_concept_elements(locale):
    return [
        upsert_snippet(
            ConceptElement,
            translation_key("concept", item["key"]),
            locale,
            key=item["key"],
            name=item["name"],
            level=item["level"],
            building="opbyggende" in item["levels"],
            anticipating="foregribende" in item["levels"],
            intervening="indgribende" in item["levels"],
            description=item["description"],
            sort_order=(index + 1) * 10,
        )
        for index, item in enumerate(CONCEPT_ELEMENTS)
    ]


def load(stdout=None):
    locale = default_locale()
    ensure_text_blocks(locale)
    ensure_signs(locale)
    ensure_concept_elements(locale)
