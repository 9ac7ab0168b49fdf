"""The national guidance as structured content.

Snippets (revisioned, with draft/publish, translatable):
- TextBlock: the plan template's reusable text blocks ("tekstblokke"), referenced from plans.
- SignOfConcern: the signs of concern, grouped and graded.
- ConceptElement: the elements of the national concept (guide, figure 5), each with a stable key.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index

from guidance import concept
from guidance.blocks import GuideStreamBlock, KnowledgeStreamBlock
from home.models import BasePage


class LiveInLanguageMixin:
    """Published snippets in the reader's language, falling back to the default language."""

    @classmethod
    def live_in_language(cls, language_code=None):
        qs = cls.objects.filter(live=True).select_related("locale")
        local = list(qs.filter(locale__language_code=language_code or settings.LANGUAGE_CODE))
        if local:
            return local
        return list(qs.filter(locale__language_code=settings.LANGUAGE_CODE))


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


class GuideIndexPage(BasePage):
    """The implementation guide's front page (/da/vejledning/): its chapters, in order."""

    intro = RichTextField("Indledning", blank=True, features=["bold", "italic", "link"])
    body = StreamField(GuideStreamBlock(), verbose_name="Indhold", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("summary"), APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guidance.GuideChapterPage", "guidance.SignsOfConcernPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "vejledning (forside)"

    def chapters(self):
        return _navigation(self, "children")


def _navigation(page, relation: str) -> list:
    """The live, public chapter pages under `page` ("children") or beside it ("siblings"), in tree
    order, without their bodies (navigation shows titles, numbers and URLs). The same for every
    reader, so remembered until content changes (ops.memo)."""
    from ops import memo

    def compute():
        pages = GuideChapterPage.objects.child_of(page) if relation == "children" else (
            GuideChapterPage.objects.sibling_of(page, inclusive=True)
        )
        return list(pages.live().public().defer_streamfields().order_by("path"))

    if not page.pk or not page.path:
        return compute()
    return list(memo.memo(None, ("guide-navigation", relation, page.path, page.depth), compute))


class GuideChapterPage(BasePage):
    """A chapter of the guide, or a section of a chapter (a chapter page under a chapter page)."""

    number = models.CharField(
        "Nummer", max_length=10, blank=True, help_text="Kapitlets eller afsnittets nummer, fx 4 eller 4.1.2."
    )
    body = StreamField(GuideStreamBlock(), verbose_name="Indhold", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("number"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("number"),
    ]
    api_fields = [APIField("number"), APIField("summary"), APIField("body")]

    parent_page_types = ["guidance.GuideIndexPage", "guidance.GuideChapterPage"]
    subpage_types = ["guidance.GuideChapterPage"]

    class Meta:
        verbose_name = "kapitel i vejledningen"
        verbose_name_plural = "kapitler i vejledningen"

    @property
    def numbered_title(self) -> str:
        return f"{self.number} {self.title}" if self.number else self.title

    def sections(self):
        return _navigation(self, "children")

    def siblings(self):
        return _navigation(self, "siblings")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = self.siblings()
        ids = [page.pk for page in siblings]
        position = ids.index(self.pk) if self.pk in ids else -1
        context["previous_page"] = siblings[position - 1] if position > 0 else None
        context["next_page"] = siblings[position + 1] if 0 <= position < len(siblings) - 1 else None
        return context


class SignsOfConcernPage(BasePage):
    """The signs of concern, grouped, with the guidance that they are not a checklist."""

    intro = RichTextField("Indledning", blank=True, features=["bold", "italic", "link"])
    not_a_checklist = RichTextField(
        "Vigtigt at vide",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Teksten i boksen over tegnene: at de ikke er en tjekliste, og hvad man gør.",
    )
    body = StreamField(GuideStreamBlock(), verbose_name="Efter listen", blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("not_a_checklist"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("not_a_checklist"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("summary"), APIField("intro"), APIField("not_a_checklist"), APIField("body")]

    parent_page_types = ["home.HomePage", "guidance.GuideIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "bekymringstegn (side)"

    def sign_groups(self):
        """[(group label, [signs serious first])] for the reader's language."""
        signs = SignOfConcern.live_in_language(translation.get_language())
        groups = []
        for code, label in SignOfConcern.Group.choices:
            members = [sign for sign in signs if sign.group == code]
            members.sort(key=lambda sign: (not sign.is_serious, sign.sort_order))
            if members:
                groups.append(
                    {
                        "code": code,
                        "label": label,
                        "serious": [sign for sign in members if sign.is_serious],
                        "other": [sign for sign in members if not sign.is_serious],
                    }
                )
        return groups


class KnowledgeIndexPage(BasePage):
    """Knowledge (/da/viden/): summaries of the mappings and other background."""

    intro = RichTextField("Indledning", blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("summary"), APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guidance.KnowledgePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "viden (forside)"

    def articles(self):
        return KnowledgePage.objects.child_of(self).live().public().specific().order_by("path")


class KnowledgePage(BasePage):
    """A summary of a report or mapping, with its key figures as data."""

    source_title = models.CharField("Kildens titel", max_length=250, blank=True)
    source_publisher = models.CharField("Udgivet af", max_length=250, blank=True)
    source_year = models.PositiveSmallIntegerField("Udgivelsesår", null=True, blank=True)
    body = StreamField(KnowledgeStreamBlock(), verbose_name="Indhold", blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("source_title"), FieldPanel("source_publisher"), FieldPanel("source_year")],
            heading="Kilde",
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("source_title"), index.SearchField("body")]
    api_fields = [
        APIField("summary"),
        APIField("source_title"),
        APIField("source_publisher"),
        APIField("source_year"),
        APIField("body"),
    ]

    parent_page_types = ["guidance.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "vidensside"
        verbose_name_plural = "vidensider"

    def key_figures(self):
        """All key figures on the page as plain data: [{number, unit, label, source}]."""
        figures = []
        for block in self.body:
            if block.block_type == "key_figures":
                for figure in block.value["figures"]:
                    figures.append(
                        {
                            "number": figure["number"],
                            "unit": figure["unit"],
                            "label": figure["label"],
                            "source": figure["source"] or block.value["source"],
                        }
                    )
        return figures
