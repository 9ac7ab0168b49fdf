"""Valid HTML: the Nu Html Checker reports no error on one page of every page type in da, en and ar
and on the routed views (concern sub-views, search with results, sign-in, 404, 400), rendered by
Django's test client on the demo content. One JVM checks them all (tests/html_check.py)."""

from django.test import Client

from tests.html_check import check_files, file_name, format_errors, write_pages
from tests.pages import LANGUAGES, all_urls


def test_every_page_type_is_valid_html(demo, tmp_path):
    client = Client()
    pages, urls = [], {}
    for name, url in all_urls():
        response = client.get(url)
        assert response.status_code in (200, 400, 404), f"{name} {url}: {response.status_code}"
        assert response["Content-Type"].startswith("text/html"), f"{name} {url}: {response['Content-Type']}"
        pages.append((name, response.content))
        urls[file_name(name)] = url
    names = {name for name, _ in pages}
    for language in LANGUAGES:  # every language is there, with the page types the issue names
        for page_type in ("homepage", "concernpage", "planindexpage", "planpage", "planoverviewpage"):
            assert f"{page_type}-{language}" in names
    for name in ("action-card", "search-results", "signin", "not-found"):
        assert name in names

    errors = check_files(write_pages(pages, tmp_path))
    assert not errors, format_errors(errors, urls)


def test_the_checker_finds_errors(tmp_path):
    """The check can fail: a stray end tag and a duplicate id are reported with file and line."""
    html = b'<!DOCTYPE html>\n<html lang="da"><title>x</title>\n<p id="a">x</p></p>\n<p id="a">y</p></html>\n'
    errors = check_files(write_pages([("broken", html)], tmp_path))
    assert {(e["file"], e["line"]) for e in errors} >= {("broken.html", 3), ("broken.html", 4)}
    assert any("Duplicate ID" in e["message"] for e in errors)
