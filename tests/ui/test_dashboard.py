"""Pilot tests: every path of the dashboard driven by keys, checked on the real widgets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Input, OptionList, Static, TextArea

from lso_tui.ui.app import LsoApp
from lso_tui.ui.screens.detail import DetailScreen
from lso_tui.ui.screens.help import HelpScreen
from lso_tui.ui.screens.main import MainScreen
from lso_tui.ui.screens.source import SourceScreen
from lso_tui.ui.widgets.preview import Preview
from lso_tui.ui.widgets.record_list import RecordList
from tests.ui.conftest import app_on

SIZE = (80, 24)


def rendered(widget: Static) -> str:
    """A Static's current content as plain text."""
    return str(widget.render())


def names(lst: RecordList) -> list[str]:
    """The first cell of every shown row, in order."""
    return [lst.rows[i].cells[0] for i in lst.view]


async def test_first_screen_answers_the_two_questions(make_app: Callable[..., LsoApp]) -> None:
    """With no key pressed: 2 more units needed by 2020, and who holds both posts in Chi Lăng."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        strip = rendered(app.screen.query_one("#progress", Static))
        assert "2/8 = 25% → mục tiêu 4/8 = 50% trước 31/12/2020" in strip
        assert "cần thêm 2 đơn vị" in strip and "còn 10 tháng" in strip and "0,20 đơn vị/tháng" in strip
        assert "[CHẬM TIẾN ĐỘ]" in strip
        lst = app.screen.query_one("#list-unit", RecordList)
        row = next(lst.rows[i] for i in lst.view if lst.rows[i].cells[0] == "Chi Lăng")
        assert row.cells[3] == row.cells[4] == "Trần Lệnh Trưởng"
        assert len(lst.view) == 8 and sum(r.muted for r in lst.rows) == 6
        header = rendered(app.screen.query_one("#header", Static))
        assert "tính đến 26/02/2020" in header and "store.json" in header


async def test_vim_keys_move_the_cursor(make_app: Callable[..., LsoApp]) -> None:
    """j/k, G/g, ctrl+d/ctrl+u and the arrows."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        await pilot.press("j", "j", "down")
        assert lst.cursor == 3
        await pilot.press("k")
        assert lst.cursor == 2
        await pilot.press("G")
        assert lst.cursor == 7
        await pilot.press("g")
        assert lst.cursor == 0
        await pilot.press("ctrl+d")
        assert lst.cursor > 0
        await pilot.press("ctrl+u")
        assert lst.cursor == 0


async def test_tab_and_digits_switch_panes(make_app: Callable[..., LsoApp]) -> None:
    """Tab / Shift+Tab cycle the panes, 1–6 jump; the shown pane's list has the focus."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("tab")
        assert screen.kind == "official" and app.focused is screen.query_one("#list-official")
        await pilot.press("shift+tab", "shift+tab")
        assert screen.kind == "document" and app.focused is screen.query_one("#list-document")
        await pilot.press("shift+tab")
        assert screen.kind == "region" and app.focused is screen.query_one("#list-region")
        await pilot.press("shift+tab")
        assert screen.kind == "event"
        await pilot.press("5")
        assert screen.kind == "region"
        await pilot.press("3")
        assert screen.kind == "target"
        assert "[3 Mục tiêu]" in rendered(screen.query_one("#tabs", Static))
        await pilot.press("1")
        assert screen.kind == "unit"


async def test_filter_ignores_case_and_diacritics(make_app: Callable[..., LsoApp]) -> None:
    """/ filters as you type: "quang lac", "Quang Lac" and "quảng lạc" all find Quảng Lạc."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        for query in ("quang lac", "Quang Lac", "quảng lạc"):
            await pilot.press("slash", *query)
            assert names(lst) == ["Quảng Lạc"], query
            await pilot.press("escape")  # clears
            assert len(lst.view) == 8
        for query in ("hoang dong", "hoang đong"):  # đ and d match each other
            await pilot.press("slash", *query)
            assert names(lst) == ["Hoàng Đồng"], query
            await pilot.press("escape")
        await pilot.press("slash", *"xa", "enter")  # the three xã; Enter keeps the filter
        assert names(lst) == ["Hoàng Đồng", "Quảng Lạc", "Mai Pha"]
        assert app.focused is lst
        await pilot.press("n", "n")
        assert lst.current is not None and lst.current.cells[0] == "Mai Pha"
        await pilot.press("n")  # wraps
        assert lst.current is not None and lst.current.cells[0] == "Hoàng Đồng"
        await pilot.press("N")
        assert lst.current is not None and lst.current.cells[0] == "Mai Pha"
        status = rendered(app.screen.query_one("#status-unit", Static))
        assert status.split(" · ")[0] == "3/8 dòng"


async def test_filter_with_no_match_says_so(make_app: Callable[..., LsoApp]) -> None:
    """A query nothing matches empties the list and says so."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"zzz")
        assert rendered(app.screen.query_one("#status-unit", Static)).split(" · ")[0] == "Không có dòng nào khớp"


async def test_sort_by_focused_column_and_reverse(make_app: Callable[..., LsoApp]) -> None:
    """s sorts by the focused column (▲), again reverses (▼); l moves the column."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        await pilot.press("s")
        assert names(lst) == sorted(names(lst))
        assert "▲" in lst._header().plain
        await pilot.press("s")
        assert names(lst) == sorted(names(lst), reverse=True)
        assert "▼" in lst._header().plain
        await pilot.press("l", "l", "s")  # "consolidated since": dated units first
        assert names(lst)[:2] == ["Chi Lăng", "Quảng Lạc"]


async def test_detail_links_back_and_forward(make_app: Callable[..., LsoApp]) -> None:
    """Enter opens a detail; Enter on a link follows it; Esc goes back; ] goes forward."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        lst.select_id("05983")
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, DetailScreen) and screen.shown is not None
        assert screen.shown.title == "phường Chi Lăng"
        fields = [f.label for f in screen.shown.fields]
        assert "Nhất thể hóa từ" in fields and "Số hộ" in fields and "Sau sáp nhập 2025" in fields
        since = next(f for f in screen.shown.fields if f.label == "Nhất thể hóa từ")
        assert since.value == "cuối 06/2018" and "cuối tháng 6/2018" in since.provenance.quote
        assert since.provenance.label == "Báo Lạng Sơn, 26/02/2020"
        await pilot.press("enter")  # first link: the official
        assert screen.shown.title == "Trần Lệnh Trưởng"
        await pilot.press("escape")
        assert screen.shown.title == "phường Chi Lăng"
        await pilot.press("right_square_bracket")
        assert screen.shown.title == "Trần Lệnh Trưởng"
        await pilot.press("backspace", "escape")
        assert isinstance(app.screen, MainScreen)


async def test_target_detail_links_to_the_units_it_counts(make_app: Callable[..., LsoApp]) -> None:
    """Target → the 8 units counted, with derived progress."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "enter")
        screen = app.screen
        assert isinstance(screen, DetailScreen) and screen.shown is not None
        assert len([link for link in screen.shown.links if link.kind == "unit"]) == 8
        progress = next(f for f in screen.shown.fields if f.label == "Tiến độ")
        assert progress.provenance.origin == "derived"


async def test_source_view_highlights_the_fact_and_steps(make_app: Callable[..., LsoApp]) -> None:
    """v on a field shows the article with the fact's span selected; → and ← step facts."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#list-unit", RecordList).select_id("05983")
        await pilot.press("enter", "tab")
        fields = app.screen.query_one("#fields", OptionList)
        detail = app.screen
        assert isinstance(detail, DetailScreen) and detail.shown is not None
        fields.highlighted = next(i for i, f in enumerate(detail.shown.fields) if f.label == "Số hộ")
        await pilot.press("v")
        await pilot.pause()
        await pilot.pause()  # the selection is set after the text area's first layout
        source = app.screen
        assert isinstance(source, SourceScreen)
        area = source.query_one(TextArea)
        assert area.selected_text == "hơn 3 nghìn hộ dân"
        first = area.selected_text
        await pilot.press("right")
        assert area.selected_text and area.selected_text != first
        await pilot.press("left")
        assert area.selected_text == first
        await pilot.press("escape")
        assert isinstance(app.screen, DetailScreen)


async def test_palette_jumps_to_a_record_without_diacritics(make_app: Callable[..., LsoApp]) -> None:
    """ctrl+p, "tran lenh", Enter: the official's detail."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"tran lenh")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.shown is not None
        assert app.screen.shown.title == "Trần Lệnh Trưởng"


async def test_help_lists_the_keys_of_the_current_view(make_app: Callable[..., LsoApp]) -> None:
    """? shows every key of the view (translated); ? again closes it."""
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.text.plain
        for desc in ("Sắp xếp", "Lọc", "Khớp tiếp", "Khung sau", "Thoát", "Đầu danh sách"):
            assert desc in text
        assert "↓, j" in text and "^d" in text and "PgDn" in text
        await pilot.press("question_mark")
        assert isinstance(app.screen, MainScreen)


async def test_english_ui(make_app: Callable[..., LsoApp]) -> None:
    """--lang en: the same screen in English."""
    app = make_app("en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        strip = rendered(app.screen.query_one("#progress", Static))
        assert "2 more units needed" in strip and "[BEHIND]" in strip and "0.20 units/month" in strip
        lst = app.screen.query_one("#list-unit", RecordList)
        assert "late 06/2018" in [lst.rows[i].cells[2] for i in lst.view]


async def test_q_quits_and_keys_can_be_remapped(make_app: Callable[..., LsoApp]) -> None:
    """q quits; a keymap (as from config.toml) moves quit to x."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
    assert app.return_code == 0 and not app.is_running
    remapped = make_app(keymap={"app.quit": "x", "list.down": "ctrl+n"})
    async with remapped.run_test(size=SIZE) as pilot:
        lst = remapped.screen.query_one("#list-unit", RecordList)
        await pilot.press("ctrl+n")
        assert lst.cursor == 1
        await pilot.press("q")
        assert remapped.is_running
        await pilot.press("x")
    assert not remapped.is_running


async def test_ten_thousand_rows_stay_usable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A country-sized list (10,000 units): jump to the end, filter down, filter to nothing, clear."""
    from lso_tui.i18n import Catalogue
    from lso_tui.store.db import Store, snapshot
    from lso_tui.views.dataset import Dataset

    def unit(i: int) -> dict[str, object]:
        return {
            "code": f"{i:05d}",
            "name": f"Xã Thử {i}",
            "type": "xã",
            "lat": None,
            "lon": None,
            "district": f"Huyện {i // 14}",
            "district_code": str(i // 14),
            "province": "Tỉnh",
            "province_code": "1",
            "successor": None,
            "consolidated": (i % 7 == 0) or None,
            "since": None,
            "figures": [],
            "notes": [],
            "documents": [],
            "provenance": {"code": "register"},
        }

    data = snapshot({"units": [unit(i) for i in range(10_000)]}, {"app": "test"})
    app = app_on(Dataset(Store(tmp_path / "big.json", data, True), Catalogue("vi")))
    async with app.run_test(size=(120, 40)) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        await pilot.press("G")
        assert lst.cursor == 9_999 and lst.scroll_offset.y > 9_000
        await pilot.press("slash", *"thu 9999")
        assert names(lst) == ["Thử 9999".join(["Xã ", ""])]
        await pilot.press(*"x")
        assert lst.view == [] and lst.current is None
        await pilot.press("escape")
        assert len(lst.view) == 10_000


async def test_read_only_store_is_marked(ui_store) -> None:  # type: ignore[no-untyped-def]
    """A store that cannot be written shows a read-only marker in the header."""
    from lso_tui.i18n import Catalogue
    from lso_tui.store.db import Store
    from lso_tui.views.dataset import Dataset

    opened = Store.open(ui_store)
    ro = Store(opened.path, {name: dict(enumerate(opened.rows(name), 1)) for name in opened.tables()}, False)
    app = app_on(Dataset(ro, Catalogue("vi")))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "[CHỈ ĐỌC]" in rendered(app.screen.query_one("#header", Static))


async def test_timeline_in_order_and_its_events_open(make_app: Callable[..., LsoApp]) -> None:
    """The timeline runs from the resolution to the deadline; Enter on an event opens its record."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        lst = app.screen.query_one("#list-event", RecordList)
        dates = [lst.rows[i].keys[0] for i in lst.view]
        assert dates == sorted(dates) and dates[0] == "2017-10-25" and dates[-1] == "2020-12-31"
        await pilot.press("enter")
        assert isinstance(app.screen, DetailScreen) and app.screen.shown is not None
        assert app.screen.shown.title == "Nghị quyết 18-NQ/TW"


async def test_markup_in_records_is_shown_as_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A name that looks like markup is data: shown literally, no action fired, no crash."""
    from lso_tui.i18n import Catalogue
    from lso_tui.store.db import Store, snapshot
    from lso_tui.views.dataset import Dataset

    names_ = ["[@click=app.quit]bấm", "a[/]b", "[WIP] Tân Liên", "[bold]x[/bold]"]
    units = [
        {
            "code": f"0000{i}",
            "name": n,
            "type": "xã",
            "lat": None,
            "lon": None,
            "district": "[red]D",
            "district_code": "1",
            "province": "P",
            "province_code": "1",
            "successor": None,
            "consolidated": None,
            "since": None,
            "figures": [],
            "notes": [],
            "documents": [],
            "provenance": {"code": "register"},
        }
        for i, n in enumerate(names_)
    ]
    app = app_on(Dataset(Store(tmp_path / "s.json", snapshot({"units": units}, {}), True), Catalogue("vi")))
    async with app.run_test(size=(120, 40)) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        assert names(lst) == names_
        await pilot.click("#list-unit", offset=(2, 1))
        await pilot.press("enter")
        assert app.is_running and isinstance(app.screen, DetailScreen)
        await pilot.press("escape")
        preview = app.screen.query_one("#preview", Preview).plain
        assert "[@click=app.quit]bấm" in preview


async def test_another_process_write_shows_within_a_second(tmp_path, ui_store) -> None:  # type: ignore[no-untyped-def]
    """An edit from a shell elsewhere: the open dashboard refreshes, keeping the filter and the cursor."""
    import asyncio

    from tests.conftest import run_cli
    from tests.ui.conftest import copy_store, watching_app

    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=SIZE) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        await pilot.press("slash", *"xa", "enter", "j")
        assert lst.current is not None and lst.current.cells[0] == "Quảng Lạc"
        result = await asyncio.to_thread(
            run_cli,
            "--db",
            str(db),
            "edit",
            "unit",
            "05986",
            "--consolidated",
            "yes",
            "--since",
            "2020-06",
            "--part",
            "late",
        )
        assert result.returncode == 0, result.stderr
        await pilot.pause(1.2)
        strip = rendered(app.screen.query_one("#progress", Static))
        assert "3/8 = 37,5%" in strip and "cần thêm 1 đơn vị" in strip
        assert names(lst) == ["Hoàng Đồng", "Quảng Lạc", "Mai Pha"]
        assert lst.current is not None and lst.current.cells[0] == "Quảng Lạc"
        hoang_dong = next(lst.rows[i] for i in lst.view if lst.rows[i].cells[0] == "Hoàng Đồng")
        assert hoang_dong.cells[2] == "cuối 06/2020"


async def test_nfd_typing_is_composed_and_backspace_takes_whole_letters(
    make_app: Callable[..., LsoApp],
) -> None:
    """An input method sending "a" + combining hook gives "ả"; backspace removes the letter, not the mark."""
    from lso_tui.ui.widgets.record_pane import FilterInput

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        box = app.screen.query_one("#filter-unit", FilterInput)
        box.insert_text_at_cursor("Qua\u0309ng")
        await pilot.pause()
        assert box.value == "Quảng" and box.cursor_position == 5
        await pilot.press("backspace", "backspace")
        assert box.value == "Quả"
        await pilot.press("backspace")
        assert box.value == "Qu"
        box.insert_text_at_cursor("\x1b[2J")
        assert "\x1b" not in box.value


async def test_too_small_terminal_says_what_it_needs(make_app: Callable[..., LsoApp]) -> None:
    """At 60×20 a message gives the size needed; growing the terminal brings the dashboard back."""
    from lso_tui.ui.screens.too_small import TooSmallScreen

    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        message = rendered(app.screen.query_one("#too-small", Static))
        assert "80×24" in message and "60×20" in message
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_doctor_screen_echoes_keys(make_app: Callable[..., LsoApp]) -> None:
    """D opens the terminal check; a key press is echoed; Esc goes back."""
    from lso_tui.ui.screens.doctor import DoctorScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("D")
        assert isinstance(app.screen, DoctorScreen)
        assert "độ sâu màu" in rendered(app.screen.query_one("#doctor-report", Static))
        await pilot.press("ctrl+x")
        assert "ctrl+x" in rendered(app.screen.query_one("#doctor-echo", Static))
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_a_slash_typed_in_the_filter_box_is_text(make_app: Callable[..., LsoApp]) -> None:
    """/ opens the box (a priority key, so fast typing reaches it); inside the box it is a letter."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "a", "slash", "b")
        box = app.screen.query_one("#filter-unit", Input)
        assert box.value == "a/b" and box.has_focus


async def test_shrinking_an_open_dashboard_does_not_crash(make_app: Callable[..., LsoApp]) -> None:
    """Open at 80×24 and 120×40, then shrink (79×24, 60×15) and grow and shrink again with no pause
    between: the too-small screen comes and goes, no exception, and the app still answers q."""
    from lso_tui.ui.screens.too_small import TooSmallScreen

    for start in ((80, 24), (120, 40)):
        app = make_app()
        async with app.run_test(size=start) as pilot:
            await pilot.pause()
            for size in ((79, 24), (60, 15), (120, 40), (79, 23), (30, 10), (81, 25)):
                await pilot.resize_terminal(*size)
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)
            await pilot.resize_terminal(79, 24)
            await pilot.pause()
            assert isinstance(app.screen, TooSmallScreen)
            assert "79×24" in rendered(app.screen.query_one("#too-small", Static))
            await pilot.press("q")
            await pilot.pause()
        assert app.return_code in (0, None)


async def test_help_names_punctuation_keys_by_their_character(make_app: Callable[..., LsoApp]) -> None:
    """In a detail's help, "]" and "?" are shown as such, not as "right_square_bracket"."""
    from lso_tui.ui.screens.help import HelpScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = rendered(app.screen.query_one(Static))
        assert "square_bracket" not in text and "question_mark" not in text
        assert any(line.startswith("]") for line in text.splitlines())


REFRESHES = {
    "edit": ("edit", "unit", "05986", "--consolidated", "yes", "--since", "2020-06"),
    "ingest": ("ingest", "tests/genre/chi_lang_ba_don_vi.txt", "--yes"),
}


@pytest.mark.parametrize("change", sorted(REFRESHES))
async def test_preview_follows_the_focused_pane_after_a_refresh(tmp_path, ui_store, change) -> None:  # type: ignore[no-untyped-def]
    """Issue 16, item 4: after another process's edit or ingest every pane gets fresh rows; the
    120-column preview still shows the unit under the cursor, not a hidden pane's row."""
    import asyncio

    from lso_tui.views.detail import detail
    from tests.conftest import run_cli
    from tests.ui.conftest import copy_store, watching_app

    db = copy_store(tmp_path, ui_store)
    app = watching_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        for key in ("3", "2", "6", "5", "1", "j"):  # every pane built, back on the units
            await pilot.press(key)
        await pilot.pause()
        lst = app.screen.query_one("#list-unit", RecordList)
        assert lst.current is not None
        preview = app.screen.query_one("#preview", Preview)
        title = detail(app.screen.ds, "unit", lst.current.id).title  # type: ignore[attr-defined]
        assert preview.plain.startswith(title)
        generation = app.screen.ds  # type: ignore[attr-defined]
        result = await asyncio.to_thread(run_cli, "--db", str(db), *REFRESHES[change])
        assert result.returncode == 0, result.stderr
        await pilot.pause(1.2)
        await pilot.pause()
        assert app.screen.ds is not generation  # type: ignore[attr-defined]  # the refresh happened
        assert lst.current is not None
        title = detail(app.screen.ds, "unit", lst.current.id).title  # type: ignore[attr-defined]
        assert preview.plain.startswith(title), preview.plain[:200]


async def test_help_names_keys_as_a_keyboard_shows_them(make_app: Callable[..., LsoApp]) -> None:
    """The main screen's help says "↓", "PgDn" and "Enter", not Textual's "down", "pagedown", "enter"."""
    from lso_tui.ui.screens.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = rendered(app.screen.query_one(Static))
        words = set(text.replace(",", " ").split())
        assert not words & {"down", "up", "pagedown", "pageup", "enter", "escape"}, text
        assert "↓" in words and "PgDn" in words


async def test_the_main_screen_is_drawn_whole_from_its_first_frame(
    make_app: Callable[..., LsoApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the main screen's widgets draw before it is laid out is what they draw after: the key bar
    the list's keys (Textual's auto focus gave the hidden filter box the focus first, and the key bar
    its Enter/Esc for a tenth of a second), the progress strip's bar as wide as the screen allows
    (it was drawn for a width of 0: 6 cells, then widened)."""
    from lso_tui.ui.widgets import key_bar, progress_strip

    focused: list[str] = []
    widths: list[int] = []
    refresh_keys, strip_text = key_bar.KeyBar.refresh_keys, progress_strip.strip_text

    def spy_keys(self: key_bar.KeyBar) -> None:
        focused.append(type(self.screen.focused).__name__)
        refresh_keys(self)

    def spy_strip(ds: object, width: int) -> object:
        widths.append(width)
        return strip_text(ds, width)  # type: ignore[arg-type]

    monkeypatch.setattr(key_bar.KeyBar, "refresh_keys", spy_keys)
    monkeypatch.setattr(progress_strip, "strip_text", spy_strip)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    assert "RecordList" in focused and "FilterInput" not in focused, focused
    assert widths and set(widths) == {98}, widths  # 100 columns less the strip's padding
