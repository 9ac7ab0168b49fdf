from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import PageViewRestriction

from signin import audit, views
from signin.forms import IdentityProviderForm
from signin.models import IdentityProvider


@hooks.register("before_serve_page")
def staff_only_pages(page, request, serve_args, serve_kwargs):
    """Before Wagtail's own check (this app comes first in INSTALLED_APPS): a reader who is not
    signed in gets the sign-in page of the site; a signed-in reader outside the group gets the clear
    "for <municipality>'s staff" page instead of the login form again."""
    for restriction in page.get_view_restrictions():
        if restriction.restriction_type not in (PageViewRestriction.GROUPS, PageViewRestriction.LOGIN):
            continue
        if restriction.accept_request(request):
            continue
        if not request.user.is_authenticated:
            return views.sign_in_redirect(request)
        return views.not_staff_response(request, views.municipality_of_restriction(restriction))
    return None


@hooks.register("register_log_actions")
def signin_log_actions(actions):
    actions.register_action(audit.LOGIN, "Logget ind med kommunens login", "Logget ind med kommunens login (SAML)")
    actions.register_action(audit.REFUSED, "Login afvist", "Login med kommunens login afvist (SAML)")


class IdentityProviderViewSet(ModelViewSet):
    model = IdentityProvider
    icon = "key"
    menu_label = "Login-tjenester (SAML)"
    add_to_settings_menu = True
    list_display = ["name", "entity_id", "active", "metadata_updated_at"]
    edit_handler = ObjectList([
        FieldPanel("name"), FieldPanel("slug"), FieldPanel("active"),
        MultiFieldPanel([FieldPanel("metadata_url"), FieldPanel("refresh_metadata"), FieldPanel("metadata_file"),
                         FieldPanel("metadata_xml")], heading="Metadata"),
        MultiFieldPanel([FieldPanel("organisation_kind"), FieldPanel("organisation_attribute"),
                         FieldPanel("municipality"), InlinePanel("organisations", label="Organisationer")],
                        heading="Hvilken kommune"),
        MultiFieldPanel([FieldPanel("role_attribute"), FieldPanel("staff_values"), FieldPanel("editor_values"),
                         FieldPanel("approver_values")], heading="Roller"),
    ], base_form_class=IdentityProviderForm)


@hooks.register("register_admin_viewset")
def identity_provider_viewset():
    return IdentityProviderViewSet("identity_providers")


