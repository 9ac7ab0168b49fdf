"""The site root: the Danish home page (pages/home.yaml), the default site pointing at it, and
the national contact points (snippets/contact_points.yaml)."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from demo.loader import files
from demo.loader.common import opening_periods, publish_if_changed, set_fields, set_opening_periods, set_stream
from demo.loader.project import ContactPoint, HomePage


def default_locale() -> Locale:
    """Danish. The locales are the site's own (core/migrations/0001_languages.py), not the demo's."""
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def home_page(locale) -> HomePage:
    return HomePage.objects.get(locale=locale, depth=2)


def ensure_home(locale):
    fields = {k: v for k, v in files.read("pages/home.yaml").items() if k != "entry_points"}
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    is_new = home is None
    if is_new:
        home = HomePage(locale=locale, **fields)
        Page.get_first_root_node().add_child(instance=home)
    changed = set_fields(home, **fields) or is_new
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


def ensure_contact_points(locale):
    points = {}
    for index, data in enumerate(files.read("snippets/contact_points.yaml")):
        data = dict(data)
        periods = opening_periods(data.pop("opening_periods", []))
        point = ContactPoint.objects.filter(locale=locale, name=data["name"]).first()
        if point is None:
            point = ContactPoint(locale=locale, name=data["name"])
        changed = set_fields(point, **data, sort_order=(index + 1) * 10)
        changed = set_opening_periods(point, periods) or changed
        publish_if_changed(point, changed)
        points[point.kind] = point
    return points


def ensure_entry_points(home):
    """The home page's entry points; published only on change."""
    home = HomePage.objects.get(pk=home.pk)
    changed = set_stream(home, "entry_points", files.read("pages/home.yaml")["entry_points"], home.locale)
    publish_if_changed(home, changed)
    return home


def load(stdout=None):
    locale = default_locale()
    home = ensure_home(locale)
    ensure_contact_points(locale)
    ensure_entry_points(home)
