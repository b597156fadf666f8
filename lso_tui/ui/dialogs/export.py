"""Export the list as shown (filter and order kept) to a CSV or JSON file, asking before overwriting."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from lso_tui.errors import InputError
from lso_tui.i18n import Catalogue
from lso_tui.report.export import write_export
from lso_tui.ui.widgets.clean_input import CleanInput


class ExportScreen(ModalScreen[Path | None]):
    """A file name (default in the current directory); Enter writes, Esc cancels."""

    BINDINGS = [Binding("escape", "cancel", "key.close", id="export.cancel")]

    def __init__(
        self, cat: Catalogue, name: str, ids: list[str], titles: list[str], rows: list[list[str]]
    ) -> None:
        """What to write: column ids (JSON keys), titles (CSV header) and the rows as shown."""
        super().__init__()
        self.t = cat
        self.name_ = name
        self.ids, self.titles, self.rows = ids, titles, rows
        self.overwrite = False

    def compose(self) -> ComposeResult:
        """Title, the name box, a line for errors and questions."""
        with Vertical(id="export-box"):
            yield Static(Text(self.t("export.title", n=len(self.rows)), "bold"))
            yield CleanInput(self.name_, id="export-name")
            yield Static(id="export-error")

    def on_mount(self) -> None:
        """Type a name at once."""
        self.query_one("#export-name", Input).focus()

    def on_input_changed(self) -> None:
        """A new name: any earlier question about overwriting no longer applies."""
        self.overwrite = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Write; an existing file is overwritten only after a second Enter that confirms it."""
        error = self.query_one("#export-error", Static)
        try:
            path = write_export(event.value, self.ids, self.titles, self.rows, overwrite=self.overwrite)
        except FileExistsError:
            self.overwrite = True
            error.update(Text(self.t("export.exists", name=event.value.strip()), "bold"))
            return
        except InputError as exc:
            error.update(Text(f"⚠ {self.t.error(exc)}", "bold"))
            return
        self.dismiss(path.resolve())

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(None)
