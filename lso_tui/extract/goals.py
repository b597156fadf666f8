"""Targets ("đến năm 2020 … 50% số đơn vị cấp xã") and stated progress ("4 xã/23 đơn vị, 17,4%")."""

from __future__ import annotations

import re

from lso_tui.extract.counted import (
    DEADLINE,
    REPORTED,
    THIS_NUMBER,
    assigned_goal,
    deadline_year,
    is_goal,
    names_villages,
    share_of_units,
)
from lso_tui.extract.figure_scope import city_province, figure_scope
from lso_tui.extract.goal_regions import PAIR, named_list, respective_regions
from lso_tui.extract.lexicon import CONSOLIDATION_CUES, TARGET_CUES
from lso_tui.extract.places import Place
from lso_tui.extract.quantities import Found, find_percents
from lso_tui.extract.spans import Article, Covered, clauses, prose_ranks
from lso_tui.extract.statement_scope import StatementScope, current_province, province_at, sole_province
from lso_tui.extract.units import has_cue, speaker_at
from lso_tui.model.records import FuzzyDate, OfficialMention, Target

# "Đại hội … nhiệm kỳ 2020-2025 đề ra mục tiêu đến cuối nhiệm kỳ có 70% …": the term named before.
# ("… vượt nhẹ chỉ tiêu 35% của cùng nhiệm kỳ": the term named before)
_TERM_END = re.compile(r"\b(?:(?:den|toi|vao)\s+(?:het|cuoi)|trong|cua cung)\s+nhiem ky\b")
_PERIOD = re.compile(r"\bgiai doan\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b")
_TERM = re.compile(r"\bnhiem ky\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b")
_GOAL_WORDS = (
    "muc tieu", "phan dau", "chi tieu", "ke hoach", "se nang", "nang ty le", "nang len", "de xuat", "huong toi", "de ra",
    "dinh huong", "yeu cau", "phai dat", "xac dinh",  # ("Tỉnh ủy xác định phải đạt tối thiểu 20% vào cuối nhiệm kỳ …")
    "dat muc", "nham muc",  # ("chỉ đặt mức khoảng 20% đến năm 2025", "cùng nhắm mức 15%")
    "dang ky dat",  # ("Riêng thị xã X đăng ký đạt 100% xã, phường vào năm 2024")
)


# What a goal may be a share of: the units, or "tỷ lệ" of them named the sentence before.
_OF_UNITS = re.compile(r"\b(?:xa|phuong|thi tran|cap xa|co so|ty le)\b")
# "Riêng Huyện ủy X đặt mục tiêu đạt 50% vào cuối nhiệm kỳ": a share with no noun, after a sentence
# that named the model ("… đặt mục tiêu cao hơn: 70% vào cuối nhiệm kỳ").
_BARE_SHARE = re.compile(
    r"(?:\b(?:dat|len|xuong|la|toi|muc|muc tieu|chi tieu|de ra|phan dau|huong toi|chinh thanh)\s+(?:[a-z]+(?:\s+|\s*:\s*))?(?:[a-z]+(?:\s+|\s*:\s*))?|\(\s*)\d{1,3}(?:,\d+)?\s*%\s*(?:tro len\s*)?(?:cung\s+)?(?:vao|den|trong|toi|va|ma|nhung|song|cho|de|dat ra|de ra|[.;,]|$)"
)
# "… mục tiêu đến năm 2025 cả tỉnh có khoảng 35%.": a share that ends its clause
_SHARE_ENDS = re.compile(r"\d{1,3}(?:,\d+)?\s*%\s*(?:tro len\s*)?(?:[.;,]|$)")
# ("so với mục tiêu đến năm 2020 đạt 40% mà Kế hoạch … đặt ra": its deadline between)
_NAMED_GOAL = re.compile(
    r"\b(?:chi tieu|muc tieu)\s+(?:(?:den|vao)\s+(?:het\s+|cuoi\s+)?nam\s+(?:19|20)\d\d\s+)?(?:(?:la|khoang|dat|tu|it nhat|toi thieu|tren)\s+)?$"
)
# ("Phó Bí thư Tỉnh ủy" is a guest's title: the goal is not the province's for that)
# ("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh" is a guest's title too)
_PROVINCIAL = re.compile(r"\b(?:(?<!thu )(?<!truc )tinh uy|dang bo tinh|(?<!chu tich )ubnd tinh|(?<!chu tich )hdnd tinh|toan tinh|cua tinh)\b")
_OTHER_PROGRAMME = re.compile(
    r"%\s+(?:so\s+)?(?:xa|phuong|thi tran|don vi)[^.;%]{0,50}?\b(?:co|dat|van hanh(?: hieu qua)?|giai quyet)\s+"
    r"(?:trung tam|chuan|nha van hoa|duong|dien|truong|tram y te|thu tuc|ho so|dich vu)\b"  # ("… vận hành hiệu quả trung tâm phục vụ hành chính công")
)
# ("… điều chỉnh chỉ tiêu này xuống còn 55%", "mục tiêu này được điều chỉnh xuống còn 20%")
_REVISED = re.compile(
    r"\b(?:(?:dieu chinh|ha|nang|sua)\s+(?:muc tieu|chi tieu)\s+(?:nay|do|tren)"
    r"|(?:muc tieu|chi tieu)\s+(?:nay|do|tren)\s+(?:(?:da\s+)?(?:duoc|bi)\s+)?(?:dieu chinh|ha|nang|sua))\s+(?:xuong|len)\s+(?:con\s+)?(?:khoang\s+)?\d"
)
_THE_OTHERS = re.compile(r"\W*(?:cac|nhung) (?:huyen|quan|thi xa|dia phuong) (?:con lai|khac)\b")
_SAME_DEADLINE = re.compile(r"\b(?:trong|vao|den)\s+cung\s+(?:thoi han|thoi diem|moc thoi gian|moc|nam do)\b")
_THIS_RATE = re.compile(r"\bty le (?:nay|do|tren|cua (?:tinh|huyen|thanh pho|thi xa|dia phuong))\b")  # ("nâng tỷ lệ của tỉnh lên …")
_CENTRAL = re.compile(r"\b(?:trung uong|bo chinh tri|ban bi thu|chinh phu|ca nuoc|toan quoc)\b")
# "Thành ủy Hà Nội …", "Nghị quyết Đại hội Đảng bộ thành phố": a city's body, the province when the
# city is centrally run
_CITY_BODY = re.compile(r"\b(?:(?<!thu )thanh uy|dang bo thanh pho|toan thanh pho)\b")
# "đặt mục tiêu 40%", "nâng mục tiêu lên 80%", "đặt chỉ tiêu 50%": a goal set, its year from the term named
# ("chưa đạt chỉ tiêu 35% mà Nghị quyết … nhiệm kỳ 2020-2025 đề ra": a goal named with its share)
# ("…; huyện A và huyện B mỗi huyện đạt ít nhất 50%. Mục tiêu chung của toàn tỉnh là 45% …": each the year
# just set)
_CARRIED_GOAL = re.compile(
    r"\b(?:rieng\b[^.;]{0,40}\b(?:phai|can|phan dau)|phai dat|phan dau|can dat|giao chi tieu"
    r"|moi (?:huyen|thi xa|thanh pho|quan|noi|dia phuong)\s+(?:phai\s+)?dat|(?:muc tieu|chi tieu) chung\b"
    # ("…; các huyện còn lại đạt ít nhất 30% …. Tính chung toàn tỉnh, mục tiêu là 35%.")
    r"|(?<!da )dat\s+(?:it nhat|toi thieu)|(?:muc tieu|chi tieu)\s+la\s+(?:(?:khoang|it nhat|toi thieu|tren)\s+)?\d{1,3})\b"
)
_SET_GOAL = re.compile(
    r"\b(?:dat|nang|de ra|xac dinh)\s+(?:muc tieu|chi tieu)\b|\b(?:muc tieu|chi tieu)\s+(?:(?:la|khoang|tu|it nhat|toi thieu|tren)\s+)?\d"
    # "Nghị quyết Đại hội … nhiệm kỳ 2020-2025 đề ra ít nhất 40%"
    r"|\bde ra\s*\(?\s*(?:(?:it nhat|toi thieu|khoang|tren|tu)\s+)?\d"  # ("… đề ra (30%)")
    r"|\b(?:dat|nham) muc\s+(?:(?:khoang|tren|it nhat|toi thieu)\s+)?\d"  # ("… (nhiệm kỳ 2015-2020) chỉ đặt mức khoảng 25%")
    # "sang nhiệm kỳ 2020-2025, mục tiêu được nâng lên 30%"
    r"|\b(?:muc tieu|chi tieu)\s+(?:duoc\s+)?nang len\s+(?:(?:khoang|tren|it nhat)\s+)?\d"
    # "chỉ tiêu của Nghị quyết Đại hội … nhiệm kỳ 2015-2020 là có trên 50% số xã"
    r"|\b(?:muc tieu|chi tieu) cua nghi quyet\b[^.;%]{0,70}?\bla\s+(?:co\s+)?(?:(?:khoang|tu|it nhat|toi thieu|tren)\s+)?\d"
)


_SHARE_TO_DEADLINE = re.compile(
    r"\d{1,3}(?:,\d+)?\s*%\s*(?:tro len\s*)?"
    r"(?:(?:so\s+)?(?:don vi\s+)?(?:cap xa|xa|phuong|thi tran|don vi)(?:\s*,\s*(?:xa|phuong|thi tran))*\s*)?"
)


def _year_of(folded: str, start: int, end: int, pos: int) -> int | None:
    """ "đến năm 2020 đạt khoảng 35% và phấn đấu đến hết nhiệm kỳ 2020-2025 có trên 50%": each share
    takes the deadline named nearest before it in its clause (else the first after it)."""
    found = list(DEADLINE.finditer(folded, start, end))
    # ("Sóc Trăng đặt chỉ tiêu 70% vào năm 2020, trong khi Bạc Liêu hướng tới khoảng 50% vào cuối nhiệm
    # kỳ 2020-2025": a deadline right after the share is its own)
    right_after = next(
        (m for m in found if m.start() > pos and folded.startswith("vao ", m.start()) and _SHARE_TO_DEADLINE.fullmatch(folded, pos, m.start())),
        None,
    )
    if right_after is not None:
        return deadline_year(right_after)
    before = [m for m in found if m.start() < pos]
    m = before[-1] if before else next(iter(found), None)
    return deadline_year(m) if m else None


def find_targets(
    art: Article,
    places: list[Place],
    officials: list[OfficialMention],
    default_scope: str | None,
    doc_date: FuzzyDate | None,
    title: tuple[int, int] | None = None,
    figures: tuple[tuple[int, int], ...] = (),
) -> list[Target]:
    """Goals: a share of commune-level units by a year, with who stated them (a headline's goal that
    the body states again is the body's)."""
    out = []
    previous_cued = False
    cued_in = -9  # the paragraph where the model was last named (or a progress figure given)
    ranks = prose_ranks(art)
    # ("Ông A, Bí thư Đảng ủy - Chủ tịch UBND xã X, kể …": a man who holds both posts names the model too)
    counted = Covered(figures + tuple((o.source.start, o.source.end) for o in officials if o.concurrent))
    year_before: int | None = None  # the year of the last goal, and its paragraph
    para_before: int | None = None
    last_year, last_rank = 0, -9  # the last goal's year and its paragraph's rank, for an assigning list
    for seg in art.sentences:
        sentence = art.folded[seg.start : seg.end]
        here = art.paragraph_index(seg.start)
        here = -1 if here is None else ranks[here]
        # "… chỉ tiêu này …": the sentence before, or a paragraph just before, named the model
        cued_before = previous_cued or cued_in >= here - 2  # an interview's question may stand between
        # ("… hiện có 52/260 xã … thực hiện mô hình (20%). Dự thảo … mục tiêu … khoảng 35%.": a figure
        # of the model names it too)
        previous_cued = has_cue(sentence, CONSOLIDATION_CUES) or counted.overlaps(seg.start, seg.end)
        if previous_cued:
            cued_in = here
        carried = year_before if art.paragraph_index(seg.start) == para_before else None
        year_before, para_before = None, art.paragraph_index(seg.start)
        for clause in clauses(art, seg):
            folded = art.folded[clause.start : clause.end]
            deadline = DEADLINE.search(folded)
            term = _TERM.search(sentence) if deadline is None and _TERM_END.search(folded) else None
            if deadline is None and _TERM_END.search(folded) and term is None:
                # "Huyện ủy X đặt mục tiêu đến cuối nhiệm kỳ, 100% xã …": the term the text named last
                term = next(iter(reversed(list(_TERM.finditer(art.folded, 0, seg.start)))), None)
                if term and doc_date and int(term.group(1)) <= doc_date.year and "dai hoi" in sentence:
                    # ("Đại hội Đảng bộ huyện … hồi tháng 7 đã đặt mục tiêu … vào cuối nhiệm kỳ", in 2020 after
                    # "nhiệm kỳ 2015-2020" was named: a congress sets the goal of the term it opens)
                    term = next((t for t in _TERM.finditer(art.folded) if 0 < int(t.group(1)) - doc_date.year <= 5), term)
            set_goal = _SET_GOAL.search(folded) if deadline is None and term is None else None
            if set_goal is not None:
                # "Nghị quyết Đại hội … nhiệm kỳ 2020-2025 đặt mục tiêu 40%": the term's last year (the term
                # nearest the goal: "tăng từ 28 đơn vị đầu nhiệm kỳ 2015-2020 …, chưa đạt chỉ tiêu trên 70% mà
                # Nghị quyết … nhiệm kỳ 2020-2025 đề ra")
                at = clause.start + set_goal.start()
                term = min(_TERM.finditer(art.folded, seg.start, seg.end), key=lambda t: abs(t.start() - at), default=None)
            if deadline is None and term is None and has_cue(folded, ("phan dau", "muc tieu", "chi tieu", "yeu cau", "de ra", "huong toi")):
                # "giai đoạn 2021-2025, địa phương này phấn đấu có 35% …": the period's last year (only
                # with a goal word in the clause: "giai đoạn 2016-2020, tỉnh đã …" reports)
                term = _PERIOD.search(folded)
            inherited = None
            same = not (deadline or term) and bool(year_before or carried) and _SAME_DEADLINE.search(folded) is not None
            # ("… đặt mục tiêu 70% đến năm 2025. … đã điều chỉnh chỉ tiêu này xuống còn 55%": that goal's year)
            same = same or (not (deadline or term) and bool(last_year) and _REVISED.search(folded) is not None)
            if same:
                inherited = year_before or carried or last_year  # "…; Bạc Liêu khoảng 50% và Cà Mau 40% trong cùng thời hạn"
            elif not (deadline or term) and (year_before or carried) and _CARRIED_GOAL.search(folded) and not REPORTED.search(folded):
                # "…; riêng thành phố X phải đạt 50% …", "Chương trình giao chỉ tiêu …: A đạt 100%" after a
                # goal with its year, in its sentence or the one before
                inherited = year_before or carried
            elif not (deadline or term) and assigned_goal(art.folded, seg.start, clause.start, clause.end):
                # "… phấn đấu có 35% …. ¶ Chương trình giao chỉ tiêu cho từng địa bàn: A và B phấn đấu
                # 100%; thị xã C đạt khoảng 60%": each item a goal of the year just set; "… đề ra mục tiêu:
                # đến năm 2030, ở những nơi đủ điều kiện, có khoảng 20% …": the year its sentence set
                stated = [deadline_year(d) for d in DEADLINE.finditer(art.folded, seg.start, clause.start)]
                inherited = stated[-1] if stated else last_year if last_year and here <= last_rank + 1 else None
            # ("Theo đó, đến năm 2020, thị xã A …; các huyện còn lại đạt ít nhất 30%": the year its sentence set)
            if not (deadline or term or inherited) or not (
                has_cue(sentence, _GOAL_WORDS) or has_cue(folded, TARGET_CUES) or (inherited and has_cue(sentence, TARGET_CUES))
            ):
                continue
            year = inherited or (deadline_year(deadline) if deadline else int(term.group(1)) if term else 0)
            # "… nâng tỷ lệ này lên 70%": the sentence before said what the share is of.
            # The model named in the clause, or in its sentence ("…; riêng Huyện ủy X phấn đấu … 60%"),
            # or the sentence before said what the share is of ("… nâng tỷ lệ này lên 70%").
            about = (
                same
                or has_cue(folded, CONSOLIDATION_CUES)
                or has_cue(sentence, CONSOLIDATION_CUES)
                # ("… đề xuất nâng tỷ lệ này lên trên 40% vào năm 2025" paragraphs after the model's share)
                or (cued_in >= 0 and _THIS_RATE.search(folded) is not None)
                or (
                    cued_before
                    and (_OF_UNITS.search(folded) or _BARE_SHARE.search(folded) or THIS_NUMBER.search(folded) or _SHARE_ENDS.search(folded))
                )
                # ("…; huyện X phấn đấu hoàn thành toàn bộ vào cuối năm 2024": all of the units the sentence before spoke of)
                or (cued_before and bool(_fraction_shares(art.folded, clause.start, clause.end)))
            )
            if _OTHER_PROGRAMME.search(folded) and not has_cue(folded, CONSOLIDATION_CUES):
                continue  # "đến năm 2026, 100% xã, phường … có trung tâm phục vụ hành chính công": another goal
            village = names_villages(art.text, art.folded, clause.start, clause.end) or (
                # ("Ở cấp thôn, toàn tỉnh đã có 642/735 thôn …; mục tiêu là 100% vào năm 2020")
                names_villages(art.text, art.folded, seg.start, clause.start) and not _OF_UNITS.search(folded)
            )
            if not about or (village and not _OF_UNITS.search(folded)):
                continue
            respective = respective_regions(art, places, clause)
            for pct in find_percents(art.folded, clause.start, clause.end) + _fraction_shares(art.folded, clause.start, clause.end):
                if not share_of_units(art.folded, clause.start, pct):
                    continue  # "giảm được 9,7% hộ nghèo": not a share of the units
                if deadline is not None:
                    year = _year_of(art.folded, clause.start, clause.end, pct.start) or year
                # ("vượt chỉ tiêu 25% mà Tỉnh ủy đề ra cho năm 2025": the share named as the goal is one)
                named_goal = _NAMED_GOAL.search(art.folded, max(clause.start, pct.start - 44), pct.start) or inherited
                if not named_goal and not is_goal(art.folded, clause.start, pct.start, doc_date):
                    continue  # "Đến hết năm 2014, toàn tỉnh đã có …, chiếm 15,6%": a result, dated
                where = figure_scope(art, places, seg, pct.start, None)
                if where.level is None:
                    # "Kế hoạch của Tỉnh ủy đặt chỉ tiêu …", after "Ban Thường vụ Tỉnh ủy X ban hành Chương
                    # trình hành động …": a provincial body's goal is the province's, not the district's
                    # (the sentence before, or the paragraph's opening when it names the resolution:
                    # "Nghị quyết Đại hội Đảng bộ tỉnh … Ở nhóm chỉ tiêu …, Nghị quyết nêu rõ: …")
                    para = art.paragraphs[here] if 0 <= here < len(art.paragraphs) else seg
                    # (two sentences back: "Đại hội … Đảng bộ tỉnh X … bế mạc. … đã thông qua Nghị quyết … ¶ Ở nhóm
                    # chỉ tiêu …, Nghị quyết nêu rõ: đến năm 2025 …")
                    two_back = art.sentence_at(max(0, art.sentence_at(max(0, seg.start - 2)).start - 2))
                    around = art.folded[min(para.start, two_back.start) : seg.end]
                    provincial = _PROVINCIAL.search(around) is not None
                    city = city_province(art, places, pct.start) if _CITY_BODY.search(around) else None
                    # (an article with no district of its own: its headline's or only province first,
                    # "Đại hội Đảng bộ tỉnh lần thứ I" of a new province after a sentence on a merged one)
                    own = sole_province(art, places, title) if default_scope is None and (provincial or city is None) else None
                    if own is not None and (provincial or _CITY_BODY.search(around)):
                        where = own
                    elif city is not None:
                        where = city
                    elif own is None and not provincial and _CENTRAL.search(sentence):
                        # "… mục tiêu đến năm 2025 đạt từ 18% trở lên mà Ban Tổ chức Trung ương từng đề
                        # xuất", after "cả nước có …": a goal of the country
                        where = StatementScope(None, "country")
                    else:
                        where = province_at(art, places, pct.start) if provincial else figure_scope(art, places, seg, pct.start, default_scope)
                    if where.level is None and own is not None:
                        # "… so với mục tiêu đến năm 2020 đạt 45% mà Kế hoạch … đặt ra" in a text on one
                        # province with no district of its own: that province's goal
                        where = own
                if where.level == "region":
                    continue  # "các tỉnh Tây Nguyên phấn đấu …": several provinces, no one region's goal
                if default_scope is not None and where.name == default_scope:
                    # "Kết luận hội nghị, ông X yêu cầu các cấp ủy phấn đấu …" with X of the Tỉnh ủy: no
                    # region named, the province of who sets it (not the district the article names most)
                    where = _provincial_setter(art, officials, seg.start, pct.start) or where
                if where.level == "province" and year > 2025 and doc_date is not None and (doc_date.year, doc_date.month or 0) >= (2025, 7):
                    # "Dự thảo văn kiện trình Đại hội Đảng bộ tỉnh lần thứ I đề xuất đến năm 2030 …" after
                    # sentences on the merged "tỉnh X (cũ)": a goal past 2025 is the province that exists
                    where = current_province(art, places) or where
                year_before = year
                last_year, last_rank = year, here
                speaker = speaker_at(officials, seg.start)
                pair = PAIR.search(art.text, max(clause.start, pct.start - 80), pct.start)
                both = named_list(art, places, clause.start, pct.start)
                scopes: list[tuple[str | None, str | None]]
                if _THE_OTHERS.match(art.folded, clause.start):
                    scopes = [(None, "district")]  # ("…; các huyện còn lại đạt ít nhất 30%": the districts not named)
                elif pct.start in respective:
                    # "Lào Cai và Hòa Bình, cũng đến năm 2025, lần lượt đặt mục tiêu 50% và 30%"
                    scopes = [(respective[pct.start].name, respective[pct.start].level)]
                elif pair and where.level in (None, "province"):
                    # "Bạc Liêu và Vĩnh Long cùng hướng tới 70%": the same goal for each
                    scopes = [(f"Tỉnh {n}", "province") for n in pair.group(1, 2)]
                elif both:
                    scopes = [(f"{p.type} {p.name}", p.level) for p in both]
                else:
                    scopes = [(where.name, where.level)]
                for scope, scope_level in scopes:
                    out.append(
                        Target(
                            share=pct.value,
                            year=year,
                            scope=scope,
                            level="xã",
                            source=art.source(pct.start, pct.end),
                            stated_by=speaker.name if speaker else None,
                            scope_level=scope_level,
                        )
                    )
    if title is None:
        return out
    body = {(t.share, t.year) for t in out if not title[0] <= t.source.start < title[1]}
    return [t for t in out if not (title[0] <= t.source.start < title[1] and (t.share, t.year) in body)]


_PROVINCIAL_BODIES = ("Tỉnh ủy", "UBND tỉnh", "HĐND tỉnh", "Ủy ban nhân dân tỉnh")


def _provincial_setter(art: Article, officials: list[OfficialMention], start: int, pos: int) -> StatementScope | None:
    """The province of an official of a provincial body named in text[start:pos], if any."""
    for off in officials:
        if off.scope and off.body in _PROVINCIAL_BODIES and off.name in art.text[start:pos]:
            return StatementScope(off.scope, "province")
    return None


# "có tối thiểu 1/3 số xã, thị trấn …", "một nửa số xã": a goal said as a fraction of the units;
# "toàn bộ phường, xã thực hiện mô hình": all of them.
_FRACTION_SHARE = re.compile(
    r"(?<![\d/.,])([1-9])\s*/\s*([2-9])\s+(?=so\s+(?:xa|phuong|thi tran|don vi))|\bmot nua(?=\s+so\s+(?:xa|phuong|thi tran|don vi))"
    r"|\b(toan bo|tat ca)(?=\s+(?:(?:cac|so)\s+)?(?:xa|phuong|thi tran|don vi|co so)\b|\s+(?:vao|trong|den|truoc)\s)"  # ("hoàn thành toàn bộ vào cuối năm 2024")
    r"|\b(mot phan ba|hai phan ba|mot phan tu|ba phan tu)(?=\s+so\s+(?:xa|phuong|thi tran|don vi))"  # ("ba phần tư số xã")
)


_FRACTION_WORDS = {"mot phan ba": 0.333, "hai phan ba": 0.667, "mot phan tu": 0.25, "ba phan tu": 0.75}


def _fraction_shares(folded: str, start: int, end: int) -> list[Found[float]]:
    """The fractions of units in folded[start:end], as shares ("1/3 số xã" → 0.333, "một nửa số xã" → 0.5)."""
    out = []
    for m in _FRACTION_SHARE.finditer(folded, start, end):
        if m.group(4):
            value = _FRACTION_WORDS[m.group(4)]
        else:
            value = 1.0 if m.group(3) else round(int(m.group(1)) / int(m.group(2)), 3) if m.group(1) else 0.5
        if value <= 1:
            out.append(Found(m.start(), m.end(), value))
    return out
