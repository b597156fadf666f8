"""Place the region a statement counts ("toàn tỉnh", "huyện X") among the register's regions."""

from __future__ import annotations

from typing import Any

from lso_tui.build.register import District
from lso_tui.extract.gazetteer import bare_name
from lso_tui.model.records import Extraction
from lso_tui.text import fold_key

Placed = dict[tuple[str | None, str | None], dict[str, Any]]


def place(
    regions: list[dict[str, Any]], name: str | None, level: str | None, home: District | None
) -> dict[str, Any] | None:
    """The region row a statement's scope names, or None when it names none or several.

    *home* is the article's own district: an unnamed province ("toàn tỉnh") is its province, and
    a district name found in several provinces is taken in its province first.
    """
    if level == "province" and name is None:
        name_code = home.province_code if home else None
        return next((r for r in regions if r["level"] == "province" and r["code"] == name_code), None)
    if level not in ("province", "district") or not name:
        return None
    want = fold_key(name)
    found = [
        r
        for r in regions
        if r["level"] == level and want in {fold_key(r["name"]), fold_key(r.get("short") or "")}
    ]
    if not found and level == "district":
        # "Huyện An Khê" for a name the text gave bare: the register may call it a town or a city
        # (the register's short name may carry a note a town shares: "Kỳ Anh (Huyện)")
        bare = fold_key(bare_name(name))
        found = [r for r in regions if r["level"] == level and bare == fold_key(bare_name(r.get("short") or ""))]
    if len(found) > 1 and home is not None:
        near = [r for r in found if home.province_code in (r["code"], r.get("parent"))]
        found = near or found
    if not found and level == "district":
        # "toàn thành phố Hà Nội": a city the register lists as a province (a centrally run city)
        found = [r for r in regions if r["level"] == "province" and want in {fold_key(r["name"]), fold_key(r.get("short") or "")}]
    return found[0] if len(found) == 1 else None


def place_statements(regions: list[dict[str, Any]], ex: Extraction, home: District | None) -> Placed:
    """Every (scope, level) the article's targets and progress figures speak of, placed."""
    placed: Placed = {}
    said: list[tuple[str | None, str | None]] = [(g.scope, g.scope_level) for g in ex.targets]
    said += [(p.scope, p.scope_level) for p in ex.progress]
    for scope, level in said:
        key = (scope, level)
        if key in placed:
            continue
        if home is not None and level == "district" and scope == ex.scope:
            # The article's own district was matched with its unit names too (a name shared by
            # districts of several provinces).
            row = next((r for r in regions if r["level"] == "district" and r["code"] == home.code), None)
        else:
            row = place(regions, scope, level, home)
        if row is not None:
            placed[key] = row
    return placed
