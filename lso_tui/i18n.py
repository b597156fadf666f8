"""The message catalogue: every UI string, Vietnamese first, English on request, and number/date formats."""

from __future__ import annotations

from dataclasses import dataclass

from lso_tui.catalogue import MESSAGES  # the entries, key: (Vietnamese, English)

LANGS = ("vi", "en")

__all__ = ["LANGS", "MESSAGES", "Catalogue"]

_VI_DIGITS = str.maketrans(",.", ".,")  # Vietnamese groups thousands with "." and writes "0,20"


@dataclass(frozen=True)
class Catalogue:
    """Messages and number formats for one language."""

    lang: str = "vi"

    def __call__(self, key: str, **values: object) -> str:
        """The message *key* in this language, with *values* filled in (values are plain text)."""
        vi, en = MESSAGES[key]
        text = en if self.lang == "en" else vi
        return text.format(**values) if values else text

    def error(self, exc: BaseException) -> str:
        """The one line for *exc*: its catalogue message in this language when it names one."""
        key = getattr(exc, "key", None)
        return self(key, **getattr(exc, "values", {})) if isinstance(key, str) else str(exc)

    def number(self, value: float, decimals: int = 0) -> str:
        """3.000 and 0,20 in Vietnamese; 3,000 and 0.20 in English."""
        s = f"{value:,.{decimals}f}"
        return s if self.lang == "en" else s.translate(_VI_DIGITS)

    def percent(self, share: float) -> str:
        """25% (whole percent) or 17,4% when the share has a fraction."""
        pct = share * 100
        return self.number(pct, 0 if abs(pct - round(pct)) < 1e-9 else 1) + "%"

    def month(self, iso: str | None, part: str | None = None) -> str:
        """ "cuối 06/2018" / "late 06/2018"; "26/02/2020" for a day; "2018" for a year."""
        if not iso:
            return self("val.unknown")
        bits = iso.split("-")
        text = "/".join(reversed(bits[1:])) + "/" + bits[0] if len(bits) > 1 else bits[0]
        return f"{self('part.' + part)} {text}" if part else text
