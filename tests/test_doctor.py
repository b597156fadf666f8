"""`lso-tui doctor`: what it reports and what it advises, for several terminals."""

from __future__ import annotations

from lso_tui.doctor import advice, colour_depth, report, where
from tests.conftest import run_cli


def test_colour_depth_follows_the_environment() -> None:
    """NO_COLOR, COLORTERM, *-256color, plain xterm, no terminal."""
    assert colour_depth({"TERM": "xterm", "NO_COLOR": "1"}).startswith("monochrome")
    assert colour_depth({"TERM": "xterm-256color", "COLORTERM": "truecolor"}).startswith("truecolor")
    assert colour_depth({"TERM": "screen-256color"}) == "256 colours"
    assert colour_depth({"TERM": "linux"}) == "16 colours"
    assert colour_depth({"TERM": "dumb"}).startswith("none")


def test_advice_is_concrete() -> None:
    """16 colours → ansi theme; 256 over SSH → COLORTERM; tmux with xterm → default-terminal; small → size."""
    env = {"TERM": "xterm", "LANG": "C", "TMUX": "/tmp/t,1,0"}
    text = "\n".join(advice(env, (60, 20), True))
    assert "--theme ansi-dark" in text and "tmux-256color" in text and "80×24" in text
    assert "LANG=C.UTF-8" in text and "--no-mouse" in text
    ssh = "\n".join(
        advice({"TERM": "xterm-256color", "SSH_CONNECTION": "x", "LANG": "C.UTF-8"}, (80, 24), False)
    )
    assert "COLORTERM=truecolor" in ssh and "--no-mouse" not in ssh
    assert "ssh -t" in "\n".join(advice({"TERM": "dumb"}, (80, 24), False))
    assert where({"TMUX": "x", "STY": "y", "SSH_TTY": "/dev/pts/1"}) == ["tmux", "screen", "SSH"]


def test_report_has_every_line() -> None:
    """TERM, COLORTERM, depth, locale, encoding, size, mouse, where, glyphs."""
    labels = [label for label, _ in report({"TERM": "xterm"}, (80, 24), False)]
    assert labels == [
        "TERM",
        "COLORTERM",
        "colour depth",
        "locale",
        "output encoding",
        "size",
        "mouse",
        "running under",
        "glyphs",
    ]


def test_doctor_command() -> None:
    """The CLI prints the report and the advice."""
    result = run_cli("doctor", env={"TERM": "xterm", "NO_COLOR": "", "COLORTERM": ""})
    assert result.returncode == 0, result.stderr
    assert "colour depth: 16 colours" in result.stdout and "ansi-dark" in result.stdout
