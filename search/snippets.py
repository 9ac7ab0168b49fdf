"""Snippets that are searched on their own, and where a result for each one points to.

Snippets have no URL of their own: each spec says which page shows it (e.g. a sign of concern
links to the page listing the signs). Models that are not installed yet are skipped."""

from dataclasses import dataclass
from typing import Callable

from django.apps import apps
from wagtail.models import Page, ReferenceIndex

from search.access import page_access


@dataclass
class SnippetSpec:
    label: str            # "app_label.ModelName"
    doc_type: str
    title: Callable
    url: Callable

    @property
    def model(self):
        return apps.get_model(self.label)


def _page_url_of_type(model_label: str, obj, anchor: str = ""):
    """URL of the first live page of a type in the snippet's language (Danish as fallback)."""
    try:
        model = apps.get_model(model_label)
    except (LookupError, ValueError):
        return None
    language = obj.locale.language_code if hasattr(obj, "locale") else "da"
    page = model.objects.live().filter(locale__language_code=language).first()
    if page is None:
        return None
    url = page.get_url()
    return f"{url}#{anchor}" if url and anchor else url


def _referencing_page_url(obj, anchor: str = ""):
    """URL of the first public, live page (in the snippet's language) that embeds the snippet,
    found through Wagtail's reference index; else the guide's front page."""
    page_ids = [int(pk) for pk in ReferenceIndex.get_references_to(obj).filter(
        base_content_type__app_label="wagtailcore", base_content_type__model="page",
    ).values_list("object_id", flat=True) if str(pk).isdigit()]
    for page in Page.objects.live().filter(pk__in=page_ids, locale=obj.locale).order_by("path"):
        if page_access(page)[0] == "public":
            url = page.get_url()
            if url:
                return f"{url}#{anchor}" if anchor else url
    return _page_url_of_type("guidance.GuideIndexPage", obj)


SPECS: list[SnippetSpec] = [
    SnippetSpec(
        "guidance.SignOfConcern", "signofconcern",
        title=lambda o: getattr(o, "text", str(o))[:200],
        url=lambda o: _page_url_of_type("guidance.SignsOfConcernPage", o, f"signs-{getattr(o, 'group', '')}"),
    ),
    SnippetSpec(
        "guidance.TextBlock", "textblock",
        title=lambda o: f"{getattr(o, 'number', '')}. {getattr(o, 'title', o)}".lstrip(". "),
        url=lambda o: _referencing_page_url(o, f"tekstblok-{getattr(o, 'number', '')}"),
    ),
]


def specs() -> list[SnippetSpec]:
    out = []
    for spec in SPECS:
        try:
            apps.get_model(spec.label)
        except (LookupError, ValueError):
            continue
        out.append(spec)
    return out


def spec_for(obj_or_model):
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    for spec in specs():
        if spec.model is model:
            return spec
    return None
