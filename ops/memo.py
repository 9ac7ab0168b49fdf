"""A per-process memo for what is the same for every reader until content changes: which page a URL
routes to (ops.routing), and what every page shows around its content: the main menu, the landmark
links (home, concern page, accessibility statement), the national contact points in the footer, the
language switcher's targets, hreflang alternates, breadcrumbs, a page's content language and the
guide's chapter navigation.

Without it these cost ten to twenty SQL queries on every page rendered without the page cache. Values are keyed on the
page-cache generation (ops.pagecache), which every publish, unpublish, move, delete and every save
of a content model bumps, so a memoised value is never older than the content. Entries also expire
after `OPS_CHROME_MEMO_SECONDS` (default 60 s) as a backstop, e.g. for several app servers with
local-memory caches, whose generation files do not see each other's publishes.

What is never memoised: anything that decides *access* (view restrictions are read from the
database on every request), anything per reader (the remembered municipality, the signed-in user)
and anything that depends on the time of day ("open now" is computed at render time from the
memoised opening hours). Only values that are the same for every reader go in here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.conf import settings

T = TypeVar("T")

_lock = threading.Lock()
_local = threading.local()  # the request being handled by this thread (bound by ops.routing)
_generation: str | None = None
_values: dict[Hashable, tuple[float, object]] = {}
MAX_ENTRIES = 20_000  # a few thousand pages in three languages; cleared wholesale when reached


def _ttl() -> float:
    return float(getattr(settings, "OPS_CHROME_MEMO_SECONDS", 60))


def request_generation(request) -> str | None:
    """The page-cache generation, read once per request (with Redis it is a network round trip)."""
    from ops import contentcache

    if request is None:
        request = getattr(_local, "request", None)
    return contentcache.generation(request)


def memo(request, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or its value from an earlier request of the same content generation."""
    global _generation, _values
    if not getattr(settings, "OPS_CHROME_MEMO", True):
        return compute()
    generation = request_generation(request)
    if generation is None:  # shared cache unreachable: no way to know what is current
        return compute()
    now = time.monotonic()
    with _lock:
        if generation != _generation:
            _generation, _values = generation, {}
        values = _values
        hit = values.get(key)
    if hit is not None and hit[0] > now:
        return hit[1]  # type: ignore[return-value]
    value = compute()
    with _lock:
        if values is _values and _generation == generation:
            if len(values) >= MAX_ENTRIES:
                values.clear()
            values[key] = (now + _ttl(), value)
    return value


def bind(request) -> None:
    """Code without the request at hand (template tags, model properties) shares its generation."""
    _local.request = request


def unbind() -> None:
    _local.request = None


def clear() -> None:
    """Forget everything (tests roll back their transactions without bumping the generation)."""
    global _generation, _values
    with _lock:
        _generation, _values = None, {}


def host_key(request) -> tuple[str, str]:
    """URLs in memoised values depend on the site the request came in on."""
    if request is None:
        return ("", "")
    return (request.get_host(), request.scheme)


def active_locale():
    """The Locale of the active language (as `Locale.get_active()`), without a query per call."""
    from django.utils import translation
    from wagtail.models import Locale

    language = translation.get_language() or settings.LANGUAGE_CODE
    return memo(None, ("locale", language), Locale.get_active)


def language_code(locale_id: int) -> str:
    """The language code of a locale id, without a query per call."""
    from wagtail.models import Locale

    codes = memo(None, ("locale-codes",), lambda: dict(Locale.objects.values_list("id", "language_code")))
    return codes.get(locale_id) or Locale.objects.get(pk=locale_id).language_code
