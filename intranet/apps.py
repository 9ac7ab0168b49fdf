from django.apps import AppConfig


class IntranetConfig(AppConfig):
    """A municipality's plan on its own intranet: read-only keys, the plan as JSON or HTML for the
    intranet's server, and framing allowed only from the intranet's origins (docs/signin.md)."""

    name = "intranet"
    verbose_name = "Planen på kommunens intranet"
    default_auto_field = "django.db.models.BigAutoField"
