"""Officials' qualifications: degrees, experience, and posts held before (from their own words)."""

from __future__ import annotations

import re

from lso_tui.extract.lexicon import DEGREES, EXPERIENCE_CUE, PAST_POST_CUES
from lso_tui.extract.spans import Article
from lso_tui.extract.speakers import speakers
from lso_tui.extract.titles import POST_RE
from lso_tui.extract.units import speaker_at
from lso_tui.model.records import OfficialMention, Qualification
from lso_tui.text import fold_key

_GROUP = re.compile(r"\b(\d+)\s+(?:can bo|dong chi|nguoi)\b")


def attach_qualifications(art: Article, officials: list[OfficialMention]) -> None:
    """Give each official the degrees, experience and former posts the text ascribes to them."""
    for seg in art.sentences:
        folded = art.folded[seg.start : seg.end]
        holders = _holders(art, seg.start, seg.end, folded, officials)
        if not holders:
            continue
        for cue, kind in DEGREES.items():
            at = folded.find(cue)
            if at >= 0:
                _add(
                    holders,
                    Qualification("degree", kind, art.source(seg.start + at, seg.start + at + len(cue))),
                )
        at = folded.find(EXPERIENCE_CUE)
        if at >= 0:
            end = _clause_end(folded, at, words=False)
            text = art.text[seg.start + at : seg.start + end].strip()
            _add(holders, Qualification("experience", text, art.source(seg.start + at, seg.start + end)))
        for cue in PAST_POST_CUES:
            at = folded.find(cue)
            post = POST_RE.search(folded, at) if at >= 0 else None
            if post and post.start() - at < 40:
                end = _clause_end(folded, post.start())
                text = art.text[seg.start + post.start() : seg.start + end].strip()
                _add(
                    holders,
                    Qualification(
                        "previous_post", text, art.source(seg.start + post.start(), seg.start + end)
                    ),
                )


def _clause_end(folded: str, pos: int, words: bool = True) -> int:
    """End of the clause starting at *pos*: the next comma or full stop (or "và"/"có" if *words*)."""
    m = re.search(r"[,.;:]|\s(?:va|co)\s" if words else r"[,.;:]", folded[pos : pos + 300])
    return pos + m.start() if m else len(folded)


def _holders(
    art: Article, start: int, end: int, folded: str, officials: list[OfficialMention]
) -> list[OfficialMention]:
    """Who a sentence speaks of: a named official, "N cán bộ" = the N who hold both posts, or "tôi"."""
    text = art.text[start:end]
    named = speakers(officials).named_in(text)  # (looked up: a text can name thousands)
    if named:
        return named
    group = _GROUP.search(folded)
    if group:
        both = [o for o in officials if o.concurrent]
        return both if len(both) == int(group.group(1)) else []
    speaker = speaker_at(officials, start)
    if speaker and re.search(r"\b(?:toi|ban than)\b", folded):
        return [speaker]
    return []


def _add(holders: list[OfficialMention], q: Qualification) -> None:
    """Append a qualification once per official."""
    for o in holders:
        if not any(fold_key(x.text) == fold_key(q.text) and x.kind == q.kind for x in o.qualifications):
            o.qualifications.append(q)
