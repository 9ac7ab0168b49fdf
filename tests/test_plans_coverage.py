"""Concept coverage (plans/coverage.py) and the centre's text blocks embedded by reference."""

import pytest
from django.contrib.auth import get_user_model

from guidance.models import ConceptElement, TextBlock
from plans import coverage
from plans.models import PlanIntervention, PlanPage
from plans.textblocks import changed_text_blocks, text_block_ids

pytestmark = pytest.mark.django_db


def keys(items):
    return {item.key for item in items}


def test_every_rule_names_a_real_element(demo):
    element_keys = set(ConceptElement.objects.filter(locale__language_code="da").values_list("key", flat=True))
    assert {rule.key for rule in coverage.RULES} <= element_keys
    assert len(element_keys) == 27


def test_complete_example_covers_everything_and_incomplete_shows_gaps(demo):
    odense = PlanPage.objects.get(locale__language_code="da", slug="odense").coverage
    assert odense.total == 27 and not odense.missing
    skive = PlanPage.objects.get(locale__language_code="da", slug="skive").coverage
    assert len(skive.missing) > 20
    assert "formaal-og-vision" in keys(skive.covered)
    assert "haandtering-af-henvendelser" in keys(skive.missing)


def test_derived_rules_follow_the_plans_content(demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="skive")
    before = coverage.derived_keys(plan)
    assert "haandtering-af-henvendelser" not in before and "sagsflow-og-registreringspraksis" not in before

    # An infohus procedure with steps A and B: the element for handling concerns is covered;
    # the whole path A-D covers the case-flow element too.
    step = lambda phase: ("step", {"phase": phase, "title": f"Trin {phase}", "description": "<p>x</p>",  # noqa: E731
                                   "responsible": "Infohuset", "timeframe": "1 uge"})
    plan.concern_procedure = [step("A"), step("B")]
    assert {"haandtering-af-henvendelser"} <= coverage.derived_keys(plan)
    assert "sagsflow-og-registreringspraksis" not in coverage.derived_keys(plan)
    plan.concern_procedure = [step("A"), step("B"), step("C"), step("D")]
    assert {"sagsflow-og-registreringspraksis", "opfoelgning"} <= coverage.derived_keys(plan)

    # Interventions on all three levels, fully described: the interventions element is covered.
    full = dict(purpose="p", content="c", target_group="t", responsible_unit="r", follow_up_how="h", follow_up_when="w")
    plan.interventions = [PlanIntervention(title=level, aimed_at="citizen", level=level, **full)
                          for level in ("opbyggende", "foregribende")]
    plan.__dict__.pop("intervention_list", None)
    assert "udvikling-og-beskrivelse-af-indsatser" not in coverage.derived_keys(plan)
    assert "opfoelgning-paa-indsatser" in coverage.derived_keys(plan)
    plan.interventions = list(plan.interventions.all()) + [
        PlanIntervention(title="i", aimed_at="professionals", level="indgribende", partners="Politiet", **full)]
    plan.__dict__.pop("intervention_list", None)
    assert {"udvikling-og-beskrivelse-af-indsatser", "samarbejde-med-politiet"} <= coverage.derived_keys(plan)


def test_marked_elements_count_and_are_labelled(demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="skive")
    element = ConceptElement.objects.get(key="ledelsesinformation", locale__language_code="da")
    result = coverage.plan_coverage(plan, marked_keys={"ledelsesinformation"})
    item = next(i for i in result.items if i.key == "ledelsesinformation")
    assert item.state == coverage.MARKED and item.covered and item.label == "Markeret som dækket"
    assert item.element == element


def test_grid_on_the_page_uses_text_not_colour_alone(client, demo):
    html = client.get("/da/handlingsplaner/skive/").content.decode()
    assert "Dækning af det nationale koncept" in html
    assert ": Mangler</span>" in html and "✗" in html
    assert '<table class="coverage-grid">' in html and "<caption>" in html


def test_plan_shows_the_current_published_text_block(client, demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    block = TextBlock.objects.get(number=2, locale__language_code="da")
    assert block.pk in text_block_ids(plan)
    # A draft of the block does not reach the plan; publishing it does.
    block.title = block.title
    block.body = "<p>UDKAST-TIL-NY-DEFINITION</p>"
    block.save_revision()
    assert "UDKAST-TIL-NY-DEFINITION" not in client.get("/da/handlingsplaner/odense/").content.decode()
    block.get_latest_revision().publish()
    html = client.get("/da/handlingsplaner/odense/").content.decode()
    assert "UDKAST-TIL-NY-DEFINITION" in html and "tekstblok 2" in html


def test_editors_are_told_when_a_used_block_changed(client, demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    assert changed_text_blocks(plan) == []
    block = TextBlock.objects.get(number=3, locale__language_code="da")
    block.body = "<p>Ny tekst fra centeret.</p>"
    revision = block.save_revision()
    revision.publish()
    block.refresh_from_db()
    assert block.last_published_at > plan.last_published_at
    assert [b.number for b in changed_text_blocks(plan)] == [3]

    editor = get_user_model().objects.create_user("odense-ed", password="x" * 16)
    editor.groups.add(plan.municipality.editor_group)
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{plan.id}/edit/").content.decode()
    assert "Centeret har ændret 1 tekstblok" in edit and block.title in edit
    dashboard = client.get("/admin/").content.decode()
    assert "Planer med ændrede tekstblokke" in dashboard and "Odense Kommune" in dashboard

    # Once the plan is published again, the notice goes away.
    plan.save_revision().publish()
    assert changed_text_blocks(PlanPage.objects.get(id=plan.id)) == []


def test_unused_or_unchanged_blocks_raise_no_notice(demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="skive")
    assert text_block_ids(plan) == set()
    assert changed_text_blocks(plan) == []
