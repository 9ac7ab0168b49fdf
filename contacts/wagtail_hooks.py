from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from contacts.models import ContactPoint, InfohusContact


class ContactPointViewSet(SnippetViewSet):
    model = ContactPoint
    icon = "mail"
    menu_label = "Kontaktpunkter"
    list_display = ["name", "phone", "kind"]
    add_to_admin_menu = True
    menu_order = 230


register_snippet(ContactPointViewSet)


class InfohusContactViewSet(SnippetViewSet):
    model = InfohusContact
    icon = "group"
    menu_label = "Infohuse"
    list_display = ["name", "kind", "phone", "email", "unit"]
    list_filter = ["kind"]
    search_fields = ["name", "unit"]
    add_to_admin_menu = True
    menu_order = 240


register_snippet(InfohusContactViewSet)
