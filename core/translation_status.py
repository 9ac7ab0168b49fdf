"""Which pages and snippets are translated into each language, which are missing, and which are out
of date because the Danish source changed after the translation was made (the centre's translation
status report and its dashboard panel).

Read from wagtail-localize's own records, in a fixed number of queries:
- missing: no translated object in the language, or only the synchronised tree's alias of the
  Danish page (a Danish copy), or a translation that is not live;
- out of date: the Danish object was changed (its latest revision) after its TranslationSource was
  last extracted (`last_updated_at`: the translation has not been synced with the new text), or the
  source has segments with no translation in the language (synced, but new text not translated yet);
- translated: everything else.
Public pages only: a page restricted to a municipality's staff is not listed, not even by its title.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, IntegerField, OuterRef, Sum
from django.db.models.functions import Cast
from django.utils.text import capfirst
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import DraftStateMixin, Locale, Page, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

TRANSLATED, OUTDATED, MISSING = "translated", "outdated", "missing"
LABELS = {TRANSLATED: "Oversat", OUTDATED: "Forældet", MISSING: "Mangler"}


@dataclass
class Row:
    title: str
    kind: str  # "side" or the snippet model's name
    is_page: bool
    edit_url: str | None
    statuses: dict[str, str] = field(default_factory=dict)  # language code -> TRANSLATED / OUTDATED / MISSING

    def label(self, code: str) -> str:
        return LABELS[self.statuses[code]]


def target_locales() -> list[Locale]:
    """Every language but Danish, in the order of settings.LANGUAGES."""
    order = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=order)}
    return [locales[code] for code in order if code in locales]


def language_name(code: str) -> str:
    return {"en": "Engelsk", "ar": "Arabisk"}.get(code, dict(settings.LANGUAGES).get(code, code))


def _progress(locale: Locale) -> dict[int, tuple[int, int]]:
    """TranslationSource id -> (segments, segments translated into `locale`): one query."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale=locale, has_error=False
    )
    rows = (
        StringSegment.objects.annotate(done=Cast(Exists(translated), IntegerField()))
        .values("source_id")
        .annotate(total=Count("pk"), translated=Sum("done"))
    )
    return {row["source_id"]: (row["total"], row["translated"] or 0) for row in rows}


def _incomplete(progress: tuple[int, int] | None) -> bool:
    return progress is not None and progress[1] < progress[0]


def _danish_objects(default: Locale):
    """(object, is_page, changed_at) for every public Danish page below the root (not an alias) and
    every Danish translatable snippet (live ones, for snippets with drafts)."""
    pages = (
        Page.objects.filter(locale=default, depth__gt=1, alias_of__isnull=True).public()
        .select_related("content_type").order_by("path")
    )
    for page in pages:
        yield page, True, page.latest_revision_created_at or page.last_published_at
    for model in get_snippet_models():
        if not issubclass(model, TranslatableMixin):
            continue
        objects = model.objects.filter(locale=default)
        if issubclass(model, DraftStateMixin):
            objects = objects.filter(live=True)
        if issubclass(model, RevisionMixin):
            objects = objects.select_related("latest_revision")
        for obj in objects.order_by("pk"):
            revision = getattr(obj, "latest_revision", None)
            yield obj, False, revision.created_at if revision else None


def _targets(model, keys, locale) -> dict:
    """translation_key -> (live, is_alias) of the objects in `locale`."""
    fields = ["translation_key"]
    has_live = issubclass(model, DraftStateMixin) or model is Page
    if has_live:
        fields.append("live")
    if model is Page:
        fields.append("alias_of_id")
    found = {}
    for values in model.objects.filter(locale=locale, translation_key__in=keys).values(*fields):
        found[values["translation_key"]] = (values.get("live", True), bool(values.get("alias_of_id")))
    return found


def report() -> tuple[list[Row], dict[str, dict[str, Counter]]]:
    """The rows (one per Danish page or snippet) and the counts per language:
    {code: {"pages": Counter(status), "snippets": Counter(status)}}."""
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    locales = target_locales()
    objects = list(_danish_objects(default))
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(locale=default, object_id__in=[o.translation_key for o, *_ in objects])
    }
    progress = {locale.language_code: _progress(locale) for locale in locales}
    by_model: dict[type, list] = {}
    for obj, is_page, _changed in objects:
        by_model.setdefault(Page if is_page else type(obj), []).append(obj.translation_key)
    targets = {
        (model, locale.language_code): _targets(model, keys, locale)
        for model, keys in by_model.items() for locale in locales
    }
    finder = AdminURLFinder()
    rows, counts = [], {locale.language_code: {"pages": Counter(), "snippets": Counter()} for locale in locales}
    for obj, is_page, changed_at in objects:
        model = Page if is_page else type(obj)
        kind = "side" if is_page else capfirst(model._meta.verbose_name)
        row = Row(title=str(obj.title if is_page else obj), kind=kind, is_page=is_page, edit_url=finder.get_edit_url(obj))
        source = sources.get(obj.translation_key)
        for locale in locales:
            code = locale.language_code
            live, alias = targets[(model, code)].get(obj.translation_key, (False, False))
            if not live or alias:
                status = MISSING
            elif source is not None and changed_at is not None and changed_at > source.last_updated_at:
                status = OUTDATED
            elif source is not None and _incomplete(progress[code].get(source.pk)):
                status = OUTDATED
            else:
                status = TRANSLATED
            row.statuses[code] = status
            counts[code]["pages" if is_page else "snippets"][status] += 1
        rows.append(row)
    return rows, counts


def summary() -> list[dict]:
    """Per language: its name and the counts of pages and snippets by status (the dashboard panel)."""
    return summary_from(report()[1])


PARTS = [("pages", "Sider"), ("snippets", "Tekster (snippets)")]


def summary_from(counts) -> list[dict]:
    """[{code, name, parts: [{name, counts: [(status, label, number)]}]}] for the tables."""
    return [
        {
            "code": code,
            "name": language_name(code),
            "parts": [
                {"name": part_name, "counts": [(key, label, parts[part][key]) for key, label in LABELS.items()]}
                for part, part_name in PARTS
            ],
        }
        for code, parts in counts.items()
    ]
