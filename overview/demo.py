"""Demo content for the national overview: the page /da/handlingsplaner/overblik/ under the plan index.
Its figures are computed from the live plans on every request, so the loader only makes the page."""

from wagtail.models import Locale

from home.demo_utils import publish_if_changed, set_fields

INTRO = (
    "<p>Her kan du følge, hvor langt landets 98 kommuner er med deres handlingsplaner mod ekstremisme: "
    "hvem der har offentliggjort en plan, og hvilke dele af det nationale koncept planerne tager fat på.</p>"
    "<p>Da kommunernes arbejde blev kortlagt i 2018, svarede 62 % af kommunerne, at de havde en "
    "strategi eller handlingsplan for indsatsen, 29 % at de ikke havde, og 8 % vidste det ikke. "
    "Tallene herunder viser, hvor det står i dag.</p>"
)
METHOD_NOTE = (
    "<p>Tallene regnes ud, hver gang siden vises, fra de planer, der ligger på sitet. En kommune tæller "
    "som at have en plan, når planen er offentliggjort, uanset om alle kan læse den, eller den kun er for "
    "kommunens medarbejdere. En plan, der kun er for medarbejderne, indgår i optællingen af status og "
    "af hvilke elementer planerne dækker, men intet fra selve planen vises på denne side.</p>"
    "<p>Kladder og planer, der endnu ikke er godkendt, tæller ikke med. Kortet er et skema og ikke et "
    "geografisk korrekt kort: hver kommune har et felt af samme størrelse.</p>"
)


def load(stdout=None):
    from overview.models import PlanOverviewPage
    from plans.models import PlanIndexPage

    locale = Locale.objects.get(language_code="da")
    index = PlanIndexPage.objects.filter(locale=locale, slug="handlingsplaner").first()
    if index is None:
        raise RuntimeError("Landsoverblikket skal ligge under planoversigten /da/handlingsplaner/, som ikke findes.")
    page = PlanOverviewPage.objects.child_of(index).filter(slug="overblik").first()
    if page is None:
        page = PlanOverviewPage(title="Landsoverblik", slug="overblik", locale=locale, live=False)
        index.add_child(instance=page)
    changed = set_fields(
        page,
        title="Landsoverblik over handlingsplanerne",
        slug="overblik",
        seo_title="Landsoverblik: kommunernes handlingsplaner mod ekstremisme",
        summary=(
            "Hvor mange kommuner har en handlingsplan mod ekstremisme, og hvad dækker planerne? "
            "Tal for hele landet, hver politikreds og hver region."
        ),
        intro=INTRO,
        method_note=METHOD_NOTE,
    )
    publish_if_changed(page, changed)
    return page
