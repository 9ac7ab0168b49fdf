#!/usr/bin/env python
"""Screenshots of the key pages at phone (360 px) and desktop (1280 px) widths, for review.

    .venv/bin/python scripts/screenshots.py                 # starts its own server on the dev database
    .venv/bin/python scripts/screenshots.py --url http://127.0.0.1:8000   # use a running site
    .venv/bin/python scripts/screenshots.py --out screenshots/before      # a set to compare with later
    .venv/bin/python scripts/screenshots.py /da/some/page/  # extra paths

The key pages, in da, en and ar, are found in the database (tests/pages.py): home, the concern page
(also with a municipality chosen, and its action card), signs of concern, a guide chapter, the plan
index, a plan, the overview and search with results. Files go to --out (default screenshots/,
git-ignored), named <page>--phone.png and <page>--desktop.png. Uses Debian's Chromium; nothing is
downloaded.
"""

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WIDTHS = {"phone": (360, 740), "desktop": (1280, 900)}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"Server did not answer at {url}")


def key_pages():
    """[(file name stem, path)] of the key pages, from the database the site uses."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from places import municipalities
    from tests.pages import key_urls

    pages = key_urls()
    found = municipalities.all_municipalities()
    if found:
        slug = found[0].slug
        pages += [("concern-chosen-da", f"/da/bekymret/?kommune={slug}#kontakt"),
                  ("action-card-da", f"/da/bekymret/kort/{slug}/")]
    return pages


def stem(path):
    return path.strip("/").split("#")[0].replace("/", "_").replace("?", "_").replace("=", "-") or "home"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="base URL of a running site (default: start one)")
    parser.add_argument("--out", default=str(ROOT / "screenshots"), help="directory (default: screenshots/)")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()

    pages = key_pages() + [(stem(path), path) for path in args.paths]

    server = None
    base = args.url
    if not base:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--nostatic"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "SECURE_HTTPS": "false"},  # plain http on the loopback
        )
    try:
        wait_for(base + "/da/")
        from playwright.sync_api import sync_playwright

        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for label, (width, height) in WIDTHS.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                for name, path in pages:
                    page.goto(base + path)
                    target = out / f"{name}--{label}.png"
                    page.screenshot(path=str(target), full_page=True)
                    print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
                context.close()
            browser.close()
    finally:
        if server:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
