"""A region as a user types it ("province:NAME", a bare name, a code, "country"), found among the
store's regions, as the scope fields a target keeps; a unit by its name or code (no register needed)."""

from __future__ import annotations

from typing import Any

from lso_tui.errors import refusal
from lso_tui.i18n import Term
from lso_tui.text import clean, fold, fold_key, squash

UNIT_TYPES = ("xa ", "phuong ", "thi tran ")  # folded, as a name may open with its type


def region_scope(regions: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """The target scope a user typed, looked up in the store's regions (no register needed).

    Accepts "country", "province:NAME", "district:NAME[, PROVINCE]", a bare region name, or a
    register code. Returns the fields a target keeps: scope_level, scope_code and scope (the name).
    """
    value = squash(clean(text, keep_newlines=False))
    if not value:
        raise refusal("err.empty", what=Term("field.scope"))
    if fold(value) in ("country", "whole country", "ca nuoc"):  # the form shows the catalogue's words
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
        raise refusal("err.scope.none", value=value)
    if len(found) > 1:
        where = "; ".join(f"{r['name']} ({r['code']})" for r in found[:5])  # names say their level
        raise refusal("err.scope.many", value=value, n=len(found), where=where)
    r = found[0]
    return {"scope_level": r["level"], "scope_code": r["code"], "scope": r["name"]}


def region_text(regions: list[dict[str, Any]], code: str) -> str:
    """What region_scope reads back as the region of *code*: its name ("Huyện Cao Lộc"), with
    its level and province when the name repeats; empty for an unknown code."""
    by_code = {r["code"]: r for r in regions}
    r = by_code.get(code)
    if r is None:
        return ""
    key = fold_key(r["name"])
    if sum(1 for x in regions if fold_key(x["name"]) == key) == 1:
        return str(r["name"])
    parent = by_code.get(r.get("parent") or "")
    return f"{r['level']}:{r['name']}" + (f", {parent['name']}" if parent else "")


def _parent_keys(by_code: dict[str, dict[str, Any]], region: dict[str, Any]) -> set[str]:
    """Folded names of a region's province (for "district:NAME, PROVINCE")."""
    p = by_code.get(region.get("parent") or "")
    return {fold_key(p["name"]), fold_key(p.get("short") or "")} if p else set()


def find_unit(units: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """The unit a user typed: its code, or its name with diacritics optional ("tan lien"), its type
    optional ("xã Tân Liên"), and, for a name that repeats, its district or province after commas
    ("Tả Lủng, Mèo Vạc"). InputError (a catalogue message) names none or lists the candidates."""
    value = squash(clean(text, keep_newlines=False))
    if not value:
        raise refusal("err.empty", what=Term("field.unit"))
    by_code = {u["code"]: u for u in units}
    if value in by_code:
        return by_code[value]
    name, *hints = (part.strip() for part in value.split(","))
    folded = fold(name)
    kind = next((k.strip() for k in UNIT_TYPES if folded.startswith(k)), None)
    want = fold_key(folded[len(kind) :] if kind else folded)
    found = [
        u
        for u in units
        if fold_key(u["name"]) == want
        and (kind is None or fold(u.get("type") or "") == kind)
        and all(_in_region(u, fold_key(h)) for h in hints if h)
    ]
    if not found:
        raise refusal("unit.none", text=value)
    if len(found) > 1:
        where = "; ".join(
            f"{u['type']} {u['name']} ({u.get('district') or '?'}, {u['code']})" for u in found[:6]
        )
        raise refusal("unit.ambiguous", text=value, n=len(found), units=where)
    return found[0]


def unit_text(units: list[dict[str, Any]], unit: dict[str, Any]) -> str:
    """What find_unit reads back as *unit*: its name, with its district when the name repeats."""
    key = fold_key(unit["name"])
    if sum(1 for u in units if fold_key(u["name"]) == key) == 1:
        return str(unit["name"])
    return f"{unit['name']}, {unit.get('district') or unit['code']}"


def _in_region(unit: dict[str, Any], hint: str) -> bool:
    """Whether *unit*'s district or province is called *hint* (folded; "meovac" for "Huyện Mèo Vạc")."""
    return any(
        hint and (fold_key(place) == hint or fold_key(place).endswith(hint))
        for place in (unit.get("district") or "", unit.get("province") or "")
    )
