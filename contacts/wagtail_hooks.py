from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from contacts.models import ContactPoint


class ContactPointViewSet(SnippetViewSet):
    model = ContactPoint
    icon = "mail"
    menu_label = "Kontaktpunkter"
    list_display = ["name", "phone", "kind"]
    add_to_admin_menu = True
    menu_order = 230


register_snippet(ContactPointViewSet)
