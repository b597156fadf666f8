"""The region a progress or target sentence speaks of: a district, a province, or the article's own."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from lso_tui.extract.named_places import BareName, registered_names
from lso_tui.extract.place_index import place_index
from lso_tui.extract.place_refs import compared, resolve, resolve_referent
from lso_tui.extract.places import Place, type_word_at
from lso_tui.extract.spans import Article, Segment

# "toàn tỉnh có 52/200 cơ sở", "mục tiêu của tỉnh", "Tỉnh phấn đấu …": the sentence counts the
# province. A bare "Tỉnh ủy" names who reports, not what is counted, so it is not enough.
_WHOLE_PROVINCE = re.compile(r"(?:^\s*|\b(?:toan|ca|cua|tren dia ban|trong|khap) )tinh\b(?! uy)")
_NAMED_PROVINCE = re.compile(r"tinh ")
_EACH = re.compile(r"\bmoi\s+(?:(?:quan|huyen|thi xa|thanh pho)\s*,\s*)?$")
MARKED_PLURAL = re.compile(r"\b(?:cac|nhung|nhieu|mot so)\s+$")
# "Trong đó, riêng khu vực thị trấn đạt 42,9%": a share of one kind of unit, not of any region.
SUBSET = re.compile(r"\brieng (?:khu vuc |khoi |cac |doi voi )?(?:xa|phuong|thi tran|don vi)\b")


@dataclass(frozen=True)
class StatementScope:
    """A region as the sentence names it; *name* is None when only its level is known ("toàn tỉnh")."""

    name: str | None
    level: str | None  # "district" | "province" | None (nothing said, no default)


def statement_scope(art: Article, places: list[Place], seg: Segment, default: str | None) -> StatementScope:
    """A district named in the sentence, else a province it counts, else the article's district."""
    inside = place_index(art, places).within(seg.start, seg.end)  # (looked up: a scan of every place per figure was quadratic)
    # "50% đơn vị cấp huyện": a level, not a district the sentence refers back to
    # ("…; mỗi quận, huyện có ít nhất 3 đơn vị": each district, no one of them)
    districts = [
        p for p in inside
        if p.level == "district" and not art.folded.endswith("cap ", 0, p.start) and not _EACH.search(art.folded, max(0, p.start - 24), p.start)
    ]  # fmt: skip
    for p in districts:
        if p.type == "Thành phố" and not p.name:
            # "theo Nghị quyết Đại hội Đảng bộ thành phố" in a text on a centrally run city: the city
            cities = [c for c in place_index(art, places).cities if c.level == "province" and c.start < p.start]
            if cities:
                return StatementScope(f"{cities[-1].type} {cities[-1].name}", "province")
    for p in districts:
        if p.name:
            return StatementScope(f"{p.type} {p.name}", "district")
    # "yêu cầu các huyện ủy, thành ủy …": every district, so the province ("năm 2025 thành phố
    # phấn đấu" is plural to the place finder only because a number comes before it).
    if any(p.plural and MARKED_PLURAL.search(art.folded, max(0, p.start - 12), p.start) for p in districts):
        return province_at(art, places, seg.start)
    for p in districts:
        named = resolve_referent(art, places, p.start, "district", p.type)
        if named:
            return StatementScope(f"{named.type} {named.name}", "district")
    folded = art.folded[seg.start : seg.end]
    if SUBSET.search(folded):
        return StatementScope(None, None)
    spelt = [
        p for p in inside if p.level == "province" and p.name and _NAMED_PROVINCE.match(art.folded, p.start)
    ]
    if spelt:
        return StatementScope(f"{spelt[0].type} {spelt[0].name}", "province")
    # ("Tính chung, 12 đơn vị của huyện …": "Tính" reckons, it folds like "tỉnh")
    if any(type_word_at(art, seg.start + m.end() - 4) for m in _WHOLE_PROVINCE.finditer(folded)):
        return province_at(art, places, seg.start)
    return StatementScope(default, "district" if default else None)


_NEIGHBOUR = re.compile(r"tinh\s+(?:ban|lang gieng|lan can)\b")


def province_at(art: Article, places: list[Place], pos: int) -> StatementScope:
    """The province the text names nearest before *pos*, else after it (a dateline, "Tỉnh ủy X", the
    outlet), typed, else bare and known to the register ("Nhìn rộng ra, Thanh Hóa hiện có …");
    unnamed, it is the province of the article's district, found in the register at build time
    (found once per position: every figure after a "của tỉnh" asks again)."""
    if art.provinces_at is None or art.provinces_at[0] is not places:
        art.provinces_at = (places, {})
    found: dict[int, StatementScope] = art.provinces_at[1]
    if pos not in found:
        found[pos] = _province_at(art, places, pos)
    return found[pos]


def _province_at(art: Article, places: list[Place], pos: int) -> StatementScope:
    """province_at, found."""
    own, bare, starts = _provinces_named(art, places)
    named = resolve(own, pos, "province")
    # ("tỉnh này xếp sau Quảng Bình nhưng trên Nghệ An. Nghị quyết Đại hội Đảng bộ tỉnh …": compared, not the text's)
    last = next(
        (bare[k] for k in range(bisect_left(starts, pos) - 1, -1, -1) if not compared(art, bare[k].start, bare[k].start + len(bare[k].name), pos)),
        None,
    )
    # ("Ở Nghệ An, tỉnh có 31/480 …" after a typed "tỉnh Hà Tĩnh" sentences before: the bare name in
    # the sentence itself)
    if named is not None and last is not None and named.start < last.start < pos and last.start >= art.sentence_at(pos).start:
        return StatementScope(f"Tỉnh {last.name}", "province")
    if named is not None and named.start > pos and last is not None:
        # ("… Lâm Đồng có 11 …. … Đại hội Đảng bộ tỉnh … 20%. Ở tỉnh Đắk Nông lân cận, …": the one named before)
        return StatementScope(f"Tỉnh {last.name}", "province")
    if named is not None:
        return StatementScope(f"{named.type} {named.name}", "province")
    chosen = last if last is not None else next(iter(bare), None)
    if chosen is None:
        return StatementScope(districts_province(art, places), "province")
    return StatementScope(f"Tỉnh {chosen.name}", "province")


def _provinces_named(art: Article, places: list[Place]) -> tuple[list[Place], list[BareName], list[int]]:
    """The provinces typed (not "tỉnh láng giềng X", "tỉnh bạn X": a neighbour compared with, never the
    text's own "tỉnh"), and those named bare with where each starts; found once per list and article
    (asked for every figure: a scan per figure made a long text quadratic)."""
    if art.provinces_named is not None and art.provinces_named[0] is places:
        return art.provinces_named[1]  # type: ignore[no-any-return]
    own = [p for p in places if p.level == "province" and not _NEIGHBOUR.match(art.folded, p.start)]
    bare = [b for b in registered_names(art, places) if b.level == "province"]
    found = (own, bare, [b.start for b in bare])
    art.provinces_named = (places, found)
    return found


def districts_province(art: Article, places: list[Place]) -> str | None:
    """The province every district the text names lies in, when the register has one such province
    ("toàn tỉnh … ; cấp huyện có 4/11 đơn vị (TP. A, B, huyện C và D)" in a provincial paper that
    never writes its province's name); None when the text names no district or districts of several."""
    g = art.gazetteer
    names = {p.name for p in places if p.level == "district" and p.name}
    names |= {b.name for b in registered_names(art, places) if b.level == "district"}
    common: frozenset[str] | None = None
    for name in names:
        homes = g.provinces_of(name)
        if homes:
            common = homes if common is None else common & homes
    if not common or len(common) != 1:
        return None
    (province,) = common
    return f"{'Thành phố' if g.is_city_province(province) else 'Tỉnh'} {province}"


def sole_province(art: Article, places: list[Place], title: tuple[int, int] | None = None) -> StatementScope | None:
    """The province an article with no district of its own is about: the one province its headline
    names, else the one province it names, else the one its districts lie in; None when it names
    several (a national overview)."""
    if title is not None:
        # "Nhất thể hóa sau sắp xếp: Lào Cai giữ được bao nhiêu?" over a text on the two provinces it merged
        heads = {p.name for p in places if p.level == "province" and p.name and title[0] <= p.start < title[1]}
        heads |= {b.name for b in registered_names(art, places) if b.level == "province" and title[0] <= b.start < title[1]}
        if len(heads) == 1:
            (name,) = heads
            return StatementScope(f"Tỉnh {name}", "province")
    named = {p.name for p in places if p.level == "province" and p.name and not p.plural}
    named |= {b.name for b in registered_names(art, places) if b.level == "province"}
    if len(named) > 1:
        return None
    if named:
        (name,) = named
        return StatementScope(f"Tỉnh {name}", "province")
    found = districts_province(art, places)
    return StatementScope(found, "province") if found else None


_FORMER_AFTER = re.compile(r"\s*\(\s*cu\s*\)")


def current_province(art: Article, places: list[Place]) -> StatementScope | None:
    """After the 2025 reorganisation, the one province the text names at least once without "(cũ)"
    ("tỉnh Thái Nguyên có 92 xã, phường" beside "Bắc Kạn (cũ)" and "Thái Nguyên (cũ)"): the province
    whose new congress sets the goals; None when there are several or none."""
    mentions = [(p.name, p.end) for p in places if p.level == "province" and p.name and not p.plural]
    mentions += [(b.name, b.start + len(b.name)) for b in registered_names(art, places) if b.level == "province"]
    current = {name for name, end in mentions if not _FORMER_AFTER.match(art.folded, end)}
    if len(current) != 1:
        return None
    (name,) = current
    return StatementScope(f"Tỉnh {name}", "province")
