"""The editorial journey in a Danish Chromium (issue 13, part 6): a municipality's editor creates
the plan from the page tree; its approver sees exactly what changed and approves and publishes
from the editor.

The live server runs in another thread with its own database connection, so what these tests set
up is committed (in a thread of its own) and removed again at the end; they use municipalities
the demo content has no plan for, so nothing else in the session sees a difference."""

import re

import pytest

from tests.browser.conftest import ROOT, format_violations, run_axe, committed

PASSWORD = "en-lang-adgangskode-til-test"


def make_user(username, group_attr, municipality_slug):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from places.models import Municipality

    user = get_user_model().objects.create_user(username, email=f"{username}@kommune.example", password=PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "da"
    profile.save()
    user.groups.add(getattr(Municipality.objects.get(slug=municipality_slug), group_attr))
    return user.id


def delete_users(*usernames):
    from django.contrib.auth import get_user_model

    get_user_model().objects.filter(username__in=usernames).delete()


def delete_plans(municipality_slug):
    from plans.models import PlanPage

    for plan in PlanPage.objects.filter(municipality__slug=municipality_slug):
        if plan.live:
            plan.unpublish()  # out of the site search first
        PlanPage.objects.get(pk=plan.pk).delete()


def log_in(page, site_url, username):
    page.goto(site_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r".*/admin/$"))


def assert_no_axe_violations(page):
    violations = run_axe(page)
    assert not violations, format_violations(page.url, violations)


def test_editor_creates_the_plan_from_the_page_tree(desktop, site_url):
    page = desktop
    slug = "assens"
    committed(lambda: delete_plans(slug))
    committed(lambda: make_user("assens-redaktoer", "editor_group", slug))

    def index_id():
        from plans.models import PlanIndexPage

        return PlanIndexPage.objects.get(locale__language_code="da", slug="handlingsplaner").id

    index = committed(index_id)
    try:
        log_in(page, site_url, "assens-redaktoer")
        page.goto(f"{site_url}/admin/pages/{index}/")
        page.locator(f'a[href*="/admin/pages/{index}/add_subpage/"]').first.click()
        # Only "Handlingsplan" can be created here: the picker is skipped.
        page.wait_for_url(re.compile(rf".*/admin/pages/add/plans/planpage/{index}/$"))
        municipality = page.locator("select[name=municipality]")
        assert municipality.locator("option:checked").inner_text() == "Assens Kommune"
        assert municipality.locator("option").count() == 1
        actions = page.locator("footer").inner_text()
        assert "Submit" not in actions and "Moderators" not in actions
        assert "Gem skitse" in actions
        page.fill("input[name=title]", "Handlingsplan mod ekstremisme for Assens Kommune")
        page.get_by_role("button", name="Gem skitse").click()
        page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
        assert "Dette felt er påkrævet" not in page.content()
        page.screenshot(path=str(ROOT / "screenshots" / "editor-new-plan.png"), full_page=True)

        def created():
            from plans.models import PlanPage

            plan = PlanPage.objects.get(municipality__slug=slug, locale__language_code="da")
            return plan.slug, plan.live

        assert committed(created) == ("assens", False)
        # After the first save the municipality's own approval workflow is offered, in Danish.
        page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target=toggle]").first.click()
        assert "Godkendelse af handlingsplan: Assens" in page.locator("footer").inner_text()
    finally:
        committed(lambda: delete_plans(slug))
        committed(lambda: delete_users("assens-redaktoer"))


def prepare_submitted_plan(slug):
    """A live plan for `slug` written outside the editor (demo-style markup), then a draft saved
    through the rich-text editor's markup with one new intervention and one new text block,
    submitted for approval by the municipality's editor."""
    from django.contrib.auth import get_user_model
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from guidance.models import TextBlock
    from places.models import Municipality
    from plans.blocks import RICH_FEATURES
    from plans.models import PlanIndexPage, PlanIntervention, PlanPage

    municipality = Municipality.objects.get(slug=slug)
    index = PlanIndexPage.objects.get(locale__language_code="da", slug="handlingsplaner")
    plan = PlanPage(
        title=f"Handlingsplan mod ekstremisme for {municipality.name}", municipality=municipality, slug=slug,
        vision=[("paragraph", "<p><strong>Vision:</strong> Ingen skal stå alene med en bekymring.</p>"
                              "<p>Alle borgere skal kunne leve trygt.</p>")],
        organisation=[("paragraph", "<p>Infohuset samler kommunen og politiet.</p><p>SSP står for den brede forebyggelse.</p>")],
        training=[("paragraph", "<p>Medarbejdere tilbydes kurser.</p>")],
        goals=[{"type": "goal", "value": {"title": title, "description": ""}}
               for title in ("Et fast infohus-møde", "Kendte tilbud", "Skolerne kender planen")],
    )
    index.add_child(instance=plan)
    plan.save_revision().publish()

    converter = ContentstateConverter(RICH_FEATURES)
    draft = PlanPage.objects.get(pk=plan.pk)
    for name in ("vision", "organisation", "training"):
        for child in getattr(draft, name):
            html = converter.to_database_format(converter.from_database_format(child.value.source))
            child.value = child.block.to_python(html)
    text_block = TextBlock.objects.filter(live=True, locale__language_code="da").order_by("number").first()
    draft.training.append(("text_block", text_block))
    draft.interventions.add(PlanIntervention(title="Samtaler med forældre", aimed_at="surroundings", level="foregribende"))
    editor = get_user_model().objects.get(username=f"{slug}-red")
    draft.save_revision(user=editor)
    draft.get_workflow().start(draft, editor)
    return plan.id, text_block.title


def test_approver_sees_the_change_and_approves_from_the_editor(desktop, site_url):
    page = desktop
    slug = "aabenraa"
    committed(lambda: delete_plans(slug))
    committed(lambda: make_user(f"{slug}-red", "editor_group", slug))
    committed(lambda: make_user(f"{slug}-godk", "approver_group", slug))
    try:
        plan_id, block_title = committed(lambda: prepare_submitted_plan(slug))
        log_in(page, site_url, f"{slug}-godk")
        # The dashboard lists the plan as awaiting the approver's review, in Danish.
        assert "Venter på din godkendelse" in page.content()

        page.goto(f"{site_url}/admin/pages/{plan_id}/revisions/compare/live...latest/")
        main = page.locator("main").inner_text()
        assert "Samtaler med forældre" in main and block_title in main
        labels = [t.strip() for t in page.locator(".comparison__field-label, .comparison h2, main dt").all_inner_texts()]
        assert not any("Vision" in label or "Organisering" in label for label in labels), labels
        assert "Organisering" not in main and "Vision og formål" not in main
        assert_no_axe_violations(page)
        page.screenshot(path=str(ROOT / "screenshots" / "approver-comparison.png"), full_page=True)

        page.goto(f"{site_url}/admin/pages/{plan_id}/edit/")
        municipality = page.locator("select[name=municipality]")
        assert municipality.is_disabled()
        assert municipality.locator("option:checked").inner_text() == "Aabenraa Kommune"
        page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target=toggle]").first.click()
        page.get_by_role("button", name="Godkend og Publicér").first.click()
        page.wait_for_load_state()
        assert "Dette felt er påkrævet" not in page.content()

        def published():
            from plans.models import PlanPage

            plan = PlanPage.objects.get(pk=plan_id)
            return plan.live, plan.has_unpublished_changes, [i.title for i in plan.interventions.all()]

        live, unpublished, interventions = committed(published)
        assert live and not unpublished and interventions == ["Samtaler med forældre"]
    finally:
        committed(lambda: delete_plans(slug))
        committed(lambda: delete_users(f"{slug}-red", f"{slug}-godk"))


@pytest.fixture(autouse=True)
def _screenshots_dir():
    (ROOT / "screenshots").mkdir(exist_ok=True)  # git-ignored
    yield
