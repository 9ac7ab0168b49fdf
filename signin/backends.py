"""djangosaml2's backend, through its documented hooks: the identity provider's own attribute
mapping decides the municipality and roles, usernames are "<provider>:<NameID>", and the user's
municipal groups are set from the assertion at every sign-in."""

from __future__ import annotations

from django.core.cache import cache
from djangosaml2.backends import Saml2Backend

from signin import roles

REPLAY_CACHE_PREFIX = "signin:assertion:"


class MunicipalSaml2Backend(Saml2Backend):
    def authenticate(self, request, session_info=None, attribute_mapping=None, create_unknown_user=True,
                     assertion_info=None, **kwargs):
        if session_info is None:
            return None  # not a SAML sign-in: the other backends decide
        self.request = request
        self.outcome = None
        user = super().authenticate(request, session_info=session_info, attribute_mapping=attribute_mapping or {},
                                    create_unknown_user=create_unknown_user, assertion_info=assertion_info, **kwargs)
        if user is None or self.outcome is None:
            return None
        roles.apply_roles(user, self.outcome)
        request.signin_outcome = self.outcome
        return user

    def _refuse(self, code, provider=None):
        self.request.signin_refusal = roles.Refusal(code, provider)
        return False

    def is_authorized(self, attributes, attribute_mapping, idp_entityid, assertion_info, **kwargs):
        try:
            self.outcome = roles.resolve({"issuer": idp_entityid, "ava": attributes})
        except roles.Refusal as refusal:
            self.request.signin_refusal = refusal
            return False
        # An assertion is good once: its id is remembered until it would have expired anyway.
        assertion_id = (assertion_info or {}).get("assertion_id")
        if not assertion_id:
            return self._refuse("invalid_response", self.outcome.identity_provider)
        if not cache.add(REPLAY_CACHE_PREFIX + assertion_id, 1, timeout=8 * 60 * 60):
            return self._refuse("replayed", self.outcome.identity_provider)
        return True

    def clean_user_main_attribute(self, main_attribute):
        if not main_attribute or self.outcome is None:
            return None
        return f"{self.outcome.identity_provider.slug}:{main_attribute}"[:150]

    def get_or_create_user(self, user_lookup_key, user_lookup_value, create_unknown_user, idp_entityid,
                           attributes, attribute_mapping, request):
        user, created = super().get_or_create_user(user_lookup_key, user_lookup_value, create_unknown_user,
                                                   idp_entityid, attributes, attribute_mapping, request)
        # A SAML sign-in never becomes an account with a password, the centre's rights or superuser.
        if user is not None and not created and (user.has_usable_password() or user.is_superuser or user.is_staff):
            self._refuse("account_conflict", self.outcome.identity_provider if self.outcome else None)
            return None, False
        return user, created

    def user_can_authenticate(self, user) -> bool:
        return user is not None and super().user_can_authenticate(user)
