"""From a verified assertion to a municipality and roles, and from roles to the user's groups.

Only the municipalities' own groups (staff, editors, approvers) are ever given or taken: the
centre's groups, superuser and staff status never come from a SAML sign-in."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import Group

from places.models import Municipality
from signin.models import IdentityProvider

ROLES = ("staff", "editor", "approver")


class Refusal(Exception):
    """A sign-in refused; `code` names the reason (signin/refusals.py has the reader's text)."""

    def __init__(self, code: str, identity_provider: IdentityProvider | None = None):
        super().__init__(code)
        self.code = code
        self.identity_provider = identity_provider


@dataclass
class Outcome:
    identity_provider: IdentityProvider
    municipality: Municipality
    roles: set[str] = field(default_factory=set)


def _values(attributes: dict, name: str) -> list[str]:
    if not name:
        return []
    values = attributes.get(name) or []
    return [str(v).strip() for v in (values if isinstance(values, (list, tuple)) else [values]) if str(v).strip()]


def identity_provider_for(entity_id: str) -> IdentityProvider:
    provider = IdentityProvider.objects.filter(entity_id=entity_id, active=True).first()
    if provider is None:
        raise Refusal("unknown_issuer")
    return provider


def municipality_for(provider: IdentityProvider, attributes: dict) -> Municipality:
    kind = provider.organisation_kind
    if kind == IdentityProvider.OrganisationKind.FIXED:
        if provider.municipality_id is None:
            raise Refusal("municipality_not_set_up", provider)
        return provider.municipality
    values = _values(attributes, provider.organisation_attribute)
    if kind == IdentityProvider.OrganisationKind.MUNICIPALITY_CODE:
        codes = [int(v) for v in values if v.isdigit()]
        found = list(Municipality.objects.filter(code__in=codes))
    else:
        found = list(Municipality.objects.filter(
            pk__in=provider.organisations.filter(value__in=values).values("municipality")))
    if len(found) != 1:
        raise Refusal("municipality_not_set_up", provider)
    return found[0]


def roles_for(provider: IdentityProvider, attributes: dict) -> set[str]:
    held = set(_values(attributes, provider.role_attribute))
    wanted = provider.role_values()
    roles = {role for role in ROLES if wanted[role] & held}
    if not wanted["staff"]:
        roles.add("staff")  # the identity provider signs in only the municipality's own people
    if roles & {"editor", "approver"}:
        roles.add("staff")  # editors and approvers read their staff-only plan too
    return roles


def resolve(session_info: dict) -> Outcome:
    provider = identity_provider_for(session_info.get("issuer") or "")
    attributes = session_info.get("ava") or {}
    municipality = municipality_for(provider, attributes)
    roles = roles_for(provider, attributes)
    if not roles:
        raise Refusal("no_role", provider)
    if not municipality.staff_group_id:
        raise Refusal("municipality_not_set_up", provider)
    return Outcome(provider, municipality, roles)


def apply_roles(user, outcome: Outcome) -> None:
    """Make the user's groups exactly the municipal groups of `outcome`: a role lost at the identity
    provider is lost here at the next sign-in, and no other group (the centre's) survives a SAML
    sign-in."""
    m = outcome.municipality
    by_role = {"staff": m.staff_group_id, "editor": m.editor_group_id, "approver": m.approver_group_id}
    user.groups.set(Group.objects.filter(pk__in={by_role[role] for role in outcome.roles if by_role[role]}))
