"""The last step: English and Arabic versions of the content the other steps made, from
translations/<language>.yaml.

It works through wagtail-localize exactly as an editor would: each Danish page or snippet gets a
TranslationSource, a Translation per target language and StringTranslations for its text; the
translated object is then published from those strings. So every translation here is a real
wagtail-localize translation, editable in the admin's translation editor or by PO file.

A language file has one group per kind of object (home, contact_points, concern_page, guide,
signs_page, signs_of_concern); an object is translated into a language when that language's file
has its group. Within a group, translations are keyed by the Danish source text of each segment (a
field, or a paragraph of rich text), as in a PO file. A segment without a translation falls back
to Danish, and the page says so (core/i18n.py), so a change to the Danish demo text is visible
instead of silently mixed.

Idempotent: nothing is saved or published unless a source text or a translation changed.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from demo.loader import files
from demo.loader.project import (
    ConcernPage,
    ContactPoint,
    GuideIndexPage,
    HomePage,
    SignOfConcern,
    SignsOfConcernPage,
    ensure_locale_sync,
)

TOOL_NAME = "demo content"


def translate(instance, locale: Locale, table: dict[str, str], keep: set[str] = frozenset()):
    """Translate one Danish page or snippet into `locale` from `table` ({danish: translation}).
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
        target = text if text in keep else table.get(text) or _localized_path(text, code)
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


def _localized_path(text: str, code: str) -> str | None:
    prefix = f"/{settings.LANGUAGE_CODE}/"
    if text.startswith(prefix) and " " not in text:
        return f"/{code}/" + text[len(prefix):]
    return None


def languages() -> list[tuple[Locale, dict[str, dict[str, str]]]]:
    """(locale, {group: {danish: translation}}) for each language with a translation file, in the
    order of settings.LANGUAGES."""
    found = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE or not files.exists(f"translations/{code}.yaml"):
            continue
        groups = files.read(f"translations/{code}.yaml") or {}
        tables = {group: {pair["da"]: pair[code] for pair in pairs} for group, pairs in groups.items()}
        found.append((Locale.objects.get(language_code=code), tables))
    return found


def load(stdout=None):
    ensure_locale_sync()
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    targets = languages()

    def into(group):
        return [(locale, tables[group]) for locale, tables in targets if group in tables]

    home = HomePage.objects.filter(locale=default, depth=2).first()
    if home is not None:
        for locale, table in into("home"):
            translate(home, locale, table, keep={home.slug})

    for point in ContactPoint.objects.filter(locale=default, live=True):
        for locale, table in into("contact_points"):
            translate(point, locale, table)

    for page in ConcernPage.objects.filter(locale=default, live=True, alias_of__isnull=True):
        for locale, table in into("concern_page"):
            translate(page, locale, table, keep={page.slug, "A", "B", "C", "D"})

    # The guide's chapter overview: the index page, and the titles and summaries of its chapters
    # (their text stays Danish, and the chapter pages say so).
    for index_page in GuideIndexPage.objects.filter(locale=default, live=True, alias_of__isnull=True):
        for locale, table in into("guide"):
            translate(index_page, locale, table, keep={index_page.slug})
            for chapter in index_page.get_children().live().specific():
                if chapter._meta.model_name == "guidechapterpage":
                    translate(chapter, locale, table, keep={chapter.slug, chapter.number})

    for page in SignsOfConcernPage.objects.filter(locale=default, live=True, alias_of__isnull=True):
        for locale, table in into("signs_page"):
            translate(page, locale, table, keep={page.slug, "1", "2", "3", "4"})

    for sign in SignOfConcern.objects.filter(locale=default, live=True):
        for locale, table in into("signs_of_concern"):
            translate(sign, locale, table)
