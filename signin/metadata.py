"""An identity provider's metadata: checked with pysaml2 when uploaded, fetched from its URL only
when the centre asks (never while a reader waits)."""

from __future__ import annotations

import requests
from django.core.exceptions import ValidationError
from saml2.mdstore import InMemoryMetaData

MAX_METADATA_BYTES = 2 * 1024 * 1024
FETCH_TIMEOUT_SECONDS = 10


def identity_provider_entity_id(xml: str) -> str:
    """The entity id of the one identity provider described by `xml`; ValidationError (Danish)
    when it is not usable SAML 2.0 identity provider metadata."""
    if len(xml.encode()) > MAX_METADATA_BYTES:
        raise ValidationError("Metadata-filen er for stor (højst 2 MB).")
    store = InMemoryMetaData(None, metadata=xml)
    try:
        store.load()
    except Exception as error:  # defusedxml refusals, XML syntax and schema errors alike
        raise ValidationError("Det er ikke gyldige SAML 2.0-metadata: filen kunne ikke læses.") from error
    providers = [entity_id for entity_id, entity in store.items() if "idpsso_descriptor" in entity]
    if len(providers) != 1:
        raise ValidationError("Metadata skal beskrive præcis én login-tjeneste (IdP); der blev fundet %(n)s.",
                              params={"n": len(providers)})
    entity = store[providers[0]]
    certificates = [key for descriptor in entity["idpsso_descriptor"] for key in descriptor.get("key_descriptor", [])]
    if not certificates:
        raise ValidationError("Metadata indeholder intet certifikat til at kontrollere login-tjenestens signaturer.")
    return providers[0]


def fetch(url: str) -> str:
    """The metadata at `url` (ValidationError in Danish when it cannot be had)."""
    try:
        response = requests.get(url, timeout=FETCH_TIMEOUT_SECONDS, stream=True)
        response.raise_for_status()
        body = response.raw.read(MAX_METADATA_BYTES + 1, decode_content=True)
    except requests.RequestException as error:
        raise ValidationError("Metadata kunne ikke hentes fra adressen: %(error)s", params={"error": type(error).__name__}) from error
    if len(body) > MAX_METADATA_BYTES:
        raise ValidationError("Metadata-filen er for stor (højst 2 MB).")
    return body.decode("utf-8", errors="replace")
