"""Query budgets: no page's number of SQL queries grows with its content, and every page stays
within 15 queries without the page cache (the goal set against Wagtail's demo, which needs 22 to 43).
Routes, the site chrome and rendered fragments come from the content cache (ops.contentcache,
ops.routing) after the first request, as in production; access (view restrictions) is read every
time. Speed itself is measured by scripts/loadtest.py, not by timed tests."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

GOAL = 15


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.OPS_PAGE_CACHE_ENABLED = False  # count the real rendering


def _count(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths), as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries.captured_queries)


@pytest.mark.parametrize("url", [
    "/da/", "/en/", "/ar/",
    "/da/vejledning/", "/da/vejledning/behov/", "/da/vejledning/behov/hvorfor-en-handlingsplan/",
    "/en/vejledning/behov/",  # an alias of the Danish chapter
    "/da/soeg/?q=bekymring", "/ar/soeg/?q=bekymring",
    "/da/tilgaengelighed/",
    "/da/bekymret/", "/en/bekymret/",
    "/da/handlingsplaner/", "/da/handlingsplaner/odense/", "/en/handlingsplaner/odense/",
])
def test_every_page_type_within_the_goal(client, demo, url):
    assert _count(client, url) <= GOAL


def test_search_api_within_budget(client, demo):
    assert _count(client, "/api/search/?q=radikalisering") <= 8  # no page chrome


def test_guide_chapter_does_not_grow_with_sections(client, demo):
    from guidance.models import GuideChapterPage

    chapter = GuideChapterPage.objects.get(slug="behov", locale__language_code="da")
    before = _count(client, chapter.url)
    for i in range(12):
        chapter.add_child(instance=GuideChapterPage(title=f"Afsnit {i}", slug=f"afsnit-{i}", number=f"1.{i + 10}"))
    html = client.get(chapter.url).content.decode()
    assert "Afsnit 11" in html
    assert _count(client, chapter.url) == before


def test_plan_index_does_not_grow_with_rows(client, demo):
    one_row = "/da/handlingsplaner/?politikreds=fyns-politi&status=public"
    all_rows = "/da/handlingsplaner/"
    assert client.get(all_rows).content.decode().count('<th scope="row">') == 98
    assert _count(client, one_row) == _count(client, all_rows)


def test_plan_page_does_not_grow_with_interventions(client, demo):
    from plans.models import PlanIntervention, PlanPage

    page = PlanPage.objects.get(slug="odense", locale__language_code="da")

    def count_for(n):
        page.interventions = [
            PlanIntervention(title=f"Indsats {i}", aimed_at=("citizen", "surroundings", "professionals")[i % 3],
                             level="foregribende")
            for i in range(n)
        ]
        page.save_revision().publish()
        return _count(client, "/da/handlingsplaner/odense/")

    assert count_for(3) == count_for(30)
