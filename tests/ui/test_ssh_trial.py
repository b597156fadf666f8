"""What the newcomer trial over SSH (issue 16) found, each kept from coming back: a real app driven by
Pilot on real stores (edits written by the real CLI), and one real terminal in tmux."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from textual.widgets import OptionList, Static

from lso_tui.i18n import Catalogue
from lso_tui.session import StoreSession
from lso_tui.ui.app import LsoApp
from lso_tui.ui.screens.detail import DetailScreen
from lso_tui.ui.screens.doctor import DoctorScreen
from lso_tui.ui.screens.help import HelpScreen
from lso_tui.ui.screens.main import MainScreen
from lso_tui.ui.screens.source import SourceScreen
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.audit import audit_rows
from tests.conftest import ROOT, run_cli
from tests.ui.conftest import copy_store

SIZE = (80, 24)


def app_on_copy(tmp_path: Path, ui_store: Path, *edits: list[str]) -> LsoApp:
    """An app on a private copy of the shipped store, after *edits* (CLI arguments) ran on it."""
    db = copy_store(tmp_path, ui_store)
    for args in edits:
        done = run_cli("--db", str(db), "edit", *args, env={"USER": "trial"})
        assert done.returncode == 0, done.stderr
    session = StoreSession(db, Catalogue("vi"))
    return LsoApp(session, session.read())


async def test_backspace_leaves_the_source_view(make_app: Callable[..., LsoApp]) -> None:
    """The README: Esc or Backspace goes back from the source view. Backspace went to the (read-only)
    text area instead and did nothing; the help did not list it either."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#list-unit", RecordList).select_id("05983")
        await pilot.press("enter", "v")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = str(app.screen.query_one("#help-text", Static).content)
        back = next(line for line in shown.splitlines() if "Quay lại" in line)
        assert "Backspace" in back and "Esc" in back, shown
        await pilot.press("escape")
        await pilot.press("backspace")
        assert isinstance(app.screen, DetailScreen)


async def test_a_records_edit_history_is_in_words(tmp_path: Path, ui_store: Path) -> None:
    """The detail (and the 120-column preview) listed a unit's edits as stored: "consolidated: None →
    True". They read as the edit log does, in the dashboard's language."""
    app = app_on_copy(tmp_path, ui_store, ["unit", "05971", "--consolidated", "yes"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#list-unit", RecordList).select_id("05971")
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, DetailScreen) and screen.shown is not None
        history = [f.value for f in screen.shown.fields if f.label == "Lịch sử sửa"]
        assert history == ["đã nhất thể hóa: chưa rõ → có"]
        text = str(screen.query_one("#fields", OptionList).get_option_at_index(0).prompt)
        assert "None" not in text and "True" not in text


async def test_the_log_names_an_official_whose_adding_was_undone(tmp_path: Path, ui_store: Path) -> None:
    """Add an official, undo it: the log named the record by its id ("nguyenvanthu@05974"), since the
    store no longer holds it. It names the person and the unit they were added to."""
    add = ["add-official", "--name", "Nguyễn Văn Thử", "--unit", "05974", "--titles", "Bí thư Đảng ủy"]
    app = app_on_copy(tmp_path, ui_store, add, ["undo"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        cells = [cell for row in audit_rows(app.ds) for cell in row.cells]
        assert not [c for c in cells if "@" in c], cells
        assert "Nguyễn Văn Thử (phường Tam Thanh)" in cells
        assert "bản ghi mới: Nguyễn Văn Thử (phường Tam Thanh) (đã hoàn tác)" in cells


async def test_a_system_error_is_said_in_the_dashboards_language(make_app: Callable[..., LsoApp]) -> None:
    """Export into a folder that does not exist: the reason was the system's English ("No such file or
    directory") inside a Vietnamese sentence."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x", "ctrl+a", "ctrl+k", *"/nonexistent-folder/a.csv", "enter")
        shown = str(app.screen.query_one("#export-error", Static).content)
        assert "không có tệp hay thư mục này" in shown and "No such file" not in shown, shown
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x", "ctrl+a", "ctrl+k", *"/nonexistent-folder/a.csv", "enter")
        assert "No such file or directory" in str(app.screen.query_one("#export-error", Static).content)


def test_a_system_error_from_the_cli_follows_lang(tmp_path: Path) -> None:
    """`lso-tui --lang vi edit batch FILE` on a missing file: the reason in Vietnamese too."""
    done = run_cli("--lang", "vi", "--db", str(tmp_path / "s.json"), "edit", "batch", str(tmp_path / "none.txt"))
    assert done.returncode == 2
    assert "không có tệp hay thư mục này" in done.stderr and "No such file" not in done.stderr, done.stderr


async def test_the_doctor_follows_a_resize_and_q_still_quits(make_app: Callable[..., LsoApp]) -> None:
    """The doctor said "80×24" after the window grew to 120×40, "?" for the output encoding, its glyph
    line had English words in the Vietnamese screen, and q (offered by its key bar) was only echoed."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("D")
        assert isinstance(app.screen, DoctorScreen)
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        report = str(app.screen.query_one("#doctor-report", Static).content)
        assert "kích thước: 120×40" in report, report
        assert "bảng mã đầu ra: ?" not in report, report  # Textual's stand-in for stdout has no encoding
        glyphs = next(line for line in report.splitlines() if "┌─┬┐" in line)
        assert not {"box", "blocks", "braille", "wide"} & set(glyphs.split()), glyphs
        await pilot.press("f5")
        assert "f5" in str(app.screen.query_one("#doctor-echo", Static).content)
        await pilot.press("q")
    assert not app.is_running and app.return_code == 0


def readme_config() -> dict[str, object]:
    """The example config.toml of the README's "Configuration" section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Configuration") :]
    return tomllib.loads(section.split("```toml\n", 1)[1].split("```", 1)[0])


async def test_the_readme_config_example_keeps_the_documented_keys(make_app: Callable[..., LsoApp]) -> None:
    """Copied as is, the README's example remapped list.down to "j,ctrl+n": ↓ no longer moved the
    cursor, though the key table still offers it. Every key the defaults had still works."""
    keys = readme_config()["keys"]
    assert isinstance(keys, dict)
    app = make_app(keymap=keys)
    async with app.run_test(size=SIZE) as pilot:
        lst = app.screen.query_one("#list-unit", RecordList)
        for key, row in (("down", 1), ("j", 2), ("ctrl+n", 3), ("up", 2), ("k", 1)):
            await pilot.press(key)
            assert lst.cursor == row, key
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            assert isinstance(app.screen, HelpScreen), key
            await pilot.press("escape")
            assert isinstance(app.screen, MainScreen)


async def test_the_review_list_fills_a_resized_window(tmp_path: Path, ui_store: Path) -> None:
    """I at 80×24, then the window grows to 120×40: the rows kept their 80-column cut ("xã Yên Vượng:
    đã …"), with half the dialog empty; a quote was cut inside a word ("Hoàng Văn T…")."""
    from lso_tui.ui.dialogs.ingest import IngestScreen
    from lso_tui.ui.widgets.review_list import ReviewList

    db = copy_store(tmp_path, ui_store)
    article = ROOT / "tests" / "corpus_genre" / "01_huu_lung_mo_rong.txt"
    session = StoreSession(db, Catalogue("vi"))
    app = LsoApp(session, session.read())

    def rows() -> list[str]:
        review = app.screen.query_one(ReviewList)
        return [str(review.get_option_at_index(i).prompt) for i in range(review.option_count)]

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("I", *str(article), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, IngestScreen)
        for text, item in zip(rows(), screen.items, strict=True):
            quote = text[text.index("«") + 1 : text.rindex("»")].strip("…")
            words = quote.split()
            assert words[-1] in item.quote.split() and words[0] in item.quote.split(), (quote, item.quote)
        assert "xã Yên Vượng: đã nhất thể hóa" not in rows()[0]
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert "xã Yên Vượng: đã nhất thể hóa" in rows()[0], rows()[0]
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "xã Yên Vượng: đã nhất thể hóa" not in rows()[0]
        assert len(screen.query_one(ReviewList).selected) == sum(item.ticked for item in screen.items)


async def test_the_key_bar_offers_what_works_in_a_form(make_app: Callable[..., LsoApp]) -> None:
    """In an edit form the key bar at the bottom still offered the list's keys (s, Enter, /, e, q: each
    typed into the field instead) and not ctrl+s; in the filter box it offered "/" and not Enter."""
    from lso_tui.ui.dialogs.edit import EditScreen
    from lso_tui.ui.widgets.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, EditScreen)
        bar = str(app.screen.query_one(KeyBar).content)
        assert "^s  Lưu" in bar and "Esc  Đóng" in bar, bar
        assert not {"Sắp xếp", "Lọc", "Thoát"} & set(bar.split("  ")), bar
        await pilot.press("escape", "slash")
        bar = str(app.screen.query_one(KeyBar).content)
        assert "Enter  Giữ bộ lọc" in bar and "Esc  Bỏ lọc" in bar, bar
        assert not {"Lọc", "Thoát"} & set(bar.split("  ")), bar


async def test_the_log_at_80_columns_says_which_record_changed(tmp_path: Path, ui_store: Path) -> None:
    """At 80×24 the edit log hid its "record" column before "who": the rows said what changed but not
    in which unit."""
    from lso_tui.ui.screens.log import LogScreen

    app = app_on_copy(tmp_path, ui_store, ["unit", "05971", "--consolidated", "yes"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LogScreen)
        lines = app.screen.query_one("#list-audit", RecordList).render_line(1).text
        assert "Hoàng Văn Thụ" in lines and "đã nhất thể hóa: chưa rõ → có" in lines, lines


def test_one_more_unit_is_said_in_the_singular_in_english(built_store: Path, tmp_path: Path) -> None:
    """With one unit left to its goal, the English strip says "1 more unit needed" (it said "1 more units
    needed"); Vietnamese has one form for both."""
    from lso_tui.store.db import Store
    from lso_tui.ui.widgets.progress_strip import strip_text
    from lso_tui.views.dataset import Dataset

    db = tmp_path / "store.json"
    db.write_bytes(built_store.read_bytes())
    out = run_cli("edit", "unit", "05971", "--consolidated", "yes", "--db", str(db))
    assert out.returncode == 0, out.stderr
    english = strip_text(Dataset(Store.open(db), Catalogue("en")), 160).plain
    assert "1 more unit needed" in english
    assert "cần thêm 1 đơn vị" in strip_text(Dataset(Store.open(db), Catalogue("vi")), 160).plain
