"""What the site search indexes of the plans (search/registry.py): the plan pages, each plan's
interventions as results of their own, and the intervention levels' facet labels."""

from django.utils.translation import pgettext_lazy

from guidance.concept import INTERVENTION_LEVELS
from plans.models import PlanIndexPage, PlanPage
from search import registry
from search.text import clean_text

RESULT_TYPE = "search result type"


def plan_interventions(plan) -> list[dict]:
    items = []
    for item in plan.interventions.all():
        body = " ".join(filter(None, [item.purpose, item.content, item.target_group, item.responsible_unit,
                                      item.partners, item.follow_up_how]))
        items.append({
            "id": item.pk, "title": f"{item.title} ({plan.title})"[:255],
            "title_text": item.title,
            "keywords": f"{item.get_level_display()} indsats {item.get_aimed_at_display()}",
            "body": clean_text(body), "level": item.level, "anchor": "indsatser",
        })
    return items


registry.register_page(PlanPage, label=pgettext_lazy(RESULT_TYPE, "Handlingsplan"), boost=1.0)
registry.register_page(PlanIndexPage, label=pgettext_lazy(RESULT_TYPE, "Handlingsplaner"), boost=1.0)
registry.register_subdocuments(
    PlanPage, plan_interventions, kind="intervention", label=pgettext_lazy(RESULT_TYPE, "Indsats i handlingsplan"),
    boost=0.8, autocomplete=False,
)
# The plans' place facets (municipality, police district) are read from each plan's `municipality`
# by the search itself; the intervention levels are the national concept's.
registry.register_facet_values("intervention_level", INTERVENTION_LEVELS)
