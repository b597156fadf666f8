"""A real terminal: tmux runs the installed `lso-tui` at 80×24, we type keys and read the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (.ci/run installs it)")
LSO_TUI = Path(sys.executable).with_name("lso-tui")


class Terminal:
    """One tmux session on a private server socket."""

    def __init__(self, tmp: Path, command: str, size: tuple[int, int] = (80, 24)) -> None:
        """Start *command* in a detached session of the given size."""
        self.socket = str(tmp / "tmux.sock")
        self.run(
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            str(size[0]),
            "-y",
            str(size[1]),
            f"{command}; echo EXITED=$?; sleep 30",
        )

    def run(self, *args: str) -> str:
        """A tmux command on our socket."""
        # An explicit environment and no stdin: run from pytest's captured streams otherwise, the
        # program in the pane was seen to miss the window's resizes.
        out = subprocess.run(
            ["tmux", "-S", self.socket, *args],
            capture_output=True, text=True, check=True, env=dict(os.environ), stdin=subprocess.DEVNULL,
        )  # fmt: skip
        return out.stdout

    def screen(self) -> str:
        """The visible screen as text."""
        return self.run("capture-pane", "-p", "-t", "t")

    def wait_for(self, text: str, timeout: float = 20) -> str:
        """Poll the screen until *text* appears (a real program needs real time to start)."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared; screen was:\n{screen}")
            time.sleep(0.2)

    def keys(self, *keys: str) -> None:
        """Type keys (tmux key names)."""
        self.run("send-keys", "-t", "t", *keys)

    def type(self, text: str) -> None:
        """Type literal text."""
        self.run("send-keys", "-t", "t", "-l", text)

    def close(self) -> None:
        """Kill the server."""
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def term(tmp_path: Path, ui_store: Path):  # type: ignore[no-untyped-def]
    """lso-tui on the shipped store in tmux, TERM=xterm-256color, 80×24."""
    t = Terminal(tmp_path, f"TERM=xterm-256color {LSO_TUI} --db {ui_store}")
    yield t
    t.close()


def test_real_terminal_session(term: Terminal) -> None:
    """Launch, read the answers, open a detail, follow a link, filter without diacritics, quit."""
    term.wait_for("[1 Đơn vị]")
    screen = term.wait_for("cần thêm 2 đơn vị")
    assert "2/8 = 25% → mục tiêu 4/8 = 50%" in screen
    chi_lang = next(line for line in screen.splitlines() if line.startswith("Chi Lăng"))
    assert chi_lang.count("Trần Lệnh Trưởng") == 2  # secretary and chairman
    term.keys("/")
    term.wait_for("Lọc (không cần dấu)")
    term.type("quang lac")
    screen = term.wait_for("1/8 dòng")
    assert "Quảng Lạc" in screen and "Chi Lăng" not in screen
    term.keys("Enter", "Enter")
    screen = term.wait_for("Chi tiết — xã Quảng Lạc")
    assert "đầu 07/2018" in screen and "Báo Lạng Sơn, 26/02/2020" in screen
    term.keys("Enter")
    term.wait_for("Chi tiết — Phạm Đình Duy")
    term.keys("Escape")
    term.wait_for("Chi tiết — xã Quảng Lạc")
    term.keys("Escape")  # a lone ESC; a key right after it would read as Alt+key in any terminal
    term.wait_for("[1 Đơn vị]")
    term.keys("2")
    term.wait_for("[2 Cán bộ]")
    term.keys("q")
    term.wait_for("EXITED=0")


def test_first_use_builds_the_store_and_says_so(tmp_path: Path) -> None:
    """No store yet: lso-tui builds it from the shipped article and the dashboard says so."""
    env = f"XDG_DATA_HOME={tmp_path / 'data'} XDG_CONFIG_HOME={tmp_path / 'cfg'} LSO_TUI_DB= TERM=xterm-256color"
    t = Terminal(tmp_path, f"env {env} {LSO_TUI}")
    try:
        screen = t.wait_for("Đã dựng kho dữ liệu mới", timeout=40)
        assert "cần thêm 2 đơn vị" in screen
        assert (tmp_path / "data" / "lso-tui" / "store.json").is_file()
        t.keys("q")
        t.wait_for("EXITED=0")
    finally:
        t.close()


def test_a_store_that_does_not_open_is_one_line(tmp_path: Path) -> None:
    """The store is read after the first frame; if it does not parse, the app leaves and the shell
    gets the same one line (and exit 2) as before, never a traceback."""
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    bad.chmod(0o600)
    t = Terminal(tmp_path, f"TERM=xterm-256color {LSO_TUI} --db {bad}")
    try:
        screen = t.wait_for("EXITED=")
        assert "EXITED=2" in screen, screen
        assert "does not parse" in screen and "Traceback" not in screen
        assert bad.read_text(encoding="utf-8") == "{not json"
    finally:
        t.close()


def test_country_store_opens_and_answers_keys(tmp_path: Path, country_store: Path) -> None:
    """The whole country: the first frame, then the units, a filter without diacritics, the roll-up."""
    t = Terminal(tmp_path, f"TERM=xterm-256color {LSO_TUI} --db {country_store} --read-only")
    try:
        t.wait_for("[1 Đơn vị]")
        # No pauses: typed while the rest of the rows are still being built, as a fast typist or a
        # slow link (keys bunched into one packet) would send them.
        t.keys("/")
        t.type("quang lac")
        t.keys("Enter", "Enter")
        t.wait_for("Chi tiết — xã Quảng Lạc")
        t.keys("Escape")
        t.wait_for("[1 Đơn vị]")
        t.keys("5")
        t.wait_for("Cả nước")
        t.keys("q")
        t.wait_for("EXITED=0")
    finally:
        t.close()


def test_copy_reaches_the_terminal_clipboard(term: Terminal) -> None:
    """y sends OSC 52; tmux (set-clipboard on) keeps it as a paste buffer, as a terminal would."""
    term.run("set-option", "-g", "set-clipboard", "on")
    term.wait_for("[1 Đơn vị]")
    term.keys("y")
    term.wait_for("OSC 52")
    assert term.run("show-buffer") == "Hoàng Văn Thụ"


def test_charts_on_a_linux_console(tmp_path: Path, ui_store: Path) -> None:
    """TERM=linux (16 colours, its own font): the chart is made of characters that console draws."""
    t = Terminal(tmp_path, f"TERM=linux {LSO_TUI} --db {ui_store} --read-only")
    try:
        t.wait_for("[1 Đơn vị]")
        t.keys("c")
        screen = t.wait_for("mục tiêu 4 đơn vị")
        assert "█" in screen and "─" in screen and "│" in screen
    finally:
        t.close()


def test_resizing_the_real_window_while_typing(tmp_path: Path, ui_store: Path) -> None:
    """tmux resizes the real window (80×24 → 79×24 → 60×15 → 120×40 …) while keys are typed: the
    too-small notice comes and goes, the program never exits with a traceback, and q still quits."""
    t = Terminal(tmp_path, f"TERM=xterm-256color {LSO_TUI} --db {ui_store}")
    try:
        t.wait_for("[1 Đơn vị]")
        t.run("set-option", "-t", "t", "window-size", "manual")  # a detached session: sizes as told
        rng = __import__("random").Random(7)
        for size in ((79, 24), (60, 15), (120, 40), (80, 24), (70, 30), (200, 60), (79, 23), (100, 30)):
            t.run("resize-window", "-t", "t", "-x", str(size[0]), "-y", str(size[1]))
            t.keys(rng.choice(["j", "k", "2", "3", "Tab", "?", "Escape", "1"]))
            time.sleep(0.15)
        t.run("resize-window", "-t", "t", "-x", "79", "-y", "24")
        screen = t.wait_for("80×24")  # the notice says what it needs
        assert "Traceback" not in screen
        t.run("resize-window", "-t", "t", "-x", "100", "-y", "30")
        for _ in range(3):  # close whatever the random keys opened (a lone ESC each: ESC+key is Alt+key)
            t.keys("Escape")
            time.sleep(0.4)
        t.keys("1")
        t.wait_for("[1 Đơn vị]")
        t.keys("q")
        screen = t.wait_for("EXITED=")
        assert "EXITED=0" in screen and "Traceback" not in screen and "NoMatches" not in screen
    finally:
        t.close()


TMUX_MONKEY_SEED = int(os.environ.get("LSO_TUI_MONKEY_SEED", "20261201"))
TMUX_KEYS = ["j", "k", "1", "2", "3", "4", "5", "6", "Tab", "BTab", "?", "Escape", "Enter", "/", "f", "s", "c", "x",
             "L", "D", "I", "C-p", "PageDown", "PageUp", "Home", "End", "Left", "Right", "u", "BSpace", "a", "h"]  # fmt: skip


def test_a_monkey_in_a_real_window(tmp_path: Path, ui_store: Path) -> None:
    """The monkey's short version in a real terminal: tmux resizes the window at random (20×5 to
    300×100) while random keys and text are typed, 150 steps from a printed seed; the program never
    exits on its own, never shows a traceback, and q still quits with code 0."""
    db = tmp_path / "store.json"
    db.write_bytes(ui_store.read_bytes())
    db.chmod(0o600)
    t = Terminal(tmp_path, f"TERM=xterm-256color {LSO_TUI} --db {db}")
    rng = __import__("random").Random(TMUX_MONKEY_SEED)
    try:
        t.wait_for("[1 Đơn vị]")
        t.run("set-option", "-t", "t", "window-size", "manual")
        for step in range(150):
            roll = rng.random()
            if roll < 0.2:
                t.run("resize-window", "-t", "t", "-x", str(rng.randint(20, 300)), "-y", str(rng.randint(5, 100)))
            elif roll < 0.3:
                t.type(rng.choice(["lang son", "Chi Lăng", "2020", "ư", "x"]))  # (no "q": it quits, as it should)
            else:
                t.keys(rng.choice(TMUX_KEYS))
            time.sleep(0.05)
            if step % 25 == 24:
                screen = t.screen()
                assert "EXITED=" not in screen and "Traceback" not in screen, (TMUX_MONKEY_SEED, step, screen)
        t.run("resize-window", "-t", "t", "-x", "120", "-y", "40")
        for _ in range(6):  # back out of forms and dialogs (a lone ESC each: ESC+key is Alt+key)
            t.keys("Escape")
            time.sleep(0.4)
        t.keys("q")
        screen = t.wait_for("EXITED=", timeout=30)
        assert "EXITED=0" in screen and "Traceback" not in screen, (TMUX_MONKEY_SEED, screen)
    finally:
        t.close()
