from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    # The label names the tables (sitesearch_searchdocument, ...) and the migration history of every
    # existing database, so it stays although the folder is called search.
    label = "sitesearch"
    verbose_name = "Søgning"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search import search_documents, signals  # noqa: F401 - search_documents registers on import

        signals.register()
