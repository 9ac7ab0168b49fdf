from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = "Handlingsplaner"

    def ready(self):
        from plans import signals  # noqa: F401
