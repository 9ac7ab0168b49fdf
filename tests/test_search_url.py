"""The search page has one URL pattern, translated: /da/soeg/, /en/search/, /ar/bahth/."""

import re

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, resolve, reverse, translate_url
from django.utils import translation

from search.views import search_path

PATHS = {"da": "/da/soeg/", "en": "/en/search/", "ar": "/ar/bahth/"}


def test_reverse_gives_the_active_languages_path():
    for language, path in PATHS.items():
        with translation.override(language):
            assert reverse("search") == path
        assert search_path(language) == path
    assert search_path("de") == "/da/soeg/"


def test_the_old_url_names_are_gone():
    for name in ("search_en", "search_ar"):
        with pytest.raises(NoReverseMatch):
            reverse(name)


def test_translate_url_switches_between_the_languages_keeping_the_query():
    for source, path in PATHS.items():
        with translation.override(source):
            for target, expected in PATHS.items():
                assert translate_url(f"{path}?q=plan&page=2", target) == f"{expected}?q=plan&page=2"


def test_every_languages_path_answers_under_every_prefix():
    """/ar/soeg/ is the Arabic search too: the page follows the prefix's language."""
    forms = [path.split("/")[2] for path in PATHS.values()]
    for language in PATHS:
        with translation.override(language):
            for form in forms:
                match = resolve(f"/{language}/{form}/")
                assert match.url_name == "search", (language, form)
                assert translate_url(f"/{language}/{form}/", "en") == "/en/search/"
            assert resolve(f"/{language}/soegning/").url_name != "search"


def test_the_rate_limit_covers_the_search_page_in_every_language():
    rule = next(pattern for name, pattern, _limit, _period in settings.OPS_RATELIMIT_RULES if name == "search")
    for path in PATHS.values():
        assert re.match(rule, path), path
