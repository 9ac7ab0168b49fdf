"""What the site search indexes of Wagtail's own content: uploaded documents (PDF, Word, ODT...),
searched by their title, collection and extracted text (search/extraction.py, search/documents.py)."""

from django.utils.translation import pgettext_lazy

from search import registry
from search.documents import DOCUMENT_TYPE

# Below pages (1.0): a plan or a guide page that explains a topic should come before an attachment
# that mentions it; titles of files stay out of autocomplete.
registry.register_result_type(DOCUMENT_TYPE, label=pgettext_lazy("search result type", "Dokument"), boost=0.7,
                              autocomplete=False)
