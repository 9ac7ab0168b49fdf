#!/usr/bin/env python3
"""Fault drill against a real gunicorn on 127.0.0.1 (production settings, plain http):

1. PostgreSQL: stop the embedded server, watch the site answer (cached pages 200, other pages the
   503 page with the emergency numbers, /healthz 200, /readyz 503), start it again and time how long
   the site takes to recover by itself.
2. Redis: a server started with REDIS_URL pointing at a port where nothing listens must keep serving.
3. Elasticsearch: a server started with ELASTICSEARCH_URL pointing at nothing must keep searching.

    .venv/bin/python scripts/faults.py

Uses the worktree's embedded database (DATABASE_URL unset) with the demo content (`make demo`); do
not run it while tests use the same database.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loadtest import PY, ROOT, free_port, start_server, stop_server  # noqa: E402

EMERGENCY = ("112", "114", "4174 9090")
QUIET = {"LOG_LEVEL": "CRITICAL"}  # the server's log (a traceback per failed request): var/loadtest-server.log


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")
    except Exception as error:  # connection refused, timeout
        return 0, str(error)


def report(port: int, label: str) -> dict[str, int]:
    codes = {}
    for path in ("/healthz", "/readyz", "/da/", "/da/bekymret/?drill=%d" % time.time_ns()):
        status, body = get(port, path)
        codes[path.split("?")[0]] = status
        extra = ""
        if status == 503 and path != "/readyz":
            extra = " emergency numbers shown" if all(n in body for n in EMERGENCY) else " NUMBERS MISSING"
        print(f"  [{label}] GET {path.split('?')[0]:16} -> {status}{extra}")
    return codes


def embedded_db(command: str) -> None:
    subprocess.run([PY, "-m", "config.embedded_db", command], cwd=ROOT, check=True, capture_output=True)


def database_drill() -> bool:
    print("1. PostgreSQL goes away")
    embedded_db("start")
    port = free_port()
    server = start_server(port, cached=True, workers=2, threads=4, extra_env=QUIET)
    ok = True
    try:
        for _ in range(12):  # new connection each time: both workers' caches get the home page
            get(port, "/da/")
        before = report(port, "db up")
        ok &= before == {"/healthz": 200, "/readyz": 200, "/da/": 200, "/da/bekymret/": 200}
        embedded_db("stop")
        print("  embedded PostgreSQL stopped")
        down = report(port, "db down")
        ok &= down == {"/healthz": 200, "/readyz": 503, "/da/": 200, "/da/bekymret/": 503}
        started = time.monotonic()
        embedded_db("start")
        print(f"  embedded PostgreSQL started again ({time.monotonic() - started:.1f} s)")
        started = time.monotonic()
        while time.monotonic() - started < 30:
            if get(port, "/readyz")[0] == 200 and get(port, "/da/bekymret/?r=%d" % time.time_ns())[0] == 200:
                break
            time.sleep(0.1)
        print(f"  site recovered by itself {time.monotonic() - started:.2f} s after the database was back")
        after = report(port, "db back")
        ok &= after == before
    finally:
        stop_server(server)
        embedded_db("start")
    return ok


def dependency_drill(name: str, env: dict[str, str], search_path: str) -> bool:
    print(f"{name} goes away")
    port = free_port()
    server = start_server(port, cached=True, workers=1, threads=4, extra_env={**QUIET, **env})
    try:
        codes = report(port, f"{name.split()[-1]} down")
        started = time.monotonic()
        status, _body = get(port, search_path)
        print(f"  [down] GET {search_path} -> {status} in {time.monotonic() - started:.2f} s")
        return all(code == 200 for code in codes.values()) and status == 200
    finally:
        stop_server(server)


def main() -> int:
    results = {
        "postgresql": database_drill(),
        "redis": dependency_drill("2. Redis", {"REDIS_URL": "redis://127.0.0.1:1/0"}, "/da/soeg/?q=bekymring"),
        "elasticsearch": dependency_drill(
            "3. Elasticsearch", {"ELASTICSEARCH_URL": "http://127.0.0.1:1"}, "/da/soeg/?q=bekymring"
        ),
    }
    print("\n" + "  ".join(f"{name}: {'OK' if ok else 'FAILED'}" for name, ok in results.items()))
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
