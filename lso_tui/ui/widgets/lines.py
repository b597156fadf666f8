"""The one-line texts of the main screen, shared with the first screen (screens.first): the header,
the pane tabs and a list's status line."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from rich.text import Text

from lso_tui.i18n import Catalogue
from lso_tui.paths import short_path
from lso_tui.ui.messages import PANES


class Described(Protocol):
    """What the header says of a store: the Dataset, or the first screen's view (views.first)."""

    t: Catalogue
    as_of: str | None
    writable: bool
    path: Path


def header_text(ds: Described) -> Text:
    """Title, as-of date, a read-only marker and the store's path."""
    t = ds.t
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(t("app.title"), "bold")
    text.append(f" · {t('app.as_of', date=t.month(ds.as_of))}")
    if not ds.writable:
        text.append(f" [{t('app.read_only')}]", "bold reverse")
    text.append(f" · {short_path(ds.path)}")
    return text


def tabs_text(t: Catalogue, shown: str, width: int) -> Text:
    """ "[1 Đơn vị]  2 Cán bộ …": the shown pane in brackets, so it is clear without colour.

    Narrower gaps at a narrow *width*, so that every pane's number and name stay on the line."""
    labels = [(kind, f"{i} {t(f'pane.{name}')}") for i, (kind, name) in enumerate(PANES, start=1)]
    room = width - 2  # the line's padding
    gap = next((g for g in (2, 1) if sum(len(s) + 2 + g for _, s in labels) <= room), 0)
    text = Text(no_wrap=True)
    for kind, label in labels:
        if kind == shown:
            text.append(f"[{label}]", "bold reverse")
        else:
            text.append(f" {label} ")
        text.append(" " * gap)
    return text


def status_text(t: Catalogue, shown: int, total: int, state: str, hidden: int) -> Text:
    """ "3/8 dòng", or that no row matches; the status filter and the columns hidden, if any."""
    msg = t("filter.none") if total and not shown else t("filter.count", shown=shown, total=total)
    if state:
        msg += " · " + t(f"filter.state.{state}")
    if hidden:
        msg += t("filter.hidden", n=hidden)
    return Text(msg, no_wrap=True)
