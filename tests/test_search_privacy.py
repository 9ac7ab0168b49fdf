"""Staff-only content (Wagtail view restrictions for a municipality's staff group) is found only by
that staff and the centre's editors: never by anyone else, by any search route."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import PageViewRestriction

from search import service
from search.access import CENTRE_EDITORS_GROUP, Viewer
from search.query import SearchRequest
from tests.search_helpers import group, make_page

@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    """These tests send many searches from one address; ops' rate limit is tested in test_security."""
    settings.OPS_RATELIMIT_ENABLED = False


pytestmark = pytest.mark.django_db
SECRET = "fortroligzeta"


def user(name, *groups, superuser=False):
    u = get_user_model().objects.create_user(username=name, password="x" * 16, is_superuser=superuser)
    u.groups.set(groups)
    return u


def client_for(u):
    c = Client()
    if u is not None:
        c.force_login(u)
    return c


@pytest.fixture
def world(demo):
    staff_a, staff_b = group("Aarhus Kommune – medarbejdere (test)"), group("Odense Kommune – medarbejdere (test)")
    make_page("Offentlig side om zeta", "zeta er offentligt kendt", slug="offentlig-zeta")
    secret = make_page("Intern beredskabsplan", f"{SECRET} procedure for intern brug. Kun for medarbejdere.",
                       summary=f"{SECRET} intern", slug="intern-plan", groups=[staff_a])
    child = make_page("Underside til intern plan", f"{SECRET} bilag", parent=secret, slug="intern-bilag")
    return {
        "secret": secret, "child": child,
        "anonymous": None,
        "other_staff": user("odense", staff_b),
        "plain_user": user("plain"),
        "staff": user("aarhus", staff_a),
        "centre": user("centre", group(CENTRE_EDITORS_GROUP)),
        "admin": user("admin", superuser=True),
    }


OUTSIDERS = ["anonymous", "other_staff", "plain_user"]
INSIDERS = ["staff", "centre", "admin"]


def _viewer(world, who):
    return Viewer.for_user(world[who]) if world[who] else Viewer.anonymous()


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outsiders_never_find_staff_only_content(world, who):
    c = client_for(world[who])
    response = service.search(SearchRequest(q=SECRET), _viewer(world, who))
    assert response.total == 0 and response.results == []
    html = c.get("/da/soeg/", {"q": SECRET}).content.decode()
    assert "Intern beredskabsplan" not in html and "intern-plan" not in html and "Underside" not in html
    data = c.get("/api/search/", {"q": SECRET}).json()
    assert data["total"] == 0 and data["results"] == []
    # The title's words don't leak either, nor through type facets of a broader query.
    by_title = c.get("/api/search/", {"q": "intern beredskabsplan"}).json()
    assert not [r for r in by_title["results"] if "ntern" in r["title"] or "Underside" in r["title"]]
    broad = c.get("/api/search/", {"q": "zeta"}).json()
    assert broad["total"] == 1
    assert sum(f["count"] for f in broad["facets"]["type"]) == 1
    # Autocomplete never offers its title; did-you-mean never offers its words.
    for prefix in ("intern", "inte", "unders"):
        labels = [s["label"] for s in c.get("/api/search/autocomplete/", {"q": prefix}).json()["suggestions"]]
        assert not any("Intern" in label or "Underside" in label for label in labels)
    misspelled = c.get("/api/search/", {"q": "fortroligzetta"}).json()
    assert misspelled["suggestion"] is None and misspelled["total"] == 0


@pytest.mark.parametrize("who", INSIDERS)
def test_staff_of_that_municipality_and_centre_editors_find_it(world, who):
    c = client_for(world[who])
    data = c.get("/api/search/", {"q": SECRET}).json()
    found = {r["title"] for r in data["results"]}
    assert found == {"Intern beredskabsplan", "Underside til intern plan"}  # the child inherits the restriction
    labels = [s["label"] for s in c.get("/api/search/autocomplete/", {"q": "intern"}).json()["suggestions"]]
    assert "Intern beredskabsplan" in labels
    assert data["total"] == 2


def test_restriction_added_later_hides_words_already_seen(world):
    page = make_page("Engang offentlig", "omegaordet stod her offentligt", slug="engang-offentlig")
    assert service.search(SearchRequest(q="omegaordet"), Viewer.anonymous()).total == 1
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([group("Aarhus Kommune – medarbejdere (test)")])
    assert service.search(SearchRequest(q="omegaordet"), Viewer.anonymous()).total == 0
    # The word is in the vocabulary from before, but a suggestion must not point at it.
    assert service.search(SearchRequest(q="omegaordte"), Viewer.anonymous()).suggestion == ""
    restriction.delete()
    assert service.search(SearchRequest(q="omegaordet"), Viewer.anonymous()).total == 1


def test_password_and_login_restrictions(world):
    page = make_page("Adgangskodeside", "kodeordside tekst", slug="kodeside")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig")
    assert service.search(SearchRequest(q="kodeordside"), Viewer.anonymous()).total == 0
    assert service.search(SearchRequest(q="kodeordside"), Viewer.for_user(world["staff"])).total == 0
    assert service.search(SearchRequest(q="kodeordside"), Viewer.for_user(world["centre"])).total == 1
    login_page = make_page("Loginside", "loginordside tekst", slug="loginside")
    PageViewRestriction.objects.create(page=login_page, restriction_type=PageViewRestriction.LOGIN)
    assert service.search(SearchRequest(q="loginordside"), Viewer.anonymous()).total == 0
    assert service.search(SearchRequest(q="loginordside"), Viewer.for_user(world["plain_user"])).total == 1


def test_inactive_staff_are_outsiders(world):
    world["staff"].is_active = False
    world["staff"].save()
    assert Viewer.for_user(world["staff"]) == Viewer.anonymous()


def test_demo_staff_only_plan_and_its_interventions_stay_with_its_staff(demo):
    from places.models import Municipality
    from plans.models import PlanPage

    plan = PlanPage.objects.get(locale__language_code="da", municipality__slug="holbaek")
    holbaek, odense = Municipality.objects.get(slug="holbaek"), Municipality.objects.get(slug="odense")
    assert PageViewRestriction.objects.filter(page=plan).exists()
    insider = user("holbaek-staff", holbaek.staff_group)
    outsider = user("odense-staff", odense.staff_group)
    words = plan.title.split(":")[-1].strip().split()[0]  # a word of the plan's title
    for who, expected in ((None, False), (outsider, False), (insider, True)):
        c = client_for(who)
        for q in ("holbæk", words, "handlingsplan", "indsats"):
            data = c.get("/api/search/", {"q": q}).json()
            urls = [r["url"] for r in data["results"]]
            found = any(u.startswith(plan.url) for u in urls)
            municipalities = {f["value"] for f in data["facets"]["municipality"]}
            if not expected:
                assert not found and "holbaek" not in municipalities, (who, q)
                assert not any(r["municipality"] == "holbaek" for r in data["results"])
        for level in ("opbyggende", "foregribende", "indgribende"):
            data = c.get("/api/search/", {"q": "indsats", "municipality": "holbaek", "level": level}).json()
            if not expected:
                assert data["total"] == 0 and data["results"] == []
        labels = [s["label"] for s in c.get("/api/search/autocomplete/", {"q": "eksempel"}).json()["suggestions"]]
        assert any("Holbæk" in label for label in labels) == expected
    data = client_for(insider).get("/api/search/", {"q": "holbæk beredskabsplan"}).json()
    assert data["results"][0]["url"] == plan.url


# --- the same in Arabic ---------------------------------------------------------------------------

SECRET_AR = "زبرجدية"  # only in the staff-only Arabic pages


@pytest.fixture
def arabic_world(world):
    from tests.search_helpers import home

    parent = home("ar")
    staff_a = group("Aarhus Kommune – medarbejdere (test)")  # the insiders' group in `world`
    make_page("صفحة عامة عن الكهرمان", "الكهرمان معروف للجميع", slug="offentlig-ar", parent=parent)
    secret = make_page("خطة الطوارئ الداخلية", f"{SECRET_AR} إجراء للاستخدام الداخلي فقط. الكهرمان",
                       summary=f"{SECRET_AR} للموظفين", slug="intern-plan-ar", parent=parent, groups=[staff_a])
    make_page("ملحق الخطة الداخلية", f"{SECRET_AR} ملحق", parent=secret, slug="intern-bilag-ar")
    return world


SECRET_AR_TITLES = ("خطة الطوارئ الداخلية", "ملحق الخطة الداخلية")


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outsiders_never_find_staff_only_arabic_content(arabic_world, who):
    world = arabic_world
    c = client_for(world[who])
    response = service.search(SearchRequest(q=SECRET_AR, language="ar"), _viewer(world, who))
    assert response.total == 0 and response.results == []
    html = c.get("/ar/bahth/", {"q": SECRET_AR}).content.decode()
    assert "لا توجد نتائج" in html
    assert not any(title in html for title in SECRET_AR_TITLES) and "intern-plan-ar" not in html
    data = c.get("/api/search/", {"q": SECRET_AR, "lang": "ar"}).json()
    assert data["total"] == 0 and data["results"] == []
    # Its title's words don't leak, nor through the counts and facets of a broader query.
    by_title = c.get("/api/search/", {"q": "خطة الطوارئ الداخلية", "lang": "ar"}).json()
    assert not [r for r in by_title["results"] if r["title"] in SECRET_AR_TITLES or "intern-" in r["url"]]
    broad = c.get("/api/search/", {"q": "الكهرمان", "lang": "ar"}).json()
    assert broad["total"] == 1 and broad["results"][0]["url"] == "/ar/offentlig-ar/"
    assert sum(f["count"] for f in broad["facets"]["type"]) == 1
    broad_html = c.get("/ar/bahth/", {"q": "كهرمان"}).content.decode()
    assert "نتيجة واحدة" in broad_html and not any(title in broad_html for title in SECRET_AR_TITLES)
    # Autocomplete never offers its title; did-you-mean never offers its word.
    for prefix in ("خطة", "ملحق", "خط"):
        suggestions = c.get("/api/search/autocomplete/", {"q": prefix, "lang": "ar"}).json()["suggestions"]
        assert not [s for s in suggestions if s["label"] in SECRET_AR_TITLES]
    misspelled = c.get("/api/search/", {"q": "زبرجدبة", "lang": "ar"}).json()
    assert misspelled["suggestion"] is None and misspelled["total"] == 0


@pytest.mark.parametrize("who", INSIDERS)
def test_staff_and_centre_editors_find_staff_only_arabic_content(arabic_world, who):
    c = client_for(arabic_world[who])
    data = c.get("/api/search/", {"q": SECRET_AR, "lang": "ar"}).json()
    assert {r["title"] for r in data["results"]} == set(SECRET_AR_TITLES) and data["total"] == 2
    assert c.get("/api/search/", {"q": "الكهرمان", "lang": "ar"}).json()["total"] == 2
    labels = [s["label"] for s in c.get("/api/search/autocomplete/", {"q": "خطة", "lang": "ar"}).json()["suggestions"]]
    assert "خطة الطوارئ الداخلية" in labels
