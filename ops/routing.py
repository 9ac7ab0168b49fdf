"""Remember which page a URL routes to, so a page rendered without the page cache costs one query to
find instead of the site, the locale, the language's root page and two queries per level of the tree.

The middleware sits in front of Wagtail's `serve` view (`process_view`, Django's public middleware
hook) and keeps, in the content cache (ops.contentcache: Django's cache framework, versioned by the
content generation), where a path on a host and in a language led: the page's id and type, how many
path components it consumed and the path it sat at.

- Not remembered yet: Wagtail routes the request as always, through its public
  `Page.route_for_request()` (which keeps the result on the request itself for its own view), the
  middleware remembers the result and Wagtail's view serves the page.
- Remembered: the page is loaded fresh (one query) and must still sit at that path; its own public
  `route()` handles the rest of the path (so its live state is checked as always, and routable pages
  such as the plan's PDF and the concern page's action card resolve their sub-views as always).
  The page is then served the way Wagtail's view serves a routed page, through Wagtail's public hooks:
  every `on_serve_page` hook wraps `page.serve()`, and every `before_serve_page` hook runs first and
  may answer instead. That is where Wagtail checks the request method and the view restrictions, and
  where ops marks restricted pages private, on every request.

Only the route is remembered, never the page and never an answer: routes that end in 404 are not
remembered, nor is anything for a request that is not GET or HEAD; anything unexpected (the page is
gone, moved, renamed or no longer live) lets Wagtail route the request the usual way.
tests/test_memo.py checks that a remembered route serves exactly what Wagtail's view serves.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from ops import contentcache


def _components(path: str) -> list[str]:
    return [component for component in path.split("/") if component]


def _url_path(root_url_path: str, components) -> str:
    return root_url_path + "".join(f"{component}/" for component in components)


def serve_routed(request, page, args, kwargs):
    """Serve a routed page through Wagtail's public hooks, in the order Wagtail's own view does."""
    serve_chain = _serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        serve_chain = fn(serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return serve_chain(page, request, args, kwargs)


def _serve_chain(page, request, args, kwargs):
    return page.serve(request, *args, **kwargs)


class RouteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or request.method not in ("GET", "HEAD"):
            return None
        version = contentcache.usable(request)
        if version is None:
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        components = _components(path)
        key = contentcache.make_key(
            "route", request.get_host(), request.get_port(), contentcache.language(), tuple(components)
        )
        store = contentcache.cache()
        remembered = store.get(key, version=version)
        if remembered is not None:
            result = self._follow(request, components, remembered)
            if result is not None:
                return serve_routed(request, *result)
            return None  # changed within this generation: Wagtail routes it the usual way
        route = Page.route_for_request(request, path)  # Wagtail keeps it on the request for its view
        if route is not None:
            remembered = self._remember(request, components, route[0])
            if remembered is not None:
                store.set(key, remembered, contentcache.timeout(), version=version)
        return None

    @staticmethod
    def _remember(request, components, page):
        site = Site.find_for_request(request)  # found by Wagtail's routing just now, kept on the request
        if site is None:
            return None
        consumed = page.depth - site.root_page.depth
        if not 0 <= consumed <= len(components):
            return None  # a route() that left the tree: not remembered
        root_url_path = page.url_path[: len(page.url_path) - len(_url_path("", components[:consumed]))]
        if _url_path(root_url_path, components[:consumed]) != page.url_path:
            return None
        return page.pk, page.content_type_id, consumed, root_url_path

    @staticmethod
    def _follow(request, components, remembered):
        """(page, args, kwargs) through the remembered page, or None."""
        page_id, content_type_id, consumed, root_url_path = remembered
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            return None
        try:
            page = model._default_manager.get(pk=page_id)
        except model.DoesNotExist:
            return None
        if page.url_path != _url_path(root_url_path, components[:consumed]):
            return None
        try:
            return tuple(page.route(request, components[consumed:]))
        except Http404:
            return None
