"""Opening hours as data, and whether a contact point is open at a given moment.

Hours are always evaluated in Danish time (Europe/Copenhagen), whatever the server's clock says.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

DANISH_TZ = ZoneInfo("Europe/Copenhagen")

DAILY = "daily"
WEEKDAYS = "weekdays"
WEEKEND = "weekend"
# Labels are Danish message ids, translated in locale/<lang>/LC_MESSAGES/django.po.
DAY_CHOICES = [
    (DAILY, _("Alle dage")),
    (WEEKDAYS, _("Mandag-fredag")),
    (WEEKEND, _("Lørdag-søndag")),
    ("0", _("Mandag")),
    ("1", _("Tirsdag")),
    ("2", _("Onsdag")),
    ("3", _("Torsdag")),
    ("4", _("Fredag")),
    ("5", _("Lørdag")),
    ("6", _("Søndag")),
]


def day_matches(days: str, weekday: int) -> bool:
    if days == DAILY:
        return True
    if days == WEEKDAYS:
        return weekday < 5
    if days == WEEKEND:
        return weekday >= 5
    return days == str(weekday)


def is_open_at(periods, moment: dt.datetime | None = None) -> bool:
    """True when `moment` (default: now) falls in one of the periods.

    `periods` is an iterable of objects with `days`, `opens` and `closes` attributes.
    A period whose closing time is not after its opening time runs past midnight.
    """
    moment = (moment or dt.datetime.now(tz=DANISH_TZ)).astimezone(DANISH_TZ)
    weekday, now = moment.weekday(), moment.time()
    yesterday = (weekday - 1) % 7
    for period in periods:
        if period.opens < period.closes:
            if day_matches(period.days, weekday) and period.opens <= now < period.closes:
                return True
        else:  # overnight, e.g. 20:00-02:00
            if day_matches(period.days, weekday) and now >= period.opens:
                return True
            if day_matches(period.days, yesterday) and now < period.closes:
                return True
    return False


def describe(periods) -> str:
    """A short description in the active language: 'Alle dage kl. 08.00-22.00' in Danish,
    'Daily 08:00-22:00' in English, 'يوميًا 08:00-22:00' in Arabic."""
    labels = dict(DAY_CHOICES)
    # Translators: how a time of day is written (strftime), Danish "08.00".
    time_format = gettext("%H.%M")
    parts = [
        # Translators: one opening period, e.g. "Alle dage kl. 08.00-22.00".
        gettext("%(days)s kl. %(opens)s-%(closes)s")
        % {
            "days": labels.get(p.days, p.days),
            "opens": p.opens.strftime(time_format),
            "closes": p.closes.strftime(time_format),
        }
        for p in periods
    ]
    return "; ".join(parts)


def always_open_text() -> str:
    return gettext("Døgnet rundt")
