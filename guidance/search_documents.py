"""What the site search indexes of the guide (search/registry.py): its page types, and the signs of
concern and text blocks as results of their own."""

from django.utils.translation import pgettext_lazy

from guidance.models import (
    GuideChapterPage,
    GuideIndexPage,
    KnowledgeIndexPage,
    KnowledgePage,
    SignOfConcern,
    SignsOfConcernPage,
    TextBlock,
)
from search import registry
from search.snippets import first_page_url, referencing_page_url

RESULT_TYPE = "search result type"

registry.register_page(GuideChapterPage, label=pgettext_lazy(RESULT_TYPE, "Vejledning"), boost=1.2)
registry.register_page(GuideIndexPage, label=pgettext_lazy(RESULT_TYPE, "Vejledning"), boost=1.1)
registry.register_page(KnowledgeIndexPage, label=pgettext_lazy(RESULT_TYPE, "Viden"), boost=1.0)
registry.register_page(KnowledgePage, label=pgettext_lazy(RESULT_TYPE, "Viden"), boost=1.1)
registry.register_page(SignsOfConcernPage, label=pgettext_lazy(RESULT_TYPE, "Bekymringstegn"), boost=1.3)


def sign_url(sign):
    """A sign is shown on the page listing the signs, in its group."""
    return first_page_url(SignsOfConcernPage, sign, f"signs-{sign.group}")


def text_block_url(block):
    """A text block is shown where a public page embeds it, else the guide's front page."""
    return referencing_page_url(block, f"tekstblok-{block.number}") or first_page_url(GuideIndexPage, block)


def text_block_title(block):
    return f"{block.number}. {block.title}".lstrip(". ")


registry.register_snippet(
    SignOfConcern, label=pgettext_lazy("search result type, one sign of concern", "Bekymringstegn"), boost=0.8,
    autocomplete=False,
    title=lambda sign: sign.text[:200], url=sign_url,
)
registry.register_snippet(
    TextBlock, label=pgettext_lazy(RESULT_TYPE, "Tekstblok"), boost=0.7, title=text_block_title, url=text_block_url,
)
