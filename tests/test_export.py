"""Export files and the clipboard sequence: formats, never overwriting unasked, places that fail."""

from __future__ import annotations

import base64
import csv
import io
import json
from datetime import datetime
from pathlib import Path

import pytest

from lso_tui.errors import InputError
from lso_tui.report.export import default_name, osc52, payload, write_export

IDS, TITLES = ["name", "since", "id"], ["Tên", "Nhất thể hóa từ", "id"]
ROWS = [["Chi Lăng", "cuối 06/2018", "05983"], ["Quảng Lạc", 'đầu 07/2018, "x"', "05989"]]


def test_csv_has_titles_and_json_has_ids() -> None:
    """CSV for people (translated titles, quoting right); JSON for scripts (stable ids)."""
    rows = list(csv.reader(io.StringIO(payload("csv", IDS, TITLES, ROWS).decode("utf-8"))))
    assert rows == [TITLES, *ROWS]
    objs = json.loads(payload("json", IDS, TITLES, ROWS))
    assert objs[1] == {"name": "Quảng Lạc", "since": 'đầu 07/2018, "x"', "id": "05989"}


def test_default_name_says_what_and_when() -> None:
    """A name in the current directory that will not clash from one minute to the next."""
    assert default_name("unit", "csv", datetime(2026, 11, 28, 7, 5)) == "lso-tui-unit-20261128-0705.csv"


def test_never_overwrites_unless_asked(tmp_path: Path) -> None:
    """An existing file is left alone (FileExistsError, for the caller to ask); with consent, replaced."""
    target = tmp_path / "out.csv"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_export(str(target), IDS, TITLES, ROWS)
    assert target.read_text(encoding="utf-8") == "keep me"
    write_export(str(target), IDS, TITLES, ROWS, overwrite=True)
    assert "Quảng Lạc" in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temp file left


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "give a file name"),
        ("out.xlsx", "must end in .csv or .json"),
        ("/proc/lso-tui-export.csv", "cannot write in /proc"),
        ("/nonexistent-dir/x.json", "cannot write in"),
    ],
)
def test_a_place_that_cannot_be_written_says_why(name: str, message: str) -> None:
    """One clear line, nothing written."""
    with pytest.raises(InputError, match=message):
        write_export(name, IDS, TITLES, ROWS)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    """A directory's name is not a file name."""
    (tmp_path / "d.csv").mkdir()
    with pytest.raises(InputError, match="is a directory"):
        write_export(str(tmp_path / "d.csv"), IDS, TITLES, ROWS)


def test_osc52_plain_and_wrapped_for_tmux() -> None:
    """The clipboard sequence carries the text in base64; inside tmux it is also wrapped for passthrough."""
    plain = osc52("Quảng Lạc", in_tmux=False)
    assert plain.startswith("\x1b]52;c;") and plain.endswith("\x07")
    assert base64.b64decode(plain[7:-1]).decode("utf-8") == "Quảng Lạc"
    wrapped = osc52("Quảng Lạc", in_tmux=True)
    assert wrapped.startswith(plain) and "\x1bPtmux;\x1b\x1b]52;c;" in wrapped and wrapped.endswith("\x1b\\")
