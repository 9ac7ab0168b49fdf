"""Choosing and remembering the reader's municipality (a cookie, and the session)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext

from places import municipalities

COOKIE_NAME = "kommune"
SESSION_KEY = "concern_municipality"
COOKIE_MAX_AGE = 365 * 24 * 3600


@dataclass
class ChoiceResult:
    """What the reader asked for and what came of it: a municipality, suggestions, or an error."""

    query: str = ""
    municipality: object = None
    suggestions: list = field(default_factory=list)
    error: str = ""

    @property
    def asked(self) -> bool:
        return bool(self.query)


def from_query(params) -> ChoiceResult:
    slug = (params.get("kommune") or "").strip()
    typed = (params.get("navn") or "").strip()[:100]
    if slug:
        municipality = municipalities.by_slug(slug)
        if municipality:
            return ChoiceResult(query=slug, municipality=municipality)
        return ChoiceResult(query=slug, error=gettext("Vi kender ikke den kommune. Vælg din kommune på listen."))
    if typed:
        municipality, suggestions = municipalities.match(typed)
        if municipality:
            return ChoiceResult(query=typed, municipality=municipality)
        if suggestions:
            return ChoiceResult(
                query=typed, suggestions=suggestions,
                error=gettext("Vi fandt flere kommuner, der passer på »%(typed)s«. Vælg den rigtige:") % {"typed": typed},
            )
        return ChoiceResult(
            query=typed,
            error=gettext("Vi fandt ingen kommune, der hedder »%(typed)s«. Tjek stavningen, eller vælg din kommune "
                          "på listen.") % {"typed": typed},
        )
    return ChoiceResult()


VARIES_ATTRIBUTE = "_shows_reader_municipality"


def varies_for(request) -> bool:
    """True when this response shows something that depends on the reader's remembered choice."""
    return bool(getattr(request, VARIES_ATTRIBUTE, False))


def remembered(request):
    """The reader's remembered municipality: the cookie first, then the session. Marks the
    request, so the response is kept out of shared caches (places.middleware)."""
    if request is None:
        return None
    setattr(request, VARIES_ATTRIBUTE, True)
    slug = request.COOKIES.get(COOKIE_NAME)
    if not slug and hasattr(request, "session"):
        slug = request.session.get(SESSION_KEY)
    return municipalities.by_slug(slug) if slug else None


def remember(request, response, municipality):
    response.set_cookie(
        COOKIE_NAME,
        municipality.slug,
        max_age=COOKIE_MAX_AGE,
        samesite="Lax",
        httponly=True,
        secure=getattr(settings, "SESSION_COOKIE_SECURE", False),
    )
    if hasattr(request, "session"):
        request.session[SESSION_KEY] = municipality.slug
