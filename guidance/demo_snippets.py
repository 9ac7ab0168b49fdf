"""Demo data for the guidance snippets, written in our own words from the source documents
(the plan template's text blocks, the centre's signs of concern, the guide's figure 5).

Each entry has a stable `slug` that the loader turns into a fixed translation key, so a second
run finds the same object even if its text has been edited here.
"""

# Placeholders a plan fills in with its municipality's and police district's names.
MUNICIPALITY = "[KOMMUNE]"
POLICE_DISTRICT = "[POLITIKREDS]"

TEXT_BLOCKS = [
    {
        "number": 1,
        "title": "Hvorfor myndighederne forebygger ekstremisme",
        "plan_section": "Indledning",
        "body": (
            "<p>I Danmark forebygger vi ekstremisme, fordi den gør skade på mange måder. Den kan føre til "
            "terror, vold, trusler, hærværk og andre forbrydelser drevet af had. Men den kan også ødelægge "
            "et menneskes trivsel og svække den demokratiske dannelse, som vores fællesskab bygger på.</p>"
            "<p>Derfor har flere love hver deres grund til, at myndighederne skal handle:</p>"
            "<ul>"
            "<li>Straffeloven og den øvrige lovgivning på justitsområdet skal forhindre terror og andre "
            "ulovlige handlinger.</li>"
            "<li>Den sociale lovgivning skal sikre, at borgerne trives, udvikler sig og kan klare sig "
            "selv.</li>"
            "<li>Lovgivningen om skoler og uddannelse skal sikre trygge rammer for undervisningen og ruste "
            "eleverne til at leve i et samfund med frihed og folkestyre.</li>"
            "</ul>"
            "<p>Fordi opgaven hviler på flere love, løses den i et bredt samarbejde mellem myndigheder "
            "lokalt, regionalt og nationalt.</p>"
        ),
    },
    {
        "number": 2,
        "title": "Definitioner og bekymringstegn",
        "plan_section": "Definitioner og bekymringstegn",
        "body": (
            "<h3>Ekstremisme</h3>"
            "<p>Ved ekstremisme forstår vi personer eller grupper, der begår vold eller andre ulovlige "
            "handlinger, eller som forsøger at retfærdiggøre dem, med henvisning til forhold i samfundet, "
            "de er utilfredse med.</p>"
            "<p>Ekstremisme ændrer hele tiden form. Nye emner bliver trukket ind, for eksempel migration, "
            "globalisering, krig og væbnede konflikter, klima, biodiversitet, dyrs velfærd og "
            "kønsidentitet, og bruges – åbent eller mellem linjerne – til at retfærdiggøre vold og "
            "anden kriminalitet. I Danmark er de vigtigste former ekstrem islamisme, højreekstremisme, "
            "venstreekstremisme og antimyndighedsekstremisme.</p>"
            "<h3>Radikalisering</h3>"
            "<p>Radikalisering er den proces – kort eller lang – hvor en person slutter sig til "
            "ekstremistiske synspunkter eller begynder at begrunde sine handlinger med en ekstremistisk "
            "ideologi.</p>"
            "<h3>Bekymringstegn</h3>"
            "<p>Ingen vej ind i ekstremisme ligner en anden. Forskning og erfaring peger på, at forhold i "
            "samfundet, i gruppen og hos den enkelte spiller sammen. Der findes derfor ingen facitliste. "
            "Men nogle tegn kan give anledning til at se nærmere på en situation, især når flere af dem "
            "viser sig på samme tid, eller når en person ændrer adfærd.</p>"
            "<p><b>Tegnene er ikke en tjekliste.</b> De er et redskab til at tage en bekymring alvorligt "
            "og få den undersøgt af nogen, der ved mere.</p>"
            "<p>Tegn i personens adfærd kan fx være, at personen er parat til at bruge vold, viser "
            "interesse for at rejse ud for at deltage i konflikter, opsøger eller spreder materiale, der "
            "retfærdiggør vold, truer eller presser andre, bliver meget optaget af én sag eller person, "
            "viser foragt for andres holdninger eller bruger totalitære symboler.</p>"
            "<p>Tegn i personens sociale forhold og netværk kan fx være, at personen færdes steder med "
            "let adgang til våben, omgås personer med ekstreme holdninger, trækker sig fra familie og "
            "venner, dropper uddannelse eller job, eller at familien ikke fungerer.</p>"
        ),
    },
    {
        "number": 3,
        "title": "Infohus-samarbejdet",
        "plan_section": "Infohus-samarbejdet",
        "body": (
            f"<p>{MUNICIPALITY} Kommune indgår i infohus-samarbejdet, et kriminalpræventivt samarbejde "
            f"mellem kommunen, {POLICE_DISTRICT} og andre relevante myndigheder.</p>"
            "<p>Infohusene har to hovedopgaver: at analysere og vurdere konkrete bekymringer og at være et "
            "sted, hvor myndighederne deler viden om lokale udfordringer og tendenser. Hver deltager "
            "handler efter de regler, der gælder for netop deres myndighed.</p>"
            "<p>Samarbejdet har to led: Infohus Kommune i den enkelte kommune og Infohus Netværk i hver "
            "politikreds.</p>"
        ),
    },
    {
        "number": 4,
        "title": "Infohus Kommune",
        "plan_section": "Infohus i kommunen",
        "body": (
            f"<p>Infohus {MUNICIPALITY} samler kommunens og politiets kompetencer, så bekymringer for "
            "ekstremisme bliver analyseret og vurderet systematisk, koordineret og kvalificeret. De to "
            "bærende personer er infohustovholderen fra politikredsen og infohustovholderen fra "
            "kommunen.</p>"
            "<p>Infohuset træffer ikke afgørelser. Hver myndighed beslutter og iværksætter selv sine "
            "foranstaltninger efter sin egen lovgivning.</p>"
            "<p>Henvendelserne spænder vidt: fra mennesker, der mistrives, til personer, der kan udgøre "
            "en sikkerhedsrisiko. Infohusene har blandt andet arbejdet med personer, der er rejst til "
            "konfliktområder, personer, der er blevet radikaliseret under afsoning, og borgere med "
            "psykiatriske diagnoser. Andre bekymringer handler om voldsparathed, tilknytning til "
            "kriminelle miljøer, traumer, udsathed og marginalisering – og i de senere år også om "
            "radikalisering, rekruttering og deling af ekstremistisk materiale på nettet.</p>"
            "<p>Kommune og politi får løbende henvendelser, men ikke alle hører hjemme i infohuset. "
            "Afgørende er, om der er en risiko for kriminelle handlinger med et ekstremistisk motiv.</p>"
        ),
    },
    {
        "number": 5,
        "title": "Når en bekymring modtages og håndteres",
        "plan_section": "Procedure for modtagelse og håndtering af bekymringer",
        "body": (
            "<p>Politikredsens og kommunens infohustovholdere vurderer som udgangspunkt sammen, om en "
            "bekymring hører under infohusets opgave: at forebygge kriminelle handlinger med et "
            "ekstremistisk motiv.</p>"
            "<p>Politiets tovholder har det overordnede ansvar for at koordinere samarbejdet. Politiet "
            "undersøger først, om bekymringen rummer noget kriminelt eller en akut sikkerhedsrisiko, og "
            "om noget taler imod, at sagen behandles i infohuset. Selv om politiet vurderer, at en sag "
            "ikke skal behandles i infohuset, kan andre myndigheder stadig have pligt til at handle efter "
            "deres egen lovgivning. Politiet rådgiver altid gerne andre myndigheder om "
            "sikkerhedsspørgsmål.</p>"
            "<p>Derefter finder tovholderne sammen ud af, hvilke andre myndigheder der skal inddrages. Det "
            "er en fordel, at kommunens tovholder har mandat til at hente repræsentanter ind fra de "
            "relevante forvaltninger.</p>"
        ),
    },
    {
        "number": 6,
        "title": "Infohus Netværk",
        "plan_section": "Infohus Netværk",
        "body": (
            "<p>Infohus Netværk er et mødeforum på tværs af sektorer i hver af de 12 politikredse. Her "
            "mødes infohustovholdere fra politiet, kommunerne og Kriminalforsorgen sammen med "
            "repræsentanter for andre myndigheder.</p>"
            "<p>På møderne drøfter deltagerne udfordringer og tendenser, deler viden om metoder og kan "
            "udveksle erfaringer med bekymringssager – altid i anonymiseret form. Netværket behandler "
            "ikke enkeltsager.</p>"
            f"<p>{MUNICIPALITY} Kommune deltager i netværksmøderne i {POLICE_DISTRICT} sammen med "
            "politikredsens øvrige kommuner, Kriminalforsorgen og nationale myndigheder.</p>"
        ),
    },
]

# Signs of concern: the centre's grading (serious signs / other signs, from the 2018 mapping) and
# the template's grouping (the person's behaviour / social circumstances and network).
B, S = "behaviour", "social"
SERIOUS, OTHER = "serious", "other"
SIGNS = [
    ("violence", B, SERIOUS, "Deltager i vold eller voldelige sammenstød", ""),
    ("threats", B, SERIOUS, "Truer, chikanerer eller lægger pres på andre, så deres frihed og integritet krænkes", ""),
    ("arson-vandalism", B, SERIOUS,
     "Sætter ild til eller laver hærværk, fx graffiti med hadefulde budskaber eller opfordringer til vold", ""),
    ("spreads-violent-messages", B, SERIOUS,
     "Spreder budskaber, der retfærdiggør vold – på sociale medier, klistermærker, plakater eller løbesedler", ""),
    ("travel-to-conflict", B, SERIOUS,
     "Vil rejse ud for at deltage i konflikter eller træning, hvor ekstreme grupper er involveret", ""),
    ("absolute-solutions", B, SERIOUS,
     "Taler for 'absolutte løsninger', fx at en bestemt gruppe skal dræbes eller fjernes, eller at noget skal bombes",
     ""),
    ("pressure-on-voting", B, SERIOUS, "Presser andre til at holde sig væk fra demokratiske valg", ""),
    ("extremist-events", B, OTHER,
     "Går til møder, demonstrationer, koncerter eller andre arrangementer med ekstremistiske eller voldelige budskaber",
     ""),
    ("extremist-material", B, OTHER,
     "Opsøger hjemmesider, bøger eller film, der hylder ekstremisme eller retfærdiggør vold", ""),
    ("injustice-narratives", B, OTHER,
     "Er optaget af fortællinger om uretfærdighed og undertrykkelse og mener, at kamp mod en bestemt gruppe er retfærdig",
     "Gruppen kan være forestillet og udpeges fx som 'jøderne', 'muslimerne', 'danskerne', 'indvandrerne', "
     "'eliten' eller 'de vantro'."),
    ("hero-worship", B, OTHER,
     "Dyrker helte, historiske personer eller begivenheder, der forbindes med retfærdiggjort kamp, vold eller selvmord",
     ""),
    ("single-cause", B, OTHER, "Er meget optaget af én bestemt sag eller person", ""),
    ("totalitarian-symbols", B, OTHER,
     "Viser tilknytning til ekstreme budskaber gennem tøj, udseende, tatoveringer eller totalitære symboler", ""),
    ("intolerance", B, OTHER,
     "Viser foragt for andres holdninger, afviser demokratiske principper eller prædiker og moraliserer over for andre",
     ""),
    ("weapons-access", S, SERIOUS, "Færdes i miljøer, hvor der er let adgang til våben", ""),
    ("extremist-network", S, SERIOUS,
     "Omgås personer eller grupper, der er kendt for ekstreme holdninger, som retfærdiggør vold", ""),
    ("withdraws", S, OTHER, "Trækker sig fra familie, gamle venner og fællesskaber", ""),
    ("drops-out", S, OTHER, "Dropper uddannelse eller job og slipper anden tilknytning til samfundet omkring sig", ""),
    ("family-problems", S, OTHER, "Familien fungerer ikke og kan ikke give støtte", ""),
]

# The national concept (guide, figure 5): every label the figure shows, 27 in all. The guide's prose
# speaks of 26 elements; the two rows that the figure draws across both planning levels
# ("Resultatdokumentation og evaluering", "Kommunikation om roller og ansvar") are modelled as
# level "both". Names are the figure's terms; descriptions are our own.
ALL3 = ("opbyggende", "foregribende", "indgribende")
OPB, FOR, IND = ("opbyggende",), ("foregribende",), ("indgribende",)
CONCEPT_ELEMENTS = [
    ("formaal-og-vision", "Formål og vision", "strategic", ALL3,
     "Kommunen har en vision for arbejdet mod ekstremisme og radikalisering, som er vedtaget politisk og forankret "
     "i ledelsens strategi."),
    ("organisering", "Organisering", "strategic", ALL3,
     "Det er tydeligt, hvem der gør hvad – internt i kommunen og sammen med andre myndigheder – politisk, "
     "strategisk og udførende, på alle tre indsatsniveauer."),
    ("interessenter-og-samarbejde", "Interessenter og samarbejde", "strategic", ALL3,
     "Kommunen ved, hvem dens interne interessenter er, og har klare rammer for samarbejdet med eksterne parter."),
    ("opfoelgning-paa-indsatser", "Opfølgning på indsatser", "strategic", ALL3,
     "Indsatserne er godkendt, og der følges op på dem efter en fast procedure, som også omfatter en politik for "
     "opkvalificering og information."),
    ("ledelsesinformation", "Ledelsesinformation", "strategic", ALL3,
     "Ledelsen får målrettet information om området med en fast, aftalt frekvens."),
    ("kommunikation-til-borgere-og-medarbejdere", "Kommunikation til borgere og medarbejdere", "strategic", OPB,
     "Borgere og medarbejdere får relevant og letforståelig information om, hvordan kommunen forebygger "
     "ekstremisme."),
    ("organisering-af-infohus-kommune", "Organisering af Infohus Kommune", "strategic", FOR,
     "Det er besluttet, hvordan Infohus Kommune er organiseret på både strategisk og udførende niveau."),
    ("beredskabsorganisering", "Beredskabsorganisering", "strategic", IND,
     "Kommunens beredskab i akutte sager er koblet til kommunens generelle beredskabsplaner."),
    ("samarbejde-i-infohus-kommune", "Samarbejde i Infohus Kommune", "strategic", FOR,
     "Der er indgået en samarbejdsaftale om Infohus Kommune."),
    ("roller-og-ansvar-i-beredskabssituationer", "Roller og ansvar i beredskabssituationer", "strategic", IND,
     "Det er klart, hvem der gør hvad for at støtte den konkrete indsats, når beredskabet er i gang."),
    ("godkendelse-af-arbejdsgange", "Godkendelse af arbejdsgange", "strategic", FOR,
     "Arbejdsgangene for at tage imod og håndtere bekymringshenvendelser er godkendt."),
    ("kommunikation-og-koordinering-i-akutte-sager", "Kommunikation og koordinering i akutte sager", "strategic",
     IND,
     "Kommunen ved, hvordan den håndterer pressen og koordinerer i akutte sager, også når det gælder deling af "
     "oplysninger."),
    ("opfoelgning-paa-infohusets-vurdering", "Opfølgning på Infohusets vurdering i kommunalt regi", "strategic",
     FOR,
     "Det er afklaret, hvordan kommunen prioriterer og uddelegerer beslutninger, når den følger op på infohusets "
     "vurdering af en enkelt sag."),
    ("udvikling-og-beskrivelse-af-indsatser", "Udvikling og beskrivelse af indsatser", "strategic", ALL3,
     "Der udvikles indsatser på alle tre indsatsniveauer, og hver er beskrevet med type, indhold, målgruppe, "
     "formål, ansvar, samarbejdspartnere og opfølgning."),
    ("resultatdokumentation-og-evaluering", "Resultatdokumentation og evaluering", "both", ALL3,
     "Der er en teknisk løsning og en fast procedure for at dokumentere resultater og evaluere sager og "
     "indsatser."),
    ("kommunikation-om-roller-og-ansvar", "Kommunikation om roller og ansvar", "both", ALL3,
     "Alle involverede ved, hvordan roller og ansvar er fordelt i opgaven på alle indsatsniveauer."),
    ("opkvalificerings-og-informationsbehov", "Klarhed om opkvalificerings- og informationsbehov", "executive",
     OPB,
     "Det er afklaret, hvem der har brug for viden og træning, og viden om bekymringstegn og handlemuligheder "
     "bliver formidlet."),
    ("haandtering-af-henvendelser", "Håndtering af henvendelser", "executive", FOR,
     "Der er en procedure for, hvordan Infohus Kommune tager imod og behandler henvendelser."),
    ("samarbejde-med-politiet", "Samarbejde med politiet", "executive", IND,
     "Der er en procedure for, hvordan kommunen hjælper politiet og andre myndigheder i indsatsen."),
    ("snitflader-og-samarbejde", "Afdække snitflader og samarbejde til andre områder og aktører", "executive", OPB,
     "Det er afklaret, hvilke fagområder og aktører det giver mening at inddrage i det opbyggende arbejde."),
    ("sagsflow-og-registreringspraksis", "Sagsflow og registreringspraksis", "executive", FOR,
     "Sagernes gang er fastlagt, og det er besluttet, hvad der registreres hvor."),
    ("opfoelgning-paa-afledte-bekymringer", "Opfølgning på afledte bekymringer", "executive", IND,
     "Der er en procedure for at følge op på nye bekymringer, som indsatsen giver anledning til."),
    ("drift-af-infohus-kommune", "Drift af Infohus Kommune", "executive", FOR,
     "Det er placeret, hvem der har ansvaret for den daglige drift af Infohus Kommune."),
    ("dokumentation-i-beredskabssituationer", "Dokumentation i beredskabssituationer", "executive", IND,
     "Der er en procedure for at dokumentere sagsbehandlingen undervejs i indsatsen."),
    ("tilbageloeb-paa-sager", "Tilbageløb på sager", "executive", FOR,
     "Der er en procedure for at koordinere tilbagemeldinger i bekymringssager, så de rette personer hører, "
     "hvordan sagen er gået."),
    ("opfoelgning", "Opfølgning", "executive", FOR,
     "Der er en procedure for at følge op på henvendelser og holde øje med de relevante nøgletal."),
    ("opkvalificering-af-infohus-medarbejdere", "Opkvalificering af Infohus-medarbejdere", "executive", FOR,
     "Infohusets medarbejdere bliver løbende klogere på ekstremisme, forebyggelse og vurdering af bekymringer."),
]
