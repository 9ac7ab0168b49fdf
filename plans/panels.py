"""Admin panels of a plan's edit view: at the top, the centre's text blocks that changed since the
plan was last published and the concept elements the plan does not cover yet; above each field, the
national template's guiding questions."""

from wagtail.admin.panels import InlinePanel, Panel

from plans.coverage import plan_coverage
from plans.template import plan_template
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


class GuidingQuestionsPanel(Panel):
    """The national template's guiding questions for one field of the plan (plans/data/template.yaml),
    shown above the field in the edit form of every plan."""

    def __init__(self, field_name, **kwargs):
        self.field_name = field_name
        super().__init__(**kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs["field_name"] = self.field_name
        return kwargs

    @property
    def clean_name(self):
        return f"{self.field_name}_guidance"

    class BoundPanel(Panel.BoundPanel):
        template_name = "plans/admin/guiding_questions_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["template_field"] = plan_template().field(self.panel.field_name)
            return context


def _name_of(panel):
    return getattr(panel, "field_name", None) or getattr(panel, "relation_name", None)


def with_guiding_questions(panels: list) -> list:
    """`panels` with a GuidingQuestionsPanel before each field the template asks questions about
    (FieldPanels and the interventions' InlinePanel, also inside MultiFieldPanels)."""
    result = []
    for panel in panels:
        children = getattr(panel, "children", None)
        if children is not None and not isinstance(panel, InlinePanel):
            panel.children = with_guiding_questions(list(children))
        name = _name_of(panel)
        template_field = plan_template().field(name) if name else None
        if template_field is not None and (template_field.questions or template_field.text_block_note):
            result.append(GuidingQuestionsPanel(name))
        result.append(panel)
    return result
