"""Dates, numbers and percentages as Vietnamese press writes them ("cuối tháng 6/2018", "17,4%")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, TypeVar

from lso_tui.extract.lexicon import DATE_PARTS, MULTIPLIERS, QUALIFIERS
from lso_tui.model.records import FuzzyDate

T = TypeVar("T")

# Patterns run on the folded text (no diacritics, lower case), so offsets match the original. Each
# opens with a letter or a digit, what must come before it checked after it ("\b" as "(?<!\w\w)"
# after a letter): a pattern that opens with "\b", a look behind or an optional group is tried at every
# position of the text, one that opens with a letter only where it stands (the same matches).


def _word(word: str) -> str:
    """*word* as a whole word's start ("\\bword"), its first letter first."""
    return word[0] + r"(?<!\w\w)" + word[1:]


def _parted(word: str) -> str:
    """ "(?:\\b(dau|giua|cuoi)\\s+)?\\bword" as alternatives that each open with a letter."""
    return "(?:" + "|".join(_word(part) + r"\s+" + word for part in DATE_PARTS) + "|" + _word(word) + ")"


DAY_MONTH_YEAR = re.compile(r"(\d(?<![\d/]\d)\d?)\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)")
MONTH_YEAR = re.compile(_parted("thang") + r"\s+(\d{1,2})\s*(?:/|nam|-)\s*((?:19|20)\d\d)(?!\d)")
DAY_MONTH_YEAR_WORDS = re.compile(_word("ngay") + r"\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d\d)(?!\d)")
YEAR = re.compile(_parted("nam") + r"\s+((?:19|20)\d\d)(?!\d)")
PERCENT = re.compile(r"(?<![\d,.])(\d{1,3}(?:[,.]\d+)?)\s*%")
_NUMBER = re.compile(
    r"(?:\b(" + "|".join(QUALIFIERS) + r")\s+)?(?<![\d,.])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)"
    r"(?:\s+(" + "|".join(MULTIPLIERS) + r")\b)?"
)


@dataclass(frozen=True)
class Found(Generic[T]):
    """A value found in the text with its offsets."""

    start: int
    end: int
    value: T


def find_dates(folded: str, start: int = 0, end: int | None = None) -> list[Found[FuzzyDate]]:
    """Every date phrase in folded[start:end], most precise reading first at each place."""
    end = len(folded) if end is None else end
    out: list[Found[FuzzyDate]] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, value: FuzzyDate) -> None:
        """Keep a reading unless a more precise one already covers the same text."""
        if any(a < e and s < b for a, b in taken):
            return
        taken.append((s, e))
        out.append(Found(s, e, value))

    for m in DAY_MONTH_YEAR_WORDS.finditer(folded, start, end):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            add(m.start(), m.end(), FuzzyDate(y, mo, d))
    for m in DAY_MONTH_YEAR.finditer(folded, start, end):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            add(m.start(), m.end(), FuzzyDate(y, mo, d))
    for m in MONTH_YEAR.finditer(folded, start, end):
        mo, y = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12:
            part = DATE_PARTS.get(m.group(0).split(None, 1)[0])  # ("thang" when the match opens with it)
            add(m.start(), m.end(), FuzzyDate(y, mo, None, part))
    for m in YEAR.finditer(folded, start, end):
        add(m.start(), m.end(), FuzzyDate(int(m.group(1)), None, None, None))
    return sorted(out, key=lambda f: f.start)


def _valid(y: int, mo: int, d: int) -> bool:
    """A plausible calendar date (day range checked per month)."""
    days = [
        31,
        29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ]
    return 1 <= mo <= 12 and 1 <= d <= days[mo - 1]


def parse_percent(raw: str) -> float:
    """ "17,4" or "17.4" -> 0.174 (a fraction)."""
    return round(float(raw.replace(",", ".")) / 100, 6)


def find_percents(folded: str, start: int, end: int) -> list[Found[float]]:
    """Percentages in folded[start:end] as fractions."""
    return [
        Found(m.start(), m.end(), parse_percent(m.group(1))) for m in PERCENT.finditer(folded, start, end)
    ]


def find_numbers(folded: str, start: int, end: int) -> list[Found[tuple[int, str | None]]]:
    """Counts with their qualifier: "hon 3 nghin" -> (3000, "more_than"); "1.000" -> 1000."""
    out: list[Found[tuple[int, str | None]]] = []
    for m in _NUMBER.finditer(folded, start, end):
        raw = m.group(2)
        if "," in raw and not m.group(3):
            continue  # a decimal on its own is a share or a measure, not a count
        value = float(raw.replace(".", "").replace(",", "."))
        value *= MULTIPLIERS.get(m.group(3) or "", 1)
        out.append(Found(m.start(), m.end(), (int(value), QUALIFIERS.get(m.group(1) or ""))))
    return out
