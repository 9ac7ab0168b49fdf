"""What the site search shows for the concern page (search/registry.py)."""

from django.utils.translation import pgettext_lazy

from concern.models import ConcernPage
from search import registry

# The page most readers come for wins the plain-language "I am worried" questions over the long
# signs-of-concern page, whose many "bekymring" words give it a high text rank (docs/search.md).
registry.register_page(ConcernPage, label=pgettext_lazy("search result type", "Er du bekymret?"), boost=3.0)
