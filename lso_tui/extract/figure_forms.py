"""Progress figures said in set forms: every unit of a region ("ở cả 8 xã": N of N), a rise ("tăng
từ 19 đơn vị … lên 58 đơn vị": both counts), and a total given by the clause after a count ("…; tính
trên tổng số 226 …, tỷ lệ đạt 25,66%")."""

from __future__ import annotations

import re
from dataclasses import replace

from lso_tui.extract.counted import Counted, count_value, counts_communes, is_goal, year_then
from lso_tui.extract.lexicon import CONSOLIDATION_CUES, NUMBER_WORDS
from lso_tui.extract.spans import Article, Segment
from lso_tui.extract.totals import DOING as _DOING
from lso_tui.extract.units import has_cue
from lso_tui.model.records import FuzzyDate

# "Huyện X đã thực hiện ở cả 8 xã", "tất cả 8 xã, thị trấn của huyện đều có bí thư …": every unit,
# N of N.
_EVERY = re.compile(
    r"\b(?:tat ca|ca|toan bo)\s+(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+(?:xa|phuong|thi tran|don vi)\b"
    r"(?:\s*,\s*(?:xa|phuong|thi tran)\b)*"
)
_DONE_AT = re.compile(r"\blam\s+(?:o|tai)\s+$")
_COUNCIL_POST = re.compile(r"\bchu tich (?:hdnd|hoi dong nhan dan)\b(?![^.;]*\bchu tich (?:ubnd|uy ban nhan dan)\b)")
_LEADS = re.compile(r"\b(?:dan dau|dung dau|di dau|cao nhat|nhieu nhat)\b")
_NOT_DONE = re.compile(r"\b(?:chua|khong|deu phai tach|tach lai|tach rieng)\b")
# "- Huyện Tiên Yên: 9/11 xã", "- Đầm Hà: 3/10;", "- Huyện đảo Cô Tô: cả 3 xã": an item of a list of
# results, a region's name then its figure.
# ("- Quận Ô Môn: hai phường là Châu Văn Liêm và Thới An." too)
LIST_ITEM_FIGURE = re.compile(
    r"\s*[-–•+*]?\s*[^:\d.;]{2,40}:\s*(?:(?:ca|tat ca|gan|hon|khoang)\s+)?(?:\d+(?:\s*/\s*\d+|\s*%|\s+(?:xa|phuong|thi tran|don vi))"
    r"|(?:" + "|".join(NUMBER_WORDS) + r")\s+(?:xa|phuong|thi tran|don vi))"
)


def every_unit(art: Article, clause: Segment, doc_date: FuzzyDate | None, found: list[Counted]) -> list[Counted]:
    """Figures of every unit of a region ("ở cả 8 xã"), said with the model or a doing word in the
    clause and not denied ("cả 8 xã đều chưa …")."""
    folded = art.folded
    out = []
    for m in _EVERY.finditer(folded, clause.start, clause.end):
        n = count_value(m.group(1))
        if n == 0 or any(f.start <= m.start(1) < f.end for f in found):
            continue
        said = (
            has_cue(folded[clause.start : clause.end], CONSOLIDATION_CUES)
            or _DOING.search(folded, clause.start, clause.end)
            or LIST_ITEM_FIGURE.match(folded, art.sentence_at(clause.start).start)
            or _LEADS.search(folded, clause.start, m.start())  # "Dẫn đầu là huyện X với cả 4 xã …"
            or _DONE_AT.search(folded, max(clause.start, m.start() - 16), m.start())  # "Huyện X đã làm ở cả 7 xã"
        )
        if not said or _NOT_DONE.search(folded, clause.start, clause.end) or is_goal(folded, clause.start, m.start(), doc_date):
            continue
        if _COUNCIL_POST.search(folded, m.end(), clause.end):
            continue  # "bí thư của tất cả 40 xã, phường … giữ chức Chủ tịch HĐND": the other arrangement
        out.append(Counted(m.start(1), m.end(), n, n, None))
    return out


# "tăng từ 19 đơn vị năm 2016 lên 58 đơn vị hiện nay", "từ 12 lên 31 xã": the earlier count and the
# current one, each a figure.
_UNIT_WORD = r"(?:don vi|xa|phuong|thi tran|co so)"
_COUNT_WORD = r"\d{1,4}|" + "|".join(NUMBER_WORDS)
_A_YEAR = r"(?:(?:cuoi|dau|giua)\s+)?nam\s+((?:19|20)\d\d)\b"
_GROWN = re.compile(
    rf"\btu\s+(\d{{1,4}})(?:\s+{_UNIT_WORD}\b(?:\s*,\s*{_UNIT_WORD}\b)*)?[^,;.%]{{0,50}}?\s+(?:len|(?:giam|xuong|chi|nay(?: chi)?)\s+con)\s+"
    # "từ 17 xã giảm còn 3 xã", "từ 3 xã nay chỉ còn 1 là …", "từ 12 đơn vị năm 2011 lên 32 trên 76 xã" too
    rf"(\d{{1,4}})(?:\s+{_UNIT_WORD}\b|(?=\s*(?:[.;,]|la\b|tren\s+\d|/)))"
    # "toàn tỉnh hiện có 27 xã …, tăng từ 12 đơn vị vào năm 2016": the earlier count, said after
    rf"|\btang\s+(?:len\s+)?tu\s+(\d{{1,4}})\s+{_UNIT_WORD}\b(?![^,;.%]{{0,30}}?\s+len\s+\d)"  # ("tăng lên từ 22 đơn vị")
    # "so với cuối năm 2020 (81 đơn vị), tăng 17 đơn vị": the earlier count in parentheses
    rf"|\bso voi\s+(?:cuoi\s+|dau\s+|giua\s+)?nam\s+(?:19|20)\d\d\s*\(\s*(\d{{1,4}})\s+{_UNIT_WORD}\s*\)"
    # "X từng có 9 xã, phường triển khai, nay chỉ còn 2": the earlier count (undated) and the one now;
    # "… giảm 6 xã, chỉ còn 5.": the one now
    # ("năm 2012, Hà Tĩnh có 17 xã thực hiện, nay chỉ còn 4": the earlier one dated by its year, below)
    # ("Phú Thọ trước có 8 xã …, nhưng đến nay chỉ còn 1"; "X có 11 xã, giờ chỉ còn 5": "còn" after "nay/giờ"
    # is what is left after a fall, unless "… chưa" makes it the remainder)
    # ("Hưng Yên từng thí điểm ở 6 xã, nay chỉ còn 2")
    rf"|\b(?:tung co|tung (?:thi diem|thuc hien|lam|ap dung)\s+(?:o|tai)|truoc(?:\s+day|\s+kia)?\s+co|co|nam\s+(?:19|20)\d\d\s*,\s*[^,;.%\d]{{0,30}}?\bco)\s+({_COUNT_WORD})\s+{_UNIT_WORD}\b(?:\s*,\s*{_UNIT_WORD}\b)*"
    rf"[^.;]{{0,40}}?,\s*(?:nhung\s+)?(?:nay|hien nay|den nay|gio|gio day|hien gio)\s+(?:chi\s+)?con\s+(\d{{1,4}})\b(?![^,;.]{{0,20}}\bchua\b)"
    rf"|\bgiam\s+\d{{1,4}}\s+{_UNIT_WORD}\b\s*,\s*(?:nay\s+)?(?:chi\s+)?con\s+(\d{{1,4}})(?=\s*[.;,])"
    # "tăng mạnh so với con số 12 đơn vị của năm 2016": the count compared with, of its year
    # ("tăng mạnh so với 23 đơn vị năm 2016")
    rf"|\bso voi\s+(?:con so\s+)?(\d{{1,4}})\s+{_UNIT_WORD}\b\s+(?:cua\s+|vao\s+)?(?:(?:cuoi|dau|giua)\s+)?nam\s+((?:19|20)\d\d)\b"
    # "Từ 1 xã năm 2015, đến nay huyện đã có 4/10 …": a start dated by its year, the current count after
    # ("từ 4 xã đầu nhiệm kỳ, đến nay huyện có 11/35 …": the term's start, undated; "từ chỗ chỉ có 1 xã
    # thí điểm năm 2016, nay …")
    # ("Từ mức cao nhất 26 đơn vị vào năm 2021, đến nay …")
    rf"|\btu\s+(?:cho\s+(?:chi\s+)?co\s+|muc\s+(?:cao nhat\s+|dinh\s+)?)?({_COUNT_WORD})\s+{_UNIT_WORD}\b(?:\s+thi diem)?(?:\s*,\s*{_UNIT_WORD}\b)*\s+(?:(?:vao\s+)?{_A_YEAR}|dau nhiem ky\b)(?![^;.%]{{0,30}}?\s+len\s+\d)"
    # "so với cuối năm 2017, thời điểm tỉnh mới có 19 đơn vị"; "nếu năm 2010 Tân Phú mới có 1 xã … thì
    # nay …": the count at a year named before it
    # ("so với thời điểm cuối năm 2018, khi con số này mới là 21 đơn vị")
    rf"|\b(?:so voi|neu|nhu)\s+(?:(?:vao|thoi diem|thoi ky)\s+)?{_A_YEAR}\s*,?\s*(?:(?:thoi diem|khi|luc|luc do|khi do)\b)?[^,;.%\d]{{0,40}}?"
    rf"\b(?:(?:moi|chi|chi moi)\s+co|con so (?:nay|do|ay)\s+(?:moi|chi|chi moi)\s+la)\s+({_COUNT_WORD})\s+{_UNIT_WORD}\b"
    # "năm 2013, khi tỉnh bắt đầu làm thí điểm, toàn tỉnh mới có 12 đơn vị": the count of that year
    # ("Năm 2015, con số này mới là 41 đơn vị" too)
    rf"|\bnam\s+((?:19|20)\d\d)\s*,\s*(?:(?:(?:khi|luc|thoi diem)\b[^;.%\d]{{0,60}}?|[^,;.%\d]{{0,30}}?)\b(?:(?:moi|chi|chi moi)\s+(?:co|chon)|tung co)"
    rf"|con so (?:nay|do|ay)\s+(?:moi|chi|chi moi|tung)\s+(?:la|co|vao khoang|vao|khoang)(?:\s+(?:khoang|gan|hon|tren))?)\s+({_COUNT_WORD})\s+{_UNIT_WORD}\b"
    # "tăng mạnh so với đầu nhiệm kỳ 2016-2021 (52 đơn vị)", "… so với đầu nhiệm kỳ, khi tỉnh mới có 52 đơn vị":
    # the term's start, undated
    rf"|\bso voi\s+(?:dau|cuoi)\s+nhiem ky\b(?:\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?\s*(?:\(\s*(\d{{1,4}})\s+{_UNIT_WORD}\s*\)"
    rf"|,\s*(?:khi|luc|thoi diem)\b[^,;.%\d]{{0,30}}?\b(?:(?:moi|chi)\s+)?co\s+(\d{{1,4}})\s+{_UNIT_WORD}\b)"
    # "… thấp hơn so với năm 2013, khi Hà Tĩnh có 31 đơn vị": the count of that year
    rf"|\bso voi\s+{_A_YEAR}\s*,\s*(?:khi|luc|thoi diem)\b[^,;.%\d]{{0,30}}?\bco\s+(\d{{1,4}})\s+{_UNIT_WORD}\b"
    # "Thời điểm đầu nhiệm kỳ, cả tỉnh có 18 đơn vị.": the term's start, undated
    rf"|\b(?:thoi diem\s+)?dau nhiem ky\b[^,;.%\d]{{0,20}}?,\s*[^,;.%\d]{{0,30}}?\b(?:(?:moi|chi|da)\s+)?co\s+(\d{{1,4}})\s+{_UNIT_WORD}\b"
)


_ADMIN_UNITS = re.compile(r"\bso (?:luong )?don vi hanh chinh\b")


def grown(art: Article, clause: Segment, doc_date: FuzzyDate | None, found: list[Counted]) -> list[Counted]:
    """The two counts of a rise said "từ N … lên M …", when not a goal and not already read."""
    folded = art.folded
    out: list[Counted] = []
    if _ADMIN_UNITS.search(folded, clause.start, clause.end):
        return out  # "số đơn vị hành chính cấp xã giảm từ 165 xuống còn 64": a merger, not the model
    for m in _GROWN.finditer(folded, clause.start, clause.end):
        if m.group(3):  # "tăng từ 12 đơn vị": the earlier count only
            if not any(f.start <= m.start(3) < f.end for f in found):
                year = _YEAR.search(folded, m.end(), min(clause.end, m.end() + 25))
                out.append(Counted(m.start(3), m.end(), int(m.group(3)), None, None, True, _year(year)))
            continue
        if m.group(4):  # "so với cuối năm 2020 (81 đơn vị)": dated by the year before it
            if not any(f.start <= m.start(4) < f.end for f in found):
                year = _YEAR.search(folded, m.start(), m.start(4))
                out.append(Counted(m.start(4), m.end(), int(m.group(4)), None, None, True, _year(year)))
            continue
        if m.group(5) or m.group(7):  # "từng có 9 xã …, nay chỉ còn 2"; "giảm 6 xã, chỉ còn 5"
            if m.group(5) and not any(f.start <= m.start(5) < f.end for f in found):
                year = _YEAR_LEAD.search(folded, m.start(), m.start(5))
                out.append(Counted(m.start(5), m.end(5), count_value(m.group(5)), None, None, True, _year(year)))
            now = 6 if m.group(5) else 7
            if not any(f.start <= m.start(now) < f.end for f in found):
                out.append(Counted(m.start(now), m.end(now), int(m.group(now)), None, None))
            continue
        for at, year_at in ((8, 9), (10, 11), (13, 12), (15, 14), (16, 0), (17, 0), (19, 18), (20, 0)):  # "từ 1 xã năm 2015, …", "so với năm 2017, khi … mới có 19 …"
            taken = any(f.start <= m.start(at) < f.end for f in found) if m.group(at) else True
            if not taken and not is_goal(folded, clause.start, m.start(), doc_date):
                when = int(m.group(year_at)) if year_at and m.group(year_at) else None
                out.append(Counted(m.start(at), m.end(at), count_value(m.group(at)), None, None, True, when))
        if any(m.group(k) for k in (8, 10, 13, 15, 16, 17, 19, 20)):
            continue
        if any(f.start <= m.start(1) < f.end for f in found):
            continue
        if is_goal(folded, clause.start, m.start(), doc_date) or not counts_communes(folded, clause.start, m.start(2), m.end()):
            continue
        year = _YEAR.search(folded, m.end(1), m.start(2))  # "từ 19 đơn vị năm 2016 lên …"
        out.append(Counted(m.start(1), m.end(1), int(m.group(1)), None, None, True, _year(year)))
        if not any(f.start <= m.start(2) < f.end for f in found):  # ("… lên 32 trên 76 xã": the ratio read it)
            out.append(Counted(m.start(2), m.end(), int(m.group(2)), None, None))
    out += _series_steps(art, clause, doc_date, found + out)
    for m in _RISEN_TO.finditer(folded, clause.start, clause.end):
        # "số đơn vị có bí thư … đồng thời là chủ tịch UBND đã lên 9, tăng 5 đơn vị …": the count now
        if not any(f.start <= m.start(1) < f.end for f in found + out) and not is_goal(folded, clause.start, m.start(), doc_date):
            out.append(Counted(m.start(1), m.end(1), int(m.group(1)), None, None))
    return out


_RISEN_TO = re.compile(
    # ("Số đơn vị thực hiện mô hình là 52, chiếm 26,94%")
    rf"\bso (?:don vi|xa|co so)\b[^.;%\d]{{0,90}}?\b(?:da\s+|hien\s+)?(?:tang\s+)?(?:len|la)\s+(\d{{1,4}})(?=\s*[,.;]|\s*$|\s+{_UNIT_WORD}\b)"
)


# "Năm 2017 huyện có 3 xã, năm 2019 lên 7 và đến nay là 10 trên 30"; "cuối năm 2016 cả tỉnh mới có 19
# đơn vị, sang năm 2018 lên 33 đơn vị": each step of a series, dated by its year
_SERIES_STEP = re.compile(
    rf"\b(?:(?:sang|den|toi|vao)\s+)?{_A_YEAR}\s*,?\s+(?:(?:toan|ca)\s+)?(?:(?:huyen|tinh|thanh pho|thi xa|quan)\s+(?:(?:nay|do)\s+)?)?"
    rf"(?:(?:da|moi|chi)\s+)?(?:tang\s+)?(?:len|co)\s+(\d{{1,4}})(?:\s+{_UNIT_WORD}\b|(?=\s*(?:[,;.]|va\b|$)))"
)


def _series_steps(art: Article, clause: Segment, doc_date: FuzzyDate | None, found: list[Counted]) -> list[Counted]:
    """The counts of past years in a series of steps, in a sentence that goes on to another step or
    to today ("…, năm 2019 lên 7 và đến nay là 10"); never a year of the article or later."""
    folded = art.folded
    sentence = art.sentence_at(clause.start)
    out: list[Counted] = []
    for m in _SERIES_STEP.finditer(folded, clause.start, clause.end):
        year = int(m.group(1))
        if doc_date is None or year >= doc_date.year or any(f.start <= m.start(2) < f.end for f in found):
            continue
        others = [y for y in _SERIES_STEP.finditer(folded, sentence.start, sentence.end) if y.start() != m.start()]
        if not others and not _TODAY.search(folded, m.end(), sentence.end):
            continue
        if is_goal(folded, clause.start, m.start(), doc_date):
            continue
        out.append(Counted(m.start(2), m.end(), int(m.group(2)), None, None, True, year))
    return out


_TODAY = re.compile(r"\b(?:den nay|hien nay|hien tai|nay)\b")
_YEAR_LEAD = re.compile(r"\bnam\s+((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:nam|cuoi nam|dau nam|giua nam)\s+((?:19|20)\d\d)\b")


def _year(m: re.Match[str] | None) -> int | None:
    """The year a match names, if any."""
    return int(m.group(1)) if m else None


# "…; tính trên tổng số 226 xã, phường, thị trấn, tỷ lệ đạt 25,66%": the total and share of the count
# the clause before ended with.
_TOTAL_NEXT = re.compile(r"\s*(?:(?:neu\s+)?tinh\s+)?(?:tren|trong)\s+tong\s+so\s+(\d{1,5})\b")


def total_in_next_clause(
    art: Article, per_clause: list[tuple[Segment, list[Counted]]]
) -> list[tuple[Segment, list[Counted]]]:
    """Each clause's figures, a bare count given its total and share by the clause after it."""
    out = [(c, list(f)) for c, f in per_clause]
    for k in range(len(out) - 1):
        figures = out[k][1]
        after, next_figures = out[k + 1]
        m = _TOTAL_NEXT.match(art.folded, after.start)
        last = figures[-1] if figures else None
        if m is None or last is None or last.total is not None or last.done is None or last.done > int(m.group(1)):
            continue
        share = next((f for f in next_figures if f.done is None and f.total is None and f.share is not None), None)
        figures[-1] = replace(last, total=int(m.group(1)), share=share.share if share else last.share)
        if share is not None:
            next_figures.remove(share)
    return out


def restated_in_body(art: Article, title: tuple[int, int] | None, f: Counted) -> bool:
    """Whether the ratio of a headline's figure is stated again after the headline."""
    if title is None:
        return False
    body = art.folded[title[1] :]
    # ("75/75 xã …" in the headline, "ở tất cả 75 xã, phường, thị trấn, đạt 100%" in the body: every unit)
    every = f.done == f.total and re.search(rf"\b(?:tat ca|ca|toan bo)\s+{f.done}\s+(?:xa|phuong|thi tran|don vi)\b", body)
    return bool(every) or re.search(rf"(?<![\d/]){f.done}\s*(?:[a-z ,]{{1,30}}?)?\s*/\s*{f.total}(?!\d)", body) is not None


# "Huyện Thuận Nam có hai trong tám xã": a ratio in words ("một trong tám xã" is one unit among eight).
_WORDS = "|".join(w for w in NUMBER_WORDS if w != "mot")
_WORDED_RATIO = re.compile(
    rf"\b({_WORDS}|\d{{1,4}})\s+trong\s+(?:tong\s+)?(?:so\s+)?({_WORDS}|\d{{1,4}})\s+(?:xa|phuong|thi tran|don vi)\b"
)


def worded_ratios(art: Article, clause: Segment, doc_date: FuzzyDate | None, found: list[Counted]) -> list[Counted]:
    """Ratios said with a count in words ("hai trong tám xã"), when they count units done."""
    folded = art.folded
    out = []
    for m in _WORDED_RATIO.finditer(folded, clause.start, clause.end):
        if m.group(1).isdigit() and m.group(2).isdigit():
            continue  # read as a ratio already
        done, total = count_value(m.group(1)), count_value(m.group(2))
        if any(f.start <= m.start() < f.end for f in found) or not 0 < done <= total:
            continue
        if is_goal(folded, clause.start, m.start(), doc_date) or not counts_communes(folded, clause.start, m.start(), m.end()):
            continue
        out.append(Counted(m.start(1), m.end(), done, total, None))
    return out


# "đây là đơn vị duy nhất trong 114 xã, phường của thành phố hiện có một người giữ cả hai chức danh": 1 of 114.
_ONLY_ONE_OF = re.compile(
    r"\b(?:don vi|xa|phuong|thi tran)\s+duy nhat\s+(?:trong|tren)\s+(?:tong\s+)?(?:so\s+)?(\d{1,4})\s+(?:xa|phuong|thi tran|don vi)\b"
)


def only_one_of(art: Article, clause: Segment, doc_date: FuzzyDate | None, found: list[Counted]) -> list[Counted]:
    """ "the only unit among N" that does it: 1 of N."""
    out = []
    for m in _ONLY_ONE_OF.finditer(art.folded, clause.start, clause.end):
        if any(f.start <= m.start(1) < f.end for f in found) or is_goal(art.folded, clause.start, m.start(), doc_date):
            continue
        out.append(Counted(m.start(1), m.end(), 1, int(m.group(1)), None))
    return out


# "Thời điểm Nghị quyết 18 ra đời, con số này mới là 930, nghĩa là …": the count named again, no unit word.
_THIS_BARE = re.compile(
    r"\bcon so (?:nay|do|ay|tuong ung)\s+(?:(?:moi|chi|da|cung)\s+)?(?:la|len|dung o|con)\s+(\d{1,2}\.\d{3}|\d{1,4})(?![\d.,]\d)(?=\s*[,.;]|$)"
)


def this_number_bare(art: Article, clause: Segment, found: list[Counted]) -> list[Counted]:
    """ "con số này mới là 930,": a count of the units counted before, said with no unit word."""
    return [  # ("Cuối năm 2017, con số ấy mới là 930.": the count then, dated by its year)
        Counted(m.start(1), m.end(1), count_value(m.group(1)), None, None, (y := year_then(art.folded, clause.start, m.start(1))) is not None, y)
        for m in _THIS_BARE.finditer(art.folded, clause.start, clause.end)
        if not any(f.start <= m.start(1) < f.end for f in found)
    ]
