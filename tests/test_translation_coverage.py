"""Every page and snippet the translation rules name (demo/content/translations/rules.yaml) is
translated into each of the rule's languages, segment by segment; the glossary's wrong renderings
appear nowhere; the pages that cannot come from the database (503) follow the reader's language."""

import re
from pathlib import Path

import polib
import pytest
import yaml
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.test import RequestFactory
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

ROOT = Path(settings.BASE_DIR)
RULES = yaml.safe_load((ROOT / "demo/content/translations/rules.yaml").read_text())


def required_cases():
    for rule in RULES:
        if rule.get("required", True):
            for label in rule["models"]:
                for code in rule["languages"]:
                    yield pytest.param(label, code, id=f"{label}-{code}")


def danish_objects(model):
    objects = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if issubclass(model, Page):
        return objects.filter(live=True, alias_of__isnull=True)
    return objects.filter(live=True) if hasattr(model, "live") else objects


def untranslated_segments(instance, locale) -> list[str]:
    source = TranslationSource.objects.filter(object_id=instance.translation_key, locale=instance.locale).first()
    if source is None:
        return ["(never submitted for translation)"]
    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if not StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context, has_error=False
        ).exists():
            missing.append(segment.string.data[:80])
    return missing


@pytest.mark.django_db
@pytest.mark.parametrize(("label", "code"), list(required_cases()))
def test_every_required_object_is_translated_segment_by_segment(demo, label, code):
    model = apps.get_model(label)
    locale = Locale.objects.get(language_code=code)
    objects = list(danish_objects(model))
    assert objects, f"no live Danish {label}"
    problems = {}
    for instance in objects:
        translated = instance.get_translation_or_none(locale)
        name = getattr(instance, "url_path", None) or str(instance)
        if translated is None or not getattr(translated, "live", True):
            problems[name] = "no live translation"
        elif getattr(translated, "alias_of_id", None):
            problems[name] = "only an alias of the Danish page"
        else:
            missing = untranslated_segments(instance, locale)
            if missing:
                problems[name] = missing
    assert not problems, problems


def test_the_rules_cover_the_reader_pages():
    reader = next(rule for rule in RULES if rule["name"] == "reader")
    assert set(reader["languages"]) == {"en", "ar"} and reader.get("required", True)
    assert {"home.HomePage", "home.ContentPage", "concern.ConcernPage", "guidance.SignsOfConcernPage",
            "guidance.SignOfConcern", "contacts.ContactPoint"} <= set(reader["models"])


@pytest.mark.django_db
def test_a_changed_danish_text_counts_as_untranslated(demo):
    """The check reads the segments, not just whether a translation exists: a Danish text changed
    after the translation leaves its new segment untranslated."""
    from contacts.models import ContactPoint

    from demo.loader.translations import translate  # noqa: I001 - the loader's own call, as an editor's "sync"

    point = ContactPoint.objects.get(kind="police", locale__language_code="da")
    english = Locale.objects.get(language_code="en")
    assert untranslated_segments(point, english) == []
    point.description = "En helt ny dansk tekst om politiet."
    point.save_revision().publish()
    translate(point, english, {})
    assert untranslated_segments(point, english) == ["En helt ny dansk tekst om politiet."]


# --- the glossary ----------------------------------------------------------------------------------


def glossary_rows():
    text = (ROOT / "docs/translation.md").read_text()
    table = text.split("## Glossary", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in table.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in row] for row in rows[1:]]  # without the header


def test_glossary_has_the_three_languages_and_the_agreed_terms():
    rows = {row[0]: row for row in glossary_rows()}
    assert rows["bekymringstegn"][2] == "علامات تدعو إلى القلق"
    assert rows["foregribende"][1] == "pre-emptive"
    assert rows["infohus, Infohus Kommune"][2] == "مركز المعلومات (Infohus)"


def reader_texts():
    """Every English and Arabic text a reader can get: the demo translations and the catalogs."""
    texts = []
    for code in ("en", "ar"):
        groups = yaml.safe_load((ROOT / f"demo/content/translations/{code}.yaml").read_text())
        texts += [(code, pair[code]) for pairs in groups.values() for pair in pairs]
        catalog = polib.pofile(str(ROOT / f"locale/{code}/LC_MESSAGES/django.po"))
        texts += [(code, entry.msgstr or " ".join(entry.msgstr_plural.values())) for entry in catalog]
    return texts


def test_no_text_uses_a_rendering_the_glossary_rules_out():
    wrong = []
    for row in glossary_rows():
        for avoided in filter(None, [row[3]]):
            phrase = re.sub(r"\s*\(.*\)$", "", avoided)
            wrong += [(code, text) for code, text in reader_texts() if phrase in text]
    assert not wrong, wrong


# --- pages rendered without the database ---------------------------------------------------------------


@pytest.mark.parametrize(("path", "language", "expected"), [
    ("/en/bekymret/", "en", "The site is temporarily unavailable"),
    ("/ar/bahth/", "ar", "الموقع غير متاح مؤقتًا"),
    ("/da/", "da", "Siden er midlertidigt utilgængelig"),
])
def test_the_503_page_follows_the_address_language(path, language, expected):
    from ops.views import database_unavailable_response

    response = database_unavailable_response(RequestFactory().get(path))
    page = BeautifulSoup(response.content, "lxml")
    assert response.status_code == 503
    assert page.html["lang"] == language and page.h1.get_text() == expected
    assert "tel:112" in response.content.decode() and "tel:+4541749090" in response.content.decode()


@pytest.mark.django_db
def test_the_arabic_guide_says_it_is_in_danish_and_english(client, demo):
    page = BeautifulSoup(client.get("/ar/vejledning/kommunens-fundament/").content, "lxml")
    note = page.select_one(".guide-languages")
    assert note is not None and note["lang"] == "ar" and note["dir"] == "rtl"
    assert "الدنماركية والإنجليزية" in note.get_text()
    assert note.a["href"] == "/en/vejledning/kommunens-fundament/"
    english = BeautifulSoup(client.get("/en/vejledning/kommunens-fundament/").content, "lxml")
    assert english.select_one(".guide-languages") is None
