#!/usr/bin/env python
"""Search benchmark: index N synthetic pages into a scratch database and time searches.

    .venv/bin/python scripts/search_benchmark.py            # 1,000 and 20,000 pages, each plus 5,000 documents
    .venv/bin/python scripts/search_benchmark.py --sizes 5000 --queries 300 --documents 0

The scratch database (test_search_benchmark) is created on the same PostgreSQL server, migrated,
and dropped at the end. Pages are ContentPage objects built in memory and indexed through the same
code as live pages (text from search_fields, compound parts, ts vectors, vocabulary); Wagtail's
page-tree insertion itself is not part of the measurement. Searches run the full public query:
ranked results with ts_headline snippets, facet counts and the did-you-mean check, as an anonymous
reader. Not run in CI: the figures go in docs/search.md.

Documents: --documents N real files (a third each PDF, Word .docx and ODT, three pages or six
paragraphs of the same Zipf text each) are generated before the clock starts, their text extracted
with search/extraction.py (timed: documents per second, per type) and indexed as document results
(a tenth in a staff-only collection) next to the pages, so the query times are over pages plus
documents.
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


def make_files(n, seed=5):
    from tests import document_files

    rng = random.Random(seed)
    made = []
    for i in range(n):
        kind = ("pdf", "docx", "odt")[i % 3]
        parts = [" ".join(sentence(rng, 14) for _ in range(6)) for _ in range(3 if kind == "pdf" else 6)]
        title = " ".join(rng.choices(VOCAB[22:], cum_weights=TITLE_CUM, k=rng.randint(2, 4))).capitalize()
        if kind == "pdf":
            data = document_files.pdf(parts)
        elif kind == "docx":
            data = document_files.word(parts)
        else:
            data = document_files.odt(title, parts)
        made.append((i, kind, f"Bilag: {title} {i}", data))
    return made


def extract_and_index(files):
    """Extract the files' text (timed per type) and index them as document results."""
    from wagtail.documents import get_document_model

    from search import documents, extraction, labels

    seconds_by_kind: dict[str, list[float]] = {}
    texts = []
    started = time.perf_counter()
    for i, kind, title, data in files:
        t = time.perf_counter()
        result = extraction.extract(data, kind)
        seconds_by_kind.setdefault(kind, []).append(time.perf_counter() - t)
        texts.append((i, kind, title, result.text, len(data)))
    extract_seconds = time.perf_counter() - started
    model = get_document_model()
    started = time.perf_counter()
    batch = []
    for i, kind, title, text, size in texts:
        access, groups = ("groups", [random.Random(i).randint(1, 50)]) if i % 10 == 0 else ("public", [])
        obj = model(id=20_000_000 + i, title=title)
        batch.append(documents.make_document(
            f"bench-document:{i}", obj, page=None, language="da", doc_type="document", title=title,
            texts={"title_text": title, "keywords": f"Bilag {kind}.{kind}", "body": text[:documents.MAX_BODY]},
            url=f"/documents/{i}/bilag.{kind}", access=access, group_ids=groups,
            boost=labels.type_boost("document"), file_type=extraction.file_type(kind), file_size=size))
        if len(batch) == 500:
            documents.write_documents(batch)
            batch = []
    if batch:
        documents.write_documents(batch)
    per_kind = {kind: len(v) / sum(v) for kind, v in seconds_by_kind.items()}
    return extract_seconds, time.perf_counter() - started, per_kind


def measure(queries):
    from django.db import connection

    from search.access import Viewer
    from search.backends.postgres import PostgresSearch
    from search.query import SearchRequest

    from search import documents

    # The word statistics a rebuild makes (search_reindex): the query weighs words by them.
    started = time.perf_counter()
    documents.refresh_lexeme_stats()
    print(f"  word statistics: {time.perf_counter() - started:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE sitesearch_searchdocument; ANALYZE sitesearch_vocabularyword; "
                       "ANALYZE sitesearch_lexemestat")
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
    parser.add_argument("--documents", type=int, default=5000, help="uploaded documents besides the pages")
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
        files = []
        if args.documents:
            print(f"Generating {args.documents} documents (PDF, Word, ODT) ...", flush=True)
            files = make_files(args.documents)
        rows = []
        for n in args.sizes:
            SearchDocument.objects.all().delete()
            VocabularyWord.objects.all().delete()
            seconds = index(n)
            extract_s, doc_index_s, per_kind = extract_and_index(files) if files else (0.0, 0.0, {})
            p50, p95, worst = measure(args.queries)
            rows.append((n, len(files), seconds, extract_s, per_kind, doc_index_s, p50, p95, worst))
            print(f"  {n} pages + {len(files)} documents done", flush=True)
        print(f"{'pages':>7} {'docs':>6} {'index s':>8} {'pages/s':>8} {'extract s':>10} {'docs/s':>7} "
              f"{'pdf/s':>6} {'docx/s':>7} {'odt/s':>6} {'doc idx s':>9} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}")
        for n, d, seconds, extract_s, per_kind, doc_index_s, p50, p95, worst in rows:
            rate = f"{d / extract_s:>7.0f}" if d else f"{'-':>7}"
            kinds = " ".join(f"{per_kind.get(k, 0):>{w}.0f}" for k, w in (("pdf", 6), ("docx", 7), ("odt", 6)))
            print(f"{n:>7} {d:>6} {seconds:>8.1f} {n / seconds:>8.0f} {extract_s:>10.1f} {rate} {kinds} "
                  f"{doc_index_s:>9.1f} {p50:>7.1f} {p95:>7.1f} {worst:>7.1f}", flush=True)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
