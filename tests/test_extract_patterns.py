"""Patterns rewritten for speed (issue 15) find what they found before: the date patterns now open with a
letter or a digit (their "\\b", look behind or optional part word checked after it), and must give the
same matches, with the same values, on every corpus article and on random text of the words they read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lso_tui.extract import quantities
from lso_tui.extract.lexicon import DATE_PARTS
from lso_tui.extract.spans import fold_aligned

_PART = "|".join(DATE_PARTS)
# The patterns as they were written before (each tried at every position), and how each match's groups
# read: (day or part, month, year) as find_dates takes them.
_BEFORE = {
    "DAY_MONTH_YEAR": re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)"),
    "MONTH_YEAR": re.compile(rf"(?:\b({_PART})\s+)?\bthang\s+(\d{{1,2}})\s*(?:/|nam|-)\s*((?:19|20)\d\d)(?!\d)"),
    "DAY_MONTH_YEAR_WORDS": re.compile(r"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d\d)(?!\d)"),
    "YEAR": re.compile(rf"(?:\b({_PART})\s+)?\bnam\s+((?:19|20)\d\d)(?!\d)"),
}
_CORPUS = sorted(Path(__file__).parent.glob("corpus_genre*/*.txt"))


def _matches(name: str, rx: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int, tuple[str | None, ...]]]:
    """Each match of *rx* in text[start:end]: its span and what find_dates reads of it."""
    out = []
    for m in rx.finditer(text, start, end):
        if rx is _BEFORE[name]:
            groups: tuple[str | None, ...] = m.groups()
        elif name in ("MONTH_YEAR", "YEAR"):  # (the part word is the match's first word now)
            first = m.group(0).split(None, 1)[0]
            groups = (first if first in DATE_PARTS else None, *m.groups())
        else:
            groups = m.groups()
        out.append((m.start(), m.end(), groups))
    return out


def _same(text: str, start: int = 0, end: int | None = None) -> None:
    """Each date pattern finds in text[start:end] what the one it replaced found."""
    end = len(text) if end is None else end
    for name, before in _BEFORE.items():
        after = getattr(quantities, name)
        assert _matches(name, after, text, start, end) == _matches(name, before, text, start, end), (name, text[start:end][:200])


def test_date_patterns_open_with_a_letter_or_a_digit() -> None:
    """None of them opens with "\\b", a look behind or an optional group any more (which made each tried at
    every position of a text)."""
    for name in _BEFORE:
        pattern = getattr(quantities, name).pattern
        assert not pattern.startswith(("\\b", "(?<", "(?:\\b")), name
        assert re.match(r"\(?(?:\\d|\(\?:[a-z]|[a-z])", pattern), name


@pytest.mark.parametrize("chunk", range(8))
def test_date_patterns_match_as_before_on_the_corpus(chunk: int) -> None:
    """On every corpus article (folded as extraction reads it), whole and sentence by sentence from any
    digit on (a search's start and end cut a look behind and a look ahead as before)."""
    for path in _CORPUS[chunk::8]:
        folded = fold_aligned(path.read_text(encoding="utf-8"))
        _same(folded)
        for m in re.finditer(r"\d", folded):
            _same(folded, m.start(), min(len(folded), m.start() + 40))
            _same(folded, max(0, m.start() - 1), m.end())


_EDGES = [
    "nam 2019", "cuoi nam 2019", "xcuoi nam 2019", "cuoi  nam 2019", "anam 2019", "_nam 2019", "cuoi_nam 2019",
    "dau thang 6/2018", "dau thang 13/2018", "giua thang 6 nam 2020", "thang 6 - 2020", "athang 6/2020",
    "1/2/2019", "11/2/2019", "/1/2/2019", "111/2/2019", "1.2.2019", "31/12/20199", "ngay 1 thang 2 nam 2019",
    "angay 1 thang 2 nam 2019", "\u0663/4/2019", "dau\u00a0nam 2019", "cuoi nam cuoi nam 2019", "nam nam 2019",
]


@pytest.mark.parametrize("text", _EDGES)
def test_date_patterns_match_as_before_on_edges(text: str) -> None:
    """At a text's start, after a letter, an underscore or a digit, across lines, with the part word or not."""
    for prefix in ("", " ", "x", "1", "/", "\n", "("):
        _same(prefix + text + " 5")
        _same("x" + prefix + text, 1)


_WORDS = st.sampled_from(
    ["nam", "thang", "ngay", "dau", "giua", "cuoi", "2019", "1998", "6", "12", "/", "-", ".", " ", "  ", "\n", "x", "a", "_", "3", "20", "19", "\u0663"]
)


@settings(max_examples=400, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_WORDS, max_size=14), st.integers(0, 6))
def test_date_patterns_match_as_before_on_random_text(words: list[str], start: int) -> None:
    """On random runs of the words and signs they read, from any start."""
    text = "".join(words)
    _same(text, min(start, len(text)))
