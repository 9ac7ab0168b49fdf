from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Forside og fælles sider"

    def ready(self):
        from home import i18n, search_documents  # noqa: F401  (registers home's pages with the search)

        i18n.connect_signals()
