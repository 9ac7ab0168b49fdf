"""StreamField blocks for showing contact information inside pages."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock


class ContactBlock(blocks.StructBlock):
    """A contact box: whom to call, when they are open, and what they help with.

    Mode for now: a chosen ContactPoint snippet. The template receives the resolved contact as
    `contact` (in the reader's language when a translation is published), so further modes (a named
    municipality's infohus, the reader's municipality) can resolve `contact` differently in
    get_context without changing the template's contract.
    """

    heading = blocks.CharBlock(
        label="Overskrift", required=False, help_text="Valgfri, fx 'Ring til den nationale rådgivning'."
    )
    contact_point = SnippetChooserBlock("contacts.ContactPoint", label="Kontaktpunkt", required=True)
    note = blocks.TextBlock(
        label="Supplerende tekst", required=False, help_text="Valgfri: hvornår læseren skal bruge netop denne kontakt."
    )

    class Meta:
        icon = "mail"
        label = "Kontakt"
        template = "contacts/blocks/contact_block.html"

    def clean(self, value):
        if not value.get("contact_point"):
            raise StructBlockValidationError(
                block_errors={"contact_point": ValidationError("Vælg det kontaktpunkt, boksen skal vise.")}
            )
        return super().clean(value)

    def resolve_contact(self, value, context=None):
        point = value.get("contact_point")
        if point is None:
            return None
        point = point.localized
        return point if point.live else None

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["contact"] = self.resolve_contact(value, parent_context)
        return context
