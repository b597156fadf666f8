"""A region as a user types it ("province:NAME", a bare name, a code, "country"), found among the
store's regions, as the scope fields a target keeps (no register needed)."""

from __future__ import annotations

from typing import Any

from lso_tui.errors import InputError
from lso_tui.text import clean, fold_key, squash


def region_scope(regions: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """The target scope a user typed, looked up in the store's regions (no register needed).

    Accepts "country", "province:NAME", "district:NAME[, PROVINCE]", a bare region name, or a
    register code. Returns the fields a target keeps: scope_level, scope_code and scope (the name).
    """
    value = squash(clean(text, keep_newlines=False))
    if not value:
        raise InputError("scope: must not be empty")
    if value.lower() in ("country", "cả nước", "ca nuoc"):
        return {"scope_level": "country", "scope_code": None, "scope": None}
    level, sep, name = value.partition(":")
    level = level.strip().lower()
    if not sep or level not in ("province", "district"):
        level, name = "", value
    name, _, parent = name.partition(",")
    by_code = {r["code"]: r for r in regions}
    found = [by_code[name.strip()]] if name.strip() in by_code else []
    if not found:
        want = fold_key(name)
        found = [
            r
            for r in regions
            if (not level or r["level"] == level)
            and want in {fold_key(r["name"]), fold_key(r.get("short") or "")}
            and (not parent or fold_key(parent) in _parent_keys(by_code, r))
        ]
    if not found:
        raise InputError(f"scope: no province or district called {value!r} in this store")
    if len(found) > 1:
        where = "; ".join(f"{r['level']} {r['name']} ({r['code']})" for r in found[:5])
        raise InputError(f"scope: {value!r} names {len(found)} regions ({where}); give the code")
    r = found[0]
    return {"scope_level": r["level"], "scope_code": r["code"], "scope": r["name"]}


def _parent_keys(by_code: dict[str, dict[str, Any]], region: dict[str, Any]) -> set[str]:
    """Folded names of a region's province (for "district:NAME, PROVINCE")."""
    p = by_code.get(region.get("parent") or "")
    return {fold_key(p["name"]), fold_key(p.get("short") or "")} if p else set()
