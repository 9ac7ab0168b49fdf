"""The relevance set is split into a tuning and a checking half, reported apart (issue 16, part 2)."""

import json

from search.relevance import HALVES, Outcome, half_of, load_queries, summary


def test_every_language_is_split_evenly_and_appending_moves_nothing(tmp_path):
    queries = load_queries()
    for language in {q.get("lang", "da") for q in queries}:
        halves = [half_of(q) for q in queries if q.get("lang", "da") == language]
        assert abs(halves.count("tuning") - halves.count("checking")) <= 1
    path = tmp_path / "queries.json"
    raw = [{"q": f"q{i}", "lang": "da", "expected": ["/x/"]} for i in range(5)]
    path.write_text(json.dumps({"queries": raw}))
    before = [half_of(q) for q in load_queries(path)]
    raw.insert(5, {"q": "ny", "lang": "en", "expected": ["/y/"]})
    raw.append({"q": "ny2", "lang": "da", "expected": ["/y/"], "half": "checking"})
    path.write_text(json.dumps({"queries": raw}))
    after = [half_of(q) for q in load_queries(path)]
    assert after[:5] == before and after[5] == "tuning" and after[6] == "checking"
    assert set(after) <= set(HALVES)


def test_summary_reports_hit_at_k():
    outcomes = [Outcome("a", "da", ["/a/"], ["/a/"], 1), Outcome("b", "da", ["/b/"], ["/x/", "/y/", "/b/"], 3),
                Outcome("c", "da", ["/c/"], [], None)]
    s = summary(outcomes)
    assert (s["hit_at_1"], s["hit_at_3"], s["hit_at_10"]) == (1 / 3, 2 / 3, 2 / 3)
    assert round(s["mrr"], 3) == round((1 + 1 / 3) / 3, 3)
