"""Search: the search promotions that pin the concern page (the project's own setup,
`python manage.py search_setup`; the synonym groups come from a migration), and a full build of the
search documents for the content loaded so far."""

from demo.loader.project import ensure_search_promotions, search_documents


def load(stdout=None):
    ensure_search_promotions(stdout)
    search_documents.rebuild()
