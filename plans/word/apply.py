"""Saving an imported Word plan: a new draft revision of the municipality's plan, or the plan created as a
draft in the default language's tree. Never publishes: the live plan stays as it is until the
municipality's approval workflow publishes the draft."""

from __future__ import annotations

import hashlib
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape
from wagtail.blocks import StreamValue
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from plans.blocks import GoalsBlock, ProcedureBlock, SectionBlock
from plans.collections import municipality_collection as own_collection
from plans.models import PlanIndexPage, PlanIntervention, PlanPage
from plans.word.mapping import ImportResult

STREAM_FIELDS = ["vision", "definitions", "signs_of_concern", "organisation", "infohus_cooperation",
                 "procedure_notes", "network", "communication", "training", "acute_situations", "press",
                 "other_content"]
TEXT_FIELDS = ["responsibility_political", "responsibility_strategic", "responsibility_executive",
               "revision_process"]
FACT_FIELDS = ["political_approval_date", "last_revised", "next_revision", "revision_interval_months"]


def municipality_collection(municipality) -> Collection:
    """The municipality's own collection (plans.collections; named exactly as the municipality), created
    under the root when `create_municipality_groups` has not made it yet (that command grants its rights)."""
    return own_collection(municipality) or Collection.get_first_root_node().add_child(name=municipality.name)


def existing_plan(municipality):
    """The municipality's plan in the default language's tree, or None."""
    return PlanPage.objects.filter(municipality=municipality, locale=Locale.get_default()).first()


def _save_picture(picture, municipality, collection, user, cache: dict):
    """The Wagtail image for a picture of the document: one the collection already has with the same
    content, else a new one in the municipality's collection."""
    digest = hashlib.sha1(picture.blob).hexdigest()
    if digest in cache:
        return cache[digest]
    Image = get_image_model()
    image = Image.objects.filter(collection=collection, file_hash=digest).first()
    if image is None:
        title = picture.description or f"Billede fra {municipality.name}s plan"
        # Width and height come from the ImageField; size and hash (Wagtail's SHA-1 of the file) are set here.
        image = Image(title=title[:255], collection=collection, uploaded_by_user=user,
                      file=ImageFile(BytesIO(picture.blob), name=picture.filename),
                      file_size=len(picture.blob), file_hash=digest)
        image.save()
    cache[digest] = image
    return image


def fill_plan(page: PlanPage, result: ImportResult, *, images=None) -> PlanPage:
    """Put the import's content on `page` (not saved). Parts the document does not have are left as
    they are; `images` maps each picture (by id) to a saved Wagtail image (None: leave pictures out)."""
    images = images or {}
    for name, items in result.streams().items():
        raw = []
        for block_type, value in items:
            if block_type == "image":
                image = images.get(id(value))
                if image is None:
                    continue
                value = {"image": image.pk, "caption": (value.description or "")[:250]}
            raw.append({"type": block_type, "value": value})
        setattr(page, name, _stream(SectionBlock(), raw))
    for name in TEXT_FIELDS + FACT_FIELDS:
        if name in result.fields:
            setattr(page, name, result.fields[name])
    if result.summary:
        page.summary = result.summary
    if result.goals_found:
        page.goals = _stream(GoalsBlock(), [{"type": "goal", "value": goal} for goal in result.goals])
    if result.steps:
        page.concern_procedure = _stream(ProcedureBlock(), [
            {"type": "step", "value": {**step, "description": f"<p>{_escape_lines(step['description'])}</p>"}}
            for step in result.steps
        ])
    if result.interventions_intro:
        page.interventions_intro = "".join(result.interventions_intro)
    if result.interventions:
        page.interventions = [PlanIntervention(sort_order=n, **item) for n, item in enumerate(result.interventions)]
    return page


def _escape_lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def _stream(stream_block, raw):
    return StreamValue(stream_block, [(child.block_type, child.value) for child in stream_block.to_python(raw)])


@transaction.atomic
def save_import(result: ImportResult, municipality, user=None):
    """Save the import as a new draft revision (or a new draft plan). Returns (page, revision, created)."""
    collection = municipality_collection(municipality) if result.pictures() else None
    cache: dict = {}
    images = {id(p): _save_picture(p, municipality, collection, user, cache) for p in result.pictures()}
    plan = existing_plan(municipality)
    created = plan is None
    if created:
        index = PlanIndexPage.objects.filter(locale=Locale.get_default()).first()
        if index is None:
            raise ValueError("Der findes ingen side med handlingsplaner at oprette planen under.")
        title = result.title or f"Handlingsplan mod ekstremisme for {municipality.name}"
        plan = PlanPage(municipality=municipality, locale=index.locale, slug=municipality.slug, title=title[:255],
                        live=False)
        fill_plan(plan, result, images=images)
        plan._defer_plan_checks = True  # a draft may be unfinished (PlanPage.clean)
        index.add_child(instance=plan)
        page = plan
    else:
        page = plan.get_latest_revision_as_object()
        fill_plan(page, result, images=images)
    page._defer_plan_checks = True
    revision = page.save_revision(user=user, log_action=True)
    return page, revision, created
