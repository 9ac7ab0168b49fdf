"""The sign-in page of staff-only pages, the "not for you" page, and djangosaml2's views wrapped
so that every failure is a clear page in the site's layout (4xx), logged, and never a traceback."""

from __future__ import annotations

import logging

import saml2.xmldsig
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language_from_path, override
from djangosaml2 import views as saml_views
from wagtail.models import Page, PageViewRestriction

from places.models import Municipality
from signin import audit, refusals
from signin.models import IdentityProvider
from signin.roles import Refusal
from signin.spconfig import SamlNotConfigured

logger = logging.getLogger(__name__)

MAX_SAML_RESPONSE_BYTES = 256 * 1024
# SHA-1 signatures and digests are refused even when they verify (pysaml2 itself accepts them).
WEAK_ALGORITHMS = {saml2.xmldsig.SIG_RSA_SHA1, saml2.xmldsig.DIGEST_SHA1}


class WeakSignature(Exception):
    pass


def _safe_next(request, value: str | None) -> str:
    if value and url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()},
                                                 require_https=request.is_secure()):
        return value
    return "/"


def municipality_of_restriction(restriction) -> Municipality | None:
    groups = [g.pk for g in restriction.groups.all()]
    return Municipality.objects.filter(staff_group__in=groups).first()


def municipality_for_path(request, path: str) -> Municipality | None:
    """The municipality whose staff a restricted page at `path` is for (None when it is not one)."""
    language = get_language_from_path(path) or settings.LANGUAGE_CODE
    prefix = f"/{language}/"
    try:
        with override(language):
            page = Page.find_for_request(request, path[len(prefix):] if path.startswith(prefix) else path)
    except (Http404, ValueError):
        return None
    if page is None:
        return None
    for restriction in page.get_view_restrictions():
        if restriction.restriction_type == PageViewRestriction.GROUPS:
            return municipality_of_restriction(restriction)
    return None


def providers_for(municipality: Municipality | None):
    providers = IdentityProvider.objects.filter(active=True).exclude(metadata_xml="").order_by("name")
    if municipality is None:
        return list(providers)
    kinds = IdentityProvider.OrganisationKind
    return [p for p in providers if p.organisation_kind == kinds.MUNICIPALITY_CODE
            or (p.organisation_kind == kinds.FIXED and p.municipality_id == municipality.pk)
            or (p.organisation_kind == kinds.CVR and p.organisations.filter(municipality=municipality).exists())]


class SignInView(auth_views.LoginView):
    """/<lang>/log-ind/?next=…: "Log ind med din kommunes login" first, the local login second.
    Local logins are throttled by django-axes like every other password login."""

    template_name = "signin/login.html"
    redirect_authenticated_user = False

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        next_url = _safe_next(self.request, self.request.GET.get("next") or self.request.POST.get("next"))
        municipality = municipality_for_path(self.request, next_url)
        context.update({
            "next": next_url,
            "municipality": municipality,
            "providers": [
                {"name": p.name, "url": reverse("saml2_login") + "?" + urlencode({"idp": p.entity_id, "next": next_url})}
                for p in providers_for(municipality)
            ],
        })
        return context

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        response["Cache-Control"] = "no-store"
        return response


def not_staff_response(request, municipality):
    response = render(request, "signin/not_staff.html", {"municipality": municipality}, status=403)
    response["Cache-Control"] = "no-store"
    return response


def sign_in_redirect(request):
    response = HttpResponseRedirect(reverse("signin") + "?" + urlencode({"next": request.get_full_path()}))
    response["Cache-Control"] = "no-store"
    return response


def refused(request, code: str, identity_provider=None, status: int = 403):
    """The clear page for a refused sign-in, logged in the audit log."""
    try:
        audit.log_refusal(code, identity_provider)
    except Exception:  # the page must be shown even if logging fails
        logger.exception("could not log a refused sign-in")
    status = refusals.STATUS.get(code, status)
    response = render(request, "signin/refused.html", {"message": refusals.message(code)}, status=status)
    response["Cache-Control"] = "no-store"
    return response


class SamlLoginView(saml_views.LoginView):
    """Sends the reader to the chosen identity provider (HTTP-Redirect binding, signed request)."""

    def unknown_idp(self, request, idp):
        return refused(request, "unknown_idp", status=400)

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except SamlNotConfigured:
            logger.exception("SAML sign-in is not configured")
            return refused(request, "not_configured")
        except Exception:
            logger.warning("SAML login could not start (unknown or unusable identity provider)")
            return refused(request, "unknown_idp", status=400)


class SamlAcsView(saml_views.AssertionConsumerServiceView):
    """The assertion consumer service: pysaml2 checks the signature (xmlsec1), audience, validity
    and that the response answers a request of this browser session; the backend maps it."""

    def post(self, request, *args, **kwargs):
        data = request.POST.get("SAMLResponse", "")
        if not data or len(data) > MAX_SAML_RESPONSE_BYTES:
            return refused(request, "missing_response", status=400)
        try:
            return super().post(request, *args, **kwargs)
        except SamlNotConfigured:
            logger.exception("SAML sign-in is not configured")
            return refused(request, "not_configured")
        except Exception:
            logger.warning("SAML response could not be handled", exc_info=True)
            return refused(request, "invalid_response", status=400)

    def get(self, request, *args, **kwargs):
        return refused(request, "missing_response", status=400)

    def custom_validation(self, response):
        signature = getattr(response.assertion, "signature", None)
        if signature is None:
            raise WeakSignature("assertion not signed")
        info = signature.signed_info
        algorithms = {info.signature_method.algorithm} | {ref.digest_method.algorithm for ref in info.reference}
        if algorithms & WEAK_ALGORITHMS:
            raise WeakSignature("SHA-1 signature")

    def handle_acs_failure(self, request, exception=None, status=403, **kwargs):
        refusal = getattr(request, "signin_refusal", None)
        if isinstance(refusal, Refusal):
            return refused(request, refusal.code, refusal.identity_provider, status=403)
        logger.info("SAML response refused: %s", type(exception).__name__)
        return refused(request, "invalid_response", status=400 if status < 500 else 400)

    def customize_session(self, user, session_info):
        self.request.session.set_expiry(settings.SAML_SESSION_SECONDS)

    def post_login_hook(self, request, user, session_info):
        outcome = getattr(request, "signin_outcome", None)
        if outcome is not None:
            audit.log_login(user, outcome)


class SamlMetadataView(saml_views.MetadataView):
    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except SamlNotConfigured:
            logger.exception("SAML sign-in is not configured")
            return refused(request, "not_configured")
