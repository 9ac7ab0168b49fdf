"""The concern path (/da/bekymret/), the site layout and the municipality matching, server side.
Browser behaviour is tested in tests/browser/."""

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from concern import clock
from places import municipalities
from concern.contacts import next_opening
from contacts.hours import DANISH_TZ

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def freeze(monkeypatch, *args):
    moment = dt.datetime(*args, tzinfo=DANISH_TZ)
    monkeypatch.setattr(clock, "now", lambda: moment)
    return moment


# --- always visible: 112, 114, the hotline and whether it is open now -----------------------------
def test_concern_page_shows_emergency_numbers_and_the_three_steps(client, demo):
    response = client.get("/da/bekymret/")
    assert response.status_code == 200
    page = soup(response)
    urgent = page.select_one("aside.urgent")
    assert urgent is not None
    hrefs = [a["href"] for a in urgent.select("a[href^='tel:']")]
    assert hrefs == ["tel:112", "tel:114", "tel:+4541749090"]
    assert "alle dage kl. 08.00-22.00" in urgent.get_text()
    assert [h.get("id") for h in page.select("main section > h2")] == [
        "genkend-overskrift", "kontakt-overskrift", "bagefter-overskrift"]
    assert "ikke en tjekliste" in page.select_one("#genkend").get_text().lower()


@pytest.mark.parametrize(
    "moment, is_open, expected",
    [
        ((2026, 11, 23, 10, 0), True, "Åben nu"),
        ((2026, 11, 23, 8, 0), True, "Åben nu"),
        ((2026, 11, 23, 7, 15), False, "Lukket nu – åbner i dag kl. 08.00"),
        ((2026, 11, 23, 22, 0), False, "Lukket nu – åbner i morgen kl. 08.00"),
        ((2026, 7, 4, 23, 30), False, "Lukket nu – åbner i morgen kl. 08.00"),  # summer time
    ],
)
def test_hotline_open_now_is_computed_in_danish_time(client, demo, monkeypatch, moment, is_open, expected):
    freeze(monkeypatch, *moment)
    page = soup(client.get("/da/bekymret/"))
    status = page.select_one("[data-hotline] .status")
    assert status["data-open-now"] == ("true" if is_open else "false")
    assert re.sub(r"\s+", " ", status.get_text()).strip() == expected
    # What to do outside opening hours is always there.
    assert "Uden for åbningstiden" in page.select_one("[data-hotline]").get_text()


def test_open_now_uses_danish_time_even_for_a_utc_clock(client, demo, monkeypatch):
    # 21:30 UTC in November is 22:30 in Denmark: closed.
    moment = dt.datetime(2026, 11, 23, 21, 30, tzinfo=dt.timezone.utc)
    monkeypatch.setattr(clock, "now", lambda: moment)
    page = soup(client.get("/da/bekymret/"))
    assert page.select_one("[data-hotline] .status")["data-open-now"] == "false"


def test_concern_page_is_private_and_short_lived_because_it_varies(client, demo):
    response = client.get("/da/bekymret/")
    assert "private" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_next_opening_crosses_days_and_weekdays():
    period = SimpleNamespace(days="weekdays", opens=dt.time(9), closes=dt.time(15))
    friday_evening = dt.datetime(2026, 11, 27, 16, 0, tzinfo=DANISH_TZ)
    assert next_opening([period], friday_evening) == dt.datetime(2026, 11, 30, 9, 0, tzinfo=DANISH_TZ)


# --- what happens next: the path A-D as real text -----------------------------------------------------
def test_path_a_to_d_is_an_ordered_list_of_text(client, demo):
    page = soup(client.get("/da/bekymret/"))
    flow = page.select_one("#bagefter ol.flow")
    assert flow is not None and flow.get("aria-label")
    letters = [li.select_one(".flow__letter").get_text(strip=True) for li in flow.find_all("li", recursive=False)]
    assert letters == ["A", "B", "C", "D"]
    assert all(len(li.get_text(strip=True)) > 40 for li in flow.find_all("li"))
    assert not page.select("#bagefter img")


# --- layout on every page ---------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["/da/", "/da/bekymret/", "/da/tilgaengelighed/"])
def test_layout_landmarks_skip_link_header_and_footer(client, demo, url):
    page = soup(client.get(url))
    skip = page.select_one("body > a.skip-link")
    assert skip is not None and skip["href"] == "#main"
    assert page.select_one("main#main") is not None
    assert page.select_one("header.site-header") and page.select_one("footer.site-footer")
    concern = page.select_one("header .site-header__concern")
    assert concern.get_text(strip=True) == "Er du bekymret?" and concern["href"] == "/da/bekymret/"
    footer_numbers = [a.get_text(strip=True) for a in page.select("footer a[href^='tel:']")]
    assert {"112", "114", "4174 9090"} <= set(footer_numbers)
    assert page.select_one("footer a[href='/da/tilgaengelighed/']") is not None
    assert page.html["lang"] == "da" and page.html["dir"] == "ltr"


@pytest.mark.parametrize("url", ["/da/bekymret/", "/da/tilgaengelighed/"])
def test_breadcrumbs_and_last_updated(client, demo, url):
    page = soup(client.get(url))
    crumbs = page.select("nav.breadcrumbs li")
    assert crumbs[0].a["href"] == "/da/" and crumbs[0].get_text(strip=True) == "Forside"
    assert crumbs[-1].get("aria-current") == "page"  # DKFDS marks the current crumb's li
    updated = page.select_one(".page-meta time")
    assert updated is not None and re.match(r"\d{4}-\d{2}-\d{2}$", updated["datetime"])
    assert "Sidst opdateret" in page.select_one(".page-meta").get_text()


def test_read_aloud_button_is_hidden_until_script_reveals_it(client, demo):
    page = soup(client.get("/da/tilgaengelighed/"))
    button = page.select_one("button[data-read-aloud]")
    assert button is not None and button.has_attr("hidden") and button["type"] == "button"


@pytest.mark.parametrize("url", ["/da/", "/da/bekymret/", "/da/tilgaengelighed/", "/da/findes-ikke/"])
def test_no_inline_script_style_or_third_party_requests(client, demo, url):
    response = client.get(url)
    page = soup(response)
    for script in page.find_all("script"):
        assert script.get("src", "").startswith("/static/"), script
        assert script.has_attr("defer")
        assert not script.get_text(strip=True)
    assert not page.find_all("style")
    for element in page.find_all(True):
        assert "style" not in element.attrs, element
        assert not [a for a in element.attrs if a.startswith("on")], element
    # hreflang alternates and the canonical link are absolute by definition and are not fetched.
    for element in page.select('[src], link[href]:not([rel="alternate"]):not([rel="canonical"])'):
        url_ = element.get("src") or element.get("href")
        assert url_.startswith("/"), f"third-party or absolute resource: {url_}"


def test_404_page_helps_the_reader_on(client, demo):
    response = client.get("/da/findes-ikke/")
    assert response.status_code == 404
    page = soup(response)
    assert page.select_one("main a[href='/da/bekymret/']") is not None
    assert "112" in page.select_one("main").get_text()


def test_500_page_renders_without_database_or_context():
    from django.template.loader import get_template

    html = get_template("500.html").render({})
    assert "4174 9090" in html and 'lang="da"' in html


# --- matching typed municipality names -------------------------------------------------------------
def fake(name, slug, short=""):
    return SimpleNamespace(name=name, slug=slug, short_name=short)


CANDIDATES = [
    fake("Københavns Kommune", "koebenhavn", "København"),
    fake("Frederiksberg Kommune", "frederiksberg"),
    fake("Frederikshavn Kommune", "frederikshavn"),
    fake("Aabenraa Kommune", "aabenraa"),
    fake("Høje-Taastrup Kommune", "hoeje-taastrup"),
    fake("Bornholms Regionskommune", "bornholm", "Bornholm"),
    fake("Aarhus Kommune", "aarhus"),
]


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("København", "koebenhavn"),
        ("kobenhavn", "koebenhavn"),
        ("KØBENHAVNS KOMMUNE", "koebenhavn"),
        ("Åbenrå", "aabenraa"),
        ("aabenraa kommune", "aabenraa"),
        ("hoje taastrup", "hoeje-taastrup"),
        ("Høje Tåstrup", "hoeje-taastrup"),
        ("bornholm", "bornholm"),
        ("  aarhus  ", "aarhus"),
        ("Århus", "aarhus"),
    ],
)
def test_typed_names_match_despite_case_accents_and_suffix(typed, expected):
    found, suggestions = municipalities.match(typed, CANDIDATES)
    assert found is not None and found.slug == expected, suggestions


def test_ambiguous_name_gives_suggestions_and_unknown_gives_nothing():
    found, suggestions = municipalities.match("Frederiks", CANDIDATES)
    assert found is None
    assert {m.slug for m in suggestions} == {"frederiksberg", "frederikshavn"}
    assert municipalities.match("Atlantis", CANDIDATES) == (None, [])
    assert municipalities.match("", CANDIDATES) == (None, [])


# --- the action card ------------------------------------------------------------------------------
def _card_municipality():
    """The hardest case for a one-page card: the longest name and infohus details."""
    from places.models import Municipality

    return max(
        Municipality.objects.select_related("infohus"),
        key=lambda m: len(m.name) + len(getattr(getattr(m, "infohus", None), "note", "") or "")
        + len(getattr(getattr(m, "infohus", None), "email", "") or ""),
    )


def test_action_card_lists_whom_to_call_in_order(client, demo):
    municipality = _card_municipality()
    response = client.get(f"/da/bekymret/kort/{municipality.slug}/")
    assert response.status_code == 200
    page = soup(response)
    steps = [re.sub(r"\s+", " ", li.get_text()) for li in page.select("ol.call-order > li")]
    assert "112" in steps[0]
    assert any(municipality.name in step and "infohus" in step for step in steps)
    assert any("4174 9090" in step for step in steps) and any("114" in step for step in steps)
    assert [li.select_one(".flow__letter").get_text() for li in page.select("ol.flow > li")] == list("ABCD")
    crumbs = [li.get_text(strip=True) for li in page.select("nav.breadcrumbs li")]
    assert crumbs[-1] == municipality.name


def test_action_card_pdf_is_one_a4_page_and_reads_no_outside_resources(rf, demo):
    from concern import pdf
    from concern.models import ConcernPage

    municipality = _card_municipality()
    concern_page = ConcernPage.objects.get(locale__language_code="da")
    request = rf.get(f"/da/bekymret/kort/{municipality.slug}/pdf/")
    request.LANGUAGE_CODE = "da"
    document = pdf.action_card_document(request, concern_page.card_context(request, municipality, for_pdf=True))
    assert len(document.pages) == 1
    assert document.write_pdf().startswith(b"%PDF")
    # The fetcher serves our static files and refuses anything else.
    assert pdf.static_path("http://testserver/static/css/site.css") is not None
    assert pdf.static_path("https://example.org/track.png") is None
    assert pdf.static_path("file:///etc/passwd") is None
    assert pdf.static_path("http://testserver/static/../manage.py") is None


def test_action_card_pdf_response(client, demo):
    from places.models import Municipality

    municipality = Municipality.objects.get(slug="aarhus")
    response = client.get(f"/da/bekymret/kort/{municipality.slug}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_unknown_municipality_card_is_404(client, demo):
    assert client.get("/da/bekymret/kort/atlantis/").status_code == 404
    assert client.get("/da/bekymret/kort/atlantis/pdf/").status_code == 404


# --- choosing and remembering, server side ------------------------------------------------------------
def test_choice_by_list_is_remembered_in_cookie_and_session(client, demo):
    response = client.get("/da/bekymret/?kommune=aarhus")
    assert response.status_code == 200
    assert response.cookies["kommune"].value == "aarhus"
    assert response.cookies["kommune"]["httponly"]
    assert client.session["concern_municipality"] == "aarhus"
    page = soup(client.get("/da/bekymret/"))
    assert page.select_one("[data-infohus='aarhus']") is not None
    assert page.select_one("#kommune option[selected]")["value"] == "aarhus"


def test_session_alone_remembers_when_the_cookie_is_gone(client, demo):
    client.get("/da/bekymret/?kommune=odense")
    del client.cookies["kommune"]
    assert soup(client.get("/da/bekymret/")).select_one("[data-infohus='odense']") is not None


@pytest.mark.parametrize("typed", ["københavn", "KOBENHAVNS KOMMUNE", "Kobenhavn"])
def test_typed_name_is_matched_server_side(client, demo, typed):
    page = soup(client.get("/da/bekymret/", {"navn": typed}))
    assert page.select_one("[data-infohus='koebenhavn']") is not None


def test_no_match_keeps_input_and_says_what_to_do(client, demo):
    response = client.get("/da/bekymret/", {"navn": "Atlantis"})
    page = soup(response)
    alert = page.select_one("[role='alert']")
    assert "Atlantis" in alert.get_text() and "listen" in alert.get_text()
    assert page.select_one("#navn")["value"] == "Atlantis"
    assert "kommune" not in response.cookies


def test_ambiguous_name_offers_links(client, demo):
    page = soup(client.get("/da/bekymret/", {"navn": "frederiks"}))
    links = [a["href"] for a in page.select("[role='alert'] a")]
    assert "/da/bekymret/?kommune=frederiksberg#kontakt" in links
    assert "/da/bekymret/?kommune=frederikssund#kontakt" in links


def test_unknown_slug_is_an_error_not_a_crash(client, demo):
    response = client.get("/da/bekymret/", {"kommune": "<script>"})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]
    assert soup(response).select_one("[role='alert']") is not None


def test_contact_fragment_for_the_script(client, demo):
    response = client.get("/da/bekymret/", {"kommune": "aarhus", "del": "kontakt"})
    html = response.content.decode()
    assert html.lstrip().startswith("<section id=\"kontakt\"") and "<html" not in html
    assert response.cookies["kommune"].value == "aarhus"


def test_remembered_choice_is_never_served_to_another_reader_from_the_page_cache(client, demo):
    from django.test import Client

    first = client.get("/da/bekymret/?kommune=aarhus")
    assert first.get("X-Page-Cache") is None
    for _ in range(2):
        response = client.get("/da/bekymret/")
        assert response.get("X-Page-Cache") != "hit"
        assert "private" in response["Cache-Control"] and "Cookie" in response["Vary"]
    stranger = Client()
    stranger.cookies["kommune"] = "odense"
    page = soup(stranger.get("/da/bekymret/"))
    assert page.select_one("[data-infohus='odense']") is not None
    assert page.select_one("[data-infohus='aarhus']") is None
    assert soup(Client().get("/da/bekymret/")).select_one("[data-infohus]") is None
