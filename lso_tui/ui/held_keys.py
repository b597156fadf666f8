"""Keys typed while the first screen (drawn from the store's view) waits for the store: held in order
and handed on once the main screen is there, so that each acts on the whole data as typed."""

from __future__ import annotations

from textual import events
from textual.app import App


class HeldKeys:
    """The keys held so far (none held while not holding)."""

    def __init__(self) -> None:
        """Not holding."""
        self.keys: list[events.Key] | None = None

    def start(self) -> None:
        """Hold every key from now on (see hold)."""
        self.keys = []

    def hold(self, event: events.Event) -> bool:
        """Whether to hold *event* instead of acting on it now: while holding, every key but ctrl+q,
        and but q when no key is held before it (q quits at once, as on the main screen; after a
        held "/" it is text for the filter box). The mouse is ignored meanwhile (the wheel would
        scroll a list that holds only the first rows)."""
        if self.keys is None or event.is_forwarded:
            return False
        if isinstance(event, events.MouseEvent):
            return True
        if not isinstance(event, events.Key):
            return False
        if event.key == "ctrl+q" or (event.key == "q" and not self.keys):
            return False
        self.keys.append(event)
        return True

    def release(self, app: App[None]) -> None:
        """Stop holding; hand the held keys to *app* again, in the order they were typed."""
        keys, self.keys = self.keys or [], None
        for key in keys:
            app.post_message(events.Key(key.key, key.character))
