"""Demo content for the site root: locales, the Danish home page and the national contact points.

Every loader in the project follows the same rules: it can run any number of times, it looks
things up by a stable key (slug, name, number) before creating them, and it only saves when
something actually changed.
"""

import datetime as dt

from django.conf import settings
from wagtail.models import Locale, Page, Site

from contacts.models import ContactPoint
from home.models import HomePage
from home.demo_utils import publish_if_changed, set_fields


def ensure_locales():
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def ensure_home(locale):
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        home = HomePage(title="Forside", slug="forside", locale=locale)
        root.add_child(instance=home)
    changed = set_fields(
        home,
        title="Forebyggelse af ekstremisme",
        slug="forside",
        summary=(
            "Hjælp til dig, der er bekymret for en person, og kommunernes handlingsplaner "
            "mod ekstremisme samlet ét sted."
        ),
        lead_heading="Er du bekymret for en person?",
        lead_text=(
            "<p>Har du set tegn på, at et barn, en ung eller en voksen er på vej ind i et ekstremistisk "
            "miljø? Du behøver ikke være sikker. Tal med infohuset i din kommune, eller ring til den "
            "nationale rådgivning. Er der fare for liv, så ring 112.</p>"
        ),
    )
    publish_if_changed(home, changed)

    # Point the default site at the Danish home page and drop Wagtail's welcome page.
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                                   site_name=settings.WAGTAIL_SITE_NAME)
    elif site.root_page_id != home.id or site.site_name != settings.WAGTAIL_SITE_NAME:
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
    Page.objects.filter(depth=2, content_type__model="page").exclude(id=home.id).delete()
    return home


CONTACT_POINTS = [
    {
        "name": "Alarm 112",
        "kind": ContactPoint.Kind.EMERGENCY,
        "phone": "112",
        "always_open": True,
        "description": "Ring 112, hvis der er akut fare for liv eller en alvorlig forbrydelse er ved at ske.",
        "sort_order": 10,
        "periods": [],
    },
    {
        "name": "Politiet 114",
        "kind": ContactPoint.Kind.POLICE,
        "phone": "114",
        "always_open": True,
        "description": "Ring 114 til politiet, når det ikke haster, men du vil tale med politiet om en bekymring.",
        "sort_order": 20,
        "periods": [],
    },
    {
        "name": "National rådgivning om ekstremisme",
        "kind": ContactPoint.Kind.HOTLINE,
        "phone": "4174 9090",
        "always_open": False,
        "description": (
            "Rådgivning til borgere og fagpersoner, der er bekymrede for en person i deres omgivelser. "
            "Du kan være anonym."
        ),
        "outside_hours": (
            "Uden for åbningstiden: kontakt infohuset i din kommune på hverdage, ring 114 til politiet, "
            "eller ring 112, hvis der er fare for liv."
        ),
        "sort_order": 30,
        "periods": [("daily", dt.time(8, 0), dt.time(22, 0))],
    },
    {
        "name": "Nationalt Center for Forebyggelse af Ekstremisme",
        "kind": ContactPoint.Kind.ADVICE,
        "phone": "",
        "email": "info@stopekstremisme.dk",
        "always_open": False,
        "description": "Sparring til kommuner og fagpersoner om handlingsplaner, metoder og kompetenceudvikling.",
        "sort_order": 40,
        "periods": [("weekdays", dt.time(9, 0), dt.time(15, 0))],
    },
]


def ensure_contact_points(locale):
    points = {}
    for data in CONTACT_POINTS:
        data = dict(data)
        periods = data.pop("periods")
        point = ContactPoint.objects.filter(locale=locale, name=data["name"]).first()
        if point is None:
            point = ContactPoint(locale=locale, name=data["name"])
        changed = set_fields(point, **data)
        current = [(p.days, p.opens, p.closes) for p in point.opening_periods.all()] if point.pk else []
        if current != periods:
            point.opening_periods = [
                point.opening_periods.model(days=d, opens=o, closes=c, sort_order=i)
                for i, (d, o, c) in enumerate(periods)
            ]
            changed = True
        publish_if_changed(point, changed)
        points[point.kind] = point
    return points


# The front page's ways in, in order: (slug of a page under the home page, fallback path, title, text).
# The demo links them by path: no page lookup on the front page (its query budget is tight, see
# tests/test_performance.py) and no dependence on the order of the loaders. Editors may choose pages.
LINKED_AS_PAGES = set()
ENTRY_POINTS = [
    ("vejledning", "/da/vejledning/", "Vejledning til kommunens handlingsplan",
     "Fra behov til en plan, der bruges – med erfaringer fra ti kommuner."),
    ("bekymringstegn", "/da/bekymringstegn/", "Bekymringstegn",
     "Hvilke tegn skal du være opmærksom på – og hvorfor er de ikke en tjekliste?"),
    ("handlingsplaner", "/da/handlingsplaner/", "Kommunernes handlingsplaner",
     "Se, hvordan kommunerne forebygger, opsporer og håndterer ekstremisme."),
    ("viden", "/da/viden/", "Viden og kortlægninger",
     "De vigtigste tal og pointer fra kortlægningerne af kommunerne og infohusene."),
]


def ensure_entry_points(home):
    """Set the home page's entry points; publish only on change. The concern button links to
    /da/bekymret/ unless an editor chooses a page."""
    from guidance.demo import set_stream

    children = {page.slug: page for page in home.get_children().live() if page.slug in LINKED_AS_PAGES}
    blocks = []
    for slug, path, title, text in ENTRY_POINTS:
        page = children.get(slug)
        blocks.append(("entry", {"title": title, "text": text, "page": page.pk if page else None,
                                 "path": "" if page else path}))
    home = HomePage.objects.get(pk=home.pk)
    changed = set_stream(home, "entry_points", blocks, home.locale)
    publish_if_changed(home, changed)
    return home


def load(stdout=None):
    locale = ensure_locales()
    home = ensure_home(locale)
    ensure_contact_points(locale)
    ensure_entry_points(home)
