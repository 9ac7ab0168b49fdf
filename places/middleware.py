"""Responses that show the reader's remembered municipality (the concern page, contact blocks in
"the reader's municipality" mode) must never be shared between readers by any cache."""

from django.utils.cache import patch_cache_control, patch_vary_headers

from places import choice


class ReaderChoiceCacheMiddleware:
    """Listed after the page cache in MIDDLEWARE, so the headers are set before it looks."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if choice.varies_for(request):
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ["Cookie"])
        return response
