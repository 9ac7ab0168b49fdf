"""StreamField blocks for showing contact information inside pages."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from contacts.models import ContactPoint
from places.choice import remembered
from places.municipalities import infohus_for

MODE_POINT = "point"
MODE_INFOHUS = "infohus"
MODE_READER = "reader"


@dataclass
class InfohusCard:
    """An infohus contact shaped like a ContactPoint for the contact card template."""

    name: str
    phone: str
    phone_href: str
    email: str
    hours_text: str
    description: str
    kind: str = "infohus"
    always_open: bool = False
    outside_hours: str = ""

    @classmethod
    def from_infohus(cls, infohus, municipality_name=""):
        name = infohus.name or translation.gettext("Infohuset i %(name)s") % {"name": municipality_name}
        return cls(
            name=name, phone=infohus.phone, phone_href=infohus.phone_href if infohus.phone else "",
            email=infohus.email, hours_text=infohus.hours_text, description=infohus.unit or "",
        )


class ContactBlock(blocks.StructBlock):
    """A contact box: whom to call, when they are open, and what they help with.

    Three modes: a chosen national contact point; the infohus of a chosen municipality; or the
    reader's own municipality (the choice they made on the concern page, remembered in a cookie),
    falling back to the national hotline with a link to choose a municipality. The template
    receives the resolved contact as `contact`.
    """

    mode = blocks.ChoiceBlock(
        label="Hvem skal boksen vise",
        choices=[
            (MODE_POINT, "Et bestemt kontaktpunkt"),
            (MODE_INFOHUS, "Infohuset i en bestemt kommune"),
            (MODE_READER, "Infohuset i læserens egen kommune"),
        ],
        default=MODE_POINT,
        help_text=(
            "'Læserens egen kommune' bruger den kommune, læseren har valgt på siden 'Er du bekymret?'. "
            "Har læseren ikke valgt, vises den nationale rådgivning og et link til at vælge."
        ),
    )
    heading = blocks.CharBlock(
        label="Overskrift", required=False, help_text="Valgfri, fx 'Ring til den nationale rådgivning'."
    )
    contact_point = SnippetChooserBlock("contacts.ContactPoint", label="Kontaktpunkt", required=False)
    infohus = SnippetChooserBlock(
        "contacts.InfohusContact", label="Infohus", required=False,
        help_text="Bruges kun, når boksen skal vise infohuset i en bestemt kommune.",
    )
    note = blocks.TextBlock(
        label="Supplerende tekst", required=False, help_text="Valgfri: hvornår læseren skal bruge netop denne kontakt."
    )

    class Meta:
        icon = "mail"
        label = "Kontakt"
        template = "contacts/blocks/contact_block.html"

    def clean(self, value):
        mode = value.get("mode") or MODE_POINT
        if mode == MODE_POINT and not value.get("contact_point"):
            raise StructBlockValidationError(
                block_errors={"contact_point": ValidationError("Vælg det kontaktpunkt, boksen skal vise.")}
            )
        if mode == MODE_INFOHUS and not value.get("infohus"):
            raise StructBlockValidationError(
                block_errors={"infohus": ValidationError("Vælg det infohus, boksen skal vise.")}
            )
        return super().clean(value)

    @staticmethod
    def _hotline():
        language = translation.get_language() or "da"
        qs = ContactPoint.objects.filter(live=True, kind=ContactPoint.Kind.HOTLINE).prefetch_related("opening_periods")
        return qs.filter(locale__language_code=language).first() or qs.filter(locale__language_code="da").first()

    def resolve(self, value, context=None):
        """(contact, needs_choice): what to show, and whether to offer the reader to choose a municipality."""
        mode = value.get("mode") or MODE_POINT
        if mode == MODE_INFOHUS:
            infohus = value.get("infohus")
            if infohus is not None:
                municipality = infohus.municipality or infohus.police_district
                return InfohusCard.from_infohus(infohus, getattr(municipality, "name", "")), False
            return None, False
        if mode == MODE_READER:
            request = (context or {}).get("request")
            municipality = remembered(request)  # marks the response private (per reader)
            infohus = infohus_for(municipality)
            if infohus is not None:
                return InfohusCard.from_infohus(infohus, municipality.name), False
            return self._hotline(), True
        point = value.get("contact_point")
        if point is None:
            return None, False
        point = point.localized
        return (point if point.live else None), False

    def resolve_contact(self, value, context=None):
        return self.resolve(value, context)[0]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["contact"], context["needs_choice"] = self.resolve(value, parent_context)
        if context["needs_choice"]:
            language = translation.get_language() or "da"
            context["choose_url"] = f"/{language}/bekymret/#kontakt"
        return context
