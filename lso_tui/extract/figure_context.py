"""What the words around a figure say about it: a region compared by its share alone ("tỉnh bạn Cà Mau
mới đạt khoảng 25%"), another region named between a count and a share, a list of regions' figures that
goes on from the sentence before, and a clause on villages before a bare ratio."""

from __future__ import annotations

import re

from lso_tui.extract.counted import names_villages
from lso_tui.extract.named_places import registered_within
from lso_tui.extract.place_index import place_index
from lso_tui.extract.places import Place
from lso_tui.extract.spans import Article, Segment

# A figure of units: a count with its unit word, or a ratio.
FIGURE = re.compile(r"\d\s*(?:/\s*\d+)?\s+(?:xa|phuong|thi tran|don vi)\b|\d\s*/\s*\d")


# "Trong khi đó, tỉnh bạn Cà Mau mới đạt khoảng 25%.": a region compared, by its share alone.
# ("… nhưng thấp hơn Đắk Lắk (14,5%) …": the share in parentheses after the region's name too)
_REACHED = re.compile(r"(?:\b(?:dat|len toi|len|(?:chi|moi)(?=\s+(?:khoang|gan|xap xi)))\s+(?:(?:khoang|gan|hon|tren|xap xi)\s+)?|\b[a-z]+\s*\(\s*(?:khoang\s+|gan\s+)?)$")
# "… đạt 41,5% ở thời điểm trước sắp xếp": when the share was, after it
WHEN_AFTER = r"(?:o|vao)\s+thoi diem\b|tinh den\b|truoc (?:khi|ngay)\b"
REGION_SHARE = re.compile(
    # ("Toàn tỉnh X (cũ) đạt 36,2%, chưa đạt chỉ tiêu 50% …": a comparison with the goal may follow)
    r"\b(?:dat|len toi|(?:chi|moi)(?=\s+(?:khoang|gan|xap xi)))\s+(?:(?:khoang|gan|hon|tren|xap xi)\s+)?\d{1,3}(?:,\d{1,2})?\s*%\s*"  # ("… cũng chỉ khoảng 19,8%")
    r"(?:[.;]|$|,\s*(?:van\s+)?(?:chua dat|chua hoan thanh|vuot|thap hon|cao hon|cao nhat|thap nhat|dung dau|dan dau)\b|" + WHEN_AFTER + r")"
    r"|\b(?:cao hon|thap hon|sau|truoc|hon|bang)\s+[^.;()]{2,30}\(\s*(?:khoang\s+|gan\s+)?\d{1,3}(?:,\d{1,2})?\s*%\s*\)"
)


def region_reached(art: Article, places: list[Place], clause: Segment, at: int) -> bool:
    """Whether the share at *at* ends a clause whose subject is a region named in it ("X mới đạt 25%")."""
    reached = _REACHED.search(art.folded, max(clause.start, at - 24), at)
    if reached is None:
        return False
    typed = [p for p in place_index(art, places).within(clause.start, reached.start()) if p.name and p.level in ("district", "province")]
    # ("…, tỉnh này mới đạt 29,5%": a region named before, referred to)
    this = _THIS_REGION.search(art.folded, clause.start, reached.start()) is not None
    return bool(typed or this or registered_within(art, places, clause.start, reached.start()))


_THIS_REGION = re.compile(r"\b(?:tinh|huyen|thi xa|thanh pho|dia phuong)\s+(?:nay|do)\b")


def after_figure_sentence(art: Article, seg: Segment) -> bool:
    """Whether the sentence before *seg* (in its paragraph or the one before) gave a figure of units ("Huyện A đã có 9/15
    xã, …. Sa Pa có 7 xã."): a list of regions' figures that goes on one sentence each."""
    if seg.start == 0:
        return False
    before = art.sentence_at(seg.start - 1)
    here, there = art.paragraph_index(seg.start), art.paragraph_index(before.start)
    # (the paragraph before too: "… 19 xã, thị trấn, chiếm 12,84%.\n\nBảo Lâm có 4 xã, Di Linh 3, …")
    if before.start >= seg.start or here is None or there is None or here - there > 1:
        return False
    return FIGURE.search(art.folded, before.start, before.end) is not None


# ("…. Huyện Vũng Liêm có hai xã, huyện Trà Ôn có ba xã."): a count that ends its item
_ITEM_ENDS = re.compile(r"\s*(?:[.;]|,\s*(?:huyen|thi xa|thanh pho|quan|tinh|con|trong khi)\s|$)")


def spelled_item_goes_on(art: Article, seg: Segment, end: int) -> bool:
    """Whether a count in words ending at *end* is an item of a list of regions' figures that goes on
    from the sentence before ("… 5/15. Huyện A có hai xã, huyện B có ba xã."): it ends its item."""
    return _ITEM_ENDS.match(art.folded, end) is not None and after_figure_sentence(art, seg)


def region_named_between(art: Article, places: list[Place], start: int, end: int) -> bool:
    """Whether a district or province is named (typed, or bare and registered) in [start, end)."""
    typed = [p for p in place_index(art, places).within(start, end) if p.name and p.level in ("district", "province")]
    return bool(typed or registered_within(art, places, start, end))


_NO_UNIT_AFTER = re.compile(r"\s*(?:[.;,)]|$)")


def of_villages_before(art: Article, seg: Segment, clause: Segment, end: int) -> bool:
    """Whether a bare ratio (no unit word after it) ends a clause after one on villages in its sentence:
    "… 100% xóm có bí thư chi bộ kiêm trưởng xóm; hiện con số này là 221/285"."""
    return bool(
        _NO_UNIT_AFTER.match(art.folded, end)
        and clause.start > seg.start
        and names_villages(art.text, art.folded, seg.start, clause.start)
    )


# "… có 55 đơn vị cấp xã thực hiện mô hình, …. Theo Ban Tổ chức Trung ương, cả nước hiện có 903 đơn vị."
_BARE_UNITS_END = re.compile(r"co\s+(?:\d{1,2}\.\d{3}|\d{1,4})\s+don vi\s*\.?\s*")


def bare_units_go_on(art: Article, seg: Segment | None, start: int) -> bool:
    """Whether the count at *start* ("có N đơn vị", bare) ends its sentence after a sentence with a figure:
    the units that did it, said with the word the genre uses for them (a total names its kinds)."""
    return seg is not None and _BARE_UNITS_END.fullmatch(art.folded, start, seg.end) is not None and after_figure_sentence(art, seg)
