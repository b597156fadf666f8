"""`lso-tui doctor`: what the program sees of the terminal, and concrete advice (no Textual here)."""

from __future__ import annotations

import locale
import sys
from collections.abc import Mapping

from lso_tui.i18n import Catalogue

MIN_SIZE = (80, 24)
EN = Catalogue("en")  # the CLI's language unless --lang says otherwise


def depth_kind(env: Mapping[str, str]) -> str:
    """What Textual will use: NO_COLOR → mono; COLORTERM truecolor → true (24-bit); *-256color → 256;
    no terminal → none; else 16."""
    if env.get("NO_COLOR"):
        return "mono"
    if env.get("COLORTERM", "").lower() in ("truecolor", "24bit"):
        return "true"
    term = env.get("TERM", "")
    if term.endswith("256color"):
        return "256"
    return "none" if term in ("", "dumb") else "16"


def colour_depth(env: Mapping[str, str], t: Catalogue = EN) -> str:
    """The colour depth in words ("256 colours"), or the one TEXTUAL_COLOR_SYSTEM forces."""
    forced = env.get("TEXTUAL_COLOR_SYSTEM")
    return f"{forced} (TEXTUAL_COLOR_SYSTEM)" if forced else t(f"doctor.depth.{depth_kind(env)}")


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


def report(env: Mapping[str, str], size: tuple[int, int], mouse: bool, t: Catalogue = EN) -> list[tuple[str, str]]:
    """Label/value lines describing the terminal, in *t*'s language."""
    # Textual replaces sys.stdout while the dashboard runs (with no encoding): ask the real one then.
    enc = getattr(sys.stdout, "encoding", None) or getattr(sys.__stdout__, "encoding", None) or "?"
    unset = t("doctor.unset")
    here = env.get("LC_ALL") or env.get("LANG") or unset
    mode = t("doctor.on" if sys.flags.utf8_mode else "doctor.off")
    return [
        ("TERM", env.get("TERM", unset)),
        ("COLORTERM", env.get("COLORTERM", unset)),
        (t("doctor.label.colour"), colour_depth(env, t)),
        (t("doctor.label.locale"), t("doctor.preferred", locale=here, enc=locale.getpreferredencoding(False))),
        (t("doctor.label.encoding"), t("doctor.encoding", enc=enc, mode=mode)),
        (t("doctor.label.size"), t("doctor.size", w=size[0], h=size[1], mw=MIN_SIZE[0], mh=MIN_SIZE[1])),
        (t("doctor.label.mouse"), t("doctor.on" if mouse else "doctor.off")),
        (t("doctor.label.under"), ", ".join(where(env)) or t("doctor.plain")),
        (t("doctor.label.glyphs"), t("doctor.glyphs")),
    ]


def advice(env: Mapping[str, str], size: tuple[int, int], mouse: bool, t: Catalogue = EN) -> list[str]:
    """Concrete things to do, for what the report shows, in *t*'s language."""
    keys = []
    term = env.get("TERM", "")
    if term in ("", "dumb"):
        keys.append("no_terminal")
    depth = depth_kind(env)
    if depth == "16" and not env.get("TEXTUAL_COLOR_SYSTEM"):
        keys.append("16")
    if depth == "256" and "SSH" in where(env):
        keys.append("ssh")
    if env.get("TMUX") and not (term.startswith("tmux") or term.startswith("screen")):
        keys.append("tmux")
    if "utf" not in (env.get("LC_ALL") or env.get("LANG") or "").lower():
        keys.append("locale")
    out = [t(f"doctor.advice.{k}") for k in keys]
    if size[0] < MIN_SIZE[0] or size[1] < MIN_SIZE[1]:
        out.append(t("doctor.advice.size", w=MIN_SIZE[0], h=MIN_SIZE[1]))
    if mouse:
        out.append(t("doctor.advice.mouse"))
    out.append(t("doctor.advice.font"))
    return out
