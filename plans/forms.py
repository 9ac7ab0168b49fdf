"""The admin form for plan pages: a municipality's editors can only pick their own municipality,
and the goal count is only enforced when the plan is published or sent for approval."""

from wagtail.admin.forms import WagtailAdminPageForm

from plans.permissions import municipalities_editable_by
from plans.textblocks import intervention_placeholder_errors


class PlanPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
        return cleaned
