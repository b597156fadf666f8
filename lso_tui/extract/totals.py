"""A count of units that did it out of a total said in two steps: "có M xã …, trong đó N đơn vị …",
"toàn huyện có M xã, thị trấn, đến nay mới có N đơn vị …", "Trong số M xã, có N đơn vị …", and a
sentence giving the total followed by one that starts "Trong đó, N xã …"."""

from __future__ import annotations

import re

from lso_tui.extract.counted import Counted, count_value, is_goal, share_of_units
from lso_tui.extract.lexicon import NUMBER_WORDS
from lso_tui.extract.quantities import find_percents
from lso_tui.extract.spans import Article, Segment
from lso_tui.model.records import FuzzyDate

# ("làm theo cách này", "duy trì mô hình": the model named before)
DOING = re.compile(
    r"\b(?:thuc hien|trien khai|bo tri(?! lai)|ap dung|nhat the|dong thoi|kiem|giu|(?:lam )?thi diem|"
    r"lam theo (?:cach|mo hinh) (?:nay|do)|duy tri (?:mo hinh|cach lam)|hoan thanh(?= (?:o|tai) ))\b"  # ("hoàn thành ở cả 12 xã")
)
# "toàn tỉnh có 106 xã, phường, thị trấn, trong đó 21 đơn vị đã thực hiện": 21 of 106.
_OF_WHICH = re.compile(
    # ("toàn tỉnh sau sắp xếp còn 216 xã, phường, thị trấn; trong đó 61 đơn vị …": what a merger left)
    r"\b(?:co|con)\s+(\d{1,5})\s+(?:xa|phuong|thi tran|don vi|co so)[^.]{0,60}?\btrong (?:do|so do|so nay)\s*,?\s+"
    r"(?:(?:moi|chi|da|hien)\s+)?(?:co\s+)?(\d{1,4})\b(?!\s+(?:tinh|huyen|thanh pho|quan|thi xa|dia phuong)\b)"  # (not "trong đó 13 tỉnh …")
    # "toàn huyện có 29 xã, thị trấn, đến nay mới có 3 đơn vị thực hiện": N of M, said in two steps.
    # ("Nam Định, địa phương có 229 xã …, mới có 3 đơn vị là xã A, B và C": the units named after)
    # ("TP X có 32 phường, xã nhưng thành phố này mới có 2 đơn vị là …")
    # ("TP Pleiku, nơi tập trung 22 phường, xã, mới có 3 đơn vị.")
    r"|\b(?:co|tap trung)\s+(\d{1,5})\s+(?:xa|phuong|thi tran|don vi|co so)[^.;]{0,40}?"
    r"(?:,\s*(?:(?:den nay|hien nay|hien|nay)\s+(?:(?:moi|chi|da)\s+)?|moi\s+|chi\s+)|,?\s*nhung\s+(?:[^.;,\d]{0,25}?\s)?(?:moi|chi)\s+)"
    r"co\s+(\d{1,4})\s+(?:don vi|xa|phuong|thi tran|co so)\b(?=[^.;]{0,40}?\b(?:thuc hien|bo tri(?! lai)|ap dung|nhat the|dong thoi|kiem)|\s+la\s+(?:xa|phuong|thi tran)\b|\s*[.;])"
    # ("huyện có 13 xã, thị trấn; 7 đơn vị trong số này do một người giữ cả hai chức danh")
    r"|\bco\s+(\d{1,5})\s+(?:xa|phuong|thi tran|don vi)(?:[ ,]+(?:va\s+)?(?:xa|phuong|thi tran)\b)*\s*[;,]\s*(\d{1,4})\s+(?:don vi|xa|phuong|thi tran)\s+trong so (?:nay|do)\b"
    # "Trong số 31 xã, thị trấn, có 7 đơn vị bầu bí thư … giữ chức chủ tịch UBND".
    # ("trong 200 xã, phường, thị trấn của Tuyên Quang hiện có 39 đơn vị …", "trong 137 xã … của tỉnh, 29 đơn vị đã …")
    # ("Trong số 16 đơn vị này, có 8 đơn vị …")
    r"|\btrong (?:(?:tong )?so\s+)?(\d{1,5})\s+(?:xa|phuong|thi tran|don vi|co so)(?:[ ,]+(?:va\s+)?(?:xa|phuong|thi tran)\b)*(?:\s+(?:nay|do|tren))?"
    r"(?:\s+(?:cua|thuoc|tren dia ban)\s+[^.;,\d]{1,25}?)?(?:,\s*|\s+)(?:(?:moi|chi|da|hien)\s+)?(?:co\s+)?(\d{1,4})\s+"
    r"(?:don vi|xa|phuong|thi tran|co so)\b"
)

# "Toàn huyện có 14 xã, thị trấn." (the whole sentence), then "Trong đó, 5 xã đã thực hiện …".
# ("Sau đợt sắp xếp, huyện này còn 18 xã, thị trấn.": what the merger left, a total too)
_TOTAL_ONLY = re.compile(
    r"\b(?:co|gom|con)\s+(\d{1,4})\s+(?:xa|phuong|thi tran|don vi)(?:[ ,]+(?:va\s+)?(?:xa|phuong|thi tran))*(?:\s+hanh chinh cap xa)?\s*\.?\s*$"
)
_OF_THEM = re.compile(
    # "Trong đó, 5 xã đã thực hiện …", "Sau kỳ họp thứ nhất, 6 đơn vị có bí thư … giữ chức …", "Đến nay,
    # huyện này mới bố trí được 3 đơn vị …"
    r"\W*(?:[^.;,]{0,40},\s*)?(?:trong (?:do|so do|so nay)\s*,?\s*)?"
    r"(?:[^.;,\d]{0,30}?\b(?:moi|chi|da)\s+(?:bo tri duoc|thuc hien duoc|bo tri|thuc hien)\s+(?:o\s+)?|(?:(?:moi|chi|da|hien)\s+)?(?:co\s+)?)"
    r"(\d{1,4}|" + "|".join(NUMBER_WORDS) + r")\s+(?:xa|phuong|thi tran|don vi)\b"  # ("Hai xã đã thực hiện, là …")
    # "Hiện 5 trong số đó đã bố trí …"
    r"|\W*(?:(?:hien|den nay|nay)\s*,?\s*)?(\d{1,4})\s+trong so (?:do|nay)\b"
)


_BARE_UNITS = re.compile(r"(?:co|gom|con)\s+\d{1,4}\s+don vi\s*\.?\s*$")
_SO_FEW = re.compile(r"\b(?:chi|moi|chi moi|van chi|da|tung)\s+co\s*$")  # ("…, nơi đã có 67 đơn vị.": a count reached, no total)


def total_of(folded: str) -> int | None:
    """The count of units a sentence states and nothing else ("… có 14 xã, thị trấn.")."""
    m = _TOTAL_ONLY.search(folded)
    # ("Cuối năm 2016, cả nước chỉ có 542 đơn vị.": a count, so few, not a total)
    if m is None or DOING.search(folded) or _SO_FEW.search(folded, 0, m.start() + 3):
        return None
    if _BARE_UNITS.match(folded, m.start()):
        return None  # ("Theo Ban Tổ chức Trung ương, cả nước hiện có 903 đơn vị.": units that did it, not all of them)
    return int(m.group(1))


def of_which_before(art: Article, seg: Segment, total: int | None) -> Counted | None:
    """ "Trong đó, N xã đã thực hiện …, đạt x%" after a sentence that gave the total: N of it."""
    m = _OF_THEM.match(art.folded, seg.start) if total is not None else None
    if m is None or total is None:
        return None
    at = 1 if m.group(1) else 2
    done = count_value(m.group(at))
    if done > total or not DOING.search(art.folded, m.end(), seg.end):
        return None
    nxt = next(iter(find_percents(art.folded, m.end(), seg.end)), None)
    share = nxt.value if nxt is not None and share_of_units(art.folded, seg.start, nxt) else None
    return Counted(m.start(at), nxt.end if share is not None and nxt else m.end(), done, total, share)


def of_which(art: Article, seg: Segment, doc_date: FuzzyDate | None) -> Counted | None:
    """ "toàn tỉnh có M xã …, trong đó N đơn vị đã thực hiện …, chiếm x%": N of M, with its share."""
    folded = art.folded
    m = _OF_WHICH.search(folded, seg.start, seg.end)
    if m is None:
        return None
    pair = next(i for i in (1, 3, 5, 7) if m.group(i))  # the alternative that matched: total, done
    total, done = int(m.group(pair)), int(m.group(pair + 1))
    if done > total or is_goal(folded, seg.start, m.start(), doc_date):
        return None
    end = m.end()
    share = None
    nxt = next(iter(find_percents(folded, m.end(), seg.end)), None)
    if nxt is not None and ";" not in folded[m.end() : nxt.start] and share_of_units(folded, seg.start, nxt):
        share, end = nxt.value, nxt.end
    return Counted(m.start(pair), end, done, total, share)


