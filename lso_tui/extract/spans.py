"""Offsets and segmentation: an aligned folded copy, paragraphs, sentences and capitalised runs."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, TypeVar

from lso_tui.extract.gazetteer import NO_GAZETTEER, Gazetteer
from lso_tui.model.records import Source
from lso_tui.text import fold

_ABBREV = re.compile(r"(?:\b(?:TP|Tp|TT|TX|H|Q|P|X|ThS|TS|PGS|GS|Đ/c|đ/c|St|Mr|Mrs|v\.v)\.)$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"'’“)]*\s+(?=[^\s])|\n+")
# A letter with a diacritic (the Latin-1 and Vietnamese blocks; the two signs × and ÷ aside).
_MARKED_LETTER = re.compile("[À-ÖØ-öø-ỹ]")


def fold_aligned(text: str) -> str:
    """Fold each character on its own so offsets in the folded copy equal offsets in *text* (each
    distinct character is folded once: a text holds a few hundred)."""
    table = {ord(ch): _fold_one(ch) for ch in set(text)}
    return text.translate(table)


def _fold_one(ch: str) -> str:
    """One character folded to one character (a space for any space; "?" when folding would not
    keep one character for one)."""
    f = fold(ch) if not ch.isspace() else " "
    return f if len(f) == 1 else ch.lower() if len(ch.lower()) == 1 else "?"


@dataclass(frozen=True)
class Segment:
    """A paragraph or sentence: its offsets in the document."""

    start: int
    end: int


class Article:
    """An article's NFC text with its folded twin, paragraphs and sentences."""

    def __init__(self, text: str, doc_id: str = "", gazetteer: Gazetteer = NO_GAZETTEER) -> None:
        """Segment *text* once; every extractor reads from here (and asks *gazetteer* what level a
        bare name is)."""
        self.text = text
        self.gazetteer = gazetteer
        self.after_reorganisation = False  # published after 1 July 2025 (set once the header is read)
        self.bare_names: tuple[Any, Any] | None = None  # named_places.registered_names, read once
        self.companions: tuple[Any, Any] | None = None  # place_refs.companions, found once
        self.answers: dict[tuple[str, str], bool] = {}  # per-article answers about a name, asked once each
        self.provinces_named: tuple[Any, Any] | None = None  # statement_scope._provinces_named, found once
        self.provinces_at: tuple[Any, dict[int, Any]] | None = None  # statement_scope.province_at: per position
        self.bare_marks: tuple[Any, dict[int, bool]] | None = None  # figure_scope._marks_bare: per bare name's start
        self.place_index: tuple[Any, Any] | None = None  # places.place_index, built once
        self.referents: tuple[Any, Any, Any] | None = None  # place_refs.resolve_referent's look-ups, built once
        self.main_commune: tuple[Any, Any] | None = None  # officials.main_commune, found once
        self.name_runs: dict[int, Any] = {}  # places' name run after each position, read once
        self.clause_ends: dict[int, tuple[int, int]] = {}  # titles._clause_end: per limit, (from, end)
        self.clause_marks: tuple[list[int], ...] | None = None  # people._clause_start: ":;“\"", "(", ")"
        self.post_words: list[int] | None = None  # people._post_word_within: where a post's word starts
        self.type_words: dict[str, list[Any]] | None = None  # places._type_words_before: by the two words after
        self.word_ends: dict[tuple[int, int, tuple[str, ...]], int] = {}  # figure_scope._first_end: per sentence and words
        self.bare_runs: tuple[Any, dict[Any, Any]] | None = None  # bare_regions._sentence_runs: per places, per sentence
        self.took_at: dict[int, int] = {}  # people._post_after_aside: per space, where the post a "giữ chức …" takes starts (-1: none)
        self._last_starts: dict[tuple[re.Pattern[str], int, int], int] = {}  # searched: per pattern and range
        self.folded = fold_aligned(text)
        # A text typed without diacritics spells "xã" as "xa"; one with them writes "xa" only for "far".
        self.unmarked = len(_MARKED_LETTER.findall(text)) <= len(text) // 200
        self.doc_id = doc_id
        self.paragraphs = _paragraphs(text)
        # (a page's list of other articles' headlines says nothing of this one: none of its lines is read)
        self.link_lines = _link_lists(self.folded, self.paragraphs)  # (by paragraph index)
        self.sentences = [s for i, p in enumerate(self.paragraphs) if i not in self.link_lines for s in _sentences(text, p)]
        # Looked up by offset all the time: by bisection, or a crafted text of thousands of short
        # sentences makes every lookup a scan.
        self._sentence_starts = [s.start for s in self.sentences]
        self._paragraph_starts = [p.start for p in self.paragraphs]

    def searched(self, rx: re.Pattern[str], start: int, end: int, lo: int) -> bool:
        """Whether rx.search(self.folded, start, end) finds a match, for any *start* from *lo* on: where
        the last match attempt to succeed in folded[lo:end] starts is found once per pattern and range
        (an attempt reads the same text whatever the search's start: each of a crafted clause's many
        figures searched the rest of it)."""
        if start < lo or end - start <= SHORT_SEARCH:
            return rx.search(self.folded, start, end) is not None
        key = (rx, lo, end)
        last = self._last_starts.get(key)
        if last is None:
            last, m = -1, rx.search(self.folded, lo, end)
            while m is not None:
                last = m.start()
                m = rx.search(self.folded, last + 1, end)
            self._last_starts[key] = last
        return last >= start

    def source(self, start: int, end: int) -> Source:
        """A Source for text[start:end], quoting the whole sentence(s) around it."""
        first = self.sentence_at(start)
        last = self.sentence_at(max(start, end - 1))
        quote = self.text[first.start : last.end].strip()
        return Source(start=start, end=end, quote=quote, doc=self.doc_id)

    def sentence_source(self, seg: Segment) -> Source:
        """A Source covering exactly one sentence."""
        return Source(seg.start, seg.end, self.text[seg.start : seg.end].strip(), self.doc_id)

    def sentence_at(self, pos: int) -> Segment:
        """The sentence that holds offset *pos* (the nearest one before it, if between)."""
        if not self.sentences:
            return Segment(0, len(self.text))
        return self.sentences[max(0, bisect_right(self._sentence_starts, pos) - 1)]

    def next_sentence(self, pos: int) -> Segment:
        """The sentence after the one that holds *pos* (across a paragraph break); that one if last."""
        i = bisect_right(self._sentence_starts, pos)
        return self.sentences[i] if i < len(self.sentences) else self.sentence_at(pos)

    def paragraph_index(self, pos: int) -> int | None:
        """The index of the paragraph that holds offset *pos*, None when none does."""
        i = bisect_right(self._paragraph_starts, pos) - 1
        return i if i >= 0 and pos < self.paragraphs[i].end else None

    def paragraph_at(self, pos: int) -> Segment:
        """The paragraph that holds offset *pos* (found by bisection, not a scan of every paragraph)."""
        i = self.paragraph_index(pos)
        if i is not None:
            return self.paragraphs[i]
        return self.paragraphs[-1] if self.paragraphs else Segment(0, len(self.text))

    def quote_end(self, pos: int) -> int:
        """Where words quoted from *pos* on end: their paragraph's end, or in a paragraph longer than
        LONGEST_QUOTE, the end of the last sentence that starts in reach (a crafted paragraph of
        many quotes would otherwise have each quote the rest of it: quadratic in size)."""
        end = self.paragraph_at(pos).end
        if end - pos <= LONGEST_QUOTE:
            return end
        last = self.sentence_at(pos + LONGEST_QUOTE)
        return last.end if last.end - pos <= LONGEST_QUOTE else last.start if last.start > pos else pos + LONGEST_QUOTE


def _paragraphs(text: str) -> list[Segment]:
    """Non-empty lines (a press article puts one paragraph on a line), trimmed."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Segment(s, e))
    return out


_ONLY_SPACE = re.compile(r"\s*$")
_WORD_CHAR = re.compile(r"[^\W_]")
# A page's list of other articles: "Tin liên quan", "Tin cùng chuyên mục", "Xem thêm:", "Bài viết liên quan" …
_LINKS_HEAD = re.compile(
    r"\W*(?:(?:cac\s+)?(?:tin|bai|bai viet)\s+(?:lien quan|cung chuyen muc|khac|moi hon|moi|doc nhieu(?: nhat)?|noi bat|da dua)"
    r"|xem them|doc them|co the ban quan tam|co the ban muon doc)\b\s*:?"
)


def _link_lists(folded: str, paragraphs: list[Segment]) -> set[int]:
    """The indices of the lines of a page's lists of other articles: a heading line, then the
    headlines under it (short lines that end with no full stop), or "Tin liên quan: headline" alone."""
    out: set[int] = set()
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        head = _LINKS_HEAD.match(folded, p.start, p.end)
        if head is None or len(folded[p.start : p.end].split()) > 30:
            i += 1
            continue
        out.add(i)
        i += 1
        if folded[head.end() : p.end].strip():
            continue  # ("Tin liên quan: …" with its headline on the line)
        while i < len(paragraphs) and _headline(folded, paragraphs[i]):
            out.add(i)
            i += 1
    return out


def _headline(folded: str, p: Segment) -> bool:
    """Whether a line reads as another article's headline: thirty words at most, no full stop at its end."""
    line = folded[p.start : p.end]
    return len(line.split()) <= 30 and not line.rstrip().endswith((".", ":")) and _LINKS_HEAD.match(line) is None


def _sentences(text: str, para: Segment) -> list[Segment]:
    """Split a paragraph at sentence ends, not after abbreviations such as "TP." or inside "1.000"."""
    out = []
    start = checked = para.start  # (checked: how far the sentence being read is known to hold no word)
    worded = False
    chunk = text[para.start : para.end]
    for m in _SENTENCE_END.finditer(chunk):
        cut = para.start + m.start()
        # Bounded looks, never the whole rest of the paragraph: linear time on any text.
        if _ABBREV.search(text[max(start, cut - 12) : cut]) or _ONLY_SPACE.match(text, para.start + m.end(), para.end):
            continue
        nxt = text[para.start + m.end() : para.start + m.end() + 1]
        if nxt and nxt.islower():
            continue
        # Marks alone ("… . ?") are no sentence: they open the next one (each rule reads every sentence: a
        # text of ". . ." made a hundred thousand of them).
        worded = worded or _WORD_CHAR.search(text, checked, cut) is not None
        checked = cut
        if not worded:
            continue
        out += _capped(text, start, cut)
        start = checked = para.start + m.end()
        worded = False
    if start < para.end:
        out += _capped(text, start, para.end)
    return out


SHORT_SEARCH = 300
"""Article.searched searches a range up to this long at once (a look-up costs about as much)."""
LONGEST_QUOTE = 2000
"""The most characters of a statement quoted after "cho biết:": twice the longest paragraph of the 721
corpus and shipped articles (903)."""
LONGEST_SENTENCE = 1000
"""The most characters read as one sentence: twice the longest of the 721 corpus and shipped articles
(472). Rules look back to their sentence's (or clause's) start from each figure and name; a crafted
run with no sentence end would be read again for each, which is quadratic."""


def _capped(text: str, start: int, end: int) -> list[Segment]:
    """text[start:end] as one sentence, or, when longer than LONGEST_SENTENCE, as several: each cut
    after its last semicolon or comma in its second half, else at its last space, else hard."""
    out = []
    while end - start > LONGEST_SENTENCE:
        half, limit = start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE
        cut = max(text.rfind("; ", half, limit), text.rfind(", ", half, limit))
        cut = cut + 1 if cut >= 0 else text.rfind(" ", half, limit)
        cut = cut if cut > start else limit
        out.append(Segment(start, cut))
        start = cut + 1 if text[cut : cut + 1].isspace() else cut
    out.append(Segment(start, end))
    return out


def is_capitalised(word: str) -> bool:
    """A proper-name syllable: starts with an upper-case letter, or is a number ("phường 3")."""
    return bool(word) and (word[0].isupper() or word.isdigit())


class Covered:
    """Which positions a set of spans covers, answered in log time (a crafted text can name thousands
    of places: a scan of every span per word would make extraction quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        """Index the (start, end) spans; they may overlap."""
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.ends = list(accumulate((b for _, b in ordered), max))

    def __contains__(self, pos: int) -> bool:
        """Whether some span has start <= pos < end."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a position with [start, end)."""
        return start in self or bisect_right(self.starts, end - 1) > bisect_right(self.starts, start)


def clauses(art: Article, seg: Segment) -> list[Segment]:
    """A sentence cut at semicolons: each clause is read on its own."""
    out, start = [], seg.start
    i = art.text.find(";", start, seg.end)
    while i >= 0:
        out.append(Segment(start, i))
        start = i + 1
        i = art.text.find(";", start, seg.end)
    return [*out, Segment(start, seg.end)]


# A line of prose: a dozen words, or a figure ("- Đầm Hà: 3/10;"); not a caption or a link. (The words are
# counted from a word's start, each taken whole: from every character of a long run with no space, a
# backtracking count read the rest of it again, quadratic in its length.)
_PROSE = re.compile(r"(?<!\S)(?:\S++\s++){11}\S|\d\s*/\s*\d|\d\s*%")
# (an interview's question, "PV: …", is no paragraph of the answers around it either)
_NOT_PROSE = re.compile(r"\s*\(?\s*(?:anh|anh minh hoa|tin lien quan|xem them|video|clip|pv|phong vien|hoi)\s*:", re.IGNORECASE)


def prose_ranks(art: Article) -> list[int]:
    """Each paragraph's place among the paragraphs of prose: a "Tin liên quan" link, a photo
    caption or a heading between two paragraphs on units does not put them further apart."""
    out, rank = [], 0
    for para in art.paragraphs:
        prose = _PROSE.search(art.text, para.start, para.end) and not _NOT_PROSE.match(art.folded, para.start, para.end)
        rank += 1 if prose else 0
        out.append(rank)
    return out


T = TypeVar("T")


def walked_back(marks: list[tuple[int, Any]], items: Sequence[T], start: Callable[[T], int]) -> Iterable[T]:
    """*items* (in reading order) from the last, until one starts before every mark the loop put on *marks*
    meanwhile, each at its item's start; those marks are then put back in reading order. The nearest
    mark before a figure wins (the first put of those at one place): an item before it cannot, and each
    of a crafted sentence's many figures read every item before it. (Two items or none are read in
    order, as walking back would cost more.)"""
    return items if len(items) < 3 else _walked_back(marks, items, start)


def _walked_back(marks: list[tuple[int, Any]], items: Sequence[T], start: Callable[[T], int]) -> Iterator[T]:
    """walked_back, past two items."""
    n = len(marks)
    for item in reversed(items):
        if len(marks) > n and start(item) < marks[n][0]:
            break
        yield item
    marks[n:] = marks[n:][::-1]
