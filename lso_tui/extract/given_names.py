"""Later mentions of a person by the given name alone ("ông Sơn", "chị Hoa"), looked up in the people
already found: read in one pass, the people indexed by their given name (a scan of every person per
mention made a text naming thousands of people quadratic)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from lso_tui.extract.roles import PersonMention
from lso_tui.extract.spans import Article, Covered
from lso_tui.extract.titles import Chain

_GIVEN = re.compile(r"(?<![\w])(?:[ôÔ]ng|[bB]à|anh|chị|đồng chí)\s+([^\W\d_]+)(?![^\W\d_])")


def given_name_mentions(art: Article, people: list[PersonMention], chain_at: Callable[[int], Chain]) -> list[PersonMention]:
    """Later mentions of a named person by their given name alone, with the posts said there
    (*chain_at*: the posts said after a position); only when one person of that given name was named
    before."""
    by_given: dict[str, list[PersonMention]] = {}
    for p in sorted(people, key=lambda p: p.end):
        by_given.setdefault(p.name.split()[-1], []).append(p)
    # per given name: where the people of it end, and from where a second name of it has been named
    ends = {word: [p.end for p in named] for word, named in by_given.items()}
    second = {word: next((p.end for p in named if p.name != named[0].name), None) for word, named in by_given.items()}
    inside = Covered((p.start, p.end) for p in people)
    out = []
    for m in _GIVEN.finditer(art.text):
        word = m.group(1)
        following = art.text[m.end() : m.end() + 2]
        if not word[:1].isupper() or (following[:1] in " \u00a0" and following[1:2].isupper()):
            continue  # a lower-case word, or a full name ("ông Vi Văn Sơn") found as such
        named = by_given.get(word)
        if not named or bisect_right(ends[word], m.start()) == 0 or m.start(1) in inside:
            continue  # (no one of that name before; or a name found already)
        two = second[word]
        if two is not None and two <= m.start():
            continue  # two people of that given name before: which one is unknown
        chain = chain_at(m.end())
        if chain.titles:
            out.append(PersonMention(named[0].name, m.start(1), m.end(), chain))
    return out
