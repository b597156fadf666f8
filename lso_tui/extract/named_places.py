"""Provinces and districts named without their type word in ways only the whole text shows: a
headline led by a bare name and a colon ("An Giang: Phấn đấu …"), and a sentence that introduces a
name as a province or district ("Quảng Ninh là một trong những địa phương đi đầu cả nước")."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import chain

from lso_tui.extract.names import is_surname
from lso_tui.extract.place_index import place_index
from lso_tui.extract.places import TYPE_RE, Place
from lso_tui.extract.spans import Article
from lso_tui.text import fold


def with_named_places(art: Article, places: list[Place]) -> list[Place]:
    """*places* with the provinces and districts named these ways added, in reading order."""
    found = headline_places(art, places)
    found += introduced_places(art, places + found)
    return sorted(places + found, key=lambda p: p.start)


# "An Giang: Phấn đấu …": a headline led by a bare name and a colon names the article's province
# (a district is written with its type word: "Huyện Cao Lãnh: …").
_HEADLINE = re.compile(r"([^\W\d_]+(?: [^\W\d_]+){0,3}):\s")


# "Quảng Ninh là một trong những địa phương đi đầu cả nước …", "Lục Nam là huyện …": a bare name
# introduced as a province or district.
_INTRODUCED = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=,\s))([A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?:[ \u00a0][A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*){0,3})[ \u00a0]+là[ \u00a0]+"
    r"(?:một[ \u00a0]+trong[ \u00a0]+(?:những|các)[ \u00a0]+|một[ \u00a0]+)?(tỉnh|huyện|địa phương|xã|phường|thị trấn)\b([^.]{0,60})"
)


def introduced_places(art: Article, typed: list[Place]) -> list[Place]:
    """Provinces and districts a sentence introduces by name ("X là một trong những tỉnh …"); "địa
    phương" is a province when the sentence compares it with the whole country."""
    out = []
    known = {p.name for p in typed if p.name}
    for m in _INTRODUCED.finditer(art.text):
        name, word, rest = m.group(1), m.group(2), fold(m.group(3))
        if name in known or fold(name.split()[0]) in _NOT_PLACE_WORDS:
            continue
        if word == "tỉnh" or (word == "địa phương" and re.search(r"\b(?:ca nuoc|toan quoc)\b", rest)):
            out.append(Place("province", "Tỉnh", name, m.start(1), m.end(1)))
        elif word == "huyện":
            out.append(Place("district", "Huyện", name, m.start(1), m.end(1)))
        elif word in ("xã", "phường", "thị trấn") and _RANKED_UNIT.match(rest):
            # "Thượng Quảng là xã duy nhất của huyện thực hiện mô hình": a unit, named bare
            out.append(Place("commune", word, name, m.start(1), m.end(1)))
    return out


_RANKED_UNIT = re.compile(r"\s*(?:duy nhat|dau tien|thu (?:hai|ba|tu|nam|\d+)|tien phong)\b")


_NOT_PLACE_WORDS = {"day", "do", "nay", "dieu", "viec", "ong", "ba", "anh", "chi", "dong", "tinh", "huyen"}
_SPEAKERS = {"pv", "phong vien", "hoi", "dap", "bbt", "nguoi dan"}


def headline_places(art: Article, typed: list[Place]) -> list[Place]:
    """The province a headline names before its colon, unless that name is a typed district."""
    out = []
    for para in art.paragraphs[:4]:
        m = _HEADLINE.match(art.text, para.start)
        if m is None or para.end - para.start > 200:
            continue
        name = m.group(1)
        words = name.split()
        if not all(w[0].isupper() for w in words) or TYPE_RE.match(art.folded, para.start):
            continue
        if name.isupper() or fold(name) in _SPEAKERS:
            continue  # "PV: Xin đồng chí cho biết …": an interview's speaker, not a province
        if any(p.name == name and p.level != "province" for p in typed):
            continue
        tails = [" ".join(words[k:]) for k in range(len(words))]  # ("Thừa Thiên Huế": the register says "Huế")
        if art.gazetteer and not any(art.gazetteer.is_province(t) for t in tails):
            continue  # "Tây Nguyên: …" (several provinces), "Nhìn lại: …": no province the register knows
        out.append(Place("province", "Tỉnh", name, m.start(1), m.end(1)))
    return out


@dataclass(frozen=True)
class BareName:
    """A province or district the text names without its type word, as the register knows it."""

    start: int
    name: str
    level: str


_BARE_NAME = re.compile(r"(?<![^\W\d_])[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?:[ \u00a0][A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*){0,3}")


def registered_names(art: Article, places: list[Place]) -> list[BareName]:
    """Every capitalised name outside the typed places that the register knows as a province or a
    district (a name a province shares with its capital is the province), in reading order; read
    once per article and list of places."""
    if art.bare_names is not None and art.bare_names[0] is places:
        return art.bare_names[1]  # type: ignore[no-any-return]
    found: list[BareName] = []
    taken = place_index(art, places).covered
    g = art.gazetteer
    dashed_end = 0
    for m in _BARE_NAME.finditer(art.text) if g else ():
        if m.start() in taken or m.start() < dashed_end:
            continue  # (typed, or the second half of a dashed name read already)
        joined = _DASHED.match(art.text, m.start())
        if joined is not None and (g.is_province(joined.group(0)) or g.is_province(re.split(r"\s*[-–]\s*", joined.group(0))[-1])):
            # "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": one province written with a dash
            found.append(BareName(m.start(), _full_name(joined), "province"))
            dashed_end = joined.end()
            continue
        # "Lấy Bến Tre làm ví dụ": a sentence's first word joins the run; try the names inside it
        words = m.group(0).split()
        # ("Theo đồng chí Nguyễn Đức Thọ, …": a person's name, a surname then two or more words, holds no
        # district inside it; a registered name that is the whole run, "Lâm Hà", is still found)
        person = len(words) >= 3 and is_surname(words[0], words[0].isascii())
        i = 0
        while i < len(words) and not (person and i > 0):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                level = g.level(name) or _province_or_district(art, places, name, m.start())
                at = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                if level is not None and at not in taken:
                    if level == "province" and i > 0 and j == len(words) and not m.group(0).isupper() and m.start() != art.sentence_at(m.start()).start:
                        name, at = " ".join(words[:j]), m.start()  # "Thừa Thiên Huế": the province as written
                    found.append(BareName(at, name, level))
                    i = j - 1
                    break
            i += 1
    art.bare_names = (places, found)
    return found


def _province_or_district(art: Article, places: list[Place], name: str, at: int) -> str | None:
    """A bare name at *at* that is a province's and a district's: the district when the text types it
    as one ("huyện Quảng Ninh"), or names it among other districts of the province it lies in ("Lệ Thủy
    11/24; Quảng Ninh 7/14" in a text on Quảng Bình); else the province."""
    g = art.gazetteer
    if not g.is_province(name):
        return None
    homes = g.provinces_of(name) - {name}
    if not homes:
        return "province"  # (a district of its own province's name, "huyện Điện Biên" of Điện Biên: the text tells)
    typed = ("typed_district", name)
    if typed not in art.answers:  # (asked once per name and article)
        art.answers[typed] = re.search(r"\b(?:huyen|huyen uy|dang bo huyen)\s+" + re.escape(fold(name)) + r"\b", art.folded) is not None
    if art.answers[typed]:
        return "district"
    sentence = art.sentence_at(at)  # (its neighbours within reach: a text with no full stop is one sentence)
    start, end = max(sentence.start, at - 300), min(sentence.end, at + 300)
    others = chain((m.group(0) for m in _BARE_NAME.finditer(art.text, start, end)),  # (read up to the first that answers)
                   (p.name for p in place_index(art, places).within(start, end) if p.level == "district" and p.name))  # fmt: skip
    if any(other != name and g.level(other) == "district" and g.provinces_of(other) & homes for other in others):
        return "district"
    return "province"


_DASHED = re.compile(_BARE_NAME.pattern + r"[ \u00a0]*[-–][ \u00a0]*" + _BARE_NAME.pattern.removeprefix(r"(?<![^\W\d_])"))


def _full_name(m: re.Match[str]) -> str:
    """A province written with a dash, as the register folds it ("Thừa Thiên - Huế" → "Thừa Thiên Huế")."""
    return " ".join(re.split(r"[ \u00a0]*[-–][ \u00a0]*", m.group(0)))


def registered_within(art: Article, places: list[Place], start: int, end: int) -> list[BareName]:
    """The registered bare names that start in [start, end)."""
    names = registered_names(art, places)
    return names[bisect_left(names, start, key=lambda b: b.start) : bisect_left(names, end, key=lambda b: b.start)]


_LIST_GAP = re.compile(r"\s*(?:,|;|\bvà\b|\(|\))\s*")


def listed_with_places(art: Article, places: list[Place], s: int, e: int) -> bool:
    """Whether text[s:e] is a province or district name the register knows, listed beside a place or
    followed by a count of units."""
    g = art.gazetteer
    name = art.text[s:e]
    if not g or not (g.level(name) or g.is_province(name)):
        return False
    if _COUNT_AFTER.match(art.folded, e):
        return True  # "ở Lâm Hà 4 xã, Đức Trọng 2 xã": a region's count follows, not a person's post
    for p in places:
        if p.name and ((0 <= s - p.end <= 6 and _LIST_GAP.fullmatch(art.text, p.end, s)) or (0 <= p.start - e <= 6 and _LIST_GAP.fullmatch(art.text, e, p.start))):
            return True
    return False


_COUNT_AFTER = re.compile(r"\s*(?:\(\s*|co\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?\s+(?:xa|phuong|thi tran|don vi)\b")


_OPEN_PAREN = re.compile(r"\s*(?:don vi\s*)?\(\s*")


def districts_listed_after(art: Article, places: list[Place], end: int) -> bool:
    """Whether a parenthesis right after *end* opens with a district or province ("4/11 đơn vị (TP. A,
    huyện B …)": the units counted are district-level, named)."""
    m = _OPEN_PAREN.match(art.folded, end)
    if m is None:
        return False
    first = place_index(art, places).within(m.end(), m.end() + 1)
    if first:
        return first[0].level in ("district", "province")
    return any(b.start == m.end() and b.level in ("district", "province") for b in registered_names(art, places))
