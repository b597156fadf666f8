"""`lso-tui ingest` of many files: the good ones merged in one write, the others listed with why,
a table of every file, documented exit codes; publication dates (`--date`, never a body date)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from lso_tui.extract.header import read_header
from lso_tui.extract.spans import Article
from lso_tui.model.progress import as_of_date
from tests.cli_pty import on_pty
from tests.conftest import ROOT, run_cli

GENRE = ROOT / "tests" / "genre"
GOOD = ("chi_lang_ba_don_vi.txt", "ha_giang_toan_tinh.txt", "loc_binh_hai_muoi_mot.txt")
CAO_LOC = ROOT / "tests" / "corpus" / "01_cao_loc_bon_xa.txt"
WIDE = {"COLUMNS": "200"}  # a wide table: one line per row, so rows can be read back


def _data(db: Path) -> dict[str, Any]:
    """The raw store."""
    data: dict[str, Any] = json.loads(db.read_text(encoding="utf-8"))
    return data


def _generation(db: Path) -> int:
    """The store's write counter."""
    return int(_data(db)["_meta"]["1"]["generation"])


def _rows(stdout: str) -> dict[str, list[str]]:
    """The table's rows by file name (the first cell): the other cells, each folded line joined."""
    rows: list[list[str]] = []
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if len(cells) != 4:
            continue
        if rows and not cells[1]:  # a row's folded continuation: no date on it
            name, *rest = rows[-1]
            more = [f"{a} {b}".strip() for a, b in zip(rest, cells[1:], strict=True)]
            rows[-1] = [name + cells[0], *more]  # a name is folded anywhere, words at spaces
        else:
            rows.append(cells)
    return {r[0]: r[1:] for r in rows}


def _bad_files(tmp_path: Path) -> list[Path]:
    """A text with nothing to extract, a binary file and a Latin-1 text."""
    empty = tmp_path / "empty.txt"
    empty.write_text("Hôm nay trời đẹp.\n\nMột bài không nói gì về chính quyền cơ sở.\n", encoding="utf-8")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)))
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Café crème, à la française".encode("latin-1"))
    return [empty, binary, latin]


def _good_files(tmp_path: Path) -> list[Path]:
    """Three genre articles, copied."""
    out = []
    for name in GOOD:
        shutil.copy(GENRE / name, tmp_path / name)
        out.append(tmp_path / name)
    return out


def test_a_batch_merges_the_good_files_in_one_write(db: Path, tmp_path: Path) -> None:
    """3 articles + nothing found + binary + Latin-1: the 3 merged by one write (the generation rises
    by exactly 1), each other file listed with its reason, exit 3, nothing on stderr (piped)."""
    good, bad = _good_files(tmp_path), _bad_files(tmp_path)
    before = _generation(db)
    out = run_cli("--db", str(db), "ingest", *map(str, good + bad), "--yes", env=WIDE)
    assert out.returncode == 3, out.stderr
    assert out.stderr == ""  # no progress bar when stderr is not a terminal
    assert _generation(db) == before + 1
    assert len(_data(db)["documents"]) == 1 + 3
    rows = _rows(out.stdout)
    assert [rows[str(p)][2] for p in good] == ["merged"] * 3
    assert rows[str(good[0])][:2] == ["2020-06-15", "3/3/1/1"]  # units/officials/targets/figures
    assert rows[str(bad[0])] == ["?", "—", "skipped: no unit, official, target or progress figure found"]
    assert rows[str(bad[1])][2] == "skipped: binary file"
    assert rows[str(bad[2])][2] == "skipped: not valid UTF-8 text at byte 3"
    assert "\x1b" not in out.stdout  # piped: plain text
    # The whole refusal, as the reader words it, in the preview above the table.
    assert f"⚠ {bad[2]}: skipped: not valid UTF-8 text at byte" in out.stdout and "iconv" in out.stdout


def test_every_file_bad_is_exit_2_with_one_line_and_the_store_untouched(db: Path, tmp_path: Path) -> None:
    """Nothing to merge: exit 2, one line on stderr, the store file byte-identical (with or without
    --yes); a single file gets its own refusal as the line."""
    bad = [*_bad_files(tmp_path), tmp_path / "missing.txt", tmp_path / "no-such-folder" / "a.txt"]
    before = db.read_bytes()
    for yes in (["--yes"], []):
        out = run_cli("--db", str(db), "ingest", *map(str, bad), *yes, env=WIDE)
        assert out.returncode == 2, out.stdout
        assert out.stderr.strip().splitlines() == [
            "lso-tui: nothing merged: 5 of 5 files skipped (the table says why)"
        ]
        rows = _rows(out.stdout)
        assert rows[str(bad[3])][2] == "skipped: no such file"
        assert rows[str(bad[4])][2] == "skipped: no such file"  # a folder stands for its *.txt now
        assert db.read_bytes() == before
    one = run_cli("--db", str(db), "ingest", str(bad[1]), "--yes")
    assert one.returncode == 2 and one.stderr.count("\n") == 1
    assert f"{bad[1]}: binary file (contains NUL bytes)" in one.stderr
    assert db.read_bytes() == before


def test_without_yes_nothing_is_written_and_the_code_is_the_merges(db: Path, tmp_path: Path) -> None:
    """Piped, no --yes: the preview, the table ("to merge"), "run again with --yes", the file
    untouched, and exit 3 as the merge would give; files already in the store are not faults."""
    good, bad = _good_files(tmp_path)[:1], _bad_files(tmp_path)[:1]
    before = db.read_bytes()
    out = run_cli("--db", str(db), "ingest", *map(str, good + bad), env=WIDE)
    assert out.returncode == 3 and "nothing written: run again with --yes" in out.stdout
    assert _rows(out.stdout)[str(good[0])][2] == "to merge (not written)"
    assert db.read_bytes() == before
    assert run_cli("--db", str(db), "ingest", *map(str, good), "--yes").returncode == 0
    link = tmp_path / "link.txt"
    link.symlink_to(good[0])
    again = run_cli("--db", str(db), "ingest", str(good[0]), str(link), "--yes", env=WIDE)
    assert again.returncode == 0 and "unchanged" in again.stdout, again.stdout
    rows = _rows(again.stdout)
    assert rows[str(good[0])] == ["2020-06-15", "—", "skipped: already in the store"]
    assert rows[str(link)] == ["?", "—", "skipped: given twice"]


def test_file_names_are_shown_as_text(db: Path, tmp_path: Path) -> None:
    """A name with Rich markup and a terminal escape: printed literally, the escape removed."""
    odd = tmp_path / "[red]x\x1b]0;owned\x07.txt"
    odd.write_bytes(b"\x00binary")
    out = run_cli("--db", str(db), "ingest", str(odd), "--yes", env=WIDE)
    assert out.returncode == 2
    assert "[red]x]0;owned.txt" in out.stdout and "\x1b" not in out.stdout + out.stderr




def test_a_progress_bar_on_a_terminal_for_more_than_three_files(db: Path, tmp_path: Path) -> None:
    """stderr a terminal, 4 files: Rich's bar with its count at once; 3 files done within the bar's
    delay (made certain here: quicker work shows nothing): nothing on stderr."""
    files = [*_good_files(tmp_path), _bad_files(tmp_path)[0]]
    code, err, _ = on_pty(["--db", str(db), "ingest", *map(str, files)], "stderr", {"LSO_TUI_PROGRESS_AFTER": "60"})
    assert code == 3 and "/5" in err and "━" in err, err
    code, err, _ = on_pty(
        ["--db", str(db), "ingest", *map(str, files[:3])], "stderr", {"LSO_TUI_PROGRESS_AFTER": "60"}
    )
    assert code == 0 and err == ""


def test_an_ingest_over_a_second_shows_a_bar(country_store: Path, tmp_path: Path) -> None:
    """One article into a country store rebuilds 10,035 units (seconds): the bar shows, with its phase."""
    db = tmp_path / "country.json"
    db.write_bytes(country_store.read_bytes())
    code, err, _ = on_pty(["--db", str(db), "ingest", str(_good_files(tmp_path)[0])], "stderr")
    assert code == 0 and "━" in err and "Adding the register's units" in err, err


def test_no_colour_with_no_color(db: Path, tmp_path: Path) -> None:
    """stdout a terminal: the status in colour; with NO_COLOR, the same table without colour."""
    files = [_good_files(tmp_path)[0], _bad_files(tmp_path)[0]]
    copy = tmp_path / "copy.json"
    copy.write_bytes(db.read_bytes())
    code, shown, _ = on_pty(["--db", str(db), "ingest", *map(str, files), "--yes"], "stdout")
    assert code == 3 and "\x1b[32m" in shown and "merged" in shown
    code, plain, _ = on_pty(
        ["--db", str(copy), "ingest", *map(str, files), "--yes"], "stdout", {"NO_COLOR": "1"}
    )
    assert code == 3 and "merged" in plain
    assert not [s for s in ("\x1b[32m", "\x1b[33m", "\x1b[38;") if s in plain]


def _undated(tmp_path: Path, lede: str | None = None) -> Path:
    """The Chi Lăng article without its dateline (and, with *lede*, opening its lede with it)."""
    text = (GENRE / GOOD[0]).read_text(encoding="utf-8").split("\n", 2)[2]
    if lede:
        text = text.replace("LSO - Thực hiện", f"LSO - {lede} Thực hiện", 1)
    path = tmp_path / "undated.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_article_without_a_date_says_so_and_date_gives_one(db: Path, tmp_path: Path) -> None:
    """No dateline: the preview says so and the table has "?"; --yes merges it undated; --date sets
    the publication date of an undated article, not of one with a dateline (which is said)."""
    undated = _undated(tmp_path)
    out = run_cli("--db", str(db), "ingest", str(undated), env=WIDE)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    added = next(i for i, line in enumerate(lines) if line.startswith("+ document"))
    assert lines[added + 1] == "  no publication date: give --date YYYY-MM-DD"
    assert _rows(out.stdout)[str(undated)][0] == "?"
    copy = tmp_path / "copy.json"
    copy.write_bytes(db.read_bytes())
    merged = run_cli("--db", str(copy), "ingest", str(undated), "--yes", env=WIDE)
    assert merged.returncode == 0 and "no publication date" in merged.stdout
    assert _rows(merged.stdout)[str(undated)][::2] == ["?", "merged"]
    assert sorted(str(d["date"]) for d in _data(copy)["documents"].values()) == ["2020-02-26", "None"]
    dated = run_cli(
        "--db", str(db), "ingest", str(undated), str(CAO_LOC), "--date", "2020-07-01", "--yes", env=WIDE
    )
    assert dated.returncode == 0, dated.stderr
    assert "no publication date" not in dated.stdout
    assert _rows(dated.stdout)[str(undated)][0] == "2020-07-01"
    assert _rows(dated.stdout)[str(CAO_LOC)][0] == "2019-09-09"
    assert "has its own date (2019-09-09" in dated.stdout
    dates = sorted(d["date"] for d in _data(db)["documents"].values())
    assert dates == ["2019-09-09", "2020-02-26", "2020-07-01"]
    report = json.loads(run_cli("--db", str(db), "report", "--format", "json").stdout)
    assert report["as_of"] == "2020-07-01"
    # Kept over the next ingest, which rebuilds from the stored texts.
    assert run_cli("--db", str(db), "ingest", str(GENRE / GOOD[1]), "--yes").returncode == 0
    assert "2020-07-01" in {d["date"] for d in _data(db)["documents"].values()}


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("٢٠١٩-٠١-٠١", "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("²", "is not a date"),
        ("2019-13-01", "not a real date"),
        ("01/02/2019", "is not a date"),
    ],
)
def test_a_bad_date_is_one_line(db: Path, tmp_path: Path, value: str, needle: str) -> None:
    """Arabic-Indic digits, a superscript, no such month, another format: one line, exit 2."""
    before = db.read_bytes()
    out = run_cli("--db", str(db), "ingest", str(_undated(tmp_path)), "--date", value, "--yes")
    assert out.returncode == 2 and needle in out.stderr, out.stderr
    assert out.stderr.count("\n") == 1 and out.stdout == ""
    assert db.read_bytes() == before


def test_a_body_date_is_not_the_publication_date(db: Path, tmp_path: Path) -> None:
    """ "Ngày 21/5/2023, …" opening the lede of an undated article is the event's date: the document
    stays undated and the store's as-of date stays the shipped article's (targets not "overdue")."""
    article = _undated(tmp_path, "Ngày 21/5/2023, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết.")
    out = run_cli("--db", str(db), "ingest", str(article), "--yes", env=WIDE)
    assert out.returncode == 0, out.stderr
    assert "no publication date" in out.stdout and _rows(out.stdout)[str(article)][0] == "?"
    assert None in [d["date"] for d in _data(db)["documents"].values()]
    report = json.loads(run_cli("--db", str(db), "report", "--format", "json").stdout)
    assert report["as_of"] == "2020-02-26"


def _header(text: str) -> tuple[str | None, str | None]:
    """(publication date, event date) that read_header finds in *text*."""
    h = read_header(Article(text))
    return (h.date.iso() if h.date else None, h.event_date.iso() if h.event_date else None)


LONG = " ".join(["Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết việc thực hiện chủ trương."] * 3)


def test_the_header_takes_a_dateline_never_a_body_date() -> None:
    """A weekday or "published" line above the body dates the article; the lede's "Ngày …" or "Sáng
    …", or a short sentence above the first long paragraph, is an event date; a wire dateline
    ("Hưng Yên, 3/8 (TTXVN) - Ngày 3/8/2019") dates it, its year from the lede."""
    title = "Cao Lộc: thêm một xã thực hiện nhất thể hóa"
    assert _header(f"Thứ hai, 09/09/2019\n\n{title}\n\nLSO - Ngày 21/5/2019, {LONG}") == (
        "2019-09-09",
        "2019-05-21",
    )
    assert _header(f"{title}\n\nLSO - Ngày 21/5/2019, {LONG}") == (None, "2019-05-21")
    assert _header(f"{title}\n\n(BĐ) - Sáng 9/11/2020, {LONG}") == (None, "2020-11-09")
    assert _header(f"{title}\n\nNgày 21/5/2023, huyện tổ chức hội nghị.\n\n{LONG}")[0] is None
    assert _header(f"{title}\n\nCập nhật: 20/08/2020 - 07:30\n\n{LONG}")[0] == "2020-08-20"
    assert _header(f"{title}\n\n16/06/2020 09:42 GMT+7\n\n{LONG}")[0] == "2020-06-16"
    assert _header(f"{title}\n\nHưng Yên, 3/8 (TTXVN) - Ngày 3/8/2019, {LONG}") == (
        "2019-08-03",
        "2019-08-03",
    )
    assert _header(f"{title}\n\nHưng Yên, 4/8 (TTXVN) - Ngày 3/8/2019, {LONG}")[0] is None
    # A short text (no paragraph of 25 words): its dateline still dates it, a sentence still does not.
    assert _header(f"Thứ hai, 09/09/2019\n\n{title}\n\nXã Tân Liên đã thực hiện.")[0] == "2019-09-09"
    assert _header(f"{title}\n\nNgày 21/5/2019, xã Tân Liên đã thực hiện.")[0] is None


def test_the_as_of_date_is_the_newest_publication_date() -> None:
    """Documents' ISO dates (and a user's later consolidation) only: a date that is not ISO is not
    compared as text (it would sort after every year)."""
    docs = [
        {"date": "2019-09-09"},
        {"date": "2020-02"},
        {"date": None},
        {"date": "hôm qua"},
        {"date": "2020-13"},
    ]
    assert as_of_date(docs, []) == "2020-02"
    edited = [{"since": {"iso": "2020-06"}, "edited": {"since": True}}, {"since": {"iso": "2030-01"}}]
    assert as_of_date(docs, edited) == "2020-06"


def test_a_folder_stands_for_its_text_files(tmp_path: Path, db: Path) -> None:
    """`ingest FOLDER`: every *.txt in it, in name order (other files ignored); an empty folder is one
    line and exit 2 with the store untouched."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(GENRE / name, folder / name)
    (folder / "notes.md").write_text("không phải bài báo", encoding="utf-8")
    before = _generation(db)
    out = run_cli("--db", str(db), "ingest", str(folder), "--yes", env=WIDE)
    assert out.returncode == 0, out.stderr
    assert sorted(Path(name).name for name in _rows(out.stdout) if name.endswith(".txt")) == sorted(GOOD)
    assert "notes.md" not in out.stdout
    assert _generation(db) == before + 1
    empty = tmp_path / "empty"
    empty.mkdir()
    data = db.read_bytes()
    bad = run_cli("--db", str(db), "ingest", str(empty), "--yes")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "no .txt file" in bad.stderr
    assert db.read_bytes() == data
