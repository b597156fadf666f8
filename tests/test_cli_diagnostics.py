"""Issue 16, item 9: the CLI names what is wrong with an input rightly, and a read or a refused write
leaves nothing behind: a program is binary (not UTF-16), markup is not an article, a mistyped --db
is not built, a file that is not a store gets no lock beside it, and `ingest --remove` previews every
unit and figure it then takes out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from lso_tui.store.db import table_rows
from tests.conftest import ROOT, run_cli

LOC_BINH = ROOT / "tests" / "genre" / "loc_binh_hai_muoi_mot.txt"
SVG = ROOT / "docs" / "screen-80x24.svg"
PROGRAMS = [Path("/bin/ls"), Path(sys.executable).resolve()]


def _one_line(out: Any, needle: str) -> str:
    """Exit 2, one line on stderr holding *needle*, no traceback; returns the line."""
    assert out.returncode == 2, (out.returncode, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr and "internal error" not in out.stderr, out.stderr
    assert needle in lines[0], lines[0]
    return str(lines[0])


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.name)
def test_a_program_is_called_binary_not_utf16(program: Path, db: Path) -> None:
    """An executable (many NUL bytes at both odd and even places) is binary, in extract and ingest."""
    line = _one_line(run_cli("extract", str(program)), "binary file")
    assert "UTF-16" not in line
    out = run_cli("--db", str(db), "ingest", str(program), "--yes")
    assert out.returncode == 2 and "binary file" in out.stderr and "UTF-16" not in out.stdout + out.stderr
    vi = _one_line(run_cli("--lang", "vi", "extract", str(program)), "tệp nhị phân")
    assert "binary" not in vi


def test_utf16_without_a_bom_is_still_utf16(tmp_path: Path, shipped: Path) -> None:
    """The real UTF-16 texts keep their advice (iconv), Vietnamese letters and all."""
    text = shipped.read_text(encoding="utf-8")
    for enc in ("utf-16-le", "utf-16-be"):
        f = tmp_path / f"{enc}.txt"
        f.write_bytes(text.encode(enc))
        _one_line(run_cli("extract", str(f)), "UTF-16")


def _markup(tmp_path: Path) -> list[Path]:
    """An SVG (the README's own screenshot), an HTML page and an XML file with a declaration."""
    html = tmp_path / "page.html"
    html.write_text(
        "<!DOCTYPE html>\n<html><body><p>Xã Tân Liên đã thực hiện nhất thể hóa Bí thư Đảng ủy đồng thời là"
        " Chủ tịch UBND xã từ tháng 7/2018.</p></body></html>\n",
        encoding="utf-8",
    )
    xml = tmp_path / "feed.xml"
    xml.write_text('<?xml version="1.0"?>\n<rss><item>Nhất thể hóa</item></rss>\n', encoding="utf-8")
    return [SVG, html, xml]


def test_markup_is_refused_as_not_an_article(tmp_path: Path, db: Path) -> None:
    """SVG, HTML, XML: extract (plain and --json) and ingest refuse them in one line, exit 2."""
    for f in _markup(tmp_path):
        for args in (("extract", str(f)), ("extract", str(f), "--json")):
            out = run_cli(*args)
            _one_line(out, "markup")
            assert out.stdout == ""
        _one_line(run_cli("--lang", "vi", "extract", str(f)), "không phải văn bản của một bài báo")
        out = run_cli("--db", str(db), "ingest", str(f), "--yes")
        assert out.returncode == 2 and "markup" in out.stderr, out.stderr


def test_text_that_only_mentions_a_tag_is_still_an_article(tmp_path: Path, shipped: Path) -> None:
    """A first line in angle brackets, with no tag closed anywhere, is text, not markup."""
    f = tmp_path / "bracketed.txt"
    f.write_text("<Tin địa phương>\n" + shipped.read_text(encoding="utf-8"), encoding="utf-8")
    out = run_cli("extract", str(f), "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["units"]


def test_a_port_out_of_range_says_the_range(db: Path) -> None:
    """serve --port 99999 (checked before the issue: exit 2, not OverflowError): the line says why."""
    out = run_cli("--db", str(db), "serve", "--port", "99999")
    assert out.returncode == 2 and "Traceback" not in out.stderr and "internal error" not in out.stderr
    last = out.stderr.strip().splitlines()[-1]
    assert "--port" in last and "99999" in last and "1–65535" in last and "_port" not in last, last


NO_STORE = [("summary",), ("report",), ("report", "--format", "json"), ("edit", "log"), ("restore",)]
PLACES = [(w, a) for a in NO_STORE for w in ("before", "after") if w == "before" or a[0] != "edit"]


@pytest.mark.parametrize(("where", "args"), PLACES, ids=lambda v: v if isinstance(v, str) else " ".join(v))
def test_a_read_command_never_creates_a_store(tmp_path: Path, args: tuple[str, ...], where: str) -> None:
    """A mistyped --db (before or after the command) for a read, or for restore: one line, exit 2,
    and nothing at that path, no directory, no lock file."""
    missing = tmp_path / "typo" / "stroe.json"
    db = ("--db", str(missing))
    out = run_cli(*db, *args) if where == "before" else run_cli(*args, *db)
    _one_line(out, "no store")
    assert not (tmp_path / "typo").exists()
    flat = tmp_path / "stroe.json"
    _one_line(run_cli("--db", str(flat), *args), str(flat))
    _one_line(run_cli("--lang", "vi", "--db", str(flat), *args), "không có kho dữ liệu")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def _not_stores(tmp_path: Path) -> list[Path]:
    """Files that are not stores: plain text, an SVG, JSON of another program, an empty file."""
    files = {
        "notes.txt": "ghi chú\n",
        "pic.svg": SVG.read_text(encoding="utf-8"),
        "package.json": '{"name": "x", "version": "1.0.0"}\n',
        "empty.json": "",
    }
    out = []
    for name, text in files.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        p.chmod(0o600)
        out.append(p)
    return out


WRITES = [
    ("edit", "unit", "05986", "--consolidated", "yes"),
    ("edit", "add-official", "--name", "Lê Văn A", "--unit", "05986", "--titles", "Bí thư Đảng ủy"),
    ("edit", "undo"),
    ("restore",),
    ("ingest", str(LOC_BINH), "--yes"),
    ("build",),
]


@pytest.mark.parametrize("args", WRITES, ids=lambda a: " ".join(a[:2]))
def test_a_file_that_is_not_a_store_gets_no_lock_file(tmp_path: Path, args: tuple[str, ...]) -> None:
    """A write refused because --db is not a store: one line, the file as it was, nothing beside it."""
    for f in _not_stores(tmp_path):
        before = f.read_bytes()
        out = run_cli("--db", str(f), *args)
        assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1, (f.name, out.stderr)
        assert f.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.json", "notes.txt", "package.json", "pic.svg"]


def test_a_store_still_gets_its_lock_file(db: Path) -> None:
    """The lock beside a real store stays (it is what every writer locks)."""
    out = run_cli("--db", str(db), "edit", "unit", "05986", "--consolidated", "yes")
    assert out.returncode == 0, out.stderr
    assert db.with_name(db.name + ".lock").exists()


def _units(db: Path) -> dict[str, dict[str, Any]]:
    """The store's units by code, as readers see them."""
    return {u["code"]: u for u in table_rows(json.loads(db.read_text(encoding="utf-8")), "units")}


def test_removing_an_article_previews_every_unit_and_figure_it_takes_out(db: Path) -> None:
    """Lộc Bình's article out again: the preview names the district's units that go (how many, and
    each one it had consolidated), its officials by name and its figure with the count, and the
    removal then takes out exactly that."""
    assert run_cli("--db", str(db), "ingest", str(LOC_BINH), "--yes").returncode == 0
    data = json.loads(db.read_text(encoding="utf-8"))
    doc = next(d["id"] for d in data["documents"].values() if d["title"].startswith("Lộc Bình"))
    before = _units(db)
    out = run_cli("--db", str(db), "ingest", "--remove", doc)
    assert out.returncode == 0, out.stderr
    preview = out.stdout
    assert run_cli("--db", str(db), "ingest", "--remove", doc, "--yes").returncode == 0
    after = _units(db)
    gone = sorted(set(before) - set(after))
    assert len(gone) == 20
    assert f"{len(gone)} unit(s) removed" in preview, preview
    for code in gone:
        u = before[code]
        if u["consolidated"] is not None:
            assert f"unit {u['type']} {u['name']} ({u['district']}): consolidated" in preview, (code, preview)
    assert "unit xã Tú Đoạn (Huyện Lộc Bình): consolidated 2019-03 → removed" in preview
    assert "official Hoàng Văn Sình (xã Tú Đoạn) removed" in preview
    assert "observation Huyện Lộc Bình: 5/21 as of 2019-10 removed" in preview
    assert "hoangvansinh@06562" not in preview and f"{doc}-p1" not in preview  # names, not ids
