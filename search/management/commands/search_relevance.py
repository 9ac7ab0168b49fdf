from django.core.management.base import BaseCommand

from search import relevance, service
from search.models import SearchDocument
from search.query import LANGUAGES


class Command(BaseCommand):
    help = "Print MRR and recall@3 of the active search backend over search/relevance/queries.json."

    def add_arguments(self, parser):
        parser.add_argument("--verbose-misses", action="store_true", help="List queries whose answer is not first.")
        parser.add_argument("--lang", choices=LANGUAGES, help="Only queries in this language.")
        parser.add_argument("--half", choices=relevance.HALVES, help="Only the tuning or the checking half.")
        parser.add_argument("--existing-only", action="store_true",
                            help="Only queries whose expected pages exist in the index (content still missing).")

    def handle(self, *args, **options):
        queries = relevance.load_queries()
        if options.get("lang"):
            queries = [q for q in queries if q.get("lang", "da") == options["lang"]]
        if options.get("half"):
            queries = [q for q in queries if relevance.half_of(q) == options["half"]]
        if options.get("existing_only"):
            paths = {relevance.path_of(url) for url in SearchDocument.objects.values_list("url", flat=True)}
            skipped = [q for q in queries if not set(q["expected"]) & paths]
            queries = [q for q in queries if set(q["expected"]) & paths]
            self.stdout.write(f"  {len(skipped)} queries skipped: their pages are not in the index.")
        outcomes = relevance.evaluate(queries)
        backend = service.active_backend().name
        hits = lambda s: ", ".join(f"hit@{k} {s[f'hit_at_{k}']:.3f}" for k in relevance.HIT_KS)  # noqa: E731
        for half in (None, *relevance.HALVES):
            for language in (*LANGUAGES, None):
                part = [o for o in outcomes if (half is None or o.half == half)
                        and (language is None or o.language == language)]
                if not part or (half is None and language is None):
                    continue
                s = relevance.summary(part)
                name = "/".join(filter(None, [half, language])) if half else language
                if half and language is None:
                    name = f"{half} (all)"
                self.stdout.write(f"  {name}: {s['queries']} queries, MRR {s['mrr']:.3f}, "
                                  f"recall@3 {s['recall_at_3']:.3f}, {hits(s)}")
        s = relevance.summary(outcomes)
        self.stdout.write(f"Backend: {backend}. Queries: {s['queries']}. MRR: {s['mrr']:.3f}. "
                          f"Recall@3: {s['recall_at_3']:.3f}")
        if options["verbose_misses"]:
            for o in outcomes:
                if o.rank != 1:
                    self.stdout.write(f"  rank {o.rank or '-'}: [{o.language}] {o.query!r} expected {o.expected} "
                                      f"got {o.got[:3]}")
