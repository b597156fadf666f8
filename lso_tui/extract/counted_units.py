"""The units a progress figure counts, named right after it ("có 3/10 phường thực hiện, gồm Phường 2, …")
or in the sentence after it ("… huyện A có 5/15 xã …. Dẫn đầu là A, gồm các xã B, C …")."""

from __future__ import annotations

import re
from bisect import bisect_right

from lso_tui.extract.counted import count_value
from lso_tui.extract.lexicon import NUMBER_WORDS
from lso_tui.extract.spans import Article, Segment
from lso_tui.extract.units import UnitIndex

# "Huyện Trần Đề mới có hai xã là A và B", "có 3/10 phường thực hiện, gồm Phường 2, …": the units a
# progress figure counts, named right after it.
# ("… với cả 4 xã Hòn Tre, Lại Sơn, …": the names right after the units counted, too; "…, con số là 3/8,
# với các xã A, B và C")
_LISTED_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:la|gom|gom co|bao gom|do la|trong do co|trong do|ke ca|ca|voi(?= cac (?:xa|phuong|thi tran)\b))\b\s*:?\s*|(?:\s*,?\s*(?:xa|phuong|thi tran|don vi)\b)*\s*\(\s*(?=[^\W\d_])|[ \u00a0]+(?=[^\W\d_])"
)


_SUBJECT_IN_GAP = re.compile(r"[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ\d]")


def _next_sentences_listing(art: Article, figures: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "… huyện A có 5/15 xã …. Dẫn đầu là A, gồm các xã B, C …": a sentence right after a figure's that
    goes on to list the units (as an empty span where its list starts)."""
    out = []
    for _start, end in figures:
        nxt = art.next_sentence(end)
        lead = _LISTING_LEAD.match(art.folded, nxt.start)
        if lead is not None and nxt.start > end:
            colon = _COLON.match(art.folded, lead.end())  # ("Các đơn vị này gồm: xã A, …")
            at = colon.end() if colon else lead.end()
            out.append((at, at))
    return out


_COLON = re.compile(r"\s*:")
_SPACES = re.compile(r"[ \u00a0]*")
# ("… đã có 9 trong số 26 xã …. Đó là thị trấn A và các xã B, C …", "Các đơn vị này gồm …")
_LISTING_LEAD = re.compile(
    r"\W*(?:dan dau la\s+[^,.;]{1,30},\s*|(?:do la|(?:cac|nhung) (?:don vi|xa|phuong|noi) (?:nay|do|tren) (?:la|gom|bao gom)"
    # ("… 5/8 phường, xã. Nhiều nơi làm bài bản, như các xã A, B (X) hay C (Y).": examples of the units counted)
    # ("Nhiều xã vùng cao đã áp dụng mô hình, như A, B, C.")
    r"|(?:nhieu|mot so) (?:noi|don vi|dia phuong|xa)(?:\s+[a-z]+){0,4}?\s+(?:da\s+)?(?:lam|thuc hien|ap dung)[^.;,]{0,30},\s*nhu"
    # ("… với 10 trong số 28 xã, thị trấn. Có thể kể đến thị trấn A, các xã B, C.")
    r"|co the ke den|tieu bieu (?:la|nhu)|dien hinh (?:la|nhu)"
    # ("… 9/19 xã. Hội nghị biểu dương xã A, B (X), phường C (Y) …": the units praised for the figure)
    r"|(?:hoi nghi|tinh uy|huyen uy|thanh uy|ban thuong vu [a-z ]{4,20}?)\s+(?:da\s+)?bieu duong"
    # ("… Bố Trạch dẫn đầu với 5 xã, thị trấn …. Tại Bố Trạch, ngoài thị trấn A, còn có các xã B, C và D.")
    r"|(?:tai|o)\s+[^,.;]{1,30},\s*ngoai\s+[^,.;]{1,40},\s*con co(?:\s+cac)?"
    # ("Một số nơi được tỉnh đánh giá cao là xã A (X), xã B (Y)")
    r"|(?:mot so|nhieu|cac) (?:noi|don vi|dia phuong|xa)\s+(?:duoc\s+)?(?:[a-z]+\s+){0,3}?danh gia cao\s+(?:la|nhu|gom))(?=[\s:]))"
)


def mark_counted_units(idx: UnitIndex, figures: list[tuple[int, int]], dones: list[int | None] | None = None) -> None:
    """Units listed right after a progress figure (*figures*: its spans; *dones*: what each counts) did
    what it counts."""
    art = idx.art
    for (_start, end), done in zip(figures, dones or [None] * len(figures), strict=True):
        _mark_as_many_listed_next(idx, end, done)
    starts = sorted(s for s, _e in figures)
    leads = _next_sentences_listing(art, figures)
    led = set(leads)  # (looked up once per figure: a list would be scanned per figure)
    for start, end in figures + leads:
        # (after a lead the list starts at once: "…, như Mù Cả, …" holds no "là" or "cả" to look for)
        m = _SPACES.match(art.folded, end) if (start, end) in led else _LISTED_AFTER.match(art.folded, end)
        if m is None or _SUBJECT_IN_GAP.search(art.text, end, m.end() - 1):
            continue  # "… 5/12 xã, Gia Lai là địa phương …": another subject, not a list of the units
        seg = art.sentence_at(end)
        semicolon = art.text.find(";", m.end(), seg.end)
        later = bisect_right(starts, end)  # the next figure ends the list
        stop = min([seg.end, *starts[later : later + 1]])
        stop = _list_end(art, semicolon, stop) if 0 <= semicolon < stop else stop
        # (from the figure's start: "một xã (Hải Đông)" is one place from "xã" on)
        for name in idx.named_in(Segment(start, stop), claims_only=True):
            unit = idx.units[name]
            # ("… lên 4 trong tổng số 9 xã, gồm A, B và C; 5 xã còn lại chưa thực hiện": the denial is the
            # other clause's, read over the whole sentence before)
            denied_after = unit.consolidated is False and semicolon >= 0 and unit.source is not None and unit.source.start == seg.start
            if unit.consolidated is None or denied_after:
                unit.consolidated = True
                unit.source = art.sentence_source(seg)


# ("…; xã Quảng Lợi, Dực Yên (Đầm Hà); …": a clause of units of one district, the list going on)
_LIST_GOES_ON = re.compile(r";\s*(?:va\s+)?(?:cac\s+)?(?:xa|phuong|thi tran)\s[^;]*\)\s*\.?\s*")


def _list_end(art: Article, semicolon: int, limit: int) -> int:
    """Where a list that reaches a semicolon ends: there, unless the clauses after it go on listing
    units by district ("Các đơn vị này gồm: xã A, B (X); xã C (Y); …")."""
    while semicolon >= 0:
        after = art.text.find(";", semicolon + 1, limit)
        if _LIST_GOES_ON.fullmatch(art.folded, semicolon, after if after >= 0 else limit) is None:
            return semicolon
        semicolon = after
    return limit


# "…, gồm thị trấn A và các xã B, C …", "… là A, B và C": where a sentence's list of units opens
_LIST_OPENS = re.compile(r"\b(?:gom|bao gom|gom co|do la)\s*:?\s+(?=\S)")
_LIST_IS = re.compile(r"\b(?:la|gom|bao gom)\s*:?\s+(?=\S)")
_COUNT_LEADS = re.compile(r"\W*(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+(?:don vi|xa|phuong)\b")


def _mark_as_many_listed_next(idx: UnitIndex, end: int, done: int | None) -> None:
    """ "Ở Cam Lâm, con số là 5/14. Huyện chọn những nơi … để làm trước, gồm thị trấn A và các xã B, C,
    D, E.": the sentence after a figure lists as many units as the figure counts (none of them said
    otherwise): those are the units counted."""
    art = idx.art
    nxt = art.next_sentence(end)
    if nxt.start < end:
        return
    # ("… nay con số này là 3/18 …. Hai đơn vị được bổ sung trong nhiệm kỳ là xã A và xã B.": the
    # sentence says how many it lists)
    own = _COUNT_LEADS.match(art.folded, nxt.start)
    if own is not None:
        done = count_value(own.group(1))
    if done is None or done < 2:
        return
    m = (_LIST_IS if own is not None else _LIST_OPENS).search(art.folded, nxt.start, nxt.end)
    if m is None:
        return
    names = idx.named_in(Segment(m.end(), nxt.end), claims_only=True)
    if len(names) == done and all(idx.units[n].consolidated is not False for n in names):
        for name in names:
            if idx.units[name].consolidated is None:
                idx.units[name].consolidated = True
                idx.units[name].source = art.sentence_source(nxt)
