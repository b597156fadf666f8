"""Inputs that used to hang, crash or write where they should not (issue 15, items 9, 10 and 12): a
FIFO or a link to /dev/zero as the store, a batch file that never ends or has an open quote, a port
out of range, a share that rounds to 0, an edit on a mistyped path, a store file made read-only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lso_tui.edits.parse import parse_share
from lso_tui.errors import InputError
from tests.conftest import run_cli


def _one_line_exit_2(out: object) -> None:
    """Exit 2, one line on stderr, no traceback and no internal error."""
    assert out.returncode == 2, out.stderr  # type: ignore[attr-defined]
    err = out.stderr.strip()  # type: ignore[attr-defined]
    assert err.count("\n") == 0 and "internal error" not in err and "Traceback" not in err, err


def test_a_fifo_or_a_device_as_the_store_is_refused_at_once(tmp_path: Path) -> None:
    """summary, report and edit on a FIFO, and on a symlink to /dev/zero: one line, exit 2, no hang."""
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    for db in (fifo, zero):
        for args in (["summary"], ["report"], ["edit", "unit", "00001", "--consolidated", "yes"]):
            _one_line_exit_2(run_cli("--db", str(db), *args, timeout=20))


def test_a_batch_that_never_ends_or_has_an_open_quote(tmp_path: Path, db: Path) -> None:
    """edit batch /dev/zero and a FIFO are refused before reading; an open quote names its line."""
    _one_line_exit_2(run_cli("--db", str(db), "edit", "batch", "/dev/zero", timeout=20))
    quoted = tmp_path / "batch.txt"
    quoted.write_text('# edits\nunit 00001 --consolidated "yes\n', encoding="utf-8")
    out = run_cli("--db", str(db), "edit", "batch", str(quoted))
    _one_line_exit_2(out)
    assert ":2:" in out.stderr and "No closing quotation" in out.stderr


def test_a_port_out_of_range_is_a_usage_error(db: Path) -> None:
    """serve --port 99999: argparse's usage error, exit 2, not an internal error."""
    out = run_cli("--db", str(db), "serve", "--port", "99999")
    assert out.returncode == 2 and "internal error" not in out.stderr and "port" in out.stderr


def test_a_share_that_rounds_to_zero_is_refused() -> None:
    """ "0.0000001%" rounds to 0 and is refused as 0 is."""
    with pytest.raises(InputError, match="more than 0%"):
        parse_share("0.0000001%")
    assert parse_share("0,5%") == 0.005


def test_an_edit_on_a_mistyped_path_creates_nothing(tmp_path: Path) -> None:
    """No store there: one line, and no directory or lock file is left behind."""
    missing = tmp_path / "no" / "such" / "store.json"
    _one_line_exit_2(run_cli("--db", str(missing), "edit", "unit", "00001", "--consolidated", "yes"))
    assert not (tmp_path / "no").exists()


def test_a_store_file_made_read_only_is_not_replaced(db: Path) -> None:
    """chmod 400 on the store: edit, undo and ingest refuse; the file is byte for byte the same."""
    before = db.read_bytes()
    db.chmod(0o400)
    try:
        for args in (["edit", "unit", "00001", "--consolidated", "yes"], ["edit", "undo"]):
            out = run_cli("--db", str(db), *args)
            _one_line_exit_2(out)
            assert "read-only" in out.stderr
        assert db.read_bytes() == before
    finally:
        db.chmod(0o600)


def _lying_file(over: int) -> Path:
    """A regular file whose size says 0 but which holds more than *over* bytes (a /proc file), the
    way a file that grows after it was checked looks to a reader."""
    for name in ("/proc/kallsyms", "/proc/self/smaps", "/proc/self/maps"):
        p = Path(name)
        try:
            if p.is_file() and p.stat().st_size == 0 and len(p.read_bytes()) > over:
                return p
        except OSError:
            continue
    pytest.skip("no /proc file larger than the limit on this machine")


def test_a_file_larger_than_its_size_says_is_read_only_up_to_the_limit() -> None:
    """`extract` on a file whose size is 0 when checked but holds megabytes: refused at the article
    limit (256 KiB), one line, exit 2 — it used to be read whole and extracted."""
    from lso_tui.extract.reader import MAX_BYTES

    out = run_cli("extract", str(_lying_file(MAX_BYTES)), timeout=60)
    _one_line_exit_2(out)
    assert "too large for an article" in out.stderr


def test_a_batch_file_is_read_once_from_the_open_file(tmp_path: Path, db: Path) -> None:
    """A batch in a legacy encoding is one line naming the byte, not an internal error."""
    legacy = tmp_path / "batch.txt"
    legacy.write_bytes("unit 00001 --note \"Quảng Lạc\"\n".encode("utf-16-le"))
    out = run_cli("--db", str(db), "edit", "batch", str(legacy))
    _one_line_exit_2(out)
    assert "not UTF-8" in out.stderr
