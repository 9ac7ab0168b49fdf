"""Landmark pages that every page links to: the home page, the concern page ("Er du bekymret?")
and the accessibility statement, one of each per language.

core names no page type itself: each app declares its landmark in its AppConfig.ready()
(`register("concern", "concern.ConcernPage", fallback_path="bekymret/")`), and the header, footer
and home page ask for a landmark by kind. All landmarks are found in one query; their URLs are kept
in the content cache until content changes (ops.contentcache)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page

from core.i18n import active_language
from ops import contentcache


@dataclass(frozen=True)
class Landmark:
    kind: str
    model: str  # "app_label.ModelName"
    fallback_path: str = ""  # under the language prefix, used while no such page is live
    filters: dict = field(default_factory=dict)


_registry: dict[str, Landmark] = {}


def register(kind: str, model: str, *, fallback_path: str = "", **filters) -> None:
    """Declare the page type (and e.g. slug or depth) that serves as landmark `kind`."""
    _registry[kind] = Landmark(kind, model, fallback_path, filters)


def _all_pages() -> dict[tuple[str, str], Page]:
    """{(kind, language_code): Page} for every registered landmark and language, in one query."""
    condition = Q(pk__in=[])
    kinds = {}
    for landmark in _registry.values():
        content_type = ContentType.objects.get_for_model(apps.get_model(landmark.model))
        condition |= Q(content_type_id=content_type.id, **landmark.filters)
        kinds.setdefault(content_type.id, []).append(landmark)
    found: dict[tuple[str, str], Page] = {}
    for page in Page.objects.live().filter(condition).select_related("locale").order_by("path"):
        for landmark in kinds[page.content_type_id]:
            if all(getattr(page, name.split("__")[0]) == value for name, value in landmark.filters.items()
                   if "__" not in name):
                found.setdefault((landmark.kind, page.locale.language_code), page)
    return found


def _pages(request) -> dict[tuple[str, str], Page]:
    return contentcache.get_or_set(request, ("landmark-pages",), _all_pages)


def landmark(kind: str, request=None, language: str | None = None) -> Page | None:
    """The live landmark page of `kind` in the reader's language, else in Danish."""
    pages = _pages(request)
    language = language or active_language()
    return pages.get((kind, language)) or pages.get((kind, settings.LANGUAGE_CODE))


def _urls(request, language: str) -> dict[str, str]:
    """{kind: URL} of every registered landmark in `language`."""
    pages = _pages(request)
    urls = {}
    for kind, declared in _registry.items():
        page = pages.get((kind, language)) or pages.get((kind, settings.LANGUAGE_CODE))
        url = page.url if page is not None else None
        if not url and declared.fallback_path:
            url = f"/{language}/{declared.fallback_path}"
        urls[kind] = url or ""
    return urls


def landmark_url(kind: str, request=None) -> str:
    """The landmark's URL in the reader's language; its declared fallback path while it has no
    live page; "" for an unknown kind. Kept in the content cache for `request` (none without one)."""
    language = active_language()
    urls = contentcache.get_or_set(
        request, ("landmark-urls", language, contentcache.site_key(request)), lambda: _urls(request, language)
    )
    return urls.get(kind, "")
