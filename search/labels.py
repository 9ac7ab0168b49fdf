"""Result types and facet values as the reader sees them: the registered label in the reader's
language (search/registry.py), else a label made from the model or the key."""

from collections.abc import Mapping

from django.utils.text import capfirst

from search import registry


def type_key(obj) -> str:
    return obj._meta.model_name


def type_label(key: str, language: str, model=None) -> str:
    entry = registry.result_type(key)
    if entry is not None:
        return entry.label_in(language)
    if model is not None:
        return capfirst(model._meta.verbose_name)
    return capfirst(key)


def type_boost(key: str) -> float:
    entry = registry.result_type(key)
    return entry.boost if entry else 1.0


def facet_label(facet: str, value: str, language: str) -> str:
    label = registry.facet_value_label(facet, value, language)
    return label if label is not None else capfirst(value)


def level_label(key: str, language: str) -> str:
    return facet_label("intervention_level", key, language)


class _RegisteredTypes(Mapping):
    """The registered result types by key, as they are now."""

    def __getitem__(self, key):
        entry = registry.result_type(key)
        if entry is None:
            raise KeyError(key)
        return entry

    def __iter__(self):
        return iter(list(registry.result_types()))

    def __len__(self):
        return len(registry.result_types())


TYPES = _RegisteredTypes()
