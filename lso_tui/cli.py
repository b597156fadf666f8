"""Command line: `lso-tui` (open), `extract`, `build`, `summary`; bad input exits 2 with one line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from lso_tui import __version__
from lso_tui.errors import InputError


def _parser(edit: bool = True) -> argparse.ArgumentParser:
    """The argument parser with its sub-commands (`edit`'s own actions only when *edit*: building
    them imports the edit layer, which opening the dashboard does not need)."""
    p = argparse.ArgumentParser(prog="lso-tui", description="Track 'nhất thể hóa' of commune-level units.")
    p.add_argument("--version", action="version", version=f"lso-tui {__version__}")
    p.add_argument("--db", type=Path, help="store path (default: $LSO_TUI_DB or the XDG data dir)")
    p.add_argument("--lang", choices=["vi", "en"], help="interface language (default: config, else vi)")
    p.add_argument("--theme", help="theme, e.g. textual-dark, ansi-dark, ansi-light (default: config)")
    p.add_argument("--no-mouse", action="store_true", help="leave the mouse to the terminal (select text)")
    p.add_argument("--read-only", action="store_true", help="open the store without allowing edits")
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
    ing = sub.add_parser("ingest", help="add further articles (or take one out), after a preview")
    ing.add_argument("articles", nargs="*", type=Path, help="article files to add")
    ing.add_argument("--remove", action="append", default=[], metavar="DOC_ID", help="take a document out")
    ing.add_argument("--yes", action="store_true", help="merge without asking")
    sv = sub.add_parser("serve", help="the dashboard in a browser (textual-serve), behind a random token")
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument("--allow-remote", action="store_true", help="allow an address other machines reach")
    rs = sub.add_parser("restore", help="replace a store that does not open with its newest good backup")
    sub.add_parser("doctor", help="what lso-tui sees of this terminal, and advice")
    for command in (sm, r, ing, sv, rs):  # "lso-tui report --db X" as well as "lso-tui --db X report"
        command.add_argument("--db", type=Path, dest="sub_db", help="store path")
    if not edit:
        sub.add_parser("edit", help="change a record (kept apart from article facts, audited)")
        return p
    from lso_tui.edit_cli import add_parser

    add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    words = sys.argv[1:] if argv is None else argv
    args = _parser(edit="edit" in words).parse_args(argv)
    args.db = getattr(args, "sub_db", None) or args.db
    try:
        if args.command == "extract":
            return _extract(args.file, args.json)
        if args.command == "build":
            return _build(args.build_db or args.db, args.articles, args.scope)
        if args.command == "edit":
            from lso_tui.edit_cli import run
            from lso_tui.paths import default_db

            return run(args, args.db or default_db())
        if args.command == "doctor":
            return _doctor(args)
        if args.command == "restore":
            return _restore(args.db)
        if args.command == "summary":
            return _summary(args.db)
        if args.command == "report":
            return _report(args)
        if args.command == "ingest":
            from lso_tui.ingest_cli import run_ingest

            return run_ingest(args.db, args.articles, args.remove, args.yes)
        if args.command == "serve":
            return _serve(args)
        return _dashboard(args)
    except InputError as exc:
        print(f"lso-tui: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # permissions, missing directories, read-only filesystems: the user's to fix
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"lso-tui: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # last resort: a bug must still not dump a traceback on a user's terminal
        if os.environ.get("LSO_TUI_DEBUG"):
            raise
        print(
            f"lso-tui: internal error: {type(exc).__name__}: {exc} (LSO_TUI_DEBUG=1 shows details)",
            file=sys.stderr,
        )
        return 1


def _extract(path: Path, as_json: bool) -> int:
    """`lso-tui extract FILE [--json]`."""
    from lso_tui.build import extract_file
    from lso_tui.extract.jsonout import to_json
    from lso_tui.report import print_extraction

    ex = extract_file(path)
    if as_json:
        print(json.dumps(to_json(ex), ensure_ascii=False, indent=2))
    else:
        print_extraction(ex)
    return 0


def _build(db: Path | None, articles: list[Path], scope_text: str | None = None) -> int:
    """`lso-tui build [--db PATH] [--scope SCOPE] [ARTICLE ...]`."""
    from lso_tui.build import build_tables
    from lso_tui.paths import default_db, shipped_articles
    from lso_tui.scopes import parse_scope
    from lso_tui.store import stored_meta, write_built

    path = db or default_db()
    # The scope is sticky: a plain rebuild keeps what the store was built with.
    scope_text = scope_text or stored_meta(path).get("scope")
    scope = parse_scope(scope_text) if scope_text else None
    sources = articles or shipped_articles()
    if not sources:
        raise InputError("no article given and no shipped article found")
    tables = build_tables(sources, scope)
    for w in tables.warnings:
        print(f"lso-tui: warning: {w}", file=sys.stderr)
    rows = tables.as_rows()
    meta = {"app": "lso-tui", "documents": [d["id"] for d in rows["documents"]]}
    if scope is not None:
        meta["scope"] = str(scope)
    changed = write_built(path, rows, meta)
    counts = ", ".join(f"{len(v)} {k}" for k, v in rows.items())
    print(f"{'built' if changed else 'unchanged'}: {path} ({counts})")
    return 0


def _ensure_store(db: Path | None) -> tuple[Path, bool]:
    """The store path, built from the shipped article first if missing (True when just built)."""
    from lso_tui.paths import default_db

    path = db or default_db()
    if path.exists():
        return path, False
    print(f"lso-tui: no store at {path}; building it from the shipped article…", file=sys.stderr)
    _build(path, [])
    return path, True


def _doctor(args: argparse.Namespace) -> int:
    """`lso-tui doctor`: the terminal as the program sees it, and what to do about it."""
    import shutil

    from lso_tui.config import load_config
    from lso_tui.doctor import advice, report

    size = shutil.get_terminal_size()
    mouse = load_config().mouse and not args.no_mouse
    for label, value in report(os.environ, (size.columns, size.lines), mouse):
        print(f"{label:>16}: {value}")
    print()
    for line in advice(os.environ, (size.columns, size.lines), mouse):
        print(f"- {line}")
    return 0


def _restore(db: Path | None) -> int:
    """`lso-tui restore`: the newest good backup in place of a broken store (kept aside)."""
    from lso_tui.paths import default_db
    from lso_tui.store import restore

    path = db or default_db()
    used, aside = restore(path)
    print(f"restored {path} from {used.name}; the unreadable file is kept as {aside}")
    return 0


def _summary(db: Path | None) -> int:
    """`lso-tui summary`: the store's summary as plain text."""
    from lso_tui.report import print_summary
    from lso_tui.store import Store

    path, _ = _ensure_store(db)
    print_summary(Store.open(path))
    return 0


def _report(args: argparse.Namespace) -> int:
    """`lso-tui report`: the store as of a date, for scripts and cron (see report_out.py)."""
    from lso_tui.report_out import render
    from lso_tui.reporting import build_report
    from lso_tui.store import Store

    path, _ = _ensure_store(args.db)
    render(build_report(Store.open(path), args.scope, args.as_of), args.format, args.section)
    return 0


def _serve(args: argparse.Namespace) -> int:
    """`lso-tui serve`: each browser gets its own dashboard on the same store (see serve.py)."""
    from lso_tui.serve import check_host, check_port, make_server, new_token

    host = check_host(args.host, args.allow_remote)
    check_port(host, args.port)
    path, _ = _ensure_store(args.db)
    argv = ["--db", str(path.resolve())]
    argv += [opt for flag, opt in ((args.read_only, "--read-only"), (args.no_mouse, "--no-mouse")) if flag]
    argv += ["--lang", args.lang] if args.lang else []
    make_server(argv, host, args.port, new_token()).serve()
    return 0


def _dashboard(args: argparse.Namespace) -> int:
    """`lso-tui`: open the dashboard (building the store on first use).

    Only what the first frame needs is imported here; the store is opened and shaped in a thread
    once that frame is on screen (see LsoApp), so a country store does not delay it.
    """
    from textual.theme import BUILTIN_THEMES

    from lso_tui.config import load_config
    from lso_tui.i18n import Catalogue
    from lso_tui.ui.app import LsoApp

    cfg = load_config()
    theme = args.theme or cfg.theme
    if theme not in BUILTIN_THEMES:
        raise InputError(f"unknown theme {theme!r}; try one of: {', '.join(sorted(BUILTIN_THEMES))}")
    # `lso-tui serve` runs the dashboard with Textual's web driver, over pipes: that is no terminal
    # to ignore (Textual's own variable says so).
    web = os.environ.get("TEXTUAL_DRIVER", "").endswith(":WebDriver")
    if not web and not (sys.stdin.isatty() and sys.stdout.isatty()):
        # Piped, cron, or `ssh host lso-tui` without -t: no terminal to draw on, so print the summary.
        return _summary(args.db)
    path, built = _ensure_store(args.db)
    cat = Catalogue(args.lang or cfg.lang)
    first = [True]

    def load() -> Any:
        """The store as it is now (read-only when asked or when it cannot be written)."""
        from lso_tui.store import Store, locked
        from lso_tui.views.dataset import Dataset

        store = Store.open(path)
        store.writable = store.writable and not args.read_only
        if first[0] and store.writable:
            with locked(path):  # clears temp files a killed writer left behind
                pass
        first[0] = False
        return Dataset(store, cat)

    app = LsoApp(
        cat=cat,
        theme=theme,
        keymap=cfg.keys,
        notice=cat("app.built") if built else None,
        reload=load,
        watch=path,
    )
    app.mouse_on = cfg.mouse and not args.no_mouse
    app.run(mouse=app.mouse_on)
    if app.load_error:
        raise InputError(app.load_error.removeprefix("lso-tui: "))
    return app.return_code or 0
