"""The search page's one URL, translated: /da/soeg/, /en/search/, /ar/bahth/ (msgid "soeg/" in
locale/<language>). reverse("search") gives the active language's path and translate_url() switches
between them.

Every language's path also answers under every language prefix (/ar/soeg/ is the Arabic search, as
the page follows the prefix's language)."""

from functools import cached_property

from django.conf import settings
from django.urls import URLPattern, path
from django.urls.resolvers import RoutePattern
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from search import views


class AnyLanguageRoute(RoutePattern):
    """A translated route that reverses to the active language's form and matches every
    language's form."""

    def match(self, path):
        return super().match(path) or next(filter(None, (form.match(path) for form in self._forms)), None)

    @cached_property
    def _forms(self) -> list[RoutePattern]:
        forms = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                forms.append(RoutePattern(str(self._route), is_endpoint=self._is_endpoint))
        return forms


# Inside i18n_patterns (config/urls.py).
page_urlpatterns = [
    # Translators: the search page's path in the URL (/da/soeg/): lower-case Latin letters, ending in a slash
    URLPattern(AnyLanguageRoute(_("soeg/"), name="search", is_endpoint=True), views.search_page, name="search"),
]

api_urlpatterns = [
    path("api/search/", views.api_search, name="api_search"),
    path("api/search/autocomplete/", views.api_autocomplete, name="api_search_autocomplete"),
]
