"""Messages of the dashboard, and the typed face of the app that screens and widgets talk to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from textual.dom import DOMNode
from textual.message import Message

if TYPE_CHECKING:
    from lso_tui.i18n import Catalogue
    from lso_tui.session import StoreSession
    from lso_tui.ui.history import History
    from lso_tui.views.dataset import Dataset


class DatasetChanged(Message, bubble=False):
    """The store was read again (another process's write, an edit, an ingest): show *ds*."""

    def __init__(self, ds: Dataset) -> None:
        """The fresh dataset."""
        super().__init__()
        self.ds = ds


class Dashboard(Protocol):
    """What screens and widgets may ask of the app (LsoApp implements it)."""

    cat: Catalogue
    history: History
    session: StoreSession

    @property
    def ds(self) -> Dataset:
        """The dataset shown."""

    @property
    def loaded(self) -> bool:
        """Whether the store has been read."""

    def show_pane(self, kind: str) -> None:
        """Back to the main screen, on one pane."""

    def open_detail(self, kind: str, rid: str) -> None:
        """Show a record's detail."""

    def edit_record(self, kind: str, rid: str) -> None:
        """Open a record's edit form."""

    def add_record(self, kind: str, context: dict[str, object] | None) -> None:
        """Open the form for a new record."""

    def open_source(self, doc: str, start: int, end: int) -> None:
        """Show an article with one fact highlighted."""

    def copy_text(self, text: str) -> None:
        """Put text on the clipboard and show it."""

    def check_size(self) -> None:
        """Show or hide the too-small screen."""


def dashboard(node: DOMNode) -> Dashboard:
    """The app *node* belongs to, as the dashboard it is."""
    return cast("Dashboard", node.app)


# The main screen's panes, in tab order: (record kind, pane id).
PANES = (
    ("unit", "units"),
    ("official", "officials"),
    ("target", "targets"),
    ("event", "timeline"),
    ("region", "regions"),
    ("document", "documents"),
)
