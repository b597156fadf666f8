"""The region a progress or target sentence speaks of: a district, a province, or the article's own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lso_tui.extract.places import Place, resolve
from lso_tui.extract.spans import Article, Segment

# "toàn tỉnh có 52/200 cơ sở", "mục tiêu của tỉnh", "Tỉnh phấn đấu …": the sentence counts the
# province. A bare "Tỉnh ủy" names who reports, not what is counted, so it is not enough.
_WHOLE_PROVINCE = re.compile(r"(?:^\s*|\b(?:toan|ca|cua|tren dia ban|trong|khap) )tinh\b(?! uy)")
_NAMED_PROVINCE = re.compile(r"tinh ")


@dataclass(frozen=True)
class StatementScope:
    """A region as the sentence names it; *name* is None when only its level is known ("toàn tỉnh")."""

    name: str | None
    level: str | None  # "district" | "province" | None (nothing said, no default)


def statement_scope(art: Article, places: list[Place], seg: Segment, default: str | None) -> StatementScope:
    """A district named in the sentence, else a province it counts, else the article's district."""
    inside = [p for p in places if seg.start <= p.start < seg.end]
    districts = [p for p in inside if p.level == "district"]
    for p in districts:
        if p.name:
            return StatementScope(f"{p.type} {p.name}", "district")
    for p in districts:
        named = resolve(places, p.start, "district", p.type)
        if named:
            return StatementScope(f"{named.type} {named.name}", "district")
    folded = art.folded[seg.start : seg.end]
    spelt = [
        p
        for p in inside
        if p.level == "province" and p.name and art.folded.startswith(_NAMED_PROVINCE.pattern, p.start)
    ]
    if spelt:
        return StatementScope(f"{spelt[0].type} {spelt[0].name}", "province")
    if _WHOLE_PROVINCE.search(folded):
        # The nearest province the text names (a dateline, "Tỉnh ủy X", the outlet), else the one
        # the article's district belongs to, found in the register at build time.
        named = resolve(places, seg.start, "province")
        return StatementScope(f"{named.type} {named.name}" if named else None, "province")
    return StatementScope(default, "district" if default else None)
