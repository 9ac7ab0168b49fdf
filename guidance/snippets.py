"""The guidance's snippets (revisioned, with draft/publish, translatable):
- TextBlock: the plan template's reusable text blocks ("tekstblokke"), referenced from plans.
- SignOfConcern: the signs of concern, grouped and graded.
- ConceptElement: the elements of the national concept (guide, figure 5), each with a stable key.

They live apart from the page models so that the blocks can use them (guidance.blocks) and the
pages can use the blocks without a circle; guidance.models imports them for Django.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index

from core.i18n import in_reader_language
from guidance import concept


class LiveInLanguageMixin:
    """Published snippets in the reader's language, each falling back to the default language."""

    @classmethod
    def live_in_language(cls, language_code=None):
        return in_reader_language(cls.objects.all(), language_code)


class TextBlock(
    LiveInLanguageMixin, TranslatableMixin, DraftStateMixin, RevisionMixin, index.Indexed, models.Model
):
    """One of the plan template's numbered text blocks that a municipality may reuse in its plan."""

    number = models.PositiveSmallIntegerField("Nummer", help_text="Tekstblokkens nummer, fx 3.")
    title = models.CharField("Titel", max_length=200)
    plan_section = models.CharField(
        "Til afsnittet",
        max_length=200,
        blank=True,
        help_text="Det afsnit i handlingsplanen, teksten er skrevet til, fx 'Infohus-samarbejdet'.",
    )
    body = RichTextField(
        "Tekst", features=["h3", "h4", "bold", "italic", "ol", "ul", "link"],
    )

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("title")]),
        FieldPanel("plan_section"),
        FieldPanel("body"),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("plan_section"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
        index.FilterField("number"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "tekstblok"
        verbose_name_plural = "tekstblokke"
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["number", "locale"], name="guidance_textblock_unique_number_per_locale"
            ),
        ]

    def __str__(self):
        return f"Tekstblok {self.number}: {self.title}"

    def validate_constraints(self, exclude=None):
        # A clear Danish message instead of the generic constraint error.
        clash = TextBlock.objects.filter(number=self.number, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.number is not None and self.locale_id and clash.exists():
            raise ValidationError({"number": f"Der findes allerede en tekstblok nr. {self.number} på dette sprog."})
        super().validate_constraints(exclude=exclude)


class SignOfConcern(
    LiveInLanguageMixin, TranslatableMixin, DraftStateMixin, RevisionMixin, index.Indexed, models.Model
):
    """A sign that may give reason for concern. Never a checklist: signs matter in combination."""

    class Group(models.TextChoices):
        # Shown as headings on the signs page: Danish message ids, in the reader's language.
        BEHAVIOUR = "behaviour", _("Personens adfærd")
        SOCIAL = "social", _("Sociale forhold og netværk")

    class Severity(models.TextChoices):
        SERIOUS = "serious", "Alvorligt tegn"
        OTHER = "other", "Andet tegn"

    text = models.CharField("Tegn", max_length=300)
    explanation = models.TextField(
        "Uddybning", blank=True, help_text="Valgfri: et eksempel eller en forklaring til læseren."
    )
    group = models.CharField("Gruppe", max_length=20, choices=Group.choices, default=Group.BEHAVIOUR)
    severity = models.CharField(
        "Alvor",
        max_length=20,
        choices=Severity.choices,
        default=Severity.OTHER,
        help_text="Alvorlige tegn giver i sig selv grund til at handle; andre tegn først, når flere optræder samtidig.",
    )
    sort_order = models.PositiveSmallIntegerField("Rækkefølge", default=0)

    panels = [
        FieldPanel("text"),
        FieldPanel("explanation"),
        FieldRowPanel([FieldPanel("group"), FieldPanel("severity")]),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("text", boost=2),
        index.SearchField("explanation"),
        index.AutocompleteField("text"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
        index.FilterField("group"),
        index.FilterField("severity"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "bekymringstegn"
        verbose_name_plural = "bekymringstegn"
        ordering = ["group", "sort_order", "pk"]

    def __str__(self):
        return self.text

    @property
    def is_serious(self) -> bool:
        return self.severity == self.Severity.SERIOUS


class ConceptElement(
    LiveInLanguageMixin, TranslatableMixin, DraftStateMixin, RevisionMixin, index.Indexed, models.Model
):
    """One element of the national concept for municipal action plans (guide, figure 5).

    `key` is stable (the same in every language) so plans and links can refer to an element.
    """

    key = models.SlugField(
        "Nøgle",
        max_length=80,
        help_text="Fast id til henvisninger fra handlingsplaner og links. Ændres ikke, når teksten ændres.",
    )
    name = models.CharField("Navn", max_length=200)
    description = models.TextField("Beskrivelse")
    level = models.CharField(
        "Niveau", max_length=20, choices=concept.PLANNING_LEVELS, default=concept.STRATEGIC
    )
    building = models.BooleanField("Opbyggende", default=False)
    anticipating = models.BooleanField("Foregribende", default=False)
    intervening = models.BooleanField("Indgribende", default=False)
    sort_order = models.PositiveSmallIntegerField("Rækkefølge", default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("description"),
        FieldPanel("level"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("building"), FieldPanel("anticipating"), FieldPanel("intervening")])],
            heading="Indsatsniveauer",
            help_text="Vælg et, to eller alle tre.",
        ),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
        index.FilterField("level"),
        index.FilterField("key"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "element i det nationale koncept"
        verbose_name_plural = "elementer i det nationale koncept"
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="guidance_conceptelement_unique_key_per_locale"),
        ]

    def __str__(self):
        return self.name

    @property
    def intervention_levels(self) -> list[str]:
        """The element's intervention levels as codes, in the matrix's column order."""
        flags = {
            concept.BUILDING: self.building,
            concept.ANTICIPATING: self.anticipating,
            concept.INTERVENING: self.intervening,
        }
        return [code for code in concept.INTERVENTION_LEVEL_CODES if flags[code]]

    @property
    def intervention_level_labels(self) -> list[str]:
        labels = dict(concept.INTERVENTION_LEVELS)
        return [labels[code] for code in self.intervention_levels]

    @property
    def anchor(self) -> str:
        return f"element-{self.key}"

    def clean(self):
        super().clean()
        if not (self.building or self.anticipating or self.intervening):
            raise ValidationError(
                {"building": "Vælg mindst ét indsatsniveau: opbyggende, foregribende eller indgribende."}
            )

    def validate_constraints(self, exclude=None):
        clash = ConceptElement.objects.filter(key=self.key, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.key and self.locale_id and clash.exists():
            raise ValidationError({"key": f"Nøglen '{self.key}' bruges allerede af et andet element."})
        super().validate_constraints(exclude=exclude)


# --- Pages ----------------------------------------------------------------------------------------
