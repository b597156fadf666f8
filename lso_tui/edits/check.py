"""The one check of a change against the records as they are now, for the CLI and the forms alike."""

from __future__ import annotations

from typing import Any

from lso_tui.edits.apply import KEYS
from lso_tui.edits.change import Change
from lso_tui.errors import refusal
from lso_tui.i18n import Term


def current_value(tables: dict[str, list[dict[str, Any]]], c: Change) -> Any:
    """The value the changed field holds now; InputError when the record is gone."""
    rec = next((r for r in tables[f"{c.kind}s"] if r[KEYS[c.kind]] == c.record), None)
    if rec is None:
        raise refusal("err.gone", what=f"{c.kind} {c.record}")
    return rec.get(c.field)


def check(tables: dict[str, list[dict[str, Any]]], c: Change) -> Any:
    """The old value of a change, or an InputError when it does not fit the store."""
    records = {r[KEYS[c.kind]]: r for r in tables[f"{c.kind}s"]}
    units = records if c.kind == "unit" else {u["code"]: u for u in tables["units"]}
    if c.op == "add":
        if c.record in records:
            raise refusal("err.exists", what=f"{c.kind} {c.record!r}")
        code = c.new.get("unit_code")
        if code is not None and code not in units:
            raise refusal("err.no_unit_code", code=code)
        if c.kind == "target" and c.new.get("scope_level") != "country":
            known = {r["code"] for r in tables.get("regions", [])} | {
                u["district_code"] for u in units.values()
            }
            if c.new.get("scope_code") not in known:
                raise refusal("err.no_region_code", code=c.new.get("scope_code"))
        return None
    if c.record not in records:
        raise refusal("err.no_record", what=Term(f"review.kind.{c.kind}"), rid=c.record)
    if c.field == "unit_code" and c.new not in units:
        raise refusal("err.no_unit_code", code=c.new)
    return records[c.record].get(c.field)


def implied(tables: dict[str, list[dict[str, Any]]], changes: list[Change]) -> list[Change]:
    """What *changes* imply for the units: an official who holds both posts (added so, or set so, or
    moved to a unit) makes their unit consolidated, the rule the articles' merge follows. One
    change per unit not consolidated yet, to be written (and undone) with *changes*."""
    if all(c.kind != "official" for c in changes):
        return []
    officials = {o["id"]: dict(o) for o in tables["officials"]}
    units = {u["code"]: u for u in tables["units"]}
    touched: list[str] = []
    for c in changes:
        if c.kind != "official":
            continue
        if c.op == "add":
            officials[c.record] = dict(c.new)
        elif c.record in officials:
            officials[c.record][c.field] = c.new
        touched.append(c.record)
    set_here = {c.record for c in changes if c.kind == "unit" and c.field == "consolidated"}
    out: list[Change] = []
    for rid in dict.fromkeys(touched):
        o = officials.get(rid) or {}
        unit = units.get(str(o.get("unit_code"))) if o.get("concurrent") else None
        if unit is not None and unit.get("consolidated") is not True and unit["code"] not in set_here:
            set_here.add(unit["code"])
            out.append(Change("unit", unit["code"], "consolidated", True))
    return out
