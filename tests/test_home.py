import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from contacts.models import ContactPoint
from home.blocks import EntryPointBlock
from home.models import HomePage

pytestmark = pytest.mark.django_db


def home_html(client):
    response = client.get("/da/")
    assert response.status_code == 200
    return response.content.decode()


def test_home_leads_with_the_concern_path_then_contacts_then_entry_points(client, demo):
    html = home_html(client)
    main = html[html.index('<main'):]
    concern = main.index("Er du bekymret")
    contacts = main.index('class="home-contacts"')
    entries = main.index('class="entry-points"')
    assert concern < contacts < entries
    home = HomePage.objects.get(depth=2, locale__language_code="da")
    assert f'concern-lead__link" href="{home.concern_url}"' in main


def test_home_shows_the_national_contact_numbers_as_phone_links(client, demo):
    html = home_html(client)
    assert 'href="tel:+4541749090"' in html and "4174 9090" in html
    assert 'href="tel:114"' in html and 'href="tel:112"' in html
    assert "Alle dage kl. 08.00-22.00" in html


def test_home_entry_points_lead_to_guide_signs_plans_and_knowledge(client, demo):
    html = home_html(client)
    for href in ('href="/da/vejledning/"', 'href="/da/bekymringstegn/"', 'href="/da/handlingsplaner/"',
                 'href="/da/viden/"'):
        assert href in html
    for url in ("/da/vejledning/", "/da/bekymringstegn/", "/da/viden/"):
        assert client.get(url).status_code == 200


def test_unpublished_contact_point_disappears_from_home(client, demo):
    hotline = ContactPoint.objects.get(kind=ContactPoint.Kind.HOTLINE, locale__language_code="da")
    hotline.unpublish()
    assert "4174 9090" not in home_html(client).split('class="home-contacts"')[1].split("</section>")[0]


def test_entry_point_needs_a_target_and_a_local_path():
    block = EntryPointBlock()
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(block.to_python({"title": "", "text": "", "page": None, "path": ""}))
    errors = excinfo.value.block_errors
    assert "mangler en titel" in " ".join(errors["title"].messages)
    assert "Vælg en side" in " ".join(errors["page"].messages)
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(block.to_python({"title": "X", "text": "", "page": None, "path": "https://example.org/"}))
    assert "begynde med /" in " ".join(excinfo.value.block_errors["path"].messages)
    value = block.clean(block.to_python({"title": "X", "text": "", "page": None, "path": "/da/viden/"}))
    assert value["path"] == "/da/viden/"


def test_concern_link_follows_a_chosen_page(client, demo):
    from guidance.models import SignsOfConcernPage

    home = HomePage.objects.get(depth=2, locale__language_code="da")
    home.concern_page = SignsOfConcernPage.objects.get(slug="bekymringstegn", locale__language_code="da")
    home.save_revision().publish()
    html = home_html(client)
    assert 'class="button button-primary concern-lead__link" href="/da/bekymringstegn/"' in html


def test_home_api_exposes_entry_points(client, demo):
    home = HomePage.objects.get(depth=2, locale__language_code="da")
    data = client.get(f"/api/v2/pages/{home.pk}/").json()
    assert data["lead_heading"] and len(data["entry_points"]) == 4
