"""Every text field a reader can see on a page, its inline rows or a searchable snippet is indexed,
or listed with a reason in search/unindexed_fields.yaml (issue 16, part 1)."""

import pytest
from django.apps import apps
from wagtail.rich_text import RichText
from wagtail.search import index

from plans.models import PlanPage
from search import service
from search.access import Viewer, page_access
from search.coverage import unaccounted_fields, unindexed_fields
from search.query import SearchRequest


def test_every_visible_text_field_is_indexed_or_deliberately_left_out():
    assert unaccounted_fields() == []


def test_the_walk_notices_a_field_dropped_from_the_index(monkeypatch):
    fields = [f for f in PlanPage.search_fields if getattr(f, "field_name", None) != "press"]
    monkeypatch.setattr(PlanPage, "search_fields", fields)
    assert unaccounted_fields() == ["plans.planpage.press"]


def test_the_walk_notices_an_inline_row_field(monkeypatch):
    fields = [f for f in PlanPage.search_fields if getattr(f, "field_name", None) != "interventions"]
    fields.append(index.RelatedFields("interventions", [index.SearchField("title")]))
    monkeypatch.setattr(PlanPage, "search_fields", fields)
    missing = unaccounted_fields()
    assert "plans.planintervention.partners" in missing and "plans.planintervention.title" not in missing


def test_left_out_fields_exist_and_give_a_reason():
    for label, fields in unindexed_fields().items():
        model = apps.get_model(label)
        names = {f.name for f in model._meta.get_fields()}
        for name, reason in fields.items():
            assert name in names, f"{label}.{name} is listed as left out but does not exist"
            assert isinstance(reason, str) and len(reason) > 10, f"{label}.{name} needs a reason"


@pytest.mark.django_db
def test_plan_fields_that_were_not_indexed_are_found(demo):
    plan = next(p for p in PlanPage.objects.live().filter(locale__language_code="da")
                if page_access(p)[0] == "public")
    plan.press = [("paragraph", RichText("<p>Pressechefen kvitterer med ordet pressekvarkus.</p>"))]
    plan.procedure_notes = [("paragraph", RichText("<p>Uddybning: mødet holdes som procedurebrombær.</p>"))]
    plan.responsibility_strategic = "Styregruppen ansvarsolivin mødes hvert kvartal."
    plan.revision_process = "Planen revideres af revisionsmirabel."
    plan.interventions_intro = "<p>Indsatserne indledes med indsatsmandarin.</p>"
    plan.save_revision().publish()
    for word in ["pressekvarkus", "procedurebrombær", "ansvarsolivin", "revisionsmirabel", "indsatsmandarin"]:
        response = service.search(SearchRequest(q=word, language="da"), Viewer.anonymous())
        assert [r.url for r in response.results][:1] == [plan.url], word
