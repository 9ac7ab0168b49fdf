"""The action card as a PDF, rendered by WeasyPrint from the same template and stylesheet as the
printable page. WeasyPrint may read our own static files only: no network, no other files."""

import mimetypes
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse


def static_path(url: str):
    """The local file behind a /static/ URL on any host, or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.path.startswith(settings.STATIC_URL):
        return None
    relative = parts.path[len(settings.STATIC_URL):]
    if ".." in Path(relative).parts:
        return None
    found = finders.find(relative)
    return Path(found) if found else None


class StaticOnlyFetcher(URLFetcher):
    def fetch(self, url, headers=None):
        path = static_path(url)
        if path is None:
            raise ValueError(f"Blocked resource in PDF: {url}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})


def action_card_document(request, context):
    """The laid-out WeasyPrint document (its `pages` can be counted)."""
    html = render_to_string("concern/action_card.html", context, request=request)
    return HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=StaticOnlyFetcher(),
                media_type="print").render()


def render_action_card(request, context) -> bytes:
    return action_card_document(request, context).write_pdf()
