"""axe-core in a real browser on every page type, in every language the type exists in, and on the
routed views (tests/pages.py), at phone (360 px) and desktop (1280 px) widths and for print. Any
violation fails the test and is listed."""

import pytest
from tests.browser.conftest import DESKTOP, PHONE, format_violations, run_axe
from tests.pages import all_urls, page_type_urls


def test_every_page_type_is_found(site_url):
    names = [name for name, _ in page_type_urls()]
    for expected in ("homepage-da", "concernpage-da", "contentpage-da"):
        assert expected in names


@pytest.mark.parametrize("media, viewport", [("screen", PHONE), ("screen", DESKTOP), ("print", DESKTOP)],
                         ids=["screen-360", "screen-1280", "print"])
def test_axe_reports_no_violations_on_any_page_type(site_url, axe_page, media, viewport):
    axe_page.set_viewport_size(viewport)
    axe_page.emulate_media(media=media)
    failures = []
    checked = []
    for name, url in all_urls():
        axe_page.goto(site_url + url)
        violations = run_axe(axe_page)
        checked.append(name)
        if violations:
            failures.append(format_violations(f"{name} {url} ({media}, {viewport['width']} px)", violations))
    assert not failures, "\n\n".join(failures)
    assert len(checked) >= 4
