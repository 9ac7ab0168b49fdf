"""What the site search shows for the national overview page (search/registry.py)."""

from django.utils.translation import pgettext_lazy

from overview.models import PlanOverviewPage
from search import registry

registry.register_page(PlanOverviewPage, label=pgettext_lazy("search result type", "Landsoverblik"), boost=1.0)
