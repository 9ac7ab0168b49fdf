"""The national overview page: where the country stands with its plans, computed from live data."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.models import BasePage
from overview.live import overview_context


class PlanOverviewPage(BasePage):
    """/da/handlingsplaner/overblik/: the share of municipalities with a published plan (by police
    district and region), a tile map of the 98 municipalities by plan status, and how many plans
    cover each element of the national concept. Staff-only plans count, but show nothing of their
    content: the page reads status and coverage, never a plan's text."""

    intro = RichTextField("Indledning", blank=True, features=["bold", "italic", "link"])
    method_note = RichTextField(
        "Om tallene",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Hvordan tallene er opgjort. Vises under figurerne.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("method_note")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("method_note")]
    parent_page_types = ["plans.PlanIndexPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "landsoverblik over handlingsplaner"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(overview_context(locale=self.locale, request=request))
        return context
