"""The concern path as a person uses it: on a 360 px phone, choosing a municipality with and
without JavaScript, the remembered choice, the hotline's open-now state, and printing the card."""

import datetime as dt
import importlib.util
import re

import pytest

from concern import clock
from contacts.hours import DANISH_TZ
from tests.browser.conftest import ROOT


@pytest.fixture
def municipality(site_url):
    from places import municipalities

    found = [m for m in municipalities.all_municipalities() if municipalities.infohus_for(m)]
    assert found, "the demo content has municipalities with an infohus"
    return found[len(found) // 3]


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_concern_path_on_a_360px_phone(phone, site_url):
    errors = []
    phone.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    phone.on("pageerror", lambda exc: errors.append(str(exc)))
    phone.goto(site_url + "/da/bekymret/")
    assert no_horizontal_scroll(phone)
    # The numbers are on the first screen, before any scrolling.
    for number in ("112", "114", "4174 9090"):
        link = phone.locator(".urgent a", has_text=number)
        assert link.is_visible()
        assert link.bounding_box()["y"] < 740 * 1.6
    # Three steps, in order, each with a heading.
    headings = phone.locator("main section > h2").all_inner_texts()
    assert [re.sub(r"^\d\s*", "", h).strip() for h in headings] == [
        "Genkend tegnene", "Kontakt infohuset i din kommune", "Det sker der bagefter"]
    # The A-D diagram is text, laid out within the screen.
    items = phone.locator("ol.flow > li")
    assert items.count() == 4
    for i in range(4):
        box = items.nth(i).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert not errors, errors


def test_choosing_a_municipality_with_javascript_swaps_in_the_infohus(phone, site_url, municipality):
    phone.goto(site_url + "/da/bekymret/")
    phone.evaluate("window.__noReload = true")
    phone.select_option("#kommune", municipality.slug)
    phone.get_by_role("button", name="Vis infohuset").click()
    card = phone.locator(f"[data-infohus='{municipality.slug}']")
    card.wait_for()
    assert phone.evaluate("window.__noReload === true"), "with JS the contact step is swapped in place"
    assert municipality.name in card.inner_text()
    assert card.locator("a[href^='tel:'], a[href^='mailto:']").count() >= 1
    assert phone.evaluate("document.activeElement.closest('#kontakt') !== null"), "focus moves to the result"
    assert f"kommune={municipality.slug}" in phone.url
    assert no_horizontal_scroll(phone)
    # Remembered: a fresh visit shows the same infohus.
    cookies = {c["name"]: c["value"] for c in phone.context.cookies()}
    assert cookies.get("kommune") == municipality.slug
    phone.goto(site_url + "/da/bekymret/")
    assert phone.locator(f"[data-infohus='{municipality.slug}']").is_visible()
    assert phone.locator("#kommune").input_value() == municipality.slug


def test_typing_a_name_without_javascript(phone_without_js, site_url, municipality):
    page = phone_without_js
    page.goto(site_url + "/da/bekymret/")
    assert page.locator("button[data-read-aloud]").is_hidden(), "no JS, no read-aloud button"
    # Lower case, no accents, with "kommune": still found.
    typed = municipality.name.lower().replace("ø", "o").replace("å", "aa").replace("æ", "ae")
    page.fill("#navn", typed)
    page.get_by_role("button", name="Find").click()
    page.wait_for_load_state()
    assert "navn=" in page.url
    card = page.locator(f"[data-infohus='{municipality.slug}']")
    assert card.is_visible() and municipality.name in card.inner_text()
    # Remembered on the next visit, still without JS.
    page.goto(site_url + "/da/bekymret/")
    assert page.locator(f"[data-infohus='{municipality.slug}']").is_visible()


def test_unknown_name_gets_a_clear_message_and_keeps_the_input(phone_without_js, site_url):
    page = phone_without_js
    page.goto(site_url + "/da/bekymret/")
    page.fill("#navn", "Atlantis")
    page.get_by_role("button", name="Find").click()
    alert = page.get_by_role("alert")
    assert "Atlantis" in alert.inner_text() and "listen" in alert.inner_text()
    assert page.locator("#navn").input_value() == "Atlantis"
    assert page.locator("#kommune option").count() > 90


def test_choosing_from_the_list_without_javascript(phone_without_js, site_url, municipality):
    page = phone_without_js
    page.goto(site_url + "/da/bekymret/")
    page.select_option("#kommune", municipality.slug)
    page.get_by_role("button", name="Vis infohuset").click()
    assert page.locator(f"[data-infohus='{municipality.slug}']").is_visible()
    assert page.url.endswith("#kontakt")


@pytest.mark.parametrize("hour, expected", [(12, "Åben nu"), (23, "Lukket nu")])
def test_open_now_with_a_frozen_clock(phone, site_url, monkeypatch, hour, expected):
    moment = dt.datetime(2026, 11, 24, hour, 0, tzinfo=DANISH_TZ)
    monkeypatch.setattr(clock, "now", lambda: moment)  # the server thread runs in this process
    phone.goto(site_url + "/da/bekymret/")
    assert phone.locator("[data-hotline] .status").inner_text().startswith(expected)


def test_action_card_prints_on_one_page(desktop, site_url, municipality):
    desktop.goto(site_url + f"/da/bekymret/kort/{municipality.slug}/")
    assert municipality.name in desktop.locator("h1").inner_text()
    desktop.emulate_media(media="print")
    for selector in (".site-header", ".site-footer", ".skip-link", ".breadcrumbs", ".no-print"):
        assert desktop.locator(selector).first.is_hidden(), f"{selector} must not print"
    order = desktop.locator("ol.call-order > li").all_inner_texts()
    assert "112" in order[0] and municipality.name in " ".join(order)
    assert desktop.locator("ol.flow > li").count() == 4
    pdf = desktop.pdf(format="A4", print_background=False)
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, "the action card fits on one A4 page"


def test_action_card_pdf_from_weasyprint(desktop, site_url, municipality):
    response = desktop.request.get(site_url + f"/da/bekymret/kort/{municipality.slug}/pdf/")
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert f"handlekort-{municipality.slug}.pdf" in response.headers["content-disposition"]
    assert response.body().startswith(b"%PDF")  # one page: tests/test_concern.py counts WeasyPrint's pages


@pytest.mark.parametrize("path", ["/da/bekymret/", "/ar/bekymret/"])
def test_concern_page_is_within_the_page_weight_budget(browser, site_url, path):
    spec = importlib.util.spec_from_file_location("page_weight", ROOT / "scripts" / "page_weight.py")
    page_weight = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(page_weight)
    rows = page_weight.measure(browser, site_url + path)
    kinds = {kind for _url, kind, *_ in rows}
    assert {"text/html", "text/css", "font/woff2"} <= kinds, "the web fonts count against the budget too"
    assert all(url.startswith(site_url) for url, *_ in rows), "no third-party requests"
    assert sum(row[4] for row in rows) < page_weight.BUDGET_BYTES
