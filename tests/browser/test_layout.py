"""The layout in a browser: 320 px without sideways scrolling, the concern link in the header and
visible keyboard focus on every page type (tests/pages.py), "Læs op" only where speech synthesis
exists."""

import pytest

from tests.browser.test_keyboard import FOCUS_INFO
from tests.pages import all_urls

SPY_ON_SPEECH = """
window.__spoken = null;
if ('speechSynthesis' in window) {
  window.speechSynthesis.speak = function (utterance) { window.__spoken = {text: utterance.text, lang: utterance.lang}; };
}
"""
NO_SPEECH = "delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;"


def test_every_page_type_fits_320px_links_to_the_concern_page_and_shows_focus(browser, site_url):
    """At 320 px no page scrolls sideways and the header's concern link is on screen; Tab from the
    top into the main content: every element that takes focus on the way shows it (outline or halo)."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    failures = []
    try:
        for name, url in all_urls():
            page.goto(site_url + url)
            widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if widths[0] > widths[1]:
                failures.append(f"{name} {url}: scrolls sideways ({widths[0]} px wide in {widths[1]} px)")
            link = page.locator("header .site-header__concern")
            box = link.bounding_box() if link.is_visible() else None
            if not box or box["x"] < 0 or box["x"] + box["width"] > 320:
                failures.append(f"{name} {url}: the header's concern link is not on screen ({box})")
            failures += [f"{name} {url}: {problem}" for problem in focus_problems(page)]
    finally:
        context.close()
    assert not failures, "\n".join(failures)


def focus_problems(page, after_main=3, limit=60):
    """Tab from the top of the page until `after_main` elements inside <main> had focus; return what
    was wrong on the way (focus not visible, or nothing in main reachable)."""
    problems = []
    in_main = 0
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_INFO)
        if info["tag"] == "body":  # the end of the page
            break
        if not (info["outline"] or info["shadow"]):
            problems.append(f"focus is not visible on {info['tag']} {info['cls'] or info['id']} {info['text']!r}")
        if page.evaluate("document.getElementById('main').contains(document.activeElement)"):
            in_main += 1
            if in_main >= after_main:
                break
    if not in_main and page.locator("main a[href], main button, main input, main select, main [tabindex='0']").count():
        problems.append("Tab never reached the main content")
    return problems


def test_read_aloud_reads_the_page_in_its_language(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(SPY_ON_SPEECH)
    page = context.new_page()
    try:
        page.goto(site_url + "/da/tilgaengelighed/")
        button = page.locator("button[data-read-aloud]")
        assert page.get_by_role("button", name="Læs op").is_visible()
        button.click()
        spoken = page.evaluate("window.__spoken")
        assert spoken["lang"] == "da"
        assert "Tilgængelighedserklæring" in spoken["text"] and "Læs op" not in spoken["text"][:20]
        assert button.get_attribute("aria-pressed") == "true"
        assert button.inner_text().strip() == "Stop oplæsning"
        button.click()
        assert button.get_attribute("aria-pressed") == "false"
    finally:
        context.close()


@pytest.mark.parametrize("url", ["/da/tilgaengelighed/", "/da/bekymret/"])
def test_read_aloud_stays_hidden_without_speech_synthesis(browser, site_url, url):
    context = browser.new_context()
    context.add_init_script(NO_SPEECH)
    page = context.new_page()
    try:
        page.goto(site_url + url)
        assert page.locator("button[data-read-aloud]").is_hidden()
    finally:
        context.close()
