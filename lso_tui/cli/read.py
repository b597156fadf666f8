"""Commands that read a store and print: `summary`, `report`, `restore` and `doctor`."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from lso_tui.i18n import Catalogue
from lso_tui.paths import default_db
from lso_tui.text import emit


def restore(db: Path | None, t: Catalogue) -> int:
    """`lso-tui restore`: the newest good backup in place of a broken store (kept aside)."""
    from lso_tui.store.restore import restore as restore_backup

    path = db or default_db()
    used, aside = restore_backup(path)
    emit(t("cli.restored", path=path, used=used.name, aside=aside))
    return 0


def summary(db: Path | None, t: Catalogue) -> int:
    """`lso-tui summary`: the store's summary as plain text in *t*'s language (a path with no store:
    one line)."""
    from lso_tui.report.summary import print_summary
    from lso_tui.store.db import Store

    print_summary(Store.open(db or default_db()), t)
    return 0


def report(args: argparse.Namespace) -> int:
    """`lso-tui report`: the store as of a date, for scripts and cron (see report_out.py)."""
    from lso_tui.report.collect import build_report
    from lso_tui.report.render import render
    from lso_tui.store.db import Store

    store = Store.open(args.db or default_db())
    render(build_report(store, args.scope, args.as_of), args.format, args.section)
    return 0


def doctor(args: argparse.Namespace) -> int:
    """`lso-tui doctor`: the terminal as the program sees it, and what to do about it."""
    import shutil

    from lso_tui.config import load_config
    from lso_tui.doctor import advice, report
    from lso_tui.i18n import Catalogue

    t = Catalogue(args.lang or "en")
    size = shutil.get_terminal_size()
    mouse = load_config().mouse and not args.no_mouse
    for label, value in report(os.environ, (size.columns, size.lines), mouse, t):
        emit(f"{label:>16}: {value}")
    emit("")
    for line in advice(os.environ, (size.columns, size.lines), mouse, t):
        emit(f"- {line}")
    return 0
