from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from guidance.models import ConceptElement, SignOfConcern, TextBlock


class TextBlockViewSet(SnippetViewSet):
    model = TextBlock
    icon = "doc-full"
    menu_label = "Tekstblokke"
    list_display = ["number", "title", "plan_section"]
    ordering = ["number"]


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
