"""The national guidance's pages: the guide (pages/vejledning/), the signs of concern page
(pages/bekymringstegn.yaml) and the knowledge pages (pages/viden/). Pages are found by slug under
their parent."""

from demo.loader import files
from demo.loader.common import ensure_page
from demo.loader.project import (
    GuideChapterPage,
    GuideIndexPage,
    KnowledgeIndexPage,
    KnowledgePage,
    SignsOfConcernPage,
)
from demo.loader.site import default_locale, home_page


def ensure_guide(home, locale):
    index = ensure_page(home, GuideIndexPage, files.read("pages/vejledning/index.yaml"), locale)

    def add_chapters(parent, specs):
        for spec in specs:
            chapter = ensure_page(parent, GuideChapterPage, spec, locale)
            add_chapters(chapter, spec.get("children", []))

    add_chapters(index, files.numbered("pages/vejledning"))
    return index


def ensure_signs_page(home, locale):
    return ensure_page(home, SignsOfConcernPage, files.read("pages/bekymringstegn.yaml"), locale)


def ensure_knowledge(home, locale):
    index = ensure_page(home, KnowledgeIndexPage, files.read("pages/viden/index.yaml"), locale)
    for spec in files.numbered("pages/viden"):
        ensure_page(index, KnowledgePage, spec, locale)
    return index


def load(stdout=None):
    locale = default_locale()
    home = home_page(locale)
    ensure_guide(home, locale)
    ensure_signs_page(home, locale)
    ensure_knowledge(home, locale)
