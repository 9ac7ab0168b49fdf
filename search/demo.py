"""Demo data for search: the synonym groups, the editors' search promotions that pin the concern
page for worried readers' typical queries, and a full build of the search documents.
Idempotent: looks things up before creating them; a second run changes nothing."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from search import documents
from search.models import SynonymGroup

SYNONYMS = {
    "da": [
        "radikalisering, ekstremisme, radikaliseret, ekstremist",
        "infohus, info-hus, informationshus",
        "bekymring, bekymringshenvendelse, bekymringssag",
        "handlingsplan, handleplan, beredskabsplan",
        "bekymringstegn, tegn på bekymring, advarselstegn, faresignaler",
        "politi, politiet, sspk",
        "ung, unge, teenager",
        "barn, børn, elev",
        "ringe, kontakte, telefon",
        "anmelde, anmeld, indberette, melde",
        "vold, voldelig",
        "rådgivning, hotline, vejledning",
    ],
    "en": [
        "radicalisation, radicalization, extremism, radicalised, radicalized",
        "infohouse, info house, info-house, infohus",
        "concern, worry, worried",
        "action plan, plan, preparedness plan",
        "signs, warning signs, indicators",
        "report, notify",
        "hotline, advice line, helpline",
    ],
}

# The concern page answers these queries first (issue 4).
CONCERN_PATH = "bekymret"
CONCERN_QUERIES = {
    "da": ["bekymret", "bekymring", "anmeld", "anmelde", "hvem skal jeg ringe til", "hvem kan jeg ringe til",
           "hvad gør jeg", "jeg er bekymret", "bekymret for en elev", "akut"],
}


def ensure_synonyms():
    for language, groups in SYNONYMS.items():
        for terms in groups:
            SynonymGroup.objects.get_or_create(language=language, terms=terms)


def concern_page():
    """The concern page (/da/bekymret/, helper E's concern app), if it exists yet."""
    for page in Page.objects.live().filter(slug=CONCERN_PATH, locale__language_code="da"):
        if page.url_path.rstrip("/").endswith("/" + CONCERN_PATH) and page.depth == 3:
            return page
    return None


def ensure_promotions(stdout=None):
    page = concern_page()
    if page is None:
        if stdout:
            stdout.write("  search.demo: no concern page yet, search promotions skipped")
        return 0
    made = 0
    for queries in CONCERN_QUERIES.values():
        for text in queries:
            query = Query.get(text)
            if not SearchPromotion.objects.filter(query=query, page=page).exists():
                SearchPromotion.objects.create(
                    query=query, page=page, sort_order=0,
                    description="Er du bekymret for en person? Her er hvad du kan gøre, og hvem du kan ringe til.",
                )
                made += 1
    return made


def load(stdout=None):
    ensure_synonyms()
    ensure_promotions(stdout)
    documents.rebuild()
