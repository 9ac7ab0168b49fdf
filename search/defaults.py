"""What a new site's search needs besides the software: the editors' search promotions that pin
the concern page (/da/bekymret/) for worried readers' typical queries. They need the page, so they
come from `python manage.py search_setup` (run it once the concern page exists; the demo loader runs
it too). The synonym groups come from migration 0005_default_synonyms."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

CONCERN_PATH = "bekymret"
CONCERN_QUERIES = {
    "da": ["bekymret", "bekymring", "anmeld", "anmelde", "hvem skal jeg ringe til", "hvem kan jeg ringe til",
           "hvad gør jeg", "jeg er bekymret", "bekymret for en elev", "akut"],
}
PROMOTION_DESCRIPTION = "Er du bekymret for en person? Her er hvad du kan gøre, og hvem du kan ringe til."


def concern_page():
    """The concern page (/da/bekymret/, a child of the Danish home page), if it exists yet."""
    for page in Page.objects.live().filter(slug=CONCERN_PATH, locale__language_code="da"):
        if page.url_path.rstrip("/").endswith("/" + CONCERN_PATH) and page.depth == 3:
            return page
    return None


def ensure_promotions(stdout=None) -> int:
    """Pin the concern page for each of CONCERN_QUERIES where it is not pinned yet; returns how many
    promotions were made. Idempotent."""
    page = concern_page()
    if page is None:
        if stdout:
            stdout.write("  search: no concern page yet, search promotions skipped")
        return 0
    made = 0
    for queries in CONCERN_QUERIES.values():
        for text in queries:
            query = Query.get(text)
            if not SearchPromotion.objects.filter(query=query, page=page).exists():
                SearchPromotion.objects.create(query=query, page=page, sort_order=0, description=PROMOTION_DESCRIPTION)
                made += 1
    return made
