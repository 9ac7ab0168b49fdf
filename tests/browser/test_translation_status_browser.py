"""The centre's translation status report and its dashboard panel in a real browser: axe finds no
violations in what the report adds to the admin, and a municipality's editor cannot open it."""


import pytest

from tests.browser.conftest import committed, format_violations, run_axe

PASSWORD = "oversaettelser-" + "x" * 12


def _user(username, group_name):
    def create():
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        user, _ = get_user_model().objects.get_or_create(username=username)
        user.set_password(PASSWORD)
        user.save()
        user.groups.set([Group.objects.get(name=group_name)])

    committed(create)


def _remove(username):
    def remove():
        from django.contrib.auth import get_user_model

        get_user_model().objects.filter(username=username).delete()

    committed(remove)


def _log_in(page, site_url, username):
    page.goto(f"{site_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site_url}/admin/**")


@pytest.mark.browser
def test_report_and_dashboard_panel_pass_axe(site_url, axe_page):
    from core.permissions import CENTRE_EDITORS

    _user("centre-oversaettelser", CENTRE_EDITORS)
    try:
        _check_report_and_panel(axe_page, site_url)
    finally:
        _remove("centre-oversaettelser")


def _check_report_and_panel(axe_page, site_url):
    _log_in(axe_page, site_url, "centre-oversaettelser")

    axe_page.goto(f"{site_url}/admin/reports/oversaettelser/")
    assert axe_page.locator("table.translation-summary").count() == 1
    assert axe_page.get_by_text("Er du bekymret for en person?").count() >= 1
    violations = run_axe(axe_page, "main")
    assert not violations, format_violations("translation report", violations)

    axe_page.goto(f"{site_url}/admin/reports/oversaettelser/?sprog=ar&status=missing")
    violations = run_axe(axe_page, "main")
    assert not violations, format_violations("translation report, filtered", violations)

    axe_page.goto(f"{site_url}/admin/")
    panel = axe_page.locator("#core-translation-status-section, #core-translation-status").first
    assert panel.count() == 1
    violations = run_axe(axe_page, "table.translation-summary")
    assert not violations, format_violations("dashboard panel", violations)


@pytest.mark.browser
def test_municipality_editor_cannot_open_the_report(site_url, desktop):
    from places.models import Municipality

    _user("kommune-oversaettelser", Municipality.objects.get(slug="aarhus").editor_group.name)
    try:
        _log_in(desktop, site_url, "kommune-oversaettelser")
        response = desktop.goto(f"{site_url}/admin/reports/oversaettelser/")
        assert response.status == 403 or desktop.url.removeprefix(site_url) == "/admin/"
        assert desktop.locator("table.translation-summary").count() == 0
        desktop.goto(f"{site_url}/admin/")
        assert desktop.locator("table.translation-summary").count() == 0
    finally:
        _remove("kommune-oversaettelser")
