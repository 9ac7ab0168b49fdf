from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.landmarks import landmark_url
from core.models import BasePage
from home.blocks import EntryPointsBlock


class HomePage(BasePage):
    """The front page: leads with 'Er du bekymret?' and the national contact numbers, then the ways
    into the guide, the signs of concern, the plans and the knowledge pages."""

    lead_heading = models.CharField("Overskrift", max_length=120, default="Er du bekymret for en person?")
    lead_text = RichTextField("Indledning", blank=True, features=["bold", "italic", "link"])
    concern_link_text = models.CharField(
        "Tekst på knappen", max_length=80, default="Sådan gør du, hvis du er bekymret"
    )
    concern_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Side om bekymring",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Siden 'Er du bekymret?'. Er ingen valgt, linker knappen til /<sprog>/bekymret/.",
    )
    contacts_heading = models.CharField("Overskrift over kontakter", max_length=120, default="Ring og få råd")
    entry_points_heading = models.CharField("Overskrift over indgange", max_length=120, default="Find viden og værktøjer")
    entry_points = StreamField(EntryPointsBlock(), verbose_name="Indgange", blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("lead_heading"), FieldPanel("lead_text"), FieldPanel("concern_link_text"),
             FieldPanel("concern_page")],
            heading="Er du bekymret?",
        ),
        FieldPanel("contacts_heading"),
        FieldPanel("entry_points_heading"),
        FieldPanel("entry_points"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("lead_text"), index.SearchField("entry_points")]
    api_fields = [APIField("summary"), APIField("lead_heading"), APIField("lead_text"), APIField("entry_points")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "forside"

    @property
    def concern_url(self) -> str:
        page = self.concern_page.localized if self.concern_page_id else None
        if page is not None and page.live:
            return page.url
        return landmark_url("concern", request=None)


class ContentPage(BasePage):
    """A plain page, e.g. the accessibility statement."""

    body = RichTextField("Indhold", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = "indholdsside"
