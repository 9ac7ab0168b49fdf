"""What the languages cost: queries and time per page in each language, and the demo translation
loader's time on an up-to-date site. Prints figures; run against a loaded demo database:

    .venv/bin/python scripts/bench_i18n.py
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from demo.loader import translations as demo_translations  # noqa: E402

URLS = ["/da/", "/en/", "/ar/", "/da/bekymret/", "/en/bekymret/", "/ar/bekymret/", "/en/tilgaengelighed/"]


def main():
    # Measure the rendering, not the page cache in front of it.
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "pagecache" not in m.lower()]
    client = Client()
    print(f"{'url':28} {'status':>6} {'queries':>8} {'median ms':>10}")
    for url in URLS:
        client.get(url, secure=True)  # warm up
        count = []
        with connection.execute_wrapper(lambda execute, *args, count=count: count.append(1) or execute(*args)):
            status = client.get(url, secure=True).status_code
        times = []
        for _ in range(10):
            start = time.perf_counter()
            client.get(url, secure=True)
            times.append((time.perf_counter() - start) * 1000)
        print(f"{url:28} {status:>6} {len(count):>8} {statistics.median(times):>10.1f}")
    start = time.perf_counter()
    demo_translations.load()
    print(f"demo.loader.translations.load() on an up-to-date site: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
