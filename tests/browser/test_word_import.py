"""The Word import in a real browser (Danish): a municipality editor logs in, uploads the plan, reads the
preview and confirms; axe finds nothing on the upload and preview pages."""

import pytest
from django.contrib.auth import get_user_model

from places.models import Municipality
from plans.models import PlanPage
from tests import word_docs
from tests.browser.conftest import ROOT, format_violations, run_axe

SLUG = "langeland"  # a municipality without a plan in the demo content: the import creates it
PASSWORD = "Ordplan-test-2026!"
SCREENSHOTS = ROOT / "screenshots"


@pytest.fixture(scope="session")
def editor(site_url, django_db_blocker):
    """An editor of the municipality, committed (a session fixture runs outside the tests' transactions)
    so the live server sees it; removed afterwards with the plan the test created."""
    with django_db_blocker.unblock():
        municipality = Municipality.objects.get(slug=SLUG)
        assert not PlanPage.objects.filter(municipality=municipality).exists()
        user = get_user_model().objects.create_user("word-editor-langeland", password=PASSWORD)
        user.groups.add(municipality.editor_group)
    yield user
    with django_db_blocker.unblock():
        for page in PlanPage.objects.filter(municipality__slug=SLUG):
            page.delete()
        user.delete()


def test_editor_uploads_previews_and_confirms(axe_page, site_url, editor, tmp_path):
    page = axe_page
    page.goto(f"{site_url}/admin/login/")
    page.fill("input[name=username]", editor.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site_url}/admin/")

    page.goto(f"{site_url}/admin/plans/import/{SLUG}/")
    assert page.locator("h1").inner_text().startswith("Importér plan fra Word")
    violations = run_axe(page)
    assert not violations, format_violations(page.url, violations)

    # A bad file first: a Danish message, nothing saved.
    page.set_input_files("input[type=file]", files=[{"name": "plan.docx", "mimeType": "application/pdf",
                                                     "buffer": b"%PDF-1.7 not a Word file"}])
    with page.expect_navigation():
        page.get_by_role("button", name="Vis hvor indholdet lander").click()
    page.get_by_text("Filen er en PDF, ikke et Word-dokument").wait_for()

    path = tmp_path / "handlingsplan.docx"
    path.write_bytes(word_docs.styled_plan())
    page.set_input_files("input[type=file]", str(path))
    with page.expect_navigation():
        page.get_by_role("button", name="Vis hvor indholdet lander").click()
    page.get_by_role("heading", name="Afsnit for afsnit").wait_for()
    body = page.content()
    assert "»1.2 Målsætninger« → Mål" in body
    assert "»Bilag 1: Kontaktliste« → Andet indhold / ikke placeret" in body
    violations = run_axe(page)
    assert not violations, format_violations(page.url, violations)
    SCREENSHOTS.mkdir(exist_ok=True)  # git-ignored; for people to look at
    page.screenshot(path=str(SCREENSHOTS / "word-import-preview.png"), full_page=True)

    page.get_by_role("button", name="Opret planen som kladde").click()
    page.wait_for_url("**/admin/pages/*/edit/")
    assert "oprettet som kladde" in page.content()
    created = PlanPage.objects.get(municipality__slug=SLUG)
    assert not created.live
    assert [g.value["title"] for g in created.get_latest_revision_as_object().goals] == word_docs.GOALS
