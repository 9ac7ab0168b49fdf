from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from contacts import hours
from core import phone


class OpeningPeriod(models.Model):
    """One period of opening hours: which days, from when, to when. Abstract: each owner
    (contact point, infohus) has its own concrete table with a ParentalKey."""

    days = models.CharField("Dage", max_length=10, choices=hours.DAY_CHOICES, default=hours.DAILY)
    opens = models.TimeField("Åbner")
    closes = models.TimeField("Lukker")

    panels = [FieldPanel("days"), FieldPanel("opens"), FieldPanel("closes")]

    class Meta:
        abstract = True

    def __str__(self):
        return hours.describe([self])


class ContactPoint(
    TranslatableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """A national contact point: the hotline, the police, emergency, the centre's advice line."""

    class Kind(models.TextChoices):
        EMERGENCY = "emergency", "Alarmcentral"
        POLICE = "police", "Politi"
        HOTLINE = "hotline", "National rådgivning"
        ADVICE = "advice", "Rådgivning for fagpersoner"
        OTHER = "other", "Andet"

    name = models.CharField("Navn", max_length=120)
    kind = models.CharField("Type", max_length=20, choices=Kind.choices, default=Kind.OTHER)
    phone = models.CharField("Telefon", max_length=30, blank=True)
    email = models.EmailField("E-mail", blank=True)
    url = models.URLField("Webadresse", blank=True)
    description = models.TextField("Hvornår skal man bruge den", blank=True)
    always_open = models.BooleanField("Døgnåben", default=False)
    outside_hours = models.TextField("Uden for åbningstid", blank=True)
    sort_order = models.PositiveSmallIntegerField("Rækkefølge", default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("url"),
        FieldPanel("description"),
        FieldPanel("always_open"),
        InlinePanel("opening_periods", label="Åbningstider"),
        FieldPanel("outside_hours"),
        FieldPanel("sort_order"),
    ]
    # What translators translate (wagtail-localize); the rest is kept equal to the Danish original.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("outside_hours"),
        SynchronizedField("kind"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("url"),
        SynchronizedField("always_open"),
        SynchronizedField("sort_order"),
        SynchronizedField("opening_periods"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("description"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "kontaktpunkt"
        verbose_name_plural = "kontaktpunkter"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} ({self.phone})" if self.phone else self.name

    @property
    def phone_href(self) -> str:
        return phone.href(self.phone)

    def is_open(self, moment=None) -> bool:
        return self.always_open or hours.is_open_at(self.opening_periods.all(), moment)

    @property
    def hours_text(self) -> str:
        if self.always_open:
            return hours.always_open_text()
        return hours.describe(self.opening_periods.all())


class ContactPointOpeningPeriod(Orderable, OpeningPeriod):
    contact_point = ParentalKey(ContactPoint, on_delete=models.CASCADE, related_name="opening_periods")


# --- Infohus contacts -----------------------------------------------------------------------------


class InfohusContact(index.Indexed, ClusterableModel):
    """How to reach an Infohus Kommune (one per municipality: receives and assesses concerns) or
    an Infohus Netværk (one per police district: knowledge sharing, no single cases)."""

    class Kind(models.TextChoices):
        KOMMUNE = "kommune", "Infohus Kommune"
        NETVAERK = "netvaerk", "Infohus Netværk"

    kind = models.CharField("Type", max_length=10, choices=Kind.choices)
    municipality = models.OneToOneField(
        "places.Municipality", null=True, blank=True, on_delete=models.CASCADE, related_name="infohus",
        verbose_name="Kommune", help_text="Udfyldes for et Infohus Kommune.",
    )
    police_district = models.OneToOneField(
        "places.PoliceDistrict", null=True, blank=True, on_delete=models.CASCADE, related_name="infohus",
        verbose_name="Politikreds", help_text="Udfyldes for et Infohus Netværk.",
    )
    name = models.CharField("Navn", max_length=120)
    unit = models.CharField(
        "Forankret i", max_length=200, blank=True,
        help_text="Den enhed infohuset hører til, fx en forvaltning, SSP eller politikredsens forebyggelsesafdeling.",
    )
    phone = models.CharField("Telefon", max_length=30, blank=True)
    email = models.EmailField("E-mail", blank=True)
    note = models.TextField("Bemærkning", blank=True)

    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("police_district")]),
        FieldPanel("name"),
        FieldPanel("unit"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        InlinePanel("opening_periods", label="Åbningstider"),
        FieldPanel("note"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("unit"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = "infohus"
        verbose_name_plural = "infohuse"
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(
                name="infohus_belongs_to_exactly_one_unit",
                condition=(
                    models.Q(kind="kommune", municipality__isnull=False, police_district__isnull=True)
                    | models.Q(kind="netvaerk", police_district__isnull=False, municipality__isnull=True)
                ),
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.kind == self.Kind.KOMMUNE and (not self.municipality_id or self.police_district_id):
            raise ValidationError({"municipality": "Et Infohus Kommune skal høre til én kommune (og ingen politikreds)."})
        if self.kind == self.Kind.NETVAERK and (not self.police_district_id or self.municipality_id):
            raise ValidationError({"police_district": "Et Infohus Netværk skal høre til én politikreds (og ingen kommune)."})

    @property
    def phone_href(self) -> str:
        return phone.href(self.phone)

    @property
    def hours_text(self) -> str:
        return hours.describe(self.opening_periods.all())

    def is_open(self, moment=None) -> bool:
        return hours.is_open_at(self.opening_periods.all(), moment)


class InfohusOpeningPeriod(Orderable, OpeningPeriod):
    contact = ParentalKey(InfohusContact, on_delete=models.CASCADE, related_name="opening_periods")
