"""Security: headers, check --deploy, login throttling, two-factor, uploads, rich text, rate limits."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

pytestmark = pytest.mark.django_db
BASE_DIR = Path(__file__).resolve().parent.parent


def test_check_deploy_reports_nothing_with_production_env():
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "example.dk",
        "DJANGO_SETTINGS_MODULE": "config.settings",  # production's, not the tests' (pytest sets it)
    }
    for name in ("SECURE_HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE"):  # the latter is set by the browser-test harness
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_env_turns_on_https_settings():
    env = {**os.environ, "DEBUG": "false", "SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "example.dk"}
    for name in ("SECURE_HTTPS", "OPS_2FA_ENFORCED", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        env.pop(name, None)
    code = (
        "import django,os;os.environ['DJANGO_SETTINGS_MODULE']='config.settings';django.setup();"
        "from django.conf import settings as s;"
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.CSRF_COOKIE_HTTPONLY, s.SECURE_HSTS_SECONDS >= 31536000, s.OPS_2FA_ENFORCED)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["True"] * 7, result.stdout + result.stderr


def _csp(response) -> dict[str, str]:
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, _, value = part.strip().partition(" ")
        policy[name] = value
    return policy


def test_public_pages_carry_security_headers(client, demo):
    response = client.get("/da/")
    assert response.status_code == 200
    csp = _csp(response)
    assert csp["script-src"] == "'self'"
    assert "unsafe-inline" not in csp["script-src"] and "unsafe-eval" not in csp["default-src"]
    assert csp["frame-ancestors"] == "'none'" and csp["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_admin_gets_its_own_looser_policy(client):
    response = client.get("/admin/login/")
    csp = _csp(response)
    assert "'unsafe-inline'" in csp["script-src"] and csp["frame-ancestors"] == "'self'"
    assert "unsafe-eval" not in response["Content-Security-Policy"]


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_SSL_REDIRECT=True)
def test_hsts_and_https_redirect_in_production(client, demo):
    assert client.get("/da/").status_code == 301  # plain http goes to https
    response = client.get("/da/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert client.get("/healthz").status_code == 200  # load-balancer probes stay on http


# --- Login throttling ----------------------------------------------------------------------

def test_repeated_wrong_passwords_lock_the_login(client, settings):
    User.objects.create_user("redaktor", password="korrekt-hest-batteri-41")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post("/admin/login/", {"username": "redaktor", "password": "forkert"})
        assert response.status_code == 200  # the login form again, with an error
    response = client.post("/admin/login/", {"username": "redaktor", "password": "forkert"})
    assert response.status_code == 429
    # Locked: even the right password is refused now, with a clear Danish message.
    response = client.post("/admin/login/", {"username": "redaktor", "password": "korrekt-hest-batteri-41"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Login midlertidigt spærret" in html and "15 minutter" in html
    assert "_auth_user_id" not in client.session
    # Another address is not locked out for this user.
    response = client.post(
        "/admin/login/", {"username": "redaktor", "password": "korrekt-hest-batteri-41"}, REMOTE_ADDR="10.0.0.9"
    )
    assert response.status_code == 302


# --- Two-factor authentication -------------------------------------------------------------

def _editor(group_name=None, username="centerredaktor"):
    user = User.objects.create_user(username, password="korrekt-hest-batteri-41")
    access_admin = __import__("django.contrib.auth.models", fromlist=["Permission"]).Permission.objects.get(
        codename="access_admin"
    )
    user.user_permissions.add(access_admin)
    if group_name:
        user.groups.add(Group.objects.get_or_create(name=group_name)[0])
    return user


def _current_token(device):
    from django_otp.oath import totp

    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift):06d}"


@override_settings(OPS_2FA_ENFORCED=True)
def test_centre_editors_must_set_up_two_factor(client):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = _editor("Centerets redaktører")
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/2fa/setup/")
    assert client.get("/admin/pages/").status_code == 302

    setup = client.get(response["Location"])
    assert setup.status_code == 200 and "<svg" in setup.content.decode()
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    wrong = client.post("/admin/2fa/setup/", {"token": "000000" if _current_token(device) != "000000" else "111111"})
    assert "Koden passer ikke" in wrong.content.decode()
    device.refresh_from_db()
    assert device.throttling_failure_count == 1  # django-otp slows down guessing
    device.throttle_reset()
    ok = client.post("/admin/2fa/setup/?next=/admin/pages/", {"token": _current_token(device), "next": "/admin/pages/"})
    assert ok.status_code == 302 and ok["Location"] == "/admin/2fa/recovery/?next=%2Fadmin%2Fpages%2F"
    codes_page = client.get(ok["Location"]).content.decode()
    assert "Gem disse koder nu" in codes_page and 'href="/admin/pages/"' in codes_page
    assert client.get("/admin/").status_code == 200

    # A new session (a new login) must give a code again.
    client.logout()
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/2fa/verify/")
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    assert client.post("/admin/2fa/verify/", {"token": _current_token(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def _enrolled(client, group="Centerets redaktører", username="gendannelse"):
    """An editor who has set up the app; returns (user, the recovery codes shown once)."""
    import re

    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = _editor(group, username=username)
    client.force_login(user)
    client.get("/admin/2fa/setup/")
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post("/admin/2fa/setup/", {"token": _current_token(device)})
    page = client.get(response["Location"]).content.decode()
    codes = [c.replace(" ", "") for c in re.findall(r"<code>([a-z2-7]{4} [a-z2-7]{4})</code>", page)]
    return user, codes


@override_settings(OPS_2FA_ENFORCED=True)
def test_recovery_codes_are_shown_once_and_each_works_once(client):
    user, codes = _enrolled(client)
    assert len(codes) == 10 and len(set(codes)) == 10
    again = client.get("/admin/2fa/recovery/").content.decode()
    assert "Gem disse koder nu" not in again and f"{codes[0][:4]} {codes[0][4:]}" not in again  # shown once
    assert "<strong>10</strong> ubrugte reservekoder" in again

    # A new login without the phone: a recovery code (typed with a space and capitals) lets the editor in.
    client.logout()
    client.force_login(user)
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/verify/")
    typed = f"{codes[0][:4].upper()} {codes[0][4:]}"
    response = client.post("/admin/2fa/verify/", {"token": typed, "next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    assert "<strong>9</strong> ubrugte reservekoder" in client.get("/admin/2fa/recovery/").content.decode()

    # The same code never works twice.
    client.logout()
    client.force_login(user)
    reused = client.post("/admin/2fa/verify/", {"token": codes[0]})
    assert reused.status_code == 200 and "reservekode, du ikke har brugt før" in reused.content.decode()
    assert client.get("/admin/").status_code == 302


@override_settings(OPS_2FA_ENFORCED=True)
def test_new_recovery_codes_replace_the_old_ones(client):
    user, old_codes = _enrolled(client, username="nyekoder")
    response = client.post("/admin/2fa/recovery/")
    page = client.get(response["Location"]).content.decode()
    assert "Gem disse koder nu" in page
    client.logout()
    client.force_login(user)
    refused = client.post("/admin/2fa/verify/", {"token": old_codes[1]})
    assert refused.status_code == 200 and "Koden passer ikke" in refused.content.decode()


def test_a_malformed_code_gets_a_clear_message(client):
    _enrolled(client, group="Aarhus: redaktører", username="forkertformat")
    client.logout()
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="forkertformat"))
    response = client.post("/admin/2fa/verify/", {"token": "12-ab"})
    assert response.status_code == 200
    assert "Skriv de 6 cifre fra din godkendelses-app, eller en af dine reservekoder" in response.content.decode()


@override_settings(OPS_2FA_ENFORCED=True)
def test_two_factor_is_optional_for_other_editors(client):
    client.force_login(_editor("Aarhus: redaktører", username="kommuneredaktor"))
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/2fa/setup/").status_code == 200  # available to enrol


# --- Uploads and rich text -----------------------------------------------------------------

def _document_form(upload):
    from wagtail.documents.forms import get_document_form
    from wagtail.documents.models import Document
    from wagtail.models import Collection

    form_class = get_document_form(Document)
    user = User.objects.filter(username="docadmin").first() or User.objects.create_superuser(
        "docadmin", password="korrekt-hest-batteri-41"
    )
    return form_class(
        {"title": "Plan", "collection": Collection.get_first_root_node().pk},
        {"file": upload},
        user=user,
    )


def test_document_whose_content_does_not_match_its_type_is_refused():
    form = _document_form(SimpleUploadedFile("plan.pdf", b"<html><script>alert(1)</script></html>"))
    assert not form.is_valid()
    assert "ikke en gyldig PDF-fil" in str(form.errors["file"])


def test_real_pdf_is_accepted():
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    form = _document_form(SimpleUploadedFile("plan.pdf", pdf))
    assert form.is_valid(), form.errors


def test_disallowed_document_type_and_oversize_are_refused(settings):
    form = _document_form(SimpleUploadedFile("virus.exe", b"MZ\x90\x00"))
    assert not form.is_valid() and "file" in form.errors
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10
    form = _document_form(SimpleUploadedFile("notes.txt", b"more than ten bytes of text"))
    assert not form.is_valid() and "file" in form.errors


def test_fake_image_is_refused():
    from wagtail.images.forms import get_image_form
    from wagtail.images.models import Image
    from wagtail.models import Collection

    form = get_image_form(Image)(
        {"title": "Logo", "collection": Collection.get_first_root_node().pk},
        {"file": SimpleUploadedFile("logo.png", b"<svg onload=alert(1)></svg>")},
        user=User.objects.create_superuser("imgadmin", password="korrekt-hest-batteri-41"),
    )
    assert not form.is_valid() and "file" in form.errors


def test_rich_text_whitelist_drops_scripts_and_handlers():
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
    from wagtail.rich_text import expand_db_html

    converter = ContentstateConverter(features=["bold", "italic", "link", "ol", "ul", "h2", "h3"])
    hostile = (
        '<p onclick="steal()">Hej<script>alert(1)</script> <a href="javascript:alert(2)">link</a></p>'
        '<img src=x onerror="alert(3)"><iframe src="https://evil.example"></iframe>'
    )
    stored = converter.to_database_format(converter.from_database_format(hostile))
    html = expand_db_html(stored)
    assert "Hej" in html
    for bad in ("<script", "onclick", "onerror", "javascript:", "<iframe", "alert(2)", "alert(3)", "steal()"):
        assert bad not in html
    # What was inside <script> survives only as inert text.


# --- Rate limits ---------------------------------------------------------------------------

@override_settings(OPS_RATELIMIT_RULES=[("api", r"^/api/", 3, 60)])
def test_api_is_rate_limited_per_client(client, demo):
    for _ in range(3):
        assert client.get("/api/v2/pages/").status_code == 200
    response = client.get("/api/v2/pages/")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "For mange forespørgsler" in response.json()["message"]
    # Another client is not affected; pages outside the API are not limited.
    assert client.get("/api/v2/pages/", REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get("/da/").status_code == 200


# --- Audit log -----------------------------------------------------------------------------

def test_plan_changes_are_in_the_audit_log_visible_to_centre_editors(client, demo):
    from django.utils import timezone
    from wagtail.models import PageLogEntry

    from plans.models import PlanPage

    editor = _editor("Centerets redaktører", username="centre_auditor")
    page = PlanPage.objects.get(slug="odense", locale__language_code="da")
    started = timezone.now()
    page.title = "Handlingsplan for Odense (revideret)"
    page.save_revision(user=editor, log_action=True).publish(user=editor)

    entries = PageLogEntry.objects.filter(page=page, user=editor, timestamp__gte=started)
    assert {"wagtail.edit", "wagtail.publish"} <= set(entries.values_list("action", flat=True))

    client.force_login(editor)
    report = client.get("/admin/reports/site-history/")
    assert report.status_code == 200
    html = report.content.decode()
    assert page.get_admin_display_title() in html and "centre_auditor" in html
    history = client.get(f"/admin/pages/{page.id}/history/")
    assert history.status_code == 200 and "centre_auditor" in history.content.decode()
