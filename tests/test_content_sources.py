"""The content is written in our own words: no run of 12 words (case and punctuation ignored) is
shared with any of the source documents (../shared/seeds/, see tests/seeds.py), neither in the text of
any live page as a reader gets it (Danish, English, Arabic) nor in any snippet."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import Page

from contacts.models import ContactPoint, InfohusContact
from guidance.models import ConceptElement, SignOfConcern, TextBlock
from tests.seeds import RUN, seed_files, shared_runs

pytestmark = pytest.mark.django_db


def test_the_source_documents_are_there():
    assert len(seed_files()) == 5


def test_the_check_finds_a_lifted_sentence():
    """The check itself works: a sentence from a source, with other case and punctuation, is found."""
    from tests.seeds import seed_text, words

    lifted = " ".join(words(seed_text())[1000:1000 + RUN + 3]).upper()
    assert shared_runs(f"Indledning. {lifted}!") and not shared_runs("Et helt andet emne end kilderne. " * 5)


def main_text(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    main = BeautifulSoup(response.content, "lxml").find("main")
    return main.get_text(" ") if main else ""


def test_no_page_repeats_a_source(client, demo):
    admin = get_user_model().objects.create_superuser("kildetjek", password="x" * 20)
    client.force_login(admin)  # restricted plans are read too
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.filter(locale__language_code="en").exists() and pages.filter(locale__language_code="ar").exists()
    found = {}
    for page in pages:
        runs = shared_runs(main_text(client, page))
        if runs:
            found[page.url] = runs[:3]
    assert not found, report(found)


def report(found: dict) -> str:
    return "Text shared with a source document:\n" + "\n".join(f"{where}: {runs}" for where, runs in found.items())


SNIPPET_FIELDS = {
    TextBlock: ["title", "body"],
    SignOfConcern: ["text", "explanation"],
    ConceptElement: ["name", "description"],
    ContactPoint: ["name", "description", "outside_hours"],
    InfohusContact: ["name", "unit", "note"],
}


def test_no_snippet_repeats_a_source(demo):
    found = {}
    for model, fields in SNIPPET_FIELDS.items():
        for obj in model.objects.all():
            text = " . ".join(str(getattr(obj, name) or "") for name in fields)
            runs = shared_runs(text)
            if runs:
                found[f"{model.__name__} {obj.pk}"] = runs[:3]
    assert not found, report(found)
