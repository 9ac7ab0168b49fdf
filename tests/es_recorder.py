"""A small HTTP server in the test process that answers as Elasticsearch 9 documents its REST API
(the subset the site uses) and records every request the real elasticsearch-py client sends.

It keeps indices, aliases, documents and synonyms sets in memory. It does not analyse text or apply
filters: a search returns the documents whose text contains every word of the first `multi_match`
query (plain substring match), filters ignored, with their `_source`, which is enough to test what
the site does with hits (the access re-check) and what it sends. Any answer can be replaced by a
canned error or a delay (`fail`), to test 400, 404 and timeouts.
"""

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

HEADERS = {
    "X-Elastic-Product": "Elasticsearch",  # the client refuses answers without it
    "Content-Type": "application/vnd.elasticsearch+json; compatible-with=9",
}


@dataclass
class Call:
    method: str
    path: str
    query: dict
    body: object

    def __repr__(self):
        return f"{self.method} {self.path}"


@dataclass
class Cluster:
    indices: dict = field(default_factory=dict)  # name -> {"settings", "mappings", "docs": {id: source}}
    aliases: dict = field(default_factory=dict)  # alias -> index name
    synonyms: dict = field(default_factory=dict)


def _error(status, kind, reason):
    return status, {"error": {"root_cause": [{"type": kind, "reason": reason}], "type": kind, "reason": reason},
                    "status": status}


class Recorder:
    def __init__(self):
        self.calls: list[Call] = []
        self.cluster = Cluster()
        self.failures: dict = {}  # (method, path suffix) -> (status, body) or ("sleep", seconds)
        self.lock = threading.Lock()
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _handle(self):
                url = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                if raw and "ndjson" in (self.headers.get("Content-Type") or ""):
                    body = [json.loads(line) for line in raw.splitlines() if line.strip()]
                else:
                    body = json.loads(raw) if raw else None
                call = Call(self.command, url.path, {k: v[-1] for k, v in parse_qs(url.query).items()}, body)
                with recorder.lock:
                    recorder.calls.append(call)
                status, answer = recorder.answer(call)
                payload = b"" if self.command == "HEAD" or answer is None else json.dumps(answer).encode()
                self.send_response(status)
                for name, value in HEADERS.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if payload:
                    self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    # --- what the tests look at --------------------------------------------------------------

    def requests(self):
        return [repr(c) for c in self.calls]

    def clear(self):
        self.calls.clear()

    def fail(self, method, path_end, status=None, body=None, sleep=None):
        self.failures[(method, path_end)] = ("sleep", sleep) if sleep else (status, body)

    def resolve(self, name):
        return self.cluster.aliases.get(name, name)

    # --- Elasticsearch's answers ---------------------------------------------------------------

    def answer(self, call):  # noqa: C901 - one branch per API
        for (method, path_end), failure in self.failures.items():
            if call.method == method and call.path.endswith(path_end):
                if failure[0] == "sleep":
                    time.sleep(failure[1])
                    break
                return failure
        c = self.cluster
        parts = [p for p in call.path.split("/") if p]
        if parts[:1] == ["_synonyms"] and call.method == "PUT":
            created = parts[1] not in c.synonyms
            c.synonyms[parts[1]] = call.body["synonyms_set"]
            return 200, {"result": "created" if created else "updated",
                         "reload_analyzers_details": {"_shards": {"total": 0, "successful": 0, "failed": 0},
                                                      "reload_details": []}}
        if parts == ["_aliases"] and call.method == "POST":
            for action in call.body["actions"]:
                (kind, spec), = action.items()
                if kind == "add":
                    if spec["index"] not in c.indices:
                        return _error(404, "index_not_found_exception", f"no such index [{spec['index']}]")
                    c.aliases[spec["alias"]] = spec["index"]
                elif kind == "remove_index":
                    c.indices.pop(spec["index"], None)
                    c.aliases = {a: i for a, i in c.aliases.items() if i != spec["index"]}
            return 200, {"acknowledged": True, "errors": False}
        if parts[:1] == ["_alias"] and call.method == "GET":
            found = {i: {"aliases": {a: {}}} for a, i in c.aliases.items() if a == parts[1]}
            if not found:
                return 404, {"error": f"alias [{parts[1]}] missing", "status": 404}
            return 200, found
        if len(parts) == 1 and call.method == "HEAD":
            name = parts[0]
            return (200 if name in c.indices or name in c.aliases else 404), None
        if len(parts) == 1 and call.method == "PUT":
            name = parts[0]
            if name in c.indices or name in c.aliases:
                return _error(400, "resource_already_exists_exception", f"index [{name}] already exists")
            c.indices[name] = {"settings": call.body.get("settings"), "mappings": call.body.get("mappings"),
                               "docs": {}}
            return 200, {"acknowledged": True, "shards_acknowledged": True, "index": name}
        if len(parts) == 1 and call.method == "DELETE":
            if c.indices.pop(parts[0], None) is None:
                return _error(404, "index_not_found_exception", f"no such index [{parts[0]}]")
            return 200, {"acknowledged": True}
        if len(parts) == 2 and parts[1] == "_bulk":
            return self._bulk(parts[0], call)
        if len(parts) == 2 and parts[1] == "_refresh":
            if self.resolve(parts[0]) not in c.indices:
                return _error(404, "index_not_found_exception", f"no such index [{parts[0]}]")
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if len(parts) == 2 and parts[1] == "_search":
            return self._search(parts[0], call)
        return _error(400, "illegal_argument_exception", f"unsupported request {call.method} {call.path}")

    def _bulk(self, name, call):
        c = self.cluster
        require_alias = call.query.get("require_alias") == "true"
        target = self.resolve(name)
        missing = target not in c.indices and (require_alias or name not in c.aliases)
        items = []
        ops = list(call.body)
        while ops:
            (kind, meta), = ops.pop(0).items()
            source = ops.pop(0) if kind == "index" else None
            if missing or (require_alias and name not in c.aliases):
                items.append({kind: {"_index": name, "_id": meta["_id"], "status": 404, "error": {
                    "type": "index_not_found_exception",
                    "reason": f"no such index [{name}] and [require_alias] request flag is [true] "
                              f"and [{name}] is not an alias"}}})
                continue
            docs = c.indices[target]["docs"]
            if kind == "index":
                created = meta["_id"] not in docs
                docs[meta["_id"]] = source
                items.append({kind: {"_index": target, "_id": meta["_id"], "result": "created" if created else "updated",
                                     "status": 201 if created else 200}})
            else:
                found = docs.pop(meta["_id"], None) is not None
                items.append({kind: {"_index": target, "_id": meta["_id"], "result": "deleted" if found else "not_found",
                                     "status": 200 if found else 404}})
        return 200, {"took": 1, "errors": any("error" in next(iter(i.values())) for i in items), "items": items}

    def _search(self, name, call):
        target = self.resolve(name)
        if target not in self.cluster.indices:
            return _error(404, "index_not_found_exception", f"no such index [{name}]")
        body = call.body or {}
        words = (_first_match_text(body.get("query")) or "").lower().split()
        docs = [(i, s) for i, s in self.cluster.indices[target]["docs"].items()
                if all(w in " ".join(str(s.get(f) or "") for f in ("title", "keywords", "body", "parts")).lower()
                       for w in words)]
        size = body.get("size", 10)
        start = body.get("from", 0)
        hits = [{"_index": target, "_id": i, "_score": 1.0, "_source": {"pk": s["pk"]}}
                for i, s in docs[start:start + size]]
        aggs = {name: {"doc_count": len(docs), "values": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                                                          "buckets": []}}
                for name in body.get("aggs", {})}
        return 200, {"took": 1, "timed_out": False, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
                     "hits": {"total": {"value": len(docs), "relation": "eq"}, "max_score": 1.0, "hits": hits},
                     "aggregations": aggs}


def _first_match_text(query):
    if isinstance(query, dict):
        if "multi_match" in query:
            return query["multi_match"]["query"]
        values = query.values()
    elif isinstance(query, list):
        values = query
    else:
        return None
    for value in values:
        found = _first_match_text(value)
        if found is not None:
            return found
    return None
