"""The text of the three example plans (plans/demo.py loads them). Written for this site; the
structure follows the national template (seed 003). Every plan says it is an example."""

import datetime as dt


def p(*paragraphs):
    return [("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))]


def text_block(number):
    """A reference to the centre's text block by number; plans/demo.py resolves it."""
    return ("text_block", {"number": number})


def goals(*items):
    return [("goal", {"title": title, "description": description}) for title, description in items]


def step(phase, title, description, responsible="", timeframe=""):
    return ("step", {"phase": phase, "title": title, "description": f"<p>{description}</p>",
                     "responsible": responsible, "timeframe": timeframe})


EXAMPLE_NOTICE = (
    "<strong>Eksempel:</strong> Denne plan er et eksempel, skrevet til demonstration af platformen. "
    "Den er ikke {name}s vedtagne plan, og navne på enheder, datoer og indsatser er opdigtede."
)

SIGNS = (
    "Ingen enkelt iagttagelse er i sig selv et tegn på ekstremisme, og listen er ikke en tjekliste. "
    "Det er når flere ting sker på samme tid, og når de ændrer sig over kort tid, at der er grund til "
    "at tale med en kollega eller med infohuset. Vær fx opmærksom på, om personen: "
    "<ul><li>taler om vold som en rimelig måde at løse konflikter eller opnå politiske mål på,</li>"
    "<li>deler eller opsøger materiale, der hylder vold eller terror,</li>"
    "<li>trækker sig fra familie, venner, skole eller arbejde og får en ny, lukket omgangskreds,</li>"
    "<li>presser, truer eller chikanerer andre på grund af deres holdning, tro eller baggrund,</li>"
    "<li>bliver optaget af at rejse til en konfliktzone eller af at skaffe våben.</li></ul>"
)

DEFINITIONS = (
    "<strong>Ekstremisme</strong> bruger vi om personer og grupper, der udøver eller forsvarer vold "
    "eller andre ulovlige handlinger for at ændre forhold i samfundet, som de er utilfredse med. "
    "<strong>Radikalisering</strong> er den proces, hvor en person i stigende grad tager sådanne "
    "synspunkter til sig. Planen gælder alle former for ekstremisme og borgere i alle aldre."
)

PROCEDURE = [
    step("A", "Bekymringen modtages",
         "En fagperson eller borger kontakter infohuset på telefon eller e-mail. Infohusets tovholder "
         "noterer, hvad bekymringen går ud på, og hvem der har set hvad.",
         "Kommunens infohustovholder", "Samme dag"),
    step("B", "Første vurdering",
         "Kommunens og politiets tovholdere vurderer sammen, om bekymringen handler om risiko for "
         "kriminalitet med ekstremistisk motiv, og om der er akut fare. Oplysninger deles efter "
         "retsplejelovens § 115.",
         "Infohustovholdere fra kommune og politi", "Inden for fem hverdage"),
    step("C", "Indsats og opfølgning",
         "Falder sagen inden for infohusets område, aftales hvilke myndigheder der handler, og hvem "
         "der følger op. Hver myndighed træffer selv sine afgørelser efter sin egen lovgivning.",
         "Den forvaltning, der har sagen", "Opfølgning senest efter tre måneder"),
    step("D", "Afslutning eller henvisning",
         "Sagen afsluttes, når bekymringen er afklaret, eller den henvises til den relevante "
         "forvaltning eller til politiet. Den, der rejste bekymringen, får besked om, at sagen er "
         "modtaget og håndteret, uden at fortrolige oplysninger deles.",
         "Kommunens infohustovholder"),
]


def intervention(title, aimed_at, level, **fields):
    return {"title": title, "aimed_at": aimed_at, "level": level, **fields}


ODENSE = {
    "municipality": "odense",
    "fields": {
        "title": "Eksempel: Handlingsplan mod ekstremisme for Odense Kommune",
        "summary": "Eksempel på en komplet og offentlig plan: vision, mål, organisering, procedure ved bekymring og indsatser på alle tre niveauer.",
        "responsibility_political": "Børn- og Ungeudvalget og Beskæftigelses- og Socialudvalget i fællesskab (eksempel).",
        "responsibility_strategic": "En styregruppe af direktører fra børne-, social- og beskæftigelsesområdet samt lokalpolitiet.",
        "responsibility_executive": "Kommunens infohustovholder og en tværfaglig koordineringsgruppe, der mødes hver anden uge.",
        "revision_interval_months": 24,
        "revision_process": "Styregruppen gennemgår planen hvert andet år med input fra infohuset, skolerne og jobcentret, og udvalgene godkender ændringerne.",
        "last_revised": dt.date(2025, 3, 1),
        "next_revision": dt.date(2027, 3, 1),
        "political_approval_date": dt.date(2025, 4, 8),
        "interventions_intro": "<p>Indsatserne er ordnet efter, hvem de er rettet mod, og mærket med niveauet i forebyggelsestrekanten.</p>",
    },
    "streams": {
        "vision": p(EXAMPLE_NOTICE.format(name="Odense Kommune"),
                    "Alle borgere i kommunen skal kunne vokse op og leve i fællesskaber, hvor vold aldrig er "
                    "svaret på uenighed. Vi vil opdage bekymringer tidligt, handle hurtigt og koordineret, og "
                    "hjælpe både den, der er på vej ind i et ekstremistisk miljø, og dem omkring personen.",
                    "Planen gælder borgere i alle aldre, ikke kun børn og unge under 18 år.") + [text_block(1)],
        "goals": goals(
            ("Alle skoler, klubber og jobcentre kender infohuset", "Måles ved en kort spørgeskemaundersøgelse hvert år."),
            ("Alle bekymringer får en første vurdering inden for fem hverdage", "Infohuset registrerer dato for modtagelse og vurdering."),
            ("200 fagpersoner om året deltager i opkvalificering", "Opgøres af infohuset ved årets udgang."),
            ("Planen kendes af ledere i alle forvaltninger", "Drøftes på et ledermøde i hver forvaltning efter hver revision."),
        ),
        "definitions": [text_block(2)],
        "signs_of_concern": p(SIGNS),
        "organisation": p("Indsatsen er forankret i et samarbejde mellem børne- og ungeområdet, socialområdet, "
                          "beskæftigelsesområdet og politiet. Infohuset er omdrejningspunktet for konkrete "
                          "bekymringer, mens SSP-samarbejdet og de boligsociale helhedsplaner står for den brede "
                          "forebyggelse."),
        "infohus_cooperation": p("Kommunen og Fyns Politi samarbejder i infohuset om at vurdere bekymringer og dele "
                                 "viden om lokale tendenser. Infohuset træffer ikke afgørelser: hver myndighed handler "
                                 "inden for sin egen lovgivning.") + [text_block(3), text_block(4)],
        "concern_procedure": PROCEDURE,
        "procedure_notes": p("Alle kan henvende sig: fagpersoner, forældre, venner og borgerne selv. Henvendelser "
                             "registreres i kommunens sagssystem efter Justitsministeriets vejledning om "
                             "registrering.",
                             "Når infohuset har vurderet en sag, beslutter lederen i den forvaltning, der har "
                             "sagen, hvordan kommunen følger op. Giver en indsats anledning til nye bekymringer, "
                             "fx for en søskende, behandles de som en ny henvendelse. Infohuset gør hvert år "
                             "status over antal sager, forløb og resultater til styregruppen.") + [text_block(5)],
        "network": p("Kommunen deltager i Infohus Netværk for Fyns Politi sammen med de øvrige fynske kommuner og "
                     "Kriminalforsorgen. Netværket mødes fire gange om året og deler viden og erfaringer i "
                     "anonymiseret form.") + [text_block(6)],
        "communication": p("Planen ligger på kommunens hjemmeside og intranet. Ledere gennemgår den med deres "
                           "medarbejdere, og infohusets kontaktoplysninger står på alle skolers og klubbers "
                           "intranetsider."),
        "training": p("Nye medarbejdere på skoler, i klubber og på jobcentret får et kort introduktionsforløb. "
                      "Nøglepersoner i hver forvaltning får et udvidet kursus hvert andet år i samarbejde med "
                      "det nationale center."),
        "acute_situations": p("Ved akut fare ringer man 112. Infohustovholderen samler de berørte forvaltninger "
                              "samme dag, og en krisestab under kommunaldirektøren træder sammen ved alvorlige "
                              "hændelser.",
                              "I krisestaben har hver forvaltning én kontaktperson, og infohustovholderen fører "
                              "log over beslutninger og handlinger, så forløbet kan dokumenteres og evalueres "
                              "bagefter."),
        "press": p("Kun kommunens kommunikationsafdeling og den ansvarlige direktør udtaler sig til pressen, og "
                   "altid efter aftale med politiet. Medarbejdere henviser journalister dertil."),
    },
    "marked_elements": ["ledelsesinformation", "samarbejde-i-infohus-kommune", "drift-af-infohus-kommune",
                        "tilbageloeb-paa-sager", "opkvalificering-af-infohus-medarbejdere",
                        "roller-og-ansvar-i-beredskabssituationer", "dokumentation-i-beredskabssituationer",
                        "opfoelgning-paa-infohusets-vurdering", "opfoelgning-paa-afledte-bekymringer",
                        "resultatdokumentation-og-evaluering"],
    "interventions": [
        intervention("Dialogforløb for unge i mistrivsel", "citizen", "foregribende",
                     purpose="At give unge, der søger mod ekstreme miljøer, en voksen at tale med og et andet fællesskab.",
                     content="Forløb på 8-12 samtaler med en uddannet mentor, tilpasset den unges situation.",
                     target_group="Unge 14-25 år", responsible_unit="Ungerådgivningen (eksempel)",
                     partners="Politiet, UU-vejledningen", follow_up_how="Status til infohuset",
                     follow_up_when="Efter hver tredje måned"),
        intervention("Exit-samtaler", "citizen", "indgribende",
                     purpose="At støtte personer, der vil ud af et ekstremistisk miljø.",
                     content="Koordineret forløb med mentor, bolig-, job- og behandlingsindsats.",
                     target_group="Borgere over 18 år", responsible_unit="Socialområdet (eksempel)",
                     partners="Politiet, Kriminalforsorgen", follow_up_how="Fælles opfølgningsmøde",
                     follow_up_when="Hver måned"),
        intervention("Forældrenetværk", "surroundings", "foregribende",
                     purpose="At styrke forældre, der er bekymrede for deres barn.",
                     content="Samtalegrupper og individuel rådgivning til forældre og søskende.",
                     target_group="Forældre og pårørende", responsible_unit="Familieafdelingen (eksempel)",
                     follow_up_how="Evaluering med deltagerne", follow_up_when="Årligt"),
        intervention("Demokrati- og medborgerskabsforløb i udskolingen", "citizen", "opbyggende",
                     purpose="At styrke unges evne til at håndtere uenighed og propaganda.",
                     content="Undervisningsforløb om kildekritik, demokrati og konfliktløsning.",
                     target_group="7.-9. klasse", responsible_unit="Skoleafdelingen (eksempel)",
                     partners="Ungdomsskolen, lokale foreninger",
                     follow_up_how="Tilbagemelding fra lærerne", follow_up_when="Ved skoleårets slutning"),
        intervention("Kursus i at opdage og handle på bekymringer", "professionals", "foregribende",
                     purpose="At fagpersoner ved, hvad de skal se efter, og hvem de skal kontakte.",
                     content="Halvdagskursus med cases, tegn på bekymring og infohusets procedure.",
                     target_group="Lærere, pædagoger, sagsbehandlere", responsible_unit="Infohuset (eksempel)",
                     partners="Nationalt Center for Forebyggelse af Ekstremisme",
                     follow_up_how="Antal deltagere og evaluering", follow_up_when="Halvårligt"),
    ],
}

HOLBAEK = {
    "municipality": "holbaek",
    "staff_only": True,
    "fields": {
        "title": "Eksempel: Beredskabsplan mod ekstremisme for Holbæk Kommune (kun for medarbejdere)",
        "summary": "Eksempel på en plan, der kun er synlig for kommunens egne medarbejdere.",
        "responsibility_political": "Udvalget for Børn og Unge (eksempel).",
        "responsibility_strategic": "Direktionen med chefen for børne- og ungeområdet som ansvarlig.",
        "responsibility_executive": "Infohustovholderen i samarbejde med SSP-konsulenterne.",
        "revision_interval_months": 12,
        "last_revised": dt.date(2025, 1, 15),
        "next_revision": dt.date(2026, 1, 15),
        "political_approval_date": dt.date(2025, 2, 3),
    },
    "streams": {
        "vision": p(EXAMPLE_NOTICE.format(name="Holbæk Kommune"),
                    "Denne interne plan beskriver de konkrete kontaktveje og mødestrukturer, som kun "
                    "kommunens medarbejdere skal bruge. INTERN-EKSEMPELTEKST-HOLBAEK."),
        "goals": goals(
            ("Kendt procedure på alle arbejdspladser", "Alle ledere bekræfter årligt, at proceduren er gennemgået."),
            ("Hurtig vurdering af bekymringer", "Første vurdering inden for tre hverdage."),
            ("Fast sparring med politiet", "Møde i infohuset hver måned."),
        ),
        "definitions": p(DEFINITIONS),
        "signs_of_concern": p(SIGNS),
        "concern_procedure": PROCEDURE,
        "organisation": p("Intern beskrivelse af mødefora og ansvar (eksempel)."),
    },
    "interventions": [
        intervention("Intern sparringsgruppe", "professionals", "foregribende",
                     purpose="Sparring til medarbejdere, der står med en bekymring.",
                     responsible_unit="SSP-sekretariatet (eksempel)", follow_up_when="Løbende"),
    ],
}

SKIVE = {
    "municipality": "skive",
    "fields": {
        "title": "Eksempel: Handlingsplan mod ekstremisme for Skive Kommune (under udarbejdelse)",
        "summary": "Eksempel på en offentlig plan, der endnu mangler flere afsnit; dækningen af det nationale koncept viser hullerne.",
        "responsibility_political": "Social- og Sundhedsudvalget (eksempel).",
        "revision_interval_months": 24,
        "last_revised": dt.date(2024, 6, 1),
        "next_revision": dt.date(2026, 6, 1),
    },
    "streams": {
        "vision": p(EXAMPLE_NOTICE.format(name="Skive Kommune"),
                    "Kommunen vil sikre, at bekymringer for ekstremisme bliver opdaget og taget hånd om, "
                    "uanset hvor i kommunen de opstår. Planen er under udarbejdelse, og flere afsnit mangler."),
        "goals": goals(
            ("Etablere et fast infohus-møde", "Første møde afholdes i løbet af året."),
            ("Kortlægge eksisterende tilbud", "Kortlægningen forelægges udvalget."),
            ("Informere skoler og klubber om planen", "Informationsmøde for ledere."),
        ),
        "signs_of_concern": p(SIGNS),
    },
    "interventions": [
        intervention("Medborgerskab i fritidslivet", "citizen", "opbyggende",
                     purpose="At flere unge er en del af et fællesskab i fritiden.",
                     content="Samarbejde med foreninger om at nå unge uden fritidsaktivitet.",
                     target_group="Unge 12-18 år", responsible_unit="Kultur og fritid (eksempel)",
                     follow_up_when="Årligt"),
    ],
}

EXAMPLE_PLANS = [ODENSE, HOLBAEK, SKIVE]
