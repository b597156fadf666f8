"""Layering rules: the domain never imports Textual, one module imports TinyDB, no article facts in code."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from lso_tui.text import fold
from tests.conftest import ROOT, run_cli

PACKAGE = ROOT / "lso_tui"
# Every module outside the UI (found, not listed by hand): none of them may need Textual.
DOMAIN = sorted(
    ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    for p in PACKAGE.rglob("*.py")
    if "ui" not in p.relative_to(PACKAGE).parts and p.name != "__main__.py"
)


def _modules_after(code: str) -> set[str]:
    """sys.modules of a fresh interpreter after running *code*."""
    probe = code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT, timeout=60
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_domain_imports_without_textual() -> None:
    """Importing every domain module pulls in neither Textual nor the register package."""
    mods = _modules_after("\n".join(f"import {m}" for m in DOMAIN))
    assert not {m for m in mods if m == "textual" or m.startswith("textual.")}
    assert "vietnamadminunits" not in mods, "the register must load only when a build runs"


def test_opening_a_store_never_loads_the_register_or_extractor(built_store: Path) -> None:
    """Opening a store (the summary path) reads only the store."""
    mods = _modules_after(
        f"from lso_tui.cli.main import main\nimport contextlib, io\n"
        f"with contextlib.redirect_stdout(io.StringIO()): main(['--db', {str(built_store)!r}, 'summary'])"
    )
    assert "vietnamadminunits" not in mods
    assert "lso_tui.extract" not in mods


def test_the_dashboard_never_loads_the_register_or_extractor(built_store: Path) -> None:
    """Starting the UI on a store pulls in Textual but neither the register nor the extractor."""
    mods = _modules_after(
        "from pathlib import Path\nfrom lso_tui.session import StoreSession\n"
        "from lso_tui.i18n import Catalogue\nfrom lso_tui.ui.app import LsoApp\n"
        f"s = StoreSession(Path({str(built_store)!r}), Catalogue('vi'))\nLsoApp(s, s.read())"
    )
    assert "textual" in mods
    assert "vietnamadminunits" not in mods and "lso_tui.extract" not in mods and "tinydb" in mods


def test_the_ui_never_imports_tinydb() -> None:
    """The UI receives an opened store; TinyDB stays behind lso_tui/store/db.py."""
    ui = [p for p in (PACKAGE / "ui").rglob("*.py") if "tinydb" in _imports(p)]
    assert not ui


def _imports(path: Path) -> set[str]:
    """Top-level module names a source file imports (anywhere in it)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_store_module_imports_tinydb() -> None:
    """TinyDB sits behind lso_tui/store/db.py and its storage stack (store/storage.py, TinyDB's own
    Storage and Middleware classes); the UI and everything else go through them."""
    importers = {p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py") if "tinydb" in _imports(p)}
    assert importers == {"lso_tui/store/db.py", "lso_tui/store/storage.py"}


def test_every_module_class_and_public_function_has_a_docstring() -> None:
    """Frogmouth's rule: a one-line docstring on every module, class and public function."""
    missing = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not ast.get_docstring(tree):
            missing.append(f"{path.name}: module")
        for node in ast.walk(tree):
            named = isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            if named and not node.name.startswith("_") and not ast.get_docstring(node):
                missing.append(f"{path.name}: {node.name}")
    assert not missing, missing


def test_package_source_holds_no_proper_name_of_the_article(shipped: Path) -> None:
    """Names come from the text and the register at build time, never from code."""
    out = json.loads(run_cli("extract", str(shipped), "--json").stdout)
    names = {o["name"] for o in out["officials"]} | {u["name"] for u in out["units"]}
    names |= {out["document"]["author"], out["scope"].split(" ", 2)[-1]}
    assert len(names) >= 7
    source = "\n".join(
        p.read_text(encoding="utf-8")
        for p in PACKAGE.rglob("*")
        if p.is_file() and p.suffix in {".py", ".tcss", ".toml", ".json"}
    )
    folded = fold(source)
    found = sorted(n for n in names if n in source or fold(n) in folded)
    assert not found, f"article facts in code: {found}"


def test_the_first_frame_loads_neither_the_store_nor_the_views(built_store: Path) -> None:
    """What runs before the first frame (the CLI, the session, the app) leaves TinyDB, the read model,
    the views and the serve command to later: the store is read in a thread after the frame."""
    mods = _modules_after(
        "from pathlib import Path\nimport lso_tui.cli.main\nfrom lso_tui.cli import dashboard\n"
        "from lso_tui.session import StoreSession\nfrom lso_tui.i18n import Catalogue\n"
        "from lso_tui.ui.app import LsoApp\n"
        f"LsoApp(StoreSession(Path({str(built_store)!r}), Catalogue('vi')), watch_store=True)"
    )
    early = {"tinydb", "lso_tui.store.db", "lso_tui.views.dataset", "lso_tui.cli.serve", "lso_tui.build.review"}
    assert not early & mods


def test_the_first_screen_from_the_view_loads_neither_the_store_nor_the_domain(built_store: Path) -> None:
    """The first screen drawn from the store's view (the build wrote it) reads the view alone: TinyDB,
    the store's parser and checks, the read model, the Dataset and the roll-up's disagreements stay
    for the loading thread."""
    mods = _modules_after(
        "from pathlib import Path\nfrom lso_tui.session import StoreSession\nfrom lso_tui.i18n import Catalogue\n"
        "from lso_tui.ui.screens.first import FirstScreen\n"
        f"view = StoreSession(Path({str(built_store)!r}), Catalogue('vi')).first_view()\n"
        "assert view is not None and view.rows\nFirstScreen(view)"
    )
    late = {"tinydb", "msgspec", "lso_tui.store.db", "lso_tui.store.file", "lso_tui.store.read_model"}
    late |= {"lso_tui.views.dataset", "lso_tui.model.disagreements", "lso_tui.edits.apply"}
    assert not late & mods, late & mods
