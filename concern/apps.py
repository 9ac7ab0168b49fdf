from django.apps import AppConfig


class ConcernConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "concern"
    verbose_name = "Bekymring"
