"""SVG snapshots at 80×24 and 120×40, driven by a Pilot first (refresh: pytest --snapshot-update)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from lso_tui.ui.app import LsoApp
from lso_tui.ui.widgets.record_list import RecordList

SMALL, LARGE = (80, 24), (120, 40)


async def _on_chi_lang(pilot: Pilot[Any]) -> None:
    """Cursor on phường Chi Lăng."""
    pilot.app.screen.query_one("#list-unit", RecordList).select_id("05983")
    await pilot.pause()


async def _chi_lang_detail(pilot: Pilot[Any]) -> None:
    """The detail of Chi Lăng."""
    await _on_chi_lang(pilot)
    await pilot.press("enter")


async def _source_of_households(pilot: Pilot[Any]) -> None:
    """The source view on Chi Lăng's households figure."""
    await _chi_lang_detail(pilot)
    await pilot.press("tab")
    screen = pilot.app.screen
    fields = screen.query_one("#fields", OptionList)
    fields.highlighted = next(i for i, f in enumerate(screen.shown.fields) if f.label == "Số hộ")  # type: ignore[attr-defined]
    await pilot.press("v")
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_first_screen(
    snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp], size: tuple[int, int]
) -> None:
    """What a user sees on launch."""
    assert snap_compare(make_app(), terminal_size=size, run_before=_on_chi_lang)


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
@pytest.mark.parametrize("pane", ["2", "3", "4", "5"], ids=["officials", "targets", "timeline", "regions"])
def test_each_pane(
    snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp], pane: str, size: tuple[int, int]
) -> None:
    """Officials, targets, the timeline and the roll-up by region, focused."""
    assert snap_compare(make_app(), press=[pane], terminal_size=size)


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_detail(
    snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp], size: tuple[int, int]
) -> None:
    """A unit's detail with provenance and links."""
    assert snap_compare(make_app(), terminal_size=size, run_before=_chi_lang_detail)


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_source_view(
    snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp], size: tuple[int, int]
) -> None:
    """The article with one fact highlighted."""
    assert snap_compare(make_app(), terminal_size=size, run_before=_source_of_households)


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_help(
    snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp], size: tuple[int, int]
) -> None:
    """The help overlay on the main screen."""
    assert snap_compare(make_app(), press=["question_mark"], terminal_size=size)


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_english(
    snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp], size: tuple[int, int]
) -> None:
    """The English UI."""
    assert snap_compare(make_app("en"), terminal_size=size, run_before=_on_chi_lang)


def test_ansi_theme(snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp]) -> None:
    """The ansi-dark theme (the terminal's own 16 colours)."""
    assert snap_compare(make_app(theme="ansi-dark"), terminal_size=SMALL)


def test_readme_screenshots_are_the_current_snapshots() -> None:
    """docs/ holds copies of three snapshots for the README; they must not go stale."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    snaps = Path(__file__).parent / "__snapshots__"
    pairs = {
        "screen-80x24.svg": "test_snapshots/test_first_screen[80x24].svg",
        "detail-120x40.svg": "test_snapshots/test_detail[120x40].svg",
        "review-120x40.svg": "test_ingest_review/test_review_screen_snapshot.svg",
    }
    for doc, snap in pairs.items():
        assert (root / "docs" / doc).read_bytes() == (snaps / snap).read_bytes(), (
            f"cp the snapshot to docs/{doc}"
        )


def test_charts_in_16_colours(snap_compare: Callable[..., bool], make_app: Callable[..., LsoApp]) -> None:
    """The charts with the terminal's own 16 colours (the ansi-dark theme)."""
    assert snap_compare(make_app(theme="ansi-dark"), press=["3", "c"], terminal_size=SMALL)
