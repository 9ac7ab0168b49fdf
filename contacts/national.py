"""The national contact points (112, 114, the hotline, the centre) in the reader's language."""

from __future__ import annotations

from contacts.models import ContactPoint
from core.i18n import active_language, in_reader_language
from ops import memo


def national_contacts(language: str | None = None) -> list[ContactPoint]:
    """Live contact points in the reader's language (each falling back to Danish), in display
    order. The same for every reader: remembered until content changes; "open now" is worked out
    from them at render time."""
    language = language or active_language()

    def compute():
        return in_reader_language(ContactPoint.objects.prefetch_related("opening_periods"), language)

    return list(memo.memo(None, ("national-contacts", language), compute))


def national_points(language: str | None = None) -> dict[str, ContactPoint]:
    """The same points by kind ("hotline", "police", ...)."""
    return {point.kind: point for point in national_contacts(language)}
