"""The admin form for plan pages: a municipality's editors can only pick their own municipality,
and the goal count is only enforced when the plan is published or sent for approval."""

from wagtail.admin.forms import WagtailAdminPageForm

from plans.permissions import municipalities_editable_by


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
        self.instance._defer_plan_checks = bool(getattr(self, "is_deferred_validation", False))
        return cleaned
