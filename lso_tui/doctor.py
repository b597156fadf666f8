"""`lso-tui doctor`: what the program sees of the terminal, and concrete advice (no Textual here)."""

from __future__ import annotations

import locale
import sys
from collections.abc import Mapping

MIN_SIZE = (80, 24)
GLYPHS = "Tiếng Việt: ăâêôơư đ ĐẢỖ ỹ · box ┌─┬┐│└┴┘ · blocks █▓▒░▏│ · braille ⣿⡇⠁ · wide 国"


def colour_depth(env: Mapping[str, str]) -> str:
    """What Textual will use: NO_COLOR → monochrome; COLORTERM truecolor → 24-bit; *-256color → 256; else 16."""
    forced = env.get("TEXTUAL_COLOR_SYSTEM")
    if forced:
        return f"{forced} (TEXTUAL_COLOR_SYSTEM)"
    if env.get("NO_COLOR"):
        return "monochrome (NO_COLOR)"
    if env.get("COLORTERM", "").lower() in ("truecolor", "24bit"):
        return "truecolor (24-bit)"
    term = env.get("TERM", "")
    if term.endswith("256color"):
        return "256 colours"
    if term in ("", "dumb"):
        return "none (no terminal)"
    return "16 colours"


def where(env: Mapping[str, str]) -> list[str]:
    """tmux, screen and/or SSH, as the environment says."""
    out = []
    if env.get("TMUX"):
        out.append("tmux")
    if env.get("STY"):
        out.append("screen")
    if env.get("SSH_CONNECTION") or env.get("SSH_TTY"):
        out.append("SSH")
    return out


def report(env: Mapping[str, str], size: tuple[int, int], mouse: bool) -> list[tuple[str, str]]:
    """Label/value lines describing the terminal."""
    enc = getattr(sys.stdout, "encoding", None) or "?"  # Textual replaces stdout while running
    return [
        ("TERM", env.get("TERM", "(unset)")),
        ("COLORTERM", env.get("COLORTERM", "(unset)")),
        ("colour depth", colour_depth(env)),
        (
            "locale",
            f"{env.get('LC_ALL') or env.get('LANG') or '(unset)'} · preferred {locale.getpreferredencoding(False)}",
        ),
        ("output encoding", f"{enc} (Python UTF-8 mode: {'on' if sys.flags.utf8_mode else 'off'})"),
        ("size", f"{size[0]}×{size[1]} (needs {MIN_SIZE[0]}×{MIN_SIZE[1]})"),
        ("mouse", "on" if mouse else "off"),
        ("running under", ", ".join(where(env)) or "a plain terminal"),
        ("glyphs", GLYPHS),
    ]


def advice(env: Mapping[str, str], size: tuple[int, int], mouse: bool) -> list[str]:
    """Concrete things to do, for what the report shows."""
    out = []
    term = env.get("TERM", "")
    if term in ("", "dumb"):
        out.append(
            "No terminal: connect with `ssh -t host lso-tui` (plain `ssh host lso-tui` prints the summary)."
        )
    depth = colour_depth(env)
    if depth.startswith("16"):
        out.append(
            "16 colours: use the theme that uses your terminal's own palette: `lso-tui --theme ansi-dark`."
        )
    if depth.startswith("256") and "SSH" in where(env):
        out.append(
            "SSH does not forward COLORTERM: if your terminal has 24-bit colour, `export COLORTERM=truecolor`"
            " on the server (or SendEnv/AcceptEnv COLORTERM)."
        )
    if env.get("TMUX") and not (term.startswith("tmux") or term.startswith("screen")):
        out.append("Inside tmux, set `set -g default-terminal tmux-256color` in ~/.tmux.conf.")
    if "utf" not in (env.get("LC_ALL") or env.get("LANG") or "").lower():
        out.append(
            "The locale is not UTF-8; lso-tui still writes UTF-8, but `export LANG=C.UTF-8` helps other programs."
        )
    if size[0] < MIN_SIZE[0] or size[1] < MIN_SIZE[1]:
        out.append(f"Make the window at least {MIN_SIZE[0]}×{MIN_SIZE[1]}.")
    if mouse:
        out.append(
            "To select text with your terminal, start with `--no-mouse` (or `mouse = false` in config.toml)."
        )
    out.append(
        "If a glyph above is missing or misaligned, choose a font with Vietnamese, box and block characters."
    )
    return out
