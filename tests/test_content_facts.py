"""The demo content's facts, checked against what the source documents say (issue 15): the centre's
contact, a concern's path, the one message about serious signs."""

import re

import pytest
from bs4 import BeautifulSoup

from guidance.models import GuideChapterPage, KnowledgePage
from tests.seeds import seed_text

pytestmark = pytest.mark.django_db

CENTRE_GENERAL = "72 14 27 00"
CENTRE_ADVICE = "72 14 22 14"
CENTRE_EMAIL = "ekstremisme@siri.dk"


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "lxml")


def centre_entries(page, selector):
    """The centre's entries, known by their telephone links (the names are translated)."""
    return [item for item in page.select(selector) if any(a["href"].startswith("tel:+457214") for a in item.select("a"))]


def test_home_shows_the_centres_real_numbers_and_no_opening_hours(client, demo):
    page = soup(client, "/da/")
    entries = centre_entries(page, ".home-contacts__item")
    text = " ".join(entry.get_text(" ", strip=True) for entry in entries)
    assert CENTRE_GENERAL in text and CENTRE_ADVICE in text and CENTRE_EMAIL in text
    assert {a["href"] for entry in entries for a in entry.select("a")} >= {
        "tel:+4572142700", "tel:+4572142214", f"mailto:{CENTRE_EMAIL}",
    }
    for entry in entries:
        assert not entry.select(".home-contacts__hours")
        assert "kl." not in entry.get_text()


@pytest.mark.parametrize("url", ["/da/", "/da/bekymret/", "/da/tilgaengelighed/", "/en/", "/ar/"])
def test_no_invented_contact_anywhere_a_reader_looks(client, demo, url):
    page = soup(client, url)
    html = str(page)
    assert "stopekstremisme.dk" not in html and "09.00-15.00" not in html and "09:00-15:00" not in html
    footer = centre_entries(page, ".site-footer .contact-list li")
    assert len(footer) == 2
    assert all(not entry.select(".contact-list__hours") for entry in footer)
    assert CENTRE_EMAIL in " ".join(entry.get_text() for entry in footer)


def test_a_concerns_last_step_closes_the_case_and_the_police_belong_to_the_first_assessment(client, demo):
    page = soup(client, "/da/bekymret/")
    text = page.get_text(" ", strip=True)
    step_d = text[text.index("Afslutning og eventuel evaluering"):]
    step_d = step_d[: step_d.index("vendt tilbage")]
    assert "politi" not in step_d.lower() and "6 eller 12 måneder" in step_d and "enhed i kommunen" in step_d
    step_b = text[text.index("Første vurdering"):text.index("Indsats og opfølgning")]
    assert "politiet" in step_b and "retsplejelovens § 115" in step_b


def test_serious_signs_mean_seek_advice_not_proof(client, demo):
    concern = soup(client, "/da/bekymret/").get_text(" ", strip=True)
    signs = soup(client, "/da/bekymringstegn/").get_text(" ", strip=True)
    for text in (concern, signs):
        assert "grund nok" not in text
        assert "søg råd med det samme" in text.lower()
    assert "Intet tegn er i sig selv et bevis" in concern
    assert "intet af tegnene i sig selv er et bevis" in signs
    english = soup(client, "/en/bekymret/").get_text(" ", strip=True)
    assert "seek advice at once" in english and "reason enough" not in english


def test_model_three_steering_group_does_not_follow_up_closed_cases(client, demo):
    text = soup(client, "/da/viden/kommunernes-indsats-2018/").get_text(" ", strip=True)
    assert "styregruppe, der også følger op på lukkede sager" not in text
    assert "faste møder efter fx 6 eller 12 måneder" in text or "efter fx 6 eller 12 måneder" in text


def test_practice_case_six_has_the_guides_title(client, demo):
    text = soup(client, "/da/vejledning/udviklingsomraader/organisering/").get_text(" ", strip=True)
    assert "Organisering på det strategiske niveau" in text
    assert "Organisering på det udførende niveau" not in text


def test_quotes_are_exact_and_name_their_source(client, demo):
    """A quote block quotes the source word for word and says where it is from; a reworded point is
    our own text, without quotation marks."""
    sources = re.sub(r"\s+", " ", seed_text())

    found = 0
    for model in (GuideChapterPage, KnowledgePage):
        for page in model.objects.filter(locale__language_code="da", live=True):
            for block in page.body:
                if block.block_type == "quote":
                    found += 1
                    assert block.value["text"] in sources, (page.title, block.value["text"])
                    assert "citeret i" in block.value["speaker_role"], page.title
    assert found >= 1


@pytest.mark.parametrize(("url", "expected"), [
    ("/da/viden/kommunernes-indsats-2018/", ["§ 12 b i serviceloven", "Under og over 18 år", "Motivation:",
                                            "Forhold, der gør en bekymring tungere", "Graden af bekymring ligger heller ikke fast"]),
    ("/en/viden/kommunernes-indsats-2018/", ["section 12 b of the Social Services Act", "Under and over 18",
                                            "Nor is the degree of concern fixed"]),
    ("/da/viden/infohus-samarbejdet/", ["Hvem tager samtalen?", "Opfølgning", "Hvem kan beslutte?", "mandat"]),
    ("/en/viden/infohus-samarbejdet/", ["Who has the conversation?", "Who can decide?", "mandate"]),
    ("/da/vejledning/behov/hvorfor-en-handlingsplan/", ["Det får kommunen ud af en handlingsplan",
                                                        "hvor de skal henvende sig"]),
    ("/en/vejledning/behov/hvorfor-en-handlingsplan/", ["What the municipality gains from an action plan"]),
])
def test_what_the_sources_have_is_on_the_guide_and_knowledge_pages(client, demo, url, expected):
    text = soup(client, url).get_text(" ", strip=True)
    for phrase in expected:
        assert phrase in text, (url, phrase)
