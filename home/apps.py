from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Forside og fælles sider"

    def ready(self):
        from core import landmarks
        from home import search_documents  # noqa: F401  (registers home's pages with the search)

        landmarks.register("home", "home.HomePage", depth=2)
        landmarks.register("accessibility", "home.ContentPage", slug="tilgaengelighed")
