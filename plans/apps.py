from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = "Handlingsplaner"

    def ready(self):
        from plans import search_documents  # noqa: F401  (registers the plans with the search)
        from plans import signals  # noqa: F401
