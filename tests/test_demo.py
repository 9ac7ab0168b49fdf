"""The demo app: its content files and the project's independence from it."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from search.models import SynonymGroup

ROOT = Path(__file__).resolve().parent.parent
IMPORTS_DEMO = re.compile(r"^\s*(from|import)\s+demo(\.|\s|$)", re.MULTILINE)


def test_no_app_imports_the_demo():
    """The demo depends on every app; nothing in the project depends on it."""
    offenders = []
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in {"demo", "tests", "scripts", ".venv", "node_modules"}:
            continue
        if IMPORTS_DEMO.search(path.read_text(encoding="utf-8")):
            offenders.append(str(relative))
    assert offenders == []


def test_every_content_file_reads():
    from demo.loader import files

    for path in sorted(files.CONTENT.rglob("*.yaml")):
        assert files.read(str(path.relative_to(files.CONTENT))), path


@pytest.mark.django_db
def test_languages_and_synonyms_come_from_migrations_not_the_demo(demo):
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"da", "en", "ar"}
    assert SynonymGroup.objects.filter(language="da", terms__startswith="radikalisering,").exists()


@pytest.mark.django_db
def test_search_setup_adds_only_what_is_missing(demo):
    out = io.StringIO()
    call_command("search_setup", stdout=out)
    assert "made: 0" in out.getvalue()
