from django.apps import AppConfig


class ConcernConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "concern"
    verbose_name = "Bekymring"

    def ready(self):
        from core import landmarks

        landmarks.register("concern", "concern.ConcernPage", fallback_path="bekymret/")
