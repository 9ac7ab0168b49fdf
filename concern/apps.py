from django.apps import AppConfig


class ConcernConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "concern"
    verbose_name = "Bekymring"

    def ready(self):
        from concern import search_documents  # noqa: F401  (registers the concern page with the search)
        from core import landmarks

        landmarks.register("concern", "concern.ConcernPage", fallback_path="bekymret/")
