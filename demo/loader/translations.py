"""The step before the search build: English and Arabic versions of the content the other steps made, from
translations/<language>.yaml.

It works through wagtail-localize exactly as an editor would: each Danish page or snippet gets a
TranslationSource, a Translation per target language and StringTranslations for its text; the
translated object is then published from those strings. So every translation here is a real
wagtail-localize translation, editable in the admin's translation editor or by PO file.

What is translated into which language is data: translations/rules.yaml names the models (every
live Danish page or snippet of each) and their languages. The language files (en.yaml, ar.yaml) are
grouped by kind of object for their readers, but read as one table per language, keyed by the Danish
source text of each segment (a field, or a paragraph of rich text), as in a PO file. A segment without a translation falls back
to Danish, and the page says so (core/i18n.py), so a change to the Danish demo text is visible
instead of silently mixed.

Idempotent: nothing is saved or published unless a source text or a translation changed.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from demo.loader import files
from demo.loader.project import ensure_locale_sync

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
        target = text if text in keep else table.get(_normal(text)) or _localized_path(text, code)
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


def rules() -> list[dict]:
    """translations/rules.yaml: which models must be translated into which languages."""
    return files.read("translations/rules.yaml")


def table(code: str) -> dict[str, str]:
    """{danish: translation} for one language: every group of its file in one table (the groups only
    order the file for its readers)."""
    if not files.exists(f"translations/{code}.yaml"):
        return {}
    groups = files.read(f"translations/{code}.yaml") or {}
    return {_normal(pair["da"]): pair[code] for pairs in groups.values() for pair in pairs}


def _normal(text: str) -> str:
    """A Danish source text with its whitespace normalised: a line break in a `|-` block is a space."""
    return " ".join(str(text).split())


def required() -> list[tuple[type, list[str]]]:
    """(model, [language codes]) for every model the rules name, in the rules' order."""
    found = []
    for rule in rules():
        for label in rule["models"]:
            found.append((apps.get_model(label), list(rule["languages"])))
    return found


def danish_objects(model, default: Locale):
    """The live Danish pages or snippets of a model (pages without aliases), in tree or key order."""
    objects = model.objects.filter(locale=default)
    if issubclass(model, Page):
        return objects.filter(live=True, alias_of__isnull=True).order_by("path")
    if hasattr(model, "live"):
        objects = objects.filter(live=True)
    return objects.order_by("pk")


def keep_for(instance) -> set[str]:
    """Segments translated as themselves: a page's slug, a chapter's number, step letters."""
    keep = {"A", "B", "C", "D", "1", "2", "3", "4", "5", "6"}
    for name in ("slug", "number", "key"):
        value = getattr(instance, name, None)
        if isinstance(value, str) and value:
            keep.add(value)
    return keep


def load(stdout=None):
    ensure_locale_sync()
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    tables = {code: table(code) for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE}
    for model, codes in required():
        for instance in danish_objects(model, default):
            for code in codes:
                translate(instance, Locale.objects.get(language_code=code), tables[code], keep=keep_for(instance))
