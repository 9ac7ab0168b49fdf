"""The admin form for plan pages: a municipality's editors can only pick their own municipality,
and the goal count is only enforced when the plan is published or sent for approval."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

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
        user = getattr(self, "for_user", None)
        if field is not None and user is not None:
            allowed = municipalities_editable_by(user)
            if allowed is not None:
                field.queryset = field.queryset.filter(pk__in=allowed)
                if len(allowed) == 1 and not self.instance.pk:
                    field.initial = next(iter(allowed))

    def clean(self):
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
