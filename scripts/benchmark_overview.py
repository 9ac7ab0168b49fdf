#!/usr/bin/env python
"""Print how much the national overview costs: queries and render time of the public page, the admin
report and its CSV/XLSX exports, on the dev database (run `make run` or load_demo_content first).

    .venv/bin/python scripts/benchmark_overview.py [--repeat 20]

Nothing is timed in the tests; this prints the figures for docs/overview.md and for review.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings, setup_test_environment

    setup_test_environment()  # allow the 'testserver' host
    admin = get_user_model().objects.filter(is_superuser=True, is_active=True).first()
    # The page cache (ops) answers repeat anonymous requests from memory, and the admin asks for a second
    # factor: measure the render itself.
    override_settings(OPS_PAGE_CACHE_ENABLED=False, OPS_2FA_ENFORCED=False).enable()
    targets = [("overview page", "/da/handlingsplaner/overblik/", None)]
    if admin:
        targets += [
            ("admin report", "/admin/reports/handlingsplaner/", admin),
            ("report CSV", "/admin/reports/handlingsplaner/?export=csv", admin),
            ("report XLSX", "/admin/reports/handlingsplaner/?export=xlsx", admin),
        ]
    else:
        print("(no active superuser: skipping the admin report)")
    print(f"{'what':16} {'status':>6} {'queries':>8} {'median ms':>10} {'p90 ms':>8} {'bytes':>9}")
    for name, url, user in targets:
        client = Client()
        if user:
            client.force_login(user)
        client.get(url, secure=True)  # warm up
        timings = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(url, secure=True)
                body = b"".join(response.streaming_content) if response.streaming else response.content
                timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p90 = timings[int(0.9 * (len(timings) - 1))]
        print(f"{name:16} {response.status_code:>6} {len(queries.captured_queries):>8} "
              f"{statistics.median(timings):>10.1f} {p90:>8.1f} {len(body):>9}")


if __name__ == "__main__":
    main()
