"""LsoApp: the dashboard. It is handed a StoreSession (its only way to the store) and never opens files."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.binding import Binding

from lso_tui.ui.commands import ActionsProvider, RecordsProvider
from lso_tui.ui.held_keys import HeldKeys
from lso_tui.ui.history import History
from lso_tui.ui.live_refresh import POLL_SECONDS, LiveRefreshApp

if TYPE_CHECKING:  # the screens and the domain load after the first frame (see on_mount)
    from lso_tui.session import StoreSession
    from lso_tui.ui.widgets.record_list import RecordList
    from lso_tui.views.dataset import Dataset

FRAME_FLUSH = 0.02  # s between the first frame and the start of loading (see post_display_hook)
ROWS_FLUSH = 0.05  # s between the first rows and the work after them: Textual writes the frame from a thread


class LsoApp(LiveRefreshApp):
    """Progress in view, records by keyboard, every fact traced to its sentence."""

    CSS_PATH = Path(__file__).with_name("lso.tcss")
    TITLE = "lso-tui"
    COMMANDS: ClassVar = {RecordsProvider, ActionsProvider}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("q", "quit", "key.quit", id="app.quit"),
        Binding("ctrl+q", "quit", "key.quit", id="app.quit_ctrl", show=False, priority=True),
        Binding("question_mark", "help", "key.help", id="app.help", key_display="?"),
        Binding("ctrl+p", "command_palette", "key.palette", id="app.palette", show=False),
        Binding("L", "log", "key.log", id="app.log", show=False),
        Binding("u", "undo", "key.undo", id="app.undo", show=False),
        Binding("D", "doctor", "key.doctor", id="app.doctor", show=False),
        Binding("I", "ingest", "key.ingest", id="app.ingest", show=False),
    ]

    def __init__(
        self,
        session: StoreSession,
        ds: Dataset | None = None,
        *,
        theme: str = "textual-dark",
        keymap: dict[str, str] | None = None,
        notice: str | None = None,
        watch_store: bool = False,
    ) -> None:
        """Keep the session (the app's only way to the store); apply theme and key remaps. With
        *watch_store*, the session is asked four times a second whether another process changed the store, and
        the screens are sent the fresh dataset.

        Without *ds*, the first frame says the store is opening and the session reads it in a thread:
        the first frame does not wait for the records, and keys are read while they load.
        """
        super().__init__()
        self.session = session
        self._ds = ds
        self.cat = session.cat
        self.load_error: str | None = None
        self._loading = False
        self.watch_store = watch_store
        self.mouse_on = True  # set by the CLI to what it passes to run(mouse=…)
        self.history = History()
        self.held = HeldKeys()  # keys typed while the first screen shows the store's view
        self.first_from_view = False  # whether the first rows came from the store's view
        self.notice = notice
        self.requested_theme = theme
        if keymap:
            self.set_keymap(keymap)

    @property
    def ds(self) -> Dataset:
        """The dataset shown (read only after it has loaded: every caller runs after _show)."""
        assert self._ds is not None
        return self._ds

    @property
    def loaded(self) -> bool:
        """Whether the store has been read."""
        return self._ds is not None

    def on_resize(self) -> None:
        """Whatever screen is on top (a detail, help, a form): below the minimum, say so."""
        if not self._loading:
            self.call_after_refresh(self.check_size)

    def check_size(self) -> None:
        """Below 80×24 say so (and how big it must be) until the terminal grows again."""
        from lso_tui.ui.screens.too_small import MIN_SIZE, TooSmallScreen  # after the first frame

        small = self.size.width < MIN_SIZE[0] or self.size.height < MIN_SIZE[1]
        # The notice must be on top: a key such as ? may have opened a screen above it. A notice
        # left below another screen leaves by itself when it is uncovered (TooSmallScreen).
        if small and isinstance(self.screen, TooSmallScreen):
            self.screen.refresh_message()
        elif small:
            self.push_screen(TooSmallScreen(self.cat))
        else:
            while isinstance(self.screen, TooSmallScreen):
                self.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Under the too-small notice only quitting works: the other keys of the app would open a
        screen above or below it (a second palette above it killed the app: DuplicateIds)."""
        from lso_tui.ui.screens.too_small import TooSmallScreen

        return action == "quit" or not isinstance(self.screen, TooSmallScreen)

    def on_mount(self) -> None:
        """Theme, then the main screen (at once when the dataset is given, else once it loads)."""
        self.theme = self.requested_theme
        if self._ds is not None:
            self._show(self._ds)
            return
        self._loading = True
        view = self.session.first_view()  # the first rows without reading the store, if it has a view
        if view is not None:
            from lso_tui.ui.screens.first import FirstScreen

            self.first_from_view = True
            self.held.start()
            # After the app's mount: a screen drawn during it is not written out, and only what
            # changes after it would be (the list, drawn then, came a frame later).
            self.call_later(self.push_screen, FirstScreen(view))
            return
        from lso_tui.ui.screens.opening import OpeningScreen

        self.push_screen(OpeningScreen(self.cat, str(self.session.path)))

    async def on_event(self, event: events.Event) -> None:
        """Keys typed while the first screen shows the store's view are held for the main screen."""
        if not self.held.hold(event):
            await super().on_event(event)

    def post_display_hook(self) -> None:
        """After the first frame is handed to the terminal (from the store's view: the first one with
        its rows, which Textual may draw a frame after the header), start loading the store."""
        if self._loading and (not self.first_from_view or getattr(self.screen, "drawn", False)):
            self._loading = False
            # Textual writes from a thread; parsing the store holds the GIL for tens of ms, so let
            # the frame leave first.
            self.set_timer(FRAME_FLUSH, self._start_loading)

    def _start_loading(self) -> None:
        """Load the store in a thread (keys are read meanwhile; q quits at once)."""
        self.run_worker(self._load, thread=True, exit_on_error=False)

    def _load(self) -> None:
        """(Thread) Open the store and shape it; hand the result, or the one-line error, to the app."""
        try:
            ds = self.session.read()
            from lso_tui.ui.screens import main  # noqa: F401  imported here, off the event loop
        except Exception as exc:  # a store that cannot be opened: the CLI prints this line, exit 2
            self.call_from_thread(self._failed, str(exc))
            return
        self.call_from_thread(self._show, ds)

    def _failed(self, message: str) -> None:
        """Leave, keeping the message for the CLI to print as its one line."""
        self.load_error = message
        self.exit(return_code=2)

    def _show(self, ds: Dataset) -> None:
        """The main screen on *ds*, the polling for other writers, and the size check."""
        from lso_tui.ui.screens.first import FirstScreen
        from lso_tui.ui.screens.main import MainScreen
        from lso_tui.ui.screens.opening import OpeningScreen

        self._ds = ds
        if self.watch_store:  # the session took the file's key before the load: no write is missed
            self.set_interval(POLL_SECONDS, self._poll_store)
        first = (OpeningScreen, FirstScreen)
        while len(self.screen_stack) > 1 and not isinstance(self.screen, first):
            self.pop_screen()  # e.g. help opened while the store was loading
        if isinstance(self.screen, first):
            self.switch_screen(MainScreen(ds, self.notice, self.session.unit_widths))
        else:
            self.push_screen(MainScreen(ds, self.notice, self.session.unit_widths))
        self.call_after_refresh(self.check_size)
        self.call_after_refresh(self.set_timer, ROWS_FLUSH, self._after_first_rows)

    def _after_first_rows(self) -> None:
        """Once the first rows are drawn: what exists now (Textual, the modules, the records) lives
        on, so it is frozen out of the collector's walks (no pause later on a key press) and the
        collector, off while the store loaded (cli.dashboard), runs again; temp files a killed writer
        left are cleared under the lock, in a thread (a writer may hold it), after the first screen's
        view of the store is written (when the one on disk is not of this version); the keys typed
        meanwhile are handed to the main screen."""
        if not gc.isenabled():
            gc.freeze()
            gc.enable()
        self.held.release(self)
        self.run_worker(self._after_rows_io, thread=True, exit_on_error=False)

    def _after_rows_io(self) -> None:
        """(Thread) The view for the next opening, then the stale temp files."""
        self.session.keep_view()
        self.session.clear_temps()

    def on_record_list_measured(self, event: RecordList.Measured) -> None:
        """The unit list measured its columns on every row: the view for the next opening keeps those
        widths, so that its first frame has them (not narrower ones that widen a second later)."""
        if event.source.id == "list-unit":
            widths = event.source.widths_by_id
            self.run_worker(lambda: self.session.keep_view(widths), thread=True, exit_on_error=False)

    # --- navigation -------------------------------------------------------------------------------
    def open_detail(self, kind: str, rid: str) -> None:
        """Show a record's detail, adding it to the history."""
        from lso_tui.ui.screens.detail import DetailScreen
        from lso_tui.ui.screens.source import SourceScreen

        self.history.open(kind, rid)
        while isinstance(self.screen, SourceScreen):
            self.pop_screen()
        if isinstance(self.screen, DetailScreen):
            self.screen.show_current()
        else:
            self.push_screen(DetailScreen(self.ds))

    def edit_record(self, kind: str, rid: str) -> None:
        """Open the edit form of a record; a read-only store says why nothing can be edited."""
        from lso_tui.ui.dialogs.edit import EditScreen
        from lso_tui.ui.forms import fields_for

        if not self._can_edit():
            return
        if kind not in ("unit", "official", "target"):
            return
        title, fields = fields_for(self.ds, kind, rid)

        self.push_screen(EditScreen(self.ds, kind, rid, title, fields), self._saved)

    def add_record(self, kind: str, context: dict[str, object] | None) -> None:
        """The form for a new official or target."""
        from lso_tui.ui.dialogs.edit import EditScreen
        from lso_tui.ui.forms import add_fields

        if not self._can_edit():
            return
        title, fields, new_id = add_fields(self.ds, kind, context)

        self.push_screen(EditScreen(self.ds, kind, "", title, fields, new_id), self._saved)

    def _can_edit(self) -> bool:
        """Whether edits are possible; on a read-only store, say why nothing happens."""
        if not self.ds.writable:
            self.notify(self.ds.t("readonly.edit"), severity="warning", markup=False)
        return self.ds.writable

    def _saved(self, entries: list[dict[str, Any]] | None) -> None:
        """After a form: show the change at once rather than at the next poll, and say what was saved
        (by the names of the records, read from the fresh dataset: an added one is in it)."""
        from lso_tui.views.audit import records_label

        if entries:
            self._refresh_now()
            self.notify(self.ds.t("edit.saved", what=records_label(self.ds, entries)), markup=False)

    def copy_text(self, text: str) -> None:
        """Put *text* on the clipboard (OSC 52, wrapped for tmux too) and show it for selecting by hand."""
        from lso_tui.report.export import osc52
        from lso_tui.ui.dialogs.copied import CopiedScreen

        self._clipboard = text
        if self._driver is not None:
            self._driver.write(osc52(text, in_tmux=bool(os.environ.get("TMUX"))))
        self.push_screen(CopiedScreen(self.cat, text))

    def action_ingest(self) -> None:
        """Add an article: path, preview, merge (not on a read-only store)."""
        from lso_tui.ui.dialogs.ingest import IngestScreen

        if not self.loaded or not self._can_edit() or isinstance(self.screen, IngestScreen):
            return

        def done(merged: bool | None) -> None:
            """Show the new picture at once."""
            if merged:
                self.notify(self.cat("ingest.done"), markup=False)
                self._refresh_now()

        self.push_screen(IngestScreen(self.cat, self.session), done)

    def action_doctor(self) -> None:
        """The terminal check, with a key-press echo."""
        from lso_tui.ui.screens.doctor import DoctorScreen

        if self.loaded and not isinstance(self.screen, DoctorScreen):
            self.push_screen(DoctorScreen(self.ds, self.mouse_on))

    def action_log(self) -> None:
        """Show the edit log."""
        from lso_tui.ui.screens.log import LogScreen

        if self.loaded and not isinstance(self.screen, LogScreen):
            self.push_screen(LogScreen(self.ds))

    def action_undo(self) -> None:
        """Undo this user's last save still in force (all its edits), naming what it changed."""
        from lso_tui.ui.undo import undo_last

        if self.loaded and self._can_edit():
            undo_last(self)

    def open_source(self, doc: str, start: int, end: int) -> None:
        """Show the article with one fact highlighted."""
        from lso_tui.ui.screens.source import SourceScreen

        self.push_screen(SourceScreen(self.ds, doc, start, end))

    def show_pane(self, kind: str) -> None:
        """Back to the main screen, on one pane."""
        from lso_tui.ui.screens.main import MainScreen

        while not isinstance(self.screen, MainScreen):
            self.pop_screen()
        self.call_later(self.screen.action_show, kind)
