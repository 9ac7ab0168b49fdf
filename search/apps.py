from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "sitesearch"
    verbose_name = "Søgning"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search import signals

        signals.register()
