"""What is the same for every reader until content changes, kept in Django's cache framework.

Pages rendered without the page cache (signed-in staff, readers with a remembered municipality, the
first visit after a publish, restricted pages) would otherwise repeat the same work on every
request: which page a URL routes to (ops.routing), the header, footer and language links, a plan's
body and coverage grid. Those results go into a Django cache (`OPS_CONTENT_CACHE_ALIAS`, by default
a local-memory cache per process), stored under the page-cache *generation* (ops.pagecache) as the
cache key's version: every publish, unpublish, move or delete and every save of a content model
bumps the generation, so nothing stored is ever served for newer content. Entries also expire after
`OPS_CONTENT_CACHE_SECONDS` (default 60 s) as a backstop, e.g. for several app servers with
local-memory caches, whose generation files do not see each other's publishes.

The request is always passed in explicitly (views, template tags with the template context,
Wagtail's routing); the generation is read once per request and kept on it as
`request.ops_content_generation`.

What is never stored: anything that decides *access* (view restrictions are read from the database
on every request, after routing and before anything from here is used), anything per reader (the
remembered municipality, the signed-in user) and anything that depends on the time of day ("open
now" is computed at render time). Code that reads something per reader while a fragment renders
calls `mark_personal(request)` (places.choice does, for the remembered municipality), and a fragment
during whose rendering that happened is not stored. Previews are never cached. When the generation
cannot be read (Redis down) nothing is stored or read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.conf import settings
from django.core.cache import InvalidCacheBackendError, caches
from django.utils import translation

from ops import pagecache

T = TypeVar("T")

REQUEST_ATTRIBUTE = pagecache.GENERATION_ATTRIBUTE
PERSONAL_ATTRIBUTE = "ops_personal_reads"
_UNSET = object()


def enabled() -> bool:
    return getattr(settings, "OPS_CONTENT_CACHE", True)


def timeout() -> int:
    return int(getattr(settings, "OPS_CONTENT_CACHE_SECONDS", 60))


def cache():
    """The Django cache that holds the content cache (a local-memory cache per process by default)."""
    alias = getattr(settings, "OPS_CONTENT_CACHE_ALIAS", "content")
    try:
        return caches[alias]
    except InvalidCacheBackendError:
        return caches["default"]


def generation(request) -> str | None:
    """The content generation for this request, read once per request (with Redis it is a network
    round trip); None when it cannot be read, and then nothing may be cached."""
    if request is None:
        return pagecache.current_generation()
    value = getattr(request, REQUEST_ATTRIBUTE, _UNSET)
    if value is _UNSET:
        value = pagecache.current_generation()
        setattr(request, REQUEST_ATTRIBUTE, value)
    return value


def usable(request) -> str | None:
    """The generation to store under, or None when this request must not use the content cache."""
    if request is None or not enabled() or getattr(request, "is_preview", False):
        return None
    return generation(request)


def mark_personal(request) -> None:
    """Something per reader was read for this response (e.g. the remembered municipality): a fragment
    rendered meanwhile shows it and must not be stored for other readers."""
    if request is not None:
        setattr(request, PERSONAL_ATTRIBUTE, personal_reads(request) + 1)


def personal_reads(request) -> int:
    return getattr(request, PERSONAL_ATTRIBUTE, 0)


def make_key(*parts: Hashable) -> str:
    """A cache key for any parts: hashed, so paths, titles and queries of any length and alphabet are
    safe keys for every cache backend."""
    digest = hashlib.md5(repr(parts).encode(), usedforsecurity=False).hexdigest()
    return f"ops:content:{parts[0]}:{digest}"


def site_key(request) -> tuple[str, str]:
    """URLs in stored values and fragments depend on the host the request came in on."""
    if request is None:
        return ("", "")
    return (request.get_host(), request.scheme)


def language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def get_or_set(request, key_parts: tuple, compute: Callable[[], T]) -> T:
    """`compute()`, or its value from an earlier request of the same content generation.

    Values are stored the way the cache backend stores them (pickled by Django's local-memory and
    Redis caches), so keep them small and plain: URLs, titles, ids, rendered HTML."""
    version = usable(request)
    if version is None:
        return compute()
    store = cache()
    key = make_key(*key_parts)
    value = store.get(key, _UNSET, version=version)
    if value is _UNSET:
        value = compute()
        store.set(key, value, timeout(), version=version)
    return value


def clear() -> None:
    """Forget everything (tests roll back their transactions without bumping the generation)."""
    cache().clear()
