"""Place names the register knows that the plain name finder would cut: one starting with a word
that is also an honorific ("Bà Rịa"), and a province whose name joins two with a dash ("Bà Rịa -
Vũng Tàu")."""

from __future__ import annotations

import re

from lso_tui.extract.names import HIGHLANDS_PREFIXES, is_surname
from lso_tui.extract.spans import Article, is_capitalised


def registered_at(art: Article, at: int) -> bool:
    """Whether a name of two words or more that the register knows starts at *at* (dashes dropped):
    "thị trấn Phó Bảng" is a unit, though "Phó" starts a post."""
    words = art.text[at : at + 60].replace("–", " ").replace("-", " ").split()[:5]
    return bool(art.gazetteer) and any(art.gazetteer.is_unit(" ".join(words[:n])) for n in range(2, len(words) + 1))


# "tỉnh Bà Rịa - Vũng Tàu": a province whose name joins two with a dash.
_DASHED = re.compile(r"[ \u00a0]*[-–][ \u00a0]*((?:[^\W\d_]+)(?:[ \u00a0][^\W\d_]+){0,2})")


def hyphenated(art: Article, start: int, end: int) -> tuple[int, int]:
    """The name at [start, end), reaching over a dash when the register knows the joined name as a
    province or a district ("Bà Rịa - Vũng Tàu", "TP Phan Rang - Tháp Chàm"; "Vũng Tàu" alone is a city)."""
    m = _DASHED.match(art.text, end)
    if m is None or not art.gazetteer:
        return start, end
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        joined = f"{art.text[start:end]} - {' '.join(words[:n])}"
        if all(is_capitalised(w) for w in words[:n]) and (art.gazetteer.is_province(joined) or art.gazetteer.level(joined) == "district"):
            return start, m.start(1) + len(" ".join(words[:n]))
    return start, end


def is_registered(art: Article, name: str) -> bool:
    """Whether the register knows *name* as a district or a province."""
    return bool(art.gazetteer.level(name) or art.gazetteer.is_province(name))


# "Chủ tịch UBND xã", "Bí thư Huyện ủy, Chủ tịch HĐND huyện": a post's body, then a bare type word
# (or none: "Phó Bí thư Đảng ủy Hoàng Thị Mai", where a commune could also follow the body).
_POST_BEFORE = re.compile(
    r"\b(?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|dang uy|huyen uy|thi uy|thanh uy|mttq)"
    r"(?:\s+(?:xa|phuong|thi tran|huyen|thi xa|quan|thanh pho|tp\.?))?\s*$"
)


def person_after_post(art: Article, at: int, words: list[str]) -> bool:
    """Whether the capitalised *words* at *at*, right after a post and its bare type word, are the
    holder's name and no unit's: a surname, three or four words, and no unit the register knows by
    that name ("Chủ tịch UBND xã Hoàng Văn Thụ" may be either; the register has a commune so named)."""
    # (or a Highlands name, which opens with a gender word and may have two words: "Y Hlen", "A Thut")
    named = (3 <= len(words) <= 4 and is_surname(words[0])) or (2 <= len(words) <= 4 and words[0] in HIGHLANDS_PREFIXES)
    if not art.gazetteer or not named:
        return False
    if not _POST_BEFORE.search(art.folded, max(0, at - 40), at):
        return False
    return not art.gazetteer.is_unit(" ".join(words))
