"""The argument parser: every command and its options (`edit`'s actions only when asked for)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from lso_tui import __version__

INGEST_EPILOG = """\
Every file is tried: those with facts are merged together in one write, the others are
skipped with the reason (nothing found, not UTF-8, binary, not a file, already in the store,
given twice…). A table at the end lists each file: its date, the facts added, merged or why not.

exit codes:
  0  every file merged, or already in the store, or given twice (nothing left to do)
  3  some files merged, some skipped (nothing found, not UTF-8, binary, missing…)
  2  nothing merged: every file skipped, or bad input (one line on stderr)
Without --yes nothing is written and the code is the one the merge would give.
Each fact of the new articles is listed with how sure the extractor is: --yes merges every
fact that passes the merge checks, except those unticked for that article before (in the
dashboard's review), which stay out ([ ]); --all takes those too.
--date gives the publication date of the new articles whose text has no dateline."""


def _port(text: str) -> int:
    """A TCP port (argparse prints the error after its usage lines, and exits 2)."""
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1–65535)")
    return int(text)


def _dashboard_options(p: argparse.ArgumentParser) -> None:
    """The options of `lso-tui` itself (opening the dashboard), before any command's name."""
    p.add_argument("--db", type=Path, help="store path (default: $LSO_TUI_DB or the XDG data dir)")
    p.add_argument("--lang", choices=["vi", "en"], help="interface language (default: config, else vi)")
    p.add_argument("--theme", help="theme, e.g. textual-dark, ansi-dark, ansi-light (default: config)")
    p.add_argument("--no-mouse", action="store_true", help="leave the mouse to the terminal (select text)")
    p.add_argument("--read-only", action="store_true", help="open the store without allowing edits")


def parse_dashboard(words: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain `lso-tui [--db X] [--lang L] [--theme T] [--no-mouse] [--read-only]`,
    which opens the dashboard, read without building every command's parser (≈ 2–3 ms of every
    start, before the first frame); None for anything else (a command, help, --version, an
    abbreviated option, a bad value), which build_parser then reads, errors and help alike."""
    p = argparse.ArgumentParser(prog="lso-tui", add_help=False, allow_abbrev=False, exit_on_error=False)
    _dashboard_options(p)
    try:
        args, rest = p.parse_known_args(words)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser(edit: bool = True) -> argparse.ArgumentParser:
    """The argument parser with its sub-commands (`edit`'s own actions only when *edit*: building
    them imports the edit layer, which opening the dashboard does not need)."""
    p = argparse.ArgumentParser(prog="lso-tui", description="Track 'nhất thể hóa' of commune-level units.")
    p.add_argument("--version", action="version", version=f"lso-tui {__version__}")
    _dashboard_options(p)
    sub = p.add_subparsers(dest="command")
    ex = sub.add_parser("extract", help="print what an article says (units, officials, targets)")
    ex.add_argument("file", type=Path)
    ex.add_argument("--json", action="store_true", help="one JSON object on stdout")
    b = sub.add_parser("build", help="build the store from articles and the national register")
    b.add_argument("--db", type=Path, dest="build_db", help="store path")
    b.add_argument(
        "--scope",
        help='also add every unit of "country", "province:NAME" or "district:NAME[, PROVINCE]" '
        "from the register (default: what the store was built with)",
    )
    b.add_argument("articles", nargs="*", type=Path, help="article files (default: the shipped one)")
    sm = sub.add_parser("summary", help="print the store's summary")
    r = sub.add_parser("report", help="progress per region, targets, units and officials (for scripts)")
    r.add_argument(
        "--scope", help='"country", "province:NAME", "district:NAME[, PROVINCE]", a name or a code'
    )
    r.add_argument("--as-of", dest="as_of", help="where things stood at YYYY, YYYY-MM or YYYY-MM-DD")
    r.add_argument("--format", choices=["table", "json", "csv", "md"], default="table")
    r.add_argument(
        "--section",
        choices=["regions", "targets", "disagreements", "units", "officials"],
        help="only this part",
    )
    ing = sub.add_parser(
        "ingest",
        help="add further articles (or take one out), after a preview",
        epilog=INGEST_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ing.add_argument("articles", nargs="*", type=Path, help="article files to add (a folder: its *.txt files)")
    ing.add_argument("--remove", action="append", default=[], metavar="DOC_ID", help="take a document out")
    ing.add_argument(
        "--yes", action="store_true", help="merge the facts ticked in the review list, without asking"
    )
    ing.add_argument(
        "--all", action="store_true", dest="take_all", help="tick the low-confidence facts too"
    )
    ing.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="publication date of the articles whose text has no dateline",
    )
    sv = sub.add_parser("serve", help="the dashboard in a browser (textual-serve), behind a random token")
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    sv.add_argument("--port", type=_port, default=8000, help="1–65535")
    sv.add_argument("--allow-remote", action="store_true", help="allow an address other machines reach")
    rs = sub.add_parser("restore", help="replace a store that does not open with its newest good backup")
    dr = sub.add_parser("doctor", help="what lso-tui sees of this terminal, and advice")
    for command in (ex, sm, r, ing, sv, rs, dr):  # "lso-tui report --db X" and "lso-tui --db X report"
        after_command(command)
    b.add_argument(
        "--lang", choices=["vi", "en"], default=argparse.SUPPRESS, dest="sub_lang", help="language"
    )
    if not edit:
        sub.add_parser("edit", help="change a record (kept apart from article facts, audited)")
        return p
    add_edit_parser(sub)
    return p


def after_command(command: argparse.ArgumentParser) -> None:
    """--db and --lang given after a command's name, as well as before it."""
    command.add_argument("--db", type=Path, default=argparse.SUPPRESS, dest="sub_db", help="store path")
    command.add_argument(
        "--lang", choices=["vi", "en"], default=argparse.SUPPRESS, dest="sub_lang", help="language"
    )


def add_edit_parser(sub: Any) -> None:
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
    log.add_argument(
        "--format",
        choices=["table", "json"],
        default="table",
        help="a table in --lang's language (default), or JSON lines with the stored keys",
    )
    b = acts.add_parser("batch", help="run `edit` lines from a file (- for stdin); prints one ack per edit")
    b.add_argument("file")
    for action in (u, o, a, t, n, log, b, acts.choices["undo"]):  # "edit unit X --db S" as well
        after_command(action)
