"""Intranet keys in the admin (Indstillinger → Intranet-nøgler): a municipality's editors and
approvers manage the keys of their own municipality, the centre all of them."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.log_actions import log
from wagtail.permission_policies.base import AuthenticationOnlyPermissionPolicy
from wagtail.permissions import register_permission_policy

from intranet.models import IntranetKey
from places.models import Municipality
from plans.permissions import is_centre_editor, municipalities_with_roles


def municipalities_of(user):
    """None: every municipality (the centre); otherwise the ids whose editors or approvers the user is."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if is_centre_editor(user):
        return None
    return {municipality.pk for municipality, _roles in municipalities_with_roles(user)}


class IntranetKeyPolicy(AuthenticationOnlyPermissionPolicy):
    def user_has_permission(self, user, action):
        allowed = municipalities_of(user)
        return allowed is None or bool(allowed)

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def user_has_permission_for_instance(self, user, action, instance):
        allowed = municipalities_of(user)
        return allowed is None or instance.municipality_id in allowed

    def instances_user_has_any_permission_for(self, user, actions):
        allowed = municipalities_of(user)
        keys = IntranetKey.objects.all()
        return keys if allowed is None else keys.filter(municipality_id__in=allowed)


class IntranetKeyForm(WagtailAdminModelForm):
    revoke = forms.BooleanField(label="Spær nøglen", required=False,
                                help_text="En spærret nøgle virker ikke længere og kan ikke åbnes igen.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = municipalities_of(self.for_user) if getattr(self, "for_user", None) else set()
        if allowed is not None:
            self.fields["municipality"].queryset = Municipality.objects.filter(pk__in=allowed)
        if not self.instance.pk:
            del self.fields["revoke"]

    def save(self, commit=True):
        if self.cleaned_data.get("revoke") and self.instance.revoked_at is None:
            self.instance.revoke()
        return super().save(commit=commit)


class IntranetKeyCreateView(CreateView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        key = instance.issue()
        instance.created_by = self.request.user
        instance.save()
        log(instance=instance, action="wagtail.create", content_changed=True)
        messages.warning(self.request, f"Nøglen til »{instance.name}« er: {key} — kopiér den nu; den vises ikke igen.")
        return instance


POLICY = IntranetKeyPolicy(IntranetKey)
register_permission_policy(IntranetKey, POLICY)


class IntranetKeyIndexView(IndexView):
    def get_base_queryset(self):
        return POLICY.instances_user_has_any_permission_for(self.request.user, ["view"]).select_related("municipality")


class OwnKeyMixin:
    def get_object(self, queryset=None):
        key = super().get_object()
        if not POLICY.user_has_permission_for_instance(self.request.user, "change", key):
            raise PermissionDenied
        return key


class IntranetKeyEditView(OwnKeyMixin, EditView):
    pass


class IntranetKeyDeleteView(OwnKeyMixin, DeleteView):
    pass


class IntranetKeyViewSet(ModelViewSet):
    model = IntranetKey
    icon = "key"
    menu_label = "Intranet-nøgler"
    add_to_settings_menu = True
    add_view_class = IntranetKeyCreateView
    index_view_class = IntranetKeyIndexView
    edit_view_class = IntranetKeyEditView
    delete_view_class = IntranetKeyDeleteView
    list_display = ["name", "municipality", "prefix", "created_at", "last_used_at", "revoked_at"]
    edit_handler = ObjectList([FieldPanel("name"), FieldPanel("municipality"), FieldPanel("frame_origins"),
                               FieldPanel("revoke")], base_form_class=IntranetKeyForm)


@hooks.register("register_admin_viewset")
def intranet_key_viewset():
    return IntranetKeyViewSet("intranet_keys")


@hooks.register("register_log_actions")
def intranet_log_actions(actions):
    actions.register_action("intranet.key_used", "Intranet-nøgle brugt", "Planen hentet med en intranet-nøgle")


