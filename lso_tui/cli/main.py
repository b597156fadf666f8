"""`lso-tui` and its commands (open, extract, build, summary, report, edit, ingest, serve, restore,
doctor): parse, dispatch, and turn bad input into one line and exit 2."""

from __future__ import annotations

import atexit
import gc
import os
import sys

from lso_tui.cli import build, dashboard, read
from lso_tui.cli.parser import build_parser, parse_dashboard
from lso_tui.errors import InputError
from lso_tui.i18n import Catalogue
from lso_tui.text import emit


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    _no_collection_at_exit()
    words = sys.argv[1:] if argv is None else argv
    args = parse_dashboard(words) or build_parser(edit="edit" in words).parse_args(argv)
    args.db = getattr(args, "sub_db", None) or args.db
    args.lang = getattr(args, "sub_lang", None) or args.lang
    try:
        if args.command == "extract":
            return build.extract(args.file, args.json)
        if args.command == "build":
            return build.build(args.build_db or args.db, args.articles, args.scope, args.lang)
        if args.command == "edit":
            from lso_tui.cli.edit import run
            from lso_tui.paths import default_db

            return run(args, args.db or default_db())
        if args.command == "doctor":
            return read.doctor(args)
        if args.command == "restore":
            return read.restore(args.db, Catalogue(args.lang or "en"))
        if args.command == "summary":
            return read.summary(args.db, Catalogue(args.lang or "en"))
        if args.command == "report":
            return read.report(args)
        if args.command == "ingest":
            from lso_tui.cli.ingest import run_ingest

            return run_ingest(args.db, args.articles, args.remove, args.yes, args.date, args.take_all, args.lang)
        if args.command == "serve":
            from lso_tui.cli.serve import serve_command  # textual-serve's helpers: only for this command

            return serve_command(args)
        return dashboard.dashboard(args)
    except InputError as exc:  # in --lang when given (the CLI speaks English by default)
        emit(f"lso-tui: {Catalogue(args.lang or 'en').error(exc)}", err=True)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # permissions, missing directories, read-only filesystems: the user's to fix
        where = f"{exc.filename}: " if exc.filename else ""
        emit(f"lso-tui: {where}{exc.strerror or exc}", err=True)
        return 2
    except Exception as exc:  # last resort: a bug must still not dump a traceback on a user's terminal
        if os.environ.get("LSO_TUI_DEBUG"):
            raise
        said = Catalogue(args.lang or "en")("err.internal", error=f"{type(exc).__name__}: {exc}")
        emit(f"lso-tui: {said}", err=True)
        return 1


def _no_collection_at_exit() -> None:
    """As the process ends, nothing it made is walked by the cyclic collector again (gc.freeze at
    exit, once per process): Python's last collection walked every object still alive, such as the
    store an edit keeps (file.remember), ≈ 30–60 ms of `lso-tui edit` on a country store. The
    objects are still freed as Python ends; only the walk looking for cycles among them is skipped."""
    if not getattr(_no_collection_at_exit, "registered", False):
        atexit.register(gc.freeze)
        _no_collection_at_exit.registered = True  # type: ignore[attr-defined]
