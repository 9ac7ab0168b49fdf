"""The DKFDS front end: which sheet a page loads, the fonts it points to, the search's page numbers."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from search.views import page_numbers

SITE = Path(settings.BASE_DIR) / "site"


@pytest.mark.parametrize("url, sheet, other", [("/da/bekymret/", "css/site.css", "site-rtl.css"),
                                               ("/ar/", "css/site-rtl.css", "css/site.css")])
def test_left_to_right_and_right_to_left_pages_load_their_own_sheet(client, demo, url, sheet, other):
    html = client.get(url, follow=True).content.decode()
    assert f'href="/static/{sheet}"' in html and other not in html


def test_the_sheets_point_only_at_committed_files():
    for css in (SITE / "css").glob("*.css"):
        for ref in re.findall(r'url\("?([^")]+)"?\)', css.read_text()):
            if ref.startswith("data:"):
                continue
            assert (css.parent / ref).resolve().is_file(), f"{css.name} refers to a missing {ref}"


def test_two_weights_per_family_and_arabic_only_in_the_rtl_sheet():
    ltr = (SITE / "css" / "site.css").read_text()
    rtl = (SITE / "css" / "site-rtl.css").read_text()
    assert sorted(re.findall(r"ibm-plex-sans-(\d+)\.woff2", ltr)) == ["400", "600"]
    assert "arabic" not in ltr and sorted(re.findall(r"ibm-plex-sans-arabic-(\d+)\.woff2", rtl)) == ["400", "600"]
    assert not re.findall(r"ibm-plex-sans-\d+\.woff2", rtl), "Arabic pages load no Latin faces (budget)"
    assert "font-display:swap" in ltr


@pytest.mark.parametrize("page, pages, expected", [
    (1, 3, [1, 2, 3]),
    (1, 7, [1, 2, 3, 4, 5, 6, 7]),
    (2, 20, [1, 2, 3, 4, 5, None, 20]),
    (10, 20, [1, None, 9, 10, 11, None, 20]),
    (18, 20, [1, None, 16, 17, 18, 19, 20]),
])
def test_search_page_numbers(page, pages, expected):
    assert page_numbers(page, pages) == expected
