"""Helpers for the search tests: pages with known text, restricted to groups when asked."""

from django.contrib.auth.models import Group
from wagtail.models import Locale, PageViewRestriction

from home.models import ContentPage, HomePage


def home(language="da"):
    """The home page of a language's tree (the demo has Danish and Arabic ones; None if missing)."""
    return HomePage.objects.filter(locale__language_code=language, depth=2).first()


def make_page(title, body="", summary="", slug=None, parent=None, groups=None, live=True):
    parent = parent or home()
    page = ContentPage(title=title, slug=slug or title.lower().replace(" ", "-")[:50], summary=summary,
                       body=f"<p>{body}</p>" if body else "", live=live, locale=parent.locale)
    parent.add_child(instance=page)
    if groups is not None:
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set(groups)
    return page


def group(name):
    return Group.objects.get_or_create(name=name)[0]


def english_home():
    da = home()
    en_locale = Locale.objects.get(language_code="en")
    existing = HomePage.objects.filter(locale=en_locale, depth=2).first()
    return existing or da.copy_for_translation(en_locale)
