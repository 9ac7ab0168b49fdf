from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

from contacts.models import ContactPoint
from ops import memo

register = template.Library()


@register.simple_tag
def national_contacts():
    """Live contact points in the reader's language (falling back to Danish), in display order."""
    language = translation.get_language() or settings.LANGUAGE_CODE

    def compute():
        qs = ContactPoint.objects.filter(live=True).prefetch_related("opening_periods")
        local = list(qs.filter(locale__language_code=language))
        if local:
            return local
        return list(qs.filter(locale__language_code=settings.LANGUAGE_CODE))

    # Shared between readers and threads: templates only read them ("open now" is computed at render time).
    return list(memo.memo(None, ("national-contacts", language), compute))


@register.simple_tag(takes_context=True)
def site_name(context):
    """The site name in the reader's language, for page titles (settings.WAGTAIL_SITE_NAME is the
    Danish msgid; see concern/templatetags/layout_tags.py)."""
    return translation.gettext(settings.WAGTAIL_SITE_NAME)


@register.filter
def locale_root(language_code):
    try:
        return Locale.objects.get(language_code=language_code)
    except Locale.DoesNotExist:
        return None
