"""Where a search result for a snippet points to. Snippets have no URL of their own: an app that
registers a snippet (search/registry.py) says which page shows it, with these helpers."""

from django.conf import settings
from wagtail.models import Page, ReferenceIndex

from search.access import page_access


def _language(obj) -> str:
    return obj.locale.language_code if hasattr(obj, "locale") else settings.LANGUAGE_CODE


def _with_anchor(url, anchor: str = ""):
    return f"{url}#{anchor}" if url and anchor else url


def first_page_url(page_model, obj, anchor: str = ""):
    """URL of the first live page of a type in the snippet's language (e.g. the page listing the
    signs of concern), with an anchor; None if there is none."""
    page = page_model.objects.live().filter(locale__language_code=_language(obj)).first()
    if page is None:
        return None
    return _with_anchor(page.get_url(), anchor)


def referencing_page_url(obj, anchor: str = ""):
    """URL of the first public, live page (in the snippet's language) that embeds the snippet,
    found through Wagtail's reference index; None if no such page."""
    # A translated page may still refer to the snippet in the source language (a translation keeps
    # the chooser's value) and show it in its own language: references to any translation count.
    sources = [obj]
    if getattr(obj, "translation_key", None) is not None and hasattr(obj, "get_translations"):
        sources += list(obj.get_translations())
    page_ids = [int(pk) for source in sources for pk in ReferenceIndex.get_references_to(source).filter(
        base_content_type__app_label="wagtailcore", base_content_type__model="page",
    ).values_list("object_id", flat=True) if str(pk).isdigit()]
    for page in Page.objects.live().filter(pk__in=page_ids, locale=obj.locale).order_by("path"):
        if page_access(page)[0] == "public":
            url = page.get_url()
            if url:
                return f"{url}#{anchor}" if anchor else url
    return None
