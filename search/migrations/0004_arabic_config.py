"""Arabic documents get PostgreSQL's "arabic" text search configuration.

Before this, search/documents.py only knew Danish and English, and Arabic rows were indexed with
"simple" (no stemming: "التطرف" did not find "تطرف"). This rebuilds `config`, `vector` and `head`
of every Arabic row in SQL from its stored columns, the way documents.UPSERT_SQL builds them
(`title_text` is not stored: `title` stands in for it), and the Arabic vocabulary for "did you
mean" without vowel marks (they used to split words: "التطرّف" gave "التطر"). An upgraded site needs
no reindex; `search_reindex` gives the same result. Reversible: back to "simple".
"""

import re

from django.db import migrations

REBUILD_SQL = """
UPDATE sitesearch_searchdocument SET
  config = %(config)s,
  vector = setweight(to_tsvector(%(config)s::regconfig, title || ' ' || title_parts), 'A')
           || setweight(to_tsvector(%(config)s::regconfig, keywords), 'B')
           || setweight(to_tsvector(%(config)s::regconfig, body), 'C')
           || setweight(to_tsvector(%(config)s::regconfig, parts), 'D'),
  head = setweight(to_tsvector(%(config)s::regconfig, title || ' ' || title_parts), 'A')
         || setweight(to_tsvector(%(config)s::regconfig, keywords), 'B')
WHERE language = %(language)s
"""

# As in search/query.py and search/documents.py at the time of this migration.
ARABIC_MARKS_RE = re.compile("[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
VOCAB_WORD_RE = re.compile(r"[^\W\d_]{3,30}", re.UNICODE)


def rebuild(connection, config="arabic", language="ar"):
    """Rebuild the rows of `language` with `config`, and that language's vocabulary."""
    with connection.cursor() as cursor:
        cursor.execute(REBUILD_SQL, {"config": config, "language": language})
        cursor.execute(
            "SELECT title, keywords, body FROM sitesearch_searchdocument WHERE language = %s AND access = 'public'",
            [language],
        )
        words = set()
        for title, keywords, body in cursor.fetchall():
            text = ARABIC_MARKS_RE.sub("", f"{title} {keywords} {body}")
            words.update(w.lower() for w in VOCAB_WORD_RE.findall(text))
        cursor.execute("DELETE FROM sitesearch_vocabularyword WHERE language = %s", [language])
        if words:
            cursor.execute(
                "INSERT INTO sitesearch_vocabularyword (language, word, frequency) "
                "SELECT %s, w, 1 FROM unnest(%s::text[]) AS w ON CONFLICT (language, word) DO NOTHING",
                [language, sorted(words)],
            )


def forwards(apps, schema_editor):
    rebuild(schema_editor.connection, "arabic")


def backwards(apps, schema_editor):
    rebuild(schema_editor.connection, "simple")


class Migration(migrations.Migration):

    dependencies = [
        ("sitesearch", "0003_synonymgroup_arabic"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
