"""The centre's translation status report (core.translation_status, Reports → Oversættelser) and its
dashboard panel: what is translated, missing or out of date, per language; only for the centre."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from contacts.models import ContactPoint
from core import translation_status
from core.permissions import CENTRE_EDITORS
from places.models import Municipality

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/oversaettelser/"


@pytest.fixture
def centre_editor(demo, django_user_model):
    user = django_user_model.objects.create_user("centre", password="x" * 16)
    user.groups.add(Group.objects.get(name=CENTRE_EDITORS))
    return user


@pytest.fixture
def municipality_editor(demo, django_user_model):
    user = django_user_model.objects.create_user("kommune", password="x" * 16)
    user.groups.add(Municipality.objects.get(slug="aarhus").editor_group)
    return user


def statuses_of(title):
    rows, _counts = translation_status.report()
    return next(row.statuses for row in rows if row.title.startswith(title))


def test_the_demo_reader_content_is_translated_and_the_plans_are_not(demo):
    assert statuses_of("Er du bekymret for en person?") == {"en": "translated", "ar": "translated"}
    assert statuses_of("Tilgængelighedserklæring") == {"en": "translated", "ar": "translated"}
    assert statuses_of("Politiet 114") == {"en": "translated", "ar": "translated"}
    # The guide is written in Danish and English only.
    assert statuses_of("Vejledning: kommunens handlingsplan mod ekstremisme")["ar"] == "missing"


def test_a_danish_change_after_the_translation_makes_it_out_of_date(demo):
    point = ContactPoint.objects.get(kind="police", locale__language_code="da")
    point.description = "Ring 114, når du vil tale med politiet, men det ikke haster."
    point.save_revision().publish()
    assert statuses_of("Politiet 114") == {"en": "outdated", "ar": "outdated"}


def test_a_new_danish_page_is_missing_until_translated(demo):
    from home.models import ContentPage, HomePage

    home = HomePage.objects.get(depth=2, locale__language_code="da")
    page = home.add_child(instance=ContentPage(title="Om os", slug="om-os", summary="Kort om centret."))
    page.save_revision().publish()
    assert statuses_of("Om os") == {"en": "missing", "ar": "missing"}  # only the synchronised aliases


def test_counts_add_up_per_language(demo):
    rows, counts = translation_status.report()
    pages = sum(1 for row in rows if row.is_page)
    for code in ("en", "ar"):
        assert sum(counts[code]["pages"].values()) == pages
        assert sum(counts[code]["snippets"].values()) == len(rows) - pages


def test_staff_only_pages_are_not_listed(demo):
    from wagtail.models import Page

    restricted = Page.objects.filter(locale__language_code="da", view_restrictions__isnull=False)
    assert restricted.exists()
    titles = {row.title for row in translation_status.report()[0]}
    assert not titles & set(restricted.values_list("title", flat=True))


def test_report_for_the_centre_lists_rows_and_counts(client, centre_editor, django_assert_max_num_queries):
    client.force_login(centre_editor)
    with django_assert_max_num_queries(60):
        response = client.get(REPORT_URL)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "lxml")
    assert page.select_one("table.translation-summary")
    text = page.get_text(" ", strip=True)
    assert "Er du bekymret for en person?" in text and "Engelsk" in text and "Arabisk" in text
    missing = client.get(REPORT_URL, {"sprog": "ar", "status": "missing"}).content.decode()
    assert "Samarbejdet i infohusene" in missing and "Politiet 114" not in missing
    export = client.get(REPORT_URL, {"export": "csv"})
    csv = b"".join(export.streaming_content).decode()
    assert "Side eller tekst" in csv.splitlines()[0] and "Politiet 114" in csv


def test_dashboard_shows_the_counts_to_the_centre(client, centre_editor):
    client.force_login(centre_editor)
    page = BeautifulSoup(client.get("/admin/").content, "lxml")
    panel = page.select_one("#core-translation-status-section, #core-translation-status")
    assert panel is not None
    _rows, counts = translation_status.report()
    cell = panel.select_one('td[data-status="missing"] a[href*="sprog=ar"]')
    assert cell is not None and int(cell.get_text()) == counts["ar"]["pages"]["missing"]


def test_report_is_refused_to_municipality_editors_and_anonymous(client, municipality_editor):
    anonymous = client.get(REPORT_URL)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    client.force_login(municipality_editor)
    for url in (REPORT_URL, REPORT_URL + "?export=csv", REPORT_URL + "results/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"Side eller tekst" not in b"".join(getattr(response, "streaming_content", [response.content]))
    dashboard = client.get("/admin/").content.decode()
    assert REPORT_URL not in dashboard and "core-translation-status" not in dashboard
