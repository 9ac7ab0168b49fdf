from django.apps import AppConfig


class SigninConfig(AppConfig):
    """Sign-in for municipal staff through their municipality's own login (SAML 2.0), the sign-in
    page of staff-only pages, and the audit log of sign-ins (docs/signin.md)."""

    name = "signin"
    verbose_name = "Log ind med kommunens login"
    default_auto_field = "django.db.models.BigAutoField"
