"""ops.contentcache and `{% contentcache %}`: rendered plans and other reader-independent fragments
follow every content change at once, are never stored for previews or without a content
generation, vary by language and host, and never let a reader past a view restriction. The page
cache is off here, so every response is rendered and only the content cache can be stale."""

import pytest
from django.db import connection
from django.template import engines
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from ops import contentcache

pytestmark = pytest.mark.django_db

PLAN = "/da/handlingsplaner/odense/"


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.OPS_PAGE_CACHE_ENABLED = False


def _plan(slug="odense", language="da"):
    from plans.models import PlanPage

    return PlanPage.objects.get(slug=slug, locale__language_code=language)


TEMPLATE = '{% load content_cache %}{% contentcache "test" key %}{{ value }}{% endcontentcache %}'


def _render(request, key="k", value="first"):
    return engines["django"].from_string(TEMPLATE).render({"key": key, "value": value}, request)


def test_fragment_is_kept_until_the_generation_changes(demo):
    from ops.pagecache import bump_generation

    request = RequestFactory().get("/")
    assert _render(request, value="first") == "first"
    assert _render(RequestFactory().get("/"), value="second") == "first"  # same generation
    bump_generation()
    assert _render(RequestFactory().get("/"), value="third") == "third"


def test_fragment_varies_by_its_arguments_language_and_host(demo, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example"]
    factory = RequestFactory()
    assert _render(factory.get("/"), key="a", value="a") == "a"
    assert _render(factory.get("/"), key="b", value="b") == "b"
    with translation.override("en"):
        assert _render(factory.get("/"), key="a", value="english") == "english"
    assert _render(factory.get("/", HTTP_HOST="other.example"), key="a", value="other host") == "other host"


def test_previews_and_requests_without_a_generation_are_never_cached(demo, monkeypatch):
    preview = RequestFactory().get("/")
    preview.is_preview = True
    assert _render(preview, value="draft") == "draft"
    assert _render(RequestFactory().get("/"), value="live") == "live"  # the draft was not stored

    monkeypatch.setattr("ops.pagecache.current_generation", lambda: None)  # e.g. Redis down
    assert _render(RequestFactory().get("/"), key="x", value="one") == "one"
    assert _render(RequestFactory().get("/"), key="x", value="two") == "two"


def test_get_or_set_follows_the_generation(demo):
    from ops.pagecache import bump_generation

    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert contentcache.get_or_set(RequestFactory().get("/"), ("test",), compute) == 1
    assert contentcache.get_or_set(RequestFactory().get("/"), ("test",), compute) == 1
    bump_generation()
    assert contentcache.get_or_set(RequestFactory().get("/"), ("test",), compute) == 2
    assert contentcache.get_or_set(None, ("test",), compute) == 3  # no request: nothing stored


def test_plan_follows_a_published_change(client, demo):
    assert "NY-VISION-TEKST" not in client.get(PLAN).content.decode()
    plan = _plan()
    plan.vision = [("paragraph", "<p>NY-VISION-TEKST</p>")]
    plan.save_revision().publish()
    assert "NY-VISION-TEKST" in client.get(PLAN).content.decode()
    assert "NY-VISION-TEKST" in client.get(PLAN).content.decode()


def test_plan_follows_its_infohus_contact(client, demo):
    html = client.get(PLAN).content.decode()
    assert "Infohus Odense" in html
    from contacts.models import InfohusContact

    infohus = InfohusContact.objects.get(municipality__slug="odense")
    infohus.phone = "7011 2233"
    infohus.save()
    assert "7011 2233" in client.get(PLAN).content.decode()


def test_a_rendered_staff_only_plan_never_reaches_other_readers(client, demo, django_user_model):
    from places.models import Municipality

    staff = django_user_model.objects.create_user("holbaek-staff", password="x" * 16)
    staff.groups.add(Municipality.objects.get(slug="holbaek").staff_group)
    client.force_login(staff)
    for _ in range(2):  # rendered, then from the content cache
        response = client.get("/da/handlingsplaner/holbaek/")
        assert response.status_code == 200 and "INTERN-EKSEMPELTEKST-HOLBAEK" in response.content.decode()
        assert "no-store" in response["Cache-Control"]
    client.logout()
    response = client.get("/da/handlingsplaner/holbaek/")
    assert response.status_code == 302 and "INTERN-EKSEMPELTEKST-HOLBAEK" not in response.content.decode()
    other = django_user_model.objects.create_user("odense-staff", password="x" * 16)
    other.groups.add(Municipality.objects.get(slug="odense").staff_group)
    client.force_login(other)
    response = client.get("/da/handlingsplaner/holbaek/")
    # Another municipality's staff get the "only for Holbæk Kommune's staff" page (signin), never the plan.
    assert response.status_code == 403 and "INTERN-EKSEMPELTEKST-HOLBAEK" not in response.content.decode()


def test_a_kept_plan_reads_neither_its_sections_nor_the_concept(client, demo):
    """Served from the content cache, the plan costs no queries for its coverage grid."""
    client.get(PLAN)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(PLAN).content.decode()
    assert "Dækning af det nationale koncept" in html and "Dialogforløb for unge" in html
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert "guidance_conceptelement" not in sql and "guidance_textblock" not in sql


def test_plan_languages_are_kept_apart(client, demo):
    da = client.get(PLAN).content.decode()
    en = client.get("/en/handlingsplaner/odense/").content.decode()
    assert "Hent planen som PDF" in da and "Hent planen som PDF" not in en
    assert "Hent planen som PDF" not in client.get("/en/handlingsplaner/odense/").content.decode()


def test_a_page_that_shows_the_readers_own_municipality_is_never_shared(client, demo):
    """A contact box in the reader's-own-municipality mode reads the remembered choice while the
    chapter renders, so the chapter's fragment is not stored: each reader sees their own infohus."""
    from django.test import Client

    from guidance.models import GuideChapterPage
    from places.choice import COOKIE_NAME

    chapter = GuideChapterPage.objects.get(slug="behov", locale__language_code="da")
    chapter.body = [("contact", {"mode": "reader"})]
    chapter.save_revision().publish()
    odense, skive = Client(), Client()
    odense.cookies[COOKIE_NAME] = "odense"
    skive.cookies[COOKIE_NAME] = "skive"
    for _ in range(2):
        assert "Infohus Odense" in odense.get(chapter.url).content.decode()
        html = skive.get(chapter.url).content.decode()
        assert "Infohus Skive" in html and "Infohus Odense" not in html
        html = client.get(chapter.url).content.decode()
        assert "Infohus Odense" not in html and "Infohus Skive" not in html
