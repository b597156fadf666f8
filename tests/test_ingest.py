"""`lso-tui ingest`: preview, merge, idempotence, taking an article out; edits kept; bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lso_tui.build.register import Register
from lso_tui.store.db import table_rows
from tests.conftest import ROOT, run_cli

CAO_LOC = ROOT / "tests" / "corpus" / "01_cao_loc_bon_xa.txt"  # another district of the province


def _data(db: Path) -> dict[str, Any]:
    """The raw store."""
    data: dict[str, Any] = json.loads(db.read_text(encoding="utf-8"))
    return data


def _units(db: Path) -> dict[str, dict[str, Any]]:
    """Units by name and district, as readers see them."""
    return {f"{u['name']}@{u['district']}": u for u in table_rows(_data(db), "units")}


def test_preview_without_a_terminal_writes_nothing(db: Path) -> None:
    """Piped: the preview with each fact's sentence, then "run again with --yes"; the file unchanged."""
    before = db.read_bytes()
    out = run_cli("--db", str(db), "ingest", str(CAO_LOC))
    assert out.returncode == 0, out.stderr
    assert "+ document" in out.stdout and "nothing written" in out.stdout
    assert "xã Tân Liên (Huyện Cao Lộc): new → consolidated 2018-07 — «" in out.stdout
    assert "new observation Huyện Cao Lộc" in out.stdout and "4 xã/23 đơn vị" in out.stdout
    assert db.read_bytes() == before


def test_merge_brings_the_new_district_keeps_the_old_and_is_idempotent(db: Path) -> None:
    """--yes: Cao Lộc's units from the register, its four consolidations, its target and figure;
    the first article's facts and a user's edit untouched; the same article again changes nothing."""
    edit = run_cli("--db", str(db), "edit", "unit", "05971", "--consolidated", "no")
    assert edit.returncode == 0, edit.stderr
    out = run_cli("--db", str(db), "ingest", str(CAO_LOC), "--yes")
    assert out.returncode == 0 and "merged:" in out.stdout, out.stderr
    units = _units(db)
    (district,) = Register().find_districts("Cao Lộc", "Lạng Sơn")
    cao_loc = [u for u in units.values() if u["district_code"] == district.code]
    assert len(cao_loc) == len(Register().communes(district.code))
    done = sorted(u["name"] for u in cao_loc if u["consolidated"])
    assert done == ["Gia Cát", "Hợp Thành", "Thụy Hùng", "Tân Liên"]
    assert units["Chi Lăng@Thành phố Lạng Sơn"]["consolidated"] is True
    data = _data(db)
    shipped_doc = next(d["id"] for d in data["documents"].values() if not d["title"].startswith("Cao Lộc"))
    (obs,) = [o for o in data["observations"].values() if o["document"] != shipped_doc]
    assert (obs["done"], obs["total"], obs["share"], obs["as_of"]) == (4, 23, 0.174, "2019-09")
    assert len(data["documents"]) == 2 and len(data["targets"]) == 2
    assert any(e["record"] == "05971" for e in data["edits"].values())
    before = db.read_bytes()
    again = run_cli("--db", str(db), "ingest", str(CAO_LOC), "--yes")
    assert again.returncode == 0 and "already in the store" in again.stdout and "unchanged" in again.stdout
    assert db.read_bytes() == before


def test_taking_an_article_out_removes_only_its_facts(db: Path) -> None:
    """--remove: what only that article supported goes; the rest, and edits, stay."""
    assert run_cli("--db", str(db), "ingest", str(CAO_LOC), "--yes").returncode == 0
    doc_id = next(d["id"] for d in _data(db)["documents"].values() if d["title"].startswith("Cao Lộc"))
    assert run_cli("--db", str(db), "edit", "unit", "05971", "--consolidated", "no").returncode == 0
    out = run_cli("--db", str(db), "ingest", "--remove", doc_id, "--yes")
    assert out.returncode == 0 and f"- document {doc_id}" in out.stdout, out.stderr
    data = _data(db)
    (kept,) = data["documents"].values()
    assert all(o["document"] == kept["id"] for o in data["observations"].values())  # the shipped one's only
    assert len(data["targets"]) == 1
    assert all(u["district"] == "Thành phố Lạng Sơn" for u in _units(db).values())
    assert any(e["record"] == "05971" for e in data["edits"].values())


def test_an_article_with_nothing_to_extract_is_not_added(db: Path, tmp_path: Path) -> None:
    """One line, exit 2, no empty document."""
    empty = tmp_path / "empty.txt"
    empty.write_text("Hôm nay trời đẹp.\n\nMột bài không nói gì về chính quyền cơ sở.\n", encoding="utf-8")
    before = db.read_bytes()
    out = run_cli("--db", str(db), "ingest", str(empty), "--yes")
    assert out.returncode == 2 and "nothing added" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_bad_input_is_one_line(db: Path, tmp_path: Path) -> None:
    """A missing file, an unknown document to remove, nothing asked: exit 2, one line."""
    for args, message in (
        ([str(tmp_path / "missing.txt")], "missing.txt"),
        (["--remove", "dnothere"], "no document 'dnothere'"),
        ([], "give article files"),
    ):
        out = run_cli("--db", str(db), "ingest", *args, "--yes")
        assert out.returncode == 2 and message in out.stderr, (args, out.stderr)
        assert "Traceback" not in out.stderr
