"""Opening hours as data, and whether a contact point is open at a given moment.

Hours are always evaluated in Danish time (Europe/Copenhagen), whatever the server's clock says.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

DANISH_TZ = ZoneInfo("Europe/Copenhagen")

DAILY = "daily"
WEEKDAYS = "weekdays"
WEEKEND = "weekend"
DAY_CHOICES = [
    (DAILY, "Alle dage"),
    (WEEKDAYS, "Mandag-fredag"),
    (WEEKEND, "Lørdag-søndag"),
    ("0", "Mandag"),
    ("1", "Tirsdag"),
    ("2", "Onsdag"),
    ("3", "Torsdag"),
    ("4", "Fredag"),
    ("5", "Lørdag"),
    ("6", "Søndag"),
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
    """A short Danish description, e.g. 'Alle dage kl. 08.00-22.00'."""
    labels = dict(DAY_CHOICES)
    parts = [
        f"{labels.get(p.days, p.days)} kl. {p.opens:%H.%M}-{p.closes:%H.%M}" for p in periods
    ]
    return "; ".join(parts)
