"""The figures of one clause: each ratio with the share that follows it, counts said with the
model or a doing word, counts in a list of figures each after its region's name, and shares of units
on their own; each left out when it is a goal, a vote, or counts something other than communes."""

from __future__ import annotations

import re

from lso_tui.extract.bare_regions import after_typed_region, list_item_region, region_between
from lso_tui.extract.counted import (
    WHOLE_REACHED,
    Counted,
    count_value,
    counts_communes,
    is_goal,
    is_vote,
    names_villages,
    other_model,
    share_of_units,
    year_then,
)
from lso_tui.extract.figure_context import (
    FIGURE,
    WHEN_AFTER,
    after_figure_sentence,
    bare_units_go_on,
    of_villages_before,
    region_named_between,
    region_reached,
    spelled_item_goes_on,
)
from lso_tui.extract.figure_forms import every_unit, grown, only_one_of, this_number_bare, worded_ratios
from lso_tui.extract.figure_scope import MEAN_BEFORE, OF_WHOLE
from lso_tui.extract.lexicon import NUMBER_WORDS, SPELLED_COUNTS
from lso_tui.extract.named_places import districts_listed_after, registered_within
from lso_tui.extract.place_index import place_index
from lso_tui.extract.places import Place
from lso_tui.extract.quantities import Found, find_percents
from lso_tui.extract.spans import Article, Covered, Segment
from lso_tui.extract.totals import DOING as _DOING
from lso_tui.model.records import FuzzyDate

# "7/20", "7 xã/20 đơn vị", "12 trong tổng số 17", "12 trên tổng số 17", "12 trong số 17".
# ("32 trên 76 xã, phường, thị trấn": "trên" right after the count, the units named after the total)
_RATIO = re.compile(
    # ("37 đơn vị bố trí bí thư đồng thời là chủ tịch UBND trên tổng số 199 xã": "tổng số" reaches further)
    r"(?<![\d/.,])(\d{1,2}\.\d{3}(?=\s+tren\s+tong|\s*/\s*\d{1,2}\.\d{3})|\d{1,4}|(?<!\w)(?:hai|ba|bon|nam|sau|bay|tam|chin|muoi)(?=\s+(?:don vi|xa|phuong)\b[a-z ,]{0,60}?\s+(?:trong|tren)\s+tong\s+so\s))(?:(?:\s+[a-z ,]{1,30}?)?\s*/\s*|\s+(?:[a-z ,]{1,70}?\s+)?(?:trong|tren)\s+tong\s+so\s+|\s+(?:[a-z ,]{1,45}?\s+)?(?:trong|tren)\s+"
    r"(?:tong\s+)?so\s+|\s+tren\s+(?=\d{1,5}(?:\s+(?:xa|phuong|thi tran|don vi)\b|\s*[.;]))"
    # "với 6 trong 9 phường, xã" ("1 trong 4 xã" is one unit among four, read apart)
    r"|(?<![^\d]1)(?<!^1)\s+trong\s+(?=\d{1,5}\s+(?:xa|phuong|thi tran|don vi)\b))(\d{1,2}\.\d{3}|\d{1,5})(?![\d/.,]\d)"
)
# "toàn tỉnh có 46 đơn vị …", "dẫn đầu là huyện X với 9 đơn vị".
_COUNT = re.compile(
    # (": hai phường là A và B" in a list of results too)
    # ("vẫn giữ được 2 đơn vị", "duy trì 14 xã", "mới vào khoảng 400 đơn vị", "con số 68 đơn vị hiện nay",
    # "Tính chung, 12 đơn vị của huyện đã bố trí …")
    r"(?:\b(?:co|voi|va|la|len|tai|o|trong do|chi con|giam con|nay con|tinh con|mot trong|1 trong|giu duoc|giu|duy tri|vao|con so|chon|chon duoc)\s+|:\s*|\b(?:den nay|hien nay|hien tai),\s*|(?<=, )(?=\d{1,4}\s+(?:don vi|xa|phuong)(?:\s+cua\s+[^.;,\d]{1,30}?)?\s+(?:da|deu|hien)\b))"
    r"(?:(?:hon|khoang|gan|tren|chi)\s+)?(\d{1,4}|\d{1,2}\.\d{3}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?:xa|phuong|thi tran|don vi|co so)\b"
)
_INDEFINITE = re.compile(r"(?:o|tai|voi)\s+mot\b")  # ("ở một xã miền núi", "với một xã đảo nhỏ": "a", no count)
# "… là 24 đơn vị, chiếm tỷ lệ 21,8%": a count with its share is a figure of the units that did it.
_SHARE_NEXT = re.compile(r"[^.;%]{0,25}?\b(?:chiem|dat|tuc(?: la)?)(?:\s+ty le)?\s+(?:(?:khoang|gan|hon|tren)\s+)?\d")
# "Vũ Thư 9 xã", "Sìn Hồ có 3 xã": an item of a list of figures (kept only after a region's name).
_ITEM_COUNT = re.compile(r"(?:\b(?:co|voi|la)\s+)?(?<![\d/.,\w])(\d{1,4}|" + "|".join(NUMBER_WORDS) + r")\s+(?:xa|phuong|thi tran|don vi)\b")
# "8 trong tổng số 13 phường, xã có bí thư không phải là người địa phương": Resolution 18's other policy.
_OTHER_POLICY = re.compile(r"[^.;]{0,40}?\b(?:khong phai|khong la)\s+(?:la\s+)?nguoi dia phuong")
# "dẫn đầu là huyện X với 9 đơn vị" (a ranking), or a clause naming the model: "với N xã" is a count of
# it; "vận hành chính quyền hai cấp với 38 xã, phường" is not.
_RANKED_OR_CUED = re.compile(
    r"\b(?:dan dau|nhieu nhat|cao nhat|thap nhat|tot nhat|it nhat|di dau|thuc hien|ap dung|dong thoi|kiem|mo hinh|sau|ke den|tiep den|tiep theo)\b"
)
_PAREN_LIST = re.compile(r"\((?:[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?: [A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*){0,3} \d{1,4}(?:, |\)))+")
_PAREN_ITEM = re.compile(r"([A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?: [A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*){0,3}) (\d{1,4})(?=, |\))")
_PAREN_COUNT = re.compile(r"(\d{1,4})")
_NAME_THEN_COUNT = re.compile(r"\(\s*(\d{1,4})(?:\s+(?:don vi|xa|phuong))?\s*\)")  # "An Giang (138)", "Gia Lai (38 đơn vị)"
_SHARE_OF_TOTAL = re.compile(r"\s*(?:cua\s+|tren\s+|trong\s+)?tong\s+so\s+(\d{1,4}|\d{1,2}\.\d{3})(?=\s+(?:xa|phuong|thi tran|don vi)\b)")
_LAST_BARE_ITEM = re.compile(r"(?<![\d/.,])(\d{1,4})(?=\s*(?:[.;,]|$))")
_PAREN_GAP = re.compile(r"\s*\(\s*")
THIS_NUMBER_BEFORE = re.compile(r"\bcon so (?:(?:nay|do|ay|tuong ung)\s+)?(?:(?:moi|chi|da|cung)\s+)?(?:la|len|con|dung o)\s+$")
# (not "chiếm 15,4% tổng số đơn vị hành chính cấp xã": the total a share is of)
_ADMIN_UNITS_AROUND = re.compile(r"(?<!tong )\bso (?:luong )?don vi hanh chinh\b|\bbo cap huyen\b")
_ADMIN_AFTER = re.compile(r"\s+(?:don vi hanh chinh|dvhc)\b")
_HDND_AFTER = re.compile(r"[^.;]{0,60}?\bchu tich (?:hdnd|hoi dong nhan dan)\b(?![^.;]*\bchu tich (?:ubnd|uy ban nhan dan)\b)")
_HDND_BEFORE = re.compile(r"\bchu tich (?:hdnd|hoi dong nhan dan)\b(?![^%]*\bchu tich (?:ubnd|uy ban nhan dan)\b)[^%]*$")
# "với 2 đơn vị cấp huyện": districts, not communes.
_DISTRICT_AFTER = re.compile(r"\s*cap huyen\b")
# "có 3 đơn vị là Thạnh Tây, Hòa Hiệp và …": the units that did it, named.
# ("có 4 phường, xã, gồm các phường A, B …" too)
_NAMED_AFTER = re.compile(r"(?:\s*,\s*(?:xã|phường|thị trấn)\b)*\s*,?\s*(?:là|gồm|gồm có)\s*:?\s*(?:(?:các\s+)?(?:xã|phường|thị trấn)\s+)?[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ]")
# "gần 1/4 số xã": a fraction of the units, not a count of them out of a total.
_FRACTION = re.compile(r"\s+so\b")
UNIT_NOUN = re.compile(r"\b(?:xa|(?<!dia )phuong|thi tran|don vi|co so|ty le)\b")  # ("địa phương" is no "phường")
# A share on its own names what it is of right after it, or ends its phrase after units were named.
_SHARE_OF_UNITS = re.compile(r"\s*(?:tong\s+)?(?:so\s+)?(?:xa|phuong|thi tran|don vi|co so|cap xa)\b")
_ENDS = re.compile(r"\s*(?:[,.;:)(]|$|va\b|so voi\b|tang\b|vuot\b|cao hon\b|cua (?:huyen|tinh|thanh pho|thi xa|dia phuong)\b|" + WHEN_AFTER + r")")
_GOAL_NAMED = re.compile(r"\b(?:chi tieu|muc tieu)\s+(?:(?:la|toi thieu|it nhat|tren|khoang|tu)\s+)?$")  # ("vượt chỉ tiêu tối thiểu 35%")
_THIS_RATE = re.compile(r"\bty le (?:nay|do|tren)\b")
_NEWLY = re.compile(r"(?:\s+(?:cua|thuoc)\s+[^.;]{0,30}?)?\s+(?:bat dau|moi|vua|them|lan dau)\b")
THIS_NUMBER_NEAR = re.compile(r"\bcon so (?:nay|do|ay|tuong ung)\s+(?:(?:moi|chi|da|cung)\s+)?$")
_COUNT_NOW = re.compile(r"con so\s+[\d.]+\s+(?:xa|phuong|thi tran|don vi)\S*\s+(?:hien nay|hien tai|hien co|bay gio)\b")
_NOW_AFTER = re.compile(r"\s+(?:hien nay|hien tai|hien co|bay gio)\b")
_ROSE = re.compile(r"\b(?:tang|nang|nang tong so)\b")
_LEFT_OVER = re.compile(r"\s+con lai\b")
_NAME_NEXT = re.compile(r"[ \u00a0]+[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ]")
_COUNT_LED = re.compile(r"(?:\d|\b(?:" + "|".join(NUMBER_WORDS) + r"))\s*(?:/\s*\d+\s*)?\s+(?:xa|phuong|thi tran|don vi)\b")
_REGION_LED = re.compile(r"\s*(?:huyen|thi xa|thanh pho|tp\.?|quan|tinh)\s")
_SPLIT = re.compile(r"\b(?:phai tach|da tach|tach lai|tach ra|khong con duy tri|thoi thuc hien)\b")
_SO_FAR = re.compile(r"\b(?:moi|chi moi|moi chi|chi|da)\s+$")  # ("…, nơi đã có 67 đơn vị")
# (A lone count is of the units that did it only when a doing word follows it: "toàn tỉnh có 148 xã" is all.)
# "Sáng 2/8, …", "ngày 2/8": a day and month, not a count.
_NAME_ENDS_AT = re.compile(r"(?<![^\W\d_])[^\W\d_]+[ \u00a0][^\W\d_]$")  # "Liên Chiểu": checked for capitals below
_DAY_BEFORE = re.compile(r"\b(?:ngay|sang|chieu|toi|trua|dem|hom)\s*$")


def clause_figures(
    art: Article,
    clause: Segment,
    dates: list[Found[FuzzyDate]],
    doc_date: FuzzyDate | None,
    places: list[Place] | None = None,
    seg: Segment | None = None,
) -> list[Counted]:
    """The result figures of one clause: each ratio with the share that follows it, then shares and
    counts on their own."""
    folded = art.folded
    spans = Covered((d.start, d.end) for d in dates)  # (looked up: a crafted clause holds many ratios read as dates)
    ratios = [
        r
        for r in _RATIO.finditer(folded, clause.start, clause.end)
        if not spans.overlaps(r.start(), r.end()) and not _FRACTION.match(folded, r.end())
    ]
    pcts = [
        p for p in find_percents(folded, clause.start, clause.end) if not is_vote(folded, p.start, p.end)
    ]
    out: list[Counted] = []
    used: set[int] = set()
    ratios = [  # (a day's part, not the end of a name: "chiều 3/6", "Sáng 2/8, …", not "quận Liên Chiểu 3/5")
        r for r in ratios if not ((d := _DAY_BEFORE.search(folded, max(clause.start, r.start() - 8), r.start())) and not ((n := _NAME_ENDS_AT.search(art.text, max(0, d.start() - 30), d.start() + 1)) and n.group(0)[0].isupper() and n.group(0)[-1].isupper()))
    ]
    for k, r in enumerate(ratios):
        done, total = count_value(r.group(1)), count_value(r.group(2))  # ("1.012 trên tổng số 11.160")
        if done > total or total == 0 or not counts_communes(folded, clause.start, r.start(), r.end()):
            continue
        if places is not None and districts_listed_after(art, places, r.end()):
            continue  # "4/11 đơn vị (TP. A, huyện B và C)": district-level units, named
        if other_model(folded, ratios, k, clause) or _OTHER_POLICY.match(folded, r.end()):
            continue  # "5/8 xã bí thư đồng thời là chủ tịch HĐND và 1/8 xã … chủ tịch UBND": the first is not it
        if is_goal(folded, clause.start, r.start(), doc_date):
            continue
        if seg is not None and of_villages_before(art, seg, clause, r.end()):
            continue  # "… 100% thôn, khu phố có bí thư chi bộ …; hiện đạt 48/61": villages
        share = None
        limit = ratios[k + 1].start() if k + 1 < len(ratios) else clause.end  # (the next ratio: they come in reading order)
        # "huyện Trần Đề 3/11 xã và huyện Mỹ Xuyên đạt 33,3%": a share after another region is its own.
        between = place_index(art, places).within(r.end(), limit) if places else []
        named = [q.start for q in between if q.level != "commune" and q.name]
        # ("… Tiền Giang (44/172 đơn vị) và càng cách xa Bạc Liêu, nơi tỷ lệ đã lên tới 49,3%": bare too)
        named += [b.start for b in registered_within(art, places, r.end(), limit)] if places else []
        limit = min([limit, *named])
        after = [
            p
            for p in pcts
            if r.end() <= p.start < limit and p.start not in used and share_of_units(folded, clause.start, p)
            # ("đạt 21/65 đơn vị và đặt mục tiêu 50% vào năm 2025": the share after is the goal)
            and not is_goal(folded, r.end(), p.start, doc_date)
            and not (OF_WHOLE.match(folded, p.start) or MEAN_BEFORE.search(folded, max(r.end(), p.start - 45), p.start))  # ("A (9/22 xã) và … mức bình quân 35,9% của cả tỉnh")
            and not _GOAL_NAMED.search(folded, max(r.end(), p.start - 26), p.start)  # ("11/22 xã, vượt chỉ tiêu 40% …")
        ]
        ahead = [p for p in pcts if p.end <= r.start() and _PAREN_GAP.fullmatch(folded, p.end, r.start())]
        start = r.start()
        if after:
            share = after[0].value
            used.add(after[0].start)
        elif ahead and counts_communes(folded, clause.start, r.start(), r.end()):
            # "Thành phố Phan Thiết đã đạt 100% (18/18 phường, xã)": the share, then its count
            share, start = ahead[-1].value, ahead[-1].start
            used.add(ahead[-1].start)
        end = after[0].end if after else r.end()
        out.append(Counted(start, end, done, total, share))
    out += every_unit(art, clause, doc_date, out)
    out += grown(art, clause, doc_date, out)
    out += worded_ratios(art, clause, doc_date, out)
    out += only_one_of(art, clause, doc_date, out)
    out += this_number_bare(art, clause, out)
    # A clause with a ratio counts its units there ("… có 5 xã, đạt 5/12" is one figure), unless the
    # count is another region's: "Huyện A làm nhiều nhất với 4 xã, tiếp đến là quận B với 2/8 phường".
    counts = [
        c
        for c in _COUNT.finditer(folded, clause.start, clause.end)
        if not ratios or all(region_between(art, places or [], seg, c, r) for r in ratios) or year_then(folded, clause.start, c.start(1))
    ]
    counts = [
        c
        for c in counts
        # ("đề ra đến năm 2020 có 150 xã …, gấp hơn hai lần con số 68 đơn vị hiện nay": a count now, after a goal)
        if (not is_goal(folded, clause.start, c.start(), doc_date) or _COUNT_NOW.match(folded, c.start()))
        and not ("con " in c.group(0) and "chua" in folded[c.end() : clause.end])  # a remainder
        and not _DISTRICT_AFTER.match(folded, c.end())
        and not (places is not None and districts_listed_after(art, places, c.end()))  # "4 đơn vị (TP. A, huyện B)"
        and not _LEFT_OVER.match(folded, c.end())  # "ở 103 đơn vị còn lại, …": a remainder, never a figure
        # ("xã A (huyện X) và hai xã B, C (huyện Y) cũng đã thực hiện": units listed, no region's count)
        and not (folded.startswith("va", c.start()) and _NAME_NEXT.match(art.text, c.end()))
        and not art.searched(_SPLIT, c.end(), clause.end, clause.start)  # "có 2 đơn vị … đã phải tách lại hai chức danh"
        and not _HDND_AFTER.match(folded, c.end())  # "…; có 10.256 đơn vị bố trí bí thư đồng thời là chủ tịch HĐND"
        # ("tỉnh mới có 124 đơn vị hành chính cấp xã", "Sau khi bỏ cấp huyện, tỉnh mới có 99 xã, phường; số đơn
        # vị hành chính cấp xã giảm …": a new province's units, unless a doing word follows the count)
        and not (
            (_ADMIN_AFTER.match(folded, c.end(1)) or art.searched(_ADMIN_UNITS_AROUND, (seg or clause).start, (seg or clause).end, (seg or clause).start))
            and not art.searched(_DOING, c.end(), clause.end, clause.start)
        )
        # "một trong hai xã của huyện bắt đầu thực hiện từ nhiệm kỳ này": the units new this term
        and not (folded.startswith(("mot trong", "1 trong"), c.start()) and _NEWLY.match(folded, c.end()))
        and counts_communes(folded, clause.start, c.start(1), c.end(1))  # "Ở cấp huyện, có 47 đơn vị …"
        and (
            (folded.startswith("voi", c.start()) and _RANKED_OR_CUED.search(folded, clause.start, c.start()) is not None and not _INDEFINITE.match(folded, c.start()))
            # "Thời điểm cuối năm 2017, con số này mới là 638 đơn vị": the count named before, earlier
            or THIS_NUMBER_BEFORE.search(folded, max(clause.start, c.start(1) - 36), c.start(1)) is not None
            # "từ 4 xã những năm đầu nay giảm còn 1 xã": what is left after a fall (not "còn … chưa")
            or folded.startswith(("chi con", "giam con", "nay con", "tinh con", "giu duoc", "giu ", "duy tri"), c.start())
            # "Cuối năm 2015, con số này mới vào khoảng 400 đơn vị"; "con số 68 đơn vị hiện nay"
            or (folded.startswith("vao", c.start()) and THIS_NUMBER_NEAR.search(folded, max(clause.start, c.start() - 24), c.start()) is not None)
            or (folded.startswith("con so", c.start()) and _NOW_AFTER.match(folded, c.end()) is not None)
            # "con số này tăng gấp đôi, lên 24 đơn vị": what a rise came to
            or (folded.startswith("len", c.start()) and _ROSE.search(folded, max(clause.start, c.start() - 40), c.start()) is not None)
            # "Nghệ An … mới có 58 đơn vị": so far, a count of what was done
            or (folded.startswith("co", c.start()) and _SO_FAR.search(folded, max(clause.start, c.start() - 10), c.start()) is not None)
            # "mô hình đã được thực hiện tại 6 xã": the doing word comes first
            or (
                folded.startswith(("tai", "o "), c.start())
                and _DOING.search(folded, clause.start, c.start()) is not None
            )
            # ("ở một xã miền núi có 11 xóm, việc … thực hiện": "one" after "ở" is "a", not a count)
            or (art.searched(_DOING, c.end(), clause.end, clause.start) and not _INDEFINITE.match(folded, c.start()))
            or _NAMED_AFTER.match(art.text, c.end())
            or _SHARE_NEXT.match(folded, c.end()) or bare_units_go_on(art, seg, c.start())
        )
    ]
    if places is not None and seg is not None:
        # "…, Sìn Hồ có 3 xã, Vũ Thư 9 xã": counts in a list of figures, each after its region's name.
        taken = Covered([(c.start(1), c.end()) for c in counts] + [(r.start(), r.end()) for r in ratios])
        for c in _ITEM_COUNT.finditer(folded, clause.start, clause.end):
            if c.group(1).isalpha() and (art.text[c.start(1) : c.end(1)].lower() not in SPELLED_COUNTS or not (_COUNT_LED.search(folded, seg.start, c.start()) or FIGURE.search(folded, seg.start, c.start()) or spelled_item_goes_on(art, seg, c.end()))):
                continue  # ("…, Hải Hậu 4 xã, Xuân Trường hai xã": a count in words only after another item)
            if c.start(1) in taken or is_goal(
                folded, clause.start, c.start(), doc_date
            ):
                continue
            # "Đắk Glong có 4 xã, Tuy Đức 3/6": the first item of a list of figures opens its sentence
            # ("Huyện A đã có 9/15 xã. Sa Pa có 7 xã.": a list of figures that goes on sentence by sentence)
            # (not a total the sentence then takes a ratio or share of: "TP X có 103 xã, phường; 100% bí thư …")
            rest = folded[c.end() : seg.end]
            total_again = re.search(rf"(?<![\d.,]){re.escape(c.group(1))}\s*/|\b100\s*%", rest)  # "…; 124/124 bí thư", "100% bí thư"
            goes_on = after_figure_sentence(art, seg) and not total_again
            first = goes_on or any(
                r.start() > c.start() and region_between(art, places, seg, c, r) for r in ratios
            )
            # ("Sau sắp xếp, TP Cần Thơ có 103 xã, phường; …": a typed region's count is a list item only
            # beside another figure of its sentence, before or after it)
            listed = first or bool(
                _COUNT_LED.search(art.folded, seg.start, c.start())  # ("… có hai phường thực hiện …; huyện B có 3 xã")
                or FIGURE.search(art.folded, c.end(), clause.end)
                # ("Huyện A có 9 xã; huyện miền núi B mới có hai xã": the next clause, led by a region)
                # ("Huyện A có 5 xã; B mới chọn được hai xã là …": led by a name the register knows)
                or (
                    (_REGION_LED.match(art.folded, clause.end + 1) or registered_within(art, places, clause.end, clause.end + 3))
                    and _COUNT_LED.search(art.folded, clause.end, seg.end)
                )
                # ("A có 2 xã, B chỉ có một thị trấn, …": after a comma, another registered name and its count)
                or any(
                    art.folded[c.end() : b.start].strip() == "," and _COUNT_LED.search(art.folded, b.start, seg.end)
                    for b in registered_within(art, places, c.end(), min(seg.end, c.end() + 4))
                )
            )
            if list_item_region(art, places, seg, c.start(1), first or listed) is not None or (
                listed and after_typed_region(art, places, c.start(1))
            ):
                counts.append(c)
        # "… chỉ thực hiện ở vài đơn vị (Thái Bình 2, Hưng Yên 3, Nam Định 1)": bare counts in a
        # parenthesis right after units were named, each after its region's name.
        for paren in _PAREN_LIST.finditer(art.text, clause.start, clause.end):
            if not UNIT_NOUN.search(folded, max(clause.start, paren.start() - 40), paren.start()):
                continue
            for item in _PAREN_ITEM.finditer(art.text, paren.start(), paren.end()):
                at = item.start(2)
                if at not in taken and list_item_region(art, places, seg, at) is not None:
                    counts.append(_PAREN_COUNT.match(folded, at))  # type: ignore[arg-type]
        # "Các địa phương có nhiều đơn vị nhất là An Giang (138), Hậu Giang (60) và …": each count in
        # parentheses right after its region's name, in a clause on units
        if UNIT_NOUN.search(folded, clause.start, clause.end):
            for item in _NAME_THEN_COUNT.finditer(folded, clause.start, clause.end):
                at = item.start(1)
                if at not in taken and list_item_region(art, places, seg, at) is not None:
                    counts.append(_PAREN_COUNT.match(folded, at))  # type: ignore[arg-type]
        # "…: Lâm Hà 4 xã, Đức Trọng 2 xã, Di Linh 3.": a later item, its unit word left out
        for c in _LAST_BARE_ITEM.finditer(folded, clause.start, clause.end):
            # (an item before it in its sentence: "Trong đó, Tiên Lữ có 6 đơn vị, nhiều nhất tỉnh; Ân Thi có 4.")
            listed_before = any(_ITEM_COUNT.match(folded, k.start()) and k.end() < c.start() for k in counts if k is not None) or (
                _COUNT_LED.search(folded, seg.start, c.start()) is not None
            )
            if listed_before and c.start(1) not in taken and list_item_region(art, places, seg, c.start(1)) is not None:
                counts.append(c)
        counts = [c for c in counts if c is not None]
        counts.sort(key=lambda c: c.start(1))
    for p in pcts:
        if p.start in used or any(f.start <= p.start < f.end for f in out):
            continue
        if _HDND_BEFORE.search(folded, clause.start, p.start):
            continue  # "9.862 bí thư … đồng thời là chủ tịch HĐND, đạt 93,1%": the other arrangement
        # ("…; hiện địa phương này đã đạt 89,6%" after a clause on villages: villages too)
        rate = _THIS_RATE.search(folded, clause.start, p.start) or not UNIT_NOUN.search(folded, clause.start, p.start)
        if rate and names_villages(art.text, folded, (seg or clause).start, clause.start):
            continue  # "… bí thư chi bộ đồng thời là trưởng thôn; hiện tỷ lệ này mới đạt 48,6%": villages
        if p.value > 1 or not counts_communes(folded, clause.start, p.start, p.end):
            continue
        if not _SHARE_OF_UNITS.match(folded, p.end) and not _SHARE_OF_TOTAL.match(folded, p.end) and not OF_WHOLE.match(folded, p.start) and not (
            _ENDS.match(folded, p.end)
            and (
                UNIT_NOUN.search(folded, clause.start, p.start)
                or WHOLE_REACHED.search(folded, clause.start, p.start)
                or (places is not None and region_reached(art, places, clause, p.start))
            )
        ):
            continue  # "chiếm 57% tổng chiều dài đường", "90% dân số": a share of something else
        if is_goal(folded, clause.start, p.start, doc_date):
            continue
        count = next((c for c in counts if c.end() <= p.start), None)
        if count is not None and (OF_WHOLE.match(folded, p.start) or (places is not None and seg is not None and region_named_between(art, places, count.end(), p.start))):
            count = None  # "Hà Nam chỉ có một thị trấn, còn Hà Nội mới đạt 2,7%": the share is another region's
        if count is not None and not any(c.end() <= p.start and c.start() > count.start() for c in counts):
            # "toàn tỉnh có 48 đơn vị … chiếm 24,9%": the count and its share are one figure
            # ("…, bằng 25% tổng số 164 xã": with the total the share is of)
            of_total = _SHARE_OF_TOTAL.match(folded, p.end)
            whole = int(of_total.group(1).replace(".", "")) if of_total else None
            done = count_value(count.group(1))
            if whole is not None and done > whole:
                whole = None
            out.append(Counted(count.start(1), of_total.end() if of_total else p.end, done, whole, p.value))
            counts.remove(count)
            continue
        out.append(Counted(p.start, p.end, None, None, p.value))
    taken_by = [(f.start, f.end) for f in out]  # ("từ 17 xã giảm còn 3 xã": the rise read it already)
    out += [  # ("… có 42/192 xã …, trong khi năm 2015 con số này chỉ là 19 đơn vị": the count then, dated)
        Counted(c.start(1), c.end(), count_value(c.group(1)), None, None, (y := year_then(folded, clause.start, c.start(1))) is not None, y)
        for c in counts
        if not any(s <= c.start(1) < e for s, e in taken_by)
    ]
    return sorted(out, key=lambda f: f.start)
