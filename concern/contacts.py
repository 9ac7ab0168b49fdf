"""The national contact points as the concern path shows them: 112, 114 and the hotline, with
whether the hotline is open right now (Danish time) and when it opens next."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext_noop

from concern import clock
from contacts import national
from contacts.hours import DANISH_TZ, day_matches
from contacts.models import ContactPoint
from core.i18n import active_language, in_reader_language
from guidance.models import SignOfConcern


def national_points(request=None) -> dict:
    """Live contact points by kind, in the reader's language with Danish as fallback."""
    return national.national_points(request=request)


def next_opening(periods, moment: dt.datetime) -> dt.datetime | None:
    """The next moment (Danish time) after `moment` when one of the periods opens."""
    moment = moment.astimezone(DANISH_TZ)
    best = None
    for offset in range(0, 8):
        day = (moment + dt.timedelta(days=offset)).date()
        for period in periods:
            if not day_matches(period.days, day.weekday()):
                continue
            start = dt.datetime.combine(day, period.opens, tzinfo=DANISH_TZ)
            if start > moment and (best is None or start < best):
                best = start
        if best:
            return best
    return best


def status(point, moment=None) -> dict:
    moment = moment or clock.now()
    if point is None:
        return {}
    if point.always_open:
        return {"open": True, "always": True}
    periods = list(point.opening_periods.all())
    is_open = point.is_open(moment)
    result = {"open": is_open, "always": False}
    if not is_open:
        opening = next_opening(periods, moment)
        if opening:
            local = moment.astimezone(DANISH_TZ)
            result["opens_at"] = opening
            result["opens_today"] = opening.date() == local.date()
            result["opens_tomorrow"] = opening.date() == local.date() + dt.timedelta(days=1)
    return result


def national_context(moment=None, request=None) -> dict:
    moment = moment or clock.now()
    points = national_points(request)
    hotline = points.get(ContactPoint.Kind.HOTLINE)
    return {
        "emergency": points.get(ContactPoint.Kind.EMERGENCY),
        "police": points.get(ContactPoint.Kind.POLICE),
        "hotline": hotline,
        "hotline_status": status(hotline, moment),
        "now": moment,
    }


def signs_of_concern():
    """Live signs of concern in the reader's language, else Danish."""
    return in_reader_language(SignOfConcern.objects.order_by("sort_order", "pk"), active_language())


# Headings and hints are Danish message ids; concern_page.html translates them ({% translate heading %}).
SIGN_GROUPS = [
    ("serious", gettext_noop("Alvorlige tegn"), gettext_noop("Ser du et af disse tegn, så søg råd med det samme. Intet tegn er i sig selv et bevis.")),
    ("other", gettext_noop("Andre tegn"), gettext_noop("Disse tegn siger først noget, når flere af dem viser sig på samme tid.")),
]


def signs_by_severity(signs):
    """The signs in two groups, the serious ones first: [(key, heading, hint, [signs])]."""
    groups = []
    for key, heading, hint in SIGN_GROUPS:
        members = [sign for sign in signs if getattr(sign, "severity", "other") == key]
        if members:
            groups.append((key, heading, hint, members))
    return groups
