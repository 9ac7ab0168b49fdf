"""Landmark pages that every page links to: the home page, the concern page ("Er du bekymret?")
and the accessibility statement, one of each per language.

core names no page type itself: each app declares its landmark in its AppConfig.ready()
(`register("concern", "concern.ConcernPage", fallback_path="bekymret/")`), and the header, footer
and home page ask for a landmark by kind. All landmarks are found in one query, remembered until
content changes (ops.memo)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page

from core.i18n import active_language
from ops import memo


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


def landmark(kind: str, request=None, language: str | None = None) -> Page | None:
    """The live landmark page of `kind` in the reader's language, else in Danish."""
    pages = memo.memo(request, ("landmarks",), _all_pages)
    language = language or active_language()
    return pages.get((kind, language)) or pages.get((kind, settings.LANGUAGE_CODE))


def landmark_url(kind: str, request=None) -> str:
    """The landmark's URL in the reader's language; its declared fallback path while it has no
    live page; "" for an unknown kind."""
    language = active_language()

    def compute():
        page = landmark(kind, request, language)
        if page is not None and page.url:
            return page.url
        declared = _registry.get(kind)
        return f"/{language}/{declared.fallback_path}" if declared and declared.fallback_path else ""

    return memo.memo(request, ("landmark-url", kind, language, memo.host_key(request)), compute)
