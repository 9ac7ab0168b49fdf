"""Wagtail's own search backend (admin search, /api/v2/pages/?search=, choosers): Wagtail's
PostgreSQL backend, except that the admin's search box, which Wagtail runs as an autocomplete on
titles only, also finds pages by their indexed text ("krisestab" finds the plans that mention a
crisis staff). Configured as WAGTAILSEARCH_BACKENDS["default"] (search/backends/elastic_settings.py)."""

from django.db.models import F
from wagtail.search.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
)

# The text's weight against the title's (autocomplete) in the admin's ranking: titles first.
BODY_WEIGHT = 0.2


class ContentAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    """Title prefixes as Wagtail does, or the words of the indexed text: the query is read both
    unstemmed (Wagtail's autocomplete) and stemmed with the backend's SEARCH_CONFIG, like the text
    was indexed, so "krisestaben" finds "krisestab"."""

    text_config = None

    def search(self, config, start, stop, score_field=None, backend=None):
        self.text_config = getattr(backend, "config", None)
        return super().search(config, start, stop, score_field=score_field, backend=backend)

    def build_tsquery(self, query, config=None):
        unstemmed = super().build_tsquery(query, config=config)
        if unstemmed is None or not self.text_config or self.text_config == config:
            return unstemmed
        return unstemmed | self.build_tsquery_content(query, config=self.text_config)

    def get_index_vectors(self, search_query):
        return [(F("index_entries__autocomplete"), 1.0), (F("index_entries__body"), BODY_WEIGHT)]


class ContentSearchBackend(PostgresSearchBackend):
    autocomplete_query_compiler_class = ContentAutocompleteQueryCompiler


SearchBackend = ContentSearchBackend
