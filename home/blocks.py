"""Blocks for the home page."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class EntryPointBlock(blocks.StructBlock):
    """A way into the site from the front page: a page of the site or a fixed path on it."""

    title = blocks.CharBlock(label="Titel", max_length=80)
    text = blocks.TextBlock(label="Tekst", required=False, max_length=250)
    page = blocks.PageChooserBlock(label="Side", required=False)
    path = blocks.CharBlock(
        label="Eller sti",
        required=False,
        max_length=200,
        help_text="Bruges, hvis der ikke er valgt en side, fx /da/handlingsplaner/.",
    )

    class Meta:
        icon = "link"
        label = "Indgang"
        template = "home/blocks/entry_point.html"

    def clean(self, value):
        errors = {}
        if not (value.get("title") or "").strip():
            errors["title"] = ValidationError("Indgangen mangler en titel.")
        path = (value.get("path") or "").strip()
        if not value.get("page") and not path:
            errors["page"] = ValidationError("Vælg en side, eller skriv en sti på sitet, fx /da/handlingsplaner/.")
        elif path and not value.get("page") and (not path.startswith("/") or path.startswith("//")):
            errors["path"] = ValidationError("Stien skal være en adresse på sitet og begynde med /, fx /da/viden/.")
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return super().clean(value)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = value.get("page")
        current = (parent_context or {}).get("page")
        if page is not None:
            if current is None or page.locale_id != getattr(current, "locale_id", None):
                page = page.localized  # only look up a translation when the languages differ
            context["href"] = page.url if page.live else (value.get("path") or None)
        else:
            context["href"] = value.get("path") or None
        return context


class EntryPointsBlock(blocks.StreamBlock):
    entry = EntryPointBlock()
