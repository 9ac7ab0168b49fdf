"""A municipality editor's first visit, in a Danish Chromium: log in, see the plan panel on the
dashboard, start from the national template, land in the editor with the template's questions, save
the draft. The dashboard passes axe."""

import os
import re
from pathlib import Path

import pytest

from tests.browser.conftest import format_violations, run_axe, committed

MUNICIPALITY = "vejle"  # has no plan in the demo content
USERNAME = "browser-editor-vejle"
PASSWORD = "Korrekt-hest-batteri-77"
# SCREENSHOTS=1 saves what the editor sees under screenshots/ (git-ignored).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" if os.environ.get("SCREENSHOTS") else None


def screenshot(page, name):
    if SCREENSHOTS:
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _create_editor():
    from django.contrib.auth import get_user_model

    from places.models import Municipality

    user = get_user_model().objects.create_user(USERNAME, email="redaktoer@vejle.kommune.example", password=PASSWORD)
    user.groups.add(Municipality.objects.get(slug=MUNICIPALITY).editor_group)


def _remove_plan_and_editor():
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from plans.models import PlanPage

    # The plan and its aliases in the other languages' trees; then the user.
    for page in PlanPage.objects.filter(municipality__slug=MUNICIPALITY).order_by("-depth"):
        Page.objects.filter(alias_of=page).delete()
        page.delete()
    get_user_model().objects.filter(username=USERNAME).delete()


@pytest.fixture
def vejle_editor(site_url):
    committed(_remove_plan_and_editor)  # a run that stopped halfway
    committed(_create_editor)
    yield
    committed(_remove_plan_and_editor)


def log_in(page, site_url):
    page.goto(f"{site_url}/admin/login/")
    page.fill("input[name=username]", USERNAME)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{site_url}/admin/")


def test_editor_starts_the_plan_from_the_template(axe_page, site_url, vejle_editor):
    from plans.models import PlanPage

    page = axe_page
    log_in(page, site_url)
    assert page.locator("html").get_attribute("lang") == "da"

    panel = page.locator("#plans-municipality-vejle-section")
    assert panel.is_visible()
    assert "Jeres handlingsplan: Vejle Kommune" in panel.inner_text()
    assert "Ingen plan" in panel.inner_text()
    screenshot(page, "plan-start-1-dashboard")
    violations = run_axe(page)
    assert violations == [], format_violations(page.url, violations)

    panel.get_by_role("button", name="Start fra den nationale skabelon").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    assert "er oprettet efter den nationale skabelon" in page.locator(".messages").inner_text()
    plan = PlanPage.objects.get(municipality__slug=MUNICIPALITY, locale__language_code="da")
    assert page.url.endswith(f"/admin/pages/{plan.id}/edit/") and not plan.live

    # The template's guiding questions are on the form.
    guidance = page.locator(".plan-guidance").filter(has_text="Hvad vil kommunen opnå")
    assert guidance.first.is_visible()
    assert page.locator(".plan-guidance").count() > 15
    screenshot(page, "plan-start-2-editor")
    page.locator(".plan-guidance").nth(4).scroll_into_view_if_needed()
    screenshot(page, "plan-start-2b-editor-questions")

    revisions = plan.revisions.count()
    page.locator("button.action-save").first.click()
    page.wait_for_url(re.compile(rf"/admin/pages/{plan.id}/edit/$"))
    assert page.locator(".messages .success").count() == 1, page.locator(".messages").inner_text()
    plan.refresh_from_db()
    assert plan.revisions.count() == revisions + 1 and not plan.live
    page.goto(f"{site_url}/admin/")
    screenshot(page, "plan-start-3-dashboard-draft")
    assert "Kladde" in page.locator("#plans-municipality-vejle-section").inner_text()
