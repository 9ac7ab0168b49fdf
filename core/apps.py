from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every page needs: the page base, the site chrome (header, footer, language switcher,
    breadcrumbs), languages and their synchronised page trees (whose view restrictions follow the
    Danish page: core.restrictions), landmark pages, phone formatting."""

    name = "core"
    verbose_name = "Fælles grundlag"

    def ready(self):
        from core import admin_language, compare, restrictions

        restrictions.connect_signals()
        admin_language.connect_signals()
        compare.register()
