"""The one validation of what users type for a change, for the CLI and the dashboard's forms alike:
dates, shares, years, names, titles and yes/no/unknown (in Vietnamese or English, diacritics optional).
Each parser returns the stored value or raises InputError saying what is wrong."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from lso_tui.errors import refusal
from lso_tui.i18n import Term
from lso_tui.text import clean, fold

PARTS = ("early", "mid", "late")
# ASCII digits only: "٢٠١٩-٠٦" would pass \d and be stored as a date no one can compare.
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)
YES = {"co", "yes", "y", "true", "1"}
NO = {"khong", "no", "n", "false", "0"}
UNKNOWN = {"", "?", "chua ro", "unknown"}
PART_WORDS = {"dau": "early", "giua": "mid", "cuoi": "late", **{p: p for p in PARTS}}


def parse_since(value: str, part: str | None, what: str = "field.since") -> dict[str, Any]:
    """ "2020-06" + "late" → a stored fuzzy date; bad dates and parts are InputErrors (naming the
    field as the catalogue key *what* says it)."""
    m = _DATE.match(value.strip())
    if not m:
        raise refusal("err.since.not_date", what=Term(what), value=value)
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        datetime(y, int(mo or 1), int(d or 1))
    except ValueError:
        raise refusal("err.since.not_real", what=Term(what), value=value) from None
    if not 1990 <= y <= 2100:
        raise refusal("err.since.year", what=Term(what), year=y)
    if part is not None and (part not in PARTS or mo is None or d is not None):
        raise refusal("err.part", part=part)
    precision = "year" if mo is None else "month" if d is None else "day"
    return {"iso": value.strip(), "precision": precision, "part": part}


_SHARE = re.compile(r"(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)%?")


def parse_share(value: str) -> float:
    """ "50%", "50" or "0.5" → 0.5; anything outside 0–100% is an InputError."""
    text = value.strip().replace(",", ".")
    # (ASCII digits only, one "%" at most: float() takes any script's digits, "1_0", "nan" and "1e-3")
    if _SHARE.fullmatch(text) is None:
        raise refusal("err.share.not_number", value=value)
    number = float(text.rstrip("%"))
    share = round(number / 100 if text.endswith("%") or number > 1 else number, 6)
    if not 0 < share <= 1:  # checked after rounding: "0.0000001%" is 0, and is refused as 0 is
        raise refusal("err.share.range", value=value)
    return share


def parse_year(value: str) -> int:
    """A deadline year between 2000 and 2100."""
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or not 2000 <= int(text) <= 2100:
        raise refusal("err.year", value=value)
    return int(text)


def parse_name(value: str, what: str = "field.name") -> str:
    """A required, cleaned, non-empty text of reasonable length (*what*: the field's catalogue key)."""
    text = clean(value, keep_newlines=False).strip()
    if not text:
        raise refusal("err.empty", what=Term(what))
    if len(text) > 200:
        raise refusal("err.too_long", what=Term(what))
    return text


def parse_titles(text: str) -> list[str]:
    """'A; B' → ['A', 'B'], each cleaned; at least one is required."""
    titles = [parse_name(t, "field.titles") for t in text.split(";") if t.strip()]
    if not titles:
        raise refusal("err.titles")
    return titles


def parse_state(raw: str) -> bool | None:
    """ "có"/"yes" → True, "không"/"no" → False, empty/"?" → unknown."""
    key = fold(raw).strip()
    if key in YES:
        return True
    if key in NO:
        return False
    if key in UNKNOWN:
        return None
    raise refusal("err.state")


def parse_yes_no(raw: str) -> bool:
    """ "có"/"yes" → True; "không"/"no" (or unknown) → False."""
    return bool(parse_state(raw))


def parse_since_words(raw: str) -> dict[str, Any] | None:
    """ "cuối 2018-06" / "late 2018-06" / "2018-06-30"; empty clears it."""
    words = raw.split()
    if not words:
        return None
    part = PART_WORDS.get(fold(words[0])) if len(words) == 2 else None
    if len(words) == 2 and part is None:
        raise refusal("err.part.words")
    return parse_since(words[-1], part)
