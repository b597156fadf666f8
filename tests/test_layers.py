"""The house rules of the package, read from its source: role folders in a layer order, and no cycles.

Every import counts, at module level, inside functions and under TYPE_CHECKING alike: a lazy import
is still a dependency, and a cycle through one breaks the day someone moves it to the top.
"""

from __future__ import annotations

import ast
import statistics
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "lso_tui"

# Lowest first. A module may import from its own group and from any group listed before it, never
# from one after it; groups on the same line are siblings that must not import each other.
# "base" is the modules at the package root: errors, text, i18n, config, paths, doctor.
# "texts" holds more of the catalogue's entries (i18n gathers them).
LAYERS: list[set[str]] = [
    {"texts"},  # the catalogue's entries: data, importing nothing
    {"base"},
    {"model"},
    {"extract", "edits"},
    {"store"},
    {"build", "views", "report"},
    {"session"},
    {"ui"},
    {"cli"},
    {"__main__"},
]
# Below in the order, and still out of bounds: the dashboard sees a store only through its session.
FORBIDDEN = {("ui", "store"), ("ui", "build"), ("ui", "extract")}


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (packages by their own name)."""
    out = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(ROOT).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        out[name] = path
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules that *name* imports anywhere in its source (relative imports resolved)."""
    found: set[str] = set()
    is_pkg = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = name.split(".") if is_pkg else name.split(".")[:-1]
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            targets = [base, *(f"{base}.{a.name}" for a in node.names)]
        for t in targets:
            while t and t not in modules:
                t = t.rpartition(".")[0]
            if t and t != name and t.startswith("lso_tui"):
                found.add(t)
    return found


def _graph() -> dict[str, set[str]]:
    """Module → the package's modules it imports."""
    modules = _modules()
    return {m: _imports(m, p, modules) for m, p in modules.items()}


def _group(module: str) -> str:
    """The role folder a module belongs to (lso_tui.store.db → store); root modules are "base"."""
    parts = module.split(".")
    if len(parts) == 1:
        return "__init__"
    if (PACKAGE / parts[1]).is_dir() or parts[1] in ("session", "__main__"):
        return parts[1]
    return "base"


def _rank(group: str) -> int:
    """The layer a group sits in."""
    for i, layer in enumerate(LAYERS):
        if group in layer:
            return i
    raise AssertionError(f"{group}: a folder or root module with no layer; add it to LAYERS")


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (a package importing its own
    submodules from __init__ is not a cycle of design)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            nested = all(a.startswith(b + ".") or b.startswith(a + ".") for a in comp for b in comp if a != b)
            if len(comp) > 1 and not nested:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles() -> None:
    """No two modules depend on each other, directly or through others, counting every import."""
    assert _cycles(_graph()) == []


def test_every_import_follows_the_layer_order() -> None:
    """A module imports only its own folder and the layers below it (see LAYERS and the README)."""
    wrong = []
    for module, targets in _graph().items():
        mine = _group(module)
        if mine == "__init__":
            continue
        for target in targets:
            theirs = _group(target)
            if theirs in (mine, "__init__"):
                continue
            if _rank(theirs) < _rank(mine) and (mine, theirs) not in FORBIDDEN:
                continue
            wrong.append(f"{module} → {target}")
    assert not wrong, "imports against the layer order:\n" + "\n".join(sorted(wrong))


def test_the_checks_see_imports_inside_functions() -> None:
    """The graph is not blind to lazy imports (the CLI imports each command's modules when it runs)."""
    assert "lso_tui.build.tables" in _graph()["lso_tui.cli.main"] | _graph().get("lso_tui.cli.build", set())


def test_a_cycle_and_a_wrong_layer_are_caught() -> None:
    """The checkers themselves fail on a planted cycle and a planted upward import."""
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]
    assert _rank("ui") > _rank("store") > _rank("model")
    assert ("ui", "store") in FORBIDDEN


def test_module_sizes() -> None:
    """Small modules: the median at most 120 lines and none past 350; at most 12 at the package root."""
    sizes = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in _modules().items()}
    assert statistics.median(sizes.values()) <= 120
    assert {m: n for m, n in sizes.items() if n > 350} == {}
    root = [p for p in PACKAGE.glob("*.py") if p.name != "__init__.py"]
    assert len(root) <= 12


def test_every_folder_says_what_it_may_import() -> None:
    """Each role folder's __init__ has a docstring naming what lives there and what it may import."""
    for init in PACKAGE.rglob("__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert doc, f"{init.relative_to(ROOT)}: no docstring"
        if init.parent.parent == PACKAGE and init.parent.name not in ("extract",):
            assert "import" in doc, f"{init.relative_to(ROOT)}: does not say what it may import"
