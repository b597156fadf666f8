"""`lso-tui build`: deterministic, register-backed, and never loses or corrupts a store."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from lso_tui.store.db import table_rows
from tests.conftest import ROOT, run_cli

CORPUS = ROOT / "tests" / "corpus"


def _load(path: Path) -> dict[str, Any]:
    """The raw TinyDB file."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _rows(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """A table's documents in id order, as every reader sees them (units expanded)."""
    return table_rows(data, table)


def test_build_is_byte_identical_and_idempotent(tmp_path: Path, built_store: Path) -> None:
    """Two builds give identical bytes; rebuilding in place changes nothing."""
    other = tmp_path / "again.json"
    assert run_cli("build", "--db", str(other)).returncode == 0
    assert other.read_bytes() == built_store.read_bytes()
    again = run_cli("build", "--db", str(other))
    assert again.returncode == 0 and again.stdout.startswith("unchanged")
    assert other.read_bytes() == built_store.read_bytes()


def test_store_has_schema_version_and_private_mode(built_store: Path) -> None:
    """The meta table carries the schema; the file is created 0600 whatever the umask."""
    meta = _rows(_load(built_store), "_meta")[0]
    assert meta["schema"] == 1 and meta["generation"] == 1
    assert stat.S_IMODE(built_store.stat().st_mode) == 0o600


def test_scope_is_every_commune_of_the_city_from_the_register(built_store: Path) -> None:
    """8 units (5 phường, 3 xã) with official codes; Chi Lăng and Quảng Lạc consolidated."""
    units = _rows(_load(built_store), "units")
    assert len(units) == 8
    assert sorted(u["type"] for u in units).count("phường") == 5
    assert sorted(u["type"] for u in units).count("xã") == 3
    assert all(len(u["code"]) == 5 and u["code"].isdigit() for u in units)
    assert all(u["district"] == "Thành phố Lạng Sơn" and u["provenance"]["code"] == "register" for u in units)
    done = {u["name"]: u for u in units if u["consolidated"]}
    assert set(done) == {"Chi Lăng", "Quảng Lạc"}
    assert done["Chi Lăng"]["since"] == {"iso": "2018-06", "precision": "month", "part": "late"}
    assert done["Quảng Lạc"]["since"] == {"iso": "2018-07", "precision": "month", "part": "early"}
    assert all(u["consolidated"] is None for u in units if u["name"] not in done)
    for u in done.values():
        assert u["successor"]["name"] == "Lương Văn Tri" and u["successor"]["type"] == "phường"
        assert u["provenance"]["consolidated"]["quote"] and u["provenance"]["successor"] == "register"


def test_officials_link_to_unit_codes_and_the_target_to_its_scope(built_store: Path) -> None:
    """Officials carry their unit's register code; the target its district code and speaker."""
    data = _load(built_store)
    units = {u["code"]: u["name"] for u in _rows(data, "units")}
    offs = {o["name"]: o for o in _rows(data, "officials")}
    assert units[offs["Trần Lệnh Trưởng"]["unit_code"]] == "Chi Lăng"
    assert units[offs["Phạm Đình Duy"]["unit_code"]] == "Quảng Lạc"
    (target,) = _rows(data, "targets")
    assert target["scope"] == "Thành phố Lạng Sơn" and target["scope_code"]
    assert target["stated_by"] == offs["Nguyễn Quang Tuấn"]["id"]
    assert target["deadline"] == "2020-12-31" and target["share"] == 0.5
    assert "progress" not in json.dumps(target) and "done" not in target


def test_summary_derives_progress(built_store: Path) -> None:
    """2 of 8 = 25% toward 4 of 8 = 50%, 2 more needed, as of the article's date."""
    result = run_cli("--db", str(built_store))
    assert result.returncode == 0, result.stderr
    assert "2/8 = 25% toward 4/8 = 50% by 2020-12-31 — 2 more needed" in result.stdout
    assert "as of 2020-02-26" in result.stdout


def test_first_use_builds_the_store_at_the_default_place(tmp_path: Path) -> None:
    """`lso-tui` with no store: builds from the shipped article (saying so), then opens it."""
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "LSO_TUI_DB": ""}
    result = run_cli(env=env)
    assert result.returncode == 0, result.stderr
    assert "building it from the shipped article" in result.stderr
    assert (tmp_path / "xdg" / "lso-tui" / "store.json").is_file()
    env2 = {"LSO_TUI_DB": str(tmp_path / "env.json")}
    assert run_cli(env=env2).returncode == 0 and (tmp_path / "env.json").is_file()


def test_unparseable_or_newer_store_is_never_overwritten(tmp_path: Path, built_store: Path) -> None:
    """Garbage and a newer schema both get one line, exit 2, and the file kept byte for byte."""
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"units": {"1": {"name": "trunc')
    newer = tmp_path / "newer.json"
    data = _load(built_store)
    data["_meta"]["1"]["schema"] = 99
    newer.write_text(json.dumps(data), encoding="utf-8")
    for path, needle in ((bad, "does not parse"), (newer, "newer")):
        before = path.read_bytes()
        for args in (("build", "--db", str(path)), ("--db", str(path))):
            result = run_cli(*args)
            assert result.returncode == 2 and needle in result.stderr
            assert len(result.stderr.strip().splitlines()) == 1
            assert path.read_bytes() == before


def test_rebuild_refuses_to_drop_documents_and_keeps_other_tables(tmp_path: Path, shipped: Path) -> None:
    """A build that leaves out an article already in the store is refused; extra tables survive."""
    db = tmp_path / "s.json"
    other = CORPUS / "01_cao_loc_bon_xa.txt"
    assert run_cli("build", "--db", str(db), str(shipped), str(other)).returncode == 0
    data = _load(db)
    data["reviews"] = {"1": {"field": "kept"}}  # a table this build does not know
    db.write_text(json.dumps(data), encoding="utf-8")
    before = db.read_bytes()
    refused = run_cli("build", "--db", str(db), str(shipped))
    assert refused.returncode == 2 and "does not include" in refused.stderr
    assert db.read_bytes() == before
    assert run_cli("build", "--db", str(db), str(other), str(shipped)).returncode == 0
    after = _load(db)
    assert after["reviews"] == {"1": {"field": "kept"}}
    assert after["_meta"]["1"]["generation"] == 2
    assert (tmp_path / "s.json.bak1").read_bytes() == before


def test_two_articles_two_districts(tmp_path: Path, shipped: Path) -> None:
    """Units of both districts come from the register; each target keeps its own scope."""
    db = tmp_path / "two.json"
    result = run_cli("build", "--db", str(db), str(shipped), str(CORPUS / "01_cao_loc_bon_xa.txt"))
    assert result.returncode == 0, result.stderr
    data = _load(db)
    districts = {u["district"] for u in _rows(data, "units")}
    assert districts == {"Thành phố Lạng Sơn", "Huyện Cao Lộc"}
    scopes = {t["scope"] for t in _rows(data, "targets")}
    assert scopes == {"Thành phố Lạng Sơn", "Huyện Cao Lộc"}
    obs = _rows(data, "observations")
    # The shipped article's "nhất thể hóa tại 2 đơn vị" (the city's), then Cao Lộc's 4/23.
    assert [(o["done"], o["total"], o["share"], o["scope"]) for o in obs] == [
        (2, None, None, "Thành phố Lạng Sơn"), (4, 23, 0.174, "Huyện Cao Lộc"),
    ]  # fmt: skip


def test_failed_build_leaves_no_file(tmp_path: Path) -> None:
    """A build that fails on its input creates nothing."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    db = tmp_path / "never.json"
    assert run_cli("build", "--db", str(db), str(empty)).returncode == 2
    assert not db.exists()
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]
