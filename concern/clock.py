"""The current moment, in one place, so tests can freeze it (monkeypatch concern.clock.now)."""

from django.utils import timezone


def now():
    return timezone.now()
