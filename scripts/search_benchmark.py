#!/usr/bin/env python
"""Search benchmark: index N synthetic pages into a scratch database and time searches.

    .venv/bin/python scripts/search_benchmark.py            # 1,000 and 20,000 pages
    .venv/bin/python scripts/search_benchmark.py --sizes 5000 --queries 300

The scratch database (test_search_benchmark) is created on the same PostgreSQL server, migrated,
and dropped at the end. Pages are ContentPage objects built in memory and indexed through the same
code as live pages (text from search_fields, compound parts, ts vectors, vocabulary); Wagtail's
page-tree insertion itself is not part of the measurement. Searches run the full public query:
ranked results with ts_headline snippets, facet counts and the did-you-mean check, as an anonymous
reader. Not run in CI: the figures go in docs/search.md.
"""

import argparse
import itertools
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

WORDS = (
    "bekymring bekymringstegn radikalisering ekstremisme forebyggelse handlingsplan indsats infohus kommune "
    "politi skole lærer elev ung familie netværk samarbejde vurdering opfølgning målgruppe mentor dialog "
    "vold trussel adfærd miljø fællesskab rådgivning kontakt procedure ansvar organisering strategi vision "
    "uddannelse kompetence kortlægning viden metode værktøj krise presse kommunikation beredskab sagsbehandler "
    "socialrådgiver klub fritid forældre venner internet propaganda identitet tilhørsforhold isolation "
    "og i på at er for med til der som en det af har kan skal ikke de om vi man hvis når"
).split()
MUNICIPALITIES = ["odense", "aarhus", "aalborg", "holbaek", "skive", "koebenhavn", "esbjerg", "vejle"]
QUERIES = ["bekymring", "tegn", "handlingsplan odense", "radikalisering ung", "infohus", "plan",
           "forebyggelse skole", "mentor familie", "hvem skal jeg ringe til", "radikalisring", "vold trussel",
           "kortlægning viden", "elev adfærd", "beredskab krise presse", "samarbejde politi kommune"]


SYLLABLES = "ka be ri sto lan mer da vi so hel tor fin gra ul ne pe sk ar en ing hed lig sam for".split()


def vocabulary(size=6000, seed=3):
    """The domain words mixed into a larger made-up vocabulary, drawn with Zipf's law: common
    words are in many pages, most words in few, as in real text."""
    rng = random.Random(seed)
    made = set()
    while len(made) < size:
        made.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    stop = WORDS[-22:]
    domain = WORDS[:-22]
    words = stop + sorted(made)
    rng.shuffle(words[len(stop):])
    for i, word in enumerate(domain):  # domain words spread over ranks 30..3000
        words.insert(30 + i * 50, word)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return words, list(itertools.accumulate(weights))


VOCAB, CUM = vocabulary()
TITLE_CUM = [c - CUM[21] for c in CUM[22:]]


def sentence(rng, n):
    return " ".join(rng.choices(VOCAB, cum_weights=CUM, k=n)).capitalize() + "."


def make_pages(n, seed=1):
    from home.models import ContentPage

    rng = random.Random(seed)
    for i in range(n):
        title = " ".join(rng.choices(VOCAB[22:], cum_weights=TITLE_CUM, k=rng.randint(2, 5))).capitalize()
        page = ContentPage(id=10_000_000 + i, title=f"{title} {i}", slug=f"side-{i}",
                           summary=sentence(rng, 18), body="<p>" + " ".join(sentence(rng, 14) for _ in range(25)) + "</p>")
        yield i, page, random.Random(seed * 1_000_003 + i)


def index(n):
    from search import documents, labels

    pages = list(make_pages(n))  # generated before the clock starts
    started = time.perf_counter()
    batch = []
    for i, page, rng in pages:
        access, groups = ("groups", [rng.randint(1, 50)]) if i % 10 == 0 else ("public", [])
        municipality = rng.choice(MUNICIPALITIES) if i % 3 == 0 else ""
        doc = documents.make_document(
            f"bench:{i}", page, page=None, language="da", doc_type=rng.choice(["contentpage", "planpage", "guidechapterpage"]),
            title=page.title, texts=documents.extract_text(page), url=f"/da/side-{i}/", access=access,
            group_ids=groups, facets={"municipality": municipality, "municipality_name": municipality.title()},
            boost=labels.type_boost("contentpage"),
        )
        batch.append(doc)
        if len(batch) == 500:
            documents.write_documents(batch)
            batch = []
    if batch:
        documents.write_documents(batch)
    return time.perf_counter() - started


def measure(queries):
    from django.db import connection

    from search.access import Viewer
    from search.backends.postgres import PostgresSearch
    from search.query import SearchRequest

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE sitesearch_searchdocument; ANALYZE sitesearch_vocabularyword")
    backend = PostgresSearch()
    for q in QUERIES:  # warm up
        backend.search(SearchRequest(q=q), Viewer.anonymous())
    timings = []
    rng = random.Random(7)
    for _ in range(queries):
        q = rng.choice(QUERIES)
        page = rng.choice([1, 1, 1, 2])
        started = time.perf_counter()
        backend.search(SearchRequest(q=q, page=page), Viewer.anonymous())
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], timings[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()

    import django
    from django.conf import settings

    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = "test_search_benchmark"
    django.setup()
    from django.db import connection

    from search.models import SearchDocument, VocabularyWord

    print("Creating and migrating the scratch database test_search_benchmark ...", flush=True)
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        print(f"{'pages':>8} {'index s':>9} {'docs/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for n in args.sizes:
            SearchDocument.objects.all().delete()
            VocabularyWord.objects.all().delete()
            seconds = index(n)
            p50, p95, worst = measure(args.queries)
            print(f"{n:>8} {seconds:>9.1f} {n / seconds:>8.0f} {p50:>8.1f} {p95:>8.1f} {worst:>8.1f}", flush=True)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
