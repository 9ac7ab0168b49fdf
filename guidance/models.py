"""The national guidance as pages: the guide (index and chapters), the signs of concern, and the
knowledge pages. The snippets they show live in guidance.snippets."""

from django.db import models
from django.utils import translation
from django.utils.functional import SimpleLazyObject, cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.models import BasePage
from guidance.blocks import GuideStreamBlock, KnowledgeStreamBlock
from guidance.snippets import (
    ConceptElement,
    LiveInLanguageMixin,
    SignOfConcern,
    TextBlock,
)

__all__ = ["ConceptElement", "LiveInLanguageMixin", "SignOfConcern", "TextBlock"]  # models of this app


# The languages the implementation guide is written in (for municipal staff); pages of the guide in any
# other language (Arabic) say so and link to the English version.
GUIDE_LANGUAGES = ("da", "en")


class GuideLanguagesMixin:
    """What the guide's pages say about the languages the guide is written in."""

    @property
    def in_guide_language(self) -> bool:
        return self.locale.language_code in GUIDE_LANGUAGES

    def english_version(self):
        """This page in English when that is live, else the English guide's front page (or None)."""
        for candidate in (self, getattr(self, "guide_index", None)):
            if candidate is None:
                continue
            found = candidate.get_translations().filter(locale__language_code="en").live().first()
            if found is not None:
                return found
        return None

    @property
    def guide_index(self):
        return GuideIndexPage.objects.ancestor_of(self, inclusive=True).filter(locale=self.locale).first()


class GuideIndexPage(GuideLanguagesMixin, BasePage):
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
    order, without their bodies (navigation shows titles, numbers and URLs). One query; the guide's
    templates keep the rendered navigation in the content cache (ops.contentcache)."""
    pages = GuideChapterPage.objects.child_of(page) if relation == "children" else (
        GuideChapterPage.objects.sibling_of(page, inclusive=True)
    )
    return list(pages.live().public().defer_streamfields().order_by("path"))


class GuideChapterPage(GuideLanguagesMixin, BasePage):
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

    @cached_property
    def pager(self) -> tuple:
        """(previous chapter or section, next one) beside this one, either may be None."""
        siblings = self.siblings()
        ids = [page.pk for page in siblings]
        position = ids.index(self.pk) if self.pk in ids else -1
        previous = siblings[position - 1] if position > 0 else None
        following = siblings[position + 1] if 0 <= position < len(siblings) - 1 else None
        return previous, following

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the chapter is rendered, not when guide_chapter_page.html takes it from the
        # content cache.
        context["previous_page"] = SimpleLazyObject(lambda: self.pager[0])
        context["next_page"] = SimpleLazyObject(lambda: self.pager[1])
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
