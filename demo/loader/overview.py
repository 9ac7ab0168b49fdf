"""The national overview, /da/handlingsplaner/overblik/ (pages/handlingsplaner/overblik.yaml). Its
figures are computed from the live plans on every request, so the loader only makes the page."""

from demo.loader import files
from demo.loader.common import ensure_page
from demo.loader.project import PlanIndexPage, PlanOverviewPage
from demo.loader.site import default_locale


def load(stdout=None):
    locale = default_locale()
    index = PlanIndexPage.objects.filter(locale=locale, slug="handlingsplaner").first()
    if index is None:
        raise RuntimeError("Landsoverblikket skal ligge under planoversigten /da/handlingsplaner/, som ikke findes.")
    return ensure_page(index, PlanOverviewPage, files.read("pages/handlingsplaner/overblik.yaml"), locale, live=False)
