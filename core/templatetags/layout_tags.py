"""Template tags for the site-wide layout: header links, main menu, breadcrumbs, page meta."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_noop
from wagtail.models import Page

from core.i18n import active_language
from core.landmarks import landmark, landmark_url
from ops import contentcache

register = template.Library()

# The site name (settings.WAGTAIL_SITE_NAME) is a Danish message id like every interface string;
# marked here so that makemessages keeps it in the catalogs.
SITE_NAME_MSGID = gettext_noop("Forebyggelse af ekstremisme")


def _language():
    return active_language()


def _home(context):
    return landmark("home", context.get("request"))


def _text_language(page):
    """The language of an untranslated page's title (an alias shows its Danish source), when it is
    not the reader's language; "" otherwise. Used as lang="..." on menu and breadcrumb links."""
    if getattr(page, "alias_of_id", None):
        if "alias_of" in page._state.fields_cache:  # select_related("alias_of__locale")
            code = page.alias_of.locale.language_code
        else:
            code = Page.objects.filter(pk=page.alias_of_id).values_list("locale__language_code", flat=True).first()
        if code and code != _language():
            return code
    return ""


@register.simple_tag(takes_context=True)
def home_url(context):
    return landmark_url("home", context.get("request")) or f"/{_language()}/"


@register.simple_tag
def site_title():
    """The site name in the reader's language (settings.WAGTAIL_SITE_NAME is the Danish msgid)."""
    return translation.gettext(settings.WAGTAIL_SITE_NAME)


@register.simple_tag(takes_context=True)
def concern_url(context):
    return landmark_url("concern", context.get("request"))


@register.simple_tag(takes_context=True)
def accessibility_statement_url(context):
    return landmark_url("accessibility", context.get("request"))


@register.simple_tag
def search_url():
    """The search page in the reader's language: /da/soeg/, /en/search/, /ar/bahth/ (search/urls.py)."""
    try:
        return reverse("search")
    except NoReverseMatch:
        return ""


@register.simple_tag(takes_context=True)
def main_menu(context):
    request = context.get("request")

    def compute():
        home = _home(context)
        if home is None:
            return []
        items = []
        for child in home.get_children().live().public().in_menu().select_related("alias_of__locale"):
            url = child.get_url(request)
            if url:
                items.append({"title": child.title, "url": url, "lang": _text_language(child)})
        return items

    items = contentcache.get_or_set(request, ("menu", _language(), contentcache.site_key(request)), compute)
    current_path = request.path if request else ""
    return [{**item, "current": current_path.startswith(item["url"])} for item in items]


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current_title=""):
    """Home › ancestors › this page. `current_title` adds a last crumb for routed sub-views
    (e.g. the action card under the concern page)."""
    page = context.get("page")
    if not isinstance(page, Page) or (page.depth <= 2 and not current_title):
        return {"crumbs": []}
    request = context.get("request")

    def ancestor_crumbs():
        ancestors = page.get_ancestors().filter(depth__gte=2).select_related("alias_of__locale")
        return [{"title": a.title, "url": a.get_url(request), "lang": _text_language(a)} for a in ancestors]

    if page.pk and page.path:
        key = ("ancestors", page.path, _language(), contentcache.site_key(request))
        crumbs = [dict(crumb) for crumb in contentcache.get_or_set(request, key, ancestor_crumbs)]
    else:
        crumbs = ancestor_crumbs()
    if current_title:
        crumbs.append({"title": page.title, "url": page.url, "lang": _text_language(page)})
        crumbs.append({"title": current_title, "url": ""})
    else:
        crumbs.append({"title": page.title, "url": "", "lang": _text_language(page)})
    if crumbs:
        home = _home(context)
        if home and crumbs[0]["title"] == home.title:
            crumbs[0]["title"] = translation.gettext("Forside")
    return {"crumbs": crumbs}


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context):
    page = context.get("page")
    return {"last_updated": getattr(page, "last_updated", None)}


@register.inclusion_tag("includes/page_tools.html", takes_context=True)
def page_tools(context):
    return {"page": context.get("page")}
