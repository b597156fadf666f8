"""The progress strip: where the headline target stands, in a bar and in words (never colour alone)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from rich.text import Text
from textual.widgets import Static

from lso_tui.i18n import Catalogue
from lso_tui.views.rows import bar, progress_line

if TYPE_CHECKING:  # the first screen draws the strip before the domain is loaded
    from lso_tui.model.progress_value import Progress


class Headed(Protocol):
    """What the strip is drawn from: the Dataset, or the first screen's view (views.first)."""

    t: Catalogue

    def headline(self) -> tuple[dict[str, Any], Progress] | None:
        """The target shown first and where it stands."""

STATE_STYLE = {
    "reached": "bold green",
    "on_track": "bold green",
    "behind": "bold yellow",
    "overdue": "bold red",
    "no_units": "dim",
}


def strip_text(ds: Headed, width: int) -> Text:
    """Two lines: scope, bar and figures; then units still needed, time left, pace and the state."""
    t = ds.t
    head = ds.headline()
    if head is None:
        return Text(t("progress.none"), no_wrap=True)
    target, p = head
    scope = target.get("scope") or ""
    figures = "  " + progress_line(t, target, p)
    # The bar takes what the scope and figures leave of the line (6 to 30 cells).
    bar_width = max(6, min(30, width - len(scope) - len(figures) - 2))
    # The target is marked on the bar with a character, so the goal is visible without colour.
    done = bar(p.share, bar_width, target["share"])
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(f"{scope} ", "bold")
    text.append(done)
    text.append(figures)
    text.append("\n")
    text.append(f"[{t(f'state.{p.state}')}]", STATE_STYLE.get(p.state, ""))
    # (one key per number where English says it differently: "1 more unit needed")
    text.append("  " + t("progress.more_one" if p.remaining == 1 else "progress.more", n=p.remaining))
    if p.months_left is not None:
        text.append(" · " + t("progress.left_one" if p.months_left == 1 else "progress.left", n=p.months_left))
    if p.pace_needed is not None:
        text.append(" · " + t("progress.pace", pace=t.number(p.pace_needed, 2)))
    if p.total_figure is not None and p.register_total is not None and p.register_total != p.total:
        # The article's count is in force: say the register lists another, as the roll-up does.
        text.append(" · " + t("progress.register", n=p.register_total))
    if p.done_figure is not None:
        text.append(" · " + t("progress.done_stated", date=t.month(p.done_figure.date)))
    return text


class ProgressStrip(Static):
    """Always-visible progress toward the headline target."""

    def __init__(self, ds: Headed, **kwargs: object) -> None:
        """Remember the dataset; the text is built for the current width."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.ds = ds

    def on_mount(self) -> None:
        """Draw once mounted, as wide as the screen less the padding until laid out (a screen pushed
        while the app runs is drawn before its widgets are sized: the bar was drawn 6 cells wide)."""
        self.update(strip_text(self.ds, self.size.width or self.app.size.width - self.styles.gutter.width))

    def on_resize(self) -> None:
        """Redraw the bar for the new width."""
        self.update(strip_text(self.ds, self.size.width))
