"""The pages the whole-site checks visit, found in the database: one live page of every page type in
every language, plus the routed views that are not pages of their own (concern sub-views, search,
sign-in, the error pages). Used by the browser tests (axe, layout, focus), the HTML check
(tests/test_html_valid.py, scripts/check_html.py) and scripts/screenshots.py, so a page type added by
anyone is covered everywhere without touching a list.

Every function returns [(name, path)]; they need a configured Django with database access.
"""

from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page

LANGUAGES = ("da", "en", "ar")
# A search with results in each language's demo content.
SEARCH_QUERIES = {"da": "bekymring", "en": "concern", "ar": "تطرف"}

# The pages a reviewer looks at first (scripts/screenshots.py), by page type.
KEY_PAGE_TYPES = (
    "homepage", "concernpage", "signsofconcernpage", "guidechapterpage", "planindexpage", "planpage",
    "planoverviewpage",
)


def page_type_urls():
    """One live, public page per (page type, language)."""
    urls = {}
    for page in Page.objects.live().public().filter(depth__gte=2).select_related("locale").order_by("path"):
        key = (page.content_type_id, page.locale.language_code)
        if key not in urls:
            url = page.url
            if url:
                model = ContentType.objects.get_for_id(page.content_type_id).model
                urls[key] = (f"{model}-{page.locale.language_code}", url)
    return sorted(urls.values())


def search_url(language):
    try:
        with translation.override(language):
            return reverse("search")
    except NoReverseMatch:
        return None


def extra_urls():
    """The routed views and error pages: concern sub-views, search, sign-in, 404 and 400."""
    from places import municipalities

    # The 400 page for unusable query parameters (ops.inputs), in Danish and in Arabic (right to left).
    urls = [("not-found", "/da/findes-ikke/"), ("bad-input", "/da/bekymret/?kommune=%00"),
            ("bad-input-ar", "/ar/bahth/?q=%00")]
    search = search_url("da")
    if search:
        urls += [("search-empty", search), ("search-results", search + "?q=bekymring"),
                 ("search-no-results", search + "?q=xqzxqz")]
    try:
        with translation.override("da"):
            urls.append(("signin", reverse("signin")))
    except NoReverseMatch:
        pass
    found = municipalities.all_municipalities()
    if found:
        slug = found[0].slug
        urls += [
            ("concern-chosen", f"/da/bekymret/?kommune={slug}"),
            ("concern-no-match", "/da/bekymret/?navn=Atlantis"),
            ("action-card", f"/da/bekymret/kort/{slug}/"),
        ]
    return urls


def all_urls():
    return page_type_urls() + extra_urls()


def key_urls():
    """The key pages in da, en and ar (screenshots): the KEY_PAGE_TYPES and search with results."""
    urls = [(name, url) for name, url in page_type_urls() if name.rsplit("-", 1)[0] in KEY_PAGE_TYPES]
    for language in LANGUAGES:
        search = search_url(language)
        if search:
            urls.append((f"search-{language}", f"{search}?{urlencode({'q': SEARCH_QUERIES[language]})}"))
    return urls
