#!/usr/bin/env python3
"""Load test: gunicorn with production settings on 127.0.0.1, measured with wrk.

    .venv/bin/python scripts/loadtest.py [--duration 8] [--connections 64] [--workers 2] [--threads 8]

Needs the embedded database with the demo content (`make demo`). Installs Debian's `wrk` through
scripts/system-deps.sh if it is missing. Runs two servers one after the other, with the page cache on
(cached) and off (uncached), and prints requests/s, p50 and p99 latency and errors for the home page,
a guide chapter, the concern page, a plan page, the plan index, the search page and search API, and a
static file served by WhiteNoise from the same server (the ceiling). A third server (2 sync workers, 8
connections, no page cache) repeats the measurement Wagtail's demo figures were taken with, for the
comparable pages (home, guide chapter, search) and the plan page (against the demo's article page).
`--sync-only` runs just that third server. Loopback only; bounded in time.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
TARGETS = [
    ("home", "/da/"),
    ("guide chapter", "/da/vejledning/behov/"),
    ("concern page", "/da/bekymret/"),
    ("plan page", "/da/handlingsplaner/odense/"),
    ("plan index (98)", "/da/handlingsplaner/"),
    ("search page", "/da/soeg/?q=bekymring"),
    ("search API", "/api/search/?q=radikalisering"),
]
STATIC = ("static file", "/static/css/site.css")

# Wagtail's own demo site on this kind of 2-core machine (gunicorn, 2 sync workers, 8 connections, no
# cache): home 39 req/s with 43 queries, an article 80 req/s with 22, search 38 req/s. The goal is at
# least twice that, uncached, with at most 15 queries per page, measured the same way. The plan page
# (the slowest page to render; staff-only plans are never page-cached) is held to 2.5 times the
# demo's article page.
REFERENCE = {"home": 39, "guide chapter": 80, "search page": 38, "plan page": 80}
FACTOR_GOAL = {"plan page": 2.5}  # default 2
QUERY_GOAL = 15


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_wrk() -> str:
    if not shutil.which("wrk"):
        subprocess.run([str(ROOT / "scripts" / "system-deps.sh"), "wrk"], check=True)
    return shutil.which("wrk")


def start_server(port: int, cached: bool, workers: int, threads: int, extra_env: dict | None = None,
                 worker_class: str = "gthread") -> subprocess.Popen:
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECURE_HTTPS": "false",  # plain http on loopback; production terminates TLS in front
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1",  # server log: var/loadtest-server.log
        "OPS_RATELIMIT_ENABLED": "false",  # one client address doing thousands of requests/s
        "OPS_PAGE_CACHE": "true" if cached else "false",
        "LOG_LEVEL": "ERROR",
        **(extra_env or {}),
    }
    command = [
        PY, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
        "--worker-class", worker_class, "--threads", str(threads), "--keep-alive", "5", "--log-level", "warning",
        "--backlog", "512",
    ]
    log = open(ROOT / "var" / "loadtest-server.log", "a") if (ROOT / "var").mkdir(exist_ok=True) is None else None
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=log)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as response:
                if response.status == 200:
                    return server
        except Exception:
            time.sleep(0.3)
    stop_server(server)
    raise SystemExit("gunicorn did not become ready within 60 s")


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_wrk(wrk: str, url: str, connections: int, duration: int, threads: int = 2) -> dict:
    result = subprocess.run(
        [wrk, f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "--latency", url],
        capture_output=True, text=True, timeout=duration + 60,
    )
    out = result.stdout
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    total = re.search(r"(\d+) requests in", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": to_ms(percentiles["50"]),
        "p99": to_ms(percentiles["99"]),
        "requests": int(total.group(1)),
        "errors": (sum(int(n) for n in socket_errors.groups()) if socket_errors else 0)
        + (int(non_2xx.group(1)) if non_2xx else 0),
    }


def check_targets(port: int) -> None:
    for name, path in TARGETS + [STATIC]:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
            if response.status != 200:
                raise SystemExit(f"{name} {path}: HTTP {response.status}; run `make demo` first")


def queries_per_page() -> dict[str, int]:
    """SQL queries per uncached request, counted in-process with the same settings."""
    code = (
        "import os,django;os.environ.setdefault('DJANGO_SETTINGS_MODULE','config.settings');django.setup()\n"
        "from django.db import connection\nfrom django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "c=Client()\n"
        f"for name,path in {TARGETS!r}:\n"
        "    c.get(path)\n"
        "    with CaptureQueriesContext(connection) as q: c.get(path)\n"
        "    print(name,'|',len(q.captured_queries))\n"
    )
    env = {**os.environ, "SECURE_HTTPS": "false", "OPS_PAGE_CACHE": "false", "OPS_RATELIMIT_ENABLED": "false"}
    out = subprocess.run([PY, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120).stdout
    return {line.split(" | ")[0]: int(line.split(" | ")[1]) for line in out.splitlines() if " | " in line}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=8, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--sync-only", action="store_true",
                        help="only the comparison with Wagtail's demo (2 sync workers, 8 connections, no page cache)")
    args = parser.parse_args()

    wrk = ensure_wrk()
    subprocess.run([PY, "-m", "config.embedded_db", "start"], cwd=ROOT, check=True, capture_output=True)
    queries = queries_per_page()
    rows = []
    for cached in () if args.sync_only else (True, False):
        port = free_port()
        server = start_server(port, cached, args.workers, args.threads)
        try:
            check_targets(port)
            targets = TARGETS + ([STATIC] if cached else [])
            for name, path in targets:
                url = f"http://127.0.0.1:{port}{path}"
                run_wrk(wrk, url, 8, 1)  # warm: fill the page cache, open connections
                figures = run_wrk(wrk, url, args.connections, args.duration)
                label = "static" if (name, path) == STATIC else ("cached" if cached else "uncached")
                rows.append((name, label, figures))
                print(f"  measured {name} ({label}): {figures['rps']:.0f} req/s", file=sys.stderr, flush=True)
        finally:
            stop_server(server)

    # The comparison with Wagtail's demo, measured as it was: 2 sync workers, 8 connections, no cache.
    reference_rows = []
    port = free_port()
    server = start_server(port, False, 2, 1, worker_class="sync")
    try:
        for name, path in TARGETS:
            if name not in REFERENCE:
                continue
            url = f"http://127.0.0.1:{port}{path}"
            run_wrk(wrk, url, 8, 1)
            figures = run_wrk(wrk, url, 8, args.duration)
            reference_rows.append((name, figures))
            print(f"  measured {name} (2 sync workers, 8 connections): {figures['rps']:.0f} req/s", file=sys.stderr,
                  flush=True)
    finally:
        stop_server(server)

    failed = False
    if rows:
        failed = print_main_table(args, rows, queries)
    reference_failed = print_reference_table(reference_rows, queries)
    return 1 if failed or reference_failed else 0


def print_main_table(args, rows, queries) -> bool:
    ceiling = next(f["rps"] for _n, label, f in rows if label == "static")
    print(f"\ngunicorn gthread {args.workers} workers x {args.threads} threads, wrk {args.connections} connections, "
          f"{args.duration} s each, {os.cpu_count()} CPUs, 127.0.0.1")
    print(f"{'page':18} {'mode':9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'% static':>9} {'SQL/req':>8}")
    failed = False
    for name, label, f in rows:
        share = 100 * f["rps"] / ceiling
        sql = "" if label != "uncached" else str(queries.get(name, "?"))
        print(f"{name:18} {label:9} {f['rps']:8.0f} {f['p50']:8.1f} {f['p99']:8.1f} {f['errors']:7d} {share:8.0f}% {sql:>8}")
        failed |= f["errors"] > 0
        if label == "cached" and share < 70:
            failed = True
    print("\nGoals: cached >= 70% of static, zero errors:", "MET" if not failed else "NOT MET")
    return failed


def print_reference_table(reference_rows, queries) -> bool:
    print("\nUncached against Wagtail's demo (gunicorn 2 sync workers, wrk 8 connections, no page cache):")
    print(f"{'page':18} {'req/s':>8} {'demo':>6} {'x demo':>7} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'SQL/req':>8}")
    reference_failed = False
    for name, f in reference_rows:
        factor = f["rps"] / REFERENCE[name]
        sql = queries.get(name, 999)
        print(f"{name:18} {f['rps']:8.0f} {REFERENCE[name]:6d} {factor:6.1f}x {f['p50']:8.1f} {f['p99']:8.1f} "
              f"{f['errors']:7d} {sql:8}")
        reference_failed |= factor < FACTOR_GOAL.get(name, 2) or sql > QUERY_GOAL or f["errors"] > 0
    print(f"Goals: at least 2x the demo (the plan page 2.5x the demo's article page), at most {QUERY_GOAL} queries, "
          "zero errors:", "MET" if not reference_failed else "NOT MET")
    return reference_failed


if __name__ == "__main__":
    sys.exit(main())
