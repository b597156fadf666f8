"""Title chains: "Bí thư Đảng ủy, kiêm Chủ tịch UBND phường X" parsed into posts, bodies and places."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lso_tui.extract.lexicon import BODIES, POST_KEYS, POSTS, SPEECH_VERBS
from lso_tui.extract.place_index import place_index
from lso_tui.extract.places import Place
from lso_tui.extract.spans import Article

POST_RE = re.compile(r"(?:" + "|".join(re.escape(k) for k in POST_KEYS) + r")(?![a-z])")
_BODY_RE = re.compile(
    r"\s*(" + "|".join(re.escape(k) for k in sorted(BODIES, key=len, reverse=True)) + r")(?![a-z])"
)
_LINK = re.compile(
    r"\s*(?:,|;|[-–]\s)?\s*(?:kiem nhiem|kiem chuc|kiem|dong thoi la|dong thoi|vua la|va|giu chuc|lam)?\s*"
)
# A clause ends at a stop, a colon, a semicolon, a quote, a parenthesis, "đối với" or a speech verb.
# ("Chủ tịch UBND xã X (cũ), nay là …": a former unit's mark does not end the chain.) Every
# alternative opens with a character, what comes before it checked after it ("\bnoi" is
# "n(?<!\wn)oi"): the search then stops only where one of those characters stands, several times
# faster than a pattern that opens with "\b" and is tried at every position.
_CLAUSE_END = re.compile(
    "|".join(re.escape(c) for c in '.:;\n“"')
    + r"|\((?!cu\))|\)(?<!\(cu\))|"
    + "|".join(w[0] + r"(?<!\w" + w[0] + ")" + w[1:] + r"\b" for w in ("doi voi", *SPEECH_VERBS))
)
# A dash ends the chain unless another post follows it ("Bí thư Đảng ủy - Chủ tịch UBND xã X").
_DASH_END = re.compile(r"\s[-–]\s(?!" + POST_RE.pattern + r")")


# "Bí thư Đảng ủy với 100% số phiếu", "… tại kỳ họp": a phrase after a post, not part of its name.
_PREPOSITIONS = frozenset({"với", "tại", "trong", "để", "do", "khi", "từ", "sau", "trước", "theo", "cho"})


@dataclass
class Title:
    """One post of a chain: canonical post, body, the place it is of, and its text offsets."""

    post: str
    body: str | None
    place: Place | None
    start: int
    end: int
    text: str = ""
    former: bool = False  # "nguyên Bí thư …", or a post before "nay là …": not held now


@dataclass
class Chain:
    """Consecutive titles with their span; empty when the text holds no post."""

    titles: list[Title] = field(default_factory=list)
    start: int = 0
    end: int = 0


def parse_chain(art: Article, start: int, limit: int, places: list[Place]) -> Chain:
    """Parse posts from *start* up to *limit* (or the clause end), stopping at the first non-post."""
    folded = art.folded
    stop = _clause_end(art, start, limit)
    chain = Chain(start=start, end=start)
    pos = start
    carried = False  # ("nguyên Bí thư Đảng ủy, Chủ tịch UBND xã X (cũ)": "nguyên" says it of the posts after it too)
    while pos < stop:
        link = _LINK.match(folded, pos, stop)
        p = link.end() if link else pos
        carried = carried and not (link and re.search(r"giu chuc|lam", link.group(0)))  # ("…, giữ chức …": taken now)
        # "nguyên Bí thư …" (a former post) and "nay là …" (now): the post itself follows.
        former = _FORMER.match(folded, p, stop)
        was = carried
        if former and art.text[p].islower():
            p = former.end()
            if former.group(0).startswith("nay"):
                for earlier in chain.titles:
                    earlier.former = True
                was = carried = False
            else:
                was = carried = True
        m = POST_RE.match(folded, p, stop)
        if not m:
            break
        post = POSTS[m.group(0)]
        body = None
        e = m.end()
        bm = _BODY_RE.match(folded, e, stop)
        if bm:
            body = BODIES[bm.group(1)]
            e = bm.end()
        # The rest of the segment runs to the next link word or comma.
        nxt = _SEGMENT_END.search(folded, e, stop)
        seg_end = nxt.start() if nxt else stop
        seg_end = _trim(art.text, e, seg_end)
        place = next(iter(place_index(art, places).within(e, seg_end)), None)
        extra = art.text[e : place.start if place else seg_end].strip(" ,")
        if extra.lower() == "của":
            extra = ""  # "Chủ tịch UBND của thị trấn": the unit follows
        clause = len(extra.split()) > 4 or extra.split(" ", 1)[0] in _PREPOSITIONS
        if extra[:1].islower() and clause and place is None:
            # "Phó Bí thư Tỉnh ủy yêu cầu các cấp ủy …": a clause follows the post, which ends here.
            label = " ".join(x for x in (post, body) if x)
            chain.titles.append(Title(post, body, None, p, e, label, was))
            chain.end = e
            break
        if extra and not body and extra[:1].isupper():
            body = extra  # a body named in words: "Phòng Kinh tế", "Ban Tổ chức"
            extra = ""
        label = " ".join(x for x in (post, body, extra) if x)
        title = Title(post, body, place, p, seg_end, label, was)
        chain.titles.append(title)
        chain.end = seg_end
        pos = seg_end
    return chain


_FORMER = re.compile(r"(?:nguyen|nay la)\s+")
_SEGMENT_END = re.compile(r",|\s(?:kiem|dong thoi la|vua la|va|giu chuc)\s|\s[-–]\s")


def _clause_end(art: Article, start: int, limit: int) -> int:
    """Where the clause from *start* ends (the first _CLAUSE_END before *limit*, else *limit*).

    Every name of a sentence asks this up to the sentence's end: the answer is kept per *limit* and
    reused while it still lies ahead (whether the pattern matches at a position does not depend on
    where the search began), or one long sentence of names makes extraction quadratic."""
    known = art.clause_ends.get(limit)
    if known is not None and known[0] <= start <= known[1]:
        return known[1]
    # (the first of either pattern is the first of both)
    stop = min((m.start() for m in (_CLAUSE_END.search(art.folded, start, limit), _DASH_END.search(art.folded, start, limit)) if m), default=limit)
    art.clause_ends[limit] = (start, stop)
    return stop


def _trim(text: str, s: int, e: int) -> int:
    """Drop trailing spaces from a segment end."""
    while e > s and text[e - 1].isspace():
        e -= 1
    return e
