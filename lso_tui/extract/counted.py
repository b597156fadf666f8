"""What a figure in a sentence counts and says: commune-level units or something else (districts,
villages, votes, rates of other things), a result or a goal, and the figure itself (Counted)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lso_tui.extract.lexicon import NUMBER_WORDS
from lso_tui.extract.quantities import Found
from lso_tui.extract.spans import Segment
from lso_tui.model.records import FuzzyDate

# What a figure counts, read just after it: districts, villages, votes and voters are not communes.
_NOT_COMMUNES = re.compile(
    r"\s*(?:so\s+)?(?:huyen|quan|thi xa|thanh pho|tp|don vi cap huyen|dv cap huyen|thon|ban|ap|khom|"
    r"to dan pho|to|khu pho|khu dan cu|xom|buon|plei|soc|lang|chi bo|dang bo|phieu|so phieu|cu tri|dai bieu|nguoi|can bo|dang vien|ho|"
    r"bi thu|chu tich|dan so|dan|lao dong|dien tich|tong chieu dai|km|tieu chi|chi tieu|hecta)\b"
)
# "tỷ lệ hộ nghèo", "tỷ lệ che phủ rừng": a rate of something other than units (a rate of units, of
# secretaries, or a bare "tỷ lệ đạt …" is not one).
_OTHER_RATE = re.compile(
    r"\bty le\s+(?!(?:xa|phuong|thi tran|don vi|co so|bi thu|nhat the|thuc hien|dat|la|chiem|len|tang|giam|nay|"
    r"tren|o|cua|chung|toan|hien|tuong ung|cac|so|it nhat|toi thieu|toi da|khoang|gan|hon|duoi|khong|tu|bao|"
    r"cao|thap|nhat|lon|kha|tuong doi|da|moi|chi|van|cung|vuot|xap xi)\b)"
    r"[a-z]+[^.;]*$"
)
_PEOPLE_BEFORE = re.compile(
    r"\b(?:dong bao|dan so|dan toc|ho ngheo|ho dan|nguoi dan|lao dong|tre em|phu nu|cu tri)\b[^.;%]{0,30}$"
)
# "ở 124 xã, phường, đặc khu của tỉnh": every unit of a new province (special zones included), a total
_ALL_NEW_UNITS = re.compile(r"\s*(?:xa|phuong|thi tran)(?:\s*,\s*(?:xa|phuong|thi tran))*\s*,?\s*(?:va\s+)?dac khu\b")
_COMMUNES_AFTER = re.compile(r"\s*(?:xa|phuong|thi tran|don vi cap xa)\b")
# "thu ngân sách tăng 18% so với cùng kỳ": a growth rate, not a share of units.
# ("giảm còn 1 xã", "tăng lên 12 xã", "đã vượt với 9/13 xã" are counts)
_GROWTH_BEFORE = re.compile(r"\b(?:tang|giam|vuot|hut|ngan sach)\s+(?!con\b|len\b|voi\b)(?:\S+\s+)?$")
_NEW_RURAL = re.compile(r"\b(?:dat chuan|nong thon moi|ntm|dat tieu chi)\b[^.;%]*$")
# Villages and their posts, folded; "bản" and "ấp" only as spelt (folded, they are "bạn" and "áp dụng").
# ("29/29 xã, thị trấn đã có đường ô tô đến trung tâm": roads, power, schools: another programme's count)
_NEW_RURAL_AFTER = re.compile(
    r"[^.;%\d]{0,30}?\b(?:dat chuan|nong thon moi|ntm|duong o to|dien luoi|nuoc sach|truong chuan|tram y te)\b"
    r"|[^.;%\d]{0,30}?\bdat\s+\d{1,2}\s*/\s*\d{1,2}\s+tieu chi\b"  # ("một trong 4 xã của X đạt 19/19 tiêu chí")
)
_VILLAGES = re.compile(r"\b(?:thon|to dan pho|chi bo(?! tri)|truong thon|khu pho|truong ap|xom|truong xom)\b")  # ("chỉ bố trí" folds like "chi bộ")
_HAMLETS = re.compile(r"(?<!\w)(?:bản|ấp)(?!\w)", re.IGNORECASE)


def names_villages(text: str, folded: str, start: int, end: int) -> bool:
    """Whether text[start:end] speaks of villages (thôn, tổ dân phố, bản, ấp) or their posts."""
    return bool(_VILLAGES.search(folded, start, end) or _HAMLETS.search(text, start, end))


# "con số này", "con số đó": the figure just given, named again.
THIS_NUMBER = re.compile(r"\bcon so (?:nay|do|ay|la|tuong ung)\b")
_BODIES_BEFORE = re.compile(r"\b(?:hdnd|ubnd|mttq|dang uy)\s+$")
# ("vùng X chiếm 489 đơn vị, gần 60% số đơn vị của cả nước": a part's share of the country's count, no region's)
_PART_OF_COUNTRYS = re.compile(r"\s+so (?:don vi|xa)(?:\s+(?:da\s+)?(?:thuc hien|ap dung))?\s+cua\s+(?:ca nuoc|toan quoc)\b")
_GROWTH_AFTER = re.compile(r"\s*(?:so voi|du toan|ke hoach)")
_DISTRICT_LEVEL = re.compile(r"\bcap huyen\b")
COMMUNE_LEVEL = re.compile(r"\b(?:cap xa|co so|xa|phuong|thi tran)\b")
_VOTE_AFTER = re.compile(r"\s*(?:so\s+)?(?:phieu|cu tri|dai bieu|tong so phieu)")
# A goal, not a result, when one of these comes before the figure in its clause.
_GOAL_BEFORE = re.compile(
    r"\b(?:phan dau|muc tieu|chi tieu(?! de ra)|se|du kien|huong toi|tien toi|can dat|yeu cau|ke hoach|"
    r"nham|de ra|de xuat|dat muc|nham muc|phai\s+(?:dat|co|bo tri|thuc hien)|dang ky\s+(?:dat|thuc hien)|xac dinh\s+(?:den|toi|dat|phai)"  # ("riêng thành phố X phải đạt 100%", "đăng ký đạt")
    r"|(?<!da )dat\s+(?:it nhat|toi thieu))\b"  # ("…; các huyện còn lại đạt ít nhất 30%": at least, a goal)
)
# "vượt chỉ tiêu", "hoàn thành kế hoạch": a result. ("đạt" is left out: it folds like "đặt", and "đặt
# mục tiêu" sets a goal.)
_ACHIEVED = re.compile(r"\b(?:vuot|hoan thanh|so voi)\s+(?:\S+\s+){0,2}(?:chi tieu|muc tieu|ke hoach)\b")
# "thời điểm đặt mục tiêu", "khi đề ra chỉ tiêu": when a goal was set, a time, not a goal
_WHEN_SET = re.compile(r"\b(?:thoi diem|luc|khi|nam)\s+(?:dat|de ra|xay dung|dat ra)\s+(?:muc tieu|chi tieu)\b")
# "tỷ lệ bí thư chi bộ đồng thời là trưởng thôn … đạt 95,2%": a share of villages.
_VILLAGES_AFTER = re.compile(r"\s*(?:so\s+)?(?:thon|ap|to dan pho|khu pho|khoi pho|to dan cu|buon|khom|lang)\b")
_VILLAGE_MODEL = re.compile(r"\b(?:bi thu chi bo|truong thon|truong ap|to truong to dan pho)\b")
DEADLINE = re.compile(
    r"\b(?:den|toi|trong|vao|cho)\s+(?:het\s+|cuoi\s+)?nam\s+((?:19|20)\d\d)\b"
    # "đến cuối nhiệm kỳ 2020-2025", "trong nhiệm kỳ 2020 - 2025": the term's last year.
    # ("điều chỉnh chỉ tiêu cho nhiệm kỳ 2015-2020 xuống khoảng 15%")
    r"|\b(?:den|toi|trong|vao|cho)\s+(?:het\s+|cuoi\s+)?nhiem ky\s+(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b"
)


def deadline_year(m: re.Match[str]) -> int:
    """The year a DEADLINE match names."""
    return int(next(g for g in m.groups() if g))
# After a goal word, what marks a result: a present or past marker, or a contrast ("đặt chỉ tiêu … 40%,
# nhưng đến đầu năm 2025 mới đạt 27,1%").
# ("nhưng" (but) folds like "những" (plural): not "ở những nơi đủ điều kiện")
_NOW = re.compile(
    r"\b(?:tinh den|den nay|den thoi diem|(?<!thuc )hien|da|nhung(?!\s+(?:noi|xa|phuong|don vi|dia phuong|nguoi|nam|huyen|tinh))|song|tuy nhien)\b"
)



@dataclass(frozen=True)
class Counted:
    """One figure in a clause: offsets, and what it says."""

    start: int
    end: int
    done: int | None
    total: int | None
    share: float | None
    # An earlier count told beside the current one ("từ 12 đơn vị năm 2016 lên 31"): dated by the
    # year it names, else undated (never the article's date: it is not the count then)
    earlier: bool = False
    year: int | None = None


def counts_communes(folded: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the figure at folded[start:end] counts commune-level units (not districts, villages,
    votes or people), from the words right after it and the level named before it in its clause."""
    if _NOT_COMMUNES.match(folded, end) or _GROWTH_AFTER.match(folded, end) or _ALL_NEW_UNITS.match(folded, end) or _PART_OF_COUNTRYS.match(folded, end):
        return False
    if _BODIES_BEFORE.search(folded, max(clause_start, start - 8), start):
        return False  # "HĐND 25/25 xã, thị trấn … đã tổ chức xong kỳ họp": the councils, not the model
    if _NEW_RURAL.search(folded, max(clause_start, start - 60), start) or _NEW_RURAL_AFTER.match(folded, end):
        return False  # "nâng tổng số xã đạt chuẩn nông thôn mới lên 15/22 xã", "9/14 xã đạt chuẩn": another programme
    if _GROWTH_BEFORE.search(folded[max(clause_start, start - 30) : start]):
        return False
    if _PEOPLE_BEFORE.search(folded, max(clause_start, start - 50), start):
        return False  # "đồng bào dân tộc thiểu số chiếm 17%": a share of people
    if _OTHER_RATE.search(folded, max(clause_start, start - 80), start):
        return False  # "tỷ lệ hộ nghèo … 48,6%"
    if _VILLAGES_AFTER.match(folded, end):
        return False  # "100% thôn, tổ dân phố … bí thư chi bộ đồng thời là trưởng thôn": villages
    if _COMMUNES_AFTER.match(folded, end):
        return True  # "Cùng với cấp huyện, Tuy Đức có 2/6 xã": the noun after says what is counted
    if _VILLAGE_MODEL.search(folded, clause_start, start):
        return False
    inner = folded[start:end]
    if re.search(r"\b(?:huyen|thon|ban|phieu|cu tri)\b", inner):
        return False
    before = folded[clause_start:start]
    district = [m.end() for m in _DISTRICT_LEVEL.finditer(before)]
    commune = [m.end() for m in COMMUNE_LEVEL.finditer(before) if not before[: m.start()].endswith("cap ")]
    return not district or (bool(commune) and commune[-1] > district[-1])


def is_vote(folded: str, start: int, end: int) -> bool:
    """ "với 98,5% số phiếu", "tỷ lệ cử tri đi bầu đạt 99%": an election's figures."""
    after = folded[end : end + 25]
    return bool(_VOTE_AFTER.match(after)) or (
        "cu tri" in folded[max(0, start - 40) : start] or "phieu" in folded[max(0, start - 25) : start]
    )


# "Chương trình giao chỉ tiêu cụ thể cho từng địa bàn: A phấn đấu 100%; B đạt khoảng 60%": after the
# lead, every clause is an assigned goal (unless it reports: "…; B hiện đã đạt 30%")
_ASSIGNED = re.compile(
    r"\b(?:(?:giao|phan bo|phan giao|dat ra)\s+chi tieu|chi tieu\s+(?:cu the\s+)?cho\s+(?:tung|cac|moi))\b[^.;:]*:"
    r"|\b(?:de ra|dat ra|xac dinh|neu ro)\s+(?:muc tieu|chi tieu)\s*:"  # ("… đồng thời đề ra mục tiêu: đến năm 2030, …")
)
# (a clause that reports what was done carries no goal: "…; hiện đã đạt 17,9%"; "thực hiện" is no "hiện")
REPORTED = re.compile(r"\b(?:(?<!thuc )hien|da|den nay|tinh den|moi dat|moi co|dat duoc|ket qua)\b")


def assigned_goal(folded: str, sentence_start: int, clause_start: int, clause_end: int) -> bool:
    """Whether the clause is an item of a list of goals its sentence's lead assigns."""
    lead = _ASSIGNED.search(folded, sentence_start, clause_end)
    return lead is not None and not REPORTED.search(folded, max(clause_start, lead.end()), clause_end)


# A word every match of _GOAL_BEFORE or DEADLINE holds (the substitutions below only put a space where a
# match was, between non-letters): a clause holding none of them before a figure sets no goal, and is
# not searched (each of a crafted clause's many figures searched all of it before them).
GOAL_WORDS = (
    "phan dau", "muc tieu", "chi tieu", "se", "du kien", "huong toi", "tien toi", "can dat", "yeu cau", "ke hoach",
    "nham", "de ra", "de xuat", "dat muc", "phai", "dang ky", "xac dinh", "it nhat", "toi thieu", "nam", "nhiem ky",
)


def is_goal(folded: str, clause_start: int, pos: int, doc_date: FuzzyDate | None) -> bool:
    """Whether the clause, before *pos*, sets a goal rather than reports a result."""
    before = folded[clause_start:pos]
    return any(w in before for w in GOAL_WORDS) and goal_before(before, doc_date)


def goal_before(before: str, doc_date: FuzzyDate | None) -> bool:
    """Whether the folded clause *before* a figure sets a goal (searched)."""
    if _ACHIEVED.search(before):
        before = _ACHIEVED.sub(" ", before)
    if _WHEN_SET.search(before):
        before = _WHEN_SET.sub(" ", before)  # "Thời điểm đặt mục tiêu, năm 2015, tỉnh này mới có 35 đơn vị"
    goal = _GOAL_BEFORE.search(before)
    if goal and not _NOW.search(before, goal.end()):
        return True
    deadline = DEADLINE.search(before)
    if deadline and (doc_date is None or deadline_year(deadline) >= doc_date.year):
        return not _NOW.search(before, deadline.end())
    return False


def share_of_units(folded: str, clause_start: int, p: Found[float]) -> bool:
    """Whether the percent at *p* is a share of units (not a growth rate, a vote or a share of people)."""
    return (
        p.value <= 1
        and not is_vote(folded, p.start, p.end)
        and counts_communes(folded, clause_start, p.start, p.end)
    )


_MODEL = re.compile(r"\bchu tich (?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)\b")


def other_model(folded: str, ratios: list[re.Match[str]], k: int, clause: Segment) -> bool:
    """Whether ratio *k* counts the secretary chairing the HĐND: the model named right after it (up
    to the next ratio), else the last one named before it (from the ratio before)."""
    r = ratios[k]
    after_end = ratios[k + 1].start() if k + 1 < len(ratios) else clause.end
    before_start = ratios[k - 1].end() if k > 0 else clause.start
    after = _MODEL.findall(folded, r.end(), after_end)
    named = after[:1] or _MODEL.findall(folded, before_start, r.start())[-1:]
    return bool(named) and " h" in named[0]




def count_value(text: str) -> int:
    """A count as printed ("1.569": a dot groups thousands; "hai": 2)."""
    return NUMBER_WORDS.get(text) or int(text.replace(".", ""))


# "Huyện Đắk Hà (cũ) đạt 5/11": a typed region's bare ratio.
REGION_RATIO = re.compile(
    # ("Huyện X, địa bàn đông dân nhất tỉnh, đạt 14/18": with an aside on the region)
    r"^\s*(?:huyen|thi xa|thanh pho|tp\.?|quan|tinh)\s+[^\d,.;:]{1,30}?(?:\s*,[^\d.;:,]{1,50},)?\s+(?:\(cu\)\s+)?(?:(?:da|hien|moi)\s+)?"
    r"(?:co|dat|voi|la)\s+\d{1,4}\s*/\s*\d{1,5}\s*[.;,(]"  # ("… đạt 58/260 (22,31%), …" too)
)
# "…, nhưng tính đến tháng 9/2020, cả tỉnh mới đạt 22,1%": a whole region's share, in a passage on units.
WHOLE_REACHED = re.compile(
    # ("Toàn tỉnh Bắc Kạn (cũ) đạt 36,2%": the region's name may follow)
    r"\b(?:toan|ca)\s+(?:tinh|huyen|nuoc|thanh pho|thi xa)\s+(?:[a-z]+\s+){0,3}?(?:\(\s*cu\s*\)\s*)?(?:(?:moi|da|chi|hien|cung|van)\s+)*(?:dat|la)\s+$"
)


# "…, trong khi năm 2015 con số này chỉ là 19 đơn vị": the year an earlier count was of
_YEAR_THEN = re.compile(r"\bnam\s+((?:19|20)\d\d)\s*,?\s*con so (?:nay|do|ay)\b[^.;\d]{0,20}$")


def year_then(folded: str, start: int, at: int) -> int | None:
    """The year named right before "con số này … N đơn vị" at *at* (clause from *start*): the count then."""
    m = _YEAR_THEN.search(folded, max(start, at - 60), at)
    return int(m.group(1)) if m else None
