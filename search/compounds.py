"""Compound words. Danish glues words together ("bekymringstegn", "handlingsplan"); a reader who
types "tegn" or "plan" expects those pages. At indexing time each long word is split into known
parts from a word list (the same list feeds Elasticsearch's dictionary_decompounder), and the
parts are indexed alongside the text."""

import re
from functools import lru_cache
from pathlib import Path

WORDLIST = Path(__file__).with_name("compound_parts.txt")
WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_PART = 3
# Danish linking elements between the parts of a compound: "bekymring-s-tegn", "skole-ø"...
LINKS = ("s", "e", "")
# Danish inflection endings a compound's last part may carry ("handlingsplan-en", "tovholder-en",
# "indsatsniveau-er", "trekant-ens"): the part is found without them. Longest first.
ENDINGS = ("ernes", "erne", "enes", "ene", "ens", "ets", "en", "et", "er", "es", "e", "s")


def _known_tail(tail: str, dictionary) -> str:
    """The dictionary form of a compound's last part, with or without an inflection ending."""
    if tail in dictionary:
        return tail
    for ending in ENDINGS:
        if tail.endswith(ending) and len(tail) - len(ending) >= MIN_PART and tail[: -len(ending)] in dictionary:
            return tail[: -len(ending)]
    return ""


@lru_cache(maxsize=1)
def parts_dictionary() -> frozenset[str]:
    words = set()
    for line in WORDLIST.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.add(line)
    return frozenset(words)


def split_word(word: str, dictionary=None) -> list[str]:
    """Known parts of one word: the longest known head and tail, recursively. Returns [] when
    the word is not a compound of known parts (or is itself a known word with no split)."""
    if dictionary is None:
        return list(_split_known(word.lower()))
    word = word.lower()
    if len(word) < 2 * MIN_PART:
        return []
    found: list[str] = []
    # Tail: the longest dictionary word that ends the compound.
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        tail = _known_tail(word[cut:], dictionary)
        if tail:
            head = word[:cut]
            found.append(tail)
            for link in LINKS:
                if link and not head.endswith(link):
                    continue
                stem = head[: len(head) - len(link)] if link else head
                if len(stem) >= MIN_PART and (stem in dictionary or stem + "e" in dictionary):
                    found.append(stem if stem in dictionary else stem + "e")
                    break
                if len(stem) >= 2 * MIN_PART:
                    sub = split_word(stem, dictionary)
                    if sub:
                        found.extend(sub)
                        break
            break
    return [p for p in dict.fromkeys(found) if p != word]


@lru_cache(maxsize=100_000)
def _split_known(word: str) -> tuple[str, ...]:
    """split_word() with the site's word list, remembered: indexing meets the same words again and
    again, and each is tried at every cut with and without its ending."""
    return tuple(split_word(word, parts_dictionary()))


def compound_parts(text: str, dictionary=None) -> str:
    """All parts of all compounds in a text, space separated, each once."""
    seen: dict[str, None] = {}
    for word in WORD_RE.findall(text or ""):
        if len(word) >= 2 * MIN_PART:
            for part in split_word(word, dictionary):
                seen.setdefault(part, None)
    return " ".join(seen)
