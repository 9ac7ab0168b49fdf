"""Template tags for the site's languages: switcher, hreflang/canonical links, the language of a
page's content, and locale-aware phone numbers. The logic lives in home/i18n.py."""

from django import template
from django.utils.html import format_html

from home import i18n

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
def page_lang_attrs(page):
    """For listings and menus: ` lang="da"` on a link whose title is not in the reader's language."""
    if page is None or not hasattr(page, "alias_of_id"):
        return ""
    code = i18n.source_page(page).locale.language_code if page.alias_of_id else page.locale.language_code
    if code == i18n.active_language():
        return ""
    return format_html(' lang="{}"', code)


@register.filter
def phone_display(number):
    """A phone number as the reader expects it: Danish readers get '4174 9090'; English and Arabic
    readers get the international form '+45 4174 9090' (short numbers like 112 stay as they are).
    Always kept left-to-right, also inside Arabic text."""
    if not number:
        return ""
    text = str(number).strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if i18n.active_language() != "da" and not text.startswith("+") and len(digits) == 8:
        text = f"+45 {digits[:4]} {digits[4:]}"
    if i18n.active_language() == "ar":
        return format_html('<bdi dir="ltr">{}</bdi>', text)
    return text


def _page(context):
    page = context.get("page")
    return page if hasattr(page, "translation_key") and hasattr(page, "alias_of_id") else None
