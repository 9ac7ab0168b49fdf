from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every page needs: the page base, the site chrome (header, footer, language switcher,
    breadcrumbs), languages and their synchronised page trees, landmark pages, phone formatting."""

    name = "core"
    verbose_name = "Fælles grundlag"

    def ready(self):
        from core import i18n

        i18n.connect_signals()
