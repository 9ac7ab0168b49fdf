"""Whole-page cache for anonymous visitors, invalidated by a site-wide generation number.

Every publish, unpublish, move or delete of a page, and every save of a snippet, image,
document or other content model, bumps the generation (ops.signals); cache keys include it, so
all cached pages are dropped at once. Trade-off: a publish empties the whole page cache rather
than only the pages that show the changed object, which costs one re-render per page after a
publish but can never leave a stale page behind (a text block or contact point may appear on
any page). See docs/deployment.md.

Where the generation lives: with a shared cache (Redis) in the cache itself; with the local-memory
cache (one per process) in a file's modification time, so a publish in one worker is seen by all
workers on the machine.

Never cached: requests carrying any cookie but CSRF/language (signed-in staff, visitors who unlocked
a password-protected page, a remembered municipality), non-GET requests, responses that set cookies, use a CSP nonce, are not
200, or are marked private/no-store; restricted pages and every response to a signed-in user are
marked `Cache-Control: private, no-store` so no shared cache keeps them either.
"""

import hashlib
import logging
import os
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import add_never_cache_headers, get_max_age

logger = logging.getLogger(__name__)

GENERATION_KEY = "ops:page-generation"
# The generation as read once for a request, kept on it for the content cache (ops.contentcache).
GENERATION_ATTRIBUTE = "ops_content_generation"


def _cache():
    return caches[settings.OPS_PAGE_CACHE_ALIAS]


def _generation_file() -> Path:
    return Path(settings.OPS_CACHE_GENERATION_FILE)


def current_generation() -> str | None:
    if settings.OPS_SHARED_CACHE:
        try:
            value = _cache().get(GENERATION_KEY)
            if value is None:
                _cache().add(GENERATION_KEY, 1, timeout=None)
                value = _cache().get(GENERATION_KEY)
        except Exception:
            return None
        return None if value is None else str(value)
    try:
        return str(os.stat(_generation_file()).st_mtime_ns)
    except FileNotFoundError:
        bump_generation()
        try:
            return str(os.stat(_generation_file()).st_mtime_ns)
        except OSError:
            return None


def bump_generation() -> None:
    """Invalidate every cached page."""
    if settings.OPS_SHARED_CACHE:
        try:
            try:
                _cache().incr(GENERATION_KEY)
            except ValueError:
                _cache().set(GENERATION_KEY, int(time.time()), timeout=None)
        except Exception as exc:  # cache down: nothing cached can be served either
            logger.warning("Could not bump the page-cache generation: %s", exc)
        return
    path = _generation_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(exist_ok=True)
    now = time.time_ns()
    try:
        previous = os.stat(path).st_mtime_ns
    except OSError:
        previous = 0
    stamp = max(now, previous + 1)
    os.utime(path, ns=(stamp, stamp))


def _has_session(request) -> bool:
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies


def _has_personal_cookies(request) -> bool:
    """Any cookie that may change the page (session, messages, a remembered municipality...)."""
    return bool(set(request.COOKIES) - set(settings.OPS_PAGE_CACHE_IGNORED_COOKIES))


def _cacheable_request(request) -> bool:
    return (
        settings.OPS_PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and not _has_personal_cookies(request)
        and not request.path_info.startswith(tuple(settings.OPS_PAGE_CACHE_EXCLUDE_PREFIXES))
    )


def _key(request, generation: str) -> str:
    # Fragment requests (htmx, fetch asking for JSON) may get other content at the same URL.
    variant = f"{request.headers.get('HX-Request', '')}|{'json' in request.headers.get('Accept', '')}"
    digest = hashlib.sha256(f"{request.get_full_path()}|{variant}".encode()).hexdigest()
    return f"ops:page:{generation}:{request.get_host()}:{digest}"


def _cacheable_response(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "_csp_nonce", None) or getattr(request, "ops_restricted", False):
        return False
    # `private` tells browsers and proxies the page may differ per visitor (e.g. Vary: Cookie); this
    # server-side copy is only ever served to requests without such cookies, so it may be kept.
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("no-store", "no-cache")):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if vary - {"cookie", "accept-language", "accept-encoding"}:
        return False
    return get_max_age(response) != 0


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            response = self.get_response(request)
            return self._mark_private(request, response)

        generation = current_generation()
        # Read once per request: the content cache (ops.contentcache) stores under the same generation.
        setattr(request, GENERATION_ATTRIBUTE, generation)
        key = _key(request, generation) if generation else None
        if key:
            try:
                cached = _cache().get(key)
            except Exception:
                cached = None
            if cached is not None:
                cached["X-Page-Cache"] = "hit"
                return cached

        response = self.get_response(request)
        response = self._mark_private(request, response)
        if key and request.method == "GET" and _cacheable_response(request, response):
            max_age = get_max_age(response)  # e.g. 60 s for pages that show "open now"
            timeout = settings.OPS_PAGE_CACHE_SECONDS if max_age is None else min(max_age, settings.OPS_PAGE_CACHE_SECONDS)
            if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                response.add_post_render_callback(lambda r: self._store(key, r, timeout))
            else:
                self._store(key, response, timeout)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _store(key, response, timeout):
        try:
            _cache().set(key, response, timeout=timeout)
        except Exception as exc:
            logger.warning("Page cache unavailable: %s", exc)

    @staticmethod
    def _mark_private(request, response):
        user = getattr(request, "user", None)
        signed_in = _has_session(request) and user is not None and user.is_authenticated
        if getattr(request, "ops_restricted", False) or signed_in:
            add_never_cache_headers(response)
            response["Cache-Control"] = response["Cache-Control"] + ", private"
        return response
