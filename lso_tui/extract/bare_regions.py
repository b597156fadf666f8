"""Regions a sentence names without their type word: an item of a list of figures ("huyện A 5/13,
B 4/17, C có 3 xã"), a region named bare as the subject ("Lục Nam là huyện …", "Phú Thọ từng có …"),
and a district or province the text types elsewhere named bare. An unknown bare name is taken one
level below the region counted before it (a list after "toàn tỉnh" names districts; after "cả nước",
provinces)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate

from lso_tui.extract.named_places import registered_within
from lso_tui.extract.place_index import PlaceIndex, place_index
from lso_tui.extract.places import Place
from lso_tui.extract.spans import Article, Segment
from lso_tui.extract.statement_scope import StatementScope
from lso_tui.text import fold

# "trong đó huyện A 5/13 xã, B 4/17, C có 3 xã; tiếp đến D 10/32": after the first, a list of figures
# names each region bare, right before its figure.
_ITEM_NAME = re.compile(
    r"([A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?:['’][^\W\d_]+)?(?:[ \u00a0][A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?:['’][^\W\d_]+)?){0,3})(?:[ \u00a0]*\(cũ\))?(?:[ \u00a0]+(?:(?:[a-zà-ỹđ]+[ \u00a0]){0,4}?(?:có|với|đạt|là)[ \u00a0]+)?"
    r"|[ \u00a0]*\([ \u00a0]*)$"  # "Sìn Hồ đạt thấp nhất với 4/22", "An Giang (147/156 đơn vị)"
)
_ITEM_LEAD = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:va|hay|hoac|o|tai|hon|so voi|trong khi|tiep den|tiep theo la|sau do la|ke den|roi den|dan dau la|trong do|rieng|con|nhu|la)\s+)$"
)


def list_item_region(
    art: Article, places: list[Place], seg: Segment, pos: int, first: bool = False
) -> tuple[int, StatementScope] | None:
    """The region an item of a list of figures names bare before the figure at *pos* ("…, Phong Thổ
    4/17"), with where it is named: a district or province the text names elsewhere, else a district
    of the type the list began with (a typed district earlier in the sentence); None when the figure
    is not such an item. The *first* item may open its sentence when the text or the register knows
    its name ("Đắk Glong có 4 xã, Tuy Đức 3/6")."""
    m = _ITEM_NAME.search(art.text, max(seg.start, pos - 60), pos)
    if m is None or m.start() < seg.start:
        return None
    name, at = m.group(1), m.start(1)
    index = place_index(art, places)
    # (a pattern's "^" holds only at the start of the whole text: a sentence's start is tested apart)
    if at == seg.start:
        # a sentence's first word is capitalised anyway: only a name the text or the register knows
        if not first or not (name in index.by_name or gazetteer_scope(art, name, both="province")):
            return None
    elif not _ITEM_LEAD.search(art.folded, max(seg.start, at - 30), at):
        return None
    # (a list of communes read on into "…, tiếp theo là Hậu Giang (cũ) 73/75" swallowed a province there)
    swallowed = [q for q in index.by_name.get(name, ()) if q.start == at and q.level == "commune" and q.plural]
    if (at in index.covered and not (swallowed and gazetteer_scope(art, name, both="province"))) or fold_word(name) in _NOT_NAMES:
        return None  # a typed place ("huyện X 5/13", found as such), or a sentence's first word
    known = [p for p in index.by_name.get(name, ()) if p.level in ("district", "province")]
    if known and not swallowed:
        p = known[0]
        return at, StatementScope(f"{p.type} {p.name}", p.level)
    # (a list's first item opening its sentence was let in as a province when the name is a city's too:
    # "Nam Định có 2 xã, Hà Nam chỉ có một thị trấn, …")
    registered = gazetteer_scope(art, name, both="province" if at == seg.start or first else None)
    if registered is not None:
        return at, registered  # "như Hậu Giang (70/75 đơn vị) hay Đồng Tháp (51/143)"
    typed = next((
        p for p in reversed(index.within(seg.start, at))  # (places come in reading order: the same list, looked up; the last)
        if p.level in ("district", "province")
        and not _WHOLE_BEFORE.search(art.folded, max(0, p.start - 16), p.start)
    ), None)  # fmt: skip
    if typed is not None:  # "huyện A …, B …", "Lục Nam là huyện …; tiếp đến là Yên Thế 9/21", "Nhiều tỉnh … như A (…)"
        return at, StatementScope(f"{typed.type} {name}", typed.level)
    below = level_below(art, places, seg, at)
    return (at, below(name)) if below else None


# A region named as the sentence's subject: "Lục Nam là huyện làm tốt nhất với 12/27 xã", "Phú Thọ
# từng có 9 xã, phường triển khai", "Thanh Hóa là địa phương … hiện có 21 xã".
_SUBJECT_AT = r"(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\n))"  # where a subject may stand
_SUBJECT_TEXT = (
    # ("Bà Rịa - Vũng Tàu mới đạt 5%": a province written with a dash)
    r"([A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?:(?:[ \u00a0]|[ \u00a0]?[-–][ \u00a0]?)[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*){0,3})(?:[ \u00a0]*\(cũ\))?[ \u00a0]+"
    r"(?:là[ \u00a0]+(huyện|tỉnh|thị xã|thành phố|quận|địa phương)\b|(?:(?:hiện|đã|từng|mới|chỉ|vẫn|cũng)[ \u00a0]+)*"
    r"(?:có|từ|đạt)[ \u00a0]+\d"
    # "Hậu Giang đặt mục tiêu 100% vào năm 2020": a region setting its goal (a province, unless the
    # text says otherwise: provinces set these goals in their congress documents)
    r"|(?:(?:đã|cũng|từng)[ \u00a0]+)?(?P<goal>đặt[ \u00a0]+(?:mục tiêu|chỉ tiêu)|hướng tới|phấn đấu)\b)"
)
_SUBJECT = re.compile(_SUBJECT_AT + _SUBJECT_TEXT)
_SUBJECT_JOINED = re.compile(_SUBJECT_TEXT)  # after "…, còn": the connective stands before it
_TYPE_OF = {"huyện": ("Huyện", "district"), "thị xã": ("Thị xã", "district"), "thành phố": ("Thành phố", "district"),
            "quận": ("Quận", "district"), "tỉnh": ("Tỉnh", "province")}  # fmt: skip


# "toàn tỉnh có 31/94 … (Hòa Thành 6/8, Gò Dầu 5/9)": "tỉnh" there is the whole region counted, not the
# type of the items that follow (districts, one level below).
_WHOLE_BEFORE = re.compile(r"\b(?:toan|ca|tren dia ban|khap)\s+$")


def subject_region(art: Article, places: list[Place], seg: Segment, pos: int) -> tuple[int, StatementScope] | None:
    """The region a sentence names bare as its subject before the figure at *pos*, if any."""
    clause = max(seg.start, art.text.rfind(";", seg.start, pos) + 1)  # "…; Bạc Liêu hướng tới 70%"
    head = art.text[clause:pos]
    # the subject nearest the figure: "Bến Tre hướng tới 70% …, còn Vĩnh Long đặt chỉ tiêu 55%"
    m = _subject_after_lead(art, clause, pos) or _SUBJECT.match(art.text, clause + len(head) - len(head.lstrip()))
    if m is None or m.end() > pos + 1:
        return None
    name, at = re.sub(r"[ \u00a0]?[-–][ \u00a0]?", " ", m.group(1)), m.start(1)  # ("Bà Rịa - Vũng Tàu")
    index = place_index(art, places)
    if fold_word(name) in _NOT_NAMES or at in index.covered:
        return None
    known = index.by_name.get(name, [])
    if known and not (m.group("goal") and known[0].level == "district" and art.gazetteer.is_province(name)):
        p = known[0]
        return (at, StatementScope(f"{p.type} {p.name}", p.level)) if p.level != "commune" else None
    # (a bare name that a province shares with its capital sets the province's goal: "Bến Tre hướng
    # tới 70%" where the text also speaks of the city)
    registered = gazetteer_scope(art, name, both="province")
    if registered is not None and m.group(2) not in _TYPE_OF:
        return at, registered  # "Thanh Hóa hiện có 22 xã, phường …": a bare name the register knows
    if m.group(2) in _TYPE_OF:
        type_, level = _TYPE_OF[m.group(2)]
        return at, StatementScope(f"{type_} {name}", level)
    below = level_below(art, places, seg, at)
    if below is None and m.group("goal"):
        return at, StatementScope(f"Tỉnh {name}", "province")
    return (at, below(name)) if below else None


def _subject_after_lead(art: Article, clause: int, pos: int) -> re.Match[str] | None:
    """ "Theo báo cáo của Ban Tổ chức Thành ủy, Hà Nội hiện có 25/584 …", "Nhìn rộng ra, Thanh Hóa
    hiện có …": a subject after an opening phrase, when the register knows the name (a name after a
    comma may as well be a person's or a unit's)."""
    comma = art.text.rfind(", ", clause, pos)
    if comma < 0:
        return None
    joined = _CONNECTIVE.match(art.folded, comma + 2)  # "…, còn Vĩnh Long đặt chỉ tiêu khoảng 55%"
    m = _SUBJECT_JOINED.match(art.text, joined.end()) if joined else _SUBJECT.match(art.text, comma + 2)
    if m is None or m.end() > pos + 1 or gazetteer_scope(art, m.group(1), both="province") is None:
        return None
    return m


_CONNECTIVE = re.compile(r"(?:con|trong khi(?: do)?|rieng|nhung|va|tuong tu,?)\s+(?=\S)")


def gazetteer_scope(art: Article, name: str, both: str | None) -> StatementScope | None:
    """The region the register knows by *name*, given bare: a province or a district, and *both*
    (the level to take, or None to decide nothing) when a province and its capital share it."""
    level = art.gazetteer.level(name) or (both if art.gazetteer.is_province(name) else None)
    return registered_scope(name, level) if level is not None else None


def registered_scope(name: str, level: str) -> StatementScope:
    """The region the register knows as *name* at *level*, typed as the extractor writes it (the build
    places "Huyện X" on the register's town or city X too)."""
    return StatementScope(f"{'Tỉnh' if level == 'province' else 'Huyện'} {name}", level)


_WHOLE = (
    (re.compile(r"\b(?:ca nuoc|toan quoc)\b"), ("Tỉnh", "province")),
    (re.compile(r"\b(?:toan|ca) tinh\b(?! uy)"), ("Huyện", "district")),
)


def level_below(art: Article, places: list[Place], seg: Segment, at: int) -> Callable[[str], StatementScope] | None:
    """For a bare name of unknown level: one level below the whole region counted just before it (in
    its sentence or the one before): after "cả nước", a province; after "toàn tỉnh", a district."""
    here = art.paragraph_index(seg.start)
    # this paragraph and the one before: a national overview names "cả nước" once, then its provinces
    start = art.paragraphs[max(0, here - 1)].start if here is not None else art.sentence_at(max(0, seg.start - 2)).start
    found = [(m.start(), t) for rx, t in _WHOLE for m in rx.finditer(art.folded, start, at)]
    if not found:
        return None
    type_, level = max(found)[1]
    return lambda name: StatementScope(f"{type_} {name}", level)


def bare_known(art: Article, places: list[Place], seg: Segment, pos: int) -> list[tuple[int, StatementScope]]:
    """ "Trước sắp xếp, Quảng Ninh là một trong những địa phương …, với 38 xã …": a district or
    province the text names elsewhere with its type word, named bare in the sentence before *pos*."""
    index = place_index(art, places)
    # The sentence's runs read once (a crafted sentence has many figures): a run that ends before *pos*
    # is the same run read up to it; the one *pos* cuts is read again up to it.
    if pos > seg.end:
        return [k for m in _CAPITALISED_RUN.finditer(art.text, seg.start, pos) for k in _known_in(art, index, m)]
    runs, ends, counts, known = _sentence_runs(art, places, seg)
    i = bisect_left(ends, pos)  # (the runs that end before *pos*: their names, as one slice of the sentence's)
    out = known[: counts[i]]
    if i < len(runs) and runs[i][0] < pos:
        out += [k for m in _CAPITALISED_RUN.finditer(art.text, runs[i][0], pos) for k in _known_in(art, index, m)]
    return out


_Runs = tuple[list[tuple[int, int]], list[int], list[int], list[tuple[int, StatementScope]]]


def _sentence_runs(art: Article, places: list[Place], seg: Segment) -> _Runs:
    """Each capitalised run of the sentence *seg* (start, end), their ends, how many of the districts and
    provinces bare_known finds the runs before each hold, and those, in reading order."""
    if art.bare_runs is None or art.bare_runs[0] is not places:
        art.bare_runs = (places, {})
    cached: dict[tuple[int, int], _Runs] = art.bare_runs[1]
    if (seg.start, seg.end) not in cached:
        index = place_index(art, places)
        runs = list(_CAPITALISED_RUN.finditer(art.text, seg.start, seg.end))
        found = [_known_in(art, index, m) for m in runs]
        counts = list(accumulate((len(k) for k in found), initial=0))
        cached[seg.start, seg.end] = ([m.span() for m in runs], [m.end() for m in runs], counts, [k for f in found for k in f])
    return cached[seg.start, seg.end]


def _known_in(art: Article, index: PlaceIndex, m: re.Match[str]) -> list[tuple[int, StatementScope]]:
    """The districts and provinces the text types elsewhere named in the capitalised run *m*."""
    out = []
    # Each capitalised run, and the names inside it ("Trước sắp xếp, Quảng Ninh …"): the text's length
    # in lookups, not the number of places times it.
    words = list(re.finditer(r"\S+", m.group(0)))
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            p = index.regions.get(m.group(0)[words[i].start() : words[j - 1].end()])
            if p is None:
                continue
            at = m.start() + words[i].start()
            if at in index.covered or _COMMITTEE_BEFORE.search(art.folded, max(0, at - 12), at):
                continue  # typed here, or a committee ("Huyện ủy X" reports; it is not what is counted)
            out.append((at, StatementScope(f"{p.type} {p.name}", p.level)))
    return out


_CAPITALISED_RUN = re.compile(r"(?<![^\W\d_])[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?:[ \u00a0][A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*){0,4}(?![^\W\d_])")


_COMMITTEE_BEFORE = re.compile(r"\b(?:uy|ubnd|hdnd|cua|ong|ba)\s+$")
_NOT_NAMES = {"trong", "rieng", "con", "toan", "tinh", "huyen", "dan", "tiep", "sau", "nhu", "ca", "tai", "o"}


def fold_word(text: str) -> str:
    """The first word of *text*, folded."""
    return fold(text.split()[0]) if text.split() else ""


# "huyện X (cũ) có 4 xã", "Tỉnh X (cũ) khi đó có 11 đơn vị"
_TYPED_GAP = re.compile(r"\s*(?:\(cu\)\s*)?(?:(?:khi do|luc do|khi ay|luc ay)\s+)?(?:(?:hien |da |moi )?(?:co|voi|dat|la)\s+)?")
_TYPED_GAP_LETTERS = 16
"""At most this many characters other than spaces in a _TYPED_GAP ("(cu)", "hien", "voi")."""


def after_typed_region(art: Article, places: list[Place], at: int) -> bool:
    """Whether a typed district or province ends right before *at* ("huyện Lâm Hà 3 xã")."""
    # The places that end in reach of *at*, nearest first, looked up (not every place per figure).
    index = place_index(art, places)
    folded = art.folded
    for i in range(bisect_right(index.ends, at) - 1, -1, -1):
        end = index.ends[i]
        if at - end - folded.count(" ", end, at) > _TYPED_GAP_LETTERS:
            return False  # (every space of the text is a space in its folded copy)
        if _TYPED_GAP.fullmatch(folded, end, at) is None:
            continue
        for p in index.by_end[end]:
            if p.level in ("district", "province") and p.name and (
                _LIST_SEPARATOR.search(folded, max(0, p.start - 16), p.start) is not None
                or (p.plural and _PLURAL_BEFORE.search(folded, max(0, p.start - 12), p.start) is not None)  # "các huyện: A 4 xã, …"
                or not folded[art.sentence_at(p.start).start : p.start].strip()  # the sentence's first item
            ):
                return True
    return False


_PLURAL_BEFORE = re.compile(r"\b(?:cac|nhung)\s+$")
# Before an item of a list of figures: a comma, a semicolon, a colon, "và", "trong đó".
_LIST_SEPARATOR = re.compile(r"(?:[,;:]|\bva|\btrong do|\btiep den(?: la)?|\bdan dau la)\s*$")


def region_between(
    art: Article, places: list[Place], seg: Segment | None, count: re.Match[str], ratio: re.Match[str]
) -> bool:
    """Whether a district or province is named between a count and a ratio of one clause, typed or
    bare as a list item ("Đắk Glong có 4 xã, Tuy Đức 3/6"): each is then its own region's figure."""
    lo, hi = sorted((count.start(), ratio.start()))
    between = place_index(art, places).within(lo + 1, hi) if places else []
    if any(p.name and p.level in ("district", "province") for p in between) or registered_within(art, places, lo + 1, hi):
        return True  # (bare too: "…, thấp hơn Bình Dương (22 đơn vị) nhưng cao hơn Tây Ninh, nơi mới có 5 xã")
    item = list_item_region(art, places, seg, max(count.start(1), ratio.start())) if seg else None
    return item is not None and lo < item[0] < hi
