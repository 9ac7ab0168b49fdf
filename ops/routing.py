"""Remember which page a URL routes to, so a page rendered without the page cache costs one query to
find instead of two per level of the tree.

Wagtail's `serve` view finds the site (`Site.find_for_request`) and hands the path to the site's root
page: `root.route(request, path_components)`. The site's root page class mixes in
`CachedRouteMixin`, which overrides that public `route()`: it remembers, in the content cache
(ops.contentcache, versioned by the content generation), which page the path led to and how many
path components that page consumed. The next request loads that page directly (one query), checks
that it still sits at that path, and lets the page's own `route()` handle the rest of the path, so
the page's live state is checked as always and routable pages (the plan's PDF, the concern page's
action card) resolve their sub-views as always.

Only the route is remembered, never the page: every request loads its page fresh. Not remembered:
routes that end in 404, and anything for a request that is not GET or HEAD. View restrictions are
untouched: Wagtail's `before_serve_page` hooks check them on every request, after routing.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404
from django.utils import translation

from ops import contentcache, memo


def _url_path(root, components) -> str:
    return root.url_path + "".join(f"{component}/" for component in components)


class CachedRouteMixin:
    """For the site's root page class (home.HomePage)."""

    def route(self, request, path_components):
        version = contentcache.usable(request) if path_components and request.method in ("GET", "HEAD") else None
        if version is None or not self.pk:
            return super().route(request, path_components)
        store = contentcache.cache()
        key = contentcache.make_key("route", self.pk, tuple(path_components))
        remembered = store.get(key, version=version)
        if remembered is not None:
            result = self._follow(request, path_components, remembered)
            if result is not None:
                return result
        result = super().route(request, path_components)  # Http404 propagates: not remembered
        page = result[0]
        consumed = page.depth - self.depth
        if 0 < consumed <= len(path_components) and page.url_path == _url_path(self, path_components[:consumed]):
            store.set(key, (page.pk, page.content_type_id, consumed), contentcache.timeout(), version=version)
        return result

    def _follow(self, request, path_components, remembered):
        """The route through the remembered page, or None to route the usual way (the page was
        deleted, moved or renamed within the same generation, e.g. by a queryset update)."""
        page_id, content_type_id, consumed = remembered
        from django.contrib.contenttypes.models import ContentType

        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            return None
        page = model._default_manager.filter(pk=page_id).first()
        if page is None or page.url_path != _url_path(self, path_components[:consumed]):
            return None
        return page.route(request, path_components[consumed:])


# --- The previous design, until the site's page classes use CachedRouteMixin ---------------------


@dataclass(frozen=True)
class _Route:
    site: object
    page_id: int
    model: type
    remaining: tuple[str, ...]  # path components the page's own route() resolves (routable pages)


def _resolve(request, path: str):
    """Wagtail's own routing: (what to remember, the route result for this request)."""
    from wagtail.models import Site

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
        from wagtail import views as wagtail_views
        from wagtail.models import Page

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
