"""Render a Report as a Rich table (80 columns), Markdown, CSV (one section) or JSON.

Record text is data: Rich renders it from Text objects, never as markup, and Markdown cells escape what
Markdown would read as markup. Piped output carries no ANSI codes and NO_COLOR is honoured (Rich's own
rules for a Console on a non-terminal stream).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import asdict
from typing import Any, TextIO

from lso_tui.i18n import Catalogue
from lso_tui.report.collect import LIST_ALL, Report, spoken_of
from lso_tui.text import clean, csv_cell, markdown_text

_PCT = Catalogue("en")
SECTIONS = ("regions", "targets", "disagreements", "units", "officials")
WIDTH = 80

# The columns of the human formats (the machine formats carry every field).
SHOWN = {
    "regions": ("name", "level", "units", "done", "not_done", "no_data", "share"),
    "targets": ("scope", "share", "deadline", "progress", "needed", "state"),
    "units": ("name", "type", "district", "consolidated", "since", "secretary", "chairman"),
    "officials": ("name", "titles", "unit", "both_posts"),
    "disagreements": ("name", "article_total", "article_date", "register_total", "register_date", "in_force"),
}


def render(rep: Report, fmt: str, section: str | None, out: TextIO = sys.stdout) -> None:
    """Write *rep* to *out* in *fmt* (table, md, csv, json); csv writes one *section*.

    Every value may come from a store another member wrote: control and bidi characters are removed
    from all of it, and CSV cells that a spreadsheet would run as a formula are neutralised."""
    if fmt == "table":
        _rich(rep, section, out)  # cell by cell: Rich's own styling codes must survive
        return
    buf = io.StringIO()
    if fmt == "json":
        json.dump(asdict(rep), buf, ensure_ascii=False, indent=1)
        buf.write("\n")
    elif fmt == "csv":
        rows: list[dict[str, Any]] = getattr(rep, section or "regions")
        if rows:
            w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
            w.writeheader()
            w.writerows({k: csv_cell(v) for k, v in r.items()} for r in rows)
    else:
        buf.write(f"# {markdown_text(_title(rep))}\n")
        for name in _sections(section):
            buf.write(f"\n## {name}\n\n" + _markdown(_rows(rep, name), _cols(rep, name)))
    out.write(clean(buf.getvalue()))


def _title(rep: Report) -> str:
    """ "Thành phố X — as of 2020-02-26"."""
    return f"{rep.scope['name'] or 'country'} — as of {rep.as_of or '?'}"


def _sections(section: str | None) -> tuple[str, ...]:
    """All sections, or the one asked for."""
    return (section,) if section else SECTIONS


def _rows(rep: Report, name: str) -> list[dict[str, Any]]:
    """A section's rows; a long unit list keeps only the units some source speaks of."""
    rows: list[dict[str, Any]] = getattr(rep, name)
    if name == "units" and len(rows) > LIST_ALL:
        rows = [u for u in rows if spoken_of(u)]
    return rows


def _value(row: dict[str, Any], col: str) -> str:
    """A row's value for a column as text ("since" says its part of the month: "late 2018-06")."""
    if col == "name" and row.get("level") == "country":
        return "country"
    if col == "progress":  # a target's "2/8 = 25%", as the dashboard and `summary` write it
        return f"{row['done']}/{row['total']} = {_PCT.percent(row['done_share'])}"
    if col == "since" and row.get("since_part"):
        return f"{row['since_part']} {row['since']}"
    return _cell(row.get(col))


def _cols(rep: Report, name: str) -> tuple[str, ...]:
    """The shown columns (a district's units need no district column)."""
    cols = SHOWN[name]
    return tuple(c for c in cols if not (c == "district" and rep.scope["level"] == "district"))


def _cell(value: Any) -> str:
    """A value as text: shares as percentages, booleans as yes/no, nothing as a dash."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return _PCT.percent(value)  # the dashboard's rule (37.5%, 24.9%), in English
    return clean(str(value), keep_newlines=False)


def _markdown(rows: list[dict[str, Any]], cols: tuple[str, ...]) -> str:
    """A Markdown table whose cells are literal text (markup in a value is escaped, never rendered)."""
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(markdown_text(_value(r, c)) for c in cols) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def _rich(rep: Report, section: str | None, out: TextIO) -> None:
    """Rich tables at most 80 columns wide."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, width=min(WIDTH, Console(file=out).width), highlight=False)
    console.print(Text(clean(_title(rep), keep_newlines=False), style="bold"))
    for name in _sections(section):
        table = Table(title=Text(name), title_justify="left", expand=False)
        cols = _cols(rep, name)
        for c in cols:
            table.add_column(Text(c), overflow="fold")
        for r in _rows(rep, name):
            table.add_row(*(Text(_value(r, c)) for c in cols))
        console.print(table)
