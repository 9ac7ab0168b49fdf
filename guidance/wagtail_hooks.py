from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.admin.ui.tables import Column
from wagtail.rich_text import expand_db_html
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from guidance.models import ConceptElement, SignOfConcern, TextBlock
from guidance.textblocks import mark_placeholders

PREVIEW_WORDS = 30


def text_block_preview(text_block) -> str:
    """The start of a text block's text, placeholders shown as readable slots ("[kommunens navn]")."""
    text = strip_tags(mark_placeholders(expand_db_html(text_block.body or "")))
    return Truncator(" ".join(text.split())).words(PREVIEW_WORDS, truncate=" …")


class TextBlockChooseMixin:
    """The text-block chooser shows, besides the title, the section the block is written for and
    the start of its text, so an editor can tell the blocks apart without opening them."""

    page_title = "Vælg tekstblok"

    @property
    def columns(self):
        return super().columns + [
            Column("plan_section", label="Til afsnittet"),
            Column("preview", label="Uddrag af teksten", accessor=text_block_preview),
        ]


class TextBlockChooseView(TextBlockChooseMixin, ChooseView):
    pass


class TextBlockChooseResultsView(TextBlockChooseMixin, ChooseResultsView):
    pass


class TextBlockChooserViewSet(SnippetChooserViewSet):
    choose_view_class = TextBlockChooseView
    choose_results_view_class = TextBlockChooseResultsView
    choose_one_text = "Vælg tekstblok"


class TextBlockViewSet(SnippetViewSet):
    model = TextBlock
    icon = "doc-full"
    menu_label = "Tekstblokke"
    list_display = ["number", "title", "plan_section"]
    ordering = ["number"]
    chooser_viewset_class = TextBlockChooserViewSet


class SignOfConcernViewSet(SnippetViewSet):
    model = SignOfConcern
    icon = "warning"
    menu_label = "Bekymringstegn"
    list_display = ["text", "group", "severity", "sort_order"]
    list_filter = ["group", "severity"]
    ordering = ["group", "sort_order"]


class ConceptElementViewSet(SnippetViewSet):
    model = ConceptElement
    icon = "table"
    menu_label = "Nationalt koncept"
    list_display = ["name", "level", "building", "anticipating", "intervening", "sort_order"]
    list_filter = ["level"]
    ordering = ["sort_order"]


class GuidanceViewSetGroup(SnippetViewSetGroup):
    menu_label = "Vejledning"
    menu_icon = "help"
    menu_order = 220
    items = (TextBlockViewSet, SignOfConcernViewSet, ConceptElementViewSet)


register_snippet(GuidanceViewSetGroup)
