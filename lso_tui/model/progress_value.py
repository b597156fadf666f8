"""Progress, the value: where a scope stands against one target at an as-of date (model.progress
derives it; the first screen rebuilds it from the store's view without loading the roll-up)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lso_tui.model.figures import Figure


@dataclass(frozen=True)
class Progress:
    """Where a scope stands against one target at an as-of date."""

    done: int
    total: int
    needed: int
    share: float
    target_share: float
    deadline: str
    as_of: str | None
    months_left: int | None
    pace_needed: float | None
    pace_so_far: float | None
    state: str  # "reached" | "on_track" | "behind" | "overdue" | "no_units"
    named_done: int = 0  # units the records show consolidated (done may be an article's count)
    total_figure: Figure | None = None  # the article count used as total, when one is in force
    done_figure: Figure | None = None  # the article count used as done, when above the records'
    register_total: int | None = None  # the register's count, when it is not the total used

    @property
    def remaining(self) -> int:
        """Units still to consolidate to meet the target."""
        return max(0, self.needed - self.done)
