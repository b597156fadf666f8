"""An edit by a new process (issue 17, the edit figure): the tables it does not change are written back
as the bytes they were read from, a store written by hand is still parsed and checked whole, the
units are checked in slices with the same verdict and words as in one piece, and the store's lock is
flock(2), waited for and given up on as before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from lso_tui.edits.change import Change
from lso_tui.edits.check import check
from lso_tui.errors import StoreError
from lso_tui.store import lock
from lso_tui.store.db import apply_changes
from lso_tui.store.file import dumps, load
from lso_tui.store.shape import SLICE, StoreShape, shape_problem
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent


def _edit(db: Path, code: str, value: str) -> subprocess.CompletedProcess[str]:
    """`lso-tui edit unit CODE --consolidated VALUE` in a new process."""
    return run_cli("--db", str(db), "edit", "unit", code, "--consolidated", value)


def _first_code(db: Path) -> str:
    """The code of some unit of the store."""
    data = load(db) or {}
    return str(next(iter(data["units"].values()))["code"])


def test_an_edit_writes_the_store_as_a_whole_write_would(db: Path) -> None:
    """After edits by new processes the file holds exactly what encoding it whole gives, every built
    table unchanged."""
    before = load(db) or {}
    code = _first_code(db)
    for value in ("yes", "no"):
        assert _edit(db, code, value).returncode == 0
    raw = db.read_bytes()
    after = load(db) or {}
    assert raw == dumps(after)
    assert {k: v for k, v in after.items() if k not in ("_meta", "edits")} == {
        k: v for k, v in before.items() if k not in ("_meta", "edits")
    }
    assert [e["new"] for e in after["edits"].values()] == [True, False]


def test_a_store_written_by_hand_is_edited_whole_and_checked(db: Path) -> None:
    """A store laid out by hand (indented, keys unsorted) takes an edit: nothing of it lost, the edit
    in the log; the same store with a unit's name made a number is refused and left as it was."""
    data = load(db) or {}
    code = _first_code(db)
    db.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    assert _edit(db, code, "yes").returncode == 0
    after = load(db) or {}
    assert {k: v for k, v in after.items() if k not in ("_meta", "edits")} == {
        k: v for k, v in data.items() if k not in ("_meta", "edits")
    }
    assert [(e["record"], e["new"]) for e in after["edits"].values()] == [(code, True)]
    next(iter(after["units"].values()))["name"] = 12345
    hand = json.dumps(after, indent=2).encode()
    db.write_bytes(hand)
    result = _edit(db, code, "no")
    assert result.returncode == 2 and "`units[...].name`" in result.stderr
    assert db.read_bytes() == hand


def _many_units(data: dict[str, object], n: int) -> dict[str, object]:
    """*data* with its units repeated to *n* rows (codes and ids of their own)."""
    unit = next(iter(data["units"].values()))  # type: ignore[attr-defined]
    units = {str(i): {**unit, "code": f"{i:05d}"} for i in range(1, n + 1)}
    return {**data, "units": units}


@pytest.mark.parametrize("where", [1, SLICE + 7, 3 * SLICE - 1])
def test_units_checked_in_slices_give_the_whole_check_s_verdict(built_store: Path, where: int) -> None:
    """A wrong unit in any slice is found and named as one check of the whole file names it; a
    store without one passes."""
    data = _many_units(load(built_store) or {}, 3 * SLICE)
    assert shape_problem(data) is None
    data["units"][str(where)]["consolidated"] = "yes"  # type: ignore[index]
    with pytest.raises(msgspec.ValidationError) as whole:
        msgspec.convert(data, StoreShape, strict=True)
    problem = shape_problem(data)
    assert problem == str(whole.value).replace("`$.", "`")
    assert "`units[...].consolidated`" in str(problem)


HOLD = """
import sys, time
from pathlib import Path
from lso_tui.store.lock import locked
db = Path(sys.argv[1])
with locked(db):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    db.with_name("letting-go").touch()  # the last thing done before the lock is let go
"""


def _holder(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the store's lock for *seconds*, once it says so."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(seconds)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline() == "held\n"
    return proc


def test_an_edit_waits_for_another_process_s_lock(db: Path) -> None:
    """An edit saved while another process holds the lock is saved after that process let it go."""
    holder = _holder(db, 1.0)
    apply_changes(db, [Change("unit", _first_code(db), "consolidated", True)], check)
    assert db.with_name("letting-go").exists()  # the edit got the lock only once the holder let it go
    holder.wait()
    assert [e["new"] for e in (load(db) or {})["edits"].values()] == [True]


def test_a_lock_held_too_long_is_one_line(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock held past the timeout: StoreError naming the wait, the store left as it was."""
    monkeypatch.setattr(lock, "LOCK_TIMEOUT", 0.3)
    before = db.read_bytes()
    holder = _holder(db, 30.0)
    try:
        with pytest.raises(StoreError, match="another lso-tui has held the store"):
            apply_changes(db, [Change("unit", _first_code(db), "consolidated", True)], check)
    finally:
        holder.kill()
        holder.wait()
    assert db.read_bytes() == before


EXIT_PROBE = """
import atexit, gc, sys
atexit.register(lambda: print("frozen", gc.get_freeze_count()))  # runs after the CLI's own (LIFO)
from lso_tui.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_an_edit_s_objects_are_not_walked_again_as_it_exits(db: Path) -> None:
    """`lso-tui edit` freezes what it made as the process ends, so Python's last collection does not
    walk the store it kept (the edit is saved, its line printed, exit 0)."""
    args = ["--db", str(db), "edit", "unit", _first_code(db), "--consolidated", "yes"]
    out = subprocess.run([sys.executable, "-c", EXIT_PROBE, *args], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("ok 1 unit")
    assert int(out.stdout.split("frozen ")[1]) > 10_000
