"""What the site search indexes, as the apps that own the content register it.

Each content app registers its searchable things from `<app>/search_documents.py`, imported by its
AppConfig.ready(); the search app itself names no content app. For example (plans/search_documents.py):

    from django.utils.translation import pgettext_lazy
    from search import registry

    registry.register_page(PlanPage, label=pgettext_lazy("search result type", "Handlingsplan"))
    registry.register_subdocuments(PlanPage, plan_interventions, kind="intervention",
                                   label=pgettext_lazy("search result type", "Indsats i handlingsplan"),
                                   boost=0.8, autocomplete=False)
    registry.register_facet_values("intervention_level", INTERVENTION_LEVELS)

- `register_page(model, label=, boost=1.0, autocomplete=True)`: a page type's result label and its
  weight in the ranking. A page type that is not registered is still searched (every live page is,
  from its Wagtail `search_fields`), with weight 1.0 and a label made from its model name.
- `register_subdocuments(model, provider, kind=, label=, boost=, autocomplete=)`: parts of a page
  that are results of their own. `provider(page)` returns dicts with `id`, `title` and optionally
  `title_text`, `keywords`, `body`, `anchor` (the URL fragment on the page) and `level` (the
  intervention level facet); the parts get the page's URL, language, access and place facets.
- `register_snippet(model, title=, url=, label=, boost=, doc_type=, autocomplete=)`: a snippet
  searched on its own. Snippets have no URL: `url(obj)` says which page shows it (None: not indexed;
  see search/snippets.py for helpers). `title(obj)` is the result's title.
- `register_result_type(key, label=, boost=, autocomplete=)`: any other kind of result.
- `register_facet_values(facet, choices)`: labels of a facet's values, as (value, label) pairs
  (e.g. the intervention levels).

Labels are lazy translations (Danish message ids, translated in locale/<language>): the search shows
them in the reader's language. `autocomplete=False` keeps a type's titles out of autocomplete.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation


def in_language(label, language: str) -> str:
    """A (lazy) label in a language."""
    with translation.override(language):
        return str(label)


@dataclass(frozen=True)
class ResultType:
    """A kind of result: its key (stored as the document's doc_type), label and weight."""

    key: str
    label: Any
    boost: float = 1.0
    autocomplete: bool = True

    def label_in(self, language: str) -> str:
        return in_language(self.label, language)

    def __getattr__(self, name):
        # The label in one of the site's languages as an attribute: entry.da, entry.en, entry.ar.
        if name in dict(settings.LANGUAGES):
            return self.label_in(name)
        raise AttributeError(name)


@dataclass(frozen=True)
class SnippetType:
    model: type
    doc_type: str
    title: Callable[[Any], str]
    url: Callable[[Any], str | None]


@dataclass(frozen=True)
class Subdocuments:
    kind: str
    provider: Callable[[Any], list[dict]]


@dataclass
class Registry:
    result_types: dict[str, ResultType] = field(default_factory=dict)
    subdocuments: dict[type, Subdocuments] = field(default_factory=dict)
    snippets: dict[type, SnippetType] = field(default_factory=dict)
    facet_values: dict[str, dict[str, Any]] = field(default_factory=dict)

    def copy(self) -> Registry:
        return Registry(dict(self.result_types), dict(self.subdocuments), dict(self.snippets),
                        {facet: dict(values) for facet, values in self.facet_values.items()})


_registry = Registry()


def _set(mapping: dict, key, value, what: str):
    """Registering the same thing twice is harmless; registering it differently is a mistake."""
    if key in mapping and mapping[key] != value:
        raise ImproperlyConfigured(f"search: {what} {key!r} is already registered differently")
    mapping[key] = value


def _key(model) -> str:
    return model._meta.model_name


# --- registering -------------------------------------------------------------------------------

def register_result_type(key: str, *, label, boost: float = 1.0, autocomplete: bool = True) -> ResultType:
    result_type = ResultType(key, label, float(boost), autocomplete)
    _set(_registry.result_types, key, result_type, "result type")
    return result_type


def register_page(model, *, label, boost: float = 1.0, autocomplete: bool = True) -> ResultType:
    return register_result_type(_key(model), label=label, boost=boost, autocomplete=autocomplete)


def register_subdocuments(model, provider: Callable[[Any], list[dict]], *, kind: str, label, boost: float = 1.0,
                          autocomplete: bool = True) -> ResultType:
    result_type = register_result_type(kind, label=label, boost=boost, autocomplete=autocomplete)
    _set(_registry.subdocuments, model, Subdocuments(kind, provider), "sub-documents of")
    return result_type


def register_snippet(model, *, title: Callable[[Any], str], url: Callable[[Any], str | None], label,
                     boost: float = 1.0, doc_type: str | None = None, autocomplete: bool = True) -> ResultType:
    doc_type = doc_type or _key(model)
    result_type = register_result_type(doc_type, label=label, boost=boost, autocomplete=autocomplete)
    _set(_registry.snippets, model, SnippetType(model, doc_type, title, url), "snippet")
    return result_type


def register_facet_values(facet: str, choices: Iterable[tuple[str, Any]]):
    values = _registry.facet_values.setdefault(facet, {})
    for value, label in choices:
        _set(values, value, label, f"{facet} value")


@contextmanager
def override(empty: bool = False):
    """A copy of the registry (or an empty one), in force inside the block: tests register here."""
    global _registry
    saved = _registry
    _registry = Registry() if empty else saved.copy()
    try:
        yield _registry
    finally:
        _registry = saved


# --- reading (search/documents.py, search/labels.py, the backends) ----------------------------

def result_type(key: str) -> ResultType | None:
    return _registry.result_types.get(key)


def result_types() -> dict[str, ResultType]:
    return _registry.result_types


def subdocuments_for(model) -> Subdocuments | None:
    return _registry.subdocuments.get(model)


def snippet_types() -> list[SnippetType]:
    return list(_registry.snippets.values())


def snippet_type_for(obj_or_model) -> SnippetType | None:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return _registry.snippets.get(model)


def facet_value_label(facet: str, value: str, language: str) -> str | None:
    label = _registry.facet_values.get(facet, {}).get(value)
    return in_language(label, language) if label is not None else None


def without_autocomplete() -> list[str]:
    """Result types whose titles autocomplete does not offer."""
    return sorted(key for key, entry in _registry.result_types.items() if not entry.autocomplete)
