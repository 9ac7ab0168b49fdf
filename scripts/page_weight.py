#!/usr/bin/env python
"""Page weight of the concern page: every resource a real browser loads for it (HTML, CSS, JS,
fonts, icons), raw and gzip-compressed (level 6, as a web server serves text), against the budget.

    .venv/bin/python scripts/page_weight.py                  # starts its own server on the dev database
    .venv/bin/python scripts/page_weight.py --url http://127.0.0.1:8000
    .venv/bin/python scripts/page_weight.py /da/ /da/tilgaengelighed/   # other pages

Exits non-zero when a page is over budget. Uses Debian's Chromium; nothing is downloaded.
"""

import argparse
import os
import gzip
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_BYTES = 60 * 1024
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DEFAULT_PATHS = ["/da/bekymret/"]


def measure(browser, url, viewport=None):
    """[(resource url, content type, bytes on the wire, raw bytes, gzip bytes)] for one page load."""
    context = browser.new_context(viewport=viewport or {"width": 360, "height": 740})
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    rows = []
    for response in responses:
        if response.request.resource_type == "websocket" or response.status in (204, 304):
            continue
        try:
            body = response.body()
        except Exception:  # redirects have no body
            body = b""
        headers = response.all_headers()
        encoding = headers.get("content-encoding", "")
        compressed = len(gzip.compress(body, compresslevel=6)) if body else 0
        wire = int(headers.get("content-length", 0)) if encoding else compressed
        rows.append((response.url, headers.get("content-type", "").split(";")[0], wire, len(body), compressed))
    context.close()
    return rows


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


def report(path, rows):
    print(f"\n{path}")
    print(f"  {'resource':<52} {'type':<24} {'raw':>8} {'gzip':>8}")
    for url, kind, _wire, raw, compressed in rows:
        short = url.split("//", 1)[-1].split("/", 1)[-1]
        print(f"  /{short[:51]:<51} {kind[:24]:<24} {raw:>8} {compressed:>8}")
    raw_total = sum(r[3] for r in rows)
    gzip_total = sum(r[4] for r in rows)
    verdict = "within" if gzip_total <= BUDGET_BYTES else "OVER"
    print(f"  {'total (' + str(len(rows)) + ' requests)':<77} {raw_total:>8} {gzip_total:>8}")
    print(f"  transferred with gzip: {gzip_total / 1024:.1f} KB of {BUDGET_BYTES // 1024} KB budget ({verdict});"
          f" uncompressed {raw_total / 1024:.1f} KB")
    return gzip_total <= BUDGET_BYTES


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="base URL of a running site (default: start one)")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    paths = args.paths or DEFAULT_PATHS

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
    ok = True
    try:
        wait_for(base + "/da/")
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for path in paths:
                ok = report(path, measure(browser, base + path)) and ok
            browser.close()
    finally:
        if server:
            server.terminate()
            server.wait(timeout=10)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
