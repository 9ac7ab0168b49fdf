#!/usr/bin/env python
"""Check a running site's pages with the Nu Html Checker (vnu, one JVM for all pages).

    .venv/bin/python scripts/check_html.py                        # every page type in da/en/ar + routed views
    .venv/bin/python scripts/check_html.py /da/ /da/bekymret/     # only these paths
    .venv/bin/python scripts/check_html.py --url http://127.0.0.1:8000 --keep /tmp/pages

Without paths the pages are found in the database the site uses (DJANGO_SETTINGS_MODULE, default
config.settings), as the test suite does (tests/pages.py); the check itself is tests/html_check.py,
shared with tests/test_html_valid.py. Lists every error (file, line, message) and exits non-zero
when there is one. Needs Java and `npm ci` (vnu-jar).
"""

import argparse
import os
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.html_check import check_files, count_by_file, file_name, format_errors, write_pages  # noqa: E402


def discovered_paths():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from tests.pages import all_urls

    return all_urls()


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 and 400 pages are checked too
        return error.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="base URL of the running site")
    parser.add_argument("--keep", metavar="DIR", help="write the fetched HTML here (default: a temporary directory)")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()

    named = [(path, path) for path in args.paths] if args.paths else discovered_paths()
    base = args.url.rstrip("/")
    pages = [(name, fetch(base + path)) for name, path in named]
    urls = {file_name(name): path for name, path in named}
    with tempfile.TemporaryDirectory() as temporary:
        errors = check_files(write_pages(pages, args.keep or temporary))
    counts = count_by_file(errors)
    for name, path in named:
        print(f"{counts.get(file_name(name), 0):>4} error(s)  {path}" + (f"  ({name})" if name != path else ""))
    if errors:
        print(format_errors(errors, urls))
        return 1
    print(f"No errors in {len(named)} page(s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
