from django.apps import AppConfig


class OverviewConfig(AppConfig):
    name = "overview"
    verbose_name = "Landsoverblik"

    def ready(self):
        from overview import search_documents  # noqa: F401  (registers the overview page with the search)
