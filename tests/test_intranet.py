"""The plan on the municipality's intranet: keys scoped to one municipality's plan, JSON / HTML
fragment / iframe page, and nothing of a staff-only plan without the right key."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import ModelLogEntry

from intranet.models import IntranetKey, hash_key
from places.models import Municipality

pytestmark = pytest.mark.django_db

MARKER = "INTERN-EKSEMPELTEKST-HOLBAEK"
SUMMARY = "kun synlig for kommunens egne medarbejdere"
ROUTES = ["/intranet/v1/{lang}/holbaek/", "/intranet/v1/{lang}/holbaek/fragment/", "/intranet/v1/{lang}/holbaek/embed/"]
User = get_user_model()


def new_key(slug, origins=""):
    key = IntranetKey(municipality=Municipality.objects.get(slug=slug), name=f"Intranet {slug}", frame_origins=origins)
    secret = key.issue()
    key.save()
    return key, secret


def bearer(secret):
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def assert_no_leak(response):
    body = response.content.decode(errors="replace")
    assert MARKER not in body and SUMMARY not in body


def staff_of(slug):
    user = User.objects.create_user(f"staff-{slug}", password="x" * 16)
    user.groups.add(Municipality.objects.get(slug=slug).staff_group)
    return user


def test_public_plan_needs_no_key(client, demo):
    response = client.get("/intranet/v1/da/odense/")
    assert response.status_code == 200
    data = response.json()
    assert data["municipality"] == "Odense Kommune" and "<" in data["body_html"]
    assert client.get("/intranet/v1/da/odense/fragment/").content.decode().startswith("<article")


@pytest.mark.parametrize("lang", ["da", "en", "ar"])
def test_staff_only_plan_refuses_everyone_without_its_own_key(client, demo, lang):
    _, odense_secret = new_key("odense")
    revoked, revoked_secret = new_key("holbaek")
    revoked.revoke()
    revoked.save()
    for route in ROUTES:
        url = route.format(lang=lang)
        for headers, status in (({}, 401), (bearer(odense_secret), 403), (bearer(revoked_secret), 401),
                                (bearer("ncfe_guess"), 401), ({"HTTP_AUTHORIZATION": "Basic eDp5"}, 401)):
            response = client.get(url, **headers)
            assert response.status_code == status, (url, headers)
            assert_no_leak(response)
    client.force_login(staff_of("odense"))  # signed in, but another municipality's staff
    for route in ROUTES:
        response = client.get(route.format(lang=lang))
        assert response.status_code == 401
        assert_no_leak(response)


def test_own_key_reads_the_plan_and_every_use_is_logged(client, demo):
    key, secret = new_key("holbaek")
    assert IntranetKey.objects.get(pk=key.pk).key_hash == hash_key(secret) and secret not in key.key_hash
    response = client.get("/intranet/v1/da/holbaek/", **bearer(secret))
    assert response.status_code == 200 and MARKER in response.json()["body_html"]
    assert "no-store" in response["Cache-Control"]
    fragment = client.get("/intranet/v1/da/holbaek/fragment/", **bearer(secret))
    assert fragment.status_code == 200 and MARKER in fragment.content.decode()
    key.refresh_from_db()
    assert key.last_used_at is not None
    assert ModelLogEntry.objects.filter(action="intranet.key_used", object_id=str(key.pk)).count() == 2


def test_staff_session_reads_the_embed(client, demo):
    client.force_login(staff_of("holbaek"))
    assert MARKER in client.get("/intranet/v1/da/holbaek/embed/").content.decode()


def test_framing_only_from_the_listed_origins(client, demo):
    odense = client.get("/intranet/v1/da/odense/embed/")
    assert odense.status_code == 200
    assert odense["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in odense["Content-Security-Policy"]
    _, secret = new_key("holbaek", origins="https://intra.holbaek.example\nhttps://sharepoint.holbaek.example")
    framed = client.get("/intranet/v1/da/holbaek/embed/", **bearer(secret))
    assert framed.status_code == 200 and "X-Frame-Options" not in framed
    csp = framed["Content-Security-Policy"]
    assert "frame-ancestors https://intra.holbaek.example https://sharepoint.holbaek.example" in csp
    assert client.get("/intranet/v1/da/odense/embed/")["X-Frame-Options"] == "DENY"  # other plans unchanged


def test_unknown_plan_and_language(client, demo):
    # LocaleMiddleware turns a 404 outside /da/ into a redirect to /da/..., which is a 404 too.
    assert client.get("/intranet/v1/xx/holbaek/", follow=True).status_code == 404
    assert client.get("/intranet/v1/da/findes-ikke/", follow=True).status_code == 404


def test_editors_manage_only_their_own_municipalitys_keys(client, demo):
    holbaek = Municipality.objects.get(slug="holbaek")
    editor = User.objects.create_user("redaktoer-holbaek", password="x" * 16)
    editor.groups.add(holbaek.editor_group)
    client.force_login(editor)
    response = client.post("/admin/intranet_keys/new/", {
        "name": "SharePoint", "municipality": holbaek.pk, "frame_origins": "https://intra.holbaek.example"}, follow=True)
    assert response.status_code == 200
    key = IntranetKey.objects.get(name="SharePoint")
    body = response.content.decode()
    secret = body[body.index("ncfe_"):].split(" ")[0]
    assert hash_key(secret) == key.key_hash and key.created_by == editor
    assert secret not in client.get("/admin/intranet_keys/").content.decode()  # shown once
    bad = client.post("/admin/intranet_keys/new/", {"name": "X", "municipality": holbaek.pk,
                                                    "frame_origins": "javascript:alert(1)"})
    assert bad.status_code == 200 and "ikke en gyldig adresse" in bad.content.decode()
    other, _ = new_key("odense")
    refused = client.post("/admin/intranet_keys/new/", {"name": "Y", "municipality": other.municipality_id})
    assert not IntranetKey.objects.filter(name="Y").exists() and refused.status_code == 200
    assert "Intranet odense" not in client.get("/admin/intranet_keys/").content.decode()
    assert client.get(f"/admin/intranet_keys/edit/{other.pk}/").status_code in (302, 403, 404)
    client.post(f"/admin/intranet_keys/edit/{key.pk}/", {"name": "SharePoint", "municipality": holbaek.pk,
                                                          "frame_origins": "", "revoke": "on"})
    key.refresh_from_db()
    assert key.revoked_at is not None
    assert client.get("/intranet/v1/da/holbaek/", **bearer(secret)).status_code == 401
