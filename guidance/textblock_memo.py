"""The centre's text blocks as plans and guide pages embed them, without a query per block.

A plan page has up to ten sections, each its own StreamField, and each section that embeds a text
block cost one query to load it and one more to find its translation. The text-block table is small
(one row per block and language), so it is read whole, once per content generation (ops.memo), and
both lookups are answered from it. Saving or publishing a text block bumps the generation.
"""

from __future__ import annotations

from guidance.snippets import TextBlock
from ops import memo


def _load() -> tuple[dict, dict]:
    by_id = {block.pk: block for block in TextBlock.objects.all()}
    by_translation = {(block.translation_key, block.locale_id): block for block in by_id.values()}
    return by_id, by_translation


def _tables() -> tuple[dict, dict]:
    return memo.memo(None, ("text-blocks",), _load)


def bulk_lookup(ids: list) -> list | None:
    """Text blocks for `ids` (None where missing), or None when any id is unknown (then the caller
    asks the database: a block created since the table was read, or an id that does not exist)."""
    by_id, _ = _tables()
    if any(pk is not None and pk not in by_id for pk in ids):
        return None
    return [by_id.get(pk) for pk in ids]


def translation(block, locale_id):
    """`block` in the locale `locale_id` (live or not), or None."""
    if block is None:
        return None
    if block.locale_id == locale_id:
        return block
    _, by_translation = _tables()
    return by_translation.get((block.translation_key, locale_id))
