"""Corrections a user makes to an extracted fact in the review, before it is merged: a name, a unit,
a number, a region. They are kept per article and per review key (with the rejections), so every
later build and ingest, which extract the article again, applies them again.

A fact's review key is that of the fact as extracted; a corrected fact keeps it. The fields each kind
takes, and how a typed value is parsed, live here: the CLI and the dashboard both use them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import Any, TypeVar

from lso_tui.build.review import ReviewItem, figure_key, item_for, official_key, target_key, unit_key
from lso_tui.edits.parse import parse_name, parse_share, parse_year, parse_yes_no
from lso_tui.errors import refusal
from lso_tui.i18n import Catalogue, Term
from lso_tui.model.records import Extraction, OfficialMention, ProgressObservation, Target, UnitMention
from lso_tui.text import clean

Fix = dict[str, Any]
Fixes = Mapping[str, Mapping[str, Fix]]
"""Per article id, per review key, the fields a user corrected (field → stored value)."""

FIELDS: dict[str, tuple[str, ...]] = {
    "unit": ("name",),
    "official": ("name", "unit", "concurrent"),
    "target": ("share", "year", "scope"),
    "figure": ("done", "total", "share", "scope"),
}
"""The fields a user may correct, by kind of fact."""
Fact = TypeVar("Fact", UnitMention, Target, ProgressObservation)


def current_values(ex: Extraction, kind: str, key: str) -> dict[str, str]:
    """The correctable fields of the fact *key* of *ex*, as the text a form starts with."""
    found = _find(ex, kind, key)
    if found is None:
        return {}
    values: dict[str, str] = {}
    for name in FIELDS[kind]:
        value = getattr(found, name, None)
        if isinstance(value, bool):
            values[name] = "có" if value else "không"
        elif isinstance(value, float):
            values[name] = f"{value * 100:g}%"
        else:
            values[name] = "" if value is None else str(value)
    return values


def parse_fix(kind: str, typed: Mapping[str, str]) -> Fix:
    """What a user typed for a fact of *kind*, checked and parsed (InputError names the bad field).

    A field left empty keeps no value where the fact may have none (a figure's total, a region),
    and is refused where it must have one (a name, a share, a year)."""
    fix: Fix = {}
    for name in FIELDS[kind]:
        raw = typed.get(name)
        if raw is None:
            continue
        text = raw.strip()
        if name in ("name",):
            fix[name] = parse_name(text, f"field.{name}")
        elif name in ("unit", "scope"):
            fix[name] = parse_name(text, f"field.{name}") if text else None
        elif name == "concurrent":
            fix[name] = parse_yes_no(text)
        elif name == "share":
            fix[name] = parse_share(text) if text or kind == "target" else None
        elif name == "year":
            fix[name] = parse_year(text)
        else:  # done, total: counts of units
            fix[name] = _count(name, text)
    done, total = fix.get("done"), fix.get("total")
    if done is not None and total is not None and done > total:
        raise refusal("err.done_total", done=done, total=total)
    return fix


def corrected(
    ex: Extraction, fixes: Mapping[str, Mapping[str, Any]], rejected: Collection[str] = ()
) -> Extraction:
    """*ex* with each fact's corrections applied (a rejected fact is left as extracted: it is not
    merged, and it keeps the key it is rejected by). Stored corrections are checked again: a field
    of the wrong type (a store written by hand) is ignored."""
    if not fixes:
        return ex

    def fix_of(kind: str, key: str) -> Fix | None:
        """The checked correction of one fact, None for a rejected or uncorrected one."""
        fix = None if key in rejected else fixes.get(key)
        return checked(kind, fix) if fix else None

    return replace(
        ex,
        units=[_apply(u, fix_of("unit", unit_key(u))) for u in ex.units],
        officials=[_official(o, fix_of("official", official_key(o))) for o in ex.officials],
        targets=[_apply(g, fix_of("target", target_key(g))) for g in ex.targets],
        progress=[_apply(p, fix_of("figure", figure_key(p))) for p in ex.progress],
    )


def checked(kind: str, fix: Mapping[str, Any]) -> Fix:
    """The fields of a stored correction that are of the kind's fields and of the right type."""
    out: Fix = {}
    for name in FIELDS[kind]:
        if name not in fix:
            continue
        value = fix[name]
        if _valid(kind, name, value):
            out[name] = clean(value, keep_newlines=False) if isinstance(value, str) else value
    done, total = out.get("done"), out.get("total")
    if done is not None and total is not None and done > total:
        out.pop("done")
    return out


def _valid(kind: str, name: str, value: Any) -> bool:
    """Whether a stored value fits the field (bool is not a number here)."""
    if name == "name":
        return isinstance(value, str) and 0 < len(value.strip()) <= 200
    if name in ("unit", "scope"):
        return value is None or (isinstance(value, str) and 0 < len(value.strip()) <= 200)
    if name == "concurrent":
        return isinstance(value, bool)
    if name == "share":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1
        return ok or (value is None and kind == "figure")
    if name == "year":
        return isinstance(value, int) and not isinstance(value, bool) and 2000 <= value <= 2100
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**6)


def fixed_item(
    ex: Extraction, item: ReviewItem, fix: Fix, typed: Mapping[str, str], t: Catalogue
) -> ReviewItem:
    """*item* shown as corrected by *fix* (marked ✎): the label and rating of the corrected fact;
    the key stays that of the fact as extracted, which the correction is kept under."""
    fixed = corrected(ex, {item.key: fix})
    fact = _find(ex, item.kind, item.key)
    if fact is None:
        return replace(item, typed=dict(typed))
    index = _facts(ex, item.kind).index(fact)
    row = item_for(fixed, item.kind, _facts(fixed, item.kind)[index], t)
    return replace(
        item, label="✎ " + row.label, confidence=row.confidence, reason=row.reason, typed=dict(typed)
    )


def _facts(ex: Extraction, kind: str) -> list[Any]:
    """The facts of *kind* in *ex*, in order."""
    facts: dict[str, list[Any]] = {"unit": ex.units, "official": ex.officials, "target": ex.targets}
    return facts.get(kind, ex.progress)


def _find(ex: Extraction, kind: str, key: str) -> Any:
    """The fact of *kind* in *ex* whose review key is *key*, or None."""
    if kind == "unit":
        return next((u for u in ex.units if unit_key(u) == key), None)
    if kind == "official":
        return next((o for o in ex.officials if official_key(o) == key), None)
    if kind == "target":
        return next((g for g in ex.targets if target_key(g) == key), None)
    return next((p for p in ex.progress if figure_key(p) == key), None)


def _apply(fact: Fact, fix: Fix | None) -> Fact:
    """A unit, target or figure with the fields of *fix* set."""
    if not fix:
        return fact
    fields: dict[str, Any] = {k: float(v) if k == "share" and v is not None else v for k, v in fix.items()}
    return replace(fact, **fields)


def _official(o: OfficialMention, fix: Fix | None) -> OfficialMention:
    """An official with the fields of *fix* set (the place of both posts follows a corrected unit)."""
    if not fix:
        return o
    fields: dict[str, Any] = dict(fix)
    out = replace(o, **fields)
    if "unit" in fix and (out.concurrent or o.both_at):
        out = replace(out, both_at=fix["unit"])
    return out


def _count(name: str, text: str) -> int | None:
    """A count of units (empty: not known)."""
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or len(text) > 6:
        raise refusal("err.count", what=Term(f"field.{name}"), value=text)
    return int(text)
