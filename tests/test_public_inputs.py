"""No input gives a 5xx: every public URL (a live public page of each page type in each language,
their sub-routes, the search page and APIs, Wagtail's API, sitemap and health checks) is requested
with hostile query parameters (NUL bytes and other control characters, huge values, invalid UTF-8,
repeated and unknown parameters). Bad values get a 400 page in the reader's language or are ignored."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

# Every parameter a public view reads (grep request.GET / params.get), and some it does not.
PARAMS = ["q", "lang", "type", "municipality", "district", "level", "page", "exact", "kommune", "navn",
          "del", "politikreds", "status", "next", "search", "fields", "limit", "offset", "order", "locale",
          "child_of", "p", "utm_source"]
# As they appear in a URL (percent-encoded): a WSGI server hands Django the query string as bytes.
NASTY = ["%00", "a%00b", "%01%1f%7f", "%ff%fe%fd", "%ed%a0%80", "%c3", "x" * 5000, "-1", "0",
         "99999999999999999999999", "1e309", "NaN", "%2e%2e%2f%2e%2e%2f", "%3Cscript%3Ealert(1)%3C/script%3E",
         "%27%20OR%201=1%20--", "%E2%80%AE", "%D9%A1%D9%A2%D9%A3", "[]", "{}", "*", "", "a+b", "%"]


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    settings.OPS_RATELIMIT_ENABLED = False


def public_urls():
    """One live public page of every page type per language (and the plan's and concern page's
    sub-routes), and the routes outside the page tree."""
    urls = ["/healthz", "/readyz", "/sitemap.xml", "/api/search/", "/api/search/autocomplete/",
            "/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/", "/da/soeg/", "/en/search/", "/ar/bahth/"]
    seen = set()
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        key = (type(page).__name__, page.locale.language_code)
        url = page.get_url()
        if key in seen or not url:
            continue
        seen.add(key)
        urls.append(url)
        urls.append(f"/api/v2/pages/{page.pk}/")
        if type(page).__name__ == "PlanPage":
            urls.append(url + "pdf/")
        if type(page).__name__ == "ConcernPage":
            urls += [url + "kort/", url + "kort/odense/"]
    return urls


def get(client, url, query):
    response = client.get(url, QUERY_STRING=query)
    assert response.status_code < 500, (url, query[:200], response.status_code)
    return response


@pytest.mark.django_db
def test_the_reported_nul_byte_gets_a_danish_400_page(client, demo):
    response = client.get("/da/bekymret/", QUERY_STRING="kommune=%00")
    assert response.status_code == 400
    text = response.content.decode()
    assert "Adressen kan ikke bruges" in text and "kontroltegn" in text
    assert "Traceback" not in text
    english = client.get("/en/search/", QUERY_STRING="q=a%00")
    assert english.status_code == 400 and "control character" in english.content.decode()
    huge = client.get("/da/soeg/", QUERY_STRING="q=" + "x" * 5000)
    assert huge.status_code == 400 and "for lang" in huge.content.decode()
    # The APIs answer in JSON, in English like their other errors.
    api = client.get("/api/search/", QUERY_STRING="q=x&type=%1f")
    assert api.status_code == 400 and api["Content-Type"] == "application/json"
    assert api.json() == {"error": "The address contains a character that cannot be used (a control character). "
                                   "Correct the address, or go back and try again.", "field": "type"}
    # Ordinary use is untouched, tabs and line breaks included.
    assert client.get("/da/bekymret/", QUERY_STRING="kommune=odense").status_code == 200
    assert client.get("/da/soeg/", QUERY_STRING="q=plan%0Aodense").status_code == 200


@pytest.mark.django_db
def test_every_public_url_survives_every_nasty_value_for_every_parameter(client, demo):
    urls = public_urls()
    assert len(urls) > 20
    for url in urls:
        for value in NASTY[:12]:  # the fuzz test below draws from all of them
            # Every parameter at once, each repeated: what the views read first and last differs.
            query = "&".join(f"{name}={value}&{name}={value}" for name in PARAMS)
            get(client, url, query)


query_pairs = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(PARAMS), st.text(min_size=0, max_size=12)),
        st.one_of(
            st.text(max_size=60),  # any unicode, NUL and control characters included
            st.sampled_from(NASTY),
            st.integers(min_value=-10**30, max_value=10**30).map(str),
            st.binary(max_size=20).map(lambda b: "".join(f"%{x:02x}" for x in b)),  # raw, often invalid UTF-8
        ),
    ),
    max_size=8,
)


def encode(pairs):
    parts = []
    for key, value in pairs:
        raw = value in NASTY or (value.startswith("%") and value.isascii())
        parts.append(f"{quote(key, safe='')}={value if raw else quote(value, safe='')}")
    return "&".join(parts)


@pytest.mark.django_db
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data())
def test_fuzzed_query_parameters_never_give_a_5xx(client, demo, data):
    urls = _urls_cache or _urls_cache.extend(public_urls()) or _urls_cache
    url = data.draw(st.sampled_from(urls))
    get(client, url, encode(data.draw(query_pairs)))


_urls_cache: list[str] = []
