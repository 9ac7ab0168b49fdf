from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "guidance"
    verbose_name = "Vejledning"

    def ready(self):
        from guidance import search_documents  # noqa: F401  (registers the guide with the search)
