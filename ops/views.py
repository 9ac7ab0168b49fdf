"""Health endpoints for the load balancer and the error handler that keeps the site answering
when PostgreSQL is gone."""

import logging
import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """Liveness: the process answers. Touches neither the database nor the cache."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """Readiness: the database answers a query. 503 while it does not, so the load balancer
    takes this instance out of rotation until it does."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("readyz: database unavailable: %s", exc)
        # A dead connection must not be reused: close it so the next request reconnects.
        connection.close_if_unusable_or_obsolete()
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def database_unavailable_response(request=None) -> HttpResponse:
    """The friendly 503 page with the emergency numbers, in the language of the address (/en/…,
    /ar/…; Danish otherwise). A static template rendered without a request context: no context
    processors, no template tags that read the database (the language comes from the path alone)."""
    language = translation.get_language_from_path(request.path_info) if request is not None else None
    with translation.override(language or settings.LANGUAGE_CODE):
        html = loader.get_template("503.html").render({})
    response = HttpResponse(html, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, *args, **kwargs):
    """handler500: a database outage (the connection failed or was lost: OperationalError,
    InterfaceError) becomes the 503 page; anything else, including a query the database refused
    (DataError, IntegrityError, ProgrammingError: a bug, not an outage), the ordinary 500 page."""
    exc = sys.exc_info()[1]
    if isinstance(exc, (OperationalError, InterfaceError)):
        try:
            connection.close_if_unusable_or_obsolete()
        except DatabaseError:
            pass
        return database_unavailable_response(request)
    try:
        html = loader.get_template("500.html").render({})
    except Exception:  # the 500 page must never fail itself
        html = "<h1>Der opstod en fejl</h1><p>Prøv igen om lidt. Akut fare: ring 112.</p>"
    return HttpResponseServerError(html)
