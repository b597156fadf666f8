"""Add articles from the dashboard: their paths (a folder, or several separated by ";"), the preview of
every change, then each fact to tick or untick, or correct, before the merge."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, SelectionList, Static

from lso_tui.i18n import Catalogue
from lso_tui.session import StoreSession
from lso_tui.ui.dialogs.fix import FixScreen
from lso_tui.ui.widgets.clean_input import CleanInput
from lso_tui.ui.widgets.review_list import ReviewList, quoted

if TYPE_CHECKING:
    from lso_tui.session import ReviewItem


def split_paths(value: str) -> list[Path]:
    """The paths typed: separated by ";", each with ~ expanded (a folder stands for its *.txt)."""
    return [Path(part.strip()).expanduser() for part in value.split(";") if part.strip()]


class PreviewScroll(VerticalScroll):
    """The preview, which a Tab may focus: the characters typed there are for the path box (the screen
    forwards them), so no key binding may take them first."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """Printable characters are consumed here (and forwarded), not matched to bindings."""
        return character is not None and character.isprintable()


class IngestScreen(ModalScreen[bool]):
    """Enter: the preview and the facts (extracted in a thread); Space unticks a fact, `e` corrects it;
    Enter (or Save) merges the ticked ones, and what was unticked or corrected is remembered for
    their article. Esc: nothing written."""

    BINDINGS = [Binding("escape", "cancel", "key.close", id="ingest.cancel")]

    def __init__(self, cat: Catalogue, session: StoreSession) -> None:
        """The session of the store to add to."""
        super().__init__()
        self.t = cat
        self.session = session
        self.plan: Any = None  # the preview shown, for the paths it was made for
        self.planned_for = ""
        self.items: list[ReviewItem] = []
        self.fixes: dict[str, dict[str, dict[str, Any]]] = {}  # per article, per fact key: the correction
        self.merging = False

    def compose(self) -> ComposeResult:
        """Title, the path box, the preview, the facts to tick, why the highlighted one is rated so."""
        with Vertical(id="ingest-box"):
            yield Static(Text(self.t("ingest.title"), "bold"))
            # (not selected on focus: a character forwarded from the preview must not be typed over)
            yield CleanInput(placeholder=self.t("ingest.placeholder"), id="ingest-path", select_on_focus=False)
            with PreviewScroll(id="ingest-scroll"):
                yield Static(id="ingest-preview")
            with Vertical(id="review-box"):
                yield Static(Text(self.t("review.title"), "bold"))
                yield ReviewList(id="review-list")
                yield Static(id="review-why")
                with Horizontal(id="review-buttons"):
                    yield Button(self.t("review.save"), id="review-save", variant="primary")

    def on_mount(self) -> None:
        """Type the path at once; the facts appear once a plan is made."""
        self.query_one("#review-box").display = False
        self.query_one("#ingest-path", Input).focus()

    def on_resize(self) -> None:
        """A resized window: once laid out again, the facts' rows are made to fill the new width."""
        self.call_after_refresh(self._relayout)

    def _relayout(self) -> None:
        """Fit the review list's rows to the dialog's width (measured as when they were first shown)."""
        self.query_one(ReviewList).relayout(self.query_one("#ingest-box").content_size.width)

    async def on_key(self, event: events.Key) -> None:
        """Keys typed while the preview has the focus (after Tab) go to the path box, as typed: they
        were silently ignored."""
        box = self.query_one("#ingest-path", Input)
        if self.focused is box or isinstance(self.focused, (SelectionList, Button, Input)):
            return
        if event.is_printable and event.character:
            event.stop()
            box.focus()
            box.insert_text_at_cursor(event.character)
        elif event.key in ("enter", "backspace"):
            event.stop()
            box.focus()
            if event.key == "enter":
                await box.action_submit()
            else:
                box.action_delete_left()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """First Enter: preview; a second Enter on the same paths: merge."""
        value = event.value.strip()
        if self.plan is not None and value == self.planned_for:
            self.action_merge()
            return
        self.plan, self.items, self.fixes = None, [], {}
        self.query_one("#review-box").display = False
        self.remove_class("reviewing")
        self._say(Text(self.t("ingest.reading")))
        # Extraction and the register take a second or two: off the event loop, keys stay live.
        self.run_worker(lambda: self._make_plan(value), thread=True, exit_on_error=False)

    def _make_plan(self, value: str) -> None:
        """(Thread) Extract and plan; hand the preview, or the one-line error, back to the screen."""
        try:
            p, lines, items = self.session.plan_ingest(split_paths(value))
        except Exception as exc:  # InputError, StoreError, OSError: one line, nothing written
            self.app.call_from_thread(self._say, Text(f"⚠ {self.t.error(exc)}", "bold"))
            return
        self.app.call_from_thread(self._planned, value, p, lines, items)

    def _planned(self, value: str, p: Any, lines: list[str], items: list[ReviewItem]) -> None:
        """Show the preview and the facts; keep the plan when it adds something."""
        text = Text("\n".join(lines) + "\n\n")
        if p.added:
            self.plan, self.planned_for, self.items = p, value, items
            text.append(self.t("ingest.confirm"), "bold")
        else:
            text.append(self.t("ingest.unchanged"), "bold")
        self._say(text)
        if self.items:
            self.query_one("#review-box").display = True
            self.add_class("reviewing")
            review = self.query_one(ReviewList)
            review.show(self.t, self.items, p.rejections, self.query_one("#ingest-box").content_size.width)
            review.focus()
            self._why(0)

    def on_selection_list_selection_highlighted(self, event: SelectionList.SelectionHighlighted[int]) -> None:
        """Say why the highlighted fact is rated as it is, with its whole sentence."""
        self._why(event.selection_index)

    def _why(self, index: int) -> None:
        """The reason and the sentence of fact *index*."""
        if 0 <= index < len(self.items):
            item = self.items[index]
            text = Text(self.t("review.why", reason=item.reason) + "\n")
            text.append_text(quoted(item))
            self.query_one("#review-why", Static).update(text)

    def action_fix(self) -> None:
        """Correct the highlighted fact (its name, unit, numbers or region) before it is merged."""
        index = self.query_one(ReviewList).highlighted
        if self.plan is None or self.merging or index is None or not 0 <= index < len(self.items):
            return
        item = self.items[index]

        def fixed(result: tuple[ReviewItem, dict[str, Any]] | None) -> None:
            """Show the corrected fact, ticked, and keep the correction for the merge."""
            if result is None:
                return
            self.items[index], fix = result
            self.fixes.setdefault(item.doc_id, {})[item.key] = fix
            width = self.query_one("#ingest-box").content_size.width
            self.query_one(ReviewList).replace_row(self.t, index, self.items[index], width)
            self._why(index)

        self.app.push_screen(FixScreen(self.t, self.session, self.plan, item), fixed)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save: merge the ticked facts."""
        if event.button.id == "review-save":
            self.action_merge()

    def action_merge(self) -> None:
        """Merge the ticked facts; the unticked are remembered for their article."""
        if self.plan is None or self.merging:
            return
        ticked = set(self.query_one(ReviewList).selected)
        rejected: dict[str, set[str]] = {ex_id: set() for ex_id in {i.doc_id for i in self.items}}
        for i, item in enumerate(self.items):
            if i not in ticked:
                rejected[item.doc_id].add(item.key)
        if self.session.same_choice(self.plan, rejected, self.fixes):
            self._merge(None)  # what the preview shows: written at once
            return
        self.merging = True  # the tables are built again with the choice: off the event loop
        self._say(Text(self.t("ingest.reading")))
        self.run_worker(lambda: self._merge(rejected, threaded=True), thread=True, exit_on_error=False)

    def _merge(self, rejected: dict[str, set[str]] | None, threaded: bool = False) -> None:
        """Write the plan (built again without *rejected*, with the corrections); close, or say why
        the store refused."""
        back = self.app.call_from_thread if threaded else (lambda f, *a: f(*a))
        try:
            self.session.ingest(self.plan, rejected, self.fixes)
        except Exception as exc:  # the store refused (changed meanwhile, read-only, disk full)
            back(self._refused, exc)
            return
        back(self.dismiss, True)

    def _refused(self, exc: Exception) -> None:
        """Say why nothing was written; the choice can be made again."""
        self.merging = False
        self._say(Text(f"⚠ {self.t.error(exc)}", "bold"))

    def _say(self, text: Text) -> None:
        """Replace the preview area (plain text: sentences come from the article)."""
        self.query_one("#ingest-preview", Static).update(text)

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(False)
