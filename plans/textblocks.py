"""Which of the centre's text blocks a plan embeds, and which changed since the plan was last
published, so the plan's editors can check that the plan still reads right."""

from __future__ import annotations

import json

from django.core.exceptions import NON_FIELD_ERRORS

from guidance.models import TextBlock
from guidance.textblocks import find_placeholders
from plans.blocks import PlanTextBlockReferenceBlock

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


# --- the text blocks' names filled in (guidance.textblocks) -----------------------------------


def filled_text_blocks(plan) -> list[dict]:
    """The live text blocks the plan shows, in section order, each with its body as HTML with the
    plan's municipality and police district filled in: what the search index and the API expose."""
    context = {"page": plan}
    items = []
    for name in SECTION_FIELDS:
        for child in getattr(plan, name):
            if child.block_type != "text_block" or not isinstance(child.block, PlanTextBlockReferenceBlock):
                continue
            text_block = child.block.published_text_block(child.value, context)
            if text_block is None:
                continue
            items.append({
                "section": name, "number": text_block.number, "title": text_block.title,
                "body": str(child.block.body_html(text_block, context)),
            })
    return items


def placeholder_errors(plan) -> dict[str, str]:
    """{field: Danish message} for each of the plan's own texts that still holds a placeholder
    such as [KOMMUNE] or [POLITIKREDS] (the centre's text blocks are filled in, so not counted)."""
    errors = {}
    # In the admin the form checks the submitted interventions itself (PlanPageForm): the plan's
    # rows are only replaced by the submitted ones when the form is saved.
    if not getattr(plan, "_interventions_checked_by_form", False):
        for item in plan.interventions.all():
            if found := intervention_placeholder_errors(item):
                errors.setdefault(NON_FIELD_ERRORS, f"Indsatsen \"{item.title}\": {next(iter(found.values()))}")
    for field_name, text in _own_texts(plan):
        found = find_placeholders(text)
        if found and field_name not in errors:
            label = plan._meta.get_field(field_name).verbose_name
            errors[field_name] = (
                f"Afsnittet \"{label}\" indeholder stadig pladsholderen {', '.join(found)}. Skriv det rigtige "
                "navn eller den rigtige tekst i stedet, før planen offentliggøres eller sendes til godkendelse."
            )
    return errors


INTERVENTION_TEXT_FIELDS = [
    "title", "purpose", "content", "target_group", "responsible_unit", "partners", "follow_up_how", "follow_up_when",
]


def intervention_placeholder_errors(values) -> dict[str, str]:
    """{field: Danish message} for an intervention (a PlanIntervention or its form's cleaned data)
    whose text still holds a placeholder."""
    errors = {}
    for name in INTERVENTION_TEXT_FIELDS:
        text = values.get(name) if isinstance(values, dict) else getattr(values, name, "")
        if found := find_placeholders(text or ""):
            errors[name] = (
                f"Feltet indeholder stadig pladsholderen {', '.join(found)}. Skriv det rigtige navn eller den "
                "rigtige tekst i stedet, før planen offentliggøres eller sendes til godkendelse."
            )
    return errors


OWN_TEXT_FIELDS = [
    "title", "summary", "responsibility_political", "responsibility_strategic", "responsibility_executive",
    "revision_process", "interventions_intro",
]
OWN_STREAM_FIELDS = ["goals", "concern_procedure", *SECTION_FIELDS]


def _own_texts(plan):
    for name in OWN_TEXT_FIELDS:
        if hasattr(plan, name):
            yield name, getattr(plan, name) or ""
    for name in OWN_STREAM_FIELDS:
        for child in getattr(plan, name).raw_data:
            if child.get("type") != "text_block":
                yield name, json.dumps(child.get("value"), ensure_ascii=False)
