"""Every labelled text of the project ingested in one command (issue 14, "done when"): no figure
anywhere says more than 100% or more units done than there are, in the store, the summary or the
report; and the table at the end lists every file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from lso_tui.store.db import table_rows
from tests.conftest import ROOT, run_cli

TEXTS = sorted(p for d in ROOT.glob("tests/corpus*") if d.is_dir() for p in d.glob("*.txt"))


def _impossible(node: Any, path: str = "") -> list[str]:
    """Every place in a JSON value where a share passes 1 or a done count passes its total."""
    found: list[str] = []
    if isinstance(node, dict):
        share, done, total = node.get("share"), node.get("done"), node.get("total")
        if isinstance(share, (int, float)) and not isinstance(share, bool) and not 0 <= share <= 1:
            found.append(f"{path}: share {share}")
        if isinstance(done, int) and isinstance(total, int) and done > total:
            found.append(f"{path}: {done}/{total}")
        for key, value in node.items():
            found += _impossible(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _impossible(value, f"{path}[{i}]")
    return found


@pytest.fixture(scope="module")
def fed(tmp_path_factory: pytest.TempPathFactory, built_store: Path) -> tuple[Path, str]:
    """The shipped store with every labelled text ingested by one `ingest --yes`, and its output."""
    db = tmp_path_factory.mktemp("whole") / "store.json"
    db.write_bytes(built_store.read_bytes())
    # (a wide table, so that no file name is wrapped: a scratch clone's paths are long)
    out = run_cli("--db", str(db), "ingest", "--yes", *map(str, TEXTS), env={"COLUMNS": "400"}, timeout=600)
    assert out.returncode in (0, 3), out.stdout[-2000:] + out.stderr[-2000:]
    return db, out.stdout


def test_the_whole_set_in_one_command_holds_no_impossible_figure(fed: tuple[Path, str]) -> None:
    """The store's figures and targets, and every figure of the JSON report."""
    db, _out = fed
    assert len(TEXTS) > 150
    data = json.loads(db.read_text(encoding="utf-8"))
    rows = table_rows(data, "observations") + table_rows(data, "targets")
    assert rows and _impossible(rows) == []
    assert all(0 < t["share"] <= 1 for t in table_rows(data, "targets"))
    report = run_cli("--db", str(db), "report", "--format", "json")
    assert report.returncode == 0, report.stderr
    assert _impossible(json.loads(report.stdout)) == []


def test_the_summary_never_says_more_than_a_whole(fed: tuple[Path, str]) -> None:
    """No share above 100% and no count above its total in the human summary."""
    db, _out = fed
    summary = run_cli("--db", str(db), "summary")
    assert summary.returncode == 0, summary.stderr
    shares = [float(s.replace(",", ".")) for s in re.findall(r"(\d+(?:[.,]\d+)?)%", summary.stdout)]
    ratios = [(int(a), int(b)) for a, b in re.findall(r"\b(\d+)/(\d+)\b", summary.stdout)]
    assert shares and max(shares) <= 100
    assert ratios and all(a <= b for a, b in ratios)


def test_the_table_at_the_end_lists_every_file(fed: tuple[Path, str]) -> None:
    """One row per file given, named in full."""
    _db, out = fed
    missing = [p for p in TEXTS if str(p) not in out]
    assert missing == []
