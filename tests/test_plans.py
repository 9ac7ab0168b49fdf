"""Plans: reference data, infohus contacts, the plan index, plan pages, PDF, goal validation."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contacts.models import InfohusContact

from places.models import Municipality, PoliceDistrict

from plans.models import PlanIndexPage, PlanIntervention, PlanPage
from plans.status import NONE, PUBLIC, STAFF_ONLY, plan_statuses

pytestmark = pytest.mark.django_db


def test_reference_data_loaded_by_migration():
    assert PoliceDistrict.objects.count() == 12
    assert Municipality.objects.count() == 98
    aarhus = Municipality.objects.select_related("police_district").get(code=751)
    assert (aarhus.name, aarhus.short_name, aarhus.slug) == ("Aarhus Kommune", "Aarhus", "aarhus")
    assert aarhus.police_district.name == "Østjyllands Politi"
    assert Municipality.objects.get(code=101).slug == "koebenhavn"
    assert Municipality.objects.filter(police_district__slug="bornholms-politi").count() == 1


def test_every_municipality_and_district_has_an_infohus(demo):
    assert InfohusContact.objects.filter(kind="kommune").count() == 98
    assert InfohusContact.objects.filter(kind="netvaerk").count() == 12
    contact = InfohusContact.objects.get(municipality__slug="odense")
    assert contact.opening_periods.exists()
    assert "Eksempeldata" in contact.note


def test_infohus_must_belong_to_the_right_unit(demo):
    contact = InfohusContact(kind="kommune", name="X", police_district=PoliceDistrict.objects.first())
    with pytest.raises(ValidationError) as error:
        contact.full_clean()
    assert "Infohus Kommune skal høre til én kommune" in str(error.value)


def test_statuses_for_all_98_in_constant_queries(demo):
    with CaptureQueriesContext(connection) as queries:
        rows = plan_statuses()
    assert len(rows) == 98
    assert len(queries.captured_queries) <= 6
    by_slug = {row.municipality.slug: row for row in rows}
    assert by_slug["odense"].status == PUBLIC
    assert by_slug["odense"].url == "/da/handlingsplaner/odense/"
    assert by_slug["holbaek"].status == STAFF_ONLY
    assert by_slug["aarhus"].status == NONE
    assert by_slug["odense"].police_district.name == "Fyns Politi"


def test_plan_index_lists_all_98_and_filters_without_js(client, demo):
    html = client.get("/da/handlingsplaner/").content.decode()
    assert html.count('<th scope="row">') == 98
    assert 'method="get"' in html and "Sydøstjyllands Politi" in html
    filtered = client.get("/da/handlingsplaner/?politikreds=fyns-politi&status=public").content.decode()
    assert filtered.count('<th scope="row">') == 1 and "Odense Kommune" in filtered
    # Unknown filter values are ignored rather than failing.
    assert client.get("/da/handlingsplaner/?status=nonsense&politikreds=<x>").status_code == 200


def test_plan_index_query_count_is_flat(client, demo, django_assert_max_num_queries):
    # 98 rows: anything per row (an N+1) would cost 98+ queries; the page needs a fixed ~20
    # (status module 4-6, the rest is the base template's header/footer).
    with django_assert_max_num_queries(35):
        client.get("/da/handlingsplaner/")


def test_plan_page_shows_template_sections_and_contacts(client, demo):
    html = client.get("/da/handlingsplaner/odense/").content.decode()
    for text in ("Eksempel", "Vision og formål", "Procedure ved bekymring", "Infohus Odense",
                 "Infohus Netværk, Fyns Politi", "Dialogforløb for unge", "Foregribende",
                 "Rettet mod fagprofessionelle", "4174 9090", "114", "Politisk godkendt"):
        assert text in html, text
    # The municipality's infohus comes before the hotline in the contact block.
    block = html[html.index('class="plan-contact"'):]
    assert block.index("Infohus Odense") < block.index("4174 9090") < block.index("114")


def test_plan_page_query_count_does_not_grow_with_interventions(client, demo):
    page = PlanPage.objects.get(locale__language_code="da", slug="skive")

    def count_for(n):
        page.interventions = [
            PlanIntervention(title=f"Indsats {i}", aimed_at="citizen", level="opbyggende") for i in range(n)
        ]
        page.save_revision().publish()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/da/handlingsplaner/skive/").status_code == 200
        return len(queries.captured_queries)

    assert count_for(3) == count_for(30)


def test_goal_count_is_validated_in_danish(demo):
    page = PlanPage.objects.get(locale__language_code="da", slug="odense")
    page.goals = [("goal", {"title": "Kun ét mål", "description": ""})]
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "mindst 3 og højst 5" in str(error.value.message_dict["goals"])
    page.goals = [("goal", {"title": f"Mål {i}", "description": ""}) for i in range(6)]
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "fjern 1" in error.value.message_dict["goals"][0]
    page.goals = [("goal", {"title": f"Mål {i}", "description": ""}) for i in range(4)]
    page.full_clean()


def test_one_plan_per_municipality_and_locale(demo):
    index = PlanIndexPage.objects.get(locale__language_code="da", slug="handlingsplaner")
    duplicate = PlanPage(title="Dublet", municipality=Municipality.objects.get(slug="odense"), locale=index.locale)
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=duplicate)
    assert "har allerede en handlingsplan" in str(error.value)


def test_pdf_contains_the_plan(client, demo):
    response = client.get("/da/handlingsplaner/odense/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    text = pdf_text(response.content)
    for expected in ("Eksempel: Handlingsplan mod ekstremisme for Odense Kommune", "Dialogforløb for unge",
                     "Infohus Odense", "4174 9090"):
        assert expected in text, expected


def pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages)
