"""Search on PostgreSQL: our own ts queries over search documents, per-language configuration
(danish / english), synonyms expanded in the query, compound parts matched through the index,
snippets from ts_headline, facets with counts, and "did you mean" from pg_trgm."""

import html

from django.db import connection

from search import labels, synonyms
from search.documents import config_for
from search.query import Result, SearchResponse

START, STOP = "\x02", "\x03"
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=28, MinWords=12, ShortWord=2, "
    "MaxFragments=2, FragmentDelimiter=\" … \""
)
# ts_rank weights for D, C, B, A (compound parts, body, summary, title).
WEIGHTS = "{0.15, 0.25, 0.5, 1.0}"
PREFIX_MIN = 4
FACET_DIMENSIONS = ("doc_type", "municipality", "police_district", "intervention_level")
SUGGEST_SIMILARITY = 0.45


def _term(token: str, prefix: bool) -> str:
    # Tokens only hold letters and digits (query.TOKEN_RE), so quoting cannot be broken out of.
    return f"'{token}'" + (":*" if prefix and len(token) >= PREFIX_MIN else "")


def build_tsquery(tokens: list[str], language: str, operator: str = "&", prefix: bool = True) -> str:
    """A to_tsquery() string: each token (or synonym group) is a slot; slots are AND-ed (or OR-ed).
    Multi-word synonyms become phrases."""
    slots = []
    for slot in synonyms.expand(tokens, language):
        alternatives = []
        for alternative in slot:
            terms = [_term(t, prefix and i == len(alternative) - 1) for i, t in enumerate(alternative)]
            alternatives.append(" <-> ".join(terms) if len(terms) > 1 else terms[0])
        slots.append("(" + " | ".join(alternatives) + ")" if len(alternatives) > 1 else alternatives[0])
    return f" {operator} ".join(slots)


def highlight(text: str) -> str:
    """Escape a ts_headline fragment and turn its markers into <mark>."""
    escaped = html.escape(text or "", quote=False)
    return escaped.replace(START, "<mark>").replace(STOP, "</mark>")


def _filters_sql(request, exclude=None) -> tuple[list[str], dict]:
    clauses, params = [], {}
    for column, value in request.filters().items():
        if value and column != exclude:
            clauses.append(f"d.{column} = %(f_{column})s")
            params[f"f_{column}"] = value
    return clauses, params


class PostgresSearch:
    name = "database"

    def search(self, request, viewer, *, with_facets=True) -> SearchResponse:
        response = SearchResponse(request=request, backend=self.name)
        tokens = request.tokens
        if not tokens:
            return response
        tsquery = build_tsquery(tokens, request.language, "&")
        self._run(request, viewer, tsquery, response, with_facets)
        if response.total == 0 and len(tokens) > 1:
            # Nothing has every word: rank pages by how many of the words they have.
            self._run(request, viewer, build_tsquery(tokens, request.language, "|"), response, with_facets)
        suggestion = self.suggest(tokens, request.language, viewer)
        if suggestion and suggestion != " ".join(tokens):
            if response.total == 0 and not request.exact:
                corrected = SearchResponse(request=request, backend=self.name)
                self._run(request, viewer, build_tsquery(suggestion.split(), request.language, "&"),
                          corrected, with_facets)
                if corrected.total:
                    corrected.suggestion, corrected.corrected = suggestion, True
                    return corrected
            elif self._count(request, viewer, build_tsquery(suggestion.split(), request.language, "&")):
                response.suggestion = suggestion
        return response

    # --- queries ---------------------------------------------------------------------------

    def _base(self, request, viewer, tsquery, exclude_filter=None, with_filters=True):
        access_sql, params = viewer.sql("d")
        where = ["d.language = %(language)s", "d.vector @@ to_tsquery(%(config)s::regconfig, %(tsq)s)", access_sql]
        params.update({"language": request.language, "config": config_for(request.language), "tsq": tsquery})
        if with_filters:
            clauses, fparams = _filters_sql(request, exclude=exclude_filter)
            where += clauses
            params.update(fparams)
        return " AND ".join(where), params

    def _count(self, request, viewer, tsquery) -> int:
        where, params = self._base(request, viewer, tsquery, with_filters=False)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM sitesearch_searchdocument d WHERE {where}", params)
            return cursor.fetchone()[0]

    def _run(self, request, viewer, tsquery, response, with_facets):
        where, params = self._base(request, viewer, tsquery)
        offset = (request.page - 1) * request.per_page
        params.update({"limit": request.per_page, "offset": offset, "weights": WEIGHTS})
        sql = f"""
            WITH q AS (SELECT to_tsquery(%(config)s::regconfig, %(tsq)s) AS query),
            ranked AS (
              SELECT d.id, d.title, d.url, d.doc_type, d.language, d.municipality, d.municipality_name,
                     d.keywords, d.body, d.config,
                     ts_rank(%(weights)s::float4[], d.vector, q.query, 1) * d.boost AS score,
                     count(*) OVER () AS total
              FROM sitesearch_searchdocument d, q
              WHERE {where}
              ORDER BY score DESC, d.id
              LIMIT %(limit)s OFFSET %(offset)s
            )
            SELECT r.title, r.url, r.doc_type, r.language, r.municipality, r.municipality_name, r.score,
                   r.total,
                   ts_headline(r.config::regconfig,
                               CASE WHEN r.body = '' THEN r.keywords ELSE r.keywords || ' … ' || r.body END,
                               q.query, %(headline)s)
            FROM ranked r, q ORDER BY r.score DESC, r.id
        """
        params["headline"] = HEADLINE_OPTIONS
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        response.results = [
            Result(title=r[0], url=r[1], doc_type=r[2], type_label=labels.type_label(r[2], r[3]),
                   snippet_html=highlight(r[8]), language=r[3], municipality=r[4], municipality_name=r[5],
                   score=float(r[6]))
            for r in rows
        ]
        response.total = rows[0][7] if rows else (self._count_filtered(where, params) if offset else 0)
        if with_facets:
            response.facets = self.facets(request, viewer, tsquery)

    def _count_filtered(self, where, params) -> int:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM sitesearch_searchdocument d WHERE {where}", params)
            return cursor.fetchone()[0]

    def facets(self, request, viewer, tsquery) -> dict:
        """Counts per value of each facet, each under all the other active filters."""
        parts, all_params = [], {}
        for i, column in enumerate(FACET_DIMENSIONS):
            where, params = self._base(request, viewer, tsquery, exclude_filter=column)
            # Each UNION part gets its own parameter names.
            renamed = {}
            for key, value in params.items():
                renamed[f"{key}_{i}"] = value
                where = where.replace(f"%({key})s", f"%({key}_{i})s")
            all_params.update(renamed)
            label_column = {"municipality": "max(d.municipality_name)",
                            "police_district": "max(d.police_district_name)"}.get(column, "''")
            parts.append(
                f"SELECT '{column}', d.{column}, {label_column}, count(*) FROM sitesearch_searchdocument d "
                f"WHERE {where} AND d.{column} <> '' GROUP BY d.{column}"
            )
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), all_params)
            rows = cursor.fetchall()
        facets = {"type": [], "municipality": [], "police_district": [], "intervention_level": []}
        names = {"doc_type": "type"}
        for column, value, label, count in rows:
            if column == "doc_type":
                label = labels.type_label(value, request.language)
            elif column == "intervention_level":
                label = labels.level_label(value, request.language)
            facets[names.get(column, column)].append({"value": value, "label": label or value, "count": count})
        for values in facets.values():
            values.sort(key=lambda v: (-v["count"], v["label"]))
        return facets

    # --- did you mean ----------------------------------------------------------------------

    def suggest(self, tokens, language, viewer) -> str:
        """Replace words the index does not know with the most similar known word."""
        candidates = [t for t in tokens if len(t) >= 4 and not t.isdigit()]
        if not candidates:
            return ""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM sitesearch_vocabularyword WHERE language = %s AND word = ANY(%s)",
                [language, candidates],
            )
            known = {row[0] for row in cursor.fetchall()}
            unknown = [t for t in candidates if t not in known]
            if not unknown:
                return ""
            replaced = {}
            for token in unknown:
                cursor.execute(
                    "SELECT word, similarity(word, %s) AS s FROM sitesearch_vocabularyword "
                    "WHERE language = %s AND word %% %s ORDER BY s DESC, frequency DESC, word LIMIT 1",
                    [token, language, token],
                )
                row = cursor.fetchone()
                if row and row[1] >= SUGGEST_SIMILARITY:
                    replaced[token] = row[0]
        if not replaced:
            return ""
        return " ".join(replaced.get(t, t) for t in tokens)

    # --- autocomplete ----------------------------------------------------------------------

    def autocomplete(self, prefix: str, language: str, viewer, limit: int = 8) -> list[dict]:
        prefix = prefix.strip().lower()
        access_sql, params = viewer.sql("d")
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.update({"language": language, "start": like + "%", "word": "% " + like + "%",
                       "limit": limit})
        with connection.cursor() as cursor:
            cursor.execute(
                f"""SELECT d.title, d.url, d.doc_type FROM sitesearch_searchdocument d
                    WHERE d.language = %(language)s AND {access_sql}
                      AND d.doc_type NOT IN ('signofconcern', 'intervention')
                      AND (lower(d.title) LIKE %(start)s OR lower(d.title) LIKE %(word)s)
                    ORDER BY (lower(d.title) LIKE %(start)s) DESC, d.boost DESC, length(d.title), d.title
                    LIMIT %(limit)s""",
                params,
            )
            titles = [{"label": r[0], "url": r[1], "type": labels.type_label(r[2], language)}
                      for r in cursor.fetchall()]
        terms = []
        seen = {t["label"].lower() for t in titles}
        for group in synonyms.groups(language):
            for term in group:
                if term.startswith(prefix) and term not in seen:
                    terms.append({"label": term, "url": None, "type": "term"})
                    seen.add(term)
        return (titles + terms)[:limit]
