"""What a second hostile run found after issue 15's fixes (each failed before its fix): line ends in a
stored name forging lines of the plain summary, format characters the cleaner let through, bytes that
are no UTF-8 in an argument or an article's file name ("internal error"), any script's digits in a
share, and a batch on standard input that never ends."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from lso_tui.edits.parse import parse_share
from lso_tui.errors import InputError
from lso_tui.store.file import dumps, publish
from lso_tui.text import clean
from tests.conftest import ROOT, run_cli

ARTICLE = ROOT / "tests" / "corpus_genre" / "01_huu_lung_mo_rong.txt"
INVISIBLE = ("Cc", "Cf", "Cs", "Zl", "Zp")


def test_no_format_control_or_separator_survives_clean() -> None:
    """Every code point of the categories a terminal would obey or hide (controls, format characters,
    surrogates, line and paragraph separators) is gone after clean, whatever surrounds it; tab and
    newline stay; U+2028, U+2029 and NEL end a line; a lone surrogate (a byte that was no UTF-8) shows
    as U+FFFD."""
    left = []
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        if unicodedata.category(ch) in INVISIBLE and ch not in "\n\t":
            out = clean(f"a{ch}b")
            if any(unicodedata.category(x) in INVISIBLE and x not in "\n\t" for x in out):
                left.append(hex(c))
    assert left == []
    assert clean("a\u2028b\u2029c\x85d") == "a\nb\nc\nd" and clean("a\u2028b", keep_newlines=False) == "a b"
    assert clean("ev\udcffil") == "ev\ufffdil" and clean("A\u061cB\u00adC\U000e0041D") == "ABCD"


def test_a_line_end_in_a_stored_name_forges_no_line(db: Path) -> None:
    """A group member sets a target's scope to "…: 8/8 = 100% … — done\\rTarget X": the summary, and the
    plain output of `lso-tui` without a terminal, print it inside its own line."""
    data = json.loads(db.read_text(encoding="utf-8"))
    forged = "Thành phố Lạng Sơn: 8/8 = 100% toward 4/8 = 50% by 2020-12-31 — done"
    key = next(iter(data["targets"]))
    data["targets"][key]["scope"] = f"{forged}\rTarget X\nTarget Y\u2028Target Z"
    publish(db, dumps(data))
    summary = run_cli("--db", str(db), "--lang", "en", "summary")
    plain = subprocess.run(
        [sys.executable, "-m", "lso_tui", "--db", str(db), "--lang", "en"],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd=ROOT, timeout=120,
    )  # fmt: skip
    for out in (summary, plain):
        assert out.returncode == 0, out.stderr
        lines = out.stdout.splitlines()
        assert not any(line.startswith(("Thành phố Lạng Sơn:", "Target X", "Target Y", "Target Z")) for line in lines)
        (line,) = [line for line in lines if forged in line]
        assert line.startswith("Target ") and "Target X Target Y Target Z" in line


def test_bytes_that_are_no_utf8_in_an_argument_are_stored_as_replacement(db: Path) -> None:
    """--titles and --name holding bytes that are no UTF-8: saved (as U+FFFD), exit 0, no internal error."""
    def edit(*args: bytes) -> subprocess.CompletedProcess[bytes]:
        argv = [sys.executable.encode(), b"-m", b"lso_tui", b"--db", str(db).encode(), b"edit", *args]
        return subprocess.run(argv, capture_output=True, cwd=ROOT, timeout=120)

    for out in (
        edit(b"official", b"nguyenquangtuan", b"--titles", b"\xff\xfe"),
        edit(b"add-official", b"--name", b"Nguy\xffn A", b"--unit", b"05971", b"--titles", b"x"),
    ):
        assert out.returncode == 0 and b"internal error" not in out.stderr, out.stderr
    names = json.dumps(json.loads(db.read_text(encoding="utf-8")), ensure_ascii=False)
    assert "Nguy\ufffdn A" in names and "\\udc" not in names


def test_an_article_file_name_that_is_no_utf8_is_ingested_and_built(tmp_path: Path, db: Path) -> None:
    """An article whose file name holds a byte that is no UTF-8: ingest (the file, or its folder) and
    build take it, its name kept with U+FFFD; no internal error."""
    folder = tmp_path / "articles"
    folder.mkdir()
    name = b"ev\xffil.txt"
    target = folder / name.decode("utf-8", "surrogateescape")
    shutil.copy(ARTICLE, target)
    built = tmp_path / "built.json"
    for args in (["--db", str(db), "ingest", "--yes", str(folder)], ["build", "--db", str(built), str(target)]):
        out = run_cli(*args)
        assert out.returncode == 0 and "internal error" not in out.stderr, out.stderr
    for store in (db, built):
        docs = json.loads(store.read_text(encoding="utf-8"))["documents"]
        assert "ev\ufffdil.txt" in [d.get("filename") for d in docs.values()]


@pytest.mark.parametrize("value", ["５０%", "٥٠%", "0.５", "𝟓𝟎%", "1_0%", "50%%", "nan", "1e-3", "²"])
def test_a_share_in_other_digits_or_forms_is_refused(value: str) -> None:
    """Only ASCII digits, one decimal point or comma, and one % make a share (float() took them all)."""
    with pytest.raises(InputError, match="not a number"):
        parse_share(value)


def test_a_batch_on_standard_input_that_never_ends_is_refused(db: Path) -> None:
    """`edit batch -` fed /dev/zero: one line, exit 2, at once (it read the whole stream as one line,
    gigabytes, until killed)."""
    with open("/dev/zero", "rb") as zero:
        out = subprocess.run(
            [sys.executable, "-m", "lso_tui", "--db", str(db), "edit", "batch", "-"],
            stdin=zero, capture_output=True, text=True, cwd=ROOT, timeout=60,
        )  # fmt: skip
    assert out.returncode == 2 and out.stderr.strip().count("\n") == 0, out.stderr
    assert "longer than" in out.stderr


def test_a_csv_cell_that_is_a_formula_after_spaces_is_text() -> None:
    """A name starting with CR or LF (a space once cleaned) or a no-break space, then "=": the cell is
    text too, as a spreadsheet that trims leading spaces would otherwise run it."""
    from lso_tui.text import csv_cell

    for name in ("\r=1+1", "\n=HYPERLINK(1)", " @SUM(A1)", "\u00a0+cmd|x"):
        cell = csv_cell(name)
        assert isinstance(cell, str) and cell.startswith("'"), (name, cell)
    assert csv_cell(" -5") == " -5" and csv_cell("-") == "-"  # (a number after spaces is kept as it is)
