"""A small fixed-window rate limiter for the API and the search endpoints, per client address.

Counters live in Django's cache: shared between app servers with Redis, per process with the
local-memory cache (then the effective limit is per worker; see docs/security.md). If the cache
is unreachable the limiter lets requests through rather than taking the site down.
"""

import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    limit: int
    period: int


def _rules() -> list[Rule]:
    return [
        Rule(name, re.compile(pattern), int(limit), int(period))
        for name, pattern, limit, period in settings.OPS_RATELIMIT_RULES
    ]


def client_address(request) -> str | None:
    """The client's IP. Behind N trusted proxies (OPS_TRUSTED_PROXY_COUNT), the N-th address from
    the right of X-Forwarded-For; otherwise REMOTE_ADDR (a client-supplied header is never trusted)."""
    hops = settings.OPS_TRUSTED_PROXY_COUNT
    if hops:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.META.get("REMOTE_ADDR") or None  # None: no address (internal requests)


def hit(rule: Rule, client: str, now: float | None = None) -> tuple[bool, int]:
    """Count one request; return (allowed, seconds until the window resets)."""
    now = time.time() if now is None else now
    window = int(now // rule.period)
    retry_after = max(1, int(rule.period - (now % rule.period)))
    key = f"ops:rl:{rule.name}:{client}:{window}"
    try:
        cache.add(key, 0, timeout=rule.period + 1)
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=rule.period + 1)
        count = 1
    except Exception:  # cache down: fail open
        return True, retry_after
    if count is None:  # django-redis with IGNORE_EXCEPTIONS swallowed an error
        return True, retry_after
    return count <= rule.limit, retry_after


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.rules = _rules()

    def __call__(self, request):
        if settings.OPS_RATELIMIT_ENABLED:
            path = request.path_info
            for rule in self.rules:
                if rule.pattern.match(path):
                    allowed, retry_after = hit(rule, client_address(request))
                    if not allowed:
                        return too_many_requests(request, retry_after)
                    break
        return self.get_response(request)


def too_many_requests(request, retry_after: int):
    message = (
        f"For mange forespørgsler fra din adresse. Vent {retry_after} sekunder, og prøv igen. "
        "Akut fare: ring 112."
    )
    if request.path_info.startswith("/api/") or "json" in request.META.get("HTTP_ACCEPT", ""):
        response = JsonResponse({"error": "rate_limited", "message": message, "retry_after": retry_after}, status=429)
    else:
        response = HttpResponse(
            f'<!DOCTYPE html><html lang="da"><meta charset="utf-8"><title>For mange forespørgsler</title>'
            f"<h1>For mange forespørgsler</h1><p>{message}</p></html>",
            status=429,
            content_type="text/html; charset=utf-8",
        )
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response
