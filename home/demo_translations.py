"""The last demo loader: English and Arabic versions of the content the other loaders made.

It works through wagtail-localize exactly as an editor would: each Danish page or snippet gets a
TranslationSource, a Translation per target language and StringTranslations for its text; the
translated object is then published from those strings. So every translation here is a real
wagtail-localize translation, editable in the admin's translation editor or by PO file.

Translations are keyed by the Danish source text of each segment (a field, or a paragraph of
rich text). A segment without a translation here falls back to Danish, and the page says so
(home/i18n.py), so a change to the Danish demo text is visible instead of silently mixed.

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

from home.i18n import ensure_locale_sync

TOOL_NAME = "demo content"


def translate(instance, locale: Locale, table: dict[str, dict[str, str]], keep: set[str] = frozenset()):
    """Translate one Danish page or snippet into `locale` from `table` ({danish: {lang: text}}).
    Segments whose source text is in `keep` (e.g. slugs, URLs) are translated as themselves.
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
        target = text if text in keep else table.get(text, {}).get(code)
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
            translate(home, locale, HOME, keep={home.slug})

    from contacts.models import ContactPoint

    for point in ContactPoint.objects.filter(locale=default, live=True):
        for locale in (en, ar):
            translate(point, locale, CONTACTS)
