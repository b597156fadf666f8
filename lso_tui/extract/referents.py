"""The region a word that refers back names: "huyện này", "thành phố này", "toàn huyện", "của huyện"
(the district or city named before, typed or bare and known to the register)."""

from __future__ import annotations

import re

from lso_tui.extract.bare_regions import registered_scope
from lso_tui.extract.named_places import registered_within
from lso_tui.extract.place_index import place_index
from lso_tui.extract.place_refs import companions, resolve_referent
from lso_tui.extract.places import Place
from lso_tui.extract.spans import Article
from lso_tui.extract.statement_scope import StatementScope


def this_region(art: Article, places: list[Place], at: int, level: str | None) -> StatementScope | None:
    """The district or province (of *level*, when given) named nearest before *at*, typed ("TP Sóc
    Trăng") or bare and known to the register ("Lấy Bến Tre làm ví dụ"), in its sentence or the two
    before."""
    before = art.sentence_at(max(0, art.sentence_at(at).start - 2))
    start = art.sentence_at(max(0, before.start - 2)).start
    found: list[tuple[int, StatementScope]] = [
        (p.start, StatementScope(f"{p.type} {p.name}", p.level))
        for p in place_index(art, places).within(start, at)
        if p.name and p.level in ("district", "province") and level in (None, p.level)
    ]
    found += [
        (b.start, registered_scope(b.name, b.level))
        for b in registered_within(art, places, start, at)
        if level in (None, b.level)
    ]
    return max(found, key=lambda f: f[0])[1] if found else None


def this_city(art: Article, places: list[Place], at: int) -> StatementScope | None:
    """The city "thành phố này" refers to: the one typed as a city nearest before *at* in its sentence
    or the three before (a district or a centrally run city)."""
    start = at
    for _ in range(4):
        start = art.sentence_at(max(0, start - 2)).start
    if "thanh uy" in art.folded[art.sentence_at(at).start : at]:
        start = 0  # ("Theo Ban Tổ chức Thành ủy, thành phố này …": the city whose committee it is, named once)
    cities = [p for p in place_index(art, places).within(start, at) if p.name and p.type == "Thành phố"]
    return StatementScope(f"{cities[-1].type} {cities[-1].name}", cities[-1].level) if cities else None


_TOPIC_LEAD = re.compile(r"\W*(?:(?:o|tai|rieng|con)\s+)?")


def district_referent(art: Article, places: list[Place], pos: int, default: str | None) -> StatementScope:
    """The district "toàn huyện" refers to: the one named last before *pos*, typed or bare ("Hoằng Hóa
    là huyện có nhiều đơn vị nhất tỉnh. …, toàn huyện có 14 …" after a paragraph on "huyện Thọ Xuân")."""
    named = resolve_referent(art, places, pos, "district")
    sentence = art.sentence_at(pos)
    index = art.paragraph_index(pos)
    # (the sentence before, or the paragraph's start: "Bố Trạch là địa phương …. Huyện có 30 xã …. Đến
    # nay, 7 đơn vị của huyện …")
    before = min(art.sentence_at(max(0, sentence.start - 2)).start, art.paragraphs[index].start if index is not None else pos)
    # (only a name that leads its sentence, as a topic: "Hoằng Hóa là huyện …"; not one in a list of
    # communes that shares a district's name, "… 2 xã là Bắc Bình và Tử Du")
    bare = [
        b
        for b in registered_within(art, places, before, pos)
        if b.level == "district" and _TOPIC_LEAD.fullmatch(art.folded, art.sentence_at(b.start).start, b.start)
    ]
    # (one named after is no referent; nor one named only to compare, "xếp thứ ba sau … huyện B (4/4 xã)")
    if bare and (named is None or named.start > pos or bare[-1].start > named.start or named.start in companions(art, places)):
        return registered_scope(bare[-1].name, "district")
    name = f"{named.type} {named.name}" if named else default
    return StatementScope(name, "district" if name else None)


_TOPIC_IS = re.compile(r"\s+(?:\(cu\)\s+)?(?:la|van la|tiep tuc la)\s+(?:huyen|dia phuong|noi|don vi|thi xa)\b")


def paragraph_topic(art: Article, places: list[Place], pos: int) -> StatementScope | None:
    """The district a paragraph opens on as its topic ("Xuân Lộc là địa phương có kết quả tốt nhất. Huyện
    gồm 15 xã …, 6 đơn vị đã …"), for a figure in it that names no region; None when it opens otherwise."""
    index = art.paragraph_index(pos)
    if index is None:
        return None
    start = art.paragraphs[index].start
    lead = next(iter(registered_within(art, places, start, pos)), None)
    if lead is None or lead.level != "district" or lead.start >= pos or not _TOPIC_LEAD.fullmatch(art.folded, start, lead.start):
        return None
    fronted = _FRONTED.fullmatch(art.folded, start, lead.start) and _FRONTED_END.match(art.folded, lead.start + len(lead.name))
    return registered_scope(lead.name, "district") if _TOPIC_IS.match(art.folded, lead.start + len(lead.name)) or fronted else None


# "Riêng A Lưới, mô hình …", "Tại Đông Hải, …": a district put first, then a comma, is the paragraph's topic
_FRONTED = re.compile(r"\W*(?:rieng|tai|o|con o|con tai)\s+")
_FRONTED_END = re.compile(r"\s*(?:\(cu\)\s*)?,")
