"""Demo content for the concern path (/da/bekymret/) and the accessibility statement. Idempotent:
pages are found by slug under the Danish home page and saved only when something changed."""

from django.conf import settings
from wagtail.models import Locale

from concern.models import ConcernPage
from home.demo_utils import publish_if_changed, set_fields
from home.models import ContentPage, HomePage

CONCERN_SLUG = "bekymret"
ACCESSIBILITY_SLUG = "tilgaengelighed"

PATH_STEPS = [
    {
        "letter": "A",
        "title": "Bekymringen modtages",
        "text": (
            "Infohuset i kommunen tager imod din henvendelse. Du fortæller, hvad du har set eller hørt, og "
            "hvorfor det bekymrer dig. Du får besked om, hvem der arbejder videre med den."
        ),
    },
    {
        "letter": "B",
        "title": "Første vurdering",
        "text": (
            "Kommunen og politiet ser på bekymringen sammen og kan dele oplysninger efter retsplejelovens "
            "§ 115. De vurderer, om der er grund til at handle, og hvor alvorligt det er."
        ),
    },
    {
        "letter": "C",
        "title": "Indsats og opfølgning",
        "text": (
            "Er der grund til at handle, tilbyder kommunen en indsats, fx samtaler, en mentor eller støtte "
            "til familien. Nogen følger op på, hvordan det går."
        ),
    },
    {
        "letter": "D",
        "title": "Afsluttet eller sendt videre",
        "text": (
            "Sagen lukkes, når bekymringen er væk, eller den sendes videre til den rette myndighed, "
            "fx politiet, hvis der er risiko for kriminalitet."
        ),
    },
]

ACCESSIBILITY_BODY = """
<p>Vi vil gerne have, at alle kan bruge dette websted, også hvis man bruger skærmlæser, forstørrelse,
tastatur i stedet for mus eller en gammel telefon. Denne erklæring fortæller, hvor langt vi er nået, og
hvordan du siger til, hvis noget ikke virker.</p>
<h2>Hvor tilgængeligt er webstedet?</h2>
<p>Webstedet er bygget efter de internationale retningslinjer WCAG 2.1 på niveau AA, som offentlige
websteder i Danmark skal følge efter lov om tilgængelighed af offentlige organers websteder og
mobilapplikationer.</p>
<ul>
<li>Alle sider kan bruges med tastatur alene, og det er tydeligt, hvor du er på siden.</li>
<li>Siderne virker uden JavaScript, også valg af kommune og handlekortet.</li>
<li>Teksten kan forstørres til 200 procent, og siderne kan læses på en skærm, der kun er 320 pixel bred.</li>
<li>Siderne findes på dansk, og de vigtigste også på engelsk og arabisk, hvor teksten læses fra højre mod venstre.</li>
<li>Du kan få siderne læst op med knappen »Læs op«, hvis din browser har indbygget oplæsning.</li>
</ul>
<h2>Sådan tester vi</h2>
<p>Hver gang vi ændrer webstedet, kører automatiske test i en rigtig browser. De tester hver sidetype
med værktøjet axe og går siderne igennem med tastaturet på en telefonskærm. Vi tester også jævnligt med
skærmlæser.</p>
<h2>Kendte problemer</h2>
<p>PDF-dokumenter, som kommunerne selv har lagt op, er ikke altid tilgængelige. Kontakt kommunen, hvis du
har brug for indholdet i en anden form. Handlekortet som PDF laves automatisk og har samme indhold som
handlekortet på webstedet.</p>
<h2>Fandt du noget, der ikke virker?</h2>
<p>Skriv til os på <a href="mailto:info@stopekstremisme.dk">info@stopekstremisme.dk</a>, og fortæl, hvilken
side det drejer sig om. Vi svarer inden for ti arbejdsdage. Er du ikke tilfreds med svaret, kan du klage til
Digitaliseringsstyrelsen, som fører tilsyn med tilgængelighed.</p>
""".strip()


def ensure_concern_page(home):
    page = ConcernPage.objects.child_of(home).filter(slug=CONCERN_SLUG).first()
    is_new = page is None
    if is_new:
        page = ConcernPage(title="Er du bekymret?", slug=CONCERN_SLUG, locale=home.locale)
    steps = [("step", step) for step in PATH_STEPS]
    current_steps = [dict(block.value) for block in page.path_steps] if not is_new else None
    changed = set_fields(
        page,
        title="Er du bekymret for en person?",
        slug=CONCERN_SLUG,
        show_in_menus=False,  # the header's "Er du bekymret?" link leads here
        summary=(
            "Sådan genkender du tegn på, at en person er på vej ind i et ekstremistisk miljø, hvordan du melder "
            "en bekymring, hvem du skal ringe til, og hvad der sker bagefter."
        ),
        intro=(
            "<p>Du behøver ikke være sikker. Tal med infohuset i din kommune, eller ring til den nationale "
            "rådgivning, hvis du er i tvivl. Er der fare for liv, så ring 112.</p>"
        ),
        recognise_heading="Genkend tegnene",
        recognise_intro=(
            "<p>Tegn på radikalisering viser sig ofte som ændringer i, hvordan en person taler, tænker og "
            "omgås andre. Her er nogle af de tegn, fagfolk lægger mærke til.</p>"
        ),
        contact_heading="Kontakt infohuset i din kommune",
        contact_intro=(
            "<p>Alle kommuner har et infohus, hvor kommunen og politiet sammen tager imod og vurderer "
            "bekymringer. Vælg din kommune, så viser vi dig, hvem du skal ringe til.</p>"
        ),
        path_heading="Det sker der bagefter",
        path_intro=(
            "<p>En bekymring følger typisk fire trin. Du bliver ikke selv ansvarlig for sagen, men du kan "
            "blive spurgt, om du vil hjælpe med at følge op.</p>"
        ),
    )
    if current_steps != PATH_STEPS:
        page.path_steps = steps
        changed = True
    if is_new:
        home.add_child(instance=page)
    publish_if_changed(page, changed)
    return page


def ensure_accessibility_statement(home):
    page = ContentPage.objects.child_of(home).filter(slug=ACCESSIBILITY_SLUG).first()
    is_new = page is None
    if is_new:
        page = ContentPage(title="Tilgængelighedserklæring", slug=ACCESSIBILITY_SLUG, locale=home.locale)
    changed = set_fields(
        page,
        title="Tilgængelighedserklæring",
        slug=ACCESSIBILITY_SLUG,
        show_in_menus=False,
        summary="Hvor tilgængeligt webstedet er, hvordan vi tester det, og hvordan du siger til, hvis noget ikke virker.",
        body=ACCESSIBILITY_BODY,
    )
    if is_new:
        home.add_child(instance=page)
    publish_if_changed(page, changed)
    return page


def load(stdout=None):
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=locale, depth=2)
    ensure_concern_page(home)
    ensure_accessibility_statement(home)
