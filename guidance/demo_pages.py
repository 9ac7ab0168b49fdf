"""Demo content for the guide's pages, the signs page and the knowledge pages.

Written in our own words from the source documents (the centre's implementation guide, the 2018
mapping of the municipalities' work, the mapping of the infohus cooperation). Facts, figures and
structure follow the sources; the sentences are ours.

Each page is a dict: slug, title, summary, optional number, body (a list of blocks made by the
helpers below) and optional children.
"""

# --- Block helpers: each returns (block_type, raw value) -------------------------------------------


def text(html):
    return ("text", html)


def case(number, title, theme, body, advice, advice_heading="Gode råd fra en kommunal projektleder"):
    return (
        "practice_case",
        {"number": number, "title": title, "theme": theme, "text": body, "advice_heading": advice_heading,
         "advice": advice},
    )


def quote(words, role):
    return ("quote", {"text": words, "speaker_role": role})


def questions(heading, items, intro=""):
    return ("guiding_questions", {"heading": heading, "intro": intro, "questions": items})


def checklist(heading, items, intro=""):
    return ("checklist", {"heading": heading, "intro": intro, "items": items})


def callout(body, heading="", style="info"):
    return ("callout", {"style": style, "heading": heading, "text": body})


def steps(heading, items):
    return ("steps", {"heading": heading, "steps": [{"label": a, "title": b, "text": c} for a, b, c in items]})


def contact(kind, heading="", note=""):
    """A contact box; `kind` is a ContactPoint.Kind value, resolved to the snippet when loading."""
    return ("contact", {"heading": heading, "contact_point": ("contact", kind), "note": note})


def concept_matrix(heading="Det nationale koncept", intro=""):
    return ("concept_matrix", {"heading": heading, "intro": intro, "show_descriptions": True})


def text_block(number):
    return ("text_block", ("textblock", number))


def key_figures(heading, figures, source=""):
    return (
        "key_figures",
        {
            "heading": heading,
            "source": source,
            "figures": [{"number": n, "unit": u, "label": label, "source": ""} for n, u, label in figures],
        },
    )


# --- The guide --------------------------------------------------------------------------------------

GUIDE_INDEX = {
    "slug": "vejledning",
    "title": "Vejledning: kommunens handlingsplan mod ekstremisme",
    "summary": (
        "Trin for trin fra den første erkendelse af behovet til en plan, der bliver brugt i hverdagen – "
        "med erfaringer fra ti kommuner, der har prøvet det."
    ),
    "intro": (
        "<p>Vejledningen følger de seks faser, en kommune typisk går igennem, når den udvikler eller "
        "forbedrer sin handlingsplan til forebyggelse af ekstremisme. Hvert kapitel rummer konkrete råd, "
        "spørgsmål I kan drøfte, og eksempler fra kommuner, der har gjort arbejdet før jer.</p>"
    ),
    "body": [
        callout(
            "<p>Nationalt Center for Forebyggelse af Ekstremisme giver gerne sparring undervejs – både når I "
            "skal i gang, og når I vil have et blik udefra på et udkast.</p>",
            heading="Få hjælp til processen",
            style="tip",
        ),
        contact("advice", heading="Kontakt centret"),
    ],
}

CHAPTERS = [
    {
        "slug": "behov",
        "number": "1",
        "title": "Behov",
        "summary": "Hvorfor kommunen har brug for en handlingsplan, og hvad planen skal kunne.",
        "body": [
            text(
                "<p>Kommunerne har en nøglerolle, når Danmark forebygger ekstremisme. Arbejdet bygger på et tæt "
                "samarbejde mellem myndigheder lokalt, regionalt og nationalt, og kommunen er tættest på de "
                "borgere, det handler om. En gennemarbejdet handlingsplan er et godt sted at begynde, hvis "
                "kommunen vil stå stærkere – både i det forebyggende arbejde og når noget brænder på.</p>"
            ),
        ],
        "children": [
            {
                "slug": "hvorfor-en-handlingsplan",
                "number": "1.1",
                "title": "Hvorfor en handlingsplan?",
                "summary": "Planen samler kommunens indsats om tre opgaver: forebygge, håndtere bekymringer og handle akut.",
                "body": [
                    text(
                        "<p>Danmark er et trygt land, men de senere år har vist, at vold med ekstremistiske "
                        "motiver kan ramme overalt. Kundby-sagen, angrebet på Krudttønden og sagerne om danske "
                        "fremmedkrigere har sat forebyggelse af ekstremisme og radikalisering højt på den "
                        "politiske dagsorden – og mange kommuner ønsker at styrke deres indsats.</p>"
                        "<p>En handlingsplan bygget på det nationale koncept giver kommunen et fælles grundlag. "
                        "Den gør indsatsen systematisk og målrettet, uanset hvilken form for ekstremisme der er "
                        "tale om, og den kobler arbejdet til kommunens øvrige forebyggelse. Planen placerer "
                        "ledelsesansvaret og sikrer, at der er et beredskab til både bekymringer og akutte "
                        "situationer – for borgere over såvel som under 18 år.</p>"
                    ),
                    callout(
                        "<p><b>Ekstremisme</b>: personer eller grupper, der begår vold eller andre ulovlige "
                        "handlinger – eller forsøger at retfærdiggøre dem – med henvisning til forhold i "
                        "samfundet, de er utilfredse med. Det dækker blandt andet venstreekstremisme, "
                        "højreekstremisme og militant islamisme.</p>"
                        "<p><b>Radikalisering</b>: en kort eller lang proces, hvor en person slutter sig til "
                        "ekstremistiske synspunkter eller begrunder sine handlinger med en ekstremistisk "
                        "ideologi.</p>"
                        "<p>Begreberne følger regeringens nationale handlingsplan fra 2016.</p>",
                        heading="To begreber",
                    ),
                    steps(
                        "Planen skal bære tre opgaver",
                        [
                            ("1", "Generel forebyggelse",
                             "Planen understøtter det brede, forebyggende arbejde i hele kommunen."),
                            ("2", "Udredning og håndtering af bekymringer",
                             "Planen sikrer, at bekymringshenvendelser bliver udredt og håndteret systematisk "
                             "og hurtigt."),
                            ("3", "Handling i akutte situationer",
                             "Planen gør kommunen klar til at handle, når noget uventet og alvorligt sker."),
                        ],
                    ),
                    quote(
                        "Vi ved nu, at planen holder. Skulle det en dag gå galt, ved vi, hvad vi skal gøre – og "
                        "det giver ro i hele organisationen.",
                        "Kommunal leder",
                    ),
                ],
            },
            {
                "slug": "baggrund",
                "number": "1.2",
                "title": "Baggrunden for vejledningen",
                "summary": "Vejledningen bygger på et udviklingsprojekt med ti kommuner.",
                "body": [
                    text(
                        "<p>Det nationale koncept for kommunale handlingsplaner er udviklet af Nationalt Center "
                        "for Forebyggelse af Ekstremisme og Deloitte sammen med ti kommuner. Kommunerne deltog "
                        "via en pulje fra Styrelsen for International Rekruttering og Integration i 2017.</p>"
                        "<p>Vejledningen samler kommunernes erfaringer fra projektet og Deloittes anbefalinger "
                        "om udviklings- og implementeringsprojekter. Den er bygget op om de faser, et forløb "
                        "typisk har – fra behov til en plan, der lever i praksis.</p>"
                        "<p>Implementering betyder, at planen bliver brugt i det daglige arbejde. Det sker ikke "
                        "af sig selv, og derfor skal I tænke implementeringen ind allerede fra første dag.</p>"
                    ),
                    checklist(
                        "De ti projektkommuner",
                        ["Fredericia", "Frederikshavn", "Hjørring", "Holbæk", "Ishøj", "Kalundborg",
                         "København", "Næstved", "Odense", "Skive"],
                    ),
                    steps(
                        "Forløbets seks faser",
                        [
                            ("1", "Behov", "Erkend, hvorfor kommunen har brug for en plan."),
                            ("2", "Tværfaglig arbejdsgruppe", "Sæt det rigtige hold til opgaven."),
                            ("3", "Kommunens fundament", "Afdæk, hvor kommunen står i dag."),
                            ("4", "Udviklingsområder", "Find hullerne med det nationale koncept som tjekliste."),
                            ("5", "Udarbejd planen", "Skriv planen ud fra skabelonen."),
                            ("6", "Implementér", "Få planen ud at leve i hverdagen."),
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "slug": "tvaerfaglig-arbejdsgruppe",
        "number": "2",
        "title": "Etabler en tværfaglig arbejdsgruppe",
        "summary": "Forebyggelse af ekstremisme går på tværs af forvaltninger – det skal holdet bag planen også.",
        "body": [
            text(
                "<p>Ekstremisme er en udfordring, der ikke hører hjemme i én forvaltning. Derfor skal planen "
                "udvikles af et hold, der går på tværs. Det kan lyde som en stor og tidskrævende opgave, men "
                "erfaringen er, at det rigtige hold sparer tid – og at de samme personer senere skal føre "
                "planen ud i livet. Implementeringen begynder altså allerede her.</p>"
            ),
            checklist(
                "Det anbefaler vi",
                [
                    "Nedsæt en styregruppe på tværs af forvaltningerne, som kan træffe beslutninger og sikrer "
                    "ledelsens opbakning.",
                    "Nedsæt en arbejdsgruppe på tværs med praktikere, der kender området.",
                    "Udpeg én projektleder, som holder sammen på processen.",
                    "Sæt en medarbejder af med tid og kompetencer til at skrive det meste af planen.",
                ],
            ),
            checklist(
                "Kompetencer arbejdsgruppen har brug for",
                [
                    "Fagpersoner fra de områder, der arbejder med borgere både under og over 18 år.",
                    "Både praktikere, der kender den nuværende håndtering indefra, og medarbejdere med greb om "
                    "strategi og politik.",
                    "Gerne repræsentanter for alle relevante forvaltninger: børn og unge, skole, beskæftigelse, "
                    "social, psykiatri samt kultur og fritid.",
                    "Ledere fra flere forvaltninger, så planen får opbakning både under udarbejdelsen og "
                    "bagefter.",
                ],
            ),
            case(
                1,
                "Styregruppe og arbejdsgrupper med hver sit tema",
                "Sådan organiserede kommunen arbejdet med planen",
                "<p>Kommunen delte arbejdet mellem en styregruppe og flere arbejdsgrupper med hver deres "
                "konkrete opgave i planen. Opgaven var placeret i Arbejdsmarkeds- og Familieforvaltningen, og "
                "andre parter blev hentet ind, når der var brug for dem. Skrivningen foregik i faser og byggede "
                "på input fra arbejdsgruppernes møder. En fast tovholder sørgede for, at grupperne arbejdede i "
                "samme retning – og det fungerede rigtig godt.</p>",
                [
                    "Se, hvad andre kommuner har gjort, før I går i gang.",
                    "Brug de samarbejdsfora, kommunen allerede har, til at skabe opmærksomhed om forebyggelse af "
                    "ekstremisme og om arbejdet med planen.",
                ],
            ),
            case(
                2,
                "Én bred, tværfaglig projektgruppe",
                "Sådan organiserede kommunen arbejdet med planen",
                "<p>Her lå arbejdet i én projektgruppe med deltagere fra alle kerneområder – og med den "
                "boligsociale helhedsplan inddraget udefra. Opgaven var forankret i kommunens indsats for unges "
                "uddannelse og beskæftigelse. Gruppen skrev planen sammen, struktureret omkring møderne. Det "
                "gav fra begyndelsen et bredt ejerskab og en plan med indsatser fra mange fagområder.</p>",
                [
                    "En bred projektgruppe er pengene værd: Det er her, tværfagligheden i planen og indsatserne "
                    "bliver skabt.",
                    "Sørg for ledelsens opbakning ved at rapportere til en styregruppe med centerchefer fra hele "
                    "organisationen.",
                ],
            ),
        ],
    },
    {
        "slug": "kommunens-fundament",
        "number": "3",
        "title": "Fastlæg kommunens fundament",
        "summary": "Tag udgangspunkt i kommunens egne behov: afdæk, hvor I står, før I skriver.",
        "body": [
            text(
                "<p>En god plan tager afsæt i kommunens egne udfordringer, de tilgange den allerede har, og de "
                "politikker, der gælder. Kommunerne er forskellige, og det vil planerne også være.</p>"
                "<p>Når arbejdsgruppen er på plads, er næste skridt at finde ud af, hvor kommunen står. En "
                "parathedsvurdering i starten sikrer, at arbejdet med planen bliver fokuseret fra dag ét.</p>"
            ),
        ],
        "children": [
            {
                "slug": "eget-udgangspunkt",
                "number": "3.1",
                "title": "Afdæk jeres eget udgangspunkt",
                "summary": "En hurtig selvvurdering på en skala fra 1 til 5 viser, hvor indsatsen skal styrkes.",
                "body": [
                    text(
                        "<p>Start med at give kommunen en score fra 1 til 5 på en række centrale spørgsmål. "
                        "Svarene viser, hvor der er brug for at udvikle indsatsen, og de giver et godt "
                        "grundlag for at drøfte, hvad I vil tage fat på først.</p>"
                    ),
                    questions(
                        "Har kommunen …",
                        [
                            "en fælles forståelse af, hvad forebyggelse af ekstremisme er?",
                            "en strategi og en vision for indsatsen?",
                            "overblik over sine interessenter internt og eksternt?",
                            "en organisering, der kan handle og udføre opgaven?",
                            "faste arbejdsgange, når der kommer en bekymringshenvendelse?",
                            "koordinering på tværs af forvaltningerne?",
                            "konkrete og velbeskrevne indsatser?",
                        ],
                        intro="Giv hvert spørgsmål en score fra 1 (slet ikke) til 5 (helt og fuldt).",
                    ),
                    callout(
                        "<p>Besvar spørgsmålene sammen med de ledere og medarbejdere, der spiller en central "
                        "rolle i kommunens forebyggelse og håndtering af ekstremisme. Så bliver billedet "
                        "retvisende.</p>",
                        heading="Gør det sammen",
                        style="tip",
                    ),
                ],
            },
            {
                "slug": "parathedsvurdering",
                "number": "3.2",
                "title": "Udvidet parathedsvurdering",
                "summary": "En grundig selvevaluering sammen med centret giver overblik og peger på planens fokus.",
                "body": [
                    text(
                        "<p>Vil I gå et skridt videre, kan I lave en parathedsvurdering sammen med Nationalt "
                        "Center for Forebyggelse af Ekstremisme. Den giver hurtigt overblik over, hvor klar "
                        "kommunen er, og peger på, hvad planen skal fokusere på. Vurderingen bygger på en "
                        "mere detaljeret selvevaluering, som har to formål:</p>"
                        "<ul><li>at kortlægge kommunens praksis og organisering og sætte rammen for en "
                        "tværgående forebyggende indsats på dagsordenen, og</li>"
                        "<li>at være springbræt til en målrettet handlingsplan.</li></ul>"
                        "<p>Erfaringen fra udviklingen af konceptet er, at selve evalueringen giver kommunen "
                        "stor indsigt og styrker forståelsen af området både på tværs og op og ned i "
                        "organisationen.</p>"
                    ),
                    checklist(
                        "Selvevalueringens fem temaer",
                        [
                            "Ledelse og strategisk forankring",
                            "Beredskab og indsats",
                            "Organisation og samarbejde",
                            "Ressourcer og kompetencer",
                            "Aktiviteter og resultater",
                        ],
                    ),
                    text(
                        "<p>Selvevalueringen udfyldes af de relevante medarbejdere og ledere fra alle berørte "
                        "forvaltninger, gerne sammen med eksterne samarbejdspartnere som politiet. Når alle "
                        "parter er med, kommer alle vigtige perspektiver frem.</p>"
                    ),
                    case(
                        3,
                        "Et ærligt blik på egen praksis",
                        "Erfaringer med selvevaluering",
                        "<p>En sjællandsk kommune havde organiseret sig for at bryde søjlerne ned. Alligevel "
                        "viste selvevalueringen svage led i kæden. Kommunen havde meget få medarbejdere med "
                        "viden om forebyggelse af ekstremisme – og de få kendte ikke alle hinanden, så de "
                        "hverken samarbejdede eller talte sammen.</p>",
                        [
                            "Sæt tid af til at besvare selvevalueringen i en tværfaglig gruppe.",
                            "Brug det, I bliver klogere på, med det samme – I behøver ikke vente på den færdige "
                            "plan.",
                            "Mødes igen et par måneder senere, og gå spørgsmålene igennem en gang til.",
                        ],
                    ),
                    quote(
                        "Selvevalueringen åbnede vores øjne: Der var langt fra det, vi havde tænkt os at gøre, "
                        "til det, vi faktisk gjorde.",
                        "Kommunal projektleder",
                    ),
                ],
            },
        ],
    },
    {
        "slug": "udviklingsomraader",
        "number": "4",
        "title": "Find kommunens udviklingsområder",
        "summary": (
            "Brug det nationale koncept som tjekliste: Hvilke elementer har I styr på, og hvor skal I arbejde "
            "videre?"
        ),
        "body": [
            text(
                "<p>Det nationale koncept beskriver, hvad en kommunal handlingsplan bør indeholde. Det bygger "
                "på to principper:</p>"
                "<ol><li>forebyggelsestrekantens tre indsatsniveauer – opbyggende, foregribende og "
                "indgribende – og en skala for, hvor alvorlig bekymringen er, og</li>"
                "<li>en planlægningslogik med et strategisk niveau, hvor der besluttes, og et udførende "
                "niveau, hvor arbejdet gøres.</li></ol>"
                "<p>Planen skal altså tage stilling til en række elementer på begge niveauer og på alle tre "
                "indsatsniveauer: i den generelle forebyggelse, når der opstår en konkret bekymring, og når "
                "der skal handles i en akut situation.</p>"
                "<p>Samlet kan konceptet bruges som en tjekliste. Uanset om kommunen har en plan i forvejen "
                "eller ej, giver det overblik over, hvilke elementer I har styr på, og hvilke I med fordel kan "
                "arbejde videre med.</p>"
            ),
            concept_matrix(
                intro="<p>Her er konceptets elementer sat op efter niveau og indsatsniveau. Nogle elementer går "
                "på tværs af alle tre indsatsniveauer, andre hører til ét af dem.</p>",
            ),
            callout(
                "<p>Vejledningens tekst taler om 26 elementer, men figuren i konceptet navngiver flere. Her "
                "vises alle de elementer, figuren rummer – tallet ovenfor er talt direkte fra data.</p>",
                heading="Om antallet af elementer",
            ),
            steps(
                "Seks fokusområder, der fører frem mod planen",
                [
                    ("1", "Formål og vision", "Hvad vil kommunen opnå?"),
                    ("2", "Organisering", "Hvem har ansvaret – politisk, strategisk og udførende?"),
                    ("3", "Databehov", "Hvad ved I, og hvad ved I ikke?"),
                    ("4", "Håndtering af bekymringer", "Hvem gør hvad, når en bekymring kommer ind?"),
                    ("5", "Interessenter", "Hvem skal være med, og hvem skal bare vide besked?"),
                    ("6", "Indsatser", "Hvilke indsatser har I på de tre niveauer?"),
                ],
            ),
        ],
        "children": [
            {
                "slug": "formaal-og-vision",
                "number": "4.1",
                "title": "Formål og vision",
                "summary": "Beslut, hvad kommunen vil opnå, og knyt planen til de politikker, der allerede findes.",
                "body": [
                    text(
                        "<p>Først skal kommunen gøre sig klart, hvad ambitionen med planen er. Formål og vision "
                        "hænger tæt sammen med kommunens strategi for forebyggelse i det hele taget. Ved at "
                        "vælge en vision og konkrete mål sætter I retningen og gør det muligt at følge op.</p>"
                        "<p>Visionen kan med fordel bygge på en overordnet politik. Har kommunen fx en "
                        "forebyggelsespolitik eller en medborgerskabspolitik, er den et oplagt afsæt.</p>"
                    ),
                    questions(
                        "Drøft i arbejdsgruppen",
                        [
                            "Hvilke mål har kommunen for arbejdet?",
                            "Hvilke indsatsområder skal prioriteres?",
                            "Hvad forventer kommunen at nå – og hvornår?",
                        ],
                    ),
                    case(
                        4,
                        "Planen bygger videre på medborgerskabspolitikken",
                        "Kobling mellem planen og eksisterende politik",
                        "<p>En kommune besluttede, at planen skulle stå på skuldrene af kommunens "
                        "medborgerskabspolitik, hvis vision er, at mangfoldighed er en styrke. Tanken er, at "
                        "et stærkt medborgerskab gør folk mindre sårbare over for radikalisering og "
                        "ekstremisme. Dermed hænger forebyggelsen sammen med de værdier, kommunen i forvejen "
                        "står på.</p>",
                        [
                            "Afklar tidligt, om planen skal give retningslinjer for håndtering af bekymringer, "
                            "eller om den snarere skal være kommunens strategi for forebyggelse i bred "
                            "forstand.",
                        ],
                    ),
                ],
            },
            {
                "slug": "organisering",
                "number": "4.2",
                "title": "Organisering",
                "summary": "Gør roller og ansvar tydelige, så opgaven ikke hænger på enkeltpersoner.",
                "body": [
                    text(
                        "<p>En klar organisering er forudsætningen for, at det tværgående arbejde fungerer – "
                        "internt i kommunen og i samarbejdet med andre myndigheder, politisk, strategisk og "
                        "udførende, og på alle tre indsatsniveauer, der ofte kræver hver sin tilgang. Målet er "
                        "at beskrive, hvem der har hvilke roller, så opgaven ikke afhænger af enkeltpersoner, "
                        "og så kommunen har en beredskabsorganisering at trække på i akutte sager.</p>"
                        "<p>Brug de fora, der allerede findes, frem for at oprette nye – fx når centercheferne "
                        "alligevel mødes. Og afklar, hvordan opgaven løses på tværs af børne- og "
                        "ungeområdet og voksenområdet.</p>"
                    ),
                    questions(
                        "Spørgsmål, der afklarer jeres ståsted",
                        [
                            "Hvem har ansvaret på det politiske niveau?",
                            "Hvilke forvaltningschefer har det strategiske ansvar?",
                            "Hvilke medarbejdere har det udførende ansvar for den generelle forebyggelse?",
                            "… for udredning og håndtering af bekymringer?",
                            "… for handling i akutte sager?",
                        ],
                    ),
                    quote("Få alle niveauer med i organiseringen – ellers lykkes det ikke.", "Kommunal praktiker"),
                    quote(
                        "Planen skal bygges ind i den organisation, vi har, ikke ved siden af den.",
                        "Kommunal praktiker",
                    ),
                    quote(
                        "Direktionen og politikerne skal inddrages. Det er helt afgørende.",
                        "Kommunal praktiker",
                    ),
                    case(
                        5,
                        "Et udvalg, der allerede fandtes",
                        "En praktisk model for organisering",
                        "<p>En kommune var i tvivl om, hvor planen skulle placeres politisk, og om det krævede "
                        "et nyt udvalg. Kommunen valgte i stedet et eksisterende udvalg, hvor alle relevante "
                        "politiske ledere allerede sad, selv om det ikke tidligere havde beskæftiget sig med "
                        "ekstremisme. Så slap kommunen for at oprette et udvalg alene til et område, der fylder "
                        "forholdsvis lidt.</p>",
                        ["Brug de fora, der allerede findes.", "Sørg for, at alle relevante ledere er med."],
                    ),
                    case(
                        6,
                        "En koordineringsenhed til bekymringer og akutte sager",
                        "Organisering på det udførende niveau",
                        "<p>En kommune havde styr på forankringen politisk og strategisk, men vidste ikke, "
                        "hvordan den skulle organisere sig, når der kom konkrete henvendelser eller opstod "
                        "akutte situationer. Efter drøftelser på tværs af forvaltningerne udviklede kommunen "
                        "en model for det udførende niveau og oprettede en koordineringsenhed, der håndterer "
                        "bekymringer og handler akut. Kommunen kender nu snitfladerne til interne og eksterne "
                        "samarbejdspartnere bedre og kan lettere gennemføre indsatser på alle tre "
                        "niveauer.</p>",
                        [
                            "Hold fast i opgaven.",
                            "Fastlæg den interne og eksterne organisering tidligt.",
                            "Giv plads til uenigheder, der flytter noget.",
                        ],
                    ),
                ],
            },
            {
                "slug": "databehov",
                "number": "4.3",
                "title": "Databehov",
                "summary": "Brug de data, I har, og find ud af, hvad I mangler at vide.",
                "body": [
                    text(
                        "<p>Data kan supplere det kvalitative billede af kommunens udgangspunkt. De viser, hvad "
                        "I ved – og lige så vigtigt, hvad I ikke ved og måske skal begynde at indsamle. En mere "
                        "datadrevet tilgang er et ambitiøst skridt, der rækker ud over selve planen, men den "
                        "styrker flere af konceptets elementer: ledelsesinformation, registreringspraksis og "
                        "sagsflow, opfølgning, dokumentation og evaluering.</p>"
                        "<p>Offentlige tal kan ikke vise en direkte sammenhæng med radikalisering i kommunen, "
                        "men de viser, hvad I ved i dag, og hvad I har brug for at vide mere om.</p>"
                    ),
                    steps(
                        "Tre niveauer for brug af data",
                        [
                            ("1", "Offentlige data om kommunen",
                             "Fx beskæftigelse og uddannelse fra Danmarks Statistik og Styrelsen for It og "
                             "Lærings datavarehus, politiets tryghedsindeks, Det Nationale Integrationsbarometer "
                             "og Boligsocialt Danmarkskort."),
                            ("2", "Kommunens egne data",
                             "Fx fravær og trivsel på skoler og i klasser, antal beboere i udsatte boligområder, "
                             "uddannelsesniveau og kriminalitet."),
                            ("3", "Data indsamlet til netop dette område",
                             "Fx en anonym optælling af bekymringshenvendelser og af sager i Infohus Kommune – "
                             "eventuelt også, hvor i kommunen henvendelsen kommer fra, og fra hvilket "
                             "fagområde. Politiet registrerer ofte også, så tag dem med i dialogen."),
                        ],
                    ),
                    quote(
                        "Vi skal kunne dokumentere, hvilke bekymringer der kommer ind, og hvad der sker med dem. "
                        "Ellers kan vi ikke holde indsatsen ved lige.",
                        "Kommunal projektleder",
                    ),
                    case(
                        7,
                        "Fra ingen registrering til et første overblik",
                        "Behov for viden",
                        "<p>Kommunen registrerede intet på området, da projektet begyndte. Undervejs blev det "
                        "klart, at man måtte følge udviklingen tættere. Kommunen begyndte derfor anonymt at "
                        "tælle henvendelserne til kommunen og de sager, der blev behandlet i infohus-"
                        "samarbejdet. Næste skridt i 2018 var også at registrere alder, område og fagområde "
                        "for hver henvendelse.</p>",
                        [
                            "Gør jer klart, hvilke data I har brug for lokalt.",
                            "Brug data til at blive klogere på kommunen.",
                            "Brug data til at sætte tidligere og mere præcist ind.",
                        ],
                    ),
                ],
            },
            {
                "slug": "haandtering-af-bekymringer",
                "number": "4.4",
                "title": "Håndtering af bekymringer",
                "summary": "Beskriv, hvem der gør hvad, fra en bekymring kommer ind, til sagen lukkes.",
                "body": [
                    text(
                        "<p>Et af planens tre hovedformål er en systematisk og effektiv håndtering af "
                        "bekymringshenvendelser. Infohus Kommune kan bruge centrets vurderingsværktøj, som "
                        "støtter hele forløbet: indsamling af mere viden, vurdering af henvendelsen og "
                        "anbefalinger om en eventuel indsats.</p>"
                        "<p>Beslut også, hvad der skal registreres og hvordan, og overvej ét fast indgangssted "
                        "for henvendelser, fx en funktionspostkasse. Selve forløbet kan med fordel tegnes op "
                        "på et overskueligt actioncard.</p>"
                    ),
                    questions(
                        "Hvem gør hvad – og hvad registreres hvordan – når …",
                        [
                            "en bekymring modtages?",
                            "bekymringens alvor skal udredes?",
                            "bekymringen vurderes i infohus-samarbejdet?",
                            "der vælges en indsats?",
                            "der følges op på bekymringen eller indsatsen?",
                            "sagen afsluttes?",
                        ],
                    ),
                    case(
                        8,
                        "Sagsflowet tegnet op",
                        "Et visuelt overblik over arbejdsgangen",
                        "<p>En kommune ville have ét samlet billede af, hvordan bekymringshenvendelser om "
                        "radikalisering og ekstremisme behandles. Oversigten skulle rumme både borgere under "
                        "og over 18 år og vise, om en sag ender som forebyggelsessag, myndigheds- eller "
                        "socialsag eller politisag. Den viser også, hvad kommunen registrerer undervejs.</p>",
                        [
                            "Beskriv arbejdsgangene for borgere under og over 18 år hver for sig – der er stor "
                            "forskel på håndteringen.",
                            "Gør det klart, at én bestemt medarbejder skal orienteres om alle sager.",
                            "Vær helt præcis om, hvad der registreres, hvordan og i hvilket system.",
                        ],
                    ),
                    contact("hotline", heading="Er du selv bekymret for en person?"),
                ],
            },
            {
                "slug": "interessenter",
                "number": "4.5",
                "title": "Interessenter",
                "summary": "Kortlæg, hvem der skal være med, hvem der skal kunne handle, og hvem der blot skal vide besked.",
                "body": [
                    text(
                        "<p>Planen får først faglig bredde og tyngde, når de rigtige aktører er med. Kortlæg "
                        "de relevante personer internt – på ledelsesniveau og blandt frontmedarbejderne. Det "
                        "skaber ejerskab og gør det muligt at lægge planer for ressourcer og kompetencer.</p>"
                        "<p>Se også ud af huset: andre myndigheder som politiet, regionspsykiatrien og "
                        "uddannelsesinstitutionerne, og civilsamfundet, hvor der ofte ligger et uudnyttet "
                        "potentiale. Boligsociale helhedsplaner, lokale foreninger og trossamfund kan spille "
                        "en stor rolle i den tidlige, opbyggende forebyggelse.</p>"
                    ),
                    questions(
                        "Spørgsmål til kortlægningen",
                        [
                            "Hvilke ledere har ansvaret for planen, og hvem bærer risikoen, hvis der opstår en "
                            "sag?",
                            "Hvilke ledere skal bidrage til at udvikle planen?",
                            "Hvilke ledere skal bare vide, at planen findes?",
                            "Hvilke frontmedarbejdere spiller en central rolle i opgaven?",
                            "Hvilke frontmedarbejdere skal kunne opdage og håndtere bekymringer – og hvilke "
                            "skal blot vide, hvem de skal kontakte?",
                        ],
                    ),
                    case(
                        9,
                        "Nye samarbejdspartnere dukkede op",
                        "Kortlægning af aktører i forebyggelsen",
                        "<p>Da en kommune kortlagde, hvem der havde interesse i planen, fik den øje på en række "
                        "aktører, den ikke samarbejdede med. Flere af dem viste sig at være oplagte partnere i "
                        "en helhedsorienteret forebyggelse.</p>",
                        [
                            "Kortlæg interne og eksterne interessenter med betydning for forebyggelse af "
                            "ekstremisme.",
                            "Vurder behovet for samarbejde – både fra jeres og fra interessenternes side.",
                            "Beslut, hvordan samarbejdet skal etableres eller styrkes.",
                        ],
                    ),
                ],
            },
            {
                "slug": "indsatser",
                "number": "4.6",
                "title": "Indsatser",
                "summary": "Beskriv hver indsats, så det er klart, hvad den skal, hvem den er for, og hvem der har ansvaret.",
                "body": [
                    text(
                        "<p>Indsatserne er kernen i planen: de aktiviteter og tiltag, kommunen bruger til at "
                        "forebygge ekstremisme. Planen bør rumme opbyggende indsatser og foregribende "
                        "indsatser rettet mod personer eller grupper, hvor der er en konkret bekymring. "
                        "Overvej også kommunens rolle i indgribende, akutte sager, hvor kommunen ofte spiller "
                        "sammen med politiet.</p>"
                        "<p>Tænk indsatserne sammen med kommunens øvrige forebyggelse, særligt på det "
                        "opbyggende niveau, hvor skole-, kultur- og fritidsområdet har mange relevante "
                        "tilbud. Når overblikket er på plads, så tjek, at der er indsatser på alle tre "
                        "niveauer.</p>"
                    ),
                    checklist(
                        "For hver indsats skal det fremgå",
                        [
                            "Hvilket indsatsniveau den hører til: opbyggende, foregribende eller indgribende.",
                            "Hvad den skal opnå, hvad den indeholder, og hvem den er for.",
                            "Hvem der har ansvaret.",
                            "Hvem de vigtigste samarbejdspartnere er.",
                            "Hvordan og hvornår der følges op.",
                        ],
                    ),
                    callout(
                        "<p>Siden 2015 er der bygget et landsdækkende korps op af mentorer og forældrecoaches, "
                        "som myndighederne kan bruge. Mentorerne arbejder med mennesker, der viser tegn på "
                        "radikalisering eller er en del af et ekstremistisk miljø. Forældrecoaches hjælper "
                        "forældre med at støtte deres barn i at komme fri af ekstremisme.</p>",
                        heading="Nationalt korps af mentorer og forældrecoaches",
                    ),
                    case(
                        10,
                        "Alle indsatser beskrevet og fulgt op hvert år",
                        "Systematisk beskrivelse af indsatser",
                        "<p>En kommune kortlagde alle sine relevante indsatser og delte dem op efter det "
                        "opbyggende, foregribende og indgribende niveau. Hver indsats fik en beskrivelse med "
                        "ansvarlig og vigtigste samarbejdspartnere. Indsatserne planlægges, gennemføres og "
                        "evalueres ét år ad gangen, så de hele tiden passer til de lokale udfordringer.</p>",
                        [
                            "Kortlæg de indsatser, I allerede har.",
                            "Del dem op efter indsatsniveau.",
                            "Gør dem konkrete med en indsatsbeskrivelse.",
                            "Følg op på indsatserne hvert år.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "slug": "skriv-handlingsplanen",
        "number": "5",
        "title": "Udarbejd handlingsplanen",
        "summary": "Med forarbejdet på plads kan planen skrives – skabelonen og tekstblokkene hjælper jer.",
        "body": [
            text(
                "<p>Når forudsætningerne er på plads, kan selve planen formuleres. Til det nationale koncept "
                "hører en skabelon, som sikrer, at planen kommer omkring alle konceptets elementer. I behøver "
                "ikke bruge netop den; har kommunen sin egen velfungerende skabelon, kan I bruge den – bare "
                "planen dækker konceptet fuldt ud.</p>"
            ),
        ],
        "children": [
            {
                "slug": "skabelon",
                "number": "5.1",
                "title": "Skabelonen",
                "summary": "Planen har tre dele: strategi, organisering og indsatser.",
                "body": [
                    text(
                        "<p>Skabelonen bygger på, at en plan overordnet har tre dele: strategi, organisering og "
                        "indsatser. Kapitlerne kobler det strategiske og det udførende niveau med "
                        "forebyggelsestrekantens indsatsniveauer, og hvert kapitel har afsnit, der sikrer, at "
                        "I kommer omkring konceptets elementer.</p>"
                    ),
                    checklist(
                        "Strategi: de vigtigste temaer",
                        [
                            "Centrale begreber og eventuelt lovgrundlaget",
                            "Planens formål",
                            "Strategiske mål og prioriterede indsatsområder",
                            "Sammenhængen med kommunens politikker og andre planer og strategier",
                            "Hvem der ejer planen politisk, og hvem der har det strategiske og udførende ansvar",
                            "Opfølgning på planens indsatser",
                        ],
                        intro="En strategisk ramme sikrer, at arbejdet går i den rigtige retning, og at der er "
                        "sammenhæng mellem det, der siges, og det, der gøres.",
                    ),
                    checklist(
                        "Organisering: de vigtigste temaer",
                        [
                            "Klare roller og klart ansvar i den foregribende og den indgribende indsats",
                            "Samarbejdet internt og eksternt",
                            "Flowchart og registreringspraksis",
                            "Opkvalificering af nøglepersoner",
                        ],
                        intro="Hvem har hvilke roller i den tværgående indsats? For de fleste kommuner vil det "
                        "afhænge af, hvilket indsatsniveau der er tale om.",
                    ),
                    checklist(
                        "Indsatser: kapitlet ordnes efter de tre niveauer",
                        ["Opbyggende indsatser", "Foregribende indsatser", "Indgribende indsatser"],
                        intro="Både eksisterende indsatser, der gøres mere konkrete, og nye indsatser. Formål, "
                        "målgruppe og ansvarlig skal fremgå for hver enkelt.",
                    ),
                    quote(
                        "Det har været en stor hjælp at have en samlet oversigt at læne sig op ad. Vi flyttede "
                        "rundt på et par afsnit, så det passede til vores egen opsætning.",
                        "Kommunal projektleder",
                    ),
                ],
            },
            {
                "slug": "tekstblokke",
                "number": "5.2",
                "title": "Tekstblokke I kan genbruge",
                "summary": "Seks færdige tekster til planens faste afsnit – fra indledningen til Infohus Netværk.",
                "body": [
                    text(
                        "<p>Skabelonen har seks tekstblokke, som kommunen kan bruge direkte i sin plan. Hvor der "
                        "står [KOMMUNE] og [POLITIKREDS], indsætter I kommunens og politikredsens navn. "
                        "Kommunernes handlingsplaner på denne platform kan vise tekstblokkene direkte.</p>"
                    ),
                    text_block(1),
                    text_block(2),
                    text_block(3),
                    text_block(4),
                    text_block(5),
                    text_block(6),
                ],
            },
            {
                "slug": "proces",
                "number": "5.3",
                "title": "Skriveprocessen",
                "summary": "Hent inspiration hos naboerne, og lav en produktionsplan.",
                "body": [
                    text(
                        "<p>Flere og flere kommuner har en handlingsplan. Lad jer inspirere af en nabokommune "
                        "eller af andre kommuner i politikredsen – spørg gerne i infohus-samarbejdet, om I kan "
                        "læse de planer, politikredsen synes er gode.</p>"
                        "<p>Planen behøver ikke være lang. Men den skal kunne godkendes politisk – og al "
                        "erfaring siger, at det er afgørende for, at den får reel betydning. Det kræver et "
                        "stykke skrivearbejde.</p>"
                    ),
                    checklist(
                        "En produktionsplan viser",
                        [
                            "hvem der skriver hvilke afsnit,",
                            "hvornår afsnittene skal være klar,",
                            "hvordan udkastet godkendes i forvaltningen, og",
                            "hvornår planen skal behandles politisk.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "slug": "implementer-handlingsplanen",
        "number": "6",
        "title": "Implementér handlingsplanen",
        "summary": "En plan virker kun, hvis den bliver brugt. Tænk implementering ind fra første dag.",
        "body": [
            text(
                "<p>Planen kan kun støtte kommunens arbejde, hvis den bliver en del af hverdagen. Derfor skal "
                "implementeringen tænkes med fra begyndelsen – ikke først, når planen er vedtaget.</p>"
            ),
        ],
        "children": [
            {
                "slug": "principper",
                "number": "6.1",
                "title": "Principper for god implementering",
                "summary": "Forstå organisationen, tænk stort men start småt, og involvér bredt.",
                "body": [
                    text(
                        "<p>Deloitte arbejder med tre principper for god implementering. Meget af arbejdet "
                        "er allerede gjort, når I følger vejledningen: Kortlægningen af jeres udgangspunkt "
                        "handler om at forstå kommunens udfordringer, og den tværfaglige inddragelse og "
                        "ledelsens opbakning giver planen de bedste betingelser. Det tredje princip kræver "
                        "dog, at I også handler, efter planen er vedtaget politisk.</p>"
                    ),
                    steps(
                        "Tre principper",
                        [
                            ("1", "Forstå", "Forstå organisationen, problemet og brugeren."),
                            ("2", "Tænk stort, start småt", "Hav ambitionerne med, men begynd nu og i det små."),
                            ("3", "Involvér", "Involvér, engagér og kommunikér på tværs af forvaltningerne."),
                        ],
                    ),
                ],
            },
            {
                "slug": "kom-i-gang",
                "number": "6.2",
                "title": "Sådan kommer I i gang",
                "summary": "Planlæg overgangen: beslutninger, formidling, opkvalificering og fast opfølgning.",
                "body": [
                    text(
                        "<p>Når planen er færdig, skal den rulles ud og bruges i den daglige drift. Det kræver, "
                        "at overgangen er planlagt: hvilke beslutninger der skal træffes, hvornår og af hvem, "
                        "og hvilke aktiviteter der skal gennemføres.</p>"
                    ),
                    checklist(
                        "Før udrulningen",
                        [
                            "Lav en plan for beslutningerne: hvad, hvornår og hvem.",
                            "Planlæg formidlingen af planen til medarbejderne.",
                            "Planlæg opkvalificeringen af nøglepersoner og frontmedarbejdere.",
                            "Aftal en fast rytme for opfølgning på planen politisk og strategisk.",
                            "Afklar, hvilke eksterne aktører der skal kende planen.",
                            "Gør planen synlig internt og eksternt med koordineret kommunikation.",
                        ],
                    ),
                    contact("advice", heading="Brug for sparring?",
                            note="Centret rådgiver kommuner om handlingsplaner, metoder og opkvalificering."),
                ],
            },
        ],
    },
]

# --- Signs of concern ---------------------------------------------------------------------------------

SIGNS_PAGE = {
    "slug": "bekymringstegn",
    "title": "Bekymringstegn",
    "summary": (
        "Tegn, der kan give grund til at se nærmere på en situation – og hvad du gør, hvis du er bekymret."
    ),
    "intro": (
        "<p>Ingen vej ind i ekstremisme ligner en anden. Det er altid et samspil mellem forhold i samfundet, i "
        "gruppen og hos den enkelte. Tegnene nedenfor bygger på Nationalt Center for Forebyggelse af "
        "Ekstremismes arbejde og er delt op efter, om de handler om personens adfærd eller om personens "
        "sociale forhold og netværk.</p>"
    ),
    "not_a_checklist": (
        "<p>Listen er et hjælperedskab, ikke en facitliste. Et enkelt tegn betyder sjældent, at en person er på "
        "vej ind i ekstremisme. Men når flere tegn eller ændringer i adfærd viser sig på samme tid, er der grund "
        "til at reagere, så bekymringen kan blive undersøgt af nogen, der ved mere.</p>"
        "<p>De <b>alvorlige tegn</b> kan i sig selv være grund til at handle med det samme. Er der fare for liv, "
        "så ring 112.</p>"
    ),
    "body": [
        steps(
            "Hvis du er bekymret",
            [
                ("1", "Skriv ned, hvad du har set og hørt", "Hold dig til det konkrete: hvad, hvornår og hvor."),
                ("2", "Tal med infohuset i din kommune",
                 "Infohuset vurderer bekymringen sammen med politiet. Du behøver ikke være sikker."),
                ("3", "Ring til den nationale rådgivning",
                 "Uden for kommunens åbningstid, eller hvis du vil drøfte det anonymt."),
                ("4", "Ring 114 eller 112",
                 "114 til politiet ved mistanke om ulovlige handlinger. 112, hvis nogens sikkerhed er i fare."),
            ],
        ),
        contact("hotline"),
        contact("emergency"),
    ],
}

# --- Knowledge -------------------------------------------------------------------------------------------

KNOWLEDGE_INDEX = {
    "slug": "viden",
    "title": "Viden",
    "summary": "Sammenfatninger af de kortlægninger, det nationale arbejde bygger på.",
    "intro": (
        "<p>Her finder du korte sammenfatninger af de undersøgelser, som vejledningen og det nationale koncept "
        "bygger på – med de vigtigste tal.</p>"
    ),
}

KNOWLEDGE_PAGES = [
    {
        "slug": "kommunernes-indsats-2018",
        "title": "Kommunernes forebyggende arbejde (kortlægning 2018)",
        "summary": (
            "De fleste kommuner har haft sager om radikalisering, men praksis for forståelse, registrering og "
            "organisering varierer meget."
        ),
        "source_title": "Kortlægning af kommunernes indsats med forebyggelse af ekstremisme og radikalisering",
        "source_publisher": "Rambøll for Nationalt Center for Forebyggelse af Ekstremisme",
        "source_year": 2018,
        "body": [
            text(
                "<p>I 2018 kortlagde Rambøll for centret, hvordan landets kommuner arbejder med at forebygge "
                "ekstremisme og radikalisering: hvilke sager de har, hvilke tilbud de bruger, hvordan de "
                "registrerer, og hvordan de har organiseret sig. Kortlægningen bestod af en spørgeskema­"
                "undersøgelse blandt alle 98 kommuner, en gennemgang af 38 konkrete sager og workshops i seks "
                "kommuner.</p>"
            ),
            key_figures(
                "Undersøgelsen i tal",
                [
                    (98, "kommuner", "fik spørgeskemaet"),
                    (89, "kommuner", "svarede – en svarprocent på 92"),
                    (38, "sager", "blev gennemgået i dybden"),
                    (6, "kommuner", "deltog i workshops om organisering og arbejdsgange"),
                ],
                source="Kortlægning af kommunernes indsats, 2018",
            ),
            key_figures(
                "Sager i kommunerne",
                [
                    (83, "pct.", "af kommunerne havde håndteret sager om radikalisering inden for de seneste tre år"),
                    (87, "pct.", "af kommunerne med sager havde haft sager, hvor ekstrem islamisme indgik"),
                    (23, "pct.", "af kommunerne med sager havde haft sager, hvor højreekstremisme indgik"),
                    (1, "pct.", "af kommunerne med sager havde haft sager, hvor venstreekstremisme indgik"),
                    (88, "pct.", "havde sager, hvor radikalisering var en del af et bredere sagskompleks"),
                    (62, "pct.", "havde sager, hvor radikalisering var den primære bekymring"),
                ],
                source="Kortlægning af kommunernes indsats, 2018",
            ),
            text(
                "<p>Andelen af kommuner med sager var størst i Region Sjælland (92 pct.) og mindst i Region "
                "Nordjylland (64 pct.). Tallene siger noget om, hvilke bekymringer der når frem til kommunen – "
                "ikke nødvendigvis om, hvor store de ekstremistiske miljøer er.</p>"
                "<h2>Radikalisering er sjældent hele historien</h2>"
                "<p>I de fleste sager er radikalisering en del af et bredere billede med fx mistrivsel, psykisk "
                "sårbarhed, kriminalitet eller en familie, der ikke fungerer. Af de 38 gennemgåede sager havde "
                "25 en tilknytning til et ekstremistisk miljø – langt oftest et fysisk miljø frem for et rent "
                "online-miljø. Derfor skal indsatsen være forankret i kommunens almindelige velfærds- og "
                "kriminalpræventive arbejde.</p>"
                "<h2>Forståelse og registrering</h2>"
                "<p>Fagfolk forstår ikke begreberne ekstremisme og radikalisering ens – hverken inden for den "
                "enkelte kommune eller på tværs. Det betyder, at sager visiteres, vurderes og registreres "
                "forskelligt, og at borgerne ikke nødvendigvis får samme tilbud. Mange er i tvivl om, hvad de "
                "lovligt må registrere, og nogle frygter at stigmatisere borgeren ved at skrive bekymringen "
                "ned.</p>"
            ),
            key_figures(
                "Organisering og strategi",
                [
                    (62, "pct.", "af kommunerne havde en handlingsplan eller strategi"),
                    (57, "pct.", "havde beskrevne arbejdsgange"),
                    (52, "pct.", "havde et tværgående forum for sagsbehandling"),
                    (22, "pct.", "var ved at etablere et sådant forum"),
                ],
                source="Kortlægning af kommunernes indsats, 2018",
            ),
            text(
                "<p>Alle kommuner havde en tovholder for indsatsen. Kortlægningen fandt tre typiske måder at "
                "organisere samarbejdet i Infohus Kommune på – med stigende grad af formalisering:</p>"
                "<ol><li><b>Tovholdermodellen</b>: én nøgleperson, ofte fra SSP, tager imod og koordinerer.</li>"
                "<li><b>Tværfagligt forum ad hoc</b>: en fast kreds, fx SSP, familie- og socialområdet, børn og "
                "unge, jobcenter og politi, der mødes, når der er en sag.</li>"
                "<li><b>Tværfagligt forum med faste møder</b>: samme kreds med fast mødekadence og en "
                "styregruppe, der også følger op på lukkede sager.</li></ol>"
            ),
            steps(
                "En bekymrings typiske vej gennem kommunen",
                [
                    ("A", "Bekymringen modtages",
                     "Henvendelser kommer fra pårørende, venner, lærere, mentorer, boligsociale medarbejdere, "
                     "politiet, andre kommuner m.fl. De finder vej til infohuset eller kommunens tovholder."),
                    ("B", "Første vurdering",
                     "Tovholderen eller det tværfaglige forum indhenter viden og vurderer, om der er tale om "
                     "radikalisering eller fx mistrivsel. Det sker efter retsplejelovens § 115, ofte sammen "
                     "med politiets infohustovholder."),
                    ("C", "Indsats og opfølgning",
                     "En helhedsorienteret indsats tilpasset borgeren, ofte bygget af kommunens almindelige "
                     "tilbud og eventuelt tilbud til familie og netværk."),
                    ("D", "Afslutning eller videregivelse",
                     "Sagen lukkes, når bekymringen er håndteret. Er der fortsat andre bekymringer, overgår "
                     "den til det relevante fagområde."),
                ],
            ),
        ],
    },
    {
        "slug": "infohus-samarbejdet",
        "title": "Samarbejdet i infohusene",
        "summary": (
            "Sådan samarbejder kommuner og politi i infohusene – og hvor samarbejdet har brug for fælles rammer."
        ),
        "source_title": "Kortlægning af det tværsektorielle samarbejde i de danske infohuse",
        "source_publisher": "Nationalt Center for Forebyggelse af Ekstremisme",
        "source_year": 2018,
        "body": [
            text(
                "<p>Infohusene er kommunernes og politiets fælles samarbejde om at forebygge ekstremisme. "
                "Centret kortlagde samarbejdet gennem 12 workshops – én i hver politikreds – med tovholdere "
                "fra politi og kommuner. Materialet blev samlet ind i sommeren 2017.</p>"
            ),
            key_figures(
                "Infohusene i tal",
                [
                    (12, "netværk", "Infohus Netværk – ét i hver politikreds"),
                    (98, "kommuner", "har hver deres Infohus Kommune"),
                    (12, "workshops", "dannede grundlag for kortlægningen"),
                ],
                source="Kortlægning af det tværsektorielle samarbejde i de danske infohuse",
            ),
            text(
                "<h2>To fora med hver sin opgave</h2>"
                "<p><b>Infohus Netværk</b> samler tovholdere fra politikredsen og kredsens kommuner til "
                "videndeling om tendenser, nye grupperinger og metoder – typisk hvert kvartal til hvert halve "
                "år, ofte med oplæg fra fx PET, centret eller Kriminalforsorgen. Her drøftes ingen enkeltsager; "
                "der er ikke lovhjemmel til det.</p>"
                "<p><b>Infohus Kommune</b> er det lokale samarbejde mellem politiet og den enkelte kommune, som "
                "tager imod, udreder og visiterer konkrete bekymringer. Kun de myndigheder, der har grund til "
                "at dele oplysninger efter retsplejelovens § 115, deltager – fx socialforvaltningen for børn og "
                "for voksne, beskæftigelse og uddannelse, lokalpolitiet, psykiatrien og "
                "Kriminalforsorgen.</p>"
                "<h2>Hvor bekymringerne kommer fra</h2>"
                "<p>De fleste henvendelser kommer pr. telefon og lander typisk hos SSP-tovholderen. De kommer "
                "fra skoler, ungdomsuddannelser, foreninger, politiet, sagsbehandlere, Kriminalforsorgen, "
                "forældre og pårørende, naboer, asylcentre, psykiatrien, boligsociale indsatser og sociale "
                "medier.</p>"
            ),
            steps(
                "Fire måder at lave den første vurdering på",
                [
                    ("1", "Internt i kommunen", "Kommunen vurderer selv, uden andre myndigheder."),
                    ("2", "På et SSP-møde", "Kommune og lokalpoliti vurderer sammen på et ordinært møde."),
                    ("3", "Tovholderne sammen",
                     "Kommunens tovholder kontakter straks politiets, og de vurderer i fællesskab."),
                    ("4", "Politiet alene", "Kommunen sender bekymringen videre, og politiet vurderer."),
                ],
            ),
            quote(
                "Vi skal tale med dem, før vi taler ret meget om dem.",
                "Deltager i en af kortlægningens workshops",
            ),
            checklist(
                "Udfordringer og behov, kortlægningen peger på",
                [
                    "Ikke alle kommuner oplever et behov for at deltage i Infohus Netværk, og de mindre "
                    "kommuner risikerer at falde uden for videndelingen.",
                    "Der mangler fælles rammer, klare rollebeskrivelser og systematisk opfølgning.",
                    "Reglerne for at dele og registrere oplysninger – herunder § 115 – opleves som uklare.",
                    "Forebyggelse af ekstremisme skal tænkes sammen med kommunens øvrige forebyggelse af "
                    "kriminalitet, mistrivsel og udsathed.",
                    "Overgange, fx fra under til over 18 år, er sårbare perioder.",
                    "Samarbejdet med psykiatrien (PSP) skal være mere systematisk.",
                    "Mange fagfolk ved ikke, at infohuset findes, eller hvordan de henvender sig.",
                ],
            ),
            callout(
                "<p>Kortlægningen førte blandt andet til en fælles samarbejdsmodel for infohusene, et fælles "
                "vurderingsværktøj til bekymringer og en håndbog til kommunerne. Justitsministeriet har "
                "desuden udarbejdet en vejledning om udveksling af oplysninger.</p>",
                heading="Hvad skete der siden?",
            ),
        ],
    },
]
