"""Setting up the municipalities' groups, their rights on the plan index and plans, their
approval workflows and their collections of images and documents (plans/collections.py). `manage.py create_municipality_groups` runs ensure_groups() for all 98; a new
plan gets its rights when it is created (plans.signals)."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from guidance.models import GuideIndexPage, KnowledgeIndexPage
from places.models import Municipality
from plans.collections import ensure_collections
from plans.models import PlanIndexPage, PlanPage
from plans.permissions import CENTRE_EDITORS, group_names


def _page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _admin_access_permission():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def ensure_groups() -> dict:
    """Create the centre's editor group and, for every municipality, its editor, approver and
    staff groups, its approval workflow, its collection of images and documents, and the rights on
    the plan index, existing plans and the collections.
    Idempotent and cheap on a second run (a few dozen queries, nothing written)."""

    created = {"groups": 0, "workflows": 0, "permissions": 0, "collections": 0}
    with transaction.atomic():
        municipalities = list(Municipality.objects.all())
        wanted = {CENTRE_EDITORS}
        for municipality in municipalities:
            wanted.update(group_names(municipality).values())
        groups = {g.name: g for g in Group.objects.filter(name__in=wanted)}
        missing = [Group(name=name) for name in sorted(wanted - set(groups))]
        if missing:
            Group.objects.bulk_create(missing)
            created["groups"] = len(missing)
            groups = {g.name: g for g in Group.objects.filter(name__in=wanted)}

        changed = []
        for municipality in municipalities:
            names = group_names(municipality)
            ids = {role: groups[name].id for role, name in names.items()}
            if (municipality.editor_group_id, municipality.approver_group_id, municipality.staff_group_id) != (
                ids["editor"], ids["approver"], ids["staff"]
            ):
                municipality.editor_group_id = ids["editor"]
                municipality.approver_group_id = ids["approver"]
                municipality.staff_group_id = ids["staff"]
                changed.append(municipality)
        if changed:
            Municipality.objects.bulk_update(changed, ["editor_group", "approver_group", "staff_group"])

        # Admin access for editors and approvers; the centre may also edit the infohus contacts.
        access = _admin_access_permission()
        Through = Group.permissions.through
        admin_groups = [groups[CENTRE_EDITORS]] + [
            groups[name] for m in municipalities for role, name in group_names(m).items() if role != "staff"
        ]

        centre_model_perms = Permission.objects.filter(centre_model_permissions_q())
        rows = [Through(group_id=g.id, permission_id=access.id) for g in admin_groups]
        rows += [Through(group_id=groups[CENTRE_EDITORS].id, permission_id=p.id) for p in centre_model_perms]
        existing = set(Through.objects.filter(group_id__in=[g.id for g in admin_groups]).values_list("group_id", "permission_id"))
        new_rows = [r for r in rows if (r.group_id, r.permission_id) not in existing]
        if new_rows:
            Through.objects.bulk_create(new_rows, ignore_conflicts=True)

        # Page permissions: the centre edits and publishes everything under each plan index;
        # a municipality's editors may add (their own) plan there and edit their own plan.
        perms = {code: _page_permission(code) for code in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")}
        page_rows = []
        for index_page in PlanIndexPage.objects.all():
            for code in perms:
                page_rows.append((groups[CENTRE_EDITORS].id, index_page.id, perms[code].id))
            for municipality in municipalities:
                page_rows.append((municipality.editor_group_id, index_page.id, perms["add_page"].id))
        # The centre also maintains the guide (Vejledning) and the knowledge pages, in every language.
        for root in guidance_roots():
            for code in perms:
                page_rows.append((groups[CENTRE_EDITORS].id, root.id, perms[code].id))
        for plan in PlanPage.objects.select_related("municipality"):
            for group_id, codes in plan_group_permissions(plan.municipality):
                for code in codes:
                    page_rows.append((group_id, plan.id, perms[code].id))
        existing = set(GroupPagePermission.objects.values_list("group_id", "page_id", "permission_id"))
        new = [GroupPagePermission(group_id=g, page_id=p, permission_id=perm) for g, p, perm in page_rows if (g, p, perm) not in existing]
        if new:
            GroupPagePermission.objects.bulk_create(new, ignore_conflicts=True)
            created["permissions"] = len(new)

        # One approval workflow per municipality: its approver group approves before publishing.
        workflows = {w.name: w for w in Workflow.objects.filter(name__in=[workflow_name(m) for m in municipalities])}
        for municipality in municipalities:
            if workflow_name(municipality) in workflows:
                continue
            workflow = Workflow.objects.create(name=workflow_name(municipality), active=True)
            task = GroupApprovalTask.objects.create(name=f"Godkendelse af {municipality.name}s handlingsplan")
            task.groups.set([municipality.approver_group_id])
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
            workflows[workflow.name] = workflow
            created["workflows"] += 1
        for plan in PlanPage.objects.select_related("municipality"):
            assign_workflow(plan, workflows[workflow_name(plan.municipality)])

        # Each municipality's own collection of images and documents, and the centre's shared one.
        created["collections"] = ensure_collections(municipalities, groups)
    return created


# The centre's one role ("Centerets redaktører"): it maintains the guide's snippets (text blocks,
# signs of concern, the national concept: the "Vejledning" menu) and the infohus contacts, edits
# and publishes the guide and all plans, and reads the national report (overview.views).
CENTRE_MODEL_PERMISSIONS = {
    "guidance": {
        "textblock": ("add", "change", "delete", "publish", "view"),
        "signofconcern": ("add", "change", "delete", "publish", "view"),
        "conceptelement": ("add", "change", "delete", "publish", "view"),
    },
    "contacts": {"infohuscontact": ("add", "change", "view")},
}


def centre_model_permissions_q():
    query = Q(pk__in=[])
    for app_label, models in CENTRE_MODEL_PERMISSIONS.items():
        for model, actions in models.items():
            query |= Q(
                content_type__app_label=app_label, content_type__model=model,
                codename__in=[f"{action}_{model}" for action in actions],
            )
    return query


def guidance_roots():
    """The guide's and the knowledge section's index pages in every language."""
    return list(GuideIndexPage.objects.all()) + list(KnowledgeIndexPage.objects.all())


def workflow_name(municipality) -> str:
    return f"Godkendelse af handlingsplan: {municipality.short_name}"


def assign_workflow(plan, workflow=None):

    workflow = workflow or Workflow.objects.filter(name=workflow_name(plan.municipality)).first()
    if workflow is None:
        return
    WorkflowPage.objects.update_or_create(page_id=plan.id, defaults={"workflow": workflow})


def grant_plan_rights(plan):
    """Called when a plan page is created: its municipality's editors may edit it, and its
    approval workflow applies to it."""

    for group_id, codes in plan_group_permissions(plan.municipality):
        for code in codes:
            GroupPagePermission.objects.get_or_create(group_id=group_id, page_id=plan.id, permission=_page_permission(code))
    assign_workflow(plan)


def plan_group_permissions(municipality) -> list[tuple[int, tuple[str, ...]]]:
    """Rights on a municipality's plan page: its editors edit (and must send the plan for
    approval); its approvers may also publish, which approving in the workflow requires."""
    rows = []
    if municipality.editor_group_id:
        rows.append((municipality.editor_group_id, ("change_page",)))
    if municipality.approver_group_id:
        rows.append((municipality.approver_group_id, ("change_page", "publish_page")))
    return rows
