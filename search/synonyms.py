"""Synonym groups as editable data (SynonymGroup in the admin), shared by both backends."""

import re

from django.core.cache import cache

from search.models import SynonymGroup

CACHE_KEY = "sitesearch:synonyms:v1"
TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return [t.lower() for t in TOKEN_RE.findall(text or "")]


def groups(language: str) -> list[list[str]]:
    """Synonym groups for a language, each a list of terms (lower case)."""
    data = cache.get(CACHE_KEY)
    if data is None:
        data = {}
        for group in SynonymGroup.objects.all():
            data.setdefault(group.language, []).append(group.term_list)
        cache.set(CACHE_KEY, data, 300)
    return data.get(language, [])


def clear_cache(**_kwargs):
    cache.delete(CACHE_KEY)


def expand(query_tokens: list[str], language: str) -> list[list[list[str]]]:
    """Turn the query's tokens into a list of slots; each slot is a list of alternatives and
    each alternative a list of tokens. "info hus plan" with the group (infohus, info-hus) gives
    [[["info","hus"],["infohus"]], [["plan"]]]."""
    alternatives = []
    for group in groups(language):
        members = [tokens(term) for term in group]
        members = [m for m in members if m]
        alternatives.append(members)
    slots = []
    i = 0
    while i < len(query_tokens):
        matched = None
        for members in alternatives:
            for member in sorted(members, key=len, reverse=True):
                if query_tokens[i:i + len(member)] == member:
                    if matched is None or len(member) > matched[0]:
                        matched = (len(member), members)
                    break
        if matched:
            length, members = matched
            original = query_tokens[i:i + length]
            slot = [original] + [m for m in members if m != original]
            slots.append(slot)
            i += length
        else:
            slots.append([[query_tokens[i]]])
            i += 1
    return slots


def elasticsearch_rules(language: str) -> list[str]:
    """Solr-format synonym rules for Elasticsearch's synonym_graph filter."""
    return [", ".join(group) for group in groups(language) if len(group) > 1]
