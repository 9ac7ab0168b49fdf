"""The admin form for plan pages.

- A new plan: a municipality's editors can only pick their own municipality (preselected when it
  is their only one); the slug is the municipality's, so the hidden Promote tab never blocks the
  first save.
- An existing plan: its municipality is fixed and shown read-only to everyone (editors,
  approvers, the centre), so approving or publishing from the editor never trips over it.
- The goal count and other publishing checks only apply when the plan is published or sent for
  approval (PlanPage.clean reads _defer_plan_checks).
"""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from places.models import Municipality
from plans.permissions import municipalities_editable_by
from plans.privacy import decides_privacy, is_staff_only
from plans.textblocks import intervention_placeholder_errors


class PlanPageForm(WagtailAdminPageForm):
    staff_only = forms.BooleanField(
        label="Kun for kommunens medarbejdere", required=False,
        help_text="Planen kan kun læses af kommunens medarbejdere, når de er logget ind (også på engelsk og "
                  "arabisk). Slået fra: planen er offentlig.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["staff_only"].initial = is_staff_only(self.instance)
            if not decides_privacy(self.instance):
                self.fields["staff_only"].disabled = True
                self.fields["staff_only"].help_text = "Følger den danske plan."
        field = self.fields.get("municipality")
        if "slug" in self.fields:
            # Derived from the municipality in clean(); editors never need to fill it in.
            self.fields["slug"].required = False
            self.fields["slug"].help_text = "Udfyldes automatisk med kommunens navn."
        if field is None:
            return
        if self.instance.pk and self.instance.municipality_id:
            field.queryset = Municipality.objects.filter(pk=self.instance.municipality_id)
            field.disabled = True
            field.help_text = "En plan hører til én kommune; det kan ikke ændres."
            return
        user = getattr(self, "for_user", None)
        if user is not None:
            allowed = municipalities_editable_by(user)
            if allowed is not None:
                field.queryset = field.queryset.filter(pk__in=allowed)
                if len(allowed) == 1:
                    field.initial = self.initial["municipality"] = next(iter(allowed))
                    field.empty_label = None

    def clean(self):
        municipality = self.cleaned_data.get("municipality")
        if municipality is not None:
            # The plan's address is its municipality's slug (PlanPage.clean sets it too); set it
            # before the base form checks the slug is free under the plan index.
            self.cleaned_data["slug"] = municipality.slug
            self.instance.slug = municipality.slug
        elif not self.cleaned_data.get("slug"):
            self.cleaned_data.pop("slug", None)
        cleaned = super().clean()
        # Model validation (PlanPage.clean) runs after this; tell it whether this is a draft save.
        deferred = bool(getattr(self, "is_deferred_validation", False))
        self.instance._defer_plan_checks = deferred
        # The submitted interventions are only set on the plan when the form is saved, so the model
        # cannot see them yet: check them here, each message beside its field.
        formset = self.formsets.get("interventions")
        if formset is not None:
            self.instance._interventions_checked_by_form = True
            if not deferred:
                for form in formset.forms:
                    if not form.is_valid() or form.cleaned_data.get("DELETE"):
                        continue
                    for name, message in intervention_placeholder_errors(form.cleaned_data).items():
                        form.add_error(name, message)
        # Applied after the page is saved (plans.wagtail_hooks.apply_staff_only_switch).
        self.instance._staff_only_wanted = bool(cleaned.get("staff_only"))
        return cleaned
