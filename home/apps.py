from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Forside og fælles sider"

    def ready(self):
        from home import restrictions

        restrictions.connect_signals()
