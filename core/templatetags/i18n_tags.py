"""Template tags for the site's languages: switcher, hreflang/canonical links, the language of a
page's content, and locale-aware phone numbers. The logic lives in core/i18n.py and core/phone.py."""

from django import template
from django.utils.html import format_html

from core import i18n, phone

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    return i18n.language_links(context.get("request"), _page(context))


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """(alternates, canonical_url) for the current page or view."""
    return i18n.alternates(context.get("request"), _page(context))


@register.simple_tag(takes_context=True)
def content_language(context, page=None):
    return i18n.content_language(page if page is not None else _page(context))


@register.simple_tag(takes_context=True)
def content_lang_attrs(context, page=None):
    """` lang=".." dir=".."` when the page's text is not in the reader's language, else nothing.
    Put it on the element that wraps the page's own content (base.html: <main>)."""
    info = i18n.content_language(page if page is not None else _page(context))
    if info.code == i18n.active_language():
        return ""
    return format_html(' lang="{}" dir="{}"', info.code, info.direction)


@register.filter
def phone_display(number):
    """A phone number as the reader expects it (core.phone.display)."""
    return phone.display(number)


def _page(context):
    page = context.get("page")
    return page if hasattr(page, "translation_key") and hasattr(page, "alias_of_id") else None
