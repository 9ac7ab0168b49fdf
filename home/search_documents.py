"""What the site search shows for home's pages (search/registry.py)."""

from django.utils.translation import pgettext_lazy

from home.models import ContentPage, HomePage
from search import registry

RESULT_TYPE = "search result type"

registry.register_page(HomePage, label=pgettext_lazy(RESULT_TYPE, "Forside"), boost=0.5)
registry.register_page(ContentPage, label=pgettext_lazy(RESULT_TYPE, "Side"), boost=0.8)
