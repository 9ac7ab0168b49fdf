from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class BasePage(Page):
    """Common ground for the site's pages: a summary used in listings, search and meta tags."""

    summary = models.TextField(
        "Resumé", blank=True, help_text="En eller to sætninger til oversigter, søgeresultater og deling."
    )

    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary", boost=1.5)]

    class Meta:
        abstract = True

    @property
    def last_updated(self):
        return self.last_published_at or self.latest_revision_created_at


class HomePage(BasePage):
    """The front page: leads with 'Er du bekymret?' and the national contact numbers."""

    lead_heading = models.CharField("Overskrift", max_length=120, default="Er du bekymret for en person?")
    lead_text = RichTextField("Indledning", blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("lead_heading"), FieldPanel("lead_text")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "forside"


class ContentPage(BasePage):
    """A plain page, e.g. the accessibility statement."""

    body = RichTextField("Indhold", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = "indholdsside"
