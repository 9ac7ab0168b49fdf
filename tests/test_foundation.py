import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page, Revision

from contacts.hours import DANISH_TZ, is_open_at
from contacts.models import ContactPoint

pytestmark = pytest.mark.django_db


def test_database_is_postgresql_with_danish_text_search():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        # Danish stemming: the plural and the singular meet in one lexeme.
        cursor.execute("SELECT to_tsvector('danish', 'bekymringer') @@ plainto_tsquery('danish', 'bekymring')")
        assert cursor.fetchone()[0] is True


def test_root_redirects_to_danish_home(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="da")
    assert response.status_code == 302
    assert response["Location"] == "/da/"


def test_home_page_leads_with_concern_and_contact_numbers(client, demo):
    response = client.get("/da/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Er du bekymret" in html
    for number in ("112", "114", "4174 9090"):
        assert number in html


def test_demo_loader_is_idempotent(demo):
    counts = lambda: (Page.objects.count(), Revision.objects.count(), ContactPoint.objects.count())  # noqa: E731
    before = counts()
    call_command("load_demo_content", stdout=io.StringIO())
    assert counts() == before


def test_hotline_opening_hours_in_danish_time(demo):
    hotline = ContactPoint.objects.get(kind=ContactPoint.Kind.HOTLINE, locale__language_code="da")
    periods = list(hotline.opening_periods.all())
    # 07:59 and 22:00 Danish time are closed; 08:00 and 21:59 open. 07:30 UTC in winter is 08:30 in Denmark.
    assert not is_open_at(periods, dt.datetime(2026, 11, 23, 7, 59, tzinfo=DANISH_TZ))
    assert is_open_at(periods, dt.datetime(2026, 11, 23, 8, 0, tzinfo=DANISH_TZ))
    assert is_open_at(periods, dt.datetime(2026, 11, 23, 21, 59, tzinfo=DANISH_TZ))
    assert not is_open_at(periods, dt.datetime(2026, 11, 23, 22, 0, tzinfo=DANISH_TZ))
    assert is_open_at(periods, dt.datetime(2026, 11, 23, 7, 30, tzinfo=dt.timezone.utc))


def test_overnight_period_runs_past_midnight():
    class P:
        days, opens, closes = "0", dt.time(20, 0), dt.time(2, 0)

    monday_late = dt.datetime(2026, 11, 23, 23, 0, tzinfo=DANISH_TZ)
    tuesday_early = dt.datetime(2026, 11, 24, 1, 0, tzinfo=DANISH_TZ)
    tuesday_late = dt.datetime(2026, 11, 24, 23, 0, tzinfo=DANISH_TZ)
    assert is_open_at([P], monday_late)
    assert is_open_at([P], tuesday_early)
    assert not is_open_at([P], tuesday_late)


def test_api_v2_is_read_only(client, demo):
    response = client.get("/api/v2/pages/")
    assert response.status_code == 200
    assert client.post("/api/v2/pages/", {}).status_code == 405
