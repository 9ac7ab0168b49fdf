"""A staff-only plan reaches nobody but its municipality's staff group, by any route."""

import pytest
from django.contrib.auth import get_user_model

from places.models import Municipality

from plans.models import PlanPage

pytestmark = pytest.mark.django_db

MARKER = "INTERN-EKSEMPELTEKST-HOLBAEK"
SUMMARY = "kun synlig for kommunens egne medarbejdere"


@pytest.fixture
def holbaek(demo):
    return PlanPage.objects.get(locale__language_code="da", slug="holbaek")


def staff_of(slug):
    user = get_user_model().objects.create_user(f"staff-{slug}", password="x" * 16)
    user.groups.add(Municipality.objects.get(slug=slug).staff_group)
    return user


@pytest.fixture(params=["anonymous", "other_staff"])
def outsider(request, client, demo):
    if request.param == "other_staff":
        client.force_login(staff_of("odense"))
    return client


def assert_no_leak(response):
    body = response.content.decode(errors="replace")
    assert MARKER not in body
    assert SUMMARY not in body


def test_page_and_pdf_send_outsiders_to_sign_in(outsider, holbaek):
    """Anonymous readers are sent to the site's sign-in page; staff of another municipality get the
    clear "only for Holbæk Kommune's staff" page (signin.wagtail_hooks), never the plan."""
    urls = [f"/{lang}/handlingsplaner/holbaek/{suffix}" for lang in ("da", "en", "ar")
            for suffix in ("", "pdf/", "docx/")]
    for url in urls:
        response = outsider.get(url)
        assert_no_leak(response)
        assert "no-store" in response["Cache-Control"]
        assert not response.content.startswith(b"PK")  # no Word file
        if response.wsgi_request.user.is_authenticated:
            assert response.status_code == 403, url
            assert "Holbæk Kommune" in response.content.decode()
        else:
            assert response.status_code == 302, url
            assert "/log-ind/?next=" in response["Location"]


def test_api_v2_hides_the_plan(outsider, holbaek):
    listing = outsider.get("/api/v2/pages/?limit=50&fields=*")
    assert listing.status_code == 200
    assert holbaek.id not in [item["id"] for item in listing.json()["items"]]
    assert_no_leak(listing)
    typed = outsider.get("/api/v2/pages/?type=plans.PlanPage&fields=*")
    assert holbaek.id not in [item["id"] for item in typed.json()["items"]]
    assert_no_leak(typed)
    # Not found (LocaleMiddleware turns the API's 404 into a redirect to /da/..., also a 404).
    detail = outsider.get(f"/api/v2/pages/{holbaek.id}/", follow=True)
    assert detail.status_code == 404
    assert_no_leak(detail)
    found = outsider.get("/api/v2/pages/?search=INTERN-EKSEMPELTEKST")
    assert_no_leak(found)


def test_sitemap_leaves_the_plan_out(outsider, holbaek):
    response = outsider.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/handlingsplaner/odense/" in body
    assert "/handlingsplaner/holbaek/" not in body


def test_plan_index_shows_status_only(outsider, holbaek):
    response = outsider.get("/da/handlingsplaner/")
    body = response.content.decode()
    assert "Holbæk Kommune" in body and "Kun for kommunens medarbejdere" in body
    assert_no_leak(response)


def test_preview_and_admin_refused(outsider, holbaek):
    for url in (f"/admin/pages/{holbaek.id}/edit/preview/", f"/admin/pages/{holbaek.id}/edit/",
                f"/admin/pages/{holbaek.id}/revisions/compare/earliest...latest/"):
        response = outsider.get(url)
        assert response.status_code in (302, 403, 404), url
        assert_no_leak(response)


def test_public_search_excludes_the_plan(holbaek):
    from wagtail.models import Page

    assert holbaek.id not in [p.id for p in Page.objects.live().public().search("Holbæk")]


def test_own_staff_can_read_page_and_pdf(client, holbaek):
    client.force_login(staff_of("holbaek"))
    response = client.get("/da/handlingsplaner/holbaek/")
    assert response.status_code == 200
    assert MARKER in response.content.decode()
    pdf = client.get("/da/handlingsplaner/holbaek/pdf/")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    assert "no-store" in pdf["Cache-Control"]


def test_search_page_and_search_api_hide_the_plan(outsider, holbaek):
    # Words from the plan's content (not the whole marker: the page echoes the query).
    for query in ("eksempeltekst", "Holbæk beredskabsplan", "intern sparringsgruppe"):
        page = outsider.get("/da/soeg/", {"q": query})
        assert page.status_code == 200
        assert_no_leak(page)
        assert "/handlingsplaner/holbaek/" not in page.content.decode()
        api = outsider.get("/api/search/", {"q": query})
        assert_no_leak(api)
        assert "/handlingsplaner/holbaek/" not in api.content.decode()


def test_own_staff_find_the_plan_in_search(client, holbaek):
    client.force_login(staff_of("holbaek"))
    body = client.get("/api/search/", {"q": "Holbæk beredskabsplan"}).content.decode()
    assert "/handlingsplaner/holbaek/" in body


def test_intranet_routes_and_sign_in_page_leak_nothing(outsider, holbaek):
    """The intranet's JSON, fragment and iframe routes (intranet/) without a key, and the sign-in
    page that names the plan's municipality, show nothing of the plan."""
    for lang in ("da", "en", "ar"):
        for suffix in ("", "fragment/", "embed/"):
            response = outsider.get(f"/intranet/v1/{lang}/holbaek/{suffix}")
            assert response.status_code == 401
            assert_no_leak(response)
        sign_in = outsider.get(f"/{lang}/log-ind/", {"next": f"/{lang}/handlingsplaner/holbaek/"})
        assert sign_in.status_code == 200
        assert_no_leak(sign_in)
