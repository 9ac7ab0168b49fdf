"""The placeholders in the centre's text blocks ([KOMMUNE], [POLITIKREDS]): inside a plan they become
the municipality's and police district's official names (page, PDF, search index, API); outside a
plan they are marked slots; a plan's own text may not be published with one left in."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from guidance.models import GuideChapterPage, TextBlock
from guidance.textblocks import fill_placeholders, find_placeholders, mark_placeholders
from places.models import Municipality
from plans.models import PlanIndexPage, PlanPage
from search.documents import page_documents
from tests.test_plans import pdf_text

pytestmark = pytest.mark.django_db

RAW = re.compile(r"\[(KOMMUNE|POLITIKREDS)\]")
GOALS = [("goal", {"title": f"Mål {i}", "description": ""}) for i in range(3)]


def publish_plan(code):
    municipality = Municipality.objects.select_related("police_district").get(code=code)
    index = PlanIndexPage.objects.get(locale__language_code="da", slug="handlingsplaner")
    blocks = {b.number: b for b in TextBlock.objects.filter(locale=index.locale, number__in=[3, 4, 6])}
    plan = PlanPage(
        title=f"Handlingsplan for {municipality.name}", municipality=municipality, locale=index.locale,
        goals=GOALS,
        infohus_cooperation=[("text_block", blocks[3]), ("text_block", blocks[4])],
        network=[("paragraph", "<p>Vores egen tekst.</p>"), ("text_block", blocks[6])],
    )
    index.add_child(instance=plan)
    plan.save_revision().publish()
    return PlanPage.objects.get(pk=plan.pk), municipality


def expected_sentences(municipality):
    district = municipality.police_district.name
    return [
        f"{municipality.name} indgår i infohus-samarbejdet",
        f"mellem kommunen, {district} og andre",
        f"Infohus Kommune i {municipality.name} samler",
        f"{municipality.name} deltager i netværksmøderne i {district}",
    ]


@pytest.mark.parametrize(
    "code, name, district",
    [(101, "Københavns Kommune", "Københavns Politi"), (400, "Bornholms Regionskommune", "Bornholms Politi")],
)
def test_plan_shows_the_official_names_everywhere(client, demo, code, name, district):
    plan, municipality = publish_plan(code)
    assert municipality.name == name and municipality.police_district.name == district
    wrong = [f"{municipality.short_name} Kommune", f"{name} Kommune", "[KOMMUNE] Kommune"]

    def check(text, where):
        for sentence in expected_sentences(municipality):
            assert sentence in text, (where, sentence)
        assert not RAW.search(text), where
        assert 'class="placeholder"' not in text, where
        for phrase in wrong:
            assert phrase not in text, (where, phrase)

    url = plan.get_url()
    html = client.get(url).content.decode()
    check(re.sub(r"\s+", " ", html), "page")
    check(pdf_text(client.get(f"{url}pdf/").content), "pdf")
    documents = page_documents(plan)
    check(" ".join(f"{d['title_text']} {d['keywords']} {d['body']}" for d in documents), "search")
    response = client.get(f"/api/v2/pages/{plan.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert [item["number"] for item in data["text_blocks"]] == [3, 4, 6]
    check(" ".join(item["body"] for item in data["text_blocks"]), "api")
    assert not RAW.search(response.content.decode())


def test_names_are_escaped_and_missing_names_stay_marked():
    html = fill_placeholders("<p>[KOMMUNE] og [POLITIKREDS]</p>", municipality="A & <B> Kommune",
                             police_district="Sydsjællands og Lolland-Falsters Politi")
    assert html == "<p>A &amp; &lt;B&gt; Kommune og Sydsjællands og Lolland-Falsters Politi</p>"
    partly = fill_placeholders("<p>[KOMMUNE], [POLITIKREDS]</p>", municipality="Bornholms Regionskommune")
    assert partly.startswith("<p>Bornholms Regionskommune, <span class=\"placeholder\"")
    assert find_placeholders("[KOMMUNE] [ANSVARLIG ENHED] [KOMMUNE] [x] [A]") == ["[KOMMUNE]", "[ANSVARLIG ENHED]"]


def test_slots_are_marked_in_the_readers_language():
    with translation.override("en"):
        html = mark_placeholders("<p>[KOMMUNE] and [POLITIKREDS]</p>")
    assert "[municipality's name]" in html.replace("&#x27;", "'") and "[police district's name]" in html.replace("&#x27;", "'")
    assert not RAW.search(html) and html.count('class="placeholder"') == 2


def test_guide_text_block_page_shows_marked_slots(client, demo):
    page = GuideChapterPage.objects.get(locale__language_code="da", slug="tekstblokke")
    html = client.get(page.get_url()).content.decode()
    assert '<span class="placeholder" title="Pladsholder">[kommunens navn]</span>' in html
    assert '<span class="placeholder" title="Pladsholder">[politikredsens navn]</span>' in html
    assert not RAW.search(html)


def test_publishing_with_a_placeholder_in_the_plans_own_text_is_refused(demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    plan.full_clean()
    plan.network = [("paragraph", "<p>[KOMMUNE] deltager i netværket.</p>")]
    plan.procedure_notes = [("paragraph", "<p>Kontakt [ANSVARLIG ENHED].</p>")]
    with pytest.raises(ValidationError) as error:
        plan.full_clean()
    messages = error.value.message_dict
    assert messages["network"] == [
        'Afsnittet "Infohus Netværk" indeholder stadig pladsholderen [KOMMUNE]. Skriv det rigtige navn eller '
        "den rigtige tekst i stedet, før planen offentliggøres eller sendes til godkendelse."
    ]
    assert "[ANSVARLIG ENHED]" in messages["procedure_notes"][0]
    assert "Uddybning af proceduren" in messages["procedure_notes"][0]
    # A draft may still be saved.
    plan._defer_plan_checks = True
    plan.full_clean()
    plan.save_revision()


def test_cached_fragments_never_mix_plans(client, demo):
    # Both plans are rendered once (filling the content cache), then again from the cache: each keeps
    # its own names (the plan fragments' keys include the page).
    copenhagen, _ = publish_plan(101)
    bornholm, _ = publish_plan(400)
    for _round in range(2):
        for url in (copenhagen.get_url(), f"{copenhagen.get_url()}pdf/"):
            text = client.get(url).content.decode() if not url.endswith("pdf/") else pdf_text(client.get(url).content)
            assert "Københavns Kommune indgår" in text and "Bornholms Regionskommune" not in text
        html = client.get(bornholm.get_url()).content.decode()
        assert "Bornholms Regionskommune indgår" in html and "Københavns Kommune" not in html
        assert "Bornholms Regionskommune" in pdf_text(client.get(f"{bornholm.get_url()}pdf/").content)


def _edit_form_data(client, plan, **streams):
    """The plan's admin edit form as the browser would post it (stream fields given explicitly:
    the browser builds them with JavaScript)."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=[plan.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form", exclude_csrf=True)
    for name in STREAM_FIELDS:
        for key in [k for k in data if k.startswith(f"{name}-")]:
            del data[key]
        data.update(nested_form_data({name: streamfield(streams.get(name, []))}))
    return data


STREAM_FIELDS = [
    "vision", "goals", "definitions", "signs_of_concern", "organisation", "infohus_cooperation",
    "concern_procedure", "procedure_notes", "network", "communication", "training", "acute_situations", "press",
    "other_content",
]


def test_publishing_from_the_admin_checks_the_interventions(admin_client, demo):
    """An intervention that still says [KOMMUNE] stops "Udgiv" in the admin, with the message beside
    the field; once corrected, the same form publishes."""
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    goals = [("goal", {"title": f"Mål {i}", "description": ""}) for i in range(3)]
    data = _edit_form_data(admin_client, plan, goals=goals)
    rows = int(data["interventions-TOTAL_FORMS"])
    assert rows > 0
    data["interventions-0-purpose"] = "[KOMMUNE] tilbyder mentorforløb."
    data["action-publish"] = "action-publish"
    before = plan.live_revision_id
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[plan.pk]), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "indeholder stadig pladsholderen [KOMMUNE]" in html
    plan.refresh_from_db()
    assert plan.live_revision_id == before

    data["interventions-0-purpose"] = "Odense Kommune tilbyder mentorforløb."
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[plan.pk]), data)
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.live_revision_id != before
    assert plan.interventions.first().purpose == "Odense Kommune tilbyder mentorforløb."


def test_a_draft_may_keep_a_placeholder_in_an_intervention(admin_client, demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    data = _edit_form_data(admin_client, plan)
    data["interventions-0-purpose"] = "[KOMMUNE] tilbyder mentorforløb."
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[plan.pk]), data)
    assert response.status_code == 302
    assert "[KOMMUNE]" in PlanPage.objects.get(pk=plan.pk).get_latest_revision_as_object().interventions.first().purpose


def test_model_check_reads_the_interventions(demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    item = plan.interventions.first()
    item.content = "Kontakt [POLITIKREDS]."
    plan.interventions = [item, *list(plan.interventions.all())[1:]]
    with pytest.raises(ValidationError) as error:
        plan.full_clean()
    assert f'Indsatsen "{item.title}"' in str(error.value) and "[POLITIKREDS]" in str(error.value)
