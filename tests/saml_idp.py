"""A real SAML 2.0 identity provider for the tests: pysaml2's Server with a key pair the tests make,
signing real assertions that the site checks with xmlsec1. Used by tests/test_signin.py (through
Django's test client) and tests/browser/test_signin_browser.py (over HTTP, see serve())."""

from __future__ import annotations

import base64
import datetime as dt
import tempfile
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlparse
from wsgiref.simple_server import WSGIRequestHandler, make_server

import saml2
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from saml2.config import IdPConfig
from saml2.metadata import create_metadata_string
from saml2.saml import NAMEID_FORMAT_PERSISTENT, NameID
from saml2.server import Server

XMLSEC = "/usr/bin/xmlsec1"
CVR_ATTRIBUTE = "dk:gov:saml:attribute:CvrNumberIdentifier"
ROLE_ATTRIBUTE = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"


def make_keypair(directory: Path, name: str) -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    key_path, cert_path = directory / f"{name}-key.pem", directory / f"{name}-cert.pem"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return str(key_path), str(cert_path)


class TestIdP:
    """One identity provider. `lifetime_minutes` < 0 makes every assertion it signs already expired."""

    __test__ = False  # not a pytest class

    def __init__(self, entity_id="https://idp.test.example/saml", base_url="https://idp.test.example",
                 sp_metadata: str | None = None, lifetime_minutes: int = 5, keypair=None):
        self.directory = Path(tempfile.mkdtemp(prefix="test-idp-"))
        self.entity_id, self.base_url = entity_id, base_url.rstrip("/")
        self.key_file, self.cert_file = keypair or make_keypair(self.directory, "idp")
        config = {
            "entityid": entity_id,
            "xmlsec_binary": XMLSEC,
            "service": {"idp": {
                "endpoints": {"single_sign_on_service": [(self.base_url + "/sso/redirect", saml2.BINDING_HTTP_REDIRECT)]},
                "policy": {"default": {"lifetime": {"minutes": lifetime_minutes}, "attribute_restrictions": None,
                                       "name_form": saml2.saml.NAME_FORMAT_URI}},
                "name_id_format": [NAMEID_FORMAT_PERSISTENT],
                "want_authn_requests_signed": bool(sp_metadata),
            }},
            "key_file": self.key_file,
            "cert_file": self.cert_file,
            "metadata": {"inline": [sp_metadata]} if sp_metadata else {},
            "allow_unknown_attributes": True,
        }
        self.config = IdPConfig()
        self.config.load(config)
        self.server = Server(config=self.config)

    def metadata_xml(self) -> str:
        return create_metadata_string(None, config=self.config, sign=False).decode()

    def parse_request(self, url: str):
        """The AuthnRequest in a redirect URL from the site (its signature checked when the IdP
        knows the site's metadata)."""
        query = {key: values[0] for key, values in parse_qs(urlparse(url).query).items()}
        request = self.server.parse_authn_request(
            query["SAMLRequest"], saml2.BINDING_HTTP_REDIRECT, relay_state=query.get("RelayState"),
            sigalg=query.get("SigAlg"), signature=query.get("Signature"))
        return request.message, query.get("RelayState", "")

    def response(self, request_id: str, acs_url: str, sp_entity_id: str, user: str, attributes: dict,
                 sign_assertion=True, audience: str | None = None, sha1=False) -> str:
        """A base64 SAMLResponse, as an identity provider posts it to the site."""
        xml = self.server.create_authn_response(
            identity=attributes,
            in_response_to=request_id,
            destination=acs_url,
            sp_entity_id=audience or sp_entity_id,
            name_id=NameID(format=NAMEID_FORMAT_PERSISTENT, text=user),
            userid=user,
            authn={"class_ref": saml2.saml.AUTHN_PASSWORD_PROTECTED, "authn_auth": self.entity_id},
            sign_assertion=sign_assertion,
            sign_response=False,
            sign_alg=saml2.xmldsig.SIG_RSA_SHA1 if sha1 else saml2.xmldsig.SIG_RSA_SHA256,
            digest_alg=saml2.xmldsig.DIGEST_SHA1 if sha1 else saml2.xmldsig.DIGEST_SHA256,
        )
        return base64.b64encode(str(xml).encode()).decode()


def serve(sp_metadata: str, login_as: dict[str, tuple[str, dict]]):
    """A TestIdP over HTTP on 127.0.0.1, for the browser: GET /sso/redirect shows one button per
    person in `login_as` (label → (user, attributes)); each posts a signed response to the site.
    Returns (idp, server); call server.shutdown() when done."""
    from html import escape

    holder = {}

    def app(environ, start_response):
        idp = holder["idp"]
        if environ["PATH_INFO"] != "/sso/redirect":
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found"]
        message, relay_state = idp.parse_request("http://x/sso/redirect?" + environ.get("QUERY_STRING", ""))
        buttons = []
        for label, (user, attributes) in login_as.items():
            response = idp.response(message.id, message.assertion_consumer_service_url, message.issuer.text,
                                    user, attributes)
            buttons.append(
                f'<form method="post" action="{escape(message.assertion_consumer_service_url)}">'
                f'<input type="hidden" name="SAMLResponse" value="{response}">'
                f'<input type="hidden" name="RelayState" value="{escape(relay_state)}">'
                f'<button type="submit">{escape(label)}</button></form>')
        body = ("<!doctype html><html lang=da><title>Test-IdP</title><main><h1>Test-IdP</h1>"
                + "".join(buttons) + "</main></html>").encode()
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
        return [body]

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    server = make_server("127.0.0.1", 0, app, handler_class=Quiet)
    holder["idp"] = TestIdP(entity_id="https://idp.browser-test.example/saml",
                            base_url=f"http://127.0.0.1:{server.server_port}", sp_metadata=sp_metadata)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return holder["idp"], server
