"""The municipalities' plans: the plan index, the plan pages and their interventions, revision reminders."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from django.utils.html import strip_tags
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from contacts.models import InfohusContact
from contacts.national import national_contacts
from core.models import BasePage
from guidance import concept
from places.models import Municipality
from plans import blocks as plan_blocks
from plans import status as plan_status
from plans.coverage import plan_coverage
from plans.forms import PlanPageForm
from plans.panels import PlanChecksPanel, with_guiding_questions
from plans.pdf import plan_pdf_response
from plans.textblocks import filled_text_blocks, placeholder_errors
from plans.word.export import plan_docx_response

MIN_GOALS, MAX_GOALS = 3, 5


# --- Pages ----------------------------------------------------------------------------------------------


class PlanIndexPage(BasePage):
    """/da/handlingsplaner/: all 98 municipalities with their plan's status. Lists status only,
    never a plan's content, so staff-only plans leak nothing here."""

    intro = RichTextField("Indledning", blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    # The plans, and the national overview (one per index). Named by string: overview depends on
    # plans, never the other way. Which plan a municipality's editor may create here is limited
    # in plans/wagtail_hooks.py.
    subpage_types = ["plans.PlanPage", "overview.PlanOverviewPage"]

    class Meta:
        verbose_name = "oversigt over handlingsplaner"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(plan_status.index_context(self, request.GET, request=request))
        return context


def _section(label):
    return StreamField(plan_blocks.SectionBlock(), blank=True, verbose_name=label)


class PlanPage(RoutablePageMixin, BasePage):
    """A municipality's plan for preventing, detecting and handling extremism, structured after
    the national template. One per municipality (per language); its slug is the municipality's."""

    class RevisionInterval(models.IntegerChoices):
        # Shown on the plan page: Danish message ids, in the reader's language.
        YEARLY = 12, _("Hvert år")
        TWO_YEARS = 24, _("Hvert andet år")
        THREE_YEARS = 36, _("Hvert tredje år")
        FOUR_YEARS = 48, _("Hvert fjerde år")

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="plans", verbose_name="Kommune"
    )
    # 1. Introduction
    vision = _section("Vision og formål")
    goals = StreamField(
        plan_blocks.GoalsBlock(), blank=True, verbose_name="Mål",
        help_text=f"{MIN_GOALS}-{MAX_GOALS} konkrete mål frem til næste revision.",
    )
    responsibility_political = models.TextField("Politisk niveau", blank=True)
    responsibility_strategic = models.TextField("Strategisk niveau", blank=True)
    responsibility_executive = models.TextField("Udførende niveau", blank=True)
    revision_interval_months = models.PositiveSmallIntegerField(
        "Revideres", choices=RevisionInterval.choices, default=RevisionInterval.TWO_YEARS
    )
    revision_process = models.TextField("Sådan revideres planen", blank=True)
    last_revised = models.DateField("Senest revideret", null=True, blank=True)
    next_revision = models.DateField(
        "Næste revision", null=True, blank=True,
        help_text="Tom: beregnes ud fra senest revideret og hvor ofte planen revideres.",
    )
    political_approval_date = models.DateField("Politisk godkendt", null=True, blank=True)
    definitions = _section("Definitioner")
    signs_of_concern = _section("Bekymringstegn")
    # 2. Organisation and cooperation
    organisation = _section("Organisering")
    infohus_cooperation = _section("Infohus-samarbejdet og Infohus Kommune")
    concern_procedure = StreamField(
        plan_blocks.ProcedureBlock(), blank=True, verbose_name="Procedure ved bekymring",
        help_text="Trinene fra en bekymring modtages, til sagen er afsluttet eller henvist, i rækkefølge.",
    )
    procedure_notes = _section("Uddybning af proceduren")
    network = _section("Infohus Netværk")
    # 3. Interventions: PlanIntervention rows (InlinePanel)
    interventions_intro = RichTextField("Indledning til indsatser", blank=True, features=["bold", "italic", "link"])
    # 4. Communication and training
    communication = _section("Formidling")
    training = _section("Opkvalificering")
    acute_situations = _section("Informationsstrategi i akutte situationer")
    press = _section("Håndtering af pressen")
    # What an imported document held that fits no section of the template (appendices, extra
    # chapters): kept here so nothing is lost; the editor moves or deletes it.
    other_content = _section("Andet indhold / ikke placeret")
    # National concept coverage marked by the editor (the rest is derived: plans/coverage.py).
    covered_elements = ParentalManyToManyField(
        "guidance.ConceptElement", blank=True, related_name="marked_by_plans",
        verbose_name="Elementer planen dækker (markeret af redaktøren)",
        help_text="Markér de elementer i det nationale koncept, som planen dækker, men som ikke kan ses automatisk.",
    )

    parent_page_types = ["plans.PlanIndexPage"]
    subpage_types: list[str] = []
    base_form_class = PlanPageForm

    # The national template's guiding questions above each field (plans/data/template.yaml).
    content_panels = with_guiding_questions([
        PlanChecksPanel(),
        FieldPanel("municipality"),
        FieldPanel("staff_only"),
        FieldPanel("title"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("vision"), FieldPanel("goals")], heading="1. Vision, formål og mål"),
        MultiFieldPanel(
            [
                FieldPanel("responsibility_political"),
                FieldPanel("responsibility_strategic"),
                FieldPanel("responsibility_executive"),
                FieldPanel("revision_interval_months"),
                FieldPanel("revision_process"),
                FieldRowPanel([FieldPanel("last_revised"), FieldPanel("next_revision")]),
                FieldPanel("political_approval_date"),
            ],
            heading="Ansvar, opfølgning og revision",
        ),
        MultiFieldPanel([FieldPanel("definitions"), FieldPanel("signs_of_concern")], heading="Definitioner og bekymringstegn"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                HelpPanel(
                    "Kommunens Infohus Kommune og politikredsens Infohus Netværk vises automatisk med "
                    "kontaktoplysninger fra Infohuse."
                ),
                FieldPanel("infohus_cooperation"),
                FieldPanel("concern_procedure"),
                FieldPanel("procedure_notes"),
                FieldPanel("network"),
            ],
            heading="2. Organisering og samarbejde",
        ),
        MultiFieldPanel(
            [FieldPanel("interventions_intro"), InlinePanel("interventions", label="Indsats")],
            heading="3. Indsatser",
        ),
        MultiFieldPanel(
            [FieldPanel("communication"), FieldPanel("training"), FieldPanel("acute_situations"), FieldPanel("press")],
            heading="4. Kommunikation og opkvalificering",
        ),
        MultiFieldPanel(
            [FieldPanel("other_content", help_text=(
                "Indhold fra en importeret plan, som ikke passede i skabelonens afsnit. Flyt det til det "
                "rette afsnit, eller lad det stå: det vises sidst i planen som bilag."
            ))],
            heading="Andet indhold / ikke placeret",
        ),
        MultiFieldPanel(
            [FieldPanel("covered_elements", widget=forms.CheckboxSelectMultiple)],
            heading="Dækning af det nationale koncept",
        ),
    ])

    search_fields = BasePage.search_fields + [
        index.SearchField("vision"),
        index.SearchField("goals"),
        index.SearchField("definitions"),
        index.SearchField("signs_of_concern"),
        index.SearchField("organisation"),
        index.SearchField("infohus_cooperation"),
        index.SearchField("concern_procedure"),
        index.SearchField("network"),
        index.SearchField("communication"),
        index.SearchField("training"),
        index.SearchField("acute_situations"),
        index.SearchField("other_content"),
        # The centre's text blocks as the plan shows them, with its municipality's names filled in.
        index.SearchField("text_blocks_text"),
        index.RelatedFields("municipality", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields(
            "interventions",
            [index.SearchField("title"), index.SearchField("purpose"), index.SearchField("content"),
             index.SearchField("target_group")],
        ),
        index.FilterField("municipality"),
    ]

    # API v2: the centre's text blocks as the plan shows them (names filled in, never placeholders).
    api_fields = [APIField("summary"), APIField("text_blocks")]

    class Meta:
        verbose_name = "handlingsplan"
        verbose_name_plural = "handlingsplaner"

    # --- validation -----------------------------------------------------------------------

    def goal_count_error(self) -> str | None:
        count = len(self.goals or [])
        if count < MIN_GOALS:
            return (
                f"Planen har {count} mål. Skabelonen kræver mindst {MIN_GOALS} og højst {MAX_GOALS} "
                f"konkrete mål: tilføj {MIN_GOALS - count} mere."
            )
        if count > MAX_GOALS:
            return (
                f"Planen har {count} mål. Skabelonen kræver mindst {MIN_GOALS} og højst {MAX_GOALS} "
                f"konkrete mål: saml eller fjern {count - MAX_GOALS}."
            )
        return None

    @classmethod
    def public_plan_for(cls, municipality, language=None):
        """The municipality's published, unrestricted plan in the reader's language (else in any
        language), or None. Restricted plans are never linked."""
        if municipality is None:
            return None
        plans = cls.objects.filter(municipality=municipality).live().public().select_related("locale")
        return next((p for p in plans if p.locale.language_code == language), None) or plans.first()

    def clean(self):
        if self.municipality_id:
            self.slug = self.municipality.slug
            others = PlanPage.objects.filter(municipality_id=self.municipality_id)
            if self.locale_id:
                others = others.filter(locale_id=self.locale_id)
            existing = others.exclude(pk=self.pk).first()
            if existing is not None:
                raise ValidationError({"municipality": duplicate_plan_message(self.municipality, existing)})
        super().clean()
        errors = {}
        # Drafts may be unfinished; the goal count is enforced when the plan is published or
        # sent for approval (the admin form sets _defer_plan_checks for "Gem kladde").
        if not getattr(self, "_defer_plan_checks", False):
            if message := self.goal_count_error():
                errors["goals"] = message
            # A placeholder left in the plan's own text would be published as "[KOMMUNE]".
            for field_name, message in placeholder_errors(self).items():
                errors.setdefault(field_name, message)
        if self.last_revised and self.next_revision and self.next_revision <= self.last_revised:
            errors["next_revision"] = "Næste revision skal ligge efter datoen for seneste revision."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.last_revised and not self.next_revision:
            self.next_revision = add_months(self.last_revised, self.revision_interval_months)
        return super().save(*args, **kwargs)

    # --- reading -------------------------------------------------------------------------------

    @cached_property
    def municipality_infohus(self):
        return (
            InfohusContact.objects.filter(municipality_id=self.municipality_id)
            .prefetch_related("opening_periods").first()
        )

    @cached_property
    def network_infohus(self):
        return (
            InfohusContact.objects.filter(police_district__municipalities__id=self.municipality_id)
            .select_related("police_district").prefetch_related("opening_periods").first()
        )

    @cached_property
    def intervention_list(self) -> list:
        return list(self.interventions.all())

    @property
    def text_blocks(self) -> list[dict]:
        """The centre's text blocks the plan shows, with the plan's names filled in (API v2)."""
        return filled_text_blocks(self)

    def text_blocks_text(self) -> str:
        """The same as plain text, for the search index."""
        return " ".join(f"{item['title']} {strip_tags(item['body'])}" for item in filled_text_blocks(self))

    @cached_property
    def coverage(self):
        return plan_coverage(self)

    @cached_property
    def interventions_by_target(self):
        """[(label, [interventions])] in the template's order: citizen, surroundings, professionals."""
        items = self.intervention_list
        return [
            (label, [item for item in items if item.aimed_at == value])
            for value, label in PlanIntervention.AimedAt.choices
            if any(item.aimed_at == value for item in items)
        ]

    def _municipality_with_district(self):
        """The municipality with its police district, in one query."""
        if self.municipality_id is None:
            return None
        if "municipality" not in self._state.fields_cache:
            self.municipality = Municipality.objects.select_related("police_district").get(pk=self.municipality_id)
        return self.municipality

    def placeholder_names(self):
        """(municipality, police district) for the text blocks' [KOMMUNE] and [POLITIKREDS]."""
        municipality = self._municipality_with_district()
        return municipality, getattr(municipality, "police_district", None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The plan's parts are read only when the plan is rendered, not when plan_page.html takes it
        # from the content cache.
        context["municipality"] = SimpleLazyObject(self._municipality_with_district)
        context["infohus"] = SimpleLazyObject(lambda: self.municipality_infohus)
        context["network_infohus"] = SimpleLazyObject(lambda: self.network_infohus)
        context["interventions_by_target"] = SimpleLazyObject(lambda: self.interventions_by_target)
        context["plan_contacts"] = SimpleLazyObject(lambda: plan_contact_points(request))
        context["coverage"] = self.coverage  # itself worked out when first read (plans.coverage)
        return context

    @path("")
    def plan(self, request):
        return self.render(request)

    @path("pdf/")
    def pdf(self, request):
        return plan_pdf_response(self, request)

    @path("docx/")
    def docx(self, request):
        return plan_docx_response(self, request, contact_points=plan_contact_points(request))


class PlanIntervention(Orderable):
    """One intervention of a plan (section 3 of the template)."""

    class AimedAt(models.TextChoices):
        # Shown on the plan page: Danish message ids, in the reader's language.
        CITIZEN = "citizen", _("Rettet mod borgeren")
        SURROUNDINGS = "surroundings", _("Rettet mod borgerens omgivelser")
        PROFESSIONALS = "professionals", _("Rettet mod fagprofessionelle")

    page = ParentalKey(PlanPage, on_delete=models.CASCADE, related_name="interventions")
    title = models.CharField("Titel", max_length=200)
    aimed_at = models.CharField("Rettet mod", max_length=20, choices=AimedAt.choices)
    level = models.CharField("Indsatsniveau", max_length=20, choices=concept.INTERVENTION_LEVELS)
    purpose = models.TextField("Formål", blank=True)
    content = models.TextField("Indhold", blank=True)
    target_group = models.CharField("Målgruppe", max_length=200, blank=True)
    responsible_unit = models.CharField("Ansvarlig enhed", max_length=200, blank=True)
    partners = models.CharField("Samarbejdspartnere", max_length=300, blank=True)
    follow_up_how = models.TextField("Opfølgning: hvordan", blank=True)
    follow_up_when = models.CharField("Opfølgning: hvornår", max_length=120, blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("aimed_at"), FieldPanel("level")]),
        FieldPanel("purpose"),
        FieldPanel("content"),
        FieldPanel("target_group"),
        FieldRowPanel([FieldPanel("responsible_unit"), FieldPanel("partners")]),
        FieldRowPanel([FieldPanel("follow_up_how"), FieldPanel("follow_up_when")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "indsats"
        verbose_name_plural = "indsatser"

    def __str__(self):
        return self.title


def duplicate_plan_message(municipality, existing) -> str:
    """Says where the municipality's plan in this language already is (title and admin address)."""
    return (
        f"{municipality.name} har allerede en handlingsplan på dette sprog: \"{existing.title}\" "
        f"({reverse('wagtailadmin_pages:edit', args=[existing.pk])}). Redigér den i stedet."
    )


CONTACT_ORDER = ["hotline", "police", "emergency"]


def plan_contact_points(request=None):
    """The national numbers for a plan's contact block, after the municipality's infohus:
    the hotline first, then the police (114), then emergency (112)."""
    points = [p for p in national_contacts(request=request) if p.kind in CONTACT_ORDER]
    return sorted(points, key=lambda p: CONTACT_ORDER.index(p.kind))


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


class RevisionReminder(models.Model):
    """A reminder e-mail sent to a plan's editors (so the same reminder is not sent every day)."""

    plan = models.ForeignKey(PlanPage, on_delete=models.CASCADE, related_name="revision_reminders")
    due_date = models.DateField("Revisionsdato")
    sent_on = models.DateField("Sendt")
    recipients = models.PositiveSmallIntegerField("Modtagere", default=0)

    class Meta:
        verbose_name = "påmindelse om revision"
        verbose_name_plural = "påmindelser om revision"
        ordering = ["-sent_on"]
