"""Sign-ins and refusals in Wagtail's audit log (Reports → Site history). No personal data beyond
the user name: no attributes, no names, no e-mail addresses."""

from __future__ import annotations

from wagtail.log_actions import log
from wagtail.models import Site

LOGIN, REFUSED = "signin.saml_login", "signin.saml_refused"


def log_login(user, outcome) -> None:
    log(instance=user, action=LOGIN, user=user, data={
        "identity_provider": outcome.identity_provider.name,
        "municipality": outcome.municipality.name,
        "roles": sorted(outcome.roles),
    })


def log_refusal(code: str, identity_provider=None) -> None:
    """Against the identity provider when it is known; otherwise against the site."""
    instance = identity_provider or Site.objects.filter(is_default_site=True).first()
    if instance is None:
        return
    log(instance=instance, action=REFUSED, data={
        "reason": code,
        "identity_provider": identity_provider.name if identity_provider else None,
    })
