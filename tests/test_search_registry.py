"""The search indexes what the apps register (search/registry.py); the search app names no domain
app and its modules import each other without cycles."""

import ast
import re
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail.models import Locale

from guidance.models import SignOfConcern
from home.models import ContentPage
from search import labels, registry, service
from search.access import Viewer
from search.models import SearchDocument
from search.query import SearchRequest
from tests.search_helpers import make_page

SEARCH_APP = Path(registry.__file__).resolve().parent
# The project's domain apps and the demo content: the search app must not know them (it may use
# `core`, below it; pyproject.toml's import contracts say the same for imports).
DOMAIN_APPS = {"home", "contacts", "guidance", "plans", "concern", "overview", "places", "demo"}
MODEL_LABEL_RE = re.compile(r"^(%s)\.\w+$" % "|".join(sorted(DOMAIN_APPS)))
# Imports inside functions: only where the import has to wait (AppConfig.ready) or loads the
# elasticsearch client only when Elasticsearch is configured. Management commands are free.
ALLOWED_LOCAL_IMPORTS = {
    ("apps.py", "search.signals"),
    ("service.py", "search.backends.elastic"),
    ("signals.py", "search.backends.elastic"),
}


# --- the search app's modules ------------------------------------------------------------------

def _modules():
    """(path relative to search/, dotted module name, syntax tree) of every module of the search app."""
    for path in sorted(SEARCH_APP.rglob("*.py")):
        rel = path.relative_to(SEARCH_APP)
        parts = ("search", *rel.with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield rel.as_posix(), name, ast.parse(path.read_text(encoding="utf-8"))


def _imported(node, module_name=""):
    """The modules an import statement names (`from a import b` names a and a.b)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level:  # relative: inside the search app
            package = module_name.rsplit(".", node.level)[0]
            base = f"{package}.{node.module}" if node.module else package
        else:
            base = node.module
        return [base] + [f"{base}.{alias.name}" for alias in node.names]
    return []


def test_search_app_imports_no_domain_app():
    found = []
    for rel, name, tree in _modules():
        for node in ast.walk(tree):
            for module in _imported(node, name):
                if module.split(".")[0] in DOMAIN_APPS:
                    found.append(f"{rel}:{node.lineno} imports {module}")
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if MODEL_LABEL_RE.match(node.value) or node.value in DOMAIN_APPS:
                    found.append(f"{rel}:{node.lineno} names {node.value!r}")
    assert not found, "\n".join(found)


def test_search_modules_import_each_other_without_cycles():
    modules = {name: tree for _rel, name, tree in _modules()}

    def known(module):  # search.backends.postgres.highlight -> search.backends.postgres
        while module and module not in modules:
            module = module.rpartition(".")[0]
        return module

    graph = {name: set() for name in modules}
    for name, tree in modules.items():
        for node in ast.walk(tree):
            for module in _imported(node, name):
                target = known(module) if module.split(".")[0] == "search" else ""
                if target and target != name:
                    graph[name].add(target)
    cycles, state = [], {}

    def visit(name, path):  # depth first; an import back into the current path is a cycle
        state[name] = "open"
        for target in sorted(graph[name]):
            if state.get(target) == "open":
                cycles.append(" -> ".join(path[path.index(target):] + [target]))
            elif target not in state:
                visit(target, path + [target])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not cycles, "\n".join(cycles)


def test_imports_inside_functions_only_where_needed():
    found = []
    for rel, name, tree in _modules():
        if rel.startswith(("management/", "migrations/")):
            continue
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                modules = _imported(node, name)
                if modules and not any((rel, module) in ALLOWED_LOCAL_IMPORTS for module in modules):
                    found.append(f"{rel}:{node.lineno} imports {modules[-1]} inside {function.name}()")
    assert not found, "\n".join(found)


# --- the registry ------------------------------------------------------------------------------

def test_the_apps_register_their_result_types():
    """The result types and weights the ranking was tuned with (docs/search.md)."""
    assert {key: (entry.boost, entry.autocomplete) for key, entry in registry.result_types().items()} == {
        "homepage": (0.5, True), "contentpage": (0.8, True),
        "guidechapterpage": (1.2, True), "guideindexpage": (1.1, True), "knowledgeindexpage": (1.0, True),
        "knowledgepage": (1.1, True), "signsofconcernpage": (1.3, True), "concernpage": (3.0, True),
        "planpage": (1.0, True), "planindexpage": (1.0, True), "planoverviewpage": (1.0, True),
        "intervention": (0.8, False),
        "textblock": (0.7, True), "signofconcern": (0.8, False),
    }
    assert {spec.doc_type for spec in registry.snippet_types()} == {"signofconcern", "textblock"}


def test_every_registered_label_is_translated():
    for key, entry in labels.TYPES.items():
        for language in ("en", "ar"):
            assert entry.label_in(language) != entry.label_in("da"), (key, language)
    for level in ("opbyggende", "foregribende", "indgribende"):
        danish = labels.level_label(level, "da")
        assert labels.level_label(level, "en") != danish and labels.level_label(level, "ar") != danish, level
    assert (labels.type_label("signofconcern", "en"), labels.type_label("signsofconcernpage", "en")) == (
        "Sign of concern", "Signs of concern")


def _parts(page):
    return [
        {"id": 1, "title": "Første registrerede del", "body": "delenes særlige tekst", "anchor": "del-1",
         "level": "foregribende"},
        {"id": 2, "title": "Anden registrerede del", "keywords": "nøgleord"},
    ]


@pytest.mark.django_db
def test_a_registered_page_type_is_indexed_with_its_label_weight_and_parts(demo):
    with registry.override(empty=True):
        registry.register_page(ContentPage, label=pgettext_lazy("search result type", "Handlingsplan"), boost=2.5)
        registry.register_subdocuments(ContentPage, _parts, kind="testpart", label=gettext_lazy("Forside"),
                                       boost=0.3, autocomplete=False)
        registry.register_facet_values("intervention_level", [("foregribende", gettext_lazy("Foregribende"))])
        page = make_page("Registreret side", "Tekst om registreringen", slug="registreret-side")

        docs = {doc.key: doc for doc in SearchDocument.objects.filter(page=page)}
        assert set(docs) == {f"page:{page.pk}", f"testpart:{page.pk}:1", f"testpart:{page.pk}:2"}
        assert (docs[f"page:{page.pk}"].doc_type, docs[f"page:{page.pk}"].boost) == ("contentpage", 2.5)
        first, second = docs[f"testpart:{page.pk}:1"], docs[f"testpart:{page.pk}:2"]
        assert (first.doc_type, first.title, first.url, first.boost, first.intervention_level) == (
            "testpart", "Første registrerede del", "/da/registreret-side/#del-1", 0.3, "foregribende")
        assert second.url == "/da/registreret-side/" and second.keywords == "nøgleord"

        response = service.search(SearchRequest(q="registrerede særlige"), Viewer.anonymous())
        assert "/da/registreret-side/#del-1" in [result.url for result in response.results]
        assert {f["value"]: f["label"] for f in response.facets["type"]}["testpart"] == "Forside"
        assert response.facets["intervention_level"] == [{"value": "foregribende", "label": "Foregribende", "count": 1}]
        assert labels.type_label("contentpage", "en") == "Action plan"
        assert labels.type_label("testpart", "ar") == "الصفحة الرئيسية"
        assert labels.level_label("foregribende", "en") == "Pre-emptive"
        suggestions = [s["label"] for s in service.autocomplete("registre", "da", Viewer.anonymous())]
        assert "Registreret side" in suggestions and not [s for s in suggestions if "del" in s]
    # Outside the block, the site's own registrations are back.
    assert labels.type_boost("contentpage") == 0.8 and registry.result_type("testpart") is None


@pytest.mark.django_db
def test_an_unregistered_page_type_is_searched_with_fallbacks(demo):
    with registry.override(empty=True):
        page = make_page("Uregistreret side", "Tekst om fravær af registrering", slug="uregistreret-side")
        doc = SearchDocument.objects.get(key=f"page:{page.pk}")
        assert (doc.doc_type, doc.boost) == ("contentpage", 1.0)
        assert SearchDocument.objects.filter(page=page).count() == 1
        assert labels.type_label("contentpage", "en") == "Contentpage"
        assert labels.type_label("contentpage", "da", model=ContentPage) == "Indholdsside"
        assert labels.level_label("foregribende", "ar") == "Foregribende"


@pytest.mark.django_db
def test_a_snippet_is_indexed_only_as_its_app_registers_it(demo):
    danish = Locale.objects.get(language_code="da")
    with registry.override(empty=True):
        sign = SignOfConcern.objects.create(text="Et særligt testtegn", locale=danish, live=True)
        assert not SearchDocument.objects.filter(object_id=str(sign.pk), content_type__model="signofconcern").exists()

        registry.register_snippet(SignOfConcern, doc_type="testsign", label=gettext_lazy("Forside"), boost=0.4,
                                  title=lambda s: s.text.upper(), url=lambda s: f"/da/testtegn/#tegn-{s.pk}")
        sign.save()
        doc = SearchDocument.objects.get(key=f"testsign:{sign.pk}")
        assert (doc.title, doc.url, doc.boost, doc.language) == (
            "ET SÆRLIGT TESTTEGN", f"/da/testtegn/#tegn-{sign.pk}", 0.4, "da")
        sign.delete()
        assert not SearchDocument.objects.filter(key=f"testsign:{sign.pk}").exists()


def test_registering_the_same_thing_twice_is_harmless_and_differently_an_error():
    with registry.override(empty=True):
        registry.register_result_type("x", label="X", boost=1.5)
        registry.register_result_type("x", label="X", boost=1.5)
        with pytest.raises(ImproperlyConfigured):
            registry.register_result_type("x", label="X", boost=2.0)
        registry.register_facet_values("level", [("a", "A")])
        with pytest.raises(ImproperlyConfigured):
            registry.register_facet_values("level", [("a", "B")])
