"""Signing in with the municipality's login in a real browser, against a real identity provider
served over HTTP (tests/saml_idp.py); the sign-in, "not for you" and refusal pages pass axe in
Danish, English and Arabic; the plan's own "Kun for kommunens medarbejdere" switch in the admin.

These tests write to the session's committed demo data (the browser's server cannot see a test's
transaction) and remove what they made."""

from __future__ import annotations

import time

import pytest
import requests
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from places.models import Municipality
from plans.models import PlanPage
from signin import metadata
from signin.models import IdentityProvider, OrganisationNumber
from tests.browser.conftest import format_violations, run_axe, committed
from tests.saml_idp import CVR_ATTRIBUTE, ROLE_ATTRIBUTE, serve

MARKER = "INTERN-EKSEMPELTEKST-HOLBAEK"
HOLBAEK_CVR, ODENSE_CVR = "10000316", "10000461"  # test values
User = get_user_model()


@pytest.fixture
def identity_provider(site_url):
    sp_metadata = requests.get(site_url + "/saml2/metadata/", timeout=10).text
    people = {
        "Anna, Holbæk": ("anna", {CVR_ATTRIBUTE: [HOLBAEK_CVR], ROLE_ATTRIBUTE: ["medarbejder"]}),
        "Odin, Odense": ("odin", {CVR_ATTRIBUTE: [ODENSE_CVR], ROLE_ATTRIBUTE: ["medarbejder"]}),
    }
    idp, server = serve(sp_metadata, people)
    xml = idp.metadata_xml()

    def create():
        provider = IdentityProvider.objects.create(
            name="Context Handler (browsertest)", slug="bt", entity_id=metadata.identity_provider_entity_id(xml),
            metadata_xml=xml, organisation_kind="cvr", organisation_attribute=CVR_ATTRIBUTE,
            role_attribute=ROLE_ATTRIBUTE, staff_values="medarbejder")
        for cvr, slug in ((HOLBAEK_CVR, "holbaek"), (ODENSE_CVR, "odense")):
            OrganisationNumber.objects.create(identity_provider=provider, value=cvr,
                                              municipality=Municipality.objects.get(slug=slug))
        return provider

    provider = committed(create)
    yield provider
    server.shutdown()

    def remove():
        User.objects.filter(username__startswith="bt:").delete()
        IdentityProvider.objects.filter(pk=provider.pk).delete()

    committed(remove)


def assert_axe_clean(page):
    violations = run_axe(page)
    assert not violations, format_violations(page.url, violations)


@pytest.mark.parametrize("lang", ["da", "en", "ar"])
def test_sign_in_page_in_the_sites_layout_passes_axe(axe_page, site_url, identity_provider, lang):
    axe_page.goto(f"{site_url}/{lang}/handlingsplaner/holbaek/")
    assert "/log-ind/?next=" in axe_page.url
    assert axe_page.locator("header").count() and axe_page.locator("footer").count()
    headings = axe_page.locator("main h2").all_inner_texts()
    assert len(headings) == 2  # the municipality's login first, the local login second
    assert MARKER not in axe_page.content()
    assert "Holbæk Kommune" in axe_page.locator("main").inner_text()
    if lang == "da":
        assert headings[0] == "Log ind med din kommunes login"
    assert_axe_clean(axe_page)


def test_round_trip_through_the_identity_provider(browser, site_url, identity_provider, axe_page):
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    page.goto(f"{site_url}/da/handlingsplaner/holbaek/")
    started = time.perf_counter()
    page.get_by_role("link", name="Log ind med din kommunes login").click()
    page.get_by_role("button", name="Anna, Holbæk").click()
    page.wait_for_url(f"{site_url}/da/handlingsplaner/holbaek/")
    elapsed = time.perf_counter() - started
    assert MARKER in page.content()
    print(f"\nSAML sign-in round trip in Chromium (site → test IdP → site → plan): {elapsed * 1000:.0f} ms")
    assert User.objects.get(username="bt:anna").groups.filter(name="Holbæk: medarbejdere").exists()
    context.close()

    # Staff of Odense: the clear page, not the login form again (and it passes axe).
    axe_page.goto(f"{site_url}/da/handlingsplaner/holbaek/")
    axe_page.get_by_role("link", name="Log ind med din kommunes login").click()
    axe_page.get_by_role("button", name="Odin, Odense").click()
    axe_page.wait_for_url(f"{site_url}/da/handlingsplaner/holbaek/")
    assert axe_page.locator("h1").inner_text() == "Kun for medarbejdere i Holbæk Kommune"
    assert MARKER not in axe_page.content() and axe_page.locator("input[type=password]").count() == 0
    assert_axe_clean(axe_page)


def test_refusal_page_passes_axe(axe_page, site_url, identity_provider):
    axe_page.goto(f"{site_url}/saml2/login/?idp=https://nobody.example/")
    assert axe_page.locator("h1").inner_text() == "Du blev ikke logget ind"
    assert_axe_clean(axe_page)


@pytest.fixture
def skive_editor():
    def create():
        user = User.objects.create_user("skive-redaktoer-bt", password="Langt-og-sikkert-42")
        user.groups.add(Municipality.objects.get(slug="skive").editor_group)
        return user

    user = committed(create)
    yield user

    def remove():
        plan = PlanPage.objects.get(locale__language_code="da", slug="skive")
        PageViewRestriction.objects.filter(page=plan).delete()
        User.objects.filter(pk=user.pk).delete()

    committed(remove)


def test_editor_switch_makes_the_plan_staff_only_in_every_language(desktop, site_url, skive_editor):
    plan = PlanPage.objects.get(locale__language_code="da", slug="skive")
    page = desktop
    page.goto(f"{site_url}/admin/login/")
    page.fill("input[name=username]", "skive-redaktoer-bt")
    page.fill("input[name=password]", "Langt-og-sikkert-42")
    page.locator("button[type=submit]").first.click()
    page.wait_for_url(f"{site_url}/admin/")

    def toggle(on: bool):
        page.goto(f"{site_url}/admin/pages/{plan.id}/edit/")
        box = page.locator("input[name=staff_only]")
        assert box.is_checked() is (not on)
        box.set_checked(on)
        page.locator("button.action-save").first.click()
        page.wait_for_load_state()

    toggle(True)
    skive = Municipality.objects.get(slug="skive")
    wanted = sorted([skive.staff_group_id, skive.editor_group_id, skive.approver_group_id])
    versions = PlanPage.objects.filter(translation_key=plan.translation_key)
    assert versions.count() == 3
    for version in versions:
        restrictions = list(PageViewRestriction.objects.filter(page=version))
        assert len(restrictions) == 1 and restrictions[0].restriction_type == "groups"
        assert sorted(restrictions[0].groups.values_list("pk", flat=True)) == wanted
    for lang in ("da", "en", "ar"):
        anonymous = requests.get(f"{site_url}/{lang}/handlingsplaner/skive/", allow_redirects=False, timeout=10)
        assert anonymous.status_code == 302 and "/log-ind/" in anonymous.headers["Location"]
    page.goto(f"{site_url}/da/handlingsplaner/skive/")  # the editor counts as staff
    assert page.locator("h1").count() and "/log-ind/" not in page.url

    toggle(False)
    assert not PageViewRestriction.objects.filter(page__in=versions).exists()
    assert requests.get(f"{site_url}/en/handlingsplaner/skive/", allow_redirects=False, timeout=10).status_code == 200


@pytest.mark.parametrize("lang", ["da", "en", "ar"])
def test_intranet_embed_page_passes_axe(axe_page, site_url, lang):
    """The plan as the intranet's iframe shows it (a public plan: no key needed)."""
    response = axe_page.goto(f"{site_url}/intranet/v1/{lang}/odense/embed/")
    assert response.status == 200
    assert axe_page.locator("main h1").count() == 1
    assert_axe_clean(axe_page)
