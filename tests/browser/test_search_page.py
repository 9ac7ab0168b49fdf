"""The search page in a real browser: accessible (axe), works without JavaScript, and the
autocomplete is an accessible combobox operated with the keyboard."""

import pytest
from tests.browser.conftest import format_violations, run_axe


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    """These tests send many searches from one address; ops' rate limit is tested in test_security."""
    settings.OPS_RATELIMIT_ENABLED = False


def test_search_page_has_no_axe_violations(site_url, axe_page):
    failures = []
    for url in ("/da/soeg/", "/da/soeg/?q=indsats", "/da/soeg/?q=radikalisring", "/da/soeg/?q=" + "x" * 300,
                "/en/search/?q=worried",
                # Arabic, right to left: results, a corrected misspelling, no results (with the phone number).
                "/ar/bahth/", "/ar/bahth/?q=التطرف", "/ar/bahth/?q=التطرق", "/ar/bahth/?q=كلمةغيرموجودة"):
        axe_page.goto(site_url + url)
        violations = run_axe(axe_page)
        if violations:
            failures.append(format_violations(url, violations))
    assert not failures, "\n\n".join(failures)


def test_search_without_javascript(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/da/soeg/")
    page.fill("#search-q", "bekymret")
    page.click("button[type=submit]")
    page.wait_for_url("**/da/soeg/?q=bekymret")
    first = page.locator(".search-result__title a").first
    assert first.get_attribute("href") == "/da/bekymret/"
    assert page.locator(".search-count").inner_text().strip()


def test_autocomplete_combobox_with_keyboard(phone, site_url):
    page = phone
    page.goto(site_url + "/da/soeg/")
    box = page.locator("#search-q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    box.type("bekym", delay=30)
    page.wait_for_selector("#search-q-suggestions li[role=option]")
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert active and page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    label = page.locator(f"#{active}").inner_text()
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    box.press("ArrowDown")
    page.wait_for_selector("#search-q-suggestions li[role=option]")
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_load_state()
    assert "/soeg/" not in page.url or "q=" in page.url
    assert label

