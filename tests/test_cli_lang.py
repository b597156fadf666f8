"""The CLI's human-readable output follows --lang (summary, edit log, errors, doctor), in one
language at a time; JSON and CSV stay the same in both, with their English keys."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.ui.test_one_language import _strings, foreign, found_in


def _said(db: Path, lang: str, *args: str) -> str:
    """stdout and stderr of `lso-tui --lang LANG --db DB ARGS`."""
    out = run_cli("--lang", lang, "--db", str(db), *args)
    return out.stdout + out.stderr


def test_summary_edit_log_and_errors_follow_lang(db: Path, tmp_path: Path) -> None:
    """vi: no English catalogue phrase in summary, edit log, a refusal and doctor; en: no Vietnamese."""
    assert run_cli("--db", str(db), "edit", "unit", "05986", "--consolidated", "yes").returncode == 0
    data = "\n".join(_strings(json.loads(db.read_text(encoding="utf-8")))) + "\n" + str(tmp_path)
    for lang in ("vi", "en"):
        texts = {
            "summary": _said(db, lang, "summary"),
            "edit log": _said(db, lang, "edit", "log"),
            "refusal": _said(db, lang, "edit", "target", "x", "--share", "200%"),
            "no store": _said(tmp_path / "nope.json", lang, "summary"),
            "doctor": _said(db, lang, "doctor"),
        }
        words = foreign(lang, data)
        assert {k: found_in(v, words) for k, v in texts.items() if found_in(v, words)} == {}, lang
    vi = _said(db, "vi", "edit", "log")
    assert "Nhật ký sửa đổi" in vi and "đã nhất thể hóa:" in vi and "→ có" in vi
    assert "consolidated" not in vi and "05986" not in vi  # the record by its name, not its code
    assert "hướng tới 4/8 = 50% trước 2020-12-31" in _said(db, "vi", "summary")
    assert "tỷ lệ: '200%' phải lớn hơn 0%" in _said(db, "vi", "edit", "target", "x", "--share", "200%")


def test_machine_formats_do_not_change_with_lang(db: Path) -> None:
    """report json/csv and edit log --format json are byte for byte the same in vi and en, keyed in English."""
    assert run_cli("--db", str(db), "edit", "unit", "05986", "--consolidated", "yes").returncode == 0
    for args in (("report", "--format", "json"), ("report", "--format", "csv", "--section", "units")):
        vi, en = (run_cli("--lang", lang, "--db", str(db), *args) for lang in ("vi", "en"))
        assert vi.returncode == en.returncode == 0 and vi.stdout == en.stdout
    assert '"consolidated"' in run_cli("--lang", "vi", "--db", str(db), "report", "--format", "json").stdout
    logs = [run_cli("--lang", lang, "--db", str(db), "edit", "log", "--format", "json").stdout for lang in ("vi", "en")]
    assert logs[0] == logs[1]
    entry = json.loads(logs[0].splitlines()[-1])
    assert (entry["field"], entry["op"], entry["new"], entry["record"]) == ("consolidated", "set", True, "05986")
