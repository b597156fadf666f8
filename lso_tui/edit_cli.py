"""`lso-tui edit …`: the same edits as the dashboard, for scripts (exit 0 on success, 2 on bad input)."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import Any

from lso_tui.edits import (
    Change,
    new_target,
    official_id,
    parse_name,
    parse_share,
    parse_since,
    parse_titles,
    parse_year,
    who,
)
from lso_tui.errors import InputError
from lso_tui.overlay import KEYS
from lso_tui.scopes import region_scope


def add_parser(sub: Any) -> None:
    """Register `edit` and its actions on the main parser."""
    e = sub.add_parser("edit", help="change a record (kept apart from article facts, audited)")
    acts = e.add_subparsers(dest="action", required=True)
    u = acts.add_parser("unit", help="consolidation of a unit: --consolidated yes|no|unknown --since YYYY-MM")
    u.add_argument("code")
    u.add_argument("--consolidated", choices=["yes", "no", "unknown"])
    u.add_argument("--since", help="YYYY, YYYY-MM or YYYY-MM-DD")
    u.add_argument("--part", choices=["early", "mid", "late"], help="early/mid/late of the month")
    o = acts.add_parser("official", help="titles, unit or both-posts flag of an official")
    o.add_argument("id")
    o.add_argument("--titles", help='titles separated by ";", e.g. "Bí thư Đảng ủy; Chủ tịch UBND"')
    o.add_argument("--unit", help="register code of the unit")
    o.add_argument("--both", choices=["yes", "no"], help="holds both posts")
    a = acts.add_parser("add-official", help="a new official")
    a.add_argument("--name", required=True)
    a.add_argument("--unit", required=True, help="register code of the unit")
    a.add_argument("--titles", required=True)
    a.add_argument("--both", choices=["yes", "no"], default="no")
    t = acts.add_parser("target", help="share or deadline year of a target")
    t.add_argument("id")
    t.add_argument("--share", help="e.g. 50%% or 0.5")
    t.add_argument("--year")
    n = acts.add_parser("add-target", help="a new target for a district, a province or the country")
    where = n.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--scope", help='"country", "province:NAME", "district:NAME[, PROVINCE]" or a region name'
    )
    where.add_argument("--scope-code", help="register code of the district or province")
    n.add_argument("--share", required=True)
    n.add_argument("--year", required=True)
    acts.add_parser("undo", help="undo your own last edit")
    log = acts.add_parser("log", help="the audit log")
    log.add_argument("--record", help="only this record's entries")
    b = acts.add_parser("batch", help="run `edit` lines from a file (- for stdin); prints one ack per edit")
    b.add_argument("file")


def changes_for(args: argparse.Namespace, regions: list[dict[str, Any]] | None = None) -> list[Change]:
    """Translate the arguments of one edit action into validated changes (*regions*: the store's,
    for add-target)."""
    act = args.action
    if act == "unit":
        out = []
        if args.consolidated:
            out.append(
                Change("unit", args.code, "consolidated", {"yes": True, "no": False}.get(args.consolidated))
            )
        if args.since:
            out.append(Change("unit", args.code, "since", parse_since(args.since, args.part)))
        elif args.part:
            raise InputError("part: needs --since YYYY-MM")
        return out
    if act == "official":
        out = []
        if args.titles is not None:
            out.append(Change("official", args.id, "titles", parse_titles(args.titles)))
        if args.unit is not None:
            out.append(Change("official", args.id, "unit_code", parse_name(args.unit, "unit")))
        if args.both is not None:
            out.append(Change("official", args.id, "concurrent", args.both == "yes"))
        return out
    if act == "add-official":
        name, unit = parse_name(args.name), parse_name(args.unit, "unit")
        fields = {
            "name": name,
            "unit_code": unit,
            "titles": parse_titles(args.titles),
            "concurrent": args.both == "yes",
        }
        return [Change("official", official_id(name, unit), "*", fields, "add")]
    if act == "target":
        out = []
        if args.share is not None:
            out.append(Change("target", args.id, "share", parse_share(args.share)))
        if args.year is not None:
            out.append(Change("target", args.id, "year", parse_year(args.year)))
        return out
    share, year = parse_share(args.share), parse_year(args.year)
    scope = region_scope(regions or [], args.scope or parse_name(args.scope_code, "scope-code"))
    return [new_target(share, year, scope)]


def check(tables: dict[str, list[dict[str, Any]]], c: Change) -> Any:
    """The old value of a change, or an InputError when it does not fit the store."""
    records = {r[KEYS[c.kind]]: r for r in tables[f"{c.kind}s"]}
    units = {u["code"]: u for u in tables["units"]}
    if c.op == "add":
        if c.record in records:
            raise InputError(f"{c.kind} {c.record!r} already exists; edit it instead")
        code = c.new.get("unit_code")
        if code is not None and code not in units:
            raise InputError(f"unit: no unit with code {code!r} in this store")
        if c.kind == "target" and c.new.get("scope_level") != "country":
            known = {r["code"] for r in tables.get("regions", [])} | {
                u["district_code"] for u in units.values()
            }
            if c.new.get("scope_code") not in known:
                raise InputError(f"scope: no region with code {c.new.get('scope_code')!r} in this store")
        return None
    if c.record not in records:
        raise InputError(f"{c.kind}: no {c.kind} {c.record!r} in this store (see `lso-tui summary`)")
    if c.field == "unit_code" and c.new not in units:
        raise InputError(f"unit: no unit with code {c.new!r} in this store")
    return records[c.record].get(c.field)


def run(args: argparse.Namespace, db: Path) -> int:
    """Run one edit action against the store at *db*."""
    from lso_tui.store import apply_changes, edits, undo_last

    if args.action == "log":
        for e in edits(db):
            if args.record is None or e["record"] == args.record:
                print(json.dumps(e, ensure_ascii=False, sort_keys=True))
        return 0
    if args.action == "undo":
        entry = undo_last(db, who())
        if entry is None:
            raise InputError(f"nothing of {who()}'s to undo")
        print(f"undone: edit {entry['undoes']} ({entry['kind']} {entry['record']} {entry['field']})")
        return 0
    if args.action == "batch":
        return _batch(args.file, db)
    regions = None
    if args.action == "add-target":
        from lso_tui.rollup import store_regions
        from lso_tui.store import Store

        store = Store.open(db)
        regions = store_regions(store.rows("regions"), store.rows("units"))
    changes = changes_for(args, regions)
    if not changes:
        raise InputError("nothing to change: give at least one option (see lso-tui edit ACTION --help)")
    for e in apply_changes(db, changes, check):
        print(f"ok {e['id']} {e['kind']} {e['record']} {e['field']}", flush=True)
    return 0


def _batch(file: str, db: Path) -> int:
    """One edit per line (shell words after `edit`), each applied and acknowledged on its own."""
    from lso_tui.cli import _parser

    stream = sys.stdin if file == "-" else open(file, encoding="utf-8")  # noqa: SIM115
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                args = _parser().parse_args(["edit", *shlex.split(line)])
            except SystemExit:
                raise InputError(f"{file}:{number}: not an edit line: {line.strip()[:80]}") from None
            if args.action in ("batch", "log"):
                raise InputError(f"{file}:{number}: {args.action} cannot be batched")
            run(args, db)
    return 0
