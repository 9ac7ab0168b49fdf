"""Login throttling (django-axes) for the Wagtail admin login, which is also the staff login for
restricted pages."""

import math

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.http import HttpResponse
from django.template import loader


class ThrottledLoginBackend(AxesStandaloneBackend):
    """Axes' backend, minus its refusal of `authenticate()` calls without a request. Every login
    over HTTP passes the request and is throttled; calls without one (management commands, the
    test client's `login()`) cannot be brute-forced over the network and pass through."""

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    html = loader.get_template("ops/lockout.html").render(
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT}
    )
    response = HttpResponse(html, status=429, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    response["Cache-Control"] = "no-store"
    return response
