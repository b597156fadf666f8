"""Which place a mention refers to once the places are found: the bare names of known units in the
text, the commune a sentence's "Tại X," leads with, and the nearest place of a level before a
position."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from lso_tui.extract.places import Place
from lso_tui.extract.spans import Article, Covered


def bare_mentions(art: Article, places: list[Place]) -> list[tuple[str, int, int]]:
    """Where each commune is named: its typed mentions, and bare ones unless the name is also a
    district's or province's ("Bình Gia" the district vs "thị trấn Bình Gia")."""
    communes = {p.name for p in places if p.level == "commune" and p.name}
    upper = {p.name for p in places if p.level != "commune" and p.name}
    out = [(p.name, p.start, p.end) for p in places if p.level == "commune" and p.name]
    typed = Covered((p.start, p.end) for p in places if p.name)
    names = sorted(communes - upper)
    words = _word_index(art, names)
    for name in names:
        for m in _mentions(art, name, words):
            if m.start() not in typed:
                out.append((name, m.start(), m.end()))
    return sorted(out, key=lambda x: x[1])


_WORD = re.compile(r"\w+")


def _word_index(art: Article, names: list[str]) -> dict[str, list[int]]:
    """Where each first word of *names* stands as a whole word of the text (one search for them all)."""
    heads = {m.group(0) for m in map(_WORD.match, names) if m}
    words: dict[str, list[int]] = {}
    if heads:
        alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
        for m in re.finditer(r"(?<!\w)(?:" + alternatives + r")(?!\w)", art.text):
            words.setdefault(m.group(0), []).append(m.start())
    return words


def _mentions(art: Article, name: str, words: dict[str, list[int]]) -> list[re.Match[str]]:
    """Where *name* stands as whole words, left to right and not overlapping (as finditer reads
    them): only where its first word stands as a word of the text, as *words* (_word_index) says (a
    search of the whole text per name made a text of many communes quadratic)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    head = _WORD.match(name)
    if head is None:
        return list(pattern.finditer(art.text))
    # (no letter before the name and none after its first word: there, the text's word is that word)
    out: list[re.Match[str]] = []
    for at in words.get(head.group(0), ()):
        found = pattern.match(art.text, at) if not out or at >= out[-1].end() else None
        if found is not None:
            out.append(found)
    return out


# "Tại Lao Và Chải, …", "Ở Mậu Duệ, ông …": a sentence led by a commune's bare name speaks of it.
_LEAD = re.compile(r"\s*(?:[Rr]iêng\s+|[Cc]òn\s+|[Cc]ũng\s+)?(?:[Tt]ại|[Ởở])\s+([^\W\d_]+(?: [^\W\d_]+){0,3}),")  # ("Còn ở Hải Phúc, …")


# "Xã Bố Trạch được thành lập từ …. Nay Chủ tịch UBND xã là …": a paragraph led by a commune as its subject
# (after an interview's speaker too: "Ông A: Xã B được thành lập …").
_TYPED_LEAD = re.compile(r"\s*(?:(?:Ông|Bà|Anh|Chị|Đồng chí) [^:.\n]{2,40}:\s*)?(?:Xã|Phường|Thị trấn)\s+((?:[A-ZĐ]|[^\W\d_a-zđ])[^\W\d_]*(?: (?:[A-ZĐ]|[^\W\d_a-zđ])[^\W\d_]*){0,3})\s+(?:được|là|có|đã|vừa|nằm|hiện)\s")


def lead_commune(art: Article, places: list[Place], pos: int, paragraph: bool = True) -> Place | None:
    """The commune a sentence's (or, if *paragraph*, its paragraph's) leading "Tại X," names, when the
    text names X a commune elsewhere."""
    sent = art.sentence_at(pos)
    m = _LEAD.match(art.text, sent.start)
    if m is None and paragraph:
        # "Ở Hải Quế, cách làm có khác. Bà X giữ chức Chủ tịch UBND xã …": a paragraph led that way
        index = art.paragraph_index(pos)
        para = art.paragraphs[index] if index is not None else None
        m = (_LEAD.match(art.text, para.start) or _TYPED_LEAD.match(art.text, para.start)) if para is not None else None
    if m is None or m.end() > pos:
        return None
    return next((p for p in places if p.level == "commune" and p.name == m.group(1)), None)


_MANY = 64
"""From this many places on, resolve looks up the last list it was asked about instead of scanning."""
_LAST: list[_Resolver] = []


def resolve(places: list[Place], pos: int, level: str, type_: str | None = None) -> Place | None:
    """The nearest named place of *level* (and type) before *pos*, else the first one after it."""
    if len(places) > _MANY:  # (a long list is asked about again and again: looked up)
        last = _LAST[0] if _LAST else None
        if last is None or last.places is not places or last.size != len(places):
            last = _Resolver(places)
            _LAST[:] = [last]
        return last.resolve(pos, level, type_)
    return _scan(places, pos, level, type_)


def _scan(places: list[Place], pos: int, level: str, type_: str | None) -> Place | None:
    """resolve, by a scan of every place."""
    named = [p for p in places if p.level == level and p.name and (type_ is None or p.type == type_)]
    before = [p for p in named if p.start <= pos]
    if before:
        return before[-1]
    return named[0] if named else None


# "Krông Nô cùng huyện Tuy Đức …", "so với huyện X": a district named beside the subject, to compare
# or accompany it, is not what a later bare "huyện" refers to.
_COMPANION = re.compile(
    r"\b(?:cung|cung voi|so voi|hon|bang|giong nhu|nhu|xep (?:thu|hang) \w+ sau|xep (?:sau|tren|truoc|duoi)|chi sau|dung sau|nhung (?:tren|duoi))\s+$"
)


def compared(art: Article, start: int, end: int, pos: int) -> bool:
    """Whether the region named at text[start:end] is named to compare with ("xếp sau Quảng Bình", "nhưng
    trên Nghệ An", "so với huyện X"), not as what the text speaks of at *pos* ("So với Bạc Liêu, nơi Tỉnh
    ủy đặt mục tiêu 50% …" speaks of it after all, in that sentence)."""
    # (or named in a sentence on the neighbours: "Ở hai tỉnh lân cận, Hà Tĩnh có 16 xã, Quảng Trị có 13 xã")
    sentence = art.sentence_at(start)
    neighbours = _NEIGHBOURS.search(art.folded, sentence.start, start) is not None and not sentence.start <= pos < sentence.end
    if _COMPANION.search(art.folded, max(0, start - 30), start) is None and not neighbours:
        return False
    return not (_WHERE.match(art.folded, end) and art.sentence_at(start).start <= pos < art.sentence_at(start).end)


_WHERE = re.compile(r"\s*,\s*noi\b")
_NEIGHBOURS = re.compile(r"\btinh (?:lan can|lang gieng|ban)\b|\bcac tinh (?:khac|trong vung|trong khu vuc)\b")
_LIST_ON = re.compile(r"\s*(?:,|va|,\s*va)\s*")
_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")


def _close_after(art: Article, end: int) -> int:
    """The end of a place's name and of the parentheses right after it ("thành phố A (7/7 phường, xã)")."""
    m = _ASIDE.match(art.folded, end)
    return m.end() if m else end


def resolve_referent(art: Article, places: list[Place], pos: int, level: str, type_: str | None = None) -> Place | None:
    """Like resolve, skipping places named as a companion or a comparison ("cùng huyện X")."""
    cached = art.referents
    if cached is None or cached[0] is not places:
        compared_with = companions(art, places)
        own = [p for p in places if p.start not in compared_with]
        cached = art.referents = (places, _Resolver(own), _Resolver(places))
    return cached[1].resolve(pos, level, type_) or cached[2].resolve(pos, level, type_)


class _Resolver:
    """resolve over one list of places, looked up by bisection when the list is in reading order
    (a crafted text of many places made a scan of them all per question quadratic)."""

    def __init__(self, places: list[Place]) -> None:
        """Keep *places*; each (level, type) is indexed when first asked."""
        self.places = places
        self.size = len(places)
        self.ordered = all(a.start <= b.start for a, b in pairwise(places))
        self.named: dict[tuple[str, str | None], tuple[list[int], list[Place]]] = {}

    def resolve(self, pos: int, level: str, type_: str | None) -> Place | None:
        """resolve(places, pos, level, type_), the same answer."""
        if not self.ordered:
            return _scan(self.places, pos, level, type_)
        if (level, type_) not in self.named:
            named = [p for p in self.places if p.level == level and p.name and (type_ is None or p.type == type_)]
            self.named[level, type_] = ([p.start for p in named], named)
        starts, named = self.named[level, type_]
        i = bisect_right(starts, pos)
        return named[i - 1] if i else (named[0] if named else None)


def companions(art: Article, places: list[Place]) -> set[int]:
    """Where the places named as a companion or a comparison start ("cùng huyện X", "so với huyện Y",
    "xếp thứ ba sau thành phố A (7/7) và huyện B (4/4)": the list goes on comparing)."""
    if art.companions is not None and art.companions[0] is places:
        return art.companions[1]  # type: ignore[no-any-return]
    out: set[int] = set()
    companion, end = False, 0
    for p in places:
        if p.start < end or not p.name:
            continue  # (the units a figure in parentheses counts, "(7/7 phường, xã)": no region of the list)
        listed = companion and _LIST_ON.fullmatch(art.folded, end, p.start) is not None
        companion = _COMPANION.search(art.folded, max(0, p.start - 30), p.start) is not None or listed
        end = _close_after(art, p.end) if companion else p.end
        if companion:
            out.add(p.start)
    art.companions = (places, out)
    return out
