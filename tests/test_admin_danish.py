"""The admin pages a municipality's editor and approver use show no English when their admin
language is Danish: every msgid of Wagtail and wagtail-localize that their Danish catalogues
leave untranslated, and that appears on these pages, is translated by the project's catalogue
(locale/da/LC_MESSAGES/django.po, found first through LOCALE_PATHS)."""

import functools
import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, WorkflowState
from wagtail.users.models import UserProfile

from places.models import Municipality
from plans.models import PlanIndexPage, PlanPage
from plans.permissions import CENTRE_EDITORS

pytestmark = pytest.mark.django_db

ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "data-w-tooltip-content-value")


@functools.cache
def english_msgids() -> set[str]:
    """Every msgid of Wagtail and wagtail-localize (from their English catalogues, which list them
    all; their Danish catalogues lag behind and simply lack the newer ones)."""
    ids = set()
    for package in (wagtail, wagtail_localize):
        for po_file in Path(package.__file__).parent.rglob("locale/en/LC_MESSAGES/django.po"):
            for entry in polib.pofile(str(po_file)):
                if entry.obsolete or "%" in entry.msgid or "{" in entry.msgid or entry.msgctxt:
                    continue
                ids.add(entry.msgid)
    return {msgid for msgid in ids if len(msgid) >= 3 and re.search(r"[a-z]", msgid)}


@functools.cache
def untranslated_msgids() -> set[str]:
    """Those of them Danish has no translation for (Wagtail's, wagtail-localize's and the project's
    catalogues together)."""
    from django.conf import settings

    # A word that is the same in Danish ("Status", "Link") is translated when the project's
    # catalogue lists it.
    project = {entry.msgid for entry in polib.pofile(str(Path(settings.LOCALE_PATHS[0], "da", "LC_MESSAGES", "django.po")))}
    with translation.override("da"):
        return {msgid for msgid in english_msgids() - project if translation.gettext(msgid) == msgid}


def _json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def visible_strings(html: str) -> set[str]:
    """The page's text, one string per text node, the readable attributes, and the strings in the
    JSON the admin's scripts render (the sidebar menu is drawn from it)."""
    soup = BeautifulSoup(html, "html.parser")
    strings = set()
    for tag in soup(["script", "style", "template"]):
        if tag.name == "script" and tag.get("type") == "application/json":
            try:
                strings.update(_json_strings(json.loads(tag.string or "null")))
            except ValueError:
                pass
        tag.decompose()
    strings |= {text for text in soup.find_all(string=True)}
    for tag in soup.find_all(True):
        for attribute in ATTRIBUTES:
            if tag.get(attribute):
                strings.add(str(tag[attribute]))
    return {" ".join(s.split()) for s in strings if s.strip()}


def english_left(html: str) -> list[str]:
    return sorted(untranslated_msgids() & visible_strings(html))


def user(name, *groups):
    account = get_user_model().objects.create_user(name, email=f"{name}@kommune.example", password="x" * 16)
    profile = UserProfile.get_for_user(account)
    profile.preferred_language = "da"
    profile.save()
    account.groups.add(*groups)
    return account


@pytest.fixture
def odense_plan(demo):
    return PlanPage.objects.get(locale__language_code="da", slug="odense")


def submitted(plan, editor):
    revision = plan.save_revision(user=editor)
    plan.get_workflow().start(plan, editor)
    return revision


def test_project_catalogue_is_compiled_and_first():
    from django.conf import settings

    assert Path(settings.LOCALE_PATHS[0], "da", "LC_MESSAGES", "django.mo").exists()
    with translation.override("da"):
        assert translation.gettext("Reports") == "Rapporter"
        assert translation.gettext("Awaiting your review") == "Venter på din godkendelse"


def test_editor_and_approver_pages_have_no_english(client, odense_plan):
    odense = Municipality.objects.get(slug="odense")
    editor = user("red-odense", odense.editor_group)
    approver = user("godk-odense", odense.approver_group)
    submitted(odense_plan, editor)
    state = WorkflowState.objects.for_instance(odense_plan).active().get()
    task_id = state.current_task_state.task_id
    index = PlanIndexPage.objects.get(locale__language_code="da", slug="handlingsplaner")
    pages = {
        editor: [
            "/admin/",
            f"/admin/pages/{odense_plan.id}/edit/",
            f"/admin/pages/{index.id}/",
            f"/admin/pages/{odense_plan.id}/history/",
            "/admin/account/",
            reverse("wagtailsnippetchoosers_guidance_textblock:choose"),
        ],
        approver: [
            "/admin/",
            f"/admin/pages/{odense_plan.id}/edit/",
            f"/admin/pages/{odense_plan.id}/workflow_history/",
            f"/admin/pages/{odense_plan.id}/revisions/compare/live...latest/",
            reverse("wagtailadmin_pages:workflow_preview", args=[odense_plan.id, task_id]),
        ],
    }
    problems = {}
    for account, urls in pages.items():
        client.force_login(account)
        for url in urls:
            response = client.get(url, HTTP_ACCEPT_LANGUAGE="da")
            assert response.status_code == 200, (url, response.status_code)
            if left := english_left(response.content.decode()):
                problems[f"{account.username} {url}"] = left
    assert not problems, problems


def test_centre_pages_have_no_english(client, odense_plan):
    from django.contrib.auth.models import Group

    centre = user("centre", Group.objects.get(name=CENTRE_EDITORS))
    client.force_login(centre)
    from guidance.models import GuideIndexPage
    from plans.groups import ensure_groups

    ensure_groups()  # idempotent; gives the centre its rights on the guide in every language
    english = GuideIndexPage.objects.get(locale__language_code="en")
    urls = ["/admin/", "/admin/reports/handlingsplaner/", "/admin/snippets/guidance/textblock/",
            f"/admin/pages/{english.id}/edit/"]  # the last: wagtail-localize's translation editor
    problems = {}
    for url in urls:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="da")
        assert response.status_code == 200, (url, response.status_code)
        if left := english_left(response.content.decode()):
            problems[url] = left
    assert not problems, problems
    assert Page.objects.exists()



def test_admin_javascript_strings_are_danish(client, odense_plan):
    """The admin's JavaScript strings ("Collapse all", "Autosave in progress…", the translation
    editor's buttons) come from the JavaScript catalogue: for a Danish user every msgid Wagtail and
    wagtail-localize use there has a Danish translation (their catalogues, or the project's
    locale/da/LC_MESSAGES/djangojs.po)."""
    msgids = set()
    for package in (wagtail, wagtail_localize):
        for po_file in Path(package.__file__).parent.rglob("locale/en/LC_MESSAGES/djangojs.po"):
            msgids.update(entry.msgid for entry in polib.pofile(str(po_file)) if not entry.obsolete)
    assert "Collapse all" in msgids and len(msgids) > 100
    editor = user("js-editor", Municipality.objects.get(slug="odense").editor_group)
    client.force_login(editor)
    assert UserProfile.get_for_user(editor).preferred_language == "da"
    response = client.get(reverse("wagtailadmin_javascript_catalog"))
    assert response.status_code == 200
    body = response.content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", body, re.S).group(1))
    assert catalogue["Collapse all"] == "Fold alle sammen"
    missing = sorted(msgid for msgid in msgids if msgid not in catalogue)
    assert not missing, f"{len(missing)} JavaScript strings without Danish: {missing[:20]}"
