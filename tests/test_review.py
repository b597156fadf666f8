"""Review before merge: every fact of a new article as a row with a stable key, its sentence and span,
and a confidence; low confidence unticked by default; what is unticked remembered per article (in the
same write as the merge) and never merged again; `--all` takes every fact."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from lso_tui.build.corrections import checked, parse_fix
from lso_tui.build.ingest import apply, choose, plan
from lso_tui.build.review import ReviewItem, excerpt, items_of, review_items
from lso_tui.build.tables import extract_file, extract_stored
from lso_tui.errors import InputError
from lso_tui.i18n import Catalogue
from lso_tui.store.db import TABLES, Store, table_rows, write_built
from lso_tui.text import fold
from tests.conftest import ROOT, SHIPPED, run_cli

GENRE = ROOT / "tests" / "corpus_genre"
HAU_GIANG = GENRE / "04_hau_giang_tram_phan_tram.txt"  # a share without a count: low
HUU_LUNG = GENRE / "01_huu_lung_mo_rong.txt"  # units named in a list: medium


def _copy(src: Path, tmp_path: Path) -> Path:
    """A private copy of a genre text."""
    out = tmp_path / src.name
    shutil.copy(src, out)
    return out


def _data(db: Path) -> dict[str, Any]:
    """The raw store."""
    data: dict[str, Any] = json.loads(db.read_text(encoding="utf-8"))
    return data


def _generation(db: Path) -> int:
    """The store's write counter."""
    return int(_data(db)["_meta"]["1"]["generation"])


def _by_label(items: list[ReviewItem], needle: str) -> ReviewItem:
    """The one item whose label holds *needle*."""
    (found,) = [i for i in items if needle in i.label]
    return found


def test_review_items_of_a_genre_text(db: Path, tmp_path: Path) -> None:
    """Each kind of fact, with a key, its sentence, the fact's words in it, and a rated confidence."""
    p = plan(Store.open(db), [_copy(HAU_GIANG, tmp_path)], [])
    items = review_items(p)
    assert {i.kind for i in items} == {"unit", "official", "target", "figure"}
    assert len({i.key for i in items}) == len(items)
    (ex,) = p.extractions
    assert all(i.doc_id == ex.document.id for i in items)
    # An official whose two posts stand in one chain: high, the name highlighted in its sentence.
    duc = _by_label(items, "Lâm Hữu Đức")
    assert (duc.key, duc.confidence, duc.reason) == ("official:lam huu duc", "high", "both posts in one title chain")
    assert "both posts" in duc.label and duc.quote[duc.start : duc.end] == "Lâm Hữu Đức"
    # "tỷ lệ … đạt 61,33%": a share without a count, low.
    share = next(i for i in items if i.kind == "figure" and "61.3%" in i.label)
    assert (share.confidence, share.reason) == ("low", "a share without a count")
    assert share.key == "figure://0.6133@tinh hau giang" and share.quote[share.start : share.end] == "61,33%"
    target = next(i for i in items if i.kind == "target")
    assert target.key == "target:1@2020@tinh hau giang" and target.confidence == "high"
    # Units named only in a list: medium.
    assert _by_label(items, "Bình Thạnh").confidence == "medium"
    # The catalogue's language: the same facts, rated the same, worded in Vietnamese.
    vi = review_items(p, Catalogue("vi"))
    assert [(i.key, i.confidence) for i in vi] == [(i.key, i.confidence) for i in items]
    assert _by_label(vi, "Lâm Hữu Đức").reason == "hai chức danh liền nhau"


def test_the_excerpt_keeps_the_fact_in_view() -> None:
    """A long sentence cut to a window that holds the fact's words, at the same offsets."""
    quote = "Mở đầu " * 20 + "xã Tân Liên" + " rồi tiếp" * 20
    start = quote.index("Tân Liên")
    item = ReviewItem("d1", "unit:tan lien", "unit", "x", quote, start, start + 8, "high", "r")
    text, s, e = excerpt(item, 40)
    assert len(text) <= 40 and text[s:e] == "Tân Liên" and text.startswith("…") and text.endswith("…")


def test_default_ticks_follow_the_confidence(db: Path, tmp_path: Path) -> None:
    """In the dashboard's review (untick_low), low is unticked and high and medium ticked: the plan
    leaves out exactly the low ones. The CLI acts on no confidence: every line is [x]."""
    article = _copy(HAU_GIANG, tmp_path)
    p = plan(Store.open(db), [article], [], untick_low=True)
    items = review_items(p)
    low = sorted(i.key for i in items if i.confidence == "low")
    assert low and p.rejections == {p.extractions[0].document.id: low}
    assert all(i.ticked == (i.confidence != "low") for i in items)
    assert plan(Store.open(db), [article], []).rejections == {p.extractions[0].document.id: []}
    out = run_cli("--db", str(db), "ingest", str(article))
    assert out.returncode == 0, out.stderr
    lines = [x for x in out.stdout.splitlines() if x.startswith(("  [x] ", "  [ ] "))]
    assert len(lines) == len(items) and all(x.startswith("  [x] ") for x in lines)
    assert "  [x] figure: ?/? (61.3%) — Tỉnh Hậu Giang, 2019-09 · low (a share without a count) «" in out.stdout


def test_keys_are_stable_across_extractions(db: Path, tmp_path: Path) -> None:
    """The same text extracted twice, and once more from the store after the merge: the same keys."""
    article = _copy(HUU_LUNG, tmp_path)
    t = Catalogue("en")
    first, second = (items_of(extract_file(article), t) for _ in range(2))
    assert [i.key for i in first] == [i.key for i in second] and len(first) >= 8
    assert run_cli("--db", str(db), "ingest", str(article), "--yes").returncode == 0
    (stored,) = [d for d in _data(db)["documents"].values() if d["filename"] == article.name]
    assert [i.key for i in items_of(extract_stored(stored), t)] == [i.key for i in first]


def test_rejections_are_written_with_the_merge(db: Path, tmp_path: Path, built_store: Path) -> None:
    """The review's choice: the ticked facts merged and the unticked remembered, in one write
    (generation + 1); `--yes` alone merges every fact that passes the checks, the low ones too."""
    article = _copy(HAU_GIANG, tmp_path)
    before = _generation(db)
    p = plan(Store.open(db), [article], [], untick_low=True)
    apply(db, p, Store.open(db).meta().get("scope"))
    data = _data(db)
    assert _generation(db) == before + 1
    (row,) = table_rows(data, "rejections")
    doc = next(d["id"] for d in data["documents"].values() if d["filename"] == article.name)
    assert row == {"doc": doc, "keys": ["figure://0.6133@tinh hau giang"]}
    figures = [(o["done"], o["total"], o["share"]) for o in table_rows(data, "observations") if o["document"] == doc]
    # the share without a count, unticked, is not merged; the counts are ("… lên 5" of Long Mỹ too)
    assert (None, None, 0.6133) not in figures and (9, 9, None) in figures
    other = tmp_path / "other"
    other.mkdir()
    fresh = other / "store.json"
    fresh.write_bytes(built_store.read_bytes())
    out = run_cli("--db", str(fresh), "ingest", str(article), "--yes")
    assert out.returncode == 0 and "merged:" in out.stdout, out.stderr
    shares = [(o["done"], o["total"], o["share"]) for o in table_rows(_data(fresh), "observations")]
    assert (None, None, 0.6133) in shares and table_rows(_data(fresh), "rejections") == []


def test_a_rejected_fact_does_not_come_back(db: Path, tmp_path: Path) -> None:
    """An official unticked by the user: not merged; the article taken out and ingested again: still
    left out (its line says [ ]); another article's ingest rebuilds without it too."""
    article = _copy(HUU_LUNG, tmp_path)
    store = Store.open(db)
    p = plan(store, [article], [])
    doc = p.extractions[0].document.id
    tuong = _by_label(review_items(p), "Hoàng Văn Tường")
    before = _generation(db)
    apply(db, choose(store, p, {doc: {tuong.key}}), store.meta().get("scope"))
    assert _generation(db) == before + 1
    names = lambda: {o["name"] for o in table_rows(_data(db), "officials")}  # noqa: E731
    assert "Hoàng Văn Tường" not in names() and "Chu Văn Tiến" in names()
    assert table_rows(_data(db), "rejections") == [{"doc": doc, "keys": [tuong.key]}]
    assert run_cli("--db", str(db), "ingest", "--remove", doc, "--yes").returncode == 0
    again = run_cli("--db", str(db), "ingest", str(article), "--yes")
    assert again.returncode == 0, again.stderr
    assert "  [ ] official: Hoàng Văn Tường" in again.stdout
    assert "Hoàng Văn Tường" not in names() and "Chu Văn Tiến" in names()
    other = run_cli("--db", str(db), "ingest", str(_copy(HAU_GIANG, tmp_path)), "--yes")
    assert other.returncode == 0 and "Hoàng Văn Tường" not in names()


def test_a_rebuild_leaves_out_what_is_rejected(tmp_path: Path) -> None:
    """A rejection recorded for an article already in the store: `build` drops that fact."""
    db = tmp_path / "store.json"
    assert run_cli("build", "--db", str(db), str(SHIPPED)).returncode == 0
    names = lambda: {o["name"] for o in table_rows(_data(db), "officials")}  # noqa: E731
    data = _data(db)
    doc = next(iter(data["documents"].values()))["id"]
    official = sorted(names())[0]
    rows = {name: table_rows(data, name, expand=False) for name in TABLES}  # as stored
    meta = {k: v for k, v in data["_meta"]["1"].items() if k not in ("schema", "generation")}
    write_built(db, rows, meta, rejections={doc: [f"official:{fold(official)}"]})
    assert official in names()  # the row only: the tables were written as given
    out = run_cli("build", "--db", str(db), str(SHIPPED))
    assert out.returncode == 0, out.stderr
    assert official not in names() and names()
    assert table_rows(_data(db), "rejections") == [{"doc": doc, "keys": [f"official:{fold(official)}"]}]


def test_all_takes_the_low_confidence_facts_too(db: Path, tmp_path: Path) -> None:
    """--all: every line [x], the share without a count merged, no rejections row."""
    article = _copy(HAU_GIANG, tmp_path)
    out = run_cli("--db", str(db), "ingest", str(article), "--yes", "--all")
    assert out.returncode == 0, out.stderr
    assert "  [ ] " not in out.stdout and "  [x] figure: ?/? (61.3%)" in out.stdout
    data = _data(db)
    assert (None, None, 0.6133) in [(o["done"], o["total"], o["share"]) for o in table_rows(data, "observations")]
    assert table_rows(data, "rejections") == []


def test_a_correction_is_merged_kept_and_applied_by_every_rebuild(tmp_path: Path) -> None:
    """A figure whose region and counts a user corrected (choose with fixes): merged as corrected, the
    correction kept in the article's row, and `build` (which extracts the article again) applies it."""
    db = tmp_path / "store.json"
    assert run_cli("build", "--db", str(db), str(SHIPPED)).returncode == 0
    article = _copy(HAU_GIANG, tmp_path)
    store = Store.open(db)
    p = plan(store, [article], [])
    doc = p.extractions[0].document.id
    share = next(i for i in review_items(p) if i.kind == "figure" and "61.3%" in i.label)
    fix = parse_fix("figure", {"done": "46", "total": "75", "share": "61,33%", "scope": "Hậu Giang"})
    assert fix == {"done": 46, "total": 75, "share": 0.6133, "scope": "Hậu Giang"}
    apply(db, choose(store, p, {doc: set()}, {doc: {share.key: fix}}), store.meta().get("scope"))
    figures = lambda: [(o["done"], o["total"]) for o in table_rows(_data(db), "observations")]  # noqa: E731
    assert (46, 75) in figures()
    (row,) = table_rows(_data(db), "rejections")
    assert row == {"doc": doc, "keys": [], "fixes": {share.key: fix}}
    out = run_cli("build", "--db", str(db), str(SHIPPED), str(article))
    assert out.returncode == 0, out.stderr
    assert (46, 75) in figures()


def test_what_a_user_types_for_a_correction_is_checked() -> None:
    """Each field is parsed as the edit forms parse it; an impossible figure is refused."""
    assert parse_fix("official", {"name": " Lò  Văn A ", "unit": "", "concurrent": "có"}) == {
        "name": "Lò  Văn A", "unit": None, "concurrent": True,
    }  # fmt: skip
    assert parse_fix("target", {"share": "70", "year": "2025", "scope": "Bắc Kạn"})["share"] == 0.7
    for kind, typed, field in (
        ("figure", {"done": "9", "total": "8"}, "done"),
        ("figure", {"done": "-1"}, "done"),
        ("figure", {"done": "٣"}, "done"),
        ("figure", {"share": "150%"}, "share"),
        ("target", {"year": "20"}, "year"),
        ("unit", {"name": "  "}, "name"),
    ):
        with pytest.raises(InputError, match=f"^{field}:"):
            parse_fix(kind, typed)


def test_corrections_of_the_wrong_type_in_a_hand_written_store_are_ignored(tmp_path: Path) -> None:
    """A store whose rows hold corrections of the wrong type (another member's hand edit): the
    build ignores those fields, keeps the good ones, and does not fail."""
    db = tmp_path / "store.json"
    assert run_cli("build", "--db", str(db), str(SHIPPED)).returncode == 0
    data = _data(db)
    doc = next(iter(data["documents"].values()))["id"]
    official = sorted(o["name"] for o in table_rows(data, "officials"))[0]
    key = f"official:{fold(official)}"
    bad = {key: {"name": 5, "unit": ["x"], "concurrent": "yes"}, "figure://@": "nonsense", "target:x": {"year": True}}
    data["rejections"] = {"1": {"doc": doc, "keys": [], "fixes": bad}}
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = run_cli("build", "--db", str(db), str(SHIPPED))
    assert out.returncode == 0, out.stderr
    assert official in {o["name"] for o in table_rows(_data(db), "officials")}
    assert checked("official", {"name": "\x1b[31mA\u202e B", "unit": 3}) == {"name": "[31mA B"}
