"""axe-core in a real browser on every page type, in every language the type exists in, and on the
concern path's sub-views. Any violation fails the test and is listed."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from tests.browser.conftest import format_violations, run_axe


def page_type_urls():
    """One live, public page per (page type, language), found in the database: a page type added
    by anyone is covered without touching this file."""
    urls = {}
    for page in Page.objects.live().public().filter(depth__gte=2).select_related("locale").order_by("path"):
        key = (page.content_type_id, page.locale.language_code)
        if key not in urls:
            url = page.url
            if url:
                model = ContentType.objects.get_for_id(page.content_type_id).model
                urls[key] = (f"{model}-{page.locale.language_code}", url)
    return sorted(urls.values())


def extra_urls():
    from places import municipalities

    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    # The 400 page for unusable query parameters (ops.inputs), in Danish and in Arabic (right to left).
    urls = [("not-found", "/da/findes-ikke/"), ("bad-input", "/da/bekymret/?kommune=%00"),
            ("bad-input-ar", "/ar/bahth/?q=%00")]
    try:
        with translation.override("da"):
            search = reverse("search")
        urls += [("search-empty", search), ("search-results", search + "?q=bekymring"),
                 ("search-no-results", search + "?q=xqzxqz")]
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


def test_every_page_type_is_found(site_url):
    names = [name for name, _ in page_type_urls()]
    for expected in ("homepage-da", "concernpage-da", "contentpage-da"):
        assert expected in names


@pytest.mark.parametrize("media", ["screen", "print"])
def test_axe_reports_no_violations_on_any_page_type(site_url, axe_page, media):
    axe_page.emulate_media(media=media)
    failures = []
    checked = []
    for name, url in page_type_urls() + extra_urls():
        axe_page.goto(site_url + url)
        violations = run_axe(axe_page)
        checked.append(name)
        if violations:
            failures.append(format_violations(f"{name} {url} ({media})", violations))
    assert not failures, "\n\n".join(failures)
    assert len(checked) >= 4
