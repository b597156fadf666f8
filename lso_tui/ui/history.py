"""Browser-like history of opened records: back and forward."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class History:
    """Visited (kind, id) entries and where we are among them."""

    entries: list[tuple[str, str]] = field(default_factory=list)
    index: int = -1

    @property
    def current(self) -> tuple[str, str] | None:
        """The entry shown now."""
        return self.entries[self.index] if 0 <= self.index < len(self.entries) else None

    def open(self, kind: str, rid: str) -> None:
        """Visit a record: drop the forward entries, append this one."""
        self.entries = [*self.entries[: self.index + 1], (kind, rid)]
        self.index = len(self.entries) - 1

    def back(self) -> bool:
        """Step back; False when there is nothing before (the caller closes the view)."""
        if self.index <= 0:
            self.index = -1
            return False
        self.index -= 1
        return True

    def forward(self) -> bool:
        """Step forward; False when there is nothing after."""
        if self.index + 1 >= len(self.entries):
            return False
        self.index += 1
        return True
