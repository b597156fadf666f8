"""Edit forms: change a record from the dashboard; bad values are explained beside the field, and a
record someone else changed meanwhile gets a conflict dialog, never a silent overwrite."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from lso_tui.edits.change import Change, new_target
from lso_tui.edits.check import check as check_change
from lso_tui.edits.check import current_value
from lso_tui.errors import InputError, refusal
from lso_tui.ui.messages import dashboard
from lso_tui.ui.widgets.clean_input import CleanInput
from lso_tui.ui.widgets.key_bar import KeyBar
from lso_tui.views.dataset import Dataset


@dataclass(frozen=True)
class FormField:
    """One editable field: its id, label, the value shown at open, and how to turn text into a change."""

    id: str
    label: str
    initial: str
    parse: Any  # str -> stored value (raises InputError)
    base: Any  # the stored value when the form opened (for conflict detection)
    show: Any = str  # stored value -> text, for the conflict dialog


class Conflict(InputError):
    """The record changed since the form was opened."""

    def __init__(self, field: FormField, theirs: Any, mine: Any) -> None:
        """Remember both values."""
        super().__init__(field.label)
        self.field, self.theirs, self.mine = field, theirs, mine


Saved = list[dict[str, Any]]  # the audit entries a form wrote (none: nothing was saved)


class EditScreen(ModalScreen[Saved]):
    """A small form; Save validates every field, then writes all changes at once under the lock (one
    batch: one undo takes it back)."""

    BINDINGS = [
        Binding("escape", "cancel", "key.close", id="edit.cancel", key_display="Esc"),
        Binding("ctrl+s", "save", "key.save", id="edit.save"),
    ]

    def __init__(
        self, ds: Dataset, kind: str, rid: str, title: str, fields: list[FormField], new_id: Any = None
    ) -> None:
        """The record (*kind*, *rid*) and the fields to offer; with *new_id(values)*, the form adds a
        record instead (all fields become one "add" change) and *title* is the whole title."""
        super().__init__()
        self.ds, self.kind, self.rid, self.title_text, self.fields = ds, kind, rid, title, fields
        self.new_id = new_id
        self.force = False

    def compose(self) -> ComposeResult:
        """Label, input and an error line per field; Save and Cancel."""
        t = self.ds.t
        with VerticalScroll(id="edit-box"):
            title = self.title_text if self.new_id is not None else f"{t('edit.title')} — {self.title_text}"
            yield Static(Text(title, "bold"), id="edit-title")
            for f in self.fields:
                yield Static(Text(f.label, "bold"))
                yield CleanInput(f.initial, id=f"in-{f.id}")
                yield Static("", id=f"err-{f.id}", classes="field-error")
            with Horizontal(id="edit-buttons"):
                yield Button(t("edit.save"), id="save", variant="primary")
                yield Button(t("edit.cancel"), id="cancel")
        yield KeyBar(t, id="keys")

    def on_mount(self) -> None:
        """The first field has the cursor, at the end of its text: type at once."""
        first = self.query(Input).first()
        first.focus()
        first.cursor_position = len(first.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        event.stop()
        self.action_save() if event.button.id == "save" else self.action_cancel()

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss([])

    def changes(self) -> list[tuple[FormField, Change]] | None:
        """Validate every field; show each error beside its field; None if any is wrong."""
        out, ok = [], True
        for f in self.fields:
            raw = self.query_one(f"#in-{f.id}", Input).value
            err = self.query_one(f"#err-{f.id}", Static)
            try:
                value = f.parse(raw)
            except InputError as exc:
                self.show_error(f.id, exc)
                ok = False
                continue
            err.update("")
            if value != f.base:
                out.append((f, Change(self.kind, self.rid, f.id, value)))
        return out if ok else None

    def action_save(self) -> None:
        """Write the changes, or explain why not (read-only, invalid, conflict)."""
        from lso_tui.session import StoreError

        if not self.ds.writable:
            self.notify(self.ds.t("readonly.edit"), severity="warning", markup=False)
            return
        pairs = self.changes()
        if pairs is None:
            return
        if self.new_id is not None:
            self._add(pairs)
            return
        if not pairs:
            self.dismiss([])
            return
        by_field = {c.field: f for f, c in pairs}

        def check(tables: dict[str, list[dict[str, Any]]], c: Change) -> Any:
            """The stored value now; a Conflict if it is not what the form was opened with."""
            theirs = current_value(tables, c)
            if not self.force and theirs != by_field[c.field].base:
                raise Conflict(by_field[c.field], theirs, c.new)
            return theirs

        try:
            written = dashboard(self).session.apply([c for _, c in pairs], check)
        except Conflict as conflict:
            self.app.push_screen(ConflictScreen(self.ds, conflict), self._resolved)
            return
        except StoreError as exc:
            self.notify(self.ds.t.error(exc), severity="error", markup=False)
            return
        self.dismiss(written)

    def show_error(self, field: str, exc: InputError) -> None:
        """*exc* beside *field*, in the form's language when it names its catalogue message."""
        self.query_one(f"#err-{field}", Static).update(Text(f"⚠ {self.ds.t.error(exc)}", "bold"))

    def _add(self, pairs: list[tuple[FormField, Change]]) -> None:
        """One "add" change with every field; duplicates and unknown units are refused like the CLI's,
        beside the first field (the name, the scope), not in a toast."""
        values = {c.field: c.new for _, c in pairs}
        if self.kind == "target":  # the scope field gives level, code and name together
            change = new_target(values["share"], values["year"], values["scope"])
        else:
            change = Change(self.kind, self.new_id(values), "*", values, "add")
        if (self.kind, change.record) in self.ds.by_id:  # said by name here, not by the store's id
            from lso_tui.views.audit import record_label

            what = record_label(self.ds, self.kind, change.record)
            self.show_error(self.fields[0].id, refusal("edit.exists", what=what))
            return
        from lso_tui.session import StoreError

        try:
            written = dashboard(self).session.apply([change], check_change)
        except StoreError as exc:  # the store, not a field, is the trouble
            self.notify(self.ds.t.error(exc), severity="error", markup=False)
            return
        except InputError as exc:
            self.show_error(self.fields[0].id, exc)
            return
        self.dismiss(written)

    def _resolved(self, mine: bool | None) -> None:
        """Keep theirs (close) or write mine over it (save again without the check)."""
        if mine:
            self.force = True
            self.action_save()
        else:
            self.dismiss([])


class ConflictScreen(ModalScreen[bool]):
    """Theirs and mine side by side; the user chooses."""

    BINDINGS = [Binding("escape", "theirs", "key.close", id="conflict.theirs")]

    def __init__(self, ds: Dataset, conflict: Conflict) -> None:
        """The conflicting field and both values."""
        super().__init__()
        self.ds, self.conflict = ds, conflict

    def compose(self) -> ComposeResult:
        """Both values and two buttons."""
        t, c = self.ds.t, self.conflict
        with VerticalScroll(id="edit-box"):
            yield Static(Text(t("conflict.title", field=c.field.label), "bold"))
            with Horizontal(id="conflict-sides"):
                yield Static(Text(f"{t('conflict.theirs')}\n{c.field.show(c.theirs)}"), classes="side")
                yield Static(Text(f"{t('conflict.mine')}\n{c.field.show(c.mine)}"), classes="side")
            with Horizontal(id="edit-buttons"):
                yield Button(t("conflict.keep_theirs"), id="theirs")
                yield Button(t("conflict.use_mine"), id="mine", variant="warning")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Theirs or mine."""
        event.stop()
        self.dismiss(event.button.id == "mine")

    def action_theirs(self) -> None:
        """Esc keeps theirs."""
        self.dismiss(False)
