"""Search on PostgreSQL: our own ts queries over search documents, per-language configuration
(danish / english / arabic), synonyms expanded in the query, compound parts matched through the index,
snippets from ts_headline, facets with counts, and "did you mean" from pg_trgm."""

import html
import os

from django.db import connection, transaction

from search import compounds, labels, registry, synonyms
from search.query import Result, SearchResponse
from search.text import config_for

START, STOP = "\x02", "\x03"
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=28, MinWords=12, ShortWord=2, "
    "MaxFragments=2, FragmentDelimiter=\" … \""
)
# ts_rank weights for D, C, B, A (compound parts, body, summary, title).
WEIGHTS = "{0.15, 0.25, 0.5, 1.0}"
PREFIX_MIN = 4
FACET_DIMENSIONS = ("doc_type", "municipality", "police_district", "intervention_level")
SUGGEST_SIMILARITY = 0.34
HEADLINE_CHARS = 8000  # snippets are cut from the first part of long texts
RANK_ALL = 1500   # up to this many matches, every one gets the full score
RANK_CAP = 100    # beyond it, only the best this many by title/summary score
# A page whose title holds the query's words is most likely what the reader means: the score grows
# by up to this factor with the share of the query's words found in the title.
TITLE_BONUS = float(os.environ.get("SEARCH_TITLE_BONUS", "5.0"))
# The score is multiplied by (COVER_FLOOR + the share of the query's words the page holds, each
# weighted by its rarity): a page holding the rare words of a question comes before one that repeats
# the common ones (0.25 until the relevance set grew: 0.05 fitted both halves better, docs/search.md).
COVER_FLOOR = 0.05
# Phrase proximity: a page whose title or summary holds the query's words in the reader's order
# ("hvor mange kommuner har en handlingsplan") answers it more likely than one that has them
# scattered. Only for queries of two or more words (after stop words). The same phrase in the body
# added nothing measurable (docs/search.md), so only title and summary count.
PHRASE_HEAD_BONUS = float(os.environ.get("SEARCH_PHRASE_HEAD_BONUS", "2.0"))


DANISH_ENDINGS = ("erne", "ende", "ede", "ene", "ets", "ens", "er", "en", "et", "es", "e")
# Languages whose words take prefixes and suffixes so freely (Arabic: the article ال, و, ب, ل, ك,
# pronoun endings) that most correct forms of a known word are not in the vocabulary. There, a word
# whose stem is in a public document is known, and did-you-mean leaves it alone.
STEM_KNOWN_LANGUAGES = ("ar",)


def loose_stem(token: str) -> str:
    """A shorter prefix for inflected Danish words the stemmer keeps apart ("bekymrede" and
    "bekymret"): the word without a common ending, if at least five letters remain."""
    if len(token) >= 7:
        for ending in DANISH_ENDINGS:
            if token.endswith(ending) and len(token) - len(ending) >= 5:
                return token[: -len(ending)]
    return ""


def _term(token: str, prefix: bool, language: str = "") -> str:
    # Tokens only hold letters and digits (query.TOKEN_RE), so quoting cannot be broken out of.
    term = f"'{token}'" + (":*" if prefix and len(token) >= PREFIX_MIN else "")
    stem = loose_stem(token) if prefix and language == "da" else ""
    return f"({term} | '{stem}':*)" if stem else term


def build_tsquery(tokens: list[str], language: str, operator: str = "&", prefix: bool = True) -> str:
    """A to_tsquery() string: each token (or synonym group) is a slot; slots are AND-ed (or OR-ed).
    Multi-word synonyms become phrases."""
    return f" {operator} ".join(build_slots(tokens, language, prefix))


def build_slots(tokens: list[str], language: str, prefix: bool = True) -> list[str]:
    """One to_tsquery() string per word of the query (a word with its synonyms)."""
    slots = []
    for slot in synonyms.expand(tokens, language):
        alternatives = []
        for alternative in slot:
            last = len(alternative) - 1
            terms = [_term(t, prefix and i == last, language if len(alternative) == 1 else "")
                     for i, t in enumerate(alternative)]
            alternatives.append(" <-> ".join(terms) if len(terms) > 1 else terms[0])
        slots.append("(" + " | ".join(alternatives) + ")" if len(alternatives) > 1 else alternatives[0])
    return slots


def highlight(text: str) -> str:
    """Escape a ts_headline fragment and turn its markers into <mark>."""
    escaped = html.escape(text or "", quote=False)
    return escaped.replace(START, "<mark>").replace(STOP, "</mark>")


def _filters_sql(request, exclude=None, alias="d") -> tuple[list[str], dict]:
    clauses, params = [], {}
    for column, value in request.filters().items():
        if value and column != exclude:
            clauses.append(f"{alias}.{column} = %(f_{column})s")
            params[f"f_{column}"] = value
    return clauses, params


class PostgresSearch:
    name = "database"

    def search(self, request, viewer, *, with_facets=True) -> SearchResponse:
        response = SearchResponse(request=request, backend=self.name)
        tokens = request.tokens
        if not tokens:
            return response
        # Any of the words may match; pages with more of them (and in the title) rank first, so a
        # question in plain language ("jeg er bekymret for en elev") still finds its page.
        self._run(request, viewer, build_slots(tokens, request.language), response, with_facets, phrase=tokens)
        suggestion = self.suggest(tokens, request.language, viewer)
        if suggestion and suggestion != " ".join(tokens):
            corrected_slots = build_slots(suggestion.split(), request.language)
            if response.total == 0 and not request.exact:
                corrected = SearchResponse(request=request, backend=self.name)
                self._run(request, viewer, corrected_slots, corrected, with_facets, phrase=suggestion.split())
                if corrected.total:
                    corrected.suggestion, corrected.corrected = suggestion, True
                    return corrected
            elif self._count(request, viewer, " | ".join(corrected_slots)):
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

    def _run(self, request, viewer, slots, response, with_facets, phrase=()):
        """One statement: match and rank once (m), then the page of results with ts_headline
        snippets, the total and the facet counts (each facet under the other filters)."""
        tsquery = " | ".join(slots)
        where, params = self._base(request, viewer, tsquery, with_filters=False)
        params["slots"] = slots
        # Tokens hold only letters and digits: phraseto_tsquery() reads them as plain words.
        params["phrase"] = " ".join(phrase) if len(phrase) > 1 else ""
        filters, fparams = _filters_sql(request, alias="m")
        params.update(fparams)
        params.update({"limit": request.per_page, "offset": (request.page - 1) * request.per_page,
                       "weights": WEIGHTS, "headline": HEADLINE_OPTIONS})
        facet_parts = []
        for column in FACET_DIMENSIONS if with_facets else ():
            others, _ = _filters_sql(request, exclude=column, alias="m")
            label = {"municipality": "max(m.municipality_name)",
                     "police_district": "max(m.police_district_name)"}.get(column, "''")
            condition = " AND ".join(others + [f"m.{column} <> ''"])
            facet_parts.append(f"SELECT '{column}' AS dim, m.{column} AS val, {label} AS label, count(*) AS n "
                               f"FROM m WHERE {condition} GROUP BY m.{column}")
        facets_sql = (" UNION ALL ".join(facet_parts)) if facet_parts else "SELECT NULL, NULL, NULL, NULL WHERE FALSE"
        filtered = " AND ".join(filters) if filters else "TRUE"
        params["phrase_head"] = PHRASE_HEAD_BONUS
        params["cover_floor"] = COVER_FLOOR
        params.update({"title_bonus": TITLE_BONUS, "headline_chars": HEADLINE_CHARS, "rank_all": RANK_ALL, "cap": max(RANK_CAP, request.page * request.per_page)})
        # Ranking in two steps keeps common words cheap: every match is scored on its small
        # `head` vector (title, summary); if there are more than RANK_ALL matches only the best
        # RANK_CAP of those get the full score over the whole text (the large, TOASTed vector).
        sql = f"""
            WITH docs AS (
              SELECT max(st.ndoc)::float AS total FROM sitesearch_lexemestat st
              WHERE st.language = %(language)s AND st.lexeme = ''
            ),
            q AS (
              SELECT to_tsquery(%(config)s::regconfig, %(tsq)s) AS query,
                     array(SELECT to_tsquery(%(config)s::regconfig, s) FROM unnest(%(slots)s::text[]) AS s) AS slots,
                     -- each word's weight: its inverse document frequency (1 for every word while
                     -- there are no statistics); a word with synonyms counts as its most common form
                     array(SELECT CASE WHEN docs.total IS NULL THEN 1.0 ELSE ln(1 + docs.total / greatest(1, coalesce(
                                    (SELECT max(st.ndoc) FROM sitesearch_lexemestat st
                                     WHERE st.language = %(language)s AND st.lexeme <> '' AND st.lexeme = ANY(array(
                                       SELECT (regexp_matches(to_tsquery(%(config)s::regconfig, s.slot)::text,
                                                              $re$'([^']+)'$re$, 'g'))[1]))), 0))) END
                           FROM unnest(%(slots)s::text[]) WITH ORDINALITY AS s(slot, i) ORDER BY s.i) AS idf,
                     phraseto_tsquery(%(config)s::regconfig, %(phrase)s) AS phrase
              FROM docs
            ),
            qn AS (SELECT greatest(0.001, (SELECT sum(w) FROM unnest(q.slots, q.idf) AS t(s, w)
                                         WHERE numnode(s) > 0)) AS n FROM q),
            m AS MATERIALIZED (
              SELECT d.id, d.doc_type, d.municipality, d.municipality_name, d.police_district,
                     d.police_district_name, d.intervention_level, d.boost,
                     ts_rank(%(weights)s::float4[], d.head, q.query, 1) AS head_score
              FROM sitesearch_searchdocument d, q WHERE {where}
            ),
            f AS (SELECT m.id, m.boost, m.head_score FROM m WHERE {filtered}),
            n AS (SELECT count(*) AS c FROM f),
            cand AS (
              SELECT f.id, f.boost FROM f ORDER BY f.head_score * f.boost DESC, f.id
              LIMIT (SELECT CASE WHEN n.c <= %(rank_all)s THEN n.c ELSE %(cap)s END FROM n)
            ),
            scored AS (
              -- the full score times the share of the query's words the page has (and has in its
              -- title), each word weighted by how rare it is
              SELECT cand.id, ts_rank(%(weights)s::float4[], d.vector, q.query, 1) * cand.boost
                     * (%(cover_floor)s + coalesce((SELECT sum(w) FROM unnest(q.slots, q.idf) AS t(s, w)
                                         WHERE d.vector @@ s), 0) / qn.n)
                     * (1 + %(title_bonus)s * coalesce((SELECT sum(w) FROM unnest(q.slots, q.idf) AS t(s, w)
                                                        WHERE ts_filter(d.head, '{{a}}') @@ s), 0) / qn.n)
                     -- phrase proximity: the query's words in order (two or more words after stop words)
                     * CASE WHEN numnode(q.phrase) >= 3 AND d.head @@ q.phrase THEN 1 + %(phrase_head)s
                            ELSE 1 END AS score
              FROM cand JOIN sitesearch_searchdocument d ON d.id = cand.id, q, qn
            ),
            top AS (SELECT scored.id, scored.score FROM scored ORDER BY scored.score DESC, scored.id
                    LIMIT %(limit)s OFFSET %(offset)s),
            summary AS (
              SELECT (SELECT c FROM n) AS total,
                     (SELECT json_agg(json_build_array(x.dim, x.val, x.label, x.n)) FROM ({facets_sql}) x) AS facets
            )
            SELECT s.total, s.facets, d.title, d.url, d.doc_type, d.language, d.municipality,
                   d.municipality_name, top.score,
                   CASE WHEN d.id IS NULL THEN NULL ELSE ts_headline(
                       d.config::regconfig,
                       CASE WHEN d.body = '' THEN d.keywords ELSE d.keywords || ' … ' || left(d.body, %(headline_chars)s) END,
                       q.query, %(headline)s) END,
                   d.file_type, d.file_size
            FROM summary s CROSS JOIN q
            LEFT JOIN top ON TRUE
            LEFT JOIN sitesearch_searchdocument d ON d.id = top.id
            ORDER BY top.score DESC NULLS LAST, top.id
        """
        with transaction.atomic(), connection.cursor() as cursor:
            # Matching goes through the GIN index: a sequential scan would unpack every
            # document's vector when a word is common.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        total, facet_rows = (rows[0][0], rows[0][1]) if rows else (0, None)
        response.total = total or 0
        response.results = [
            Result(title=r[2], url=r[3], doc_type=r[4], type_label=labels.type_label(r[4], r[5]),
                   snippet_html=highlight(r[9]), language=r[5], municipality=r[6], municipality_name=r[7],
                   score=float(r[8]), file_type=r[10] or "", file_size=r[11])
            for r in rows if r[2] is not None
        ]
        if with_facets:
            response.facets = self._facets_from_rows(facet_rows or [], request.language)

    def _facets_from_rows(self, rows, language) -> dict:
        facets = {"type": [], "municipality": [], "police_district": [], "intervention_level": []}
        names = {"doc_type": "type"}
        for column, value, label, count in rows:
            if column == "doc_type":
                label = labels.type_label(value, language)
            elif column == "intervention_level":
                label = labels.facet_label(column, value, language)
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
        known_by_stem = ""
        if language in STEM_KNOWN_LANGUAGES:
            # Only public documents count, like the vocabulary: no hint about restricted text.
            known_by_stem = """
                AND NOT EXISTS (SELECT 1 FROM sitesearch_searchdocument d
                                WHERE d.language = %(language)s AND d.access = 'public'
                                  AND d.vector @@ plainto_tsquery(%(config)s::regconfig, t.token))"""
        # One round trip: for each word the index does not know, the most similar known word.
        with connection.cursor() as cursor:
            cursor.execute(
                """
                SELECT t.token, best.word, best.s
                FROM unnest(%(tokens)s::text[]) AS t(token)
                CROSS JOIN LATERAL (
                    SELECT v.word, similarity(v.word, t.token) AS s FROM sitesearch_vocabularyword v
                    WHERE v.language = %(language)s AND v.word %% t.token
                    ORDER BY s DESC, v.frequency DESC, v.word LIMIT 1
                ) best
                WHERE NOT EXISTS (SELECT 1 FROM sitesearch_vocabularyword k
                                  WHERE k.language = %(language)s AND k.word = t.token)
                """ + known_by_stem,
                {"tokens": candidates, "language": language, "config": config_for(language)},
            )
            replaced = {token: word for token, word, score in cursor.fetchall() if score >= SUGGEST_SIMILARITY}
            # A compound the index does not know ("exitprogram") and nothing resembles: its known
            # parts, in reading order ("exit program"), as the index holds the parts of its own compounds.
            unknown = [t for t in candidates if t not in replaced and compounds.split_word(t)]
            if unknown:
                cursor.execute("SELECT word FROM sitesearch_vocabularyword WHERE language = %s AND word = ANY(%s)",
                               [language, unknown])
                known = {row[0] for row in cursor.fetchall()}
                for token in unknown:
                    if token not in known:
                        replaced[token] = " ".join(reversed(compounds.split_word(token)))
        if not replaced:
            return ""
        return " ".join(replaced.get(t, t) for t in tokens)

    # --- autocomplete ----------------------------------------------------------------------

    def autocomplete(self, prefix: str, language: str, viewer, limit: int = 8) -> list[dict]:
        prefix = prefix.strip().lower()
        access_sql, params = viewer.sql("d")
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.update({"language": language, "start": like + "%", "word": "% " + like + "%",
                       "limit": limit, "no_autocomplete": registry.without_autocomplete()})
        with connection.cursor() as cursor:
            cursor.execute(
                f"""SELECT d.title, d.url, d.doc_type FROM sitesearch_searchdocument d
                    WHERE d.language = %(language)s AND {access_sql}
                      AND NOT d.doc_type = ANY(%(no_autocomplete)s::text[])
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
