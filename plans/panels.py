"""An admin panel at the top of a plan's edit view: the centre's text blocks that changed since
the plan was last published, and the concept elements the plan does not cover yet."""

from wagtail.admin.panels import Panel

from plans.coverage import plan_coverage
from plans.textblocks import changed_text_blocks


class PlanChecksPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", "Tjek af planen")
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "plans/admin/plan_checks_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            plan = self.instance
            context["changed_blocks"] = changed_text_blocks(plan) if plan.pk else []
            context["coverage"] = plan_coverage(plan) if plan.pk else None
            return context
