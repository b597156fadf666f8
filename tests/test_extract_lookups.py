"""The look-ups that spare extraction a search per figure (issue 15, speed) answer what the search would.

figure_scope does not search a sentence for a pattern when the sentence lacks, before the figure, every
word of one of the pattern's groups (figure_scope._WORDS), and Article.searched answers from where the
last match of a range starts. Both are checked against the searches themselves on real sentences made
long (every full stop and line break of a corpus article turned into a comma, so that sentences pass
the length from which the look-ups are used), at every position of a digit and at each sentence's end.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lso_tui.extract.clause_figures import _ADMIN_UNITS_AROUND, _DOING, _SPLIT
from lso_tui.extract.counted import GOAL_WORDS, goal_before, is_goal
from lso_tui.extract.figure_scope import _WORDS, _found
from lso_tui.extract.people import _TOOK, TOOK_WORDS
from lso_tui.extract.spans import Article, walked_back

_CORPUS = sorted(Path(__file__).parent.glob("corpus_genre*/*.txt"))[::12]


def _long_sentences(path: Path) -> Article:
    """The article at *path*, its sentences and lines run together (each full stop and line break read as ", ")."""
    return Article(re.sub(r"\.\s+|\n+", ", ", path.read_text(encoding="utf-8")))


def _positions(art: Article) -> list[tuple[int, int, int]]:
    """(sentence start, sentence end, position): each digit that starts a number, and the sentence's end."""
    out = []
    for seg in art.sentences:
        digits = [m.start() for m in re.finditer(r"(?<!\d)\d", art.text[seg.start : seg.end])]
        out += [(seg.start, seg.end, seg.start + d) for d in digits] + [(seg.start, seg.end, seg.end)]
    return out


@pytest.mark.parametrize("path", _CORPUS, ids=lambda p: p.stem)
def test_sentence_patterns_are_found_as_searched(path: Path) -> None:
    """What figure_scope reads of each pattern is what the pattern finds, at every figure."""
    art = _long_sentences(path)
    assert any(seg.end - seg.start > 300 for seg in art.sentences)  # (the look-ups are used)
    for start, end, pos in _positions(art):
        seg = next(s for s in art.sentences if s.start == start and s.end == end)
        for rx in _WORDS:
            found = [m.span() for m in _found(art, rx, seg, pos)]
            assert found == [m.span() for m in rx.finditer(art.folded, start, pos)], (rx.pattern, pos)


@pytest.mark.parametrize("path", _CORPUS, ids=lambda p: p.stem)
def test_searched_answers_as_the_search(path: Path) -> None:
    """Article.searched says whether a search of the range finds a match, for every start from lo on."""
    art = _long_sentences(path)
    for seg in art.sentences:
        starts = [seg.start, *(seg.start + m.start() for m in re.finditer(r" ", art.text[seg.start : seg.end]))]
        for rx in (_SPLIT, _DOING, _ADMIN_UNITS_AROUND):
            for at in starts:
                expected = rx.search(art.folded, at, seg.end) is not None
                assert art.searched(rx, at, seg.end, seg.start) == expected, (rx.pattern, at)


@pytest.mark.parametrize("path", sorted(Path(__file__).parent.glob("corpus*/*.txt"))[::3], ids=lambda p: p.stem)
def test_goal_words_spare_no_goal(path: Path) -> None:
    """is_goal searches a clause only when it holds one of GOAL_WORDS before the figure: every clause
    start and position (each word's start and the sentence's end) the search reads a goal at holds one."""
    art = Article(path.read_text(encoding="utf-8"))
    for seg in art.sentences:
        starts = [seg.start, *(seg.start + m.end() for m in re.finditer(r"[,;:] ", art.text[seg.start : seg.end]))]
        ends = [seg.start + m.start() for m in re.finditer(r"(?<!\S)\S", art.text[seg.start : seg.end])] + [seg.end]
        for start in starts:
            for pos in (p for p in ends if p > start):
                if goal_before(art.folded[start:pos], None):
                    assert any(w in art.folded[start:pos] for w in GOAL_WORDS), art.text[start:pos]
                    assert is_goal(art.folded, start, pos, None)


@pytest.mark.parametrize("clause", ["huyện tiến tới 100%", "mỗi huyện cần đạt 60%", "các huyện còn lại đạt tối thiểu 50%"])
def test_goal_words_rare_in_the_corpus(clause: str) -> None:
    """The goal words no corpus clause holds alone still make is_goal search its clause."""
    art = Article(clause)
    assert is_goal(art.folded, 0, clause.index("%") - 2, None)


def test_walked_back_keeps_the_nearest_mark() -> None:
    """walked_back reads items from the last and stops at the first one before the marks put meanwhile
    (the same mark wins: the nearest, the first put of those at one place), and puts them back in order."""
    items = [(2, "a"), (5, "b"), (7, "c"), (7, "d"), (9, "e")]
    marks: list[tuple[int, str]] = [(1, "before")]
    read = []
    for at, name in walked_back(marks, items, lambda item: item[0]):
        read.append(name)
        if name != "e":  # ("e" puts no mark)
            marks.append((at, name))
    assert read == ["e", "d", "c"]  # (stopped at "b", before the marks at 7: neither it nor "a" read)
    assert marks == [(1, "before"), (7, "c"), (7, "d")]
    assert max(marks, key=lambda m: m[0]) == (7, "c")
    short: list[tuple[int, str]] = []  # (two items are read in order, every one)
    for at, name in walked_back(short, items[:2], lambda item: item[0]):
        short.append((at, name))
    assert short == [(2, "a"), (5, "b")]


def test_took_words_in_every_match() -> None:
    """people._post_after_aside reads an aside only when it holds one of TOOK_WORDS: every match of
    _TOOK at a space of the corpus holds one (and each word is the only one of some match)."""
    alone: set[str] = set()
    for path in sorted(Path(__file__).parent.glob("corpus*/*.txt"))[::2]:
        art = Article(path.read_text(encoding="utf-8"))
        for at in (m.start() for m in re.finditer(" ", art.folded)):
            m = _TOOK.match(art.folded, at)
            if m is not None:
                held = [w for w in TOOK_WORDS if w in m.group(0)]
                assert held, m.group(0)
                alone.update(held if len(held) == 1 else ())
    assert alone == set(TOOK_WORDS)


@pytest.mark.parametrize("path", _CORPUS, ids=lambda p: p.stem)
def test_bare_known_as_read_up_to_the_figure(path: Path) -> None:
    """bare_known, from the sentence's runs read once, finds what reading the sentence up to each
    position finds (a run cut by the position read up to it)."""
    from lso_tui.extract import with_named_places
    from lso_tui.extract.bare_regions import _CAPITALISED_RUN, _known_in, bare_known
    from lso_tui.extract.place_index import place_index
    from lso_tui.extract.places import find_places

    art = _long_sentences(path)
    places = with_named_places(art, find_places(art))
    index = place_index(art, places)
    for start, end, pos in _positions(art) + [(s.start, s.end, s.start + m.start()) for s in art.sentences for m in re.finditer(r"\w+", art.text[s.start : s.end])]:
        seg = next(s for s in art.sentences if s.start == start and s.end == end)
        read = [k for m in _CAPITALISED_RUN.finditer(art.text, start, pos) for k in _known_in(art, index, m)]
        assert bare_known(art, places, seg, pos) == read, pos
