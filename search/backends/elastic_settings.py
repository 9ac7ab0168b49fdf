"""Elasticsearch index settings: a Danish analyzer (stop words, stemming), English and Arabic
analyzers for the language sub-fields, compound parts from the same word list as the database
backend, and synonyms. Kept free of Django model imports so
the settings (config/settings/base.py) can use it."""

from pathlib import Path

INDEX_PREFIX = "ncfe_"
SYNONYMS_SET = "ncfe-synonyms"
WORDLIST = Path(__file__).resolve().parent.parent / "compound_parts.txt"


def compound_words() -> list[str]:
    words = []
    for line in WORDLIST.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.append(line)
    return words


def analysis() -> dict:
    """The analysis section of the index settings. Synonyms are applied at search time from an
    Elasticsearch synonyms set (kept in step with the SynonymGroup snippets by
    search/backends/elastic.py), so editing them needs no reindex."""
    return {
        "filter": {
            "danish_stop": {"type": "stop", "stopwords": "_danish_"},
            "danish_stemmer": {"type": "stemmer", "language": "danish"},
            "danish_compounds": {
                "type": "dictionary_decompounder",
                "word_list": compound_words(),
                "min_subword_size": 3,
                "only_longest_match": False,
            },
            "site_synonyms": {"type": "synonym_graph", "synonyms_set": SYNONYMS_SET, "updateable": True},
            "edgengram": {"type": "edge_ngram", "min_gram": 2, "max_gram": 15},
            "english_stop_words": {"type": "stop", "stopwords": "_english_"},
            "english_stemmer": {"type": "stemmer", "language": "english"},
            # Arabic as Elasticsearch's built-in `arabic` analyzer does it: Arabic stop words,
            # normalisation (hamza and alef forms, ta marbuta, vowel marks, tatweel) and the light
            # stemmer (the article ال, prefixes such as و ب ل, plural and pronoun endings).
            "arabic_stop": {"type": "stop", "stopwords": "_arabic_"},
            "arabic_stemmer": {"type": "stemmer", "language": "arabic"},
        },
        "analyzer": {
            "danish_index": {
                "type": "custom", "tokenizer": "standard",
                "filter": ["lowercase", "danish_compounds", "danish_stop", "danish_stemmer"],
            },
            "danish_search": {
                "type": "custom", "tokenizer": "standard",
                "filter": ["lowercase", "site_synonyms", "danish_stop", "danish_stemmer"],
            },
            "english_index": {
                "type": "custom", "tokenizer": "standard",
                "filter": ["lowercase", "danish_compounds", "english_stop_words", "english_stemmer"],
            },
            "english_search": {
                "type": "custom", "tokenizer": "standard",
                "filter": ["lowercase", "site_synonyms", "english_stop_words", "english_stemmer"],
            },
            # Danish compounds are split here too: Arabic text keeps Danish names such as "Infohus",
            # and the word list never matches Arabic words.
            "arabic_index": {
                "type": "custom", "tokenizer": "standard",
                "filter": ["lowercase", "decimal_digit", "danish_compounds", "arabic_stop", "arabic_normalization",
                           "arabic_stemmer"],
            },
            "arabic_search": {
                "type": "custom", "tokenizer": "standard",
                "filter": ["lowercase", "decimal_digit", "site_synonyms", "arabic_stop", "arabic_normalization",
                           "arabic_stemmer"],
            },
            "default": {
                "type": "custom", "tokenizer": "standard",
                "filter": ["lowercase", "danish_compounds", "danish_stop", "danish_stemmer"],
            },
            "default_search": {
                "type": "custom", "tokenizer": "standard",
                "filter": ["lowercase", "site_synonyms", "danish_stop", "danish_stemmer"],
            },
            "edgengram_analyzer": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "edgengram"]},
        },
    }


def index_settings() -> dict:
    return {"settings": {"index": {"number_of_shards": 1}, "analysis": analysis()}}


# The name of the Wagtail search backend that holds the site search's Elasticsearch index. Wagtail's
# "default" backend stays the database one: the admin's page search and /api/v2/pages/?search= read
# it, and Wagtail itself never writes to Elasticsearch (AUTO_UPDATE off): search/backends/elastic.py
# creates the index with its mapping and keeps it in step.
BACKEND_NAME = "elasticsearch"


def wagtail_backend_settings(url: str) -> dict:
    return {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [url],
        "INDEX_PREFIX": INDEX_PREFIX,
        "TIMEOUT": 5,
        "AUTO_UPDATE": False,
        "OPTIONS": {"max_retries": 0},
        "INDEX_SETTINGS": index_settings(),
    }


def search_backends(url: str) -> dict:
    """WAGTAILSEARCH_BACKENDS: the database backend as Wagtail's default (with content in the admin's
    search, search/backends/wagtail_database.py), Elasticsearch beside it."""
    backends = {"default": {"BACKEND": "search.backends.wagtail_database", "SEARCH_CONFIG": "danish"}}
    if url:
        backends[BACKEND_NAME] = wagtail_backend_settings(url)
    return backends
