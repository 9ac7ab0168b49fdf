"""Languages on the public site: which language a page's content is really in, where the
language switcher and the hreflang links lead, and the synchronised page trees.

Danish is the source language. Every other locale mirrors the Danish page tree (wagtail-localize's
LocaleSynchronization): a page that has not been translated yet exists there as an *alias* of the
Danish page, so it is reachable under /en/ and /ar/ with the Danish text, marked lang="da" and
announced by a notice in the reader's language (templates/includes/untranslated_notice.html).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import F
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization, Translation
from wagtail_localize.synctree import synchronize_tree

from ops import contentcache

NOTICE_NONE = ""
NOTICE_UNTRANSLATED = "untranslated"  # the whole page is in another language
NOTICE_PARTIAL = "partial"  # a translation exists but some of its strings are still in the source language


def active_language() -> str:
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def in_reader_language(queryset, language: str | None = None) -> list:
    """The live objects of a translatable snippet model in the reader's language; an object that
    has no live version in that language yet shows in the default language (Danish), in its
    place. The queryset's order is kept. One query."""
    default = settings.LANGUAGE_CODE
    language = language or active_language()
    rows = list(
        queryset.filter(live=True, locale__language_code__in={default, language})
        .annotate(row_language=F("locale__language_code"))
    )
    translated = {row.translation_key for row in rows if row.row_language == language}
    return [row for row in rows if row.row_language == language
            or (row.row_language == default and row.translation_key not in translated)]


def source_page(page: Page) -> Page:
    """The page whose content an alias shows (aliases can point at aliases)."""
    seen = set()
    while page.alias_of_id and page.id not in seen:
        seen.add(page.id)
        page = page.alias_of
    return page


@dataclass
class ContentLanguage:
    code: str  # language of the page's text, e.g. "da"
    notice: str  # NOTICE_NONE, NOTICE_UNTRANSLATED or NOTICE_PARTIAL
    language_name: str = ""  # the content language's name in the reader's language
    direction: str = "ltr"


def content_language(page: Page | None, language: str | None = None, request=None) -> ContentLanguage:
    """What language the reader actually gets on this page, and whether they must be told. Kept in
    the content cache when the request is given."""
    language = language or active_language()
    if page is None:
        return ContentLanguage(language, NOTICE_NONE, direction=_direction(language))
    if page.pk:
        key = ("content-language", page.pk, page.locale_id, page.alias_of_id, language)
        return contentcache.get_or_set(request, key, lambda: _content_language(page, language))
    return _content_language(page, language)


def _content_language(page: Page, language: str) -> ContentLanguage:
    original = source_page(page)
    code = original.locale.language_code
    if code != language:
        return ContentLanguage(code, NOTICE_UNTRANSLATED, _name(code), _direction(code))
    if page.alias_of_id is None and code != settings.LANGUAGE_CODE:
        fallback = _untranslated_source_language(page)
        if fallback:
            return ContentLanguage(code, NOTICE_PARTIAL, _name(fallback), _direction(code))
    return ContentLanguage(code, NOTICE_NONE, direction=_direction(code))


def _name(code: str) -> str:
    """The language's name in the reader's language, e.g. 'Danish' / 'dansk' / 'الدانماركية'."""
    return str(get_language_info(code)["name_translated"])


def _direction(code: str) -> str:
    return "rtl" if get_language_info(code)["bidi"] else "ltr"


def _untranslated_source_language(page: Page) -> str:
    """A wagtail-localize translation whose strings are not all translated falls back to the
    source text: the reader must be told, never served a silent mix. Returns the language code of
    that source text, or "" when the translation is complete (or not managed by wagtail-localize)."""
    item = (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source__locale")
        .first()
    )
    if item is None:
        return ""
    total, done = item.get_progress()
    return item.source.locale.language_code if done < total else ""


def real_translation(page: Page, locale: Locale) -> Page | None:
    """The live, real (not alias) version of `page` in `locale`."""
    if page.locale_id == locale.id and page.alias_of_id is None:
        return page if page.live else None
    return (
        Page.objects.filter(translation_key=page.translation_key, locale=locale, alias_of__isnull=True)
        .live()
        .first()
    )


def locale_home(site: Site | None, locale: Locale) -> Page | None:
    if site is None:
        return None
    root = site.root_page
    if root.locale_id == locale.id:
        return root
    return Page.objects.filter(translation_key=root.translation_key, locale=locale).live().first()


@dataclass
class LanguageLink:
    code: str
    name: str  # the language's own name ("English", "العربية")
    url: str
    current: bool = False
    same_page: bool = True  # False: the page is not translated, the link goes to that language's home page


def language_links(request, page: Page | None) -> list[LanguageLink]:
    """One link per language, for the language switcher."""
    current = active_language()
    here = request.get_full_path() if request else f"/{current}/"
    if page is None or not page.pk:
        return [
            LanguageLink(code, name, here, current=True) if code == current
            else LanguageLink(code, name, _view_in_language(request, here, code))
            for code, name in settings.LANGUAGES
        ]
    key = ("language-links", page.pk, current, contentcache.site_key(request))
    targets = contentcache.get_or_set(request, key, lambda: _language_targets(request, page, current))
    return [
        LanguageLink(code, name, here, current=True) if code == current
        else LanguageLink(code, name, targets[code][0], same_page=targets[code][1]) if targets.get(code)
        else LanguageLink(code, name, translate_url(here, code))
        for code, name in settings.LANGUAGES
    ]


def _view_in_language(request, here: str, code: str) -> str:
    """The same view in another language, query kept. translate_url() follows translated URL
    patterns too: the search page is /da/soeg/, /en/search/, /ar/bahth/ (search/urls.py)."""
    return _translate_url(request, here, code)


def _translate_url(request, url: str, code: str) -> str:
    """translate_url(url, code). For a view that resolved (e.g. the search page), the translated path
    is kept in the content cache and the query string appended, so every search does not resolve and
    reverse its path once per language again; other paths (e.g. a 404's) are not kept."""
    path, separator, query = url.partition("?")
    if request is None or getattr(request, "resolver_match", None) is None:
        return translate_url(url, code)
    translated = contentcache.get_or_set(
        request, ("translated-path", path, code), lambda: translate_url(path, code)
    )
    return translated + separator + query


def _language_targets(request, page: Page, current: str) -> dict[str, tuple[str, bool] | None]:
    """{language code: (url, same_page)} for every language but the reader's."""
    site = Site.find_for_request(request) if request is not None else None
    locales = {loc.language_code: loc for loc in Locale.objects.all()}
    targets = {}
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        locale = locales.get(code)
        if locale is None:
            targets[code] = None  # no such locale yet: the same path under that language's prefix
            continue
        target = real_translation(page, locale)
        if target is not None:
            targets[code] = (target.get_url(request), True)
            continue
        home = locale_home(site, locale)
        targets[code] = (home.get_url(request) if home is not None else f"/{code}/", False)
    return targets


@dataclass
class Alternate:
    hreflang: str
    url: str


def alternates(request, page: Page | None) -> tuple[list[Alternate], str]:
    """hreflang alternates (real translations only, plus x-default) and the canonical URL.

    An alias page only repeats its source, so its canonical URL is the source's and it is
    not announced as a version in its locale's language."""
    if page is None:
        if request is None:
            return [], ""
        path = request.get_full_path()
        links = [
            Alternate(code, request.build_absolute_uri(_translate_url(request, path, code)))
            for code, _name in settings.LANGUAGES
        ]
        default = request.build_absolute_uri(_translate_url(request, path, settings.LANGUAGE_CODE))
        return links + [Alternate("x-default", default)], request.build_absolute_uri(path)

    if not page.pk:
        return _page_alternates(request, page)
    key = ("alternates", page.pk, contentcache.site_key(request))
    return contentcache.get_or_set(request, key, lambda: _page_alternates(request, page))


def _page_alternates(request, page: Page) -> tuple[list[Alternate], str]:
    versions = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .live()
        .public()
        .select_related("locale")
    )
    by_code = {p.locale.language_code: p for p in versions}
    links = []
    for code, _name in settings.LANGUAGES:
        version = by_code.get(code)
        if version is not None:
            url = version.get_full_url(request)
            if url:
                links.append(Alternate(code, url))
    default = by_code.get(settings.LANGUAGE_CODE) or source_page(page)
    default_url = default.get_full_url(request)
    if default_url:
        links.append(Alternate("x-default", default_url))
    canonical_page = source_page(page) if page.alias_of_id else page
    return links, canonical_page.get_full_url(request) or ""


# --- Synchronised trees ----------------------------------------------------------------------


def ensure_locale_sync() -> list[Locale]:
    """Make every non-default locale mirror the default locale's page tree (idempotent).

    Saving a LocaleSynchronization makes wagtail-localize create aliases for all Danish pages that
    have no version in that locale yet; afterwards its `after_create_page` hook aliases each new
    page created in the admin. Returns the synchronised locales."""
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    synced = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        sync = LocaleSynchronization.objects.filter(locale=locale).first()
        if sync is None:
            LocaleSynchronization.objects.create(locale=locale, sync_from=default)  # syncs on save
        else:
            if sync.sync_from_id != default.id:
                sync.sync_from = default
                sync.save()
            else:
                # Pages made outside the admin (e.g. by the demo loaders) get their aliases here.
                synchronize_tree(default, locale)
        synced.append(locale)
    return synced

