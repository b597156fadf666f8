"""The message catalogue: every UI string, Vietnamese first, English on request, and number/date formats."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from lso_tui.catalogue import MESSAGES as _MAIN  # the entries, key: (Vietnamese, English)
from lso_tui.texts.cli import CLI
from lso_tui.texts.errors import ERRORS
from lso_tui.texts.screens import SCREENS

PARTS = (_MAIN, ERRORS, CLI, SCREENS)
MESSAGES: dict[str, tuple[str, str]] = {k: v for part in PARTS for k, v in part.items()}

LANGS = ("vi", "en")

__all__ = ["LANGS", "MESSAGES", "PARTS", "Catalogue", "Term", "cells", "rounded_share"]

_VI_DIGITS = str.maketrans(",.", ".,")  # Vietnamese groups thousands with "." and writes "0,20"


class Term(str):
    """A catalogue key given as a message's value ("field.name"): said in the reader's language too."""


@dataclass(frozen=True)
class Catalogue:
    """Messages and number formats for one language."""

    lang: str = "vi"

    def __call__(self, key: str, **values: object) -> str:
        """The message *key* in this language, with *values* filled in (values are plain text)."""
        vi, en = MESSAGES[key]
        text = en if self.lang == "en" else vi
        return text.format(**values) if values else text

    def say(self, key: str, values: Mapping[str, object]) -> str:
        """The message *key* with *values*, those that are catalogue keys (Term) said in this
        language too ("tên" / "name")."""
        return self(key, **{k: self(v) if isinstance(v, Term) else v for k, v in values.items()})

    def error(self, exc: BaseException) -> str:
        """The one line for *exc*: its catalogue message in this language when it names one."""
        key = getattr(exc, "key", None)
        return self.say(key, getattr(exc, "values", {})) if isinstance(key, str) else str(exc)

    def number(self, value: float, decimals: int = 0) -> str:
        """3.000 and 0,20 in Vietnamese; 3,000 and 0.20 in English."""
        s = f"{value:,.{decimals}f}"
        return s if self.lang == "en" else s.translate(_VI_DIGITS)

    def percent(self, share: float) -> str:
        """25%, or 37,5% / 37.5%: the share as rounded_share gives it, with only the decimals it has."""
        hundredths = _half_up(rounded_share(share) * 10_000)  # of a percent: exact after rounding
        decimals = 0 if hundredths % 100 == 0 else 1 if hundredths % 10 == 0 else 2
        return self.number(hundredths / 100, decimals) + "%"

    def month(self, iso: str | None, part: str | None = None) -> str:
        """ "cuối 06/2018" / "late 06/2018"; "26/02/2020" for a day; "2018" for a year."""
        if not iso:
            return self("val.unknown")
        bits = iso.split("-")
        text = "/".join(reversed(bits[1:])) + "/" + bits[0] if len(bits) > 1 else bits[0]
        return f"{self('part.' + part)} {text}" if part else text


def _half_up(x: float) -> int:
    """*x* rounded to a whole number, halves away from zero (2.5 → 3, as people round), with room
    for the float error of a ratio (0.375 * 1000 may be 374.99999…)."""
    return int(math.copysign(math.floor(abs(x) + 0.5 + 1e-9), x))


def rounded_share(share: float) -> float:
    """A share as every output shows it: to a tenth of a percent, halves up (0.37499… → 0.375,
    1/16 → 0.063); a share too small for a tenth, to a hundredth (0.0004 → 0.0004, never 0)."""
    tenths = _half_up(share * 1000)
    if tenths == 0 and share > 0:
        return max(1, _half_up(share * 10_000)) / 10_000
    return tenths / 1000


def cells(share: float, width: int) -> int:
    """How many of *width* cells a bar fills for *share*: round(share × width), halves up, within
    0…width (the one rule of every bar: the strip, the targets pane, the roll-up, the charts)."""
    return max(0, min(width, _half_up(share * width)))
