"""Correct one fact before it is merged (the ingest review's `e`): its name, unit, numbers or region,
each checked beside its field; the correction is kept for the article, like a fact left out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from lso_tui.errors import InputError
from lso_tui.i18n import Catalogue
from lso_tui.ui.widgets.clean_input import CleanInput
from lso_tui.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from lso_tui.session import ReviewItem, StoreSession


class FixScreen(ModalScreen["tuple[ReviewItem, dict[str, Any]] | None"]):
    """The fields of one fact, filled with what was extracted; Save returns the corrected row and the
    correction, Esc nothing."""

    BINDINGS = [
        Binding("escape", "cancel", "key.close", id="fix.cancel", key_display="Esc"),
        Binding("ctrl+s", "save", "key.save", id="fix.save"),
    ]

    def __init__(self, cat: Catalogue, session: StoreSession, planned: Any, item: ReviewItem) -> None:
        """The fact *item* of the plan *planned*."""
        super().__init__()
        self.t, self.session, self.planned, self.item = cat, session, planned, item
        self.initial = session.fix_form(planned, item)

    def compose(self) -> ComposeResult:
        """The fact's label, then a label, an input and an error line per field; Save and Cancel."""
        with VerticalScroll(id="edit-box"):
            yield Static(Text(self.t("fix.title", what=self.item.label), "bold"))
            for name, value in self.initial.items():
                yield Static(Text(self.t(f"fix.{name}"), "bold"))
                yield CleanInput(value, id=f"in-{name}")
                yield Static("", id=f"err-{name}", classes="field-error")
            with Horizontal(id="edit-buttons"):
                yield Button(self.t("edit.save"), id="save", variant="primary")
                yield Button(self.t("edit.cancel"), id="cancel")
        yield KeyBar(self.t, id="keys")

    def on_mount(self) -> None:
        """The first field has the cursor: type at once."""
        self.query(Input).first().focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a field saves (as in the edit forms' Ctrl+S)."""
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        event.stop()
        self.action_save() if event.button.id == "save" else self.action_cancel()

    def action_save(self) -> None:
        """Check every field; show what is wrong beside it, or return the corrected fact."""
        typed = {name: self.query_one(f"#in-{name}", Input).value for name in self.initial}
        for name in typed:
            self.query_one(f"#err-{name}", Static).update("")
        try:
            fixed = self.session.corrected_item(self.planned, self.item, typed)
        except InputError as exc:
            field = str(exc).split(":", 1)[0]  # the English text names the field: "share: …"
            name = field if field in typed else next(iter(typed))
            self.query_one(f"#err-{name}", Static).update(Text(f"⚠ {self.t.error(exc)}", "bold"))
            return
        self.dismiss(fixed)

    def action_cancel(self) -> None:
        """Close; nothing corrected."""
        self.dismiss(None)
