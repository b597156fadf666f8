"""The region one figure counts: the region named nearest before it in its sentence ("toàn tỉnh có
52/200 …; trong đó huyện X …" counts the province; "huyện X có 9/20 xã …" counts X)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from lso_tui.extract.bare_regions import bare_known, list_item_region, registered_scope, subject_region
from lso_tui.extract.lexicon import MACRO_REGIONS
from lso_tui.extract.named_places import registered_within
from lso_tui.extract.place_index import place_index
from lso_tui.extract.place_refs import resolve_referent
from lso_tui.extract.places import Place
from lso_tui.extract.referents import district_referent, paragraph_topic, this_city, this_region
from lso_tui.extract.spans import Article, Segment, walked_back
from lso_tui.extract.statement_scope import MARKED_PLURAL, StatementScope, province_at, statement_scope

# "toàn tỉnh", "cả tỉnh", "trên địa bàn tỉnh": the province (not "Tỉnh ủy"; not "đầu tiên của tỉnh", a rank)
_PROVINCE_WORD = re.compile(r"\b(?:toan|ca|tren dia ban|khap|(?<!dau tien )(?<!duy nhat )cua|trong|dang bo)\s+tinh\b(?! uy)")
# "Tính đến nay, huyện có 5/15 xã": a bare district word as the subject is the district named before.
_DISTRICT_SUBJECT = re.compile(
    # ("Năm 2017 huyện có 3 xã, …": a year may lead)
    r"(?:^|[,;:]\s*|\b(?:nay|hien nay|den nay|nam (?:19|20)\d\d)\s*,?\s*)(?:huyen|thi xa|thanh pho|quan)\s+"
    r"(?:(?:da|hien|moi|van|cung)\s+)?(?:co|dat)\b"
)
_PROVINCE_SUBJECT = re.compile(
    # ("…, đến nay tỉnh có 41 trong tổng số 109 xã": a time may lead)
    r"(?:[,;:]\s*|\b(?:nay|hien nay|den nay|hien tai)\s+)tinh\s+(?:(?:da|se|cung|tiep tuc|van|hien)\s+)?"
    r"(?:phan dau|co|dat|de ra|xac dinh|chu truong|(?:chi |moi )?(?:chon|thi diem))\b"  # ("Năm 2009, tỉnh chỉ thí điểm ở 1 xã")
)
# "Tỉnh ủy xác định …", "Tỉnh ủy chủ trương …": the province's own goal (a bare committee as subject).
_PROVINCE_COMMITTEE = re.compile(
    r"\btinh uy\s+(?:(?:da|cung|tiep tuc)\s+)?(?:xac dinh|phan dau|dat muc tieu|de ra|chu truong|yeu cau|dat ra)\b"
)
# "toàn huyện", "cả thành phố", "toàn thị xã": the district the sentence or the article is about.
_IN_PARENS = re.compile(r"\s*\(\s*")
_YEAR_BEFORE = re.compile(r"\bnam\s+(?:19|20)\d\d\s*,?\s*$")
_DISTRICT_WORD = re.compile(r"\b(?:(?:toan|ca|tren dia ban)\s+(?:huyen|thanh pho|thi xa|quan)|dang bo\s+(?:huyen|thi xa|quan))\b(?! uy)")  # ("Nghị quyết Đại hội Đảng bộ huyện …")
_RANKED_IN = re.compile(r"\b(?:di dau|dan dau|dung dau|dau tien|duy nhat|nhat|thu (?:hai|ba|nhi|\d+))\s+(?:cua|trong|toan)\s+$")
_RANKED = re.compile(r"\b(?:nhat|thu (?:hai|ba|nhi|\d+)|dau|dau tien|cuoi)\s+(?:trong\s+|cua\s+)?$")
_COMMITTEE_OR_PERSON = re.compile(r"\b(?:uy|ubnd|hdnd|ong|ba|que|bao)\s+$")
_MACRO_REGION = re.compile(r"\b(?:" + "|".join(sorted(MACRO_REGIONS, key=len, reverse=True)) + r")\b")
OF_COUNTRY = re.compile(r"\d{1,3}(?:,\d{1,2})?\s*%\s+cua\s+(?:ca nuoc|toan quoc)\b")
_OF_PROVINCE = re.compile(r"\d{1,3}(?:,\d{1,2})?\s*%\s+cua\s+(?:ca|toan)\s+tinh\b")  # ("… bình quân 35,9% của cả tỉnh")
OF_WHOLE = re.compile(f"{OF_COUNTRY.pattern}|{_OF_PROVINCE.pattern}")
MEAN_BEFORE = re.compile(r"\bbinh quan(?: chung)?(?: cua)? (?:ca |toan )?(?:tinh|nuoc)\s*\(\s*(?:dat\s+|la\s+|khoang\s+)?$")  # ("… bình quân chung của tỉnh (đạt 14,2%)")
_COUNTRY_WORD = re.compile(r"\b(?:ca nuoc|toan quoc|tren ca nuoc|trong ca nuoc|pham vi ca nuoc)\b")
# "6 xã của huyện X", "4 xã thuộc huyện X": the region named right after the units counted.
_OF_REGION = re.compile(
    r"[\d.]+(?:\s*/\s*\d+)?\s+(?:xa|phuong|thi tran|don vi)(?:,?\s+(?:xa|phuong|thi tran))*\s+(?:cua|thuoc)\s+"
)
_BARE_DISTRICT_WORD = re.compile(r"(?:huyen|thi xa)(?=\s+(?:da|dang|van|deu|hien|moi|chi|duoc|co|thuc hien|bo tri)\b|\s*[,.;])")
_APPOSITION = re.compile(r",\s*(?:mot\s+)?(?:huyen|thi xa|thanh pho|quan)\b[^,;.]{0,25}$")
_ITEM_FIGURE = re.compile(r"\s*(?:\(\s*|(?:co|voi|dat|la)\s+)?")
_GROUP = re.compile(r"\s*(?:,|va)\s*")


def locates_district(art: Article, districts: list[Place], at: int) -> bool:
    """Whether the province named at *at* only says where the named district just before it is, with a
    comma, an opening parenthesis or "của" between ("huyện X, tỉnh Y …", "Huyện ủy Krông Pắc, tỉnh Đắk
    Lắk lựa chọn … 3 xã", "Huyện Tịnh Biên (An Giang) thực hiện …": the district's count)."""
    return any(d.name and d.end <= at and _LOCATING_GAP.fullmatch(art.folded, d.end, at) is not None for d in districts)


# ", ", "của" or an open parenthesis, maybe with words of the name the register spells shorter ("(Thừa Thiên Huế": "Huế")
_LOCATING_GAP = re.compile(r"\s*(?:,|\([^()]{0,24}|cua)\s*")


def figure_scope(art: Article, places: list[Place], seg: Segment, pos: int, default: str | None) -> StatementScope:
    """The region the figure at *pos* counts, else what the whole sentence speaks of."""
    named_after = _region_after(art, places, pos)
    if named_after is not None:
        return named_after  # "6 xã của huyện Thanh Chương": the figure says whose units it counts
    folded = art.folded
    leading = _lead_place(art, places, seg)
    marks: list[tuple[int, StatementScope | None]] = []
    inside = place_index(art, places).within(seg.start, pos)
    districts = [p for p in inside if p.level == "district"]
    for i, p in walked_back(marks, list(enumerate(districts)), lambda ip: ip[1].start):
        # "các huyện …" names several districts ("năm 2020 thành phố …" is plural to the place finder
        # only because a number comes before it).
        if p.plural and not p.name and _YEAR_BEFORE.search(folded, max(0, p.start - 12), p.start):
            continue  # "Năm 2017 huyện có 3 xã": a year, not a count of districts (the subject below)
        if p.plural and (not p.name or MARKED_PLURAL.search(folded, max(0, p.start - 12), p.start)):
            # "yêu cầu các huyện ủy, thành ủy …" (every district): the province; "các huyện A, B": none.
            every = not p.name and MARKED_PLURAL.search(folded, max(0, p.start - 12), p.start)
            if p.name and _ITEM_FIGURE.fullmatch(folded, p.end, pos):
                # "ở các huyện: Lâm Hà 4 xã, …": the list's first item, right before its own figure
                marks.append((p.start, StatementScope(f"{p.type} {p.name}", "district")))
                continue
            marks.append((p.start, province_at(art, places, p.start) if every else StatementScope(None, None)))
            continue
        if p.name and any(q.level == "commune" and q.name and _IN_PARENS.fullmatch(folded, q.end, p.start) for q in inside):
            continue  # "1 xã là Phước Hậu (huyện Ninh Phước); …": where the commune is, not what is counted
        gap = folded[districts[i - 1].end : p.start] if i > 0 else ""
        # ("TP Sóc Trăng, thành phố này có …": a nameless "thành phố này" refers back; it is no list)
        grouped = i > 0 and p.name and districts[i - 1].name and _GROUP.fullmatch(gap) is not None
        if grouped:
            marks.append((p.start, StatementScope(None, None)))  # "huyện A, B và C": several
        elif p.name:
            marks.append((p.start, StatementScope(f"{p.type} {p.name}", "district")))
    for p in walked_back(marks, [q for q in inside if q.level == "province" and q.name], lambda q: q.start):  # (no other marks)
        # "tỉnh Hà Giang có …", and "Tỉnh ủy Gia Lai đặt mục tiêu …" (the committee sets the province's)
        # (a centrally run city is a province: "Hà Nội có …", "Thành ủy Hà Nội đặt mục tiêu …")
        committee = folded.endswith(("tinh uy ", "thanh uy "), 0, p.start)
        typed = folded.startswith(("tinh ", "thanh pho ", "tp"), p.start)
        if _RANKED_IN.search(folded, max(0, p.start - 24), p.start):
            continue  # "… là một trong những địa phương đi đầu của tỉnh X về …": a ranking within X
        if p.level == "province" and p.name and (typed or committee) and not locates_district(art, districts, p.start):
            marks.append((p.start, StatementScope(f"{p.type} {p.name}", "province")))
    lead = len(folded[seg.start : pos]) - len(folded[seg.start : pos].lstrip(" -–+•*\t\n"))  # "- Tỉnh phấn đấu …"
    # (not "Tỉnh này …", which refers back: _THIS_REGION below)
    if folded.startswith("tinh ", seg.start + lead) and not folded.startswith(("tinh uy", "tinh nay", "tinh do"), seg.start + lead):
        marks.append((seg.start, province_at(art, places, seg.start)))  # "Tỉnh có 52 …" heading the sentence
    for m in walked_back(marks, list(_found(art, _PROVINCE_WORD, seg, pos)), re.Match.start):
        if _RANKED_IN.search(folded, max(0, m.end() - 28), m.end() - 4):
            continue  # "… đi đầu của tỉnh …": a ranking within the province
        if _APPOSITION.search(folded, max(seg.start, m.start() - 40), m.start()) or locates_district(art, districts, m.end() - 4):
            continue  # "Ở Võ Nhai, huyện vùng cao của tỉnh, con số là 2/15": what the district is
        # "Tại Cà Mau, toàn tỉnh có …": the province the sentence is led by, else the nearest named
        here = leading if leading is not None and leading.level == "province" else province_at(art, places, m.start())
        marks.append((m.start(), here))
    for m in walked_back(marks, list(_found(art, _PROVINCE_SUBJECT, seg, pos)), re.Match.start):
        marks.append((m.start(), province_at(art, places, m.start())))  # "…; ở cấp xã, tỉnh phấn đấu …"
    for m in walked_back(marks, list(_found(art, _PROVINCE_COMMITTEE, seg, pos)), re.Match.start):
        marks.append((m.start(), province_at(art, places, m.start())))  # "Tỉnh ủy xác định đến năm 2020 …"
    for m in walked_back(marks, list(_found(art, _DISTRICT_SUBJECT, seg, pos)), re.Match.start):
        named_bare = next((b for b in registered_within(art, places, seg.start, m.start()) if b.level == "district" and b.start + len(b.name) == m.start()), None)
        if named_bare is not None:
            # "Thuận Châu, huyện có nhiều đơn vị hành chính nhất, mới có 4/29": what the district is
            marks.append((m.start(), registered_scope(named_bare.name, "district")))
            continue
        city = city_province(art, places, m.start()) if "thanh pho" in m.group(0) else None
        if city is not None:
            marks.append((m.start(), city))  # "năm 2018, thành phố mới có 7 đơn vị" in a text on Cần Thơ
            continue
        # ("Quỳnh Phụ (cũ) là địa phương làm nhiều nhất. Đầu năm 2025, huyện có 36 xã …": the topic's)
        referred = district_referent(art, places, m.start(), None)
        if referred.level is not None:
            marks.append((m.start(), referred))
    for m in walked_back(marks, list(_found(art, _MACRO_REGION, seg, pos)), re.Match.start):
        # "các tỉnh Tây Nguyên có 105 …", "vùng đồng bằng sông Cửu Long …": several provinces, no one region
        # (not "… làm mạnh nhất miền Trung, với 128/241 …": a ranking within it)
        if not _RANKED.search(folded, max(seg.start, m.start() - 30), m.start()):
            marks.append((m.start(), StatementScope(None, "region")))
    for m in walked_back(marks, list(_found(art, _COUNTRY_WORD, seg, pos)), re.Match.start):
        if _RANKED.search(folded, max(seg.start, m.start() - 30), m.start()):
            continue  # "Nghệ An, tỉnh có số xã lớn thứ hai cả nước, mới có 58 đơn vị": a ranking
        marks.append((m.start(), StatementScope(None, "country")))  # "cả nước có 1.569 xã …"
    located = cache(lambda: districts + _bare_districts(art, places, seg.start, pos))  # (districts typed or bare: a province after one locates it; read once one is named)
    for b in walked_back(marks, registered_within(art, places, seg.start, pos), lambda q: q.start):
        if b.level == "province" and locates_district(art, located(), b.start):
            continue  # "thị xã Hương Thủy (Thừa Thiên Huế) làm ở 5/12 …": the district's
        if _marks_bare(art, places, b.start):
            # "Trong khi đó, Nghệ An, tỉnh có …, mới có 58 đơn vị": a bare name the register knows
            marks.append((b.start, registered_scope(b.name, b.level)))
    for m in walked_back(marks, list(_found(art, _DISTRICT_WORD, seg, pos)), re.Match.start):
        city = city_province(art, places, m.start()) if folded.startswith("thanh pho", m.end() - 9) else None
        if city is not None:
            marks.append((m.start(), city))  # "toàn thành phố có 14/223 …" in a text on Hải Phòng
            continue
        marks.append((m.start(), district_referent(art, places, m.start(), default)))
    for m in walked_back(marks, list(_found(art, _OUR_REGION, seg, pos)), re.Match.start):
        # "tỉnh ta hiện có 19 …", "Huyện chúng tôi có 35 xã …": an interview's answer on the speaker's region
        if m.group(1) == "tinh":
            marks.append((m.start(), province_at(art, places, m.start())))
            continue
        ours = resolve_referent(art, places, m.start(), "district") if m.group(1) != "dia phuong" else None
        name = f"{ours.type} {ours.name}" if ours and ours.name else default
        marks.append((m.start(), StatementScope(name, "district" if name else None)))
    for m in walked_back(marks, list(_found(art, _THIS_REGION, seg, pos)), re.Match.start):
        if m.group(1) == "tinh" and locates_district(art, districts, m.start()):
            continue  # ("huyện X của tỉnh này có 9/18": the district's count)
        # ("thành phố này" after "huyện Phong Điền" and "thành phố Cần Thơ": the city)
        this = (this_city(art, places, m.start()) if m.group(1) == "thanh pho" else None) or this_region(art, places, m.start(), _THIS_LEVEL.get(m.group(1)))
        if this is None and m.group(1) == "tinh":
            this = province_at(art, places, m.start())  # ("Tính chung, tỉnh này có 58 …, bằng 26,1% … của Gia Lai")
        if this is not None:
            marks.append((m.start(), this))  # "Địa phương này hiện có 84/157 …": the region named before
    # (not a province in parentheses that only says where the district before it is)
    for k in walked_back(marks, bare_known(art, places, seg, pos), lambda k: k[0]):
        marks += [] if k[1].level == "province" and locates_district(art, located(), k[0]) else [k]
    for item in (list_item_region(art, places, seg, pos), subject_region(art, places, seg, pos)):
        if item is not None:
            marks.append(item)
    if leading is not None:
        marks.append((seg.start - 1, leading))  # "Tại Cà Mau, …": weaker than any mark in the sentence
    if not marks:
        # ("Tại huyện Kbang, mô hình được làm thử từ năm 2016 … . Đến nay, đã có 6 xã …": the place the
        # sentence before was led by)
        return _led_before(art, places, seg) or paragraph_topic(art, places, pos) or statement_scope(art, places, seg, default)
    # ("Tỉnh Kon Tum (cũ), nay sáp nhập vào Quảng Ngãi, có 31 đơn vị": where it went, not what is counted)
    marks = [k for k in marks if not _NOW_PART_OF.search(folded, max(seg.start, k[0] - 50), k[0])] or marks
    return max(marks, key=lambda m: m[0])[1] or StatementScope(None, None)


_NOW_PART_OF = re.compile(r"\(cu\)\s*,\s*nay\s+(?:da\s+)?(?:duoc\s+)?(?:sap nhap vao|nhap vao|thuoc(?: ve)?|la mot phan cua|hop nhat vao)\s+(?:tinh\s+)?$")
# "tỉnh này", "huyện này", "thành phố này", "địa phương này", "huyện miền núi này": the region named just before.
_OUR_REGION = re.compile(r"\b(tinh|huyen|thanh pho|thi xa|quan|dia phuong)\s+(?:ta|chung toi|minh|nha)\b")
_THIS_REGION = re.compile(r"\b(tinh|huyen|thanh pho|thi xa|quan|dia phuong|noi(?= day| nay))(?:\s+(?:mien nui|vung cao|bien gioi|ven bien|dao|thuan nong|ngoai thanh|trung du|dong bang))?\s+(?:nay|do|day)\b(?!\s+(?:co|la)\s+(?:muc tieu|chi tieu))")  # ("Nơi đây từng dẫn đầu tỉnh với 5/6 …")
_THIS_LEVEL = {"tinh": "province", "huyen": "district", "thanh pho": None, "thi xa": "district", "quan": "district"}
_TYPES = ("tinh ", "huyen ", "thanh pho ", "thi xa ", "quan ", "dia phuong ")
_SHORT = 300  # characters before a figure searched at once, as a look-up costs about as much
# Words each match holds, one per group ("huyen\s+" holds "huyen ": folded, a space is " "), found once per sentence.
_WORDS: dict[re.Pattern[str], tuple[tuple[str, ...], ...]] = {
    _PROVINCE_WORD: ((" tinh",), ("toan ", "ca ", "tren dia ban ", "khap ", "cua ", "trong ", "dang bo ")),
    _PROVINCE_SUBJECT: (("tinh ",),),
    _PROVINCE_COMMITTEE: (("tinh uy ",),),
    _DISTRICT_SUBJECT: (("huyen ", "thi xa ", "thanh pho ", "quan "),),
    _MACRO_REGION: (tuple(MACRO_REGIONS),),
    _COUNTRY_WORD: (("ca nuoc", "toan quoc"),),
    _DISTRICT_WORD: ((" huyen", " thanh pho", " thi xa", " quan"), ("toan ", "ca ", "tren dia ban ", "dang bo ")),
    _OUR_REGION: (_TYPES, (" ta", " chung toi", " minh", " nha")),
    _THIS_REGION: ((*_TYPES, "noi "), (" nay", " do", " day")),  # ("Nơi đây …" too)
}


def _found(art: Article, rx: re.Pattern[str], seg: Segment, pos: int) -> Iterator[re.Match[str]]:
    """rx's matches in folded *seg* before *pos*, not searched for when a group of its words is not there."""
    if pos - seg.start <= _SHORT or pos > seg.end or all(_first_end(art, seg, group) <= pos for group in _WORDS[rx]):
        return rx.finditer(art.folded, seg.start, pos)
    return iter(())


def _first_end(art: Article, seg: Segment, group: tuple[str, ...]) -> int:
    """Where the first of *group*'s words to end in the folded sentence *seg* ends (past its end if none)."""
    key = (seg.start, seg.end, group)
    end = art.word_ends.get(key)
    if end is None:
        end = art.word_ends[key] = min((i + len(w) for w in group if (i := art.folded.find(w, seg.start, seg.end)) >= 0), default=seg.end + 1)
    return end


def city_province(art: Article, places: list[Place], pos: int) -> StatementScope | None:
    """The centrally run city "toàn thành phố" counts: the city named nearest before *pos* (else
    first after it) is a province, not a district's city."""
    index = place_index(art, places)
    before = bisect_right(index.city_starts, pos)
    nearest = index.cities[before - 1] if before else next(iter(index.cities), None)
    if nearest is None or nearest.level != "province":
        return None
    return StatementScope(f"{nearest.type} {nearest.name}", "province")


_OF = re.compile(r"(?:\s*\(cu\))?\s+(?:cua|thuoc)\s+$")  # ("huyện X (cũ) của Kiên Giang")


def _marks_bare(art: Article, places: list[Place], at: int) -> bool:
    """Whether the bare name at *at* is no committee's, person's or typed district's owner (once per name)."""
    if art.bare_marks is None or art.bare_marks[0] is not places:
        art.bare_marks = (places, {})
    known: dict[int, bool] = art.bare_marks[1]
    if at not in known:
        known[at] = not _COMMITTEE_OR_PERSON.search(art.folded, max(0, at - 12), at) and not _owner_of_typed(art, places, at)
    return known[at]


def _owner_of_typed(art: Article, places: list[Place], at: int) -> bool:
    """ "thị xã Bình Minh của Vĩnh Long đã đạt 100%": the name after "của" says whose the typed
    district before it is; the figure is the district's."""
    m = _OF.search(art.folded, max(0, at - 18), at)
    ending = place_index(art, places).by_end.get(m.start(), []) if m is not None else []
    return any(p.level == "district" and p.name for p in ending)


def _region_after(art: Article, places: list[Place], pos: int) -> StatementScope | None:
    """The district or province a figure's "của/thuộc" names right after its units, if any; the
    country for a share "của cả nước" ("thấp xa so với mức 14,9% của cả nước")."""
    if OF_COUNTRY.match(art.folded, pos):
        return StatementScope(None, "country")
    if _OF_PROVINCE.match(art.folded, pos):
        return province_at(art, places, pos)
    m = _OF_REGION.match(art.folded, pos)
    if m is None:
        return None
    if _BARE_DISTRICT_WORD.match(art.folded, m.end()):
        # "Huyện có 30 xã …. Đến nay, 7 đơn vị của huyện đã …": the district the text is on, no other
        return district_referent(art, places, m.end(), None)
    at = place_index(art, places).within(m.end(), m.end() + 1)
    p = next((q for q in at if q.name and q.level in ("district", "province")), None)
    if p is not None:
        return StatementScope(f"{p.type} {p.name}", p.level)
    # "một trong 4 xã của Tam Đường thực hiện …": a bare name the register knows
    b = next(iter(registered_within(art, places, m.end(), m.end() + 1)), None)
    return registered_scope(b.name, b.level) if b else None


# "Tại Cà Mau, toàn tỉnh có …", "Ở Kiên Giang, tỷ lệ …": a sentence led by a bare place name.
_LEAD = re.compile(r"\s*(?:tai|o|con o|rieng o)\s+")
_LEAD_NAME = re.compile(r"([^\W\d_]+(?: [^\W\d_]+){0,3}),")


def _lead_place(art: Article, places: list[Place], seg: Segment) -> StatementScope | None:
    """The region a sentence's leading "Tại X," names: a district the text types as one, else a
    province (wire stories go province by province)."""
    m = _LEAD.match(art.folded, seg.start)
    if m is None:
        return None
    name = _LEAD_NAME.match(art.text, m.end())
    if name is None or not all(w[:1].isupper() for w in name.group(1).split()):
        return None
    text = name.group(1)
    if any(p.start == m.end() for p in places if p.type):
        return None  # "Tại xã X, …": a typed place, found as such
    provinces = {p.name for p in places if p.level == "province"}
    districts = {p.name for p in places if p.level == "district"}
    if text in districts and text not in provinces:
        typed = next(p for p in places if p.level == "district" and p.name == text)
        return StatementScope(f"{typed.type} {text}", "district")
    if text not in provinces and art.gazetteer.level(text) == "district":
        return StatementScope(f"Huyện {text}", "district")  # "Tại Sóc Sơn, …": the register's district
    if text not in provinces and art.gazetteer and not art.gazetteer.is_province(text):
        # "Ở Trà Lĩnh, con số là 5/10": no province the register knows (a district since merged away)
        return StatementScope(f"Huyện {text}", "district")
    return StatementScope(f"Tỉnh {text}", "province")


_NOW_LEAD = re.compile(r"\W*(?:den nay|hien nay|hien tai|tinh den nay)\b")


def _led_before(art: Article, places: list[Place], seg: Segment) -> StatementScope | None:
    """For a sentence opening on "Đến nay," with no region of its own: the district the sentence before,
    in its paragraph, was led by ("Tại huyện X, …")."""
    if seg.start < 2 or not _NOW_LEAD.match(art.folded, seg.start):
        return None
    before = art.sentence_at(seg.start - 2)
    if art.paragraph_index(before.start) != art.paragraph_index(seg.start):
        return None
    m = _LEAD.match(art.folded, before.start)
    if m is None:
        return None
    typed = next((p for p in places if p.start == m.end() and p.level == "district" and p.name), None)
    if typed is not None:
        return StatementScope(f"{typed.type} {typed.name}", "district")
    led = _lead_place(art, places, before)
    return led if led is not None and led.level == "district" else None


def _bare_districts(art: Article, places: list[Place], start: int, end: int) -> list[Place]:
    """The districts named bare in text[start:end], as places ("Krông Pắc (Đắk Lắk) với 6/16 xã": the
    province in parentheses only locates the district)."""
    return [
        Place("district", "Huyện", b.name, b.start, b.start + len(b.name))
        for b in registered_within(art, places, start, end)
        if b.level == "district"
    ]
