"""Per-municipality permissions: in the admin and through the approval workflow."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from places.models import Municipality

from plans.models import PlanIndexPage, PlanPage
from plans.permissions import CENTRE_EDITORS

pytestmark = pytest.mark.django_db


def member(role, slug=None, name=None):
    user = get_user_model().objects.create_user(
        f"{role}-{slug or name}", email=f"{role}-{slug}@kommune.example", password="x" * 16
    )
    if slug:
        user.groups.add(getattr(Municipality.objects.get(slug=slug), f"{role}_group"))
    else:
        user.groups.add(Group.objects.get(name=name))
    return user


def test_groups_for_all_98_idempotent(demo):
    assert Municipality.objects.filter(editor_group__isnull=False, approver_group__isnull=False,
                                       staff_group__isnull=False).count() == 98
    groups_before = Group.objects.count()
    out = io.StringIO()
    call_command("create_municipality_groups", stdout=out)
    assert Group.objects.count() == groups_before
    assert "Grupper oprettet: 0" in out.getvalue() and "arbejdsgange: 0" in out.getvalue()
    assert Group.objects.filter(name="Odense: redaktører").exists()


def test_editor_edits_own_plan_only(client, demo):
    odense, skive = PlanPage.objects.get(locale__language_code="da", slug="odense"), PlanPage.objects.get(locale__language_code="da", slug="skive")
    client.force_login(member("editor", "odense"))
    assert client.get(f"/admin/pages/{odense.id}/edit/").status_code == 200
    response = client.get(f"/admin/pages/{skive.id}/edit/")
    assert response.status_code in (302, 403)
    assert "Eksempel: Handlingsplan mod ekstremisme for Skive" not in response.content.decode()
    # Nor can they save over it.
    before = skive.get_latest_revision().id
    client.post(f"/admin/pages/{skive.id}/edit/", {"title": "Overtaget"})
    assert skive.get_latest_revision().id == before
    assert PlanPage.objects.get(id=skive.id).title != "Overtaget"


def test_editor_can_only_create_own_municipalitys_plan(client, demo):
    index = PlanIndexPage.objects.get(locale__language_code="da", slug="handlingsplaner")
    client.force_login(member("editor", "aarhus"))
    response = client.get(f"/admin/pages/add/plans/planpage/{index.id}/")
    assert response.status_code == 200
    choices = list(response.context["form"].fields["municipality"].queryset.values_list("slug", flat=True))
    assert choices == ["aarhus"]
    # Any other page type under the plan index is refused.
    response = client.get(f"/admin/pages/add/home/contentpage/{index.id}/")
    assert response.status_code in (302, 403)


def test_editor_whose_plan_exists_is_sent_to_it(client, demo):
    index = PlanIndexPage.objects.get(locale__language_code="da", slug="handlingsplaner")
    client.force_login(member("editor", "odense"))
    response = client.get(f"/admin/pages/add/plans/planpage/{index.id}/")
    assert response.status_code == 302


def test_centre_editors_can_edit_every_plan(client, demo):
    client.force_login(member("centre", name=CENTRE_EDITORS))
    for slug in ("odense", "skive", "holbaek"):
        assert client.get(f"/admin/pages/{PlanPage.objects.get(locale__language_code='da', slug=slug).id}/edit/").status_code == 200


def test_workflow_needs_the_municipalitys_own_approver(client, demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    workflow = plan.get_workflow()
    assert workflow is not None and workflow.name.endswith("Odense")
    editor = member("editor", "odense")
    plan.title = "Eksempel: Handlingsplan for Odense Kommune, revideret"
    plan.save_revision(user=editor)
    workflow.start(plan, editor)
    task_state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(plan.id),
                                           status=WorkflowState.STATUS_IN_PROGRESS).current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(plan.id, "approve", task_state.id))

    client.force_login(member("approver", "skive"))
    response = client.post(url, {"comment": ""})
    assert response.status_code in (302, 403)  # Wagtail sends a refused user to the dashboard
    assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert PlanPage.objects.get(id=plan.id).title != plan.title

    own = member("approver", "odense")
    client.force_login(own)
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302, response.content[:500]
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    assert PlanPage.objects.get(id=plan.id).title == plan.title  # approved and published


def test_municipal_editor_cannot_publish_directly(demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    editor = member("editor", "odense")
    permissions = plan.permissions_for_user(editor)
    assert permissions.can_edit() and not permissions.can_publish()
