import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from demo.loader import snippets as demo_snippets
from guidance.concept import build_matrix
from guidance.models import ConceptElement, SignOfConcern, TextBlock

pytestmark = pytest.mark.django_db

# The labels of the guide's figure 5, as the figure shows them (27; the prose says 26).
FIGURE_5_LABELS = [
    "Formål og vision", "Organisering", "Interessenter og samarbejde", "Opfølgning på indsatser",
    "Ledelsesinformation", "Kommunikation til borgere og medarbejdere", "Organisering af Infohus Kommune",
    "Beredskabsorganisering", "Samarbejde i Infohus Kommune", "Roller og ansvar i beredskabssituationer",
    "Godkendelse af arbejdsgange", "Kommunikation og koordinering i akutte sager",
    "Opfølgning på Infohusets vurdering i kommunalt regi", "Udvikling og beskrivelse af indsatser",
    "Resultatdokumentation og evaluering", "Kommunikation om roller og ansvar",
    "Klarhed om opkvalificerings- og informationsbehov", "Håndtering af henvendelser", "Samarbejde med politiet",
    "Afdække snitflader og samarbejde til andre områder og aktører", "Sagsflow og registreringspraksis",
    "Opfølgning på afledte bekymringer", "Drift af Infohus Kommune", "Dokumentation i beredskabssituationer",
    "Tilbageløb på sager", "Opfølgning", "Opkvalificering af Infohus-medarbejdere",
]


def danish(model):
    return model.objects.filter(locale__language_code="da", live=True)


# --- Snippets -------------------------------------------------------------------------------------


def test_concept_has_every_label_of_figure_5_and_nothing_else(demo):
    names = sorted(danish(ConceptElement).values_list("name", flat=True))
    assert names == sorted(FIGURE_5_LABELS)
    keys = list(danish(ConceptElement).values_list("key", flat=True))
    assert len(set(keys)) == len(keys)


def test_concept_levels_match_the_figure(demo):
    element = danish(ConceptElement).get(key="beredskabsorganisering")
    assert element.level == "strategic" and element.intervention_levels == ["indgribende"]
    element = danish(ConceptElement).get(key="formaal-og-vision")
    assert element.intervention_levels == ["opbyggende", "foregribende", "indgribende"]
    element = danish(ConceptElement).get(key="sagsflow-og-registreringspraksis")
    assert element.level == "executive" and element.intervention_levels == ["foregribende"]
    assert danish(ConceptElement).filter(level="both").count() == 2


def test_matrix_places_every_element(demo):
    elements = list(danish(ConceptElement))
    bands = build_matrix(elements)
    assert [band.code for band in bands] == ["strategic", "both", "executive"]
    placed = set()
    for band in bands:
        placed.update(entry.element.pk for entry in band.across)
        for column in band.columns:
            placed.update(entry.element.pk for entry in column.elements if entry.primary)
    assert placed == {e.pk for e in elements}


def test_concept_element_needs_an_intervention_level(demo):
    element = ConceptElement(key="x", name="X", description="Y", level="strategic")
    with pytest.raises(ValidationError) as excinfo:
        element.full_clean(exclude=["locale", "translation_key"])
    assert "Vælg mindst ét indsatsniveau" in str(excinfo.value)


def test_concept_key_is_unique_per_language_with_a_clear_message(demo):
    existing = danish(ConceptElement).get(key="organisering")
    clash = ConceptElement(
        key="organisering", name="Dublet", description="-", level="strategic", building=True, locale=existing.locale
    )
    with pytest.raises(ValidationError) as excinfo:
        clash.full_clean(exclude=["translation_key"])
    assert "Nøglen 'organisering' bruges allerede" in str(excinfo.value)


def test_six_text_blocks_numbered_one_to_six(demo):
    assert list(danish(TextBlock).values_list("number", flat=True)) == [1, 2, 3, 4, 5, 6]
    clash = TextBlock(number=3, title="Dublet", body="<p>x</p>", locale=danish(TextBlock).first().locale)
    with pytest.raises(ValidationError) as excinfo:
        clash.full_clean(exclude=["translation_key"])
    assert "allerede en tekstblok nr. 3" in str(excinfo.value)


def test_signs_are_grouped_and_graded(demo):
    signs = danish(SignOfConcern)
    assert signs.count() == len(demo_snippets.SIGNS)
    assert set(signs.values_list("group", flat=True)) == {"behaviour", "social"}
    assert signs.filter(severity="serious").exists() and signs.filter(severity="other").exists()
    assert signs.get(text__startswith="Færdes i miljøer").is_serious


def test_snippet_draft_is_not_live_until_published(demo):
    block = danish(TextBlock).get(number=1)
    original = block.title
    block.title = "Kladde: ny titel"
    block.save_revision()  # a draft, not published
    block.refresh_from_db()
    assert block.title == original
    assert block.has_unpublished_changes
    assert block.latest_revision.as_object().title == "Kladde: ny titel"


def test_centre_editors_may_edit_and_publish_guidance_snippets(demo):
    codenames = set(
        Group.objects.get(name="Editors").permissions.filter(content_type__app_label="guidance")
        .values_list("codename", flat=True)
    )
    for model in ("textblock", "signofconcern", "conceptelement"):
        assert {f"add_{model}", f"change_{model}", f"publish_{model}"} <= codenames


def test_editor_can_open_the_snippets_in_the_admin(client, demo, django_user_model):

    user = django_user_model.objects.create_user("redaktor", password="x" * 16)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    for model in ("textblock", "signofconcern", "conceptelement"):
        response = client.get(f"/admin/snippets/guidance/{model}/")
        assert response.status_code == 200, model
    element = danish(ConceptElement).get(key="organisering")
    response = client.get(f"/admin/snippets/guidance/conceptelement/edit/{element.pk}/")
    assert response.status_code == 200
    assert "Indsatsniveauer" in response.content.decode()


# --- Pages ----------------------------------------------------------------------------------------

from django.utils.html import escape  # noqa: E402

from guidance.models import (  # noqa: E402
    GuideChapterPage,
    GuideIndexPage,
    KnowledgeIndexPage,
    KnowledgePage,
    SignsOfConcernPage,
)


def da_pages(model):
    """The Danish pages of a type (the page tree is mirrored into English and Arabic)."""
    return model.objects.filter(locale__language_code="da")


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_every_guidance_page_type_renders_with_real_content(client, demo):
    index = da_pages(GuideIndexPage).get(slug="vejledning")
    assert index.url == "/da/vejledning/"
    html = html_of(client, index.url)
    chapters = list(index.chapters())
    assert [c.number for c in chapters] == ["1", "2", "3", "4", "5", "6"]
    for chapter in chapters:
        assert escape(chapter.title) in html
    chapter = da_pages(GuideChapterPage).get(slug="tvaerfaglig-arbejdsgruppe")
    html = html_of(client, chapter.url)
    assert "Styregruppe og arbejdsgrupper med hver sit tema" in html  # practice case #1
    assert 'class="breadcrumbs' in html
    section = da_pages(GuideChapterPage).get(slug="organisering")
    html = html_of(client, section.url)
    assert "Kommunal praktiker" in html and "koordineringsenhed" in html
    signs = da_pages(SignsOfConcernPage).get(slug="bekymringstegn")
    html = html_of(client, signs.url)
    assert "ikke en tjekliste" in html
    knowledge = da_pages(KnowledgeIndexPage).get(slug="viden")
    html = html_of(client, knowledge.url)
    for article in knowledge.articles():
        assert escape(article.title) in html
        article_html = html_of(client, article.url)
        assert "key-figures__value" in article_html


def test_guide_has_the_six_chapters_with_sections(demo):
    index = da_pages(GuideIndexPage).get(slug="vejledning")
    chapters = {c.slug: c for c in index.chapters()}
    assert list(chapters) == [
        "behov", "tvaerfaglig-arbejdsgruppe", "kommunens-fundament", "udviklingsomraader",
        "skriv-handlingsplanen", "implementer-handlingsplanen",
    ]
    assert len(chapters["udviklingsomraader"].sections()) == 6
    assert len(chapters["kommunens-fundament"].sections()) == 2


def test_at_least_four_practice_cases_each_complete(demo):
    cases = []
    for page in da_pages(GuideChapterPage).live():
        for block in page.body:
            if block.block_type == "practice_case":
                cases.append(block.value)
    assert len(cases) >= 4
    assert sorted(c["number"] for c in cases) == list(range(1, 11))
    for case in cases:
        assert case["title"] and case["text"].source and len(case["advice"]) >= 1


def test_concept_page_shows_the_count_from_the_data(client, demo):
    page = da_pages(GuideChapterPage).get(slug="udviklingsomraader")
    html = html_of(client, page.url)
    count = danish(ConceptElement).count()
    assert f'<strong class="concept__count-number">{count}</strong>' in html
    assert html.count('class="concept__element"') >= count
    for element in danish(ConceptElement):
        assert f'id="{element.anchor}"' in html
    # No fixed number of elements is printed by the template: unpublish one and the count follows.
    element = danish(ConceptElement).get(key="opfoelgning")
    element.unpublish()
    html = html_of(client, page.url)
    assert f'<strong class="concept__count-number">{count - 1}</strong>' in html
    assert 'id="element-opfoelgning"' not in html


def test_concept_matrix_is_not_a_wide_table(client, demo):
    html = html_of(client, da_pages(GuideChapterPage).get(slug="udviklingsomraader").url)
    assert "<table" not in html
    assert html.count('class="concept__band ') == 3


def test_signs_page_groups_signs_and_puts_serious_first(client, demo):
    page = da_pages(SignsOfConcernPage).get(slug="bekymringstegn")
    groups = page.sign_groups()
    assert [g["code"] for g in groups] == ["behaviour", "social"]
    html = html_of(client, page.url)
    for sign in danish(SignOfConcern):
        assert escape(sign.text) in html
    behaviour = html[html.index('id="signs-behaviour"'):html.index('id="signs-social"')]
    assert behaviour.index("Alvorlige tegn") < behaviour.index("Andre tegn")


def test_unpublished_snippet_change_is_not_shown_until_published(client, demo):
    sign = danish(SignOfConcern).get(text__startswith="Færdes i miljøer")
    original = sign.text
    sign.text = "KLADDE: endnu ikke godkendt formulering"
    revision = sign.save_revision()
    page = da_pages(SignsOfConcernPage).get(slug="bekymringstegn")
    html = html_of(client, page.url)
    assert "KLADDE" not in html and escape(original) in html
    revision.publish()
    html = html_of(client, page.url)
    assert "KLADDE: endnu ikke godkendt formulering" in html


def test_text_block_draft_does_not_reach_the_guide(client, demo):
    block = danish(TextBlock).get(number=4)
    block.title = "KLADDE-TITEL"
    block.save_revision()
    html = html_of(client, da_pages(GuideChapterPage).get(slug="tekstblokke").url)
    assert "KLADDE-TITEL" not in html
    assert "Infohus Kommune" in html


def test_knowledge_key_figures_are_structured_data(demo):
    page = da_pages(KnowledgePage).get(slug="kommunernes-indsats-2018")
    figures = {f["label"]: f for f in page.key_figures()}
    share = figures["af kommunerne havde håndteret sager om radikalisering inden for de seneste tre år"]
    assert share["number"] == 83 and share["unit"] == "pct." and share["source"]
    infohus = da_pages(KnowledgePage).get(slug="infohus-samarbejdet").key_figures()
    assert any(f["number"] == 12 and "politikreds" in f["label"] for f in infohus)


def test_api_lists_the_guide_chapters(client, demo):
    response = client.get("/api/v2/pages/?type=guidance.GuideChapterPage&locale=da&fields=number,body&limit=50")
    assert response.status_code == 200
    data = response.json()
    live = da_pages(GuideChapterPage).live().public().count()
    assert data["meta"]["total_count"] == live
    titles = {item["title"] for item in data["items"]}
    assert "Etabler en tværfaglig arbejdsgruppe" in titles
    assert any(block["type"] == "practice_case" for item in data["items"] for block in item["body"])


def test_guide_pages_are_found_by_search(demo):
    from wagtail.search.backends import get_search_backend

    danish_locale = da_pages(GuideChapterPage).first().locale_id
    results = get_search_backend().search(
        "selvevaluering", GuideChapterPage.objects.live().filter(locale_id=danish_locale)
    )
    assert "parathedsvurdering" in [page.slug for page in results]


def test_chapter_pager_links_neighbours(client, demo):
    page = da_pages(GuideChapterPage).get(slug="kommunens-fundament")
    html = html_of(client, page.url)
    assert 'rel="prev" href="/da/vejledning/tvaerfaglig-arbejdsgruppe/"' in html
    assert 'rel="next" href="/da/vejledning/udviklingsomraader/"' in html


def test_unpublished_chapter_is_hidden(client, demo):
    page = da_pages(GuideChapterPage).get(slug="proces")
    page.unpublish()
    assert client.get("/da/vejledning/skriv-handlingsplanen/proces/").status_code == 404
    html = html_of(client, "/da/vejledning/skriv-handlingsplanen/")
    assert "Skriveprocessen" not in html


# --- Block validation -------------------------------------------------------------------------------

from wagtail.blocks.struct_block import StructBlockValidationError  # noqa: E402

from guidance import blocks as gb  # noqa: E402


def errors_of(block, raw):
    value = block.to_python(raw)
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(value)
    def text(error):
        if hasattr(error, "non_block_errors"):  # a ListBlock's own message
            return " ".join(m for e in error.non_block_errors.as_data() for m in e.messages)
        return " ".join(error.messages)

    return {name: text(e) for name, e in excinfo.value.block_errors.items()}


def test_practice_case_without_number_or_title_is_rejected_in_danish():
    errors = errors_of(gb.PracticeCaseBlock(), {"number": None, "title": "", "text": "<p>Tekst</p>", "advice": ["Råd"]})
    assert errors["number"] == "Giv casen et nummer, fx 3."
    assert errors["title"] == "Casen mangler en titel."
    assert set(errors) == {"number", "title"}


def test_practice_case_without_text_or_advice_is_rejected():
    errors = errors_of(gb.PracticeCaseBlock(), {"number": 2, "title": "T", "text": "<p> </p>", "advice": [""]})
    assert "Beskriv casen" in errors["text"]
    assert "mindst ét godt råd" in errors["advice"]


def test_empty_checklist_is_rejected():
    errors = errors_of(gb.ChecklistBlock(), {"heading": "Tjek", "items": []})
    assert errors["items"] == "Tjeklisten er tom: tilføj mindst ét punkt."


def test_quotation_without_text_or_speaker_is_rejected():
    errors = errors_of(gb.QuoteBlock(), {"text": "  ", "speaker_role": ""})
    assert errors["text"] == "Citatet mangler tekst."
    assert "hvem der siger det" in errors["speaker_role"]


def test_guiding_questions_callout_and_key_figure_messages():
    assert errors_of(gb.GuidingQuestionsBlock(), {"heading": "H", "questions": []})["questions"] == (
        "Tilføj mindst ét spørgsmål."
    )
    assert errors_of(gb.CalloutBlock(), {"style": "info", "heading": "", "text": ""})["text"] == "Boksen mangler tekst."
    errors = errors_of(gb.KeyFigureBlock(), {"number": None, "unit": "", "label": "", "source": ""})
    assert "Skriv tallet" in errors["number"] and "Forklar" in errors["label"]


def test_contact_block_needs_a_contact_point():
    from contacts.blocks import ContactBlock

    errors = errors_of(ContactBlock(), {"heading": "", "contact_point": None, "note": ""})
    assert errors["contact_point"] == "Vælg det kontaktpunkt, boksen skal vise."


def test_valid_blocks_pass_validation():
    block = gb.PracticeCaseBlock()
    value = block.clean(block.to_python({"number": 1, "title": "T", "text": "<p>Tekst</p>", "advice": ["Råd"]}))
    assert value["title"] == "T"


def test_admin_form_shows_the_danish_message(client, demo, django_user_model):
    """Saving a chapter with a broken case in the admin keeps the editor's input and names the problem."""
    admin = django_user_model.objects.create_superuser("admin-test", password="x" * 16)
    client.force_login(admin)
    page = da_pages(GuideChapterPage).get(slug="behov")
    url = f"/admin/pages/{page.pk}/edit/"
    response = client.get(url)
    assert response.status_code == 200
    post = {
        "title": page.title, "slug": page.slug, "summary": page.summary, "number": page.number,
        "body-count": "1", "body-0-type": "practice_case", "body-0-deleted": "", "body-0-order": "0",
        "body-0-id": "", "body-0-value-number": "", "body-0-value-title": "Min ufaerdige case",
        "body-0-value-theme": "", "body-0-value-text": '{"blocks":[],"entityMap":{}}',
        "body-0-value-advice_heading": "", "body-0-value-advice-count": "0",
        "action-publish": "action-publish",
    }
    response = client.post(url, post)
    assert response.status_code == 200  # re-rendered with errors, not saved
    html = response.content.decode()
    assert "Giv casen et nummer" in html
    assert "Min ufaerdige case" in html  # the editor's input is kept in the form
    page.refresh_from_db()
    assert not any(b.block_type == "practice_case" for b in page.body)
