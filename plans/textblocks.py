"""Which of the centre's text blocks a plan embeds, and which changed since the plan was last
published, so the plan's editors can check that the plan still reads right."""

from __future__ import annotations

from guidance.models import TextBlock

SECTION_FIELDS = [
    "vision", "definitions", "signs_of_concern", "organisation", "infohus_cooperation",
    "procedure_notes", "network", "communication", "training", "acute_situations", "press",
]


def text_block_ids(plan) -> set[int]:
    """Ids of the text blocks the plan references (from the raw stream data: no queries)."""
    ids = set()
    for name in SECTION_FIELDS:
        for child in getattr(plan, name).raw_data:
            if child.get("type") == "text_block" and child.get("value"):
                ids.add(int(child["value"]))
    return ids


def reference_time(plan):
    """When the plan was last published (or, if never, last saved)."""
    return plan.last_published_at or plan.latest_revision_created_at


def changed_text_blocks(plan, blocks_by_id=None) -> list:
    """The embedded text blocks whose published text is newer than the plan's last publication."""
    ids = text_block_ids(plan)
    since = reference_time(plan)
    if not ids or since is None:
        return []
    if blocks_by_id is None:
        blocks_by_id = TextBlock.objects.in_bulk(ids)
    return sorted(
        (block for pk, block in blocks_by_id.items() if pk in ids and block.last_published_at and block.last_published_at > since),
        key=lambda block: block.number,
    )


def plans_with_changed_text_blocks(plans) -> list[tuple]:
    """[(plan, [changed blocks])] for the given plans, in two queries."""
    plans = list(plans)
    all_ids = set().union(*(text_block_ids(plan) for plan in plans)) if plans else set()
    blocks_by_id = TextBlock.objects.in_bulk(all_ids) if all_ids else {}
    result = []
    for plan in plans:
        changed = changed_text_blocks(plan, blocks_by_id)
        if changed:
            result.append((plan, changed))
    return result
