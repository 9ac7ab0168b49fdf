"""The last demo loader: English and Arabic versions of the content the other loaders made.

It works through wagtail-localize exactly as an editor would: each Danish page or snippet gets a
TranslationSource, a Translation per target language and StringTranslations for its text; the
translated object is then published from those strings. So every translation here is a real
wagtail-localize translation, editable in the admin's translation editor or by PO file.

Translations are keyed by the Danish source text of each segment (a field, or a paragraph of
rich text). A segment without a translation here falls back to Danish, and the page says so
(core/i18n.py), so a change to the Danish demo text is visible instead of silently mixed.

Idempotent: nothing is saved or published unless a source text or a translation changed.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core.i18n import ensure_locale_sync

TOOL_NAME = "demo content"


def translate(instance, locale: Locale, table: dict[str, dict[str, str]], keep: set[str] = frozenset()):
    """Translate one Danish page or snippet into `locale` from `table` ({danish: {lang: text}}).
    Segments whose source text is in `keep` (e.g. slugs, numbers) are translated as themselves, and
    paths on the site ("/da/viden/") get the target language's prefix ("/en/viden/").
    Returns the translated instance; saves and publishes only when something changed."""
    code = locale.language_code
    before = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).values_list("last_updated_at", flat=True).first()
    source, created = TranslationSource.update_or_create_from_instance(instance)
    changed = created or before != source.last_updated_at

    translation, new = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    changed = changed or new or not translation.enabled
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])

    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = segment.string.data
        target = text if text in keep else table.get(text, {}).get(code) or _localized_path(text, code)
        if not target:
            continue
        existing = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if existing is not None and existing.data == target and not existing.has_error:
            continue
        if existing is None:
            existing = StringTranslation(translation_of=segment.string, locale=locale, context=segment.context)
        existing.data = target
        existing.has_error = False
        existing.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
        existing.tool_name = TOOL_NAME
        existing.save()
        changed = True

    try:
        current = source.get_translated_instance(locale)
    except instance.__class__.DoesNotExist:
        current = None
    if current is None or getattr(current, "alias_of_id", None) or not getattr(current, "live", True):
        changed = True
    if changed:
        # What Translation.save_target does, except that it publishes right away instead of in
        # transaction.on_commit (too late inside the loader's transaction, never in a test's).
        source.create_or_update_translation(locale, publish=False, fallback=True, copy_parent_pages=True)
        current = source.get_translated_instance(locale)
        current.latest_revision.publish()
        current.refresh_from_db()
    return current


# --- The texts -------------------------------------------------------------------------------

HOME = {
    "Forebyggelse af ekstremisme": {
        "en": "Preventing extremism",
        "ar": "الوقاية من التطرف",
    },
    (
        "Hjælp til dig, der er bekymret for en person, og kommunernes handlingsplaner "
        "mod ekstremisme samlet ét sted."
    ): {
        "en": "Help if you are worried about someone, and the municipalities' action plans against "
        "extremism, in one place.",
        "ar": "مساعدة لمن يقلق على شخص ما، وخطط البلديات لمكافحة التطرف، في مكان واحد.",
    },
    "Er du bekymret for en person?": {
        "en": "Are you worried about someone?",
        "ar": "هل أنت قلق على شخص ما؟",
    },
    (
        "Har du set tegn på, at et barn, en ung eller en voksen er på vej ind i et ekstremistisk "
        "miljø? Du behøver ikke være sikker. Tal med infohuset i din kommune, eller ring til den "
        "nationale rådgivning. Er der fare for liv, så ring 112."
    ): {
        "en": "Have you seen signs that a child, a young person or an adult is being drawn into an "
        "extremist environment? You do not need to be sure. Talk to the infohus in your municipality, "
        "or call the national advice line. If a life is in danger, call 112.",
        "ar": "هل لاحظت علامات على أن طفلًا أو شابًا أو بالغًا ينجرف نحو بيئة متطرفة؟ لا داعي لأن تكون "
        "متأكدًا. تحدّث مع مركز المعلومات (Infohus) في بلديتك، أو اتصل بخط الاستشارة الوطني. إذا "
        "كانت هناك حياة في خطر، فاتصل بالرقم 112.",
    },
    # The home page's concern button, headings and entry points (home/models.py, home/demo.py).
    "Sådan gør du, hvis du er bekymret": {"en": "What to do if you are worried", "ar": "ماذا تفعل إذا كنت قلقًا"},
    "Ring og få råd": {"en": "Call for advice", "ar": "اتصل واحصل على المشورة"},
    "Find viden og værktøjer": {"en": "Knowledge and tools", "ar": "المعرفة والأدوات"},
    "Vejledning til kommunens handlingsplan": {
        "en": "Guide to the municipality's action plan",
        "ar": "دليل خطة عمل البلدية",
    },
    "Fra behov til en plan, der bruges – med erfaringer fra ti kommuner.": {
        "en": "From need to a plan that is used – with experience from ten municipalities.",
        "ar": "من الحاجة إلى خطة تُستخدم فعلًا – مع تجارب عشر بلديات.",
    },
    "Bekymringstegn": {"en": "Signs of concern", "ar": "علامات القلق"},
    "Hvilke tegn skal du være opmærksom på – og hvorfor er de ikke en tjekliste?": {
        "en": "Which signs to look out for – and why they are not a checklist.",
        "ar": "ما العلامات التي ينبغي الانتباه إليها، ولماذا ليست قائمة تحقق؟",
    },
    "Kommunernes handlingsplaner": {"en": "The municipalities' action plans", "ar": "خطط عمل البلديات"},
    "Se, hvordan kommunerne forebygger, opsporer og håndterer ekstremisme.": {
        "en": "See how the municipalities prevent, detect and handle extremism.",
        "ar": "اطّلع على كيفية وقاية البلديات من التطرف واكتشافه والتعامل معه.",
    },
    "/da/handlingsplaner/": {"en": "/en/handlingsplaner/", "ar": "/ar/handlingsplaner/"},
    "/da/vejledning/": {"en": "/en/vejledning/", "ar": "/ar/vejledning/"},
    "/da/bekymringstegn/": {"en": "/en/bekymringstegn/", "ar": "/ar/bekymringstegn/"},
    "/da/viden/": {"en": "/en/viden/", "ar": "/ar/viden/"},
    "Viden og kortlægninger": {"en": "Knowledge and mappings", "ar": "المعرفة والدراسات المسحية"},
    "De vigtigste tal og pointer fra kortlægningerne af kommunerne og infohusene.": {
        "en": "The key figures and findings from the mappings of the municipalities and the infohouses.",
        "ar": "أهم الأرقام والنتائج من الدراسات المسحية للبلديات ومراكز المعلومات.",
    },
}

CONTACTS = {
    "Alarm 112": {"en": "Emergency 112", "ar": "الطوارئ 112"},
    "Politiet 114": {"en": "Police 114", "ar": "الشرطة 114"},
    "National rådgivning om ekstremisme": {
        "en": "National advice line on extremism",
        "ar": "خط الاستشارة الوطني بشأن التطرف",
    },
    "Nationalt Center for Forebyggelse af Ekstremisme": {
        "en": "National Centre for the Prevention of Extremism",
        "ar": "المركز الوطني للوقاية من التطرف",
    },
    "Ring 112, hvis der er akut fare for liv eller en alvorlig forbrydelse er ved at ske.": {
        "en": "Call 112 if a life is in immediate danger or a serious crime is about to happen.",
        "ar": "اتصل بالرقم 112 إذا كانت هناك حياة في خطر داهم أو جريمة خطيرة على وشك الوقوع.",
    },
    "Ring 114 til politiet, når det ikke haster, men du vil tale med politiet om en bekymring.": {
        "en": "Call the police on 114 when it is not urgent but you want to talk to them about a concern.",
        "ar": "اتصل بالشرطة على الرقم 114 عندما لا يكون الأمر عاجلًا لكنك تريد التحدث معهم عن قلقك.",
    },
    (
        "Rådgivning til borgere og fagpersoner, der er bekymrede for en person i deres omgivelser. "
        "Du kan være anonym."
    ): {
        "en": "Advice for citizens and professionals who are worried about someone around them. "
        "You can stay anonymous.",
        "ar": "استشارة للمواطنين والمهنيين القلقين على شخص من محيطهم. يمكنك عدم الكشف عن هويتك.",
    },
    (
        "Uden for åbningstiden: kontakt infohuset i din kommune på hverdage, ring 114 til politiet, "
        "eller ring 112, hvis der er fare for liv."
    ): {
        "en": "Outside opening hours: contact the infohus in your municipality on weekdays, call the "
        "police on 114, or call 112 if a life is in danger.",
        "ar": "خارج ساعات العمل: تواصل مع مركز المعلومات في بلديتك في أيام العمل، أو اتصل بالشرطة على "
        "الرقم 114، أو اتصل بالرقم 112 إذا كانت هناك حياة في خطر.",
    },
    "Sparring til kommuner og fagpersoner om handlingsplaner, metoder og kompetenceudvikling.": {
        "en": "Support for municipalities and professionals on action plans, methods and training.",
        "ar": "دعم للبلديات والمهنيين في خطط العمل والأساليب وتطوير الكفاءات.",
    },
}

CONCERN = {
    "Er du bekymret for en person?": {
        "en": "Are you worried about someone?",
        "ar": "هل أنت قلق على شخص ما؟",
    },
    (
        "Sådan genkender du tegn på, at en person er på vej ind i et ekstremistisk miljø, hvordan du melder "
        "en bekymring, hvem du skal ringe til, og hvad der sker bagefter."
    ): {
        "en": "How to recognise signs that someone is being drawn into an extremist environment, how to report "
        "a concern, whom to call, and what happens next.",
        "ar": "كيف تتعرّف على علامات انجراف شخص نحو بيئة متطرفة، وكيف تُبلغ عن قلقك، وبمن تتصل، وماذا يحدث "
        "بعد ذلك.",
    },
    (
        "Du behøver ikke være sikker. Tal med infohuset i din kommune, eller ring til den nationale "
        "rådgivning, hvis du er i tvivl. Er der fare for liv, så ring 112."
    ): {
        "en": "You do not need to be sure. Talk to the infohus in your municipality, or call the national "
        "advice line if you are in doubt. If a life is in danger, call 112.",
        "ar": "لا داعي لأن تكون متأكدًا. تحدّث مع مركز المعلومات (Infohus) في بلديتك، أو اتصل بخط الاستشارة "
        "الوطني إذا كنت مترددًا. إذا كانت هناك حياة في خطر، فاتصل بالرقم 112.",
    },
    "Genkend tegnene": {"en": "Recognise the signs", "ar": "تعرّف على العلامات"},
    (
        "Tegn på radikalisering viser sig ofte som ændringer i, hvordan en person taler, tænker og "
        "omgås andre. Her er nogle af de tegn, fagfolk lægger mærke til."
    ): {
        "en": "Signs of radicalisation often show as changes in how a person talks, thinks and gets on with "
        "others. Here are some of the signs professionals notice.",
        "ar": "تظهر علامات التطرف غالبًا في صورة تغيّرات في طريقة كلام الشخص وتفكيره وتعامله مع الآخرين. "
        "إليك بعض العلامات التي ينتبه لها المختصون.",
    },
    (
        "Tegnene er ikke en tjekliste. Ét tegn alene betyder sjældent noget, og mange tegn kan have helt "
        "andre forklaringer. Det er din samlede bekymring, der tæller."
    ): {
        "en": "The signs are not a checklist. One sign alone rarely means anything, and many signs can have "
        "quite different explanations. What counts is your overall concern.",
        "ar": "هذه العلامات ليست قائمة تحقق. فعلامة واحدة نادرًا ما تعني شيئًا، وقد يكون لكثير من العلامات "
        "تفسيرات أخرى تمامًا. المهم هو قلقك بشكل عام.",
    },
    "Kontakt infohuset i din kommune": {
        "en": "Contact the infohus in your municipality",
        "ar": "تواصل مع مركز المعلومات في بلديتك",
    },
    (
        "Alle kommuner har et infohus, hvor kommunen og politiet sammen tager imod og vurderer "
        "bekymringer. Vælg din kommune, så viser vi dig, hvem du skal ringe til."
    ): {
        "en": "Every municipality has an infohus, where the municipality and the police together receive and "
        "assess concerns. Choose your municipality and we will show you whom to call.",
        "ar": "لكل بلدية مركز معلومات (Infohus) تستقبل فيه البلدية والشرطة معًا البلاغات عن القلق وتقيّمها. "
        "اختر بلديتك لنريك بمن تتصل.",
    },
    "Det sker der bagefter": {"en": "What happens next", "ar": "ماذا يحدث بعد ذلك"},
    (
        "En bekymring følger typisk fire trin. Du bliver ikke selv ansvarlig for sagen, men du kan "
        "blive spurgt, om du vil hjælpe med at følge op."
    ): {
        "en": "A concern usually goes through four steps. You do not become responsible for the case, but you "
        "may be asked whether you will help with the follow-up.",
        "ar": "يمر القلق عادةً بأربع مراحل. لن تصبح مسؤولًا عن الحالة، لكن قد يُطلب منك المساعدة في المتابعة.",
    },
    "Bekymringen modtages": {"en": "The concern is received", "ar": "استلام البلاغ"},
    (
        "Infohuset i kommunen tager imod din henvendelse. Du fortæller, hvad du har set eller hørt, og "
        "hvorfor det bekymrer dig. Du får besked om, hvem der arbejder videre med den."
    ): {
        "en": "The municipality's infohus receives your report. You tell them what you have seen or heard and "
        "why it worries you. You are told who will take it further.",
        "ar": "يستقبل مركز المعلومات في البلدية بلاغك. تخبرهم بما رأيته أو سمعته ولماذا يقلقك، ويُبلغونك بمن "
        "سيتابع الأمر.",
    },
    "Første vurdering": {"en": "First assessment", "ar": "التقييم الأولي"},
    (
        "Kommunen og politiet ser på bekymringen sammen og kan dele oplysninger efter retsplejelovens "
        "§ 115. De vurderer, om der er grund til at handle, og hvor alvorligt det er."
    ): {
        "en": "The municipality and the police look at the concern together and may share information under "
        "section 115 of the Administration of Justice Act. They assess whether there is reason to act and "
        "how serious it is.",
        "ar": "تدرس البلدية والشرطة البلاغ معًا، ويجوز لهما تبادل المعلومات وفق المادة 115 من قانون الإجراءات "
        "القضائية الدنماركي. ويقيّمان ما إذا كان هناك سبب للتدخل ومدى خطورة الأمر.",
    },
    "Indsats og opfølgning": {"en": "Intervention and follow-up", "ar": "التدخل والمتابعة"},
    (
        "Er der grund til at handle, tilbyder kommunen en indsats, fx samtaler, en mentor eller støtte "
        "til familien. Nogen følger op på, hvordan det går."
    ): {
        "en": "If there is reason to act, the municipality offers an intervention, such as talks, a mentor or "
        "support for the family. Someone follows up on how it goes.",
        "ar": "إذا كان هناك سبب للتدخل، تقدّم البلدية مساعدة، مثل محادثات أو مرشد أو دعم للأسرة، ويتابع "
        "أحدهم سير الأمور.",
    },
    "Afsluttet eller sendt videre": {"en": "Closed or referred", "ar": "إغلاق الحالة أو إحالتها"},
    (
        "Sagen lukkes, når bekymringen er væk, eller den sendes videre til den rette myndighed, "
        "fx politiet, hvis der er risiko for kriminalitet."
    ): {
        "en": "The case is closed when the concern is gone, or it is referred to the right authority, such as "
        "the police if there is a risk of crime.",
        "ar": "تُغلق الحالة عندما يزول القلق، أو تُحال إلى الجهة المختصة، مثل الشرطة إذا كان هناك خطر وقوع جريمة.",
    },
}

SIGNS = {
    "Deltager i vold eller voldelige sammenstød": {
        "en": "Takes part in violence or violent clashes",
        "ar": "يشارك في أعمال عنف أو اشتباكات عنيفة",
    },
    "Truer, chikanerer eller lægger pres på andre, så deres frihed og integritet krænkes": {
        "en": "Threatens, harasses or pressures others so that their freedom and integrity are violated",
        "ar": "يهدّد الآخرين أو يضايقهم أو يضغط عليهم بما ينتهك حريتهم وكرامتهم",
    },
    "Sætter ild til eller laver hærværk, fx graffiti med hadefulde budskaber eller opfordringer til vold": {
        "en": "Commits arson or vandalism, such as graffiti with hateful messages or calls for violence",
        "ar": "يُضرم النار أو يخرّب الممتلكات، مثل كتابات على الجدران تحمل رسائل كراهية أو دعوات إلى العنف",
    },
    "Spreder budskaber, der retfærdiggør vold – på sociale medier, klistermærker, plakater eller løbesedler": {
        "en": "Spreads messages that justify violence, on social media, stickers, posters or leaflets",
        "ar": "ينشر رسائل تبرّر العنف على وسائل التواصل الاجتماعي أو في ملصقات أو منشورات",
    },
    "Vil rejse ud for at deltage i konflikter eller træning, hvor ekstreme grupper er involveret": {
        "en": "Wants to travel to take part in conflicts or training involving extremist groups",
        "ar": "يريد السفر للمشاركة في نزاعات أو تدريبات تشارك فيها جماعات متطرفة",
    },
    "Taler for 'absolutte løsninger', fx at en bestemt gruppe skal dræbes eller fjernes, eller at noget skal bombes": {
        "en": "Argues for 'absolute solutions', such as killing or removing a particular group, or bombing something",
        "ar": "يدعو إلى «حلول مطلقة»، مثل قتل جماعة معيّنة أو إبعادها، أو تفجير شيء ما",
    },
    "Presser andre til at holde sig væk fra demokratiske valg": {
        "en": "Pressures others to stay away from democratic elections",
        "ar": "يضغط على الآخرين لمقاطعة الانتخابات الديمقراطية",
    },
    "Går til møder, demonstrationer, koncerter eller andre arrangementer med ekstremistiske eller voldelige budskaber": {
        "en": "Goes to meetings, demonstrations, concerts or other events with extremist or violent messages",
        "ar": "يحضر اجتماعات أو مظاهرات أو حفلات أو فعاليات أخرى تحمل رسائل متطرفة أو عنيفة",
    },
    "Opsøger hjemmesider, bøger eller film, der hylder ekstremisme eller retfærdiggør vold": {
        "en": "Seeks out websites, books or films that glorify extremism or justify violence",
        "ar": "يبحث عن مواقع أو كتب أو أفلام تمجّد التطرف أو تبرّر العنف",
    },
    "Er optaget af fortællinger om uretfærdighed og undertrykkelse og mener, at kamp mod en bestemt gruppe er retfærdig": {
        "en": "Is preoccupied with stories of injustice and oppression and believes that fighting a particular "
        "group is justified",
        "ar": "ينشغل بروايات الظلم والقمع ويرى أن محاربة جماعة معيّنة أمر مشروع",
    },
    (
        "Gruppen kan være forestillet og udpeges fx som 'jøderne', 'muslimerne', 'danskerne', 'indvandrerne', "
        "'eliten' eller 'de vantro'."
    ): {
        "en": "The group may be imagined and named, for example, as 'the Jews', 'the Muslims', 'the Danes', "
        "'the immigrants', 'the elite' or 'the unbelievers'.",
        "ar": "قد تكون الجماعة متخيَّلة ويُشار إليها مثلًا بـ«اليهود» أو «المسلمين» أو «الدنماركيين» أو "
        "«المهاجرين» أو «النخبة» أو «الكفار».",
    },
    "Dyrker helte, historiske personer eller begivenheder, der forbindes med retfærdiggjort kamp, vold eller selvmord": {
        "en": "Idolises heroes, historical figures or events associated with justified struggle, violence or suicide",
        "ar": "يمجّد أبطالًا أو شخصيات أو أحداثًا تاريخية ترتبط بنضال أو عنف أو انتحار يُعدّ مبرَّرًا",
    },
    "Er meget optaget af én bestemt sag eller person": {
        "en": "Is very preoccupied with one particular cause or person",
        "ar": "ينشغل كثيرًا بقضية واحدة أو شخص واحد بعينه",
    },
    "Viser tilknytning til ekstreme budskaber gennem tøj, udseende, tatoveringer eller totalitære symboler": {
        "en": "Shows attachment to extreme messages through clothing, appearance, tattoos or totalitarian symbols",
        "ar": "يُظهر ارتباطه برسائل متطرفة من خلال الملابس أو المظهر أو الوشوم أو الرموز الشمولية",
    },
    "Viser foragt for andres holdninger, afviser demokratiske principper eller prædiker og moraliserer over for andre": {
        "en": "Shows contempt for other people's views, rejects democratic principles, or preaches and moralises "
        "at others",
        "ar": "يُظهر ازدراءً لآراء الآخرين، أو يرفض المبادئ الديمقراطية، أو يعظ الآخرين ويُلقي عليهم الدروس",
    },
    "Færdes i miljøer, hvor der er let adgang til våben": {
        "en": "Spends time in settings with easy access to weapons",
        "ar": "يتردد على أوساط يسهل فيها الحصول على السلاح",
    },
    "Omgås personer eller grupper, der er kendt for ekstreme holdninger, som retfærdiggør vold": {
        "en": "Associates with people or groups known for extreme views that justify violence",
        "ar": "يخالط أشخاصًا أو جماعات معروفة بآراء متطرفة تبرّر العنف",
    },
    "Trækker sig fra familie, gamle venner og fællesskaber": {
        "en": "Withdraws from family, old friends and communities",
        "ar": "ينعزل عن الأسرة والأصدقاء القدامى والمجموعات التي كان ينتمي إليها",
    },
    "Dropper uddannelse eller job og slipper anden tilknytning til samfundet omkring sig": {
        "en": "Drops out of education or work and lets go of other ties to the society around them",
        "ar": "يترك الدراسة أو العمل ويتخلى عن روابطه الأخرى بالمجتمع من حوله",
    },
    "Familien fungerer ikke og kan ikke give støtte": {
        "en": "The family is not functioning and cannot give support",
        "ar": "الأسرة لا تؤدي دورها ولا تستطيع تقديم الدعم",
    },
}

# The home page's ways in (helper A's entry points) and the buttons/headings around them.
HOME_MORE = {
    "Sådan gør du, hvis du er bekymret": {
        "en": "What to do if you are worried",
        "ar": "ماذا تفعل إذا كنت قلقًا",
    },
    "Ring og få råd": {"en": "Call for advice", "ar": "اتصل واحصل على المشورة"},
    "Find viden og værktøjer": {"en": "Find knowledge and tools", "ar": "اعثر على المعرفة والأدوات"},
    "Vejledning til kommunens handlingsplan": {
        "en": "Guide to the municipal action plan",
        "ar": "دليل خطة عمل البلدية",
    },
    "Fra behov til en plan, der bruges – med erfaringer fra ti kommuner.": {
        "en": "From need to a plan that is used, with lessons from ten municipalities.",
        "ar": "من الحاجة إلى خطة تُستخدم فعلًا، مع تجارب عشر بلديات.",
    },
    "Bekymringstegn": {"en": "Signs of concern", "ar": "علامات القلق"},
    "Hvilke tegn skal du være opmærksom på – og hvorfor er de ikke en tjekliste?": {
        "en": "Which signs should you look out for, and why are they not a checklist?",
        "ar": "ما العلامات التي يجب أن تنتبه لها، ولماذا ليست قائمة تحقق؟",
    },
    "Kommunernes handlingsplaner": {
        "en": "The municipalities' action plans",
        "ar": "خطط عمل البلديات",
    },
    "Se, hvordan kommunerne forebygger, opsporer og håndterer ekstremisme.": {
        "en": "See how the municipalities prevent, detect and deal with extremism.",
        "ar": "اطّلع على كيفية وقاية البلديات من التطرف واكتشافه والتعامل معه.",
    },
    "Viden og kortlægninger": {"en": "Knowledge and mappings", "ar": "المعرفة والدراسات المسحية"},
    "De vigtigste tal og pointer fra kortlægningerne af kommunerne og infohusene.": {
        "en": "The key figures and findings from the mappings of the municipalities and the infohus units.",
        "ar": "أهم الأرقام والنتائج من الدراسات المسحية للبلديات ومراكز المعلومات.",
    },
}

# The guide's chapter overview (/vejledning/) and the titles and summaries of its chapters.
GUIDE = {
    "Vejledning: kommunens handlingsplan mod ekstremisme": {
        "en": "Guide: the municipal action plan against extremism",
    },
    (
        "Trin for trin fra den første erkendelse af behovet til en plan, der bliver brugt i hverdagen – "
        "med erfaringer fra ti kommuner, der har prøvet det."
    ): {
        "en": "Step by step from first recognising the need to a plan that is used day to day, with lessons "
        "from ten municipalities that have done it.",
    },
    (
        "Vejledningen følger de seks faser, en kommune typisk går igennem, når den udvikler eller "
        "forbedrer sin handlingsplan til forebyggelse af ekstremisme. Hvert kapitel rummer konkrete råd, "
        "spørgsmål I kan drøfte, og eksempler fra kommuner, der har gjort arbejdet før jer."
    ): {
        "en": "The guide follows the six phases a municipality usually goes through when it develops or "
        "improves its action plan for preventing extremism. Each chapter has practical advice, questions "
        "to discuss and examples from municipalities that have done the work before you.",
    },
    "Få hjælp til processen": {"en": "Get help with the process"},
    (
        "Nationalt Center for Forebyggelse af Ekstremisme giver gerne sparring undervejs – både når I "
        "skal i gang, og når I vil have et blik udefra på et udkast."
    ): {
        "en": "The National Centre for the Prevention of Extremism is happy to advise you along the way, both "
        "when you start and when you want an outside view of a draft.",
    },
    "Kontakt centret": {"en": "Contact the centre"},
    "Behov": {"en": "Need"},
    "Hvorfor kommunen har brug for en handlingsplan, og hvad planen skal kunne.": {
        "en": "Why the municipality needs an action plan, and what the plan must do.",
    },
    "Etabler en tværfaglig arbejdsgruppe": {"en": "Set up a cross-disciplinary working group"},
    "Forebyggelse af ekstremisme går på tværs af forvaltninger – det skal holdet bag planen også.": {
        "en": "Preventing extremism cuts across departments, and so must the team behind the plan.",
    },
    "Fastlæg kommunens fundament": {"en": "Lay the municipality's foundation"},
    "Tag udgangspunkt i kommunens egne behov: afdæk, hvor I står, før I skriver.": {
        "en": "Start from the municipality's own needs: find out where you stand before you write.",
    },
    "Find kommunens udviklingsområder": {"en": "Find the municipality's areas for development"},
    (
        "Brug det nationale koncept som tjekliste: Hvilke elementer har I styr på, og hvor skal I arbejde "
        "videre?"
    ): {
        "en": "Use the national concept as a checklist: which elements do you have in place, and where do "
        "you need to do more?",
    },
    "Udarbejd handlingsplanen": {"en": "Write the action plan"},
    "Med forarbejdet på plads kan planen skrives – skabelonen og tekstblokkene hjælper jer.": {
        "en": "With the groundwork done, the plan can be written; the template and the text blocks help you.",
    },
    "Implementér handlingsplanen": {"en": "Put the action plan into practice"},
    "En plan virker kun, hvis den bliver brugt. Tænk implementering ind fra første dag.": {
        "en": "A plan only works if it is used. Think about putting it into practice from day one.",
    },
}

SIGNS_PAGE = {
    "Bekymringstegn": {"en": "Signs of concern", "ar": "علامات القلق"},
    "Tegn, der kan give grund til at se nærmere på en situation – og hvad du gør, hvis du er bekymret.": {
        "en": "Signs that may be a reason to look more closely at a situation, and what to do if you are worried.",
        "ar": "علامات قد تستدعي النظر عن قرب في موقف ما، وماذا تفعل إذا كنت قلقًا.",
    },
    (
        "Ingen vej ind i ekstremisme ligner en anden. Det er altid et samspil mellem forhold i samfundet, i "
        "gruppen og hos den enkelte. Tegnene nedenfor bygger på Nationalt Center for Forebyggelse af "
        "Ekstremismes arbejde og er delt op efter, om de handler om personens adfærd eller om personens "
        "sociale forhold og netværk."
    ): {
        "en": "No two paths into extremism are alike. It is always an interplay of factors in society, in the "
        "group and in the individual. The signs below build on the work of the National Centre for the "
        "Prevention of Extremism and are grouped by whether they concern the person's behaviour or their "
        "social circumstances and network.",
        "ar": "لا يتشابه طريقان إلى التطرف. فهو دائمًا تفاعل بين عوامل في المجتمع وفي الجماعة ولدى الفرد. "
        "تستند العلامات أدناه إلى عمل المركز الوطني للوقاية من التطرف، وهي مقسّمة بحسب ما إذا كانت تتعلق "
        "بسلوك الشخص أو بظروفه الاجتماعية وشبكة علاقاته.",
    },
    (
        "Listen er et hjælperedskab, ikke en facitliste. Et enkelt tegn betyder sjældent, at en person er på "
        "vej ind i ekstremisme. Men når flere tegn eller ændringer i adfærd viser sig på samme tid, er der grund "
        "til at reagere, så bekymringen kan blive undersøgt af nogen, der ved mere."
    ): {
        "en": "The list is an aid, not an answer key. A single sign rarely means that someone is moving towards "
        "extremism. But when several signs or changes in behaviour appear at the same time, there is reason to "
        "act, so that someone who knows more can look into the concern.",
        "ar": "هذه القائمة أداة مساعدة وليست إجابة نهائية. فعلامة واحدة نادرًا ما تعني أن الشخص يتجه نحو "
        "التطرف. لكن عندما تظهر عدة علامات أو تغيّرات في السلوك في الوقت نفسه، فهناك سبب للتصرف حتى يتمكن "
        "شخص أكثر دراية من دراسة القلق.",
    },
    (
        "De <b>alvorlige tegn</b> kan i sig selv være grund til at handle med det samme. Er der fare for liv, "
        "så ring 112."
    ): {
        "en": "The <b>serious signs</b> can in themselves be a reason to act at once. If a life is in danger, "
        "call 112.",
        "ar": "قد تكون <b>العلامات الخطيرة</b> وحدها سببًا للتصرف فورًا. إذا كانت هناك حياة في خطر، فاتصل "
        "بالرقم 112.",
    },
    "Hvis du er bekymret": {"en": "If you are worried", "ar": "إذا كنت قلقًا"},
    "Skriv ned, hvad du har set og hørt": {"en": "Write down what you have seen and heard", "ar": "دوّن ما رأيته وسمعته"},
    "Hold dig til det konkrete: hvad, hvornår og hvor.": {
        "en": "Stick to the facts: what, when and where.",
        "ar": "التزم بالوقائع: ماذا، ومتى، وأين.",
    },
    "Tal med infohuset i din kommune": {
        "en": "Talk to the infohus in your municipality",
        "ar": "تحدّث مع مركز المعلومات في بلديتك",
    },
    "Infohuset vurderer bekymringen sammen med politiet. Du behøver ikke være sikker.": {
        "en": "The infohus assesses the concern together with the police. You do not need to be sure.",
        "ar": "يقيّم مركز المعلومات القلق بالتعاون مع الشرطة. لا داعي لأن تكون متأكدًا.",
    },
    "Ring til den nationale rådgivning": {"en": "Call the national advice line", "ar": "اتصل بخط الاستشارة الوطني"},
    "Uden for kommunens åbningstid, eller hvis du vil drøfte det anonymt.": {
        "en": "Outside the municipality's opening hours, or if you want to discuss it anonymously.",
        "ar": "خارج ساعات عمل البلدية، أو إذا كنت تريد مناقشة الأمر دون الكشف عن هويتك.",
    },
    "Ring 114 eller 112": {"en": "Call 114 or 112", "ar": "اتصل بالرقم 114 أو 112"},
    "114 til politiet ved mistanke om ulovlige handlinger. 112, hvis nogens sikkerhed er i fare.": {
        "en": "114 for the police if you suspect illegal acts. 112 if someone's safety is in danger.",
        "ar": "114 للشرطة عند الاشتباه في أفعال غير قانونية، و112 إذا كانت سلامة أحد في خطر.",
    },
}


def _localized_path(text: str, code: str) -> str | None:
    prefix = f"/{settings.LANGUAGE_CODE}/"
    if text.startswith(prefix) and " " not in text:
        return f"/{code}/" + text[len(prefix):]
    return None


def _home(default: Locale):
    from home.models import HomePage

    return HomePage.objects.filter(locale=default, depth=2).first()


def load(stdout=None):
    ensure_locale_sync()
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    en = Locale.objects.get(language_code="en")
    ar = Locale.objects.get(language_code="ar")

    home = _home(default)
    if home is not None:
        for locale in (en, ar):
            translate(home, locale, {**HOME, **HOME_MORE}, keep={home.slug})

    from contacts.models import ContactPoint

    for point in ContactPoint.objects.filter(locale=default, live=True):
        for locale in (en, ar):
            translate(point, locale, CONTACTS)

    # The concern path (helper E's ConcernPage at /da/bekymret/) and the signs of concern.
    concern = _model("concern", "ConcernPage")
    if concern is not None:
        for page in concern.objects.filter(locale=default, live=True, alias_of__isnull=True):
            for locale in (en, ar):
                translate(page, locale, CONCERN, keep={page.slug, "A", "B", "C", "D"})

    # The guide's chapter overview in English: the index page, and the titles and summaries of its
    # chapters (their text stays Danish, and the chapter pages say so).
    guide_index = _model("guidance", "GuideIndexPage")
    if guide_index is not None:
        for index_page in guide_index.objects.filter(locale=default, live=True, alias_of__isnull=True):
            translate(index_page, en, GUIDE, keep={index_page.slug})
            for chapter in index_page.get_children().live().specific():
                if chapter._meta.model_name == "guidechapterpage":
                    translate(chapter, en, GUIDE, keep={chapter.slug, chapter.number})

    signs_page = _model("guidance", "SignsOfConcernPage")
    if signs_page is not None:
        for page in signs_page.objects.filter(locale=default, live=True, alias_of__isnull=True):
            for locale in (en, ar):
                translate(page, locale, SIGNS_PAGE, keep={page.slug, "1", "2", "3", "4"})

    sign_model = _model("guidance", "SignOfConcern")
    if sign_model is not None:
        for sign in sign_model.objects.filter(locale=default, live=True):
            for locale in (en, ar):
                translate(sign, locale, SIGNS)


def _model(app_label, name):
    from django.apps import apps

    try:
        return apps.get_model(app_label, name)
    except LookupError:
        return None
