"""Nothing from the store, an article, a file name or the environment reaches a terminal or a file raw,
outside the dashboard too: every CLI printer, the plain summary (`ssh host lso-tui`), the report in
every format, the edit log, warnings, and CSV cells a spreadsheet would run (issue 15, item 1 and 8)."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import pwd
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lso_tui.report.export import payload
from lso_tui.store.db import snapshot
from lso_tui.store.file import dumps, publish
from lso_tui.text import clean, csv_cell, emit, markdown_text
from tests.conftest import ROOT, run_cli
from tests.ui.test_hostile import PAYLOADS, hostile_tables

# What must never be in the bytes written: ESC, the C1 controls (as UTF-8), bidi overrides and isolates.
FORBIDDEN = [b"\x1b", *(chr(c).encode() for c in range(0x80, 0xA0)), *(chr(c).encode() for c in range(0x202A, 0x202F))]
FORMULA = "=HYPERLINK(\"http://evil.example\",\"bấm\")"


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """A store another member wrote by hand: every text field holds a payload, a unit is named as a
    spreadsheet formula, and the audit log's "who" holds an escape sequence."""
    tables = hostile_tables()
    tables["units"][0]["name"] = FORMULA
    tables["officials"][1]["name"] = "+cmd|' /C calc'!A0"
    data = snapshot(tables, {"app": "test"})
    data["edits"] = {
        "1": {
            "who": "\x1b]52;c;cHduZWQ=\x07mallory\u202e", "when": "2026-01-01T00:00:00+00:00", "kind": "unit",
            "record": "00001", "field": "consolidated", "op": "set", "old": PAYLOADS[12], "new": True,
            "tool": PAYLOADS[1], "undone": False,
        }
    }  # fmt: skip
    path = tmp_path / "hostile.json"
    publish(path, dumps(data))
    return path


def _clean_bytes(out: bytes) -> list[bytes]:
    """The forbidden sequences found in *out*."""
    return [f for f in FORBIDDEN if f in out]


@pytest.mark.parametrize(
    "args",
    [
        ["summary"],
        ["report"],
        ["report", "--format", "md"],
        ["report", "--format", "json"],
        ["report", "--format", "csv", "--section", "units"],
        ["report", "--format", "csv", "--section", "officials"],
        ["report", "--section", "officials"],
        ["edit", "log"],
        ["edit", "log", "--format", "json"],
        [],  # no terminal: the plain summary, as `ssh host lso-tui` shows it
    ],
    ids=["summary", "table", "md", "json", "csv-units", "csv-officials", "officials", "edit-log", "edit-log-json", "plain"],
)
def test_no_escape_reaches_the_output(hostile_db: Path, args: list[str]) -> None:
    """Every printer: stdout and stderr hold no ESC, C1 or bidi control, and the text is still there."""
    out = run_cli("--db", str(hostile_db), *args)
    assert out.returncode == 0, out.stderr
    written = (out.stdout + out.stderr).encode()
    assert _clean_bytes(written) == []
    assert "đảo ngược" in out.stdout or "mallory" in out.stdout or "dòng mới" in out.stdout


def test_csv_cells_that_a_spreadsheet_would_run_are_text(hostile_db: Path) -> None:
    """ "=HYPERLINK(…)" and "+cmd|…" start with an apostrophe in the report's CSV; numbers stay numbers."""
    out = run_cli("--db", str(hostile_db), "report", "--format", "csv", "--section", "units")
    names = [row["name"] for row in csv.DictReader(io.StringIO(out.stdout))]
    assert "'" + FORMULA in names and FORMULA not in names
    out = run_cli("--db", str(hostile_db), "report", "--format", "csv", "--section", "officials")
    assert "'+cmd|' /C calc'!A0" in [row["name"] for row in csv.DictReader(io.StringIO(out.stdout))]
    data = payload("csv", ["a", "b"], ["name", "n"], [[FORMULA, "-3"], ["@SUM(A1)", "12%"]]).decode()
    assert list(csv.reader(io.StringIO(data)))[1:] == [["'" + FORMULA, "-3"], ["'@SUM(A1)", "12%"]]


def test_file_names_in_warnings_are_cleaned(tmp_path: Path, db: Path) -> None:
    """An article whose file name holds an OSC sequence: the ingest preview, table and warnings show
    it without the escape."""
    name = "bài\x1b]0;pwned\x07\u202e.txt"
    article = tmp_path / name
    shutil.copy(ROOT / "tests" / "genre" / "chi_lang_ba_don_vi.txt", article)
    (tmp_path / "trống\x1b[2J.txt").write_text("Không có gì.\n", encoding="utf-8")
    out = run_cli("--db", str(db), "ingest", str(article), str(tmp_path / "trống\x1b[2J.txt"), "--yes")
    assert out.returncode == 3, out.stderr  # one merged, one skipped
    assert _clean_bytes((out.stdout + out.stderr).encode()) == []
    assert "pwned" in out.stdout


def test_the_audit_name_comes_from_the_os(db: Path) -> None:
    """LOGNAME and USER are ignored (anyone can set them), and SUDO_USER too unless the real user is root."""
    me = pwd.getpwuid(os.getuid()).pw_name
    env = {"LOGNAME": "\x1b[31mbob", "USER": "bob", "SUDO_USER": "bob"}
    out = run_cli("--db", str(db), "edit", "unit", _first_unit(db), "--consolidated", "no", env=env)
    assert out.returncode == 0, out.stderr
    log = [json.loads(line) for line in run_cli("--db", str(db), "edit", "log", "--format", "json").stdout.splitlines()]
    assert log[-1]["who"] == (me if os.getuid() != 0 else "bob")
    out = run_cli("--db", str(db), "edit", "unit", _first_unit(db), "--consolidated", "yes", env={"LOGNAME": "\x1b[31mbob"})
    assert out.returncode == 0, out.stderr
    log = [json.loads(line) for line in run_cli("--db", str(db), "edit", "log", "--format", "json").stdout.splitlines()]
    assert log[-1]["who"] == me  # not "[31mbob"
    if os.getuid() != 0:
        undo = run_cli("--db", str(db), "edit", "undo", env={"SUDO_USER": "somebody-else"})
        assert undo.returncode == 0, undo.stderr  # my own edit, whatever SUDO_USER says


def _first_unit(db: Path) -> str:
    """The code of a unit of the store."""
    data = json.loads(db.read_text(encoding="utf-8"))
    return str(next(iter(data["units"].values()))["code"])


HOSTILE_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(["\x1b", "\x9b", "\u202e", "\u2066", "\x07"]),
    max_size=40,
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(HOSTILE_TEXT)
def test_any_text_through_emit_and_csv_is_safe(text: str) -> None:
    """Property: whatever a name holds, what emit prints and what a CSV cell holds has no ESC, C1 or
    bidi control, and a CSV cell never starts a formula."""
    buf = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(buf):
        emit(text)
    assert _clean_bytes(buf.getvalue().encode()) == []
    cell = csv_cell(text)
    assert isinstance(cell, str)
    assert _clean_bytes(cell.encode()) == []
    assert cell[:1] not in ("=", "+", "@", "\t", "\r") and not (cell.startswith("-") and cell not in ("-",) and not cell[1:2].isdigit())


MARKUP = ["<img src=x onerror=alert(1)>", "[bấm](http://evil.example) **đậm**", "`mã` ~~gạch~~ $x$ a|b & #"]
"""Names another member may give that Markdown would render: HTML, a link, emphasis, code, a cell border."""
RENDERED = {
    "html_inline",
    "html_block",
    "link_open",
    "image",
    "em_open",
    "strong_open",
    "code_inline",
    "s_open",
}
"""What a Markdown reader makes of markup (text is "text")."""


def _markdown_tokens(text: str) -> list[Any]:
    """Every token a CommonMark reader with GitHub's tables and strikethrough makes of *text*, inline
    tokens included."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
    return [*tokens, *(child for t in tokens for child in t.children or [])]


def test_markdown_report_renders_names_as_text(tmp_path: Path) -> None:
    """`report --format md` of a store whose names hold HTML, a link, emphasis and pipes: a Markdown
    reader makes text of them (no HTML, link, image, emphasis or code), each name whole in its own cell
    (the md report passed them through raw)."""
    tables = hostile_tables()
    for i, name in enumerate(MARKUP):
        tables["units"][i]["name"] = name
    path = tmp_path / "markup.json"
    publish(path, dumps(snapshot(tables, {"app": "test"})))
    out = run_cli("--db", str(path), "report", "--format", "md", "--section", "units")
    assert out.returncode == 0, out.stderr
    tokens = _markdown_tokens(out.stdout)
    assert {t.type for t in tokens} & RENDERED == set()
    cells = [t for prev, t in itertools.pairwise(tokens) if prev.type == "td_open"]  # a body cell's text
    columns = sum(t.type == "th_open" for t in tokens)
    assert (
        columns
        and len(cells) % columns == 0
        and len(cells) // columns == sum(t.type == "tr_open" for t in tokens) - 1
    )
    shown = {"".join(c.content for c in cell.children or []) for cell in cells}
    assert set(MARKUP) <= shown


@settings(max_examples=400, derandomize=True, deadline=None)
@given(HOSTILE_TEXT | st.text(st.sampled_from("<>[]()*_`~|#$!&\\:/ aé;0"), max_size=30))
def test_any_text_is_literal_in_a_markdown_cell(text: str) -> None:
    """Property: whatever a name holds, a Markdown reader shows markdown_text's cell as the cleaned name
    itself (white space aside) and makes no markup of it."""
    tokens = _markdown_tokens(f"| a |\n|---|\n| {markdown_text(text)} |\n")
    assert {t.type for t in tokens} & RENDERED == set()
    cell = next(t for prev, t in itertools.pairwise(tokens) if prev.type == "td_open")
    shown = "".join(t.content for t in cell.children or [])
    assert " ".join(shown.split()) == " ".join(clean(text, keep_newlines=False).split())
