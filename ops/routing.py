"""Remember which page a URL routes to, so a page rendered without the page cache costs one query to
find instead of two per level of the tree plus the site and locale lookups.

Wagtail's `serve` view asks `Page.route_for_request`, which keeps its result on the request as
`_wagtail_route_for_request`, and `Site.find_for_request`, which keeps the site as `_wagtail_site`.
This middleware fills both before the view runs, from a memo keyed on the content generation
(ops.memo): any publish, unpublish, move or delete bumps the generation, so a remembered route is
never older than the page tree. Only the route is remembered, never the page: every request loads
its page fresh (one query), and lets the page's own `route()` handle the rest of the path, so
routable pages (the plan's PDF, the concern page's action card) resolve their sub-views as always.

What is not remembered: routes that end in 404, and anything for a request that is not GET or
HEAD. View restrictions are untouched: Wagtail's `before_serve_page` hooks check them on every
request, after routing.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from ops import memo


@dataclass(frozen=True)
class _Route:
    site: Site
    page_id: int
    model: type
    remaining: tuple[str, ...]  # path components the page's own route() resolves (routable pages)


def _resolve(request, path: str):
    """Wagtail's own routing: (what to remember, the route result for this request)."""
    site = Site.find_for_request(request)
    if site is None:
        return None, None
    components = [c for c in path.split("/") if c]
    root = site.root_page.localized.specific
    try:
        result = root.route(request, components)
    except Http404:
        return None, None
    page = result[0]
    consumed = page.depth - root.depth
    if consumed < 0 or consumed > len(components):
        return None, result  # a route() that left the tree: use it, but do not remember it
    return _Route(site, page.pk, type(page), tuple(components[consumed:])), result


class RouteMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        memo.bind(request)
        try:
            return self.get_response(request)
        finally:
            memo.unbind()

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or request.method not in ("GET", "HEAD"):
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        key = ("route", request._get_raw_host(), request.get_port(), translation.get_language(), path)
        fresh = {}

        def compute():
            route, fresh["result"] = _resolve(request, path)
            return route

        route = memo.memo(request, key, compute)
        if fresh:  # routed just now, the usual way
            if fresh["result"] is not None:
                request._wagtail_route_for_request = fresh["result"]
            return None
        if route is None:
            return None  # let Wagtail route (and answer 404) as it always does
        try:
            page = route.model.objects.get(pk=route.page_id)
            result = page.route(request, list(route.remaining))
        except (Page.DoesNotExist, Http404):
            return None  # changed under us within the same generation: route the usual way
        request._wagtail_site = route.site
        request._wagtail_route_for_request = result
        return None
