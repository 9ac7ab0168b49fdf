"""Which text fields a reader can see that the search neither indexes nor deliberately leaves out.

Walks every page type and every registered snippet (search/registry.py), and their inline rows
(modelcluster ParentalKey children, e.g. a plan's interventions): each free-text field (CharField,
TextField, RichTextField, StreamField; not a choice field, whose label comes from code) must be
named in the model's Wagtail `search_fields` or listed, with a reason, in
`search/unindexed_fields.yaml` -- the one place that records what is left out on purpose.
"""

from pathlib import Path

import yaml
from django.apps import apps
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from search import registry

UNINDEXED_FILE = Path(__file__).with_name("unindexed_fields.yaml")
TEXT_FIELDS = (models.CharField, models.TextField, StreamField)  # RichTextField is a TextField
# Wagtail's own page fields and rows (title, slug, seo_title, editors' comments...): not the apps' content.
PAGE_BASE_FIELDS = {f.name for f in Page._meta.get_fields()}


def unindexed_fields() -> dict[str, dict[str, str]]:
    return yaml.safe_load(UNINDEXED_FILE.read_text(encoding="utf-8")) or {}


def _searched(fields) -> tuple[set[str], dict[str, set[str]]]:
    names, related = set(), {}
    for field in fields:
        if isinstance(field, (index.SearchField, index.AutocompleteField)):
            names.add(field.field_name)
        elif isinstance(field, index.RelatedFields):
            related[field.field_name] = _searched(field.fields)[0]
    return names, related


def _visible_text_fields(model, skip=()):
    for field in model._meta.get_fields():
        if isinstance(field, TEXT_FIELDS) and not field.choices and field.name not in skip:
            yield field.name


def searchable_models():
    for model in apps.get_models():
        if issubclass(model, Page) and model is not Page:
            yield model
        elif registry.snippet_type_for(model) is not None:
            yield model


def unaccounted_fields() -> list[str]:
    """'app.model.field' for each visible text field that is neither indexed nor left out."""
    left_out = unindexed_fields()
    missing = []
    for model in searchable_models():
        label = model._meta.label_lower
        names, related = _searched(model.get_search_fields())
        skip = PAGE_BASE_FIELDS if issubclass(model, Page) else ()
        for name in _visible_text_fields(model, skip):
            if name not in names and name not in left_out.get(label, {}):
                missing.append(f"{label}.{name}")
        for rel in model._meta.related_objects:
            if not isinstance(rel.remote_field, ParentalKey) or rel.name in skip:
                continue
            child = rel.related_model
            child_label = child._meta.label_lower
            child_names = related.get(rel.get_accessor_name(), set())
            for name in _visible_text_fields(child):
                if name not in child_names and name not in left_out.get(child_label, {}):
                    missing.append(f"{child_label}.{name}")
    return missing
