"""A municipality editor's start (issue 13, part 2): the dashboard panel of their plan, "Start fra den
nationale skabelon", the template's guiding questions in the edit form, and the admin in Danish."""

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from guidance.models import ConceptElement, TextBlock
from places.models import Municipality
from plans.models import PlanPage
from plans.permissions import CENTRE_EDITORS
from plans.start import existing_plan
from plans.template import EMPTY, FILLED, TEXT_BLOCK_ONLY, plan_template, section_states
from plans.textblocks import filled_text_blocks, text_block_ids

pytestmark = pytest.mark.django_db


def member(role, slug, username=None):
    user = get_user_model().objects.create_user(
        username or f"{role}-{slug}", email=f"{role}-{slug}@kommune.example", password="x" * 16
    )
    user.groups.add(getattr(Municipality.objects.get(slug=slug), f"{role}_group"))
    return user


def centre_editor():
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("centre-ed", password="x" * 16)
    user.groups.add(Group.objects.get(name=CENTRE_EDITORS))
    return user


def start_url(slug):
    return reverse("plans_start_from_template", args=[slug])


def panel_html(client, slug):
    """The dashboard's panel for one municipality (its <section>), as text."""
    html = client.get("/admin/").content.decode()
    marker = f'id="plans-municipality-{slug}'
    assert marker in html, f"no panel for {slug}"
    start = html.rindex("<section", 0, html.index(marker))
    return html[start:html.index("</section>", html.index(marker))]


# --- the dashboard panel, one status at a time ---------------------------------------------------


def test_panel_without_plan_offers_the_template(client, demo):
    client.force_login(member("editor", "bornholm"))
    panel = panel_html(client, "bornholm")
    assert "Jeres handlingsplan: Bornholms Regionskommune" in panel
    assert 'data-plan-status="none"' in panel and "Ingen plan" in panel
    assert "Start fra den nationale skabelon" in panel and start_url("bornholm") in panel
    # The Word import (plans.word) is offered beside the template.
    import_url = reverse("plans_import_word", kwargs={"municipality_slug": "bornholm"})
    assert "Importér jeres nuværende plan (Word)" in panel and f'href="{import_url}"' in panel
    assert client.get(import_url).status_code == 200
    assert "csrfmiddlewaretoken" in panel
    assert "Redigér" not in panel and "Download som" not in panel
    total = ConceptElement.objects.filter(locale__language_code="da", live=True).count()
    assert total > 20 and f"Planen dækker 0 af {total} elementer" in panel


def test_panel_for_a_public_plan(client, demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    client.force_login(member("editor", "odense"))
    panel = panel_html(client, "odense")
    assert 'data-plan-status="public"' in panel and "Offentliggjort" in panel
    assert "Start fra den nationale skabelon" not in panel
    assert f"/admin/pages/{plan.id}/edit/" in panel and "Redigér" in panel
    assert "/da/handlingsplaner/odense/pdf/" in panel and "/da/handlingsplaner/odense/docx/" in panel
    assert "1. marts 2025" in panel and "1. marts 2027" in panel and "hvert andet år" in panel
    covered = len(plan.coverage.covered)
    assert f"Planen dækker {covered} af {plan.coverage.total} elementer" in panel


def test_panel_for_a_staff_only_plan(client, demo):
    client.force_login(member("editor", "holbaek"))
    panel = panel_html(client, "holbaek")
    assert 'data-plan-status="staff_only"' in panel and "Kun for kommunens medarbejdere" in panel


def test_panel_for_a_draft_then_awaiting_approval(client, demo):
    editor = member("editor", "bornholm")
    client.force_login(editor)
    client.post(start_url("bornholm"))
    panel = panel_html(client, "bornholm")
    assert 'data-plan-status="draft"' in panel and "Kladde" in panel
    assert "Start fra den nationale skabelon" not in panel and "Redigér" in panel
    assert "Download som" not in panel  # nothing published yet
    # The sections still to write, with what is missing.
    assert "1.2 Mål: tomt" in panel  # the placeholder goals are not goals
    assert "2.2 Infohus-samarbejdet og Infohus Kommune: kun centerets tekstblok" in panel
    assert "1.4 Definitioner og bekymringstegn" not in panel  # text block 2 answers it

    plan = existing_plan(Municipality.objects.get(slug="bornholm"))
    plan.get_workflow().start(plan, editor)
    panel = panel_html(client, "bornholm")
    assert 'data-plan-status="awaiting_approval"' in panel and "Afventer godkendelse" in panel


def test_live_plan_with_changes_awaiting_approval(client, demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    editor = member("editor", "odense")
    plan.title = "Eksempel: Handlingsplan mod ekstremisme for Odense Kommune, revideret"
    plan.save_revision(user=editor)
    plan.get_workflow().start(plan, editor)
    client.force_login(editor)
    panel = panel_html(client, "odense")
    assert 'data-plan-status="awaiting_approval"' in panel
    assert "den offentliggjorte version er offentliggjort" in panel


def test_panel_lists_text_blocks_changed_since_publication(client, demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    block = TextBlock.objects.get(locale__language_code="da", number=3)
    block.body = "<p>[KOMMUNE] samarbejder med [POLITIKREDS] i infohuset (ny tekst).</p>"
    block.save_revision().publish()
    client.force_login(member("editor", "odense"))
    panel = panel_html(client, "odense")
    assert "Tekstblok 3: Infohus-samarbejdet" in panel
    # Publishing the plan again clears it.
    plan.save_revision().publish()
    assert "Tekstblok 3" not in panel_html(client, "odense")


def test_approver_sees_the_panel_but_cannot_start(client, demo):
    client.force_login(member("approver", "bornholm"))
    panel = panel_html(client, "bornholm")
    assert "Ingen plan" in panel and "Start fra den nationale skabelon" not in panel
    assert "Importér jeres nuværende plan" not in panel
    client.force_login(member("approver", "odense"))
    assert "Redigér" in panel_html(client, "odense")  # approvers may edit their plan


def test_one_panel_per_municipality_and_none_for_others(client, demo):
    user = member("editor", "odense")
    user.groups.add(Municipality.objects.get(slug="svendborg").editor_group)
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert html.count("plans-municipality-panel") == 2
    assert "Jeres handlingsplan: Odense Kommune" in html and "Jeres handlingsplan: Svendborg Kommune" in html
    assert "Skive" not in html
    # The panels come first, before Wagtail's own.
    first = html.index("w-panel--dashboard")
    assert html[first:first + 80].startswith("w-panel--dashboard plans-municipality-panel")


def test_municipality_users_get_no_page_count(client, demo):
    client.force_login(member("editor", "odense"))
    html = client.get("/admin/").content.decode()
    assert "site_summary_pages" not in html and "Sider</" not in html
    client.force_login(centre_editor())
    html = client.get("/admin/").content.decode()
    assert "plans-municipality-panel" not in html  # the centre has the national report instead


# --- the changed-text-block panel: one row per plan ----------------------------------------------


def test_changed_text_blocks_panel_one_row_per_plan_for_editors_and_approvers(client, demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    assert PlanPage.objects.filter(municipality=plan.municipality).count() > 1  # translations/aliases
    block = TextBlock.objects.get(locale__language_code="da", number=3)
    block.body = "<p>[KOMMUNE] og [POLITIKREDS]: ny tekst.</p>"
    block.save_revision().publish()
    for role in ("editor", "approver"):
        client.force_login(member(role, "odense"))
        html = client.get("/admin/").content.decode()
        start = html.index('id="plans-changed-text-blocks')
        panel = html[start:html.index("</section>", start)]
        assert panel.count("<tr>") == 2, panel  # the header row and one plan
        assert f"/admin/pages/{plan.id}/edit/" in panel


# --- "Start fra den nationale skabelon" ----------------------------------------------------------


def test_start_creates_a_draft_from_the_template(client, demo):
    bornholm = Municipality.objects.get(slug="bornholm")
    client.force_login(member("editor", "bornholm"))
    response = client.post(start_url("bornholm"), follow=True)
    plan = existing_plan(bornholm)
    assert plan is not None
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[plan.id])
    assert "Udkastet til handlingsplanen for Bornholms Regionskommune er oprettet" in response.content.decode()

    # A draft: never published, not reachable by the public.
    assert not plan.live and plan.has_unpublished_changes and plan.get_latest_revision() is not None
    assert plan.locale.language_code == "da" and plan.slug == "bornholm"
    assert Client().get("/da/handlingsplaner/bornholm/").status_code == 404
    assert plan.title == "Beredskab til forebyggelse, opsporing og håndtering af ekstremisme – Bornholms Regionskommune"
    assert plan.get_workflow() is not None  # the municipality's approval workflow applies

    # The centre's text blocks by reference, where the template offers them, in order.
    by_field = {name: [c.get("value") for c in getattr(plan, name).raw_data if c["type"] == "text_block"]
                for name in ("vision", "definitions", "infohus_cooperation", "procedure_notes", "network")}
    numbers = {tb.pk: tb.number for tb in TextBlock.objects.filter(locale__language_code="da")}
    assert {name: [numbers[pk] for pk in pks] for name, pks in by_field.items()} == {
        "vision": [1], "definitions": [2], "infohus_cooperation": [3, 4], "procedure_notes": [5], "network": [6],
    }
    assert len(text_block_ids(plan)) == 6
    # The municipality's names where the template asks for them: official names, never placeholders.
    infohus_raw = [c["value"] for c in plan.infohus_cooperation.raw_data if c["type"] == "paragraph"]
    assert infohus_raw == ["<h3>Infohus Bornholm</h3>"]
    assert [c["value"] for c in plan.network.raw_data if c["type"] == "paragraph"] == [
        "<h3>Infohus Netværk, Bornholms Politi</h3>"
    ]
    bodies = " ".join(item["body"] for item in filled_text_blocks(plan))
    assert "Bornholms Regionskommune indgår i infohus-samarbejdet" in bodies
    assert "Bornholms Politi" in bodies and "[KOMMUNE]" not in bodies and "[POLITIKREDS]" not in bodies

    # Goals: three placeholders the editor must replace; revision every second year.
    assert [g.value["title"] for g in plan.goals] == ["[MÅL 1]", "[MÅL 2]", "[MÅL 3]"]
    assert plan.revision_interval_months == 24
    # Submitting or publishing refuses the placeholders (a draft may keep them).
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        PlanPage.objects.get(pk=plan.pk).full_clean()
    assert "[MÅL 1]" in str(refused.value)
    # The sections the editor still has to write.
    states = {s.section.number: s.state for s in section_states(plan)}
    assert states["1.4"] == FILLED and states["2.2"] == TEXT_BLOCK_ONLY and states["4.1"] == EMPTY
    assert states["1.2"] == EMPTY


def test_start_twice_makes_one_plan(client, demo):
    client.force_login(member("editor", "bornholm"))
    client.post(start_url("bornholm"))
    response = client.post(start_url("bornholm"), follow=True)
    plans = PlanPage.objects.filter(municipality__slug="bornholm", locale__language_code="da")
    assert plans.count() == 1
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[plans.get().id])
    assert "har allerede en handlingsplan" in response.content.decode()


def test_start_on_an_existing_plan_changes_nothing(client, demo):
    plan = PlanPage.objects.get(locale__language_code="da", slug="odense")
    revision = plan.get_latest_revision().id
    client.force_login(member("editor", "odense"))
    response = client.post(start_url("odense"))
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[plan.id])
    assert PlanPage.objects.get(pk=plan.pk).get_latest_revision().id == revision


def test_start_refused_for_others(client, demo):
    count = PlanPage.objects.count()
    # Another municipality's editor, its own approver, a staff member: refused.
    for user in (member("editor", "odense"), member("approver", "bornholm"), member("staff", "bornholm")):
        client.force_login(user)
        response = client.post(start_url("bornholm"))
        assert response.status_code in (302, 403)
        if response.status_code == 302:  # Wagtail sends users without admin access to the login
            assert "/admin/login/" in response["Location"] or response["Location"] == reverse("wagtailadmin_home")
    client.logout()
    assert client.post(start_url("bornholm"))["Location"].startswith("/admin/login/")
    assert PlanPage.objects.count() == count
    # An unknown municipality is a 404, not an error.
    client.force_login(member("editor", "bornholm", "ed2"))
    assert client.post(start_url("ingen-kommune"), follow=True).status_code == 404


def test_centre_may_start_any_municipalitys_plan(client, demo):
    client.force_login(centre_editor())
    assert client.post(start_url("bornholm")).status_code == 302
    assert existing_plan(Municipality.objects.get(slug="bornholm")) is not None


def test_start_needs_post_and_csrf(demo):
    editor = member("editor", "bornholm")
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.get(start_url("bornholm")).status_code == 405
    assert client.post(start_url("bornholm")).status_code == 403  # no CSRF token
    assert existing_plan(Municipality.objects.get(slug="bornholm")) is None
    # With the token from the dashboard's form it works.
    html = client.get("/admin/").content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    assert client.post(start_url("bornholm"), {"csrfmiddlewaretoken": token}).status_code == 302
    assert existing_plan(Municipality.objects.get(slug="bornholm")) is not None


def test_draft_saves_in_the_editor_and_shows_the_guiding_questions(client, demo):
    editor = member("editor", "bornholm")
    client.force_login(editor)
    client.post(start_url("bornholm"))
    plan = existing_plan(Municipality.objects.get(slug="bornholm"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[plan.id])).content.decode()
    template = plan_template()
    for name in ("vision", "goals", "infohus_cooperation", "concern_procedure", "press"):
        question = template.field(name).questions[0]
        assert question.replace("'", "&#x27;").replace('"', "&quot;") in edit, name
    # Every plan shows them, not only new ones.
    odense = PlanPage.objects.get(locale__language_code="da", slug="odense")
    client.force_login(member("editor", "odense"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[odense.id])).content.decode()
    assert "Skabelonens spørgsmål" in edit and template.field("training").questions[0] in edit


def test_sections_with_own_text_are_filled(demo):
    odense = PlanPage.objects.get(locale__language_code="da", slug="odense")
    states = {s.section.number: s.state for s in section_states(odense)}
    assert states["1.1"] == FILLED and states["2.2"] == FILLED and states["1.2"] == FILLED


# --- the admin speaks Danish ---------------------------------------------------------------------


def _account_form_data(response):
    """The account page's forms as they stand, ready to post back."""
    data = {}
    for panels in response.context["panels_by_tab"].values():
        for panel in panels:
            form = panel.get_form()
            for name, field in form.fields.items():
                if isinstance(field, forms.FileField):
                    continue
                value = form.initial.get(name, field.initial)
                if value is None or value is False:
                    continue
                data[form.add_prefix(name)] = "on" if value is True else value
    return data


def test_new_users_get_the_admin_in_danish_and_can_change_it(client, demo):
    user = member("editor", "odense")
    assert UserProfile.get_for_user(user).preferred_language == "da"
    client.force_login(user)
    # Even from an English browser.
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<html lang=\"da\"" in html
    assert "Konto" in client.get("/admin/account/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    response = client.get("/admin/account/", HTTP_ACCEPT_LANGUAGE="en")
    choices = dict(response.context["panels_by_tab"] and next(
        p.get_form() for ps in response.context["panels_by_tab"].values() for p in ps if p.name == "locale"
    ).fields["preferred_language"].choices)
    assert {"da", "en", "ar"} <= set(choices) and "de" not in choices
    data = _account_form_data(response)
    data["locale-preferred_language"] = "en"
    data.update({"name_email-first_name": "Ida", "name_email-last_name": "Redaktør"})
    assert client.post("/admin/account/", data).status_code == 302
    assert UserProfile.get_for_user(user).preferred_language == "en"
    assert "<html lang=\"en\"" in client.get("/admin/").content.decode()


def test_existing_profile_language_is_kept(demo):
    user = member("editor", "odense")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    user.first_name = "Ida"
    user.save()
    assert UserProfile.get_for_user(user).preferred_language == "en"



def test_start_without_a_plan_index_says_so_and_changes_nothing(client, demo):
    from plans.models import PlanIndexPage

    index = PlanIndexPage.objects.get(locale__language_code="da")
    index.delete()
    pages = PlanPage.objects.count()
    client.force_login(member("editor", "bornholm"))
    response = client.post(start_url("bornholm"), follow=True)
    assert response.status_code == 200
    assert "Der er ingen side med handlingsplaner at oprette planen under" in response.content.decode()
    assert PlanPage.objects.count() == pages
