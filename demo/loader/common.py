"""What every step of the demo loader shares.

The rules: a step can run any number of times; it finds things by a stable key (slug, number,
name, translation key) before creating them; and it saves or publishes only what changed.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.snippets.blocks import SnippetChooserBlock

from demo.loader.project import ContactPoint, TextBlock

# A fixed namespace so every snippet gets the same translation key on every machine.
NAMESPACE = uuid.UUID("5b0b7f6e-3c59-4a77-9d2a-6a4f3f1e0c11")


def translation_key(kind: str, slug: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{slug}")


def set_fields(obj, **values) -> bool:
    """Assign values that differ; return True when anything changed (or the object is new)."""
    changed = obj.pk is None
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def publish_if_changed(obj, changed: bool):
    """Save a page or a draft-state snippet as a new published revision, but only when it changed
    or has never been published."""
    if not changed and getattr(obj, "live", True) and not getattr(obj, "has_unpublished_changes", False):
        return obj
    if obj.pk is None and not hasattr(obj, "depth"):
        obj.live = False
        obj.save()
    revision = obj.save_revision()
    revision.publish()
    obj.refresh_from_db()
    return obj


def upsert_snippet(model, key: uuid.UUID, locale, /, **values):
    """The snippet with this translation key in `locale`, created or brought up to date and published."""
    obj = model.objects.filter(translation_key=key, locale=locale).first()
    if obj is None:
        obj = model(translation_key=key, locale=locale)
    changed = set_fields(obj, **values)
    return publish_if_changed(obj, changed)


def opening_periods(items) -> list[tuple]:
    """[{days, opens: "08:00", closes: "22:00"}] as (days, time, time)."""
    return [(p["days"], dt.time.fromisoformat(p["opens"]), dt.time.fromisoformat(p["closes"])) for p in items]


def set_opening_periods(obj, periods: list[tuple]) -> bool:
    """Replace the object's opening periods when they differ; True when they did."""
    current = [(p.days, p.opens, p.closes) for p in obj.opening_periods.all()] if obj.pk else []
    if current == periods:
        return False
    obj.opening_periods = [
        obj.opening_periods.model(days=d, opens=o, closes=c, sort_order=i) for i, (d, o, c) in enumerate(periods)
    ]
    return True


# --- Stream fields -----------------------------------------------------------------------------------
# In the content files a stream is a list of blocks, each {block type: value}, the value as Wagtail
# stores it, except that a field left out of a block is empty (or takes the block's default), and a
# snippet is named by its key: a contact point by its kind, a text block by its number.

REFERENCES = {
    ContactPoint: lambda locale, kind: ContactPoint.objects.get(locale=locale, kind=kind).pk,
    TextBlock: lambda locale, number: TextBlock.objects.get(locale=locale, number=number).pk,
}


def _complete(block, value, locale, where: str):
    if isinstance(block, blocks.StructBlock):
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            raise ValueError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        out = {}
        for name, child in block.child_blocks.items():
            if name in value:
                out[name] = _complete(child, value[name], locale, f"{where}.{name}")
            elif child.get_default() is None and isinstance(child, (blocks.CharBlock, blocks.TextBlock)):
                out[name] = ""
        return out
    if isinstance(block, blocks.ListBlock):
        return [_complete(block.child_block, item, locale, where) for item in value]
    if isinstance(block, SnippetChooserBlock) and value is not None:
        return REFERENCES[block.target_model](locale, value)
    return value


def _strip_ids(data):
    """Block JSON without the generated ids, so two versions of the same content compare equal."""
    if isinstance(data, dict):
        return {k: _strip_ids(v) for k, v in data.items() if not (k == "id" and "type" in data and "value" in data)}
    if isinstance(data, list):
        return [_strip_ids(item) for item in data]
    return data


def _as_stored(prepared):
    """A prepared stream value as the database gives it back (decimals as text), without block ids."""
    return _strip_ids(json.loads(json.dumps(prepared, cls=DjangoJSONEncoder)))


def set_stream(page, field_name: str, items: list, locale) -> bool:
    """Set a StreamField from the content file's blocks; True when the content differs from what is stored."""
    stream_block = page._meta.get_field(field_name).stream_block
    raw = []
    for item in items:
        ((block_type, value),) = item.items()
        if block_type not in stream_block.child_blocks:
            raise ValueError(f"{page.slug}.{field_name}: unknown block type {block_type!r}")
        block = stream_block.child_blocks[block_type]
        raw.append({"type": block_type, "value": _complete(block, value, locale, f"{page.slug}.{field_name}.{block_type}")})
    # Rebuilt from Python values, so that list items are stored in Wagtail's block format (with ids):
    # wagtail-localize only offers list items in that format for translation.
    new_value = StreamValue(stream_block, [(child.block_type, child.value) for child in stream_block.to_python(raw)])
    current = getattr(page, field_name)
    if page.pk and _as_stored(stream_block.get_prep_value(current)) == _as_stored(stream_block.get_prep_value(new_value)):
        return False
    setattr(page, field_name, new_value)
    return True


def split_streams(model, spec: dict) -> tuple[dict, dict]:
    """A page's content-file data as (plain fields, stream fields)."""
    fields, streams = {}, {}
    for name, value in spec.items():
        (streams if isinstance(model._meta.get_field(name), StreamField) else fields)[name] = value
    return fields, streams


def ensure_page(parent, model, spec: dict, locale, *, live: bool = True):
    """Find the child of `parent` with the spec's slug (creating it, live or as a draft, if needed),
    bring its fields up to date and publish it if anything changed. `children` in the spec is left
    to the caller."""
    fields, streams = split_streams(model, {k: v for k, v in spec.items() if k != "children"})
    page = model.objects.child_of(parent).filter(slug=fields["slug"], locale=locale).first()
    if page is None:
        page = model(locale=locale, **fields)
        if not live:
            page.live = False
        for name, items in streams.items():
            set_stream(page, name, items, locale)
        parent.add_child(instance=page)
        changed = True
    else:
        changed = set_fields(page, **fields)
        for name, items in streams.items():
            changed = set_stream(page, name, items, locale) or changed
    return publish_if_changed(page, changed)
