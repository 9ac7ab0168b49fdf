"""The page base every page type of the site builds on."""

from django.db import models
from wagtail.admin.panels import FieldPanel
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
