import re

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from guidance import demo_snippets
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
        placed.update(e.pk for e in band.across)
        for column in band.columns:
            placed.update(e.pk for e in column.elements)
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


def test_demo_text_is_not_copied_from_the_sources():
    """Spot check: no sentence of 12+ words from the template's text blocks appears verbatim."""
    from pathlib import Path

    seed = Path("/work/shared/seeds/003_d98e59b4d2d7baca.txt")
    if not seed.exists():
        pytest.skip("source documents are not on this machine")
    source = re.sub(r"\s+", " ", seed.read_text())
    for item in demo_snippets.TEXT_BLOCKS:
        text = re.sub(r"<[^>]+>", " ", item["body"])
        words = re.sub(r"\s+", " ", text).split()
        for start in range(0, max(len(words) - 12, 0)):
            assert " ".join(words[start:start + 12]) not in source


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
