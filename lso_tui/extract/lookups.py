"""Indexes built once per article, so that a rule's look-ups take log time: with a scan of the
sentence, or of the whole text, per name, place or figure, crafted text makes extraction quadratic."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

from lso_tui.extract.lexicon import POST_KEYS
from lso_tui.extract.spans import Article


class _Named(Protocol):
    """A place as NamedBefore reads it."""

    level: str
    name: str | None
    start: int


class NamedBefore:
    """Whether a place of a level, named otherwise than a given name, starts in a span: answered in log
    time (a scan of the sentence's places per place made one long sentence of units quadratic)."""

    def __init__(self, places: Sequence[_Named]) -> None:
        """Index the named places of each level, in reading order, with where the name next changes."""
        self.starts: dict[str, list[int]] = {}
        self.names: dict[str, list[str]] = {}
        for q in places:
            if q.name:
                self.starts.setdefault(q.level, []).append(q.start)
                self.names.setdefault(q.level, []).append(q.name)
        self.change: dict[str, list[int]] = {}  # for each place, the index of the next with another name
        for level, names in self.names.items():
            nxt = [len(names)] * len(names)
            for i in range(len(names) - 2, -1, -1):
                nxt[i] = i + 1 if names[i + 1] != names[i] else nxt[i + 1]
            self.change[level] = nxt

    def other_than(self, level: str, name: str, start: int, end: int) -> bool:
        """Whether a place of *level* named otherwise than *name* starts in [start, end)."""
        starts = self.starts.get(level, [])
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        return i < j and (self.names[level][i] != name or self.change[level][i] < j)


def typed_elsewhere(art: Article, name: str, type_re: re.Pattern[str], but: int = -1) -> bool:
    """Whether *name* also follows a type word (a match of *type_re*) somewhere ("huyện Hoàng Su
    Phì"), other than the type word at *but*."""
    return any(
        m.start() != but and art.text[m.end() : m.end() + len(name) + 20].lstrip().startswith(name)
        for m in type_words_before(art, name, type_re)
    )


_KEY_REACH = 160
"""How far after a type word its first two words are read for the index (a longer pair: a scan)."""


def type_words_before(art: Article, name: str, type_re: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of *type_re* (the type words; one pattern per article: the index is built from the
    first given) *name* may follow: those followed, after at most 20 spaces, by the same first two
    words when the name has three or more (indexed once per article: with a scan of every type word
    per name, a text of many people was quadratic); every type word otherwise."""
    if art.type_words is None:
        art.type_words = {}
        for m in type_re.finditer(art.folded):
            head = art.text[m.end() : m.end() + 21]
            skip = len(head) - len(head.lstrip())
            if skip <= 20:
                key = " ".join(art.text[m.end() + skip : m.end() + skip + _KEY_REACH].split(" ", 2)[:2])
                art.type_words.setdefault(key, []).append(m)
    parts = name.split(" ", 2)
    if len(parts) < 3 or len(parts[0]) + len(parts[1]) + 2 > _KEY_REACH:
        return list(type_re.finditer(art.folded))
    return art.type_words.get(parts[0] + " " + parts[1], [])


def clause_start_before(art: Article, sent_start: int, start: int) -> int:
    """Where the clause holding *start* begins: after the last ":", ";", a quote or an unclosed "("
    before it in its sentence ("xã X, huyện Y (Z) NAME": a parenthesis closed before the name opens
    no clause); the marks are indexed once per article, not scanned back per name."""
    if art.clause_marks is None:
        art.clause_marks = tuple([m.start() for m in re.finditer(rx, art.text)] for rx in ('[:;“"]', r"\(", r"\)"))
    stops, opens, closes = art.clause_marks
    best = sent_start
    i = bisect_left(stops, start) - 1
    if i >= 0:
        best = max(best, stops[i] + 1)
    j = bisect_left(opens, start) - 1
    k = bisect_left(closes, start) - 1
    if j >= 0 and (k < 0 or closes[k] < opens[j]):
        best = max(best, opens[j] + 1)
    return best


# (the words alone, without POST_RE's end check: a search that stops at the name may end a post where
# the whole text would not, so every position where a post's word starts is a candidate; each opens
# with its first letter, so that the search skips the positions where none stands)
_POST_WORD = re.compile("|".join(re.escape(k[0]) + "(?=" + re.escape(k[1:]) + ")" for k in POST_KEYS))


def post_word_within(art: Article, start: int, end: int) -> bool:
    """Whether a post's word starts in [start, end) (every such position is indexed once per article)."""
    if art.post_words is None:
        art.post_words = [m.start() for m in _POST_WORD.finditer(art.folded)]
    i = bisect_left(art.post_words, start)
    return i < len(art.post_words) and art.post_words[i] < end


class _Spanned(Protocol):
    """A mention as ended_within reads it."""

    @property
    def start(self) -> int:
        """Where it starts."""

    @property
    def end(self) -> int:
        """Where it ends."""


_S = TypeVar("_S", bound=_Spanned)
_ENDS: list[tuple[object, int, bool, list[int], int]] = []
"""The last list ended_within was asked about: it, its length, whether in reading order, its starts
and its longest mention."""


def ended_within(mentions: list[_S], pos: int, reach: int) -> list[_S]:
    """The mentions that end at most *reach* - 1 characters before *pos* (not after it), in list
    order: looked up by their starts when the list is in reading order (a scan of every person per
    "ông … kiêm …" made a text of many such sentences quadratic)."""
    last = _ENDS[0] if _ENDS else None
    if last is None or last[0] is not mentions or last[1] != len(mentions):
        starts = [m.start for m in mentions]
        ordered = all(a <= b for a, b in pairwise(starts))
        last = (mentions, len(mentions), ordered, starts, max((m.end - m.start for m in mentions), default=0))
        _ENDS[:] = [last]
    _, _, ordered, starts, longest = last
    # (one that ends in reach starts at most *longest* before its end)
    near = mentions[bisect_left(starts, pos - reach - longest) : bisect_left(starts, pos + 1)] if ordered else mentions
    return [m for m in near if m.end <= pos and pos - m.end < reach]
