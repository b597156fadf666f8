"""The edit log: every audited change, newest first; Esc goes back."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from lso_tui.ui.messages import DatasetChanged
from lso_tui.ui.widgets.columns import CAPS
from lso_tui.ui.widgets.key_bar import KeyBar
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.audit import audit_columns, audit_rows
from lso_tui.views.dataset import Dataset

CAPS.setdefault("change", 60)
CAPS.setdefault("record", 26)


class LogScreen(Screen[None]):
    """Who changed what, when; undone edits dimmed and marked."""

    BINDINGS = [Binding("escape,backspace", "app.pop_screen", "key.back", id="log.back", key_display="Esc")]

    def __init__(self, ds: Dataset) -> None:
        """Rows come from the dataset's audit log."""
        super().__init__()
        self.ds = ds

    def compose(self) -> ComposeResult:
        """Title, list, keys."""
        yield Static(Text(self.ds.t("log.title"), "bold"), id="detail-title")
        yield RecordList(audit_columns(self.ds), audit_rows(self.ds), id="list-audit")
        yield KeyBar(self.ds.t, id="keys")

    def on_dataset_changed(self, message: DatasetChanged) -> None:
        """Fresh entries from another process."""
        ds = message.ds
        self.ds = ds
        self.query_one(RecordList).replace_rows(audit_rows(ds))

    def on_mount(self) -> None:
        """Focus the list."""
        self.query_one(RecordList).focus()

    def on_record_list_opened(self, event: RecordList.Opened) -> None:
        """Enter on an entry: nothing to open (the entry is the record of the change)."""
        event.stop()
