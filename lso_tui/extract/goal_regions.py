"""Which regions one goal is set for when a clause names several: "A và B … lần lượt đặt mục tiêu 50%
và 30%" (each its own), "thành phố A và thành phố B phấn đấu đạt 100%", "riêng các huyện A, B và thành
phố C phấn đấu đạt 100%" (the same goal for each), "Bạc Liêu và Vĩnh Long cùng hướng tới 70%"."""

from __future__ import annotations

import re
from itertools import pairwise

from lso_tui.extract.places import Place
from lso_tui.extract.quantities import find_percents
from lso_tui.extract.respective import RESPECTIVELY, regions_in
from lso_tui.extract.spans import Article, Segment
from lso_tui.extract.statement_scope import StatementScope

# "Bạc Liêu và Vĩnh Long cùng hướng tới 70%": two provinces named bare that share one goal
PAIR = re.compile(
    r"([A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?: [A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*){0,3}) và ([A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?: [A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*){0,3}) (?:cùng |đều (?:đã )?)?"
    r"(?:hướng tới|đặt mục tiêu|đặt chỉ tiêu|phấn đấu|xác định mục tiêu|nhắm mức|nhắm tới|đặt mức)[^.;%]*$"
)

# "thành phố A và thành phố B phấn đấu đạt 100%": one goal for each
_BOTH = re.compile(r"\s*(?:va|cung|,|,\s*va)\s*")
_PAIR_LEADS = ("rieng", "con", "trong do", "doi voi", "rieng doi voi")


def respective_regions(art: Article, places: list[Place], clause: Segment) -> dict[int, StatementScope]:
    """ "A và B … lần lượt đặt mục tiêu 50% và 30%": each share's region, by where it stands (empty
    unless the regions and the shares after "lần lượt" are as many)."""
    m = RESPECTIVELY.search(art.folded, clause.start, clause.end)
    if m is None:
        return {}
    regions = regions_in(art, places, clause.start, m.start())
    shares = find_percents(art.folded, m.end(), clause.end)
    return {p.start: r for p, r in zip(shares, regions, strict=True)} if len(regions) == len(shares) >= 2 else {}


def named_list(art: Article, places: list[Place], start: int, pos: int) -> list[Place]:
    """ "thành phố A và thành phố B phấn đấu đạt 100%", "riêng các huyện A, B và thành phố C phấn đấu
    đạt 100%": two districts or more named with their type word that open the clause and share its goal
    (else none)."""
    named = [p for p in places if start <= p.start < pos and p.name]
    lead = _PLURAL_END.sub("", art.folded[start : named[0].start].strip()) if named else ""
    if len(named) < 2 or {p.level for p in named} != {"district"} or not (lead == "" or lead.endswith((":", ",")) or lead in _PAIR_LEADS):
        return []  # (the list's lead may come first: "Chương trình giao chỉ tiêu …: thành phố A và …", "Theo kế hoạch, đến năm 2025, thị xã A và …")
    if any(not _BOTH.fullmatch(art.folded, a.end, b.start) for a, b in pairwise(named)):
        return []
    return named


_PLURAL_END = re.compile(r"\s*\b(?:cac|hai|ba|bon|nam)$")
