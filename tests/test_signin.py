"""Sign-in with the municipality's login (SAML 2.0) against a real identity provider: pysaml2's
Server with its own key pair (tests/saml_idp.py) signs the assertions, the site checks them with
xmlsec1 through djangosaml2. Every hostile response is refused with a clear Danish page (4xx),
changes no user and is logged."""

from __future__ import annotations

import base64
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import ModelLogEntry

from places.models import Municipality
from plans.permissions import CENTRE_EDITORS
from signin import metadata
from signin.models import IdentityProvider, OrganisationNumber
from tests.saml_idp import CVR_ATTRIBUTE, ROLE_ATTRIBUTE, TestIdP

pytestmark = pytest.mark.django_db

HOLBAEK_CVR, ODENSE_CVR = "10000316", "10000461"  # test values, not the municipalities' real CVR numbers
PLAN = "/da/handlingsplaner/holbaek/"
MARKER = "INTERN-EKSEMPELTEKST-HOLBAEK"
User = get_user_model()


@pytest.fixture
def sp_metadata(client, demo):
    response = client.get("/saml2/metadata/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def idp(sp_metadata):
    return TestIdP(sp_metadata=sp_metadata)


def register(idp, slug="ch", **fields):
    provider = IdentityProvider.objects.create(
        name="Context Handler (test)", slug=slug, entity_id=metadata.identity_provider_entity_id(idp.metadata_xml()),
        metadata_xml=idp.metadata_xml(), organisation_kind="cvr", organisation_attribute=CVR_ATTRIBUTE,
        role_attribute=ROLE_ATTRIBUTE, staff_values="medarbejder", editor_values="redaktoer",
        approver_values="godkender", **fields)
    for cvr, slug_ in ((HOLBAEK_CVR, "holbaek"), (ODENSE_CVR, "odense")):
        OrganisationNumber.objects.create(identity_provider=provider, value=cvr,
                                          municipality=Municipality.objects.get(slug=slug_))
    return provider


@pytest.fixture
def provider(idp):
    return register(idp)


def attrs(cvr=HOLBAEK_CVR, roles=("medarbejder",)):
    return {CVR_ATTRIBUTE: [cvr], ROLE_ATTRIBUTE: list(roles)}


def start(client, idp, next_url=PLAN):
    response = client.get("/saml2/login/", {"idp": idp.entity_id, "next": next_url})
    assert response.status_code == 302, response.content[:300]
    assert response["Location"].startswith(idp.base_url + "/sso/redirect?")
    return idp.parse_request(response["Location"])


def sign_in(client, idp, user="anna", attributes=None, signer=None, **kwargs):
    """The whole round trip: the site's signed AuthnRequest, the IdP's signed response, the ACS."""
    message, relay_state = start(client, idp)
    saml_response = (signer or idp).response(message.id, message.assertion_consumer_service_url,
                                             message.issuer.text, user, attributes or attrs(), **kwargs)
    return client.post("/saml2/acs/", {"SAMLResponse": saml_response, "RelayState": relay_state})


def municipal_groups(user):
    return sorted(user.groups.values_list("name", flat=True))


def test_metadata_publishes_entity_acs_and_certificates(client, demo):
    body = client.get("/saml2/metadata/").content.decode()
    assert 'entityID="http://testserver/saml2/metadata/"' in body
    assert 'Location="http://testserver/saml2/acs/"' in body
    assert 'AuthnRequestsSigned="true"' in body and 'WantAssertionsSigned="true"' in body
    assert 'use="signing"' in body and 'use="encryption"' in body


def test_first_sign_in_creates_the_user_with_mapped_groups(client, idp, provider):
    started = time.perf_counter()
    response = sign_in(client, idp, user="anna", attributes=attrs(roles=["medarbejder", "redaktoer"]))
    elapsed = time.perf_counter() - started
    assert response.status_code == 302 and response["Location"] == PLAN
    user = User.objects.get(username="ch:anna")
    assert municipal_groups(user) == ["Holbæk: medarbejdere", "Holbæk: redaktører"]
    assert not user.has_usable_password() and not user.is_superuser and not user.is_staff
    assert client.session.get_expiry_age() <= 8 * 60 * 60
    page = client.get(PLAN)
    assert page.status_code == 200 and MARKER in page.content.decode()
    print(f"\nSAML sign-in round trip (test client, signed request + signed assertion): {elapsed * 1000:.0f} ms")
    entry = ModelLogEntry.objects.filter(action="signin.saml_login").latest("timestamp")
    assert entry.user_id == user.pk and entry.data["municipality"] == "Holbæk Kommune"
    assert set(entry.data) == {"identity_provider", "municipality", "roles"}  # no personal attributes


def test_roles_are_set_at_every_sign_in(client, idp, provider):
    sign_in(client, idp, user="bo", attributes=attrs(roles=["medarbejder", "redaktoer", "godkender"]))
    user = User.objects.get(username="ch:bo")
    assert municipal_groups(user) == ["Holbæk: godkendere", "Holbæk: medarbejdere", "Holbæk: redaktører"]
    user.groups.add(Group.objects.get(name=CENTRE_EDITORS))  # someone added the centre's group by hand
    client.logout()
    sign_in(client, idp, user="bo", attributes=attrs(roles=["medarbejder"]))
    assert municipal_groups(user) == ["Holbæk: medarbejdere"]
    assert User.objects.filter(username="ch:bo").count() == 1


def test_staff_of_another_municipality_get_the_clear_page(client, idp, provider):
    response = sign_in(client, idp, user="odin", attributes=attrs(cvr=ODENSE_CVR))
    assert response.status_code == 302
    page = client.get(PLAN)
    body = page.content.decode()
    assert page.status_code == 403
    assert "Kun for medarbejdere i Holbæk Kommune" in body and MARKER not in body
    assert 'name="password"' not in body  # not the login form again
    for url in (PLAN + "pdf/", "/en/handlingsplaner/holbaek/", "/ar/handlingsplaner/holbaek/"):
        other = client.get(url)
        assert MARKER not in other.content.decode()
        assert other.status_code == 403, url


def test_no_role_no_access(client, idp, provider):
    response = sign_in(client, idp, user="carl", attributes=attrs(roles=["kantine"]))
    assert response.status_code == 403
    assert "giver dig ikke adgang" in response.content.decode()
    assert not User.objects.filter(username="ch:carl").exists()


def test_saml_never_signs_in_as_a_local_account(client, idp, provider):
    User.objects.create_superuser("ch:root", password="x" * 16)
    response = sign_in(client, idp, user="root", attributes=attrs(roles=["medarbejder", "redaktoer"]))
    assert response.status_code == 403
    assert "lokal konto" in response.content.decode()
    root = User.objects.get(username="ch:root")
    assert root.groups.count() == 0 and "_auth_user_id" not in client.session


# --- hostile responses ------------------------------------------------------------------------


REFUSED = []


def assert_refused(response, client, status=(400, 403)):
    REFUSED.append(response.status_code)
    assert response.status_code in status, response.status_code
    body = response.content.decode()
    assert "Du blev ikke logget ind" in body and '<main id="main"' in body
    assert "Traceback" not in body
    assert "_auth_user_id" not in client.session


@pytest.fixture
def refusals_logged():
    before = ModelLogEntry.objects.filter(action="signin.saml_refused").count()
    yield lambda: ModelLogEntry.objects.filter(action="signin.saml_refused").count() - before


HOSTILE = []


def hostile(fn):
    HOSTILE.append(fn.__name__)
    return fn


@hostile
def test_unsigned_assertion_is_refused(client, idp, provider, refusals_logged):
    assert_refused(sign_in(client, idp, sign_assertion=False), client)
    assert not User.objects.filter(username__startswith="ch:").exists() and refusals_logged() == 1


@hostile
def test_sha1_signed_assertion_is_refused(client, idp, provider, refusals_logged):
    assert_refused(sign_in(client, idp, sha1=True), client)
    assert not User.objects.filter(username__startswith="ch:").exists() and refusals_logged() == 1


@hostile
def test_wrongly_signed_assertion_is_refused(client, idp, provider, sp_metadata, refusals_logged):
    impostor = TestIdP(entity_id=idp.entity_id, sp_metadata=sp_metadata)  # same name, another key
    assert_refused(sign_in(client, idp, signer=impostor), client)
    assert not User.objects.filter(username__startswith="ch:").exists() and refusals_logged() == 1


@hostile
def test_expired_assertion_is_refused(client, sp_metadata, demo, refusals_logged):
    stale = TestIdP(sp_metadata=sp_metadata, lifetime_minutes=-10)
    register(stale)
    assert_refused(sign_in(client, stale), client)
    assert not User.objects.filter(username__startswith="ch:").exists() and refusals_logged() == 1


@hostile
def test_replayed_response_is_refused(client, idp, provider, refusals_logged):
    message, relay_state = start(client, idp)
    saml_response = idp.response(message.id, message.assertion_consumer_service_url, message.issuer.text,
                                 "dora", attrs())
    first = client.post("/saml2/acs/", {"SAMLResponse": saml_response, "RelayState": relay_state})
    assert first.status_code == 302
    client.logout()
    again = client.post("/saml2/acs/", {"SAMLResponse": saml_response, "RelayState": relay_state})
    assert_refused(again, client)
    from django.test import Client

    stranger = Client()  # another browser that caught the response
    assert_refused(stranger.post("/saml2/acs/", {"SAMLResponse": saml_response}), stranger)
    assert refusals_logged() == 2


@hostile
def test_wrong_audience_is_refused(client, idp, provider, refusals_logged):
    assert_refused(sign_in(client, idp, audience="https://another-service.example/saml"), client)
    assert refusals_logged() == 1


@hostile
def test_unknown_issuer_is_refused(client, idp, provider, sp_metadata, refusals_logged):
    stranger = TestIdP(entity_id="https://unknown-idp.example/saml", sp_metadata=sp_metadata)
    assert_refused(sign_in(client, idp, signer=stranger), client)
    assert refusals_logged() == 1


@hostile
def test_municipality_not_set_up_is_refused(client, idp, provider, refusals_logged):
    response = sign_in(client, idp, attributes=attrs(cvr="99999999"))
    assert_refused(response, client)
    assert "ikke sat op" in response.content.decode()
    assert refusals_logged() == 1


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">&lol4;</samlp:Response>"""


@hostile
@pytest.mark.parametrize("payload", [
    base64.b64encode(BOMB.encode()).decode(),
    "this is not base64 at all %%%",
    base64.b64encode(b"<not-saml/>").decode(),
    base64.b64encode(b"\x00\xff garbage").decode(),
    "A" * 300_000,
    "",
])
def test_garbage_and_xml_bombs_are_refused(client, idp, provider, payload, refusals_logged):
    start(client, idp)
    assert_refused(client.post("/saml2/acs/", {"SAMLResponse": payload}), client)
    assert refusals_logged() == 1
    assert not User.objects.filter(username__startswith="ch:").exists()


def test_acs_get_and_missing_field_are_clear_pages(client, demo):
    assert_refused(client.get("/saml2/acs/"), client)
    assert_refused(client.post("/saml2/acs/", {}), client)


def test_unknown_idp_and_no_idp_are_clear_pages(client, demo):
    response = client.get("/saml2/login/", {"idp": "https://nobody.example/"})
    assert response.status_code == 400 and "Du blev ikke logget ind" in response.content.decode()
    response = client.get("/saml2/login/")
    assert response.status_code < 500 and "Traceback" not in response.content.decode()


def test_hostile_count():
    print(f"\nhostile SAML requests tried and refused: {len(REFUSED)}, of {len(HOSTILE)} kinds; "
          f"status codes {sorted(set(REFUSED))}")
    assert REFUSED and max(REFUSED) < 500


# --- identity providers in the admin ------------------------------------------------------------


@pytest.fixture
def centre_admin(client, demo):
    admin = User.objects.create_superuser("centre-admin", password="x" * 16)
    client.force_login(admin)
    return client


def provider_form(**fields):
    data = {"name": "Holbæk Entra ID", "slug": "holbaek-entra", "active": "on", "organisation_kind": "fixed",
            "municipality": Municipality.objects.get(slug="holbaek").pk, "metadata_xml": "", "metadata_url": "",
            "organisation_attribute": "", "role_attribute": ROLE_ATTRIBUTE, "staff_values": "", "editor_values": "",
            "approver_values": "", "organisations-TOTAL_FORMS": "0", "organisations-INITIAL_FORMS": "0",
            "organisations-MIN_NUM_FORMS": "0", "organisations-MAX_NUM_FORMS": "1000"}
    data.update(fields)
    return data


@pytest.mark.parametrize("bad", [BOMB, "<html>nope</html>", "not xml at all", ""])
def test_bad_metadata_is_refused_in_danish_and_saves_nothing(centre_admin, bad):
    response = centre_admin.post("/admin/identity_providers/new/", provider_form(metadata_xml=bad))
    assert response.status_code == 200
    body = response.content.decode()
    assert any(text in body for text in ("ikke gyldige SAML", "Indsæt, upload", "præcis én login-tjeneste"))
    assert not IdentityProvider.objects.exists()


def test_metadata_upload_registers_the_provider(centre_admin, sp_metadata):
    from django.core.files.uploadedfile import SimpleUploadedFile

    idp = TestIdP(entity_id="https://login.holbaek.example/entra", sp_metadata=sp_metadata)
    upload = SimpleUploadedFile("metadata.xml", idp.metadata_xml().encode(), content_type="text/xml")
    response = centre_admin.post("/admin/identity_providers/new/", provider_form(metadata_file=upload))
    assert response.status_code == 302, response.content.decode()[:2000]
    provider = IdentityProvider.objects.get()
    assert provider.entity_id == "https://login.holbaek.example/entra" and provider.metadata_updated_at
    # A municipality's own Entra ID: everyone it signs in is Holbæk staff.
    centre_admin.logout()
    response = sign_in(centre_admin, idp, user="eva@holbaek.example", attributes={ROLE_ATTRIBUTE: ["any"]})
    assert response.status_code == 302
    user = User.objects.get(username="holbaek-entra:eva@holbaek.example")
    assert municipal_groups(user) == ["Holbæk: medarbejdere"]


def test_the_public_site_does_not_wait_for_identity_providers(client, provider):
    """Metadata is stored, never fetched while a reader waits: an unreachable metadata URL changes nothing."""
    provider.metadata_url = "http://127.0.0.1:9/metadata.xml"  # nothing listens there
    provider.save()
    started = time.perf_counter()
    assert client.get("/da/").status_code == 200
    assert client.get("/da/log-ind/", {"next": PLAN}).status_code == 200
    assert time.perf_counter() - started < 5


def test_saml_editor_edits_only_their_own_plan(client, idp, provider):
    from plans.models import PlanPage

    sign_in(client, idp, user="erik", attributes=attrs(roles=["redaktoer"]))
    holbaek = PlanPage.objects.get(locale__language_code="da", slug="holbaek")
    odense = PlanPage.objects.get(locale__language_code="da", slug="odense")
    own = client.get(f"/admin/pages/{holbaek.id}/edit/")
    assert own.status_code == 200 and 'name="staff_only"' in own.content.decode()
    assert client.get(f"/admin/pages/{odense.id}/edit/").status_code in (302, 403)
    assert client.get("/admin/identity_providers/").status_code in (302, 403)  # the centre's admin only


def test_local_login_on_the_sign_in_page_is_throttled(client, demo):
    """The centre's local accounts keep django-axes' lockout on the new sign-in page too."""
    User.objects.create_user("centre-editor", password="Rigtig-adgangskode-42")
    url = "/da/log-ind/?next=" + PLAN
    for attempt in range(1, 6):
        wrong = client.post(url, {"username": "centre-editor", "password": "forkert", "next": PLAN})
        if attempt < 5:  # the fifth wrong password locks the account (AXES_FAILURE_LIMIT)
            assert wrong.status_code == 200 and "forkert" in wrong.content.decode()
    assert wrong.status_code == 429
    locked = client.post(url, {"username": "centre-editor", "password": "Rigtig-adgangskode-42", "next": PLAN})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
