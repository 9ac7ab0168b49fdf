"""The code's layout stays as README.md ("Layout") describes it: no module imports another that
imports it back (also not through imports hidden inside functions), and imports inside functions
stay rare. The apps' layers themselves are import-linter's contracts (pyproject.toml), run by
scripts/test.sh before the tests."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ("config", "demo", "home", "concern", "overview", "plans", "guidance", "contacts", "places", "search",
        "core", "ops")
MAX_IMPORTS_IN_FUNCTIONS = 40


def _modules() -> dict[str, Path]:
    found = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT)
            if "migrations" in relative.parts:
                continue
            name = ".".join(relative.with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def _in_function(node, parents) -> bool:
    parent = parents.get(node)
    while parent is not None:
        if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return True
        parent = parents.get(parent)
    return False


def _graph():
    """({module: modules it imports}, number of imports inside functions)."""
    modules = _modules()
    edges = {name: set() for name in modules}
    inside_functions = 0
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                submodules = [f"{node.module}.{alias.name}" for alias in node.names]
                # `from package import module` imports the module; `from module import name` the module.
                targets = submodules if all(t in modules for t in submodules) else [node.module]
            else:
                continue
            if _in_function(node, parents):
                inside_functions += 1
            edges[name].update(target for target in targets if target in modules and target != name)
    return edges, inside_functions


def _cycles(edges) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in edges[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in edges:
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_one_that_imports_it_back():
    edges, _ = _graph()
    assert _cycles(edges) == []


def test_the_check_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_two_apps_import_each_other():
    edges, _ = _graph()
    pairs = {(a.split(".")[0], b.split(".")[0]) for a, targets in edges.items() for b in targets}
    assert sorted((a, b) for a, b in pairs if a != b and (b, a) in pairs) == []


def test_imports_inside_functions_stay_rare():
    """AppConfig.ready, management commands and optional heavy libraries are fine places for them."""
    _, inside_functions = _graph()
    assert inside_functions <= MAX_IMPORTS_IN_FUNCTIONS
