"""`lso-tui edit …`: the same edits as the dashboard, for scripts (exit 0 on success, 2 on bad input)."""

from __future__ import annotations

import argparse
import io
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from lso_tui.edits.change import Change, new_target, official_id, who
from lso_tui.edits.check import check
from lso_tui.edits.parse import parse_name, parse_share, parse_since, parse_titles, parse_year
from lso_tui.errors import os_reason, refusal
from lso_tui.i18n import Catalogue
from lso_tui.model.region_lookup import region_scope
from lso_tui.regular_file import NotRegularFile, TooLarge, read_regular
from lso_tui.text import emit


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
            raise refusal("err.part.needs_since")
        return out
    if act == "official":
        out = []
        if args.titles is not None:
            out.append(Change("official", args.id, "titles", parse_titles(args.titles)))
        if args.unit is not None:
            out.append(Change("official", args.id, "unit_code", parse_name(args.unit, "field.unit")))
        if args.both is not None:
            out.append(Change("official", args.id, "concurrent", args.both == "yes"))
        return out
    if act == "add-official":
        name, unit = parse_name(args.name), parse_name(args.unit, "field.unit")
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
    scope = region_scope(regions or [], args.scope or parse_name(args.scope_code, "field.scope_code"))
    return [new_target(share, year, scope)]


def run(args: argparse.Namespace, db: Path) -> int:
    """Run one edit action against the store at *db*."""
    from lso_tui.store.db import apply_changes, undo_last

    t = Catalogue(args.lang or "en")
    if args.action == "log":
        from lso_tui.cli.log import print_log

        return print_log(db, args.record, args.format, t)
    if args.action == "undo":
        undone = undo_last(db, who())  # the last command's edits, all together
        if not undone:
            raise refusal("err.nothing_to_undo", who=who())
        for entry in undone:
            emit(t("cli.undone", id=entry["undoes"], kind=entry["kind"], record=entry["record"], field=entry["field"]))
        return 0
    if args.action == "batch":
        return _batch(args.file, db)
    regions = None
    if args.action == "add-target":
        from lso_tui.model.rollup import store_regions
        from lso_tui.store.db import Store

        store = Store.open(db)
        regions = store_regions(store.rows("regions"), store.rows("units"))
    changes = changes_for(args, regions)
    if not changes:
        raise refusal("err.nothing_to_change")
    for e in apply_changes(db, changes, check):
        emit(f"ok {e['id']} {e['kind']} {e['record']} {e['field']}", flush=True)
    return 0


BATCH_LINE = 10_000
BATCH_BYTES = 50_000_000


def _open_batch(file: str) -> TextIO:
    """A batch file: a regular file of reasonable size ("/dev/zero" or a FIFO would never end)."""
    try:
        raw = read_regular(Path(file), BATCH_BYTES)  # checked on the open file: no swap in between
    except (NotRegularFile, IsADirectoryError):
        raise refusal("err.batch.not_file", name=file) from None
    except TooLarge:
        raise refusal("err.batch.too_large", name=file, mb=BATCH_BYTES // 1_000_000) from None
    except OSError as exc:
        raise refusal("err.batch.unreadable", name=file, why=os_reason(exc)) from None
    try:
        return io.StringIO(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise refusal("err.batch.not_utf8", name=file, at=exc.start) from None


def _lines(stream: TextIO, file: str) -> Iterator[str]:
    """The lines of a batch, each read up to one character past BATCH_LINE (a pipe from /dev/zero has no
    line end, and is no file whose size could be checked first), at most BATCH_BYTES characters in all."""
    total = 0
    while True:
        try:
            line = stream.readline(BATCH_LINE + 1)
        except UnicodeDecodeError as exc:
            raise refusal("err.batch.not_utf8", name=file, at=total + exc.start) from None
        if not line:
            return
        total += len(line)
        if total > BATCH_BYTES:
            raise refusal("err.batch.too_large", name=file, mb=BATCH_BYTES // 1_000_000)
        yield line


def _batch(file: str, db: Path) -> int:
    """One edit per line (shell words after `edit`), each applied and acknowledged on its own."""
    from lso_tui.cli.parser import build_parser

    stream = sys.stdin if file == "-" else _open_batch(file)
    with stream:
        for number, line in enumerate(_lines(stream, file), start=1):
            if len(line) > BATCH_LINE:
                raise refusal("err.batch.long_line", name=file, line=number, limit=BATCH_LINE)
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                args = build_parser().parse_args(["edit", *shlex.split(line)])
            except ValueError as exc:  # shlex: "No closing quotation"
                raise refusal("err.batch.shlex", name=file, line=number, why=exc, text=line.strip()[:80]) from None
            except SystemExit:
                raise refusal("err.batch.not_edit", name=file, line=number, text=line.strip()[:80]) from None
            if hasattr(args, "sub_db"):  # the batch's store is the one `edit batch` was given
                raise refusal("err.batch.not_edit", name=file, line=number, text=line.strip()[:80])
            if args.action in ("batch", "log"):
                raise refusal("err.batch.nested", name=file, line=number, action=args.action)
            run(args, db)
    return 0
