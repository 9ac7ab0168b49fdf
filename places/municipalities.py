"""Looking up municipalities: the list every reader sees, by slug, their infohus, and forgiving
matching of a typed municipality name."""

from __future__ import annotations

import re
import unicodedata

from ops import memo
from places.models import Municipality


def all_municipalities() -> list[Municipality]:
    # Reference data (the 98 municipalities), read once per content generation.
    return list(memo.memo(None, ("municipalities",), lambda: list(Municipality.objects.order_by("name"))))


def by_slug(slug: str | None) -> Municipality | None:
    if not slug:
        return None
    return Municipality.objects.filter(slug=slug).first()


def infohus_for(municipality):
    """The municipality's Infohus Kommune contact (phone, e-mail, opening hours), or None."""
    if municipality is None:
        return None
    return getattr(municipality, "infohus", None)


# --- matching typed names --------------------------------------------------------------------
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ö": "o", "ä": "a", "ü": "u"})
_SUFFIXES = ("regionskommune", "kommune")


def normalise(text: str) -> str:
    """A forgiving key: case, accents, Danish letters (æ/ø/å and their aa/oe spellings), spaces,
    hyphens and a trailing 'Kommune' do not matter."""
    text = (text or "").casefold().strip().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9]+", "", text)
    for suffix in _SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
            break
    return text.replace("aa", "a").replace("oe", "o")


def keys_for(municipality) -> set[str]:
    names = {municipality.name, getattr(municipality, "slug", "") or ""}
    short = getattr(municipality, "short_name", "") or ""
    if short:
        names.add(short)
    keys = set()
    for name in names:
        key = normalise(name)
        if key:
            keys.add(key)
            if re.search(r"s\s+(regions)?kommune$", name.casefold()):  # Københavns Kommune -> København
                keys.add(key[:-1])
    return keys


def match(text: str, candidates=None):
    """Return (exact match or None, list of close candidates) for a typed name."""
    key = normalise(text)
    if not key:
        return None, []
    candidates = all_municipalities() if candidates is None else candidates
    keyed = [(municipality, keys_for(municipality)) for municipality in candidates]
    exact = [m for m, keys in keyed if key in keys]
    if len(exact) == 1:
        return exact[0], []
    if exact:
        return None, exact
    starts = [m for m, keys in keyed if any(k.startswith(key) for k in keys)]
    if len(starts) == 1 and len(key) >= 3:
        return starts[0], []
    if starts:
        return None, starts
    contains = [m for m, keys in keyed if len(key) >= 3 and any(key in k for k in keys)]
    return None, contains[:10]
