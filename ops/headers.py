"""Security headers Django itself does not set, and the admin's looser Content-Security-Policy.

The public site runs under a strict policy (settings.CONTENT_SECURITY_POLICY): scripts only from
our own origin, no inline scripts, no eval. Wagtail's admin still renders inline <script> blocks
(widgets, panels), so paths under ADMIN_PREFIXES get a replacement policy that allows them; the
admin is behind a login and two-factor authentication, the public site is not.
"""

from django.conf import settings
from csp.middleware import CSPMiddleware, PolicyParts


def _is_admin(path: str) -> bool:
    return path.startswith(tuple(settings.OPS_ADMIN_PREFIXES))


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and _is_admin(request.path_info):
            replace = dict(settings.OPS_ADMIN_CSP_REPLACE)
            replace.update(parts.replace or {})
            return PolicyParts(parts.config, parts.update, replace, parts.nonce)
        return parts


class SecurityHeadersMiddleware:
    """Adds Permissions-Policy (no camera, microphone, geolocation... for anyone) to every response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=({' '.join(allow)})" for feature, allow in settings.OPS_PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response
