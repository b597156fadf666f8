"""One edit after another in one process (issue 17, the edit figure): a transaction takes the store
this process last wrote instead of parsing it again, but only while the file holds those very bytes;
and the audit log is applied in the order it was saved, however it was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from lso_tui.edits.change import Change
from lso_tui.edits.check import check
from lso_tui.errors import StoreError
from lso_tui.store import file
from lso_tui.store.db import Store, apply_changes, edits
from lso_tui.store.file import load
from lso_tui.store.read_model import ReadModel
from tests.conftest import run_cli


def _code(db: Path) -> str:
    """The code of the store's first unit."""
    return str(Store.open(db).rows("units")[0]["code"])


def _set(db: Path, code: str, value: bool) -> None:
    """Save one edit of the unit's consolidated flag in this process, as the dashboard does."""
    apply_changes(db, [Change("unit", code, "consolidated", value)], check)


def test_edits_past_the_ninth_apply_in_the_order_they_were_saved(db: Path) -> None:
    """Ten edits of one field: the tenth is in force on the dashboard, and the eleventh, saved by
    another process, records it as the old value (the file's sorted ids put "10" before "2")."""
    code = _code(db)
    for i in range(10):
        _set(db, code, i % 2 == 0)  # the tenth sets False
    unit = next(u for u in ReadModel(Store.open(db)).units if u["code"] == code)
    assert unit["consolidated"] is False
    assert run_cli("--db", str(db), "edit", "unit", code, "--consolidated", "yes").returncode == 0
    assert edits(db)[-1]["old"] is False


def test_a_store_changed_in_place_after_an_edit_is_checked_again(db: Path) -> None:
    """A hand edit that keeps the file's size, made in place (same inode) right after an edit, is
    parsed and checked by the next edit, not taken for the store this process wrote."""
    code = _code(db)
    _set(db, code, True)
    raw = db.read_bytes()
    assert raw.count(b'"new":true') == 1
    hand = raw.replace(b'"new":true', b'"new":1234')  # no value a unit's flag may take
    with db.open("r+b") as f:
        f.write(hand)
    with pytest.raises(StoreError):
        _set(db, code, False)
    assert db.read_bytes() == hand


def test_a_save_that_failed_leaves_nothing_for_the_next_edit(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit whose save fails (disk full at fsync) is in no later version of the store."""
    code = _code(db)
    _set(db, code, True)
    monkeypatch.setenv("LSO_TUI_FAULT", "fsync")
    with pytest.raises(StoreError):
        _set(db, code, False)
    monkeypatch.delenv("LSO_TUI_FAULT")
    _set(db, code, True)
    log = edits(db)
    assert [(e["id"], e["new"]) for e in log] == [(1, True), (2, True)]
    assert log[1]["old"] is True
    assert load(db) is not None


def test_another_process_edit_between_two_of_ours_is_kept(db: Path) -> None:
    """An edit saved by another process between two of this process's is read, not overwritten."""
    code = _code(db)
    _set(db, code, True)
    assert run_cli("--db", str(db), "edit", "unit", code, "--consolidated", "no").returncode == 0
    _set(db, code, True)
    log = edits(db)
    assert [e["new"] for e in log] == [True, False, True]
    assert log[2]["old"] is False


def test_what_a_transaction_keeps_is_what_reading_the_file_gives(db: Path) -> None:
    """The store kept after twelve edits equals the file parsed again, its tables in the file's
    order too (the log's sorted ids)."""
    code = _code(db)
    for i in range(12):
        _set(db, code, i % 2 == 0)
    kept = file._WRITTEN[db][1]
    read = load(db)
    assert read is not None and kept == read
    assert {t: list(rows) for t, rows in kept.items()} == {t: list(rows) for t, rows in read.items()}
