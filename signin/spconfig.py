"""The service provider's pysaml2 configuration, built per request from settings and the identity
providers in the database (djangosaml2's SAML_CONFIG_LOADER). Signatures are checked by xmlsec1.

The key pair signs authentication requests and decrypts encrypted assertions. It comes from
SAML_SP_KEY_FILE / SAML_SP_CERT_FILE; without them a self-signed pair is made once in
SAML_SP_KEY_DIR (var/saml/). If neither works, SamlNotConfigured is raised and the sign-in views
answer with a clear page: the rest of the site never depends on this."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
from pathlib import Path

import saml2
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from django.conf import settings
from saml2.config import SPConfig
from saml2.saml import NAMEID_FORMAT_PERSISTENT, NAMEID_FORMAT_UNSPECIFIED

from signin.models import IdentityProvider


class SamlNotConfigured(Exception):
    """The service provider cannot work here (no key pair, no xmlsec1)."""


def _generate_keypair(key_path: Path, cert_path: Path, common_name: str) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64])])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    for path, data, mode in (
        (key_path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()), 0o600),
        (cert_path, cert.public_bytes(serialization.Encoding.PEM), 0o644),
    ):
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)


def keypair() -> tuple[str, str]:
    """Paths of the service provider's private key and certificate."""
    key_file, cert_file = settings.SAML_SP_KEY_FILE, settings.SAML_SP_CERT_FILE
    if key_file or cert_file:
        if not (key_file and cert_file and os.access(key_file, os.R_OK) and os.access(cert_file, os.R_OK)):
            raise SamlNotConfigured("SAML_SP_KEY_FILE and SAML_SP_CERT_FILE must both name readable files")
        return key_file, cert_file
    directory = Path(settings.SAML_SP_KEY_DIR)
    key_path, cert_path = directory / "sp-key.pem", directory / "sp-cert.pem"
    if key_path.exists() and cert_path.exists():
        return str(key_path), str(cert_path)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with open(directory / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # one process makes the pair; the others wait and read it
            if not (key_path.exists() and cert_path.exists()):
                _generate_keypair(key_path, cert_path, settings.WAGTAIL_SITE_NAME)
    except OSError as error:
        raise SamlNotConfigured(f"cannot create the SAML key pair in {directory}: {error}") from error
    return str(key_path), str(cert_path)


def base_url(request=None) -> str:
    base = settings.SAML_SP_BASE_URL or (request.build_absolute_uri("/") if request is not None
                                         else settings.WAGTAILADMIN_BASE_URL)
    return base.rstrip("/") + "/"


def active_metadata() -> list[str]:
    return [xml for xml in IdentityProvider.objects.filter(active=True).exclude(metadata_xml="")
            .order_by("pk").values_list("metadata_xml", flat=True)]


def sp_config_dict(request=None) -> dict:
    if not os.access(settings.SAML_XMLSEC_BINARY, os.X_OK):
        raise SamlNotConfigured(f"xmlsec1 not found at {settings.SAML_XMLSEC_BINARY}")
    key_file, cert_file = keypair()
    base = base_url(request)
    return {
        "entityid": settings.SAML_SP_ENTITY_ID or base + "saml2/metadata/",
        "xmlsec_binary": settings.SAML_XMLSEC_BINARY,
        "crypto_backend": "xmlsec1",
        "allow_unknown_attributes": True,
        "accepted_time_diff": 60,
        "service": {
            "sp": {
                "name": settings.WAGTAIL_SITE_NAME,
                "name_id_format": [NAMEID_FORMAT_PERSISTENT, NAMEID_FORMAT_UNSPECIFIED],
                "endpoints": {
                    "assertion_consumer_service": [(base + "saml2/acs/", saml2.BINDING_HTTP_POST)],
                },
                "authn_requests_signed": True,
                "want_assertions_signed": True,  # every assertion must carry its own valid signature
                "want_response_signed": False,
                "want_assertions_or_response_signed": True,
                "allow_unsolicited": False,  # only answers to our own requests: no replays, no IdP-initiated logins
                "signing_algorithm": saml2.xmldsig.SIG_RSA_SHA256,
                "digest_algorithm": saml2.xmldsig.DIGEST_SHA256,
            },
        },
        "key_file": key_file,
        "cert_file": cert_file,
        "encryption_keypairs": [{"key_file": key_file, "cert_file": cert_file}],
        "metadata": {"inline": active_metadata()},
    }


def sp_config(request=None) -> SPConfig:
    """djangosaml2's SAML_CONFIG_LOADER."""
    config = SPConfig()
    config.load(sp_config_dict(request))
    return config
