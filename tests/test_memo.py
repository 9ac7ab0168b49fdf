"""ops.routing and ops.contentcache (which replaced ops.memo): what is remembered between requests
(routes, menus, language links, footer contacts, chapter navigation, rendered fragments) follows
every change at once, never carries anything from one reader to another, and never decides access.
The page cache is off here, so every response is rendered and only the content cache can be stale."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.OPS_PAGE_CACHE_ENABLED = False


def _home():
    return Page.objects.get(depth=2, locale__language_code="da")


def _add_page(title, slug, **fields):
    return _home().add_child(instance=ContentPage(title=title, slug=slug, body="<p>Tekst</p>", **fields))


def _menu(html):
    found = re.search(r'<nav class="[^"]*\bsite-nav\b.*?</nav>', html, re.S)
    return found.group(0) if found else ""


def test_route_and_menu_follow_publish_and_unpublish(client, demo):
    assert "Nyt i menuen" not in _menu(client.get("/da/").content.decode())  # memo warm
    assert client.get("/da/nyt-i-menuen/").status_code == 404

    page = _add_page("Nyt i menuen", "nyt-i-menuen", show_in_menus=True)
    assert "Nyt i menuen" in _menu(client.get("/da/").content.decode())
    assert client.get("/da/nyt-i-menuen/").status_code == 200

    page.unpublish()
    assert client.get("/da/nyt-i-menuen/").status_code == 404
    assert "Nyt i menuen" not in _menu(client.get("/da/").content.decode())


def test_route_follows_a_slug_change(client, demo):
    page = _add_page("Flyttes", "gammel-adresse")
    assert client.get("/da/gammel-adresse/").status_code == 200
    page.slug = "ny-adresse"
    page.save_revision().publish()
    assert client.get("/da/gammel-adresse/").status_code == 404
    assert client.get("/da/ny-adresse/").status_code == 200


def test_unpublished_behind_the_memos_back_is_not_served(client, demo):
    """Even a change that sends no signal (a queryset update) cannot make a remembered route serve
    a page that is no longer live: the page is loaded and checked on every request."""
    page = _add_page("Stille", "stille-aendring")
    assert client.get("/da/stille-aendring/").status_code == 200
    Page.objects.filter(pk=page.pk).update(live=False)
    assert client.get("/da/stille-aendring/").status_code == 404


def test_a_restriction_applies_at_once_even_without_a_signal(client, demo):
    """Access is never remembered: a restriction created with bulk_create (no post_save, so no
    new content generation) still applies to the very next request."""
    page = _add_page("Snart intern", "snart-intern", show_in_menus=True)
    assert client.get("/da/snart-intern/").status_code == 200
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)]
    )
    response = client.get("/da/snart-intern/")
    assert response.status_code == 302 and "/log-ind/" in response["Location"]


def test_staff_only_menu_page_never_reaches_anonymous_readers(client, demo, django_user_model):
    page = _add_page("Kun for personale", "kun-for-personale", show_in_menus=True)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    staff = django_user_model.objects.create_superuser("memostaff", password="korrekt-hest-batteri-41")
    client.force_login(staff)
    assert client.get("/da/kun-for-personale/").status_code == 200  # staff fill the memo first
    client.get("/da/")
    client.logout()
    html = client.get("/da/").content.decode()
    assert "Kun for personale" not in html
    assert client.get("/da/kun-for-personale/").status_code == 302


def test_languages_do_not_share_routes_or_links(client, demo):
    da = client.get("/da/vejledning/")
    en = client.get("/en/vejledning/")
    assert da.context["page"].locale.language_code == "da"
    assert en.context["page"].locale.language_code == "en"
    assert 'lang="da"' in da.content.decode()[:200] and 'lang="en"' in en.content.decode()[:200]
    # and again, now from the memo
    assert client.get("/en/vejledning/").context["page"].locale.language_code == "en"
    assert client.get("/da/vejledning/").context["page"].locale.language_code == "da"


def test_routable_sub_pages_resolve_through_a_remembered_route(client, demo):
    assert client.get("/da/handlingsplaner/odense/").status_code == 200
    pdf = client.get("/da/handlingsplaner/odense/pdf/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert client.get("/da/handlingsplaner/odense/pdf/")["Content-Type"] == "application/pdf"
    assert client.get("/da/handlingsplaner/odense/findes-ikke/").status_code == 404


def test_footer_contacts_follow_a_published_change(client, demo):
    from contacts.models import ContactPoint

    assert "4174 9090" in client.get("/da/").content.decode()
    hotline = ContactPoint.objects.get(kind=ContactPoint.Kind.HOTLINE, locale__language_code="da")
    hotline.phone = "4174 0001"
    hotline.save_revision().publish()
    assert "4174 0001" in client.get("/da/").content.decode()


def test_chapter_navigation_follows_a_new_section(client, demo):
    from guidance.models import GuideChapterPage

    chapter = GuideChapterPage.objects.get(slug="behov", locale__language_code="da")
    assert "Et nyt afsnit" not in client.get(chapter.url).content.decode()
    chapter.add_child(instance=GuideChapterPage(title="Et nyt afsnit", slug="et-nyt-afsnit", number="1.9"))
    assert "Et nyt afsnit" in client.get(chapter.url).content.decode()


def test_memo_saves_the_queries_it_promises(client, demo):
    """A page's second rendering costs the page and its access check, not its routing and chrome."""
    client.get("/da/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/da/").status_code == 200
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "wagtailcore_pageviewrestriction" in tables  # access is checked every time
    assert "wagtailcore_site" not in tables and "contacts_contactpoint" not in tables
    assert len(queries.captured_queries) <= 5


def test_without_a_shared_generation_nothing_is_remembered(client, demo):
    """Redis down: no generation to key on, so every request reads the database (and still works)."""
    from django.test import override_settings

    dead_redis = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    }
    with override_settings(CACHES=dead_redis, OPS_SHARED_CACHE=True):
        client.get("/da/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/da/").status_code == 200
    assert any("wagtailcore_site" in q["sql"] for q in queries.captured_queries)


@pytest.mark.parametrize("url", [
    "/da/", "/en/", "/ar/", "/da/vejledning/", "/da/vejledning/behov/", "/en/vejledning/behov/",
    "/da/handlingsplaner/", "/da/handlingsplaner/odense/", "/en/handlingsplaner/odense/",
    "/da/handlingsplaner/holbaek/", "/da/tilgaengelighed/", "/da/findes-ikke/",
])
def test_a_remembered_route_serves_what_wagtails_view_serves(client, demo, settings, url):
    """ops.routing serves a remembered route through Wagtail's public hooks: the answer must be the
    one Wagtail's own view gives (status, redirect, body), whatever Wagtail's hooks do."""
    settings.OPS_CONTENT_CACHE = False  # Wagtail routes and every fragment is rendered
    expected = client.get(url)
    settings.OPS_CONTENT_CACHE = True
    client.get(url)  # remembered
    with CaptureQueriesContext(connection) as queries:
        served = client.get(url)
    assert served.status_code == expected.status_code
    assert served.get("Location") == expected.get("Location")
    assert served.content == expected.content
    if served.status_code == 200:
        assert not any("wagtailcore_site" in q["sql"] for q in queries.captured_queries)


def test_a_password_protected_page_asks_for_the_password_through_a_remembered_route(client, demo):
    page = _add_page("Med kodeord", "med-kodeord")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig")
    for _ in range(2):
        response = client.get("/da/med-kodeord/")
        assert response.status_code == 200 and "Tekst" not in response.content.decode()
        assert 'name="password"' in response.content.decode()


def test_only_get_and_head_use_remembered_routes(client, demo):
    assert client.get("/da/vejledning/").status_code == 200  # remembered
    with CaptureQueriesContext(connection) as queries:
        assert client.head("/da/vejledning/").status_code == 200
    assert not any("wagtailcore_site" in q["sql"] for q in queries.captured_queries)
    with CaptureQueriesContext(connection) as queries:
        assert client.post("/da/vejledning/").status_code == 200
    assert any("wagtailcore_site" in q["sql"] for q in queries.captured_queries)  # Wagtail routed it
