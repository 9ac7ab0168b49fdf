"""The layout in a browser: 320 px without sideways scrolling, "Læs op" only where speech synthesis
exists, the concern link in the header of every page."""

import pytest

from tests.pages import all_urls

SPY_ON_SPEECH = """
window.__spoken = null;
if ('speechSynthesis' in window) {
  window.speechSynthesis.speak = function (utterance) { window.__spoken = {text: utterance.text, lang: utterance.lang}; };
}
"""
NO_SPEECH = "delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;"


def test_every_page_type_fits_320px_and_links_to_the_concern_page(browser, site_url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        for name, url in all_urls():
            page.goto(site_url + url)
            assert page.evaluate("document.documentElement.scrollWidth <= 320"), f"{name} {url} scrolls sideways"
            link = page.locator("header .site-header__concern")
            assert link.is_visible(), name
            box = link.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 320
    finally:
        context.close()


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
