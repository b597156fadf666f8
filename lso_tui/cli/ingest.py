"""`lso-tui ingest FILE… [--date YYYY-MM-DD] [--remove DOC_ID] [--yes] [--all]`: the preview, the
review list (every fact of the new articles with how sure it is; those unticked before in the
dashboard's review stay out unless --all),
the question, the merge (every file with facts, in one write, the unticked facts remembered for their
article), and a table of what became of each file.

Exit codes (also in `lso-tui ingest --help`): 0 every file merged, or already in the store, or
nothing to do; 3 some files merged and some skipped; 2 nothing merged (every file skipped, or bad
input: one line on stderr). Without --yes nothing is written and the code is the merge's.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lso_tui.errors import refusal
from lso_tui.text import clean, emit

if TYPE_CHECKING:
    from rich.text import Text

    from lso_tui.build.plan import FileOutcome, Plan
    from lso_tui.store.db import Store

SOME_SKIPPED = 3
"""The exit code when some files were merged (or would be) and others skipped for a fault."""
PROGRESS_ABOVE = 3
"""A progress bar (on a terminal) at once for more files than this; for fewer, once a second has passed."""


def run_ingest(
    db: Path | None,
    paths: list[Path],
    remove: list[str],
    yes: bool,
    date: str | None = None,
    take_all: bool = False,
    lang: str | None = None,
) -> int:
    """Show what would change; merge with --yes, or when a person at a terminal says yes. *date* is
    `--date`: the publication date of the new articles whose text has none; *take_all* is `--all`;
    *lang* is the progress bar's language."""
    from lso_tui.build.ingest import apply, preview_lines
    from lso_tui.paths import article_files, default_db
    from lso_tui.store.db import Store

    paths = article_files(paths) if paths else []  # a folder stands for its *.txt
    if not paths and not remove:
        raise refusal("err.ingest.nothing")
    when = publication_date(date) if date is not None else None
    if when and not paths:
        raise refusal("err.ingest.date_alone")
    path = db or default_db()
    store = Store.open(path)
    p = _plan(store, paths, remove, when, take_all, lang)
    for line in preview_lines(p):
        emit(clean(line, keep_newlines=False))
    _print_review(p)
    new = tuple(f"{a['id']}:" for a in p.added)
    for warning in p.tables.warnings:  # facts of the new articles that failed a check: not merged
        if new and warning.startswith(new):
            emit(f"lso-tui: warning: {clean(warning, keep_newlines=False)}", err=True)
    _date_notes(p, when)
    code = exit_code(p)
    if not p.added and not p.removed:
        if paths:
            print_table(p, written=False)
        if code == 2:
            emit(f"lso-tui: {_nothing_merged(p)}", err=True)
            return 2
        emit(f"unchanged: {path}")
        return 0
    written = yes or _asked()
    if written:
        rows = apply(path, p, store.meta().get("scope"))
        counts = ", ".join(f"{len(v)} {k}" for k, v in rows.items())
        emit(f"merged: {path} ({counts})")
    if paths:
        print_table(p, written)
    return code


def publication_date(value: str) -> str:
    """`--date`'s value as an ISO date (YYYY-MM-DD, or YYYY-MM, YYYY), or a one-line InputError."""
    from lso_tui.edits.parse import parse_since

    return str(parse_since(value, None, "field.date")["iso"])


def exit_code(p: Plan) -> int:
    """0 when no file failed; else 3 when something is merged (or removed), 2 when nothing is."""
    if not p.failed:
        return 0
    return SOME_SKIPPED if p.added or p.removed else 2


def _print_review(p: Plan) -> None:
    """The review list: one line per fact of the new articles, [x] when it is merged, [ ] when not."""
    from lso_tui.build.review import review_items, review_lines
    from lso_tui.i18n import Catalogue

    items = review_items(p)
    if items:
        emit(Catalogue("en")("review.cli"))
        for line in review_lines(items, p.rejections):
            emit(clean(line, keep_newlines=False))


def _plan(
    store: Store, paths: list[Path], remove: list[str], when: str | None, take_all: bool, lang: str | None
) -> Plan:
    """The plan, with a progress bar on stderr when it is a terminal: at once for many files, else
    once the work has lasted a second (see WorkBar)."""
    from lso_tui.build.ingest import plan
    from lso_tui.cli.progress import WorkBar
    from lso_tui.i18n import Catalogue

    with WorkBar(Catalogue(lang or "en"), at_once=len(paths) > PROGRESS_ABOVE) as bar:
        read = 0

        def step(name: str) -> None:
            """One file read (or the tables rebuilt): advance, naming it."""
            nonlocal read
            read += 1
            bar.name(Path(name).name, read, len(paths) + 1)

        return plan(store, paths, remove, when, on_step=step, take_all=take_all, on_work=bar.step)


def _asked() -> bool:
    """At a terminal, ask; elsewhere say how to merge. True when the answer is yes."""
    if not sys.stdin.isatty():
        emit("nothing written: run again with --yes to merge")
        return False
    if input("Merge these changes? [y/N] ").strip().lower() not in ("y", "yes", "có", "co"):
        emit("nothing written")
        return False
    return True


def _date_notes(p: Plan, when: str | None) -> None:
    """Say which new articles kept their own date (a dateline, a sidecar's) rather than --date."""
    for f in p.files:
        if when and f.status == "new" and f.date != when:
            name = clean(f.name, keep_newlines=False)
            emit(
                f"note: {name} has its own date ({f.date}, its dateline or sidecar); --date not used for it"
            )


def _nothing_merged(p: Plan) -> str:
    """The one line on stderr when no file could be merged (a single file: its own refusal)."""
    if len(p.files) == 1:
        f = p.files[0]
        return clean(f"{f.name}: {f.reason}", keep_newlines=False)
    return f"nothing merged: {len(p.failed)} of {len(p.files)} files skipped (the table says why)"


def _status(f: FileOutcome, written: bool) -> Text:
    """The status cell: merged (or to merge), or skipped with the reason's first clause (the
    preview above the table gives it whole)."""
    from rich.text import Text

    if f.status == "new":
        return Text("merged", "green") if written else Text("to merge (not written)")
    reason = re.split(r";| \(", clean(f.reason or "", keep_newlines=False), maxsplit=1)[0]
    return Text("skipped: " + reason, "yellow" if f.status == "failed" else "")


def print_table(p: Plan, written: bool) -> None:
    """One row per file: name, publication date ("?" when none), facts added, status.

    A Rich table on stdout, without ANSI codes when it is not a terminal and without colour under
    NO_COLOR (Rich's own rules). Names and reasons are cleaned and printed as Text, never markup."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    names = [Text(clean(f.name, keep_newlines=False)) for f in p.files]
    table = Table(title=Text("ingest"), title_justify="left")
    table.add_column(Text("file"), overflow="fold")
    table.add_column(Text("date"), no_wrap=True)
    table.add_column(Text("facts\nu/o/t/f"), justify="right", no_wrap=True)
    table.add_column(Text("status"), overflow="fold", max_width=max(30, console.width - 50))
    for f, name in zip(p.files, names, strict=True):
        facts = "/".join(map(str, f.counts)) if f.status == "new" and f.counts else "—"
        table.add_row(name, Text(f.date or "?"), Text(facts), _status(f, written))
    console.print(table)
    emit("u/o/t/f: units, officials, targets, progress figures")
