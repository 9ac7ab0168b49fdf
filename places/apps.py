from django.apps import AppConfig


class PlacesConfig(AppConfig):
    """Denmark's police districts and municipalities (reference data), and the reader's chosen
    municipality (remembered in a cookie and the session)."""

    name = "places"
    verbose_name = "Kommuner og politikredse"
    default_auto_field = "django.db.models.BigAutoField"
