"""`lso-tui edit log`: the audit log as a table in the user's language, or as JSON lines for scripts."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from lso_tui.i18n import Catalogue
from lso_tui.text import clean, emit

WIDTH = 100


def print_log(db: Path, record: str | None, fmt: str, t: Catalogue) -> int:
    """Every audit entry (of *record* only, when given), oldest first: JSON lines with the stored
    (English) keys and values, or a table of who changed what, when, said as the dashboard's log
    says it (records by name, fields and values in *t*'s language)."""
    from lso_tui.store.db import edits

    entries = [e for e in edits(db) if record is None or e["record"] == record]  # no store: one line
    if fmt == "json":
        for e in entries:
            emit(json.dumps(e, ensure_ascii=False, sort_keys=True))
        return 0
    _table(db, entries, t)
    return 0


def _table(db: Path, entries: list[dict[str, Any]], t: Catalogue) -> None:
    """A Rich table, as wide as the terminal (WIDTH when piped); cells are plain text (never markup), cleaned."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from lso_tui.store.db import Store
    from lso_tui.views.audit import audit_columns, entry_cells
    from lso_tui.views.dataset import Dataset

    ds = Dataset(Store.open(db), t)
    here = Console(file=sys.stdout)
    console = Console(file=sys.stdout, width=here.width if here.is_terminal else WIDTH, highlight=False)
    table = Table(title=Text(t("log.title")), title_justify="left")
    for col in audit_columns(ds):
        table.add_column(Text(col.title), overflow="fold")
    for e in entries:
        table.add_row(*(Text(clean(c, keep_newlines=False)) for c in entry_cells(ds, e)))
    console.print(table)
