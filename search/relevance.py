"""Relevance measurement: MRR and recall@3 over the query set in search/relevance/queries.json."""

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from search import service
from search.access import Viewer
from search.query import SearchRequest

QUERIES = Path(__file__).with_name("relevance") / "queries.json"


@dataclass
class Outcome:
    query: str
    language: str
    expected: list[str]
    got: list[str]
    rank: int | None  # 1-based rank of the first expected page, None if not in the first 10
    half: str = ""  # "tuning" or "checking" (half_of)

    @property
    def reciprocal_rank(self) -> float:
        return 1.0 / self.rank if self.rank else 0.0

    def hit_at(self, k: int) -> bool:
        """An expected page is among the first k results."""
        return self.rank is not None and self.rank <= k

    @property
    def recall_at_3(self) -> float:
        top = set(self.got[:3])
        wanted = set(self.expected)
        return len(top & wanted) / min(3, len(wanted))


HALVES = ("tuning", "checking")
HIT_KS = (1, 3, 10)


def half_of(item: dict) -> str:
    """The query's half: "tuning" (may be looked at while changing the ranking) or "checking" (only
    measured). Set per query with "half"; otherwise by position among the queries of its language in
    the file (alternating, so appending queries never moves one from half to half)."""
    return item["half"] if item.get("half") in HALVES else item.get("_half", HALVES[0])


def load_queries(path=QUERIES) -> list[dict]:
    queries = json.loads(Path(path).read_text(encoding="utf-8"))["queries"]
    seen: dict[str, int] = {}
    for item in queries:
        language = item.get("lang", "da")
        item["_half"] = HALVES[seen.get(language, 0) % 2]
        seen[language] = seen.get(language, 0) + 1
    return queries


def path_of(url: str) -> str:
    return urlsplit(url).path


def evaluate(queries=None, viewer=None) -> list[Outcome]:
    viewer = viewer or Viewer.anonymous()
    outcomes = []
    for item in queries or load_queries():
        request = SearchRequest(q=item["q"], language=item.get("lang", "da"))
        response = service.search(request, viewer)
        got = []
        for result in response.results:
            path = path_of(result.url)
            if path not in got:
                got.append(path)
        expected = item["expected"]
        rank = next((i + 1 for i, path in enumerate(got) if path in expected), None)
        outcome = Outcome(item["q"], request.language, expected, got, rank)
        outcome.half = half_of(item)
        outcomes.append(outcome)
    return outcomes


def summary(outcomes) -> dict:
    n = len(outcomes) or 1
    return {
        "queries": len(outcomes),
        "mrr": sum(o.reciprocal_rank for o in outcomes) / n,
        "recall_at_3": sum(o.recall_at_3 for o in outcomes) / n,
        **{f"hit_at_{k}": sum(o.hit_at(k) for o in outcomes) / n for k in HIT_KS},
    }
