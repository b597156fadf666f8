"""--db and --lang after a command's name (the trial over SSH typed `lso-tui summary --lang vi` and
`lso-tui edit unit … --db FILE`; both were refused by the parser)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def test_db_and_lang_after_any_command(tmp_path: Path) -> None:
    """build, edit (each action), summary, report, doctor: the options after the name work as before it."""
    db = tmp_path / "s.json"
    assert run_cli("build", "--db", str(db), "--lang", "vi").returncode == 0
    done = run_cli("edit", "unit", "05971", "--consolidated", "yes", "--db", str(db), "--lang", "vi")
    assert done.returncode == 0, done.stderr
    log = run_cli("edit", "log", "--format", "json", "--db", str(db))
    assert log.returncode == 0, log.stderr
    assert json.loads(log.stdout.splitlines()[-1])["record"] == "05971"
    summary = run_cli("summary", "--db", str(db), "--lang", "vi")
    assert summary.returncode == 0, summary.stderr
    assert "3/8 = 37,5% hướng tới 4/8 = 50%" in summary.stdout
    report = run_cli("report", "--lang", "vi", "--db", str(db), "--format", "json")
    assert report.returncode == 0 and json.loads(report.stdout)["targets"][0]["done"] == 3
    assert "độ sâu màu" in run_cli("doctor", "--lang", "vi").stdout
    assert run_cli("edit", "undo", "--db", str(db)).returncode == 0


def test_a_batch_line_may_not_name_another_store(tmp_path: Path) -> None:
    """A line of `edit batch` naming a store of its own is refused: the batch writes to one store."""
    db = tmp_path / "s.json"
    assert run_cli("build", "--db", str(db)).returncode == 0
    lines = tmp_path / "edits.txt"
    lines.write_text(f"unit 05971 --consolidated yes --db {tmp_path / 'other.json'}\n", encoding="utf-8")
    done = run_cli("edit", "batch", str(lines), "--db", str(db))
    assert done.returncode == 2 and "not an edit line" in done.stderr, done.stderr
    assert not (tmp_path / "other.json").exists()
