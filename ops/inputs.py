"""Query parameters every view can rely on: a NUL byte or another control character, or a value
longer than any form on the site sends, is answered with a 400 page in the reader's language before
any view or database query sees it (PostgreSQL refuses NUL bytes in text: that was a 503 "we are
down" page). Invalid UTF-8 needs nothing here: Django decodes it to U+FFFD, which views treat as
any unknown value."""

import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _

# C0 control characters except tab, line feed and carriage return (textareas send those), and DEL.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Longer than any value a form or link on the site produces (search queries stop at 200 characters).
MAX_VALUE_LENGTH = 2000


def problem(params) -> tuple[str, str] | None:
    """(the parameter, a reader-facing message in the active language) if the parameters cannot
    be used, else None."""
    for key, values in params.lists():
        for text in [key, *values]:
            if CONTROL_RE.search(text):
                return key, _("Adressen indeholder et tegn, som ikke kan bruges (et kontroltegn). "
                              "Ret adressen, eller gå tilbage og prøv igen.")
            if len(text) > MAX_VALUE_LENGTH:
                return key, _("En værdi i adressen er for lang. Ret adressen, eller gå tilbage og prøv igen.")
    return None


def bad_request(request, message):
    try:
        html = loader.get_template("400.html").render({"message": message}, request)
    except Exception:  # the error page must never fail itself
        html = f"<!DOCTYPE html><html lang=\"da\"><title>Ugyldig adresse</title><h1>Ugyldig adresse</h1><p>{message}</p>"
    response = HttpResponseBadRequest(html)
    response["Cache-Control"] = "no-store"
    return response


class QueryInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        found = problem(request.GET)
        if found is None:
            return self.get_response(request)
        if request.path_info.startswith("/api/"):
            # The APIs answer in JSON, in English like their other errors: {"error", "field"}.
            with translation.override("en"):
                field, message = problem(request.GET)
            response = JsonResponse({"error": message, "field": field}, status=400)
            response["Cache-Control"] = "no-store"
            return response
        return bad_request(request, found[1])
