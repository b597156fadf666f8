"""Every change is one atomic write, and a failed write loses nothing (issue 15, items 2–4): an undo is
one write; a save that fails (a full disk, simulated at the write step) leaves the store and every
backup as they were; a restore that fails leaves the broken store in place, never no store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import run_cli

FULL_DISK = {"LSO_TUI_FAULT": "write"}


def _data(db: Path) -> dict[str, Any]:
    """The raw store."""
    data: dict[str, Any] = json.loads(db.read_text(encoding="utf-8"))
    return data


def _generation(db: Path) -> int:
    """The store's write counter."""
    return int(_data(db)["_meta"]["1"]["generation"])


def _unit(db: Path) -> str:
    """A unit code of the store."""
    return str(next(iter(_data(db)["units"].values()))["code"])


def _backups(db: Path) -> dict[str, bytes]:
    """Every backup file beside the store, by name."""
    return {p.name: p.read_bytes() for p in sorted(db.parent.glob(db.name + ".bak*"))}


def test_an_undo_is_one_write_and_a_failed_undo_undoes_nothing(db: Path) -> None:
    """Marking the edit undone and logging the undo are one write (the generation rises by one); on a
    full disk the store is byte for byte the same, and the retry undoes that same edit, not another."""
    code = _unit(db)
    for state in ("no", "yes"):
        assert run_cli("--db", str(db), "edit", "unit", code, "--consolidated", state).returncode == 0
    before, gen = db.read_bytes(), _generation(db)
    failed = run_cli("--db", str(db), "edit", "undo", env=FULL_DISK)
    assert failed.returncode == 2 and failed.stderr.count("\n") == 1 and "unchanged" in failed.stderr
    assert db.read_bytes() == before
    done = run_cli("--db", str(db), "edit", "undo")
    assert done.returncode == 0, done.stderr
    assert _generation(db) == gen + 1
    log = sorted(_data(db)["edits"].items(), key=lambda kv: int(kv[0]))
    undone = [int(k) for k, e in log if e.get("undone")]
    undos = [e for _, e in log if e["op"] == "undo"]
    assert len(undone) == 1 and len(undos) == 1 and undos[0]["undoes"] == undone[0] == int(log[-2][0])


def test_failed_saves_never_rotate_the_backups(db: Path) -> None:
    """Three saves that fail leave .bak1… exactly as they were (the versions before are not pushed out)."""
    code = _unit(db)
    for state in ("no", "yes", "no"):
        assert run_cli("--db", str(db), "edit", "unit", code, "--consolidated", state).returncode == 0
    backups, store = _backups(db), db.read_bytes()
    assert backups, "the edits made backups"
    for state in ("yes", "no", "yes"):
        out = run_cli("--db", str(db), "edit", "unit", code, "--consolidated", state, env=FULL_DISK)
        assert out.returncode == 2, out.stderr
    assert _backups(db) == backups and db.read_bytes() == store
    assert not list(db.parent.glob(f".{db.name}.bak-pending"))
    # A save that succeeds then keeps the version it replaced as .bak1.
    assert run_cli("--db", str(db), "edit", "unit", code, "--consolidated", "yes").returncode == 0
    assert _backups(db)[db.name + ".bak1"] == store


def test_a_failed_restore_leaves_the_broken_store_in_place(db: Path) -> None:
    """A broken store with a good backup: restore on a full disk says so, and the path still holds the
    broken file (no store-less moment, so no later command builds a fresh one over the backups);
    restore then works."""
    assert run_cli("--db", str(db), "edit", "unit", _unit(db), "--consolidated", "no").returncode == 0
    db.write_bytes(b"{ not json")
    failed = run_cli("--db", str(db), "restore", env=FULL_DISK)
    assert failed.returncode == 2 and failed.stderr.count("\n") == 1
    assert db.read_bytes() == b"{ not json"
    assert not list(db.parent.glob(db.name + ".broken-*"))
    summary = run_cli("--db", str(db), "summary")
    assert summary.returncode == 2 and db.read_bytes() == b"{ not json"  # refused, not rebuilt
    done = run_cli("--db", str(db), "restore")
    assert done.returncode == 0, done.stderr
    assert _data(db)["units"] and len(list(db.parent.glob(db.name + ".broken-*"))) == 1
