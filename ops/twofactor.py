"""Two-factor authentication for the Wagtail admin (django-otp, TOTP authenticator apps).

Every admin user can enrol under Account → "To-faktor-login". Members of
settings.OPS_2FA_REQUIRED_GROUPS (the centre's editors and approvers) and superusers must: with
OPS_2FA_ENFORCED on they are sent to enrolment before they can use the admin. Anyone with a
confirmed device is asked for a code once per session.

Recovery codes: enrolment ends by showing ten single-use recovery codes (django-otp's static
device), for the day the phone is lost. Each works once in place of an app code; "To-faktor-login:
reservekoder" in the account menu shows how many are left and makes a new set.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

EXEMPT_NAMES = ("ops_2fa_setup", "ops_2fa_verify", "wagtailadmin_logout", "wagtailadmin_login")
RECOVERY_CODE_COUNT = 10


def requires_2fa(user) -> bool:
    if settings.OPS_2FA_REQUIRE_SUPERUSERS and user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.OPS_2FA_REQUIRED_GROUPS).exists()


def has_device(user) -> bool:
    from django_otp import devices_for_user

    return any(True for _ in devices_for_user(user, confirmed=True))


def safe_next(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        redirect_to = self._redirect_for(request)
        if redirect_to:
            return redirect(redirect_to)
        return self.get_response(request)

    def _redirect_for(self, request) -> str | None:
        path = request.path_info
        if not path.startswith(tuple(settings.OPS_ADMIN_PREFIXES)):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        exempt = [reverse(name) for name in EXEMPT_NAMES]
        if any(path.startswith(url) for url in exempt) or "password_reset" in path:
            return None
        query = urlencode({"next": request.get_full_path()})
        if has_device(user):
            return f"{reverse('ops_2fa_verify')}?{query}"
        if settings.OPS_2FA_ENFORCED and requires_2fa(user):
            return f"{reverse('ops_2fa_setup')}?{query}"
        return None
