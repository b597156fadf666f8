"""Stated progress: how many commune-level units have one person as secretary and chairman, counted
for a region ("toàn tỉnh có 52/200 …, chiếm 26%", "huyện X … 7 xã/20 đơn vị", "12 trong tổng số 17").

Each figure is read in its own clause, and belongs to the region named nearest before it. A figure is
left out when it is a goal (a future marker before it), counts something other than communes (districts,
villages, votes, voters), or sits in a headline as a bare share (headlines state goals like facts).
"""

from __future__ import annotations

import re
from dataclasses import replace

from lso_tui.extract.clause_figures import THIS_NUMBER_BEFORE, UNIT_NOUN, clause_figures
from lso_tui.extract.counted import (
    REGION_RATIO,
    THIS_NUMBER,
    Counted,
    assigned_goal,
)
from lso_tui.extract.figure_context import REGION_SHARE
from lso_tui.extract.figure_forms import LIST_ITEM_FIGURE, restated_in_body, total_in_next_clause
from lso_tui.extract.figure_merge import merged_by_arithmetic, merged_parts, with_printed_share
from lso_tui.extract.figure_scope import figure_scope
from lso_tui.extract.lexicon import CONSOLIDATION_CUES, NUMBER_WORDS
from lso_tui.extract.places import Place
from lso_tui.extract.quantities import find_dates
from lso_tui.extract.respective import EACH, RESPECTIVELY, paired_figures
from lso_tui.extract.spans import Article, Segment, clauses, prose_ranks
from lso_tui.extract.statement_scope import SUBSET, StatementScope, sole_province
from lso_tui.extract.table_rows import table_row
from lso_tui.extract.totals import DOING as _DOING
from lso_tui.extract.totals import of_which, of_which_before, total_of
from lso_tui.extract.units import has_cue
from lso_tui.model.records import FuzzyDate, ProgressObservation

_PAREN_UNITS = re.compile(r"\(\s*\d{1,4}\s+(?:xa|phuong|thi tran|don vi)\b")
# ("6 trong tổng số 25 phường, xã": the same ratio in words)
_RATIO_OF_UNITS = re.compile(r"\d\s*(?:/|\s(?:trong|tren)\s+(?:tong\s+)?so)\s*\d+\s+(?:xa|phuong|thi tran|don vi)\b")
# ("Tỷ lệ này cao hơn bình quân chung của cả nước (khoảng 14%)": a comparison measures too)
# A capitalised name, then (with "với", "có", "đạt") a bare ratio: a region's figure in a list.
_NAMED_RATIO = re.compile(r"[A-ZĐÂĂÊÔƠƯ][^\W\d_]*(?:[ \u00a0](?:với|có|đạt)[ \u00a0]|[ \u00a0])\d{1,4}/\d{1,5}\b")
_MEASURE = re.compile(
    r"\b(?:chiem|dat|co|len|bang|duoc|voi|giam con|chi con|nay con|cao hon|thap hon|duy tri|giu duoc|(?:chi|moi|da) chon)\b"
    r"|\b(?:chua den|chua toi|duoi) \d"
    r"|\b(?:nhan rong|mo rong)(?: mo hinh)?(?: ra| len| den| toi)? \d"  # ("nhân rộng ra 4 đơn vị"; not "thêm 2 xã")
    r"|\b(?:ke den|tiep den|tiep theo|dan dau|xep sau|sau do)\s+la\b"  # ("Kế đến là A 8/21 và B 6/11.")
    r"|\btheo sau\b[^.;]{0,30}?\bla\b"  # ("Theo sau Nam Đông là A Lưới 5/21, Phong Điền 3/16.")
    r"|\b(?:chi|moi)\s+(?:khoang|gan|xap xi)\s+\d"  # ("Tỉnh X (cũ) lúc đó cũng chỉ khoảng 19,8%.")
)
_DONE_IN_EVERY = re.compile(
    r"\b(?:thuc hien|ap dung|trien khai|bo tri|hoan thanh)\s+(?:o|tai)\s+(?:(?:tat ca|ca|toan bo)\s+)?(?:\d|(?:"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?:xa|phuong|thi tran|don vi)\b|mot nua so\b[^.;]{0,30}\(\s*\d{1,4}\s*/\s*\d)"
    r"|\blam\s+(?:o|tai)\s+(?:tat ca|ca|toan bo)\s+\d"  # ("Huyện Cần Giờ đã làm ở cả 7 xã, thị trấn.")
)  # ("cũng bố trí ở cả ba xã là A, B và C"; "thực hiện ở một nửa số xã, thị trấn (7/14)")
_BREAKDOWN = re.compile(r"\W*(?:trong do|cu the|rieng)\b[^.;]{0,60}?\d+\s+(?:xa|phuong|thi tran|don vi)\b")
# ("Tỷ lệ 35,71% của huyện đã vượt …")
_RATE_IS = re.compile(r"\bty le\b[^.;%]{0,40}?\b(?:la|dat|o muc)\s+(?:(?:khoang|gan|hon|tren)\s+)?\d|\bty le\s+\d{1,3}(?:,\d+)?\s*%\s+cua\b")
_A_FIGURE = re.compile(r"\d\s*(?:/\s*\d|%|\s+(?:xa|phuong|thi tran|don vi))")


def _model_clause_first(folded: str) -> bool:
    """Whether a sentence's first clause gives a figure of units doing it and leaves the HĐND to a
    later clause ("… có 34/137 xã … thực hiện mô hình này, đạt 24,8%; ở 103 đơn vị còn lại, … HĐND")."""
    first = folded.split(";", 1)[0]
    return ";" in folded and "hdnd" not in first and bool(_A_FIGURE.search(first)) and bool(_DOING.search(first))


# "theo cách này", "theo mô hình này": the arrangement the sentence before named.
_SAME_WAY = re.compile(r"\b(?:theo|voi|bang) (?:cach|mo hinh|phuong an|hinh thuc|cach lam) (?:nay|do|tren)\b")
_CHAIRS = re.compile(r"\bchu tich (?:(hdnd|hoi dong nhan dan)|ubnd|uy ban nhan dan)\b")


def _model_named(folded: str) -> str | None:
    """The council a sentence names its secretary chairing last: "hdnd", "ubnd", or None."""
    found = list(_CHAIRS.finditer(folded))
    return None if not found else ("hdnd" if found[-1].group(1) else "ubnd")


_CITED_DATE = re.compile(r"\bso\s+[\w/.-]+\s*,?\s*(?:ngay|ban hanh ngay)?\s*$")


_SESSIONS = re.compile(r"\b(?:to chuc|hoan thanh|ket thuc)\s+(?:xong\s+)?(?:ky hop|dai hoi|bau cu)\b")
_NOT_LOCAL = re.compile(r"\bkhong (?:phai )?(?:la )?nguoi (?:dia phuong|tai cho|ban dia)\b")
_RESULT_RATIO = re.compile(r"\bket qua\s+(?:dat|la|moi dat)\s+\d{1,4}\s*/\s*\d")
_NEW_UNITS = re.compile(r"\bmoi co\s+\d{1,4}\s+(?:xa|phuong)\s*,\s*(?:xa|phuong)(?:\s*(?:,|va)\s*dac khu)?\s*\.?\s*$")
_AFTER_MERGER = re.compile(r"\bsau (?:khi |dot |qua trinh |ky )?(?:sap xep|sap nhap|hop nhat)\b")  # ("Sau đợt sắp xếp năm 2019, huyện này còn 18 xã")


def find_progress(
    art: Article,
    places: list[Place],
    default_scope: str | None,
    doc_date: FuzzyDate | None,
    title: tuple[int, int] | None = None,
) -> list[ProgressObservation]:
    """Progress as stated: counts out of a total and/or a share, each for its region, dated by the
    text or the article."""
    out = []
    cued_in = -2  # the paragraph where the model was last named (or counted)
    total_before: int | None = None  # "Toàn huyện có 14 xã, thị trấn." just before: the total
    sentence: Segment | None = None
    last_where: StatementScope | None = None
    whole_where: StatementScope | None = None  # the last figure of a whole province or the country
    whole_in = -9
    previous: Segment | None = None
    model_before: str | None = None  # the arrangement the last sentence naming one named
    ranks = prose_ranks(art)
    totals: list[tuple[StatementScope, int, int]] = []  # each region's total said on its own, and where
    for seg in art.sentences:
        folded = art.folded[seg.start : seg.end]
        stated_total, total_before = total_before, total_of(folded)
        previous, sentence = sentence, seg
        index = art.paragraph_index(seg.start)
        here = -1 if index is None else ranks[index]
        # "… bí thư cấp ủy đồng thời là chủ tịch HĐND" is another arrangement, not this one.
        # ("kỳ họp thứ nhất HĐND" is a session, not the chair of the council: only "chủ tịch HĐND" is that)
        council = "chu tich hdnd" in folded or "chu tich hoi dong" in folded
        cued = has_cue(folded, CONSOLIDATION_CUES) and not (council and "ubnd" not in folded)
        # "Đến nay, thị xã có 7/19 phường, xã thực hiện, chiếm 36,8%. Riêng TP. X có 6/14 …" counts
        # what a sentence before (in this paragraph or the one before) named; it must still speak
        # of units and measure them.
        near = cued_in >= here - 2  # an interview's question may stand between
        # "Cụ thể: huyện A: 5/16 xã; huyện B: 4/16 xã": ratios of units measure them too.
        measured = not cued and near and bool(  # (read only when it decides: a cued sentence is read anyway)
            _MEASURE.search(folded)
            or _RATIO_OF_UNITS.search(folded)
            or THIS_NUMBER.search(folded)
            or _PAREN_UNITS.search(folded)  # "như Quảng Ninh (14 phường, xã), Bạc Liêu (11 xã)"
            or _DONE_IN_EVERY.search(folded)  # "Thành phố X đã thực hiện ở cả 8 phường, xã.", "… đã bố trí ở 5 phường"
            or _RATE_IS.search(folded)  # "Ở cấp xã của tỉnh, tỷ lệ hiện là 31,1%"
            or _BREAKDOWN.match(folded)  # "Trong đó, huyện A 3 xã (…), B 2 xã, C 1 xã."
            or LIST_ITEM_FIGURE.match(folded)  # "- Đầm Hà: 3/10;" in a list of results
            or EACH.search(folded)  # "A và B, mỗi huyện 3 xã."
            # ("Toàn huyện có 7 xã. Hai xã đã thực hiện, là …": a part of the total the sentence before gave)
            or of_which_before(art, seg, stated_total) is not None
        )
        # ("…, bí thư sẽ kiêm chủ tịch HĐND; hiện đã có 96 đơn vị bố trí theo cách này": the other one)
        # (not when the figure comes first: "toàn tỉnh có 34/137 xã … thực hiện, đạt 24,8%; ở 103 đơn vị
        # còn lại, bí thư … là chủ tịch HĐND")
        other = council and "ubnd" not in folded and not _model_clause_first(folded)
        # ("15 trong tổng số 19 phường, xã … có bí thư cấp ủy không phải là người địa phương": another policy)
        other = other or _NOT_LOCAL.search(folded) is not None
        # ("Theo Ban Tổ chức Tỉnh ủy, tỉnh Cà Mau mới có 64 xã, phường.", after 1 July 2025: the new units)
        other = other or (art.after_reorganisation and _NEW_UNITS.search(folded) is not None)
        # ("38/38 xã … đã tổ chức xong kỳ họp thứ nhất HĐND": sessions held, not the model)
        other = other or (_SESSIONS.search(folded) is not None and not cued)
        # ("… chọn phương án bí thư kiêm chủ tịch HĐND. Huyện X có 6/12 xã theo cách này.": that one too)
        other = other or bool(_SAME_WAY.search(folded) and "chu tich" not in folded and model_before == "hdnd")
        model_before = _model_named(folded) or (None if cued_in < here - 1 else model_before)
        # ("So với …, con số này cao hơn: Trà Vinh có 31/106", "Huyện Đắk Hà (cũ) đạt 5/11": what is
        # counted was said the sentence before)
        # ("Bến Tre và Trà Vinh đạt lần lượt 27,5% và 35%": regions compared, a figure each)
        of_units = not cued and near and (
            UNIT_NOUN.search(folded)
            or THIS_NUMBER.search(folded)
            or REGION_RATIO.search(folded)
            or RESPECTIVELY.search(folded)
            or REGION_SHARE.search(folded)  # "Trong khi đó, tỉnh bạn Cà Mau mới đạt khoảng 25%."
            or LIST_ITEM_FIGURE.match(folded)
            or _NAMED_RATIO.search(art.text, seg.start, seg.end)  # "…, tiếp theo là Cẩm Mỹ với 6/13 và Định Quán 5/14."
            or _RESULT_RATIO.search(folded)  # ("… đặt mục tiêu ít nhất 30% …. Đến tháng 6/2025, kết quả đạt 41/145.")
        )
        # ("Sau sắp xếp, tỉnh X có 92 xã, phường.": the units the merger left, not the model's count)
        follows = near and bool(of_units) and measured and not other and not _AFTER_MERGER.search(folded)
        if cued_in >= 0 and "|" in folded and _DOING.search(folded) and not _A_FIGURE.search(folded):
            cued_in = here  # ("STT | Huyện | Số xã thực hiện | Tỷ lệ": a table's header, after the model was named)
        row = table_row(art, places, seg) if near or cued_in == here else None
        if row is not None:
            # "Hoằng Hóa | 8 | 43 | 18,6%": a row of a table of results
            cued_in = here
            out.append(_observed(row[0], row[1], _month_of(doc_date), art))
            continue
        if cued or follows:
            cued_in = here
        if not (cued or follows):
            continue
        if total_before is not None and not cued and seg.start >= art.paragraphs[0].end:
            # "Huyện X hiện có 23 xã, thị trấn.": maybe the total a later count is of (see of_totals_stated)
            totals.append((figure_scope(art, places, seg, seg.end - 1, default_scope), total_before, seg.end))
        in_title = title is not None and title[0] <= seg.start < title[1]
        # "Nghị quyết số 18-NQ/TW, ngày 25/10/2017": a cited document's date does not date a figure.
        dates = find_dates(art.folded, seg.start, seg.end)
        own = [d for d in dates if not _CITED_DATE.search(art.folded, max(0, d.start - 40), d.start)]
        months = [d.value for d in own if d.value.month]
        as_of = months[-1].iso() if months else _month_of(doc_date)
        whole = of_which(art, seg, doc_date)
        before = of_which_before(art, seg, stated_total) if whole is None else None
        whole = whole or before
        per_clause = total_in_next_clause(
            art,
            [
                (c, [] if assigned_goal(art.folded, seg.start, c.start, c.end) else clause_figures(art, c, dates, doc_date, places, seg))
                for c in clauses(art, seg)
            ],
        )
        for clause, figures in per_clause:
            if whole is not None:
                # "có M …; trong đó N đơn vị …": one figure, N of M, over the clauses it spans
                figures = [f for f in figures if not whole.start <= f.start < whole.end]
                if clause.start <= whole.start < clause.end:
                    figures.insert(0, whole)
            paired = paired_figures(art, places, clause, doc_date) if not in_title else []
            if paired:
                # "A và B đạt lần lượt 30% và 38 đơn vị": each figure is its own region's
                figures = [f for f in figures if not any(p.start <= f.start < p.end for p, _ in paired)]
                out += [_observed(f, where, as_of, art) for f, where in paired]
            for f in figures:
                if in_title and (f.total is None or restated_in_body(art, title, f) or _ROUGHLY.search(art.folded, max(seg.start, f.start - 14), f.start)):
                    continue  # a headline's bare share is its goal; its ratio repeats the body's or rounds it ("gần 4/10")
                if f is before and previous is not None:
                    # "Toàn tỉnh hiện có 112 xã. Trong số này, 14 đơn vị …": the region the total was of
                    where = figure_scope(art, places, previous, previous.end - 1, default_scope)
                else:
                    where = figure_scope(art, places, seg, f.start, None)
                    this = THIS_NUMBER_BEFORE.search(art.folded, max(seg.start, f.start - 30), f.start)
                    if where.level is None and this and last_where is not None:
                        where = last_where  # "con số này mới là 638 đơn vị": the region of the figure before
                    elif where.level is None and f.earlier and (named_later := figure_scope(art, places, seg, _now_after(figures, f, seg), None)).level:
                        # "Từ 8 đơn vị năm 2016, đến nay Đà Nẵng đã có 17/56 …": the earlier count is of the
                        # region the sentence goes on to name (before the whole country counted just before)
                        where = named_later
                    elif (
                        where.level is None
                        and whole_where is not None
                        and here - whole_in <= 1
                        and not SUBSET.search(art.folded, seg.start, seg.end)  # "riêng khu vực thị trấn": no region
                    ):
                        # "Sau Nghị quyết 18, số đơn vị tăng nhanh: … là 1.612 đơn vị": a sentence that
                        # names no region goes on about the whole province or country counted just before
                        where = whole_where
                    elif where.level is None:
                        where = figure_scope(art, places, seg, f.start, default_scope)
                    if where.level is None and default_scope is None and not SUBSET.search(art.folded, seg.start, seg.end):
                        # an article about no one district: a figure that names no region is its province's
                        where = sole_province(art, places, title) or where
                if f.total is None and f.done and f.share and stated_total and abs(f.done / stated_total - f.share) < 0.006:
                    # "Huyện chúng tôi có 35 xã, thị trấn. … đến nay đã có 7 đơn vị, chiếm 20%": of that total
                    f = replace(f, total=stated_total)
                    if previous is not None and figure_scope(art, places, seg, f.start, None).level is None:
                        where = figure_scope(art, places, previous, previous.end - 1, default_scope)  # the total's region
                if where.level == "region":
                    continue  # a region of several provinces ("các tỉnh Tây Nguyên") is no region of the register
                last_where = where
                if where.level in ("province", "country"):
                    whole_where, whole_in = where, here
                out.append(_observed(f, where, as_of, art))
    return with_printed_share(art, merged_by_arithmetic(art, merged_parts(of_totals_stated(art, merged_parts(out), totals))))


def of_totals_stated(
    art: Article, found: list[ProgressObservation], totals: list[tuple[StatementScope, int, int]]
) -> list[ProgressObservation]:
    """Each count with no total of its own, of a region whose total the sentence just before stated on
    its own ("Huyện X hiện có 23 xã, thị trấn. Sau đại hội, số đơn vị … đã lên 9"): that total, when the
    count fits it and so does the share, if any."""
    out = []
    used: set[tuple[str | None, int]] = set()
    # (a total some figure already counts against is taken: "… có 157 xã. Trong số này, 49 đơn vị …; đầu
    # nhiệm kỳ, con số này mới là 27 đơn vị")
    taken = {(g.scope, g.total) for g in found if g.total is not None}
    for f in found:
        # (not an earlier count, dated by its year alone or not at all: "Năm 2016 mới có hai xã")
        if f.total is None and f.done is not None and f.scope and f.as_of and len(f.as_of) > 4:
            start = art.sentence_at(f.source.start).start
            stated = [
                t
                for where, t, at in totals
                if (where.name, where.level) == (f.scope, f.scope_level) and 0 <= start - at <= 2  # (the next sentence)
                and (f.scope, t) not in taken
            ]  # fmt: skip
        else:
            stated = []
        if stated and f.done is not None and f.done <= stated[-1]:
            total = stated[-1]
            if f.done != total and (f.share is None or abs(f.done / total - f.share) < 0.006):
                f = replace(f, total=total)
                used.add((f.scope, total))
        out.append(f)
    # (the total's own sentence read as a lone count is no figure once a count of it was found, here or
    # by the sentence after it: "Huyện X hiện có 17 xã, thị trấn. Đến nay, 8 đơn vị đã …"; a share alone
    # then merges with the count that fits it)
    said = {(w.name, t) for w, t, _ in totals}
    counted = used | {(f.scope, f.total) for f in out if f.total is not None and (f.scope, f.total) in said}
    out = [f for f in out if not (f.total is None and f.share is None and (f.scope, f.done) in counted)]
    return [
        replace(f, total=t) if f.done is None and f.total is None and f.share is not None and (t := _used_total(f, used)) else f
        for f in out
    ]


def _used_total(f: ProgressObservation, used: set[tuple[str | None, int]]) -> int | None:
    """The stated total a count of *f*'s region was found to be of, if one."""
    found = [t for scope, t in used if scope == f.scope]
    return found[0] if len(found) == 1 else None


_ROUGHLY = re.compile(r"\b(?:gan|hon|khoang|tren|chua den|xap xi)\s+$")


def _now_after(figures: list[Counted], f: Counted, seg: Segment) -> int:
    """Where the count now after the earlier count *f* stands ("Từ 4 xã năm 2010, đến nay Quỳnh Lưu đã có
    11 …": its region is the earlier one's), else the sentence's end."""
    return next((g.start for g in figures if not g.earlier and g.start > f.start), seg.end - 1)


def _month_of(doc_date: FuzzyDate | None) -> str | None:
    """The article's month, as a figure with no date of its own is dated."""
    return f"{doc_date.year:04d}-{doc_date.month:02d}" if doc_date and doc_date.month else None


def _observed(f: Counted, where: StatementScope, as_of: str | None, art: Article) -> ProgressObservation:
    """The figure *f* as a progress observation of *where*: dated by its year when it is an earlier
    count, else as of *as_of*."""
    return ProgressObservation(
        f.done,
        f.total,
        f.share,
        where.name,
        (str(f.year) if f.year else None) if f.earlier else as_of,
        art.source(f.start, f.end),
        scope_level=where.level,
    )
