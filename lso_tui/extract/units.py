"""Commune-level units: consolidated or not, since when, and the figures and notes said of them."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from lso_tui.extract.lexicon import (
    CONSOLIDATION_CUES,
    FIGURE_NOUNS,
    NOT_DONE_CUES,
    NOTE_TOPICS,
    NUMBER_WORDS,
    PLANNED_CUES,
    TARGET_CUES,
)
from lso_tui.extract.listed_next import DONE_WELL, EXAMPLES
from lso_tui.extract.place_refs import bare_mentions
from lso_tui.extract.places import Place
from lso_tui.extract.quantities import Found, find_dates, find_numbers
from lso_tui.extract.spans import Article, Covered, Segment
from lso_tui.extract.speakers import speakers
from lso_tui.model.records import Figure, FuzzyDate, Note, OfficialMention, UnitMention

_FIGURE_RE = re.compile(r"\s*(" + "|".join(sorted(FIGURE_NOUNS, key=len, reverse=True)) + r")\b")


# A sentence that lists the units the sentence before counted ("Các đơn vị đã thực hiện gồm: …").
_CONTINUATION = re.compile(
    r"\b(?:do la|gom|bao gom|trong so do|trong so nay|trong do|cu the|la cac|cung voi cac)\b|^\W*cac don vi (?:nay|do|da)\b"
    # "Ba đơn vị vừa thực hiện là A, B và C", "hai đơn vị còn lại là …", "Cùng thực hiện … còn có xã …"
    r"|\b(?:don vi|xa|phuong|thi tran)\s+(?:(?:vua|moi|da|con lai|con|cung)\s+)*(?:thuc hien\s+)?la\b"
    r"|\bcung (?:(?:dot|dip|luc|thoi diem|giai doan|nam)\s+)?thuc hien\b|\bcon co\s+(?:cac\s+)?(?:xa|phuong|thi tran)\b"
    # "Hai đơn vị được bổ sung trong nhiệm kỳ là xã A và xã B"
    # ("Ba xã được lựa chọn trong đợt này là A, B và C", "Ba nơi làm đầu tiên là thị trấn A, …")
    r"|\b(?:\d+|hai|ba|bon|nam)\s+(?:don vi|xa|phuong|noi|dia phuong)\b[^.;]{0,40}?\bla\b"
    r"|\b(?:la|deu la)\s+(?:nhung|cac)\s+(?:don vi|xa|phuong|noi)\b"
    r"|\b(?:don vi|xa|phuong|thi tran)\b[^.;]{0,30}\bnhu\b"
)
_DEADLINE = re.compile(r"\b(?:den|toi|trong)\s+(?:het\s+|cuoi\s+)?nam\s+(?:19|20)\d\d\b")
# "Nhiều đơn vị như thị trấn A, xã B … đã thực hiện từ năm 2019": units reported as having done it,
# in an article about consolidation ("đã thực hiện tốt nhiệm vụ" is something else).
_DONE_UNITS = re.compile(
    r"\b(?:don vi|xa|phuong|thi tran)\b[^.;]{0,160}?\b(?:da|deu da|cung da)\s+thuc hien\b"
    r"(?!\s+(?:tot|nhiem vu|cac|viec|ke hoach|chuong trinh|de an|chinh sach|nghi quyet|quy che))"
    # "Những đơn vị thực hiện sớm như xã A (X), B …", "các đơn vị thực hiện hiệu quả … như xã A, B"
    r"|\bdon vi (?:da )?thuc hien\b[^.;]{0,50}?\bnhu\b"
    # "Thị trấn A và các xã B, C làm từ năm 2016; các xã D, E bố trí sau đại hội …": units, then when
    r"|\b(?:xa|phuong|thi tran)\b[^.;]{0,120}?\b(?:lam|thuc hien|bo tri|ap dung)\s+(?:tu|sau|ngay sau|tu nam|trong nam)\b"
    # "Xã A, B cùng huyện cũng đã làm như vậy"; "Nhiều nơi đã có kết quả rõ, như phường A, xã B …"
    r"|\b(?:xa|phuong|thi tran)\b[^.;]{0,80}?\b(?:cung|deu)\s+(?:da\s+)?(?:lam|thuc hien|bo tri)\s+(?:nhu vay|nhu the|theo cach nay)\b"
    r"|\b(?:nhieu noi|nhieu don vi|mot so noi|mot so don vi|cac noi)\b[^.;]{0,40}?\bnhu\s+(?:xa|phuong|thi tran)\b"
    # "huyện Thủy Nguyên thực hiện ở các xã A, B; còn ở quận Đồ Sơn là phường C"
    # (not planned: "sẽ xem xét thực hiện tại …", "chuẩn bị nhân sự để tiếp tục thực hiện tại …")
    r"|(?<!\bse )(?<!xem xet )(?<!\bde )(?<!tiep tuc )(?<!du kien )\b(?:thuc hien|ap dung|bo tri)\s+(?:them\s+)?(?:o|tai)\s+"
    r"(?:cac\s+|hai\s+|ba\s+)?(?:xa|phuong|thi tran)\b"

)
# "Chủ trương này sau đó được mở rộng ra 3 xã gồm: A, B và C": the model, spread to more units.
_SPREAD = re.compile(
    r"\b(?:chu truong|mo hinh|cach lam)(?:\s+(?:nay|tren|do))?\b[^.;]{0,60}?"
    r"\b(?:mo rong|nhan rong|trien khai|ap dung|thuc hien|(?:da )?co mat o)\b"  # ("mô hình đã có mặt ở các xã A, B")
    # "đến năm 2015, mở rộng thêm hai xã A và B"
    r"|\bmo rong\s+(?:them\s+)?(?:ra\s+)?(?:\d+\s+|hai\s+|ba\s+|bon\s+|nam\s+|cac\s+)?(?:xa|phuong|thi tran|don vi)\b"
    # "thị trấn A và xã B cũng duy trì mô hình suốt hai nhiệm kỳ"
    r"|\b(?:duy tri|giu vung|tiep tuc thuc hien)\s+(?:mo hinh|chu truong|cach lam)\b"
    r"|\b(?:mo hinh|chu truong|cach lam)(?:\s+(?:nay|tren|do))?\s+(?:van\s+|da\s+)?duoc\s+(?:duy tri|giu vung)\b"  # ("… mô hình được duy trì liên tục")
    r"|\b(?:mo rong|nhan rong)\s+(?:them|tiep)\s*\W*$"  # ("Năm 2013, Ban Thường vụ Huyện ủy quyết định mở rộng thêm.")
    # "các xã A, B cũng đã bố trí theo mô hình", "… được đánh giá là vận hành mô hình hiệu quả", "Những xã đi
    # đầu như A, B", "Những địa phương được nhắc đến nhiều là …", "Tiếp sau đó là các xã A, B"
    r"|\b(?:bo tri|lam|thuc hien|van hanh)\s+(?:theo\s+)?mo hinh\b"
    r"|\bnhung (?:xa|phuong|dia phuong|don vi)\s+(?:di dau|duoc nhac den|lam tot|tieu bieu|lam som)\b"
    r"|^\W*tiep (?:sau do|den|theo) la cac (?:xa|phuong|thi tran)\b"
    # "chọn thí điểm ở xã A (X), B (Y)": the pilot units of the model the article is about
    r"|\bchon\b[^.;]{0,30}?\bthi diem\b(?!\s+(?:dai hoi|bau|to chuc dai hoi))|\bthi diem\b[^.;]{0,40}?\b(?:tai|o)\s+(?:cac\s+)?(?:xa|phuong|thi tran)\b"
    r"|\bchon\s+lam\s+diem\b"  # "xã A (X) và xã B (Y) đã được chọn làm điểm"
    # ("Năm 2013, Ban Thường vụ Huyện ủy chọn làm đợt đầu xã A, …", "Đợt hai, huyện chọn thêm các xã B, C")
    r"|(?<!\bse )(?<!du kien )\bchon\s+(?:lam\s+)?(?:dot dau|dot (?:mot|hai|ba)|them)\b"
    r"|\b(?:mot so|nhieu|cac)\s+(?:noi|don vi|dia phuong|xa)\s+(?:duoc\s+)?(?:[a-z]+\s+){0,3}?danh gia cao\b"  # ("Một số nơi được tỉnh đánh giá cao là …")
    r"|\b(?:mo hinh|chu truong|cach lam)(?:\s+(?:nay|tren|do))?\s+(?:da|cung da)\s+(?:co|xuat hien)\s+(?:o|tai)\b"  # "… đã có ở"
    # "Tú Đoạn áp dụng mô hình từ tháng 3/2018": the verb first
    r"|\b(?:ap dung|thuc hien|trien khai)\s+(?:mo hinh|chu truong|cach lam)\s+(?:nay\s+|tren\s+)?(?:tu|ngay tu|ke tu)\b"
)
# "… đã thực hiện được tại 4 xã, thị trấn/15 đơn vị, chiếm 26,7%, gồm …": a count of the model's units.
_N = r"(?:\d+|" + "|".join(NUMBER_WORDS) + r"|cac)"  # a count, in figures or words
_COUNTED = re.compile(rf"\bthuc hien\b[^.]{{0,40}}?(?:\d+\s*/\s*\d+|{_N} (?:don vi|xa|phuong|thi tran))")
_COUNT_ONLY = re.compile(rf"\b(?:co|con|len|dat)\s+(?:\d+\s*/\s*\d+|{_N})\s+(?:don vi|xa|phuong|thi tran)\b")
_COUNTING = re.compile(rf"(?:\d+\s*/\s*\d+|{_N} (?:don vi|xa|phuong))[^.]*\bthuc hien\b")
# "Bí thư Đảng ủy phường là bà X, còn Chủ tịch UBND phường là ông Y": two people, one post each.
_TWO_HOLDERS = re.compile(
    r"\bbi thu (?:dang uy|cap uy)\b[^.;]{0,25}?\bla (?:ong|ba|anh|chi|dong chi)\b[^.;]{0,60}?\b(?:con|va|trong khi)\s+"
    r"chu tich (?:ubnd|uy ban)\b[^.;]{0,25}?\bla (?:ong|ba|anh|chi|dong chi)\b"
    r"|\bchu tich (?:ubnd|uy ban)\b[^.;]{0,25}?\bla (?:ong|ba|anh|chi|dong chi)\b[^.;]{0,60}?\b(?:con|va|trong khi)\s+"
    r"bi thu (?:dang uy|cap uy)\b[^.;]{0,25}?\bla (?:ong|ba|anh|chi|dong chi)\b"
)
_HYPOTHETICAL = re.compile(r"(?<!\w)nếu(?!\w)", re.IGNORECASE)


# "bí thư đảng ủy đồng thời là chủ tịch HĐND": the usual arrangement, not the model.
_NOT_HDND = r"(?!\s+(?:hdnd|hoi dong nhan dan))"


_DISTRICT_POSTS = re.compile(
    r"\bbi thu (?:huyen|thanh|quan|thi) uy\s*(?:,|kiem|dong thoi la|vua la)?\s*(?:vua la\s+)?"
    r"chu tich (?:ubnd|uy ban nhan dan) (?:huyen|thanh pho|quan|thi xa)\b"
)
_UPPER_COMMITTEE = re.compile(r"(?:Huyện|Thành|Quận|Thị|Tỉnh) ủy")


def has_cue(folded: str, cues: tuple[str, ...]) -> bool:
    """Whether any cue occurs in *folded* as whole words ("phó bí thư … giữ chức chủ tịch" is not
    "bí thư … giữ chức chủ tịch": a deputy chairs the UBND; "… chủ tịch HĐND" is not the model)."""
    return _cue_pattern(cues).search(folded) is not None


@functools.lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a tuple of cues, compiled once (has_cue runs on every sentence of every text).

    Each cue opens with its first letter, what comes before it checked after that letter: a pattern
    that opens with a look behind is tried at every position of a sentence, one that opens with a
    letter only where one of those letters stands (the same matches, several times faster)."""

    def alternative(cue: str) -> str:
        """One cue: no letter before it ("phó bí thư" is not "bí thư"), whole words, no HĐND after."""
        first = re.escape(cue[0])
        before = "(?<![a-z]" + first + ")" + ("(?<!pho " + first + ")" if cue.startswith("bi thu") else "")
        return first + before + re.escape(cue[1:]) + r"(?![a-z])" + _NOT_HDND

    return re.compile("|".join(alternative(c) for c in cues))


class UnitIndex:
    """Where each commune-level unit is named (with or without its type word)."""

    def __init__(
        self,
        art: Article,
        places: list[Place],
        parent: str | None,
        titled: list[tuple[int, int]] | None = None,
    ) -> None:
        """Collect units from typed mentions, then find their bare mentions.

        *titled* are the spans of people's title chains: a unit named there ("Chủ tịch UBND xã X")
        says where someone works, not that X has consolidated.
        """
        self.art = art
        self.titled = titled or []
        self._titled = Covered(self.titled)
        self.units: dict[str, UnitMention] = {}
        self.spans: list[tuple[str, int, int]] = []
        for p in places:
            if p.level == "commune" and p.name and p.name not in self.units:
                self.units[p.name] = UnitMention(
                    p.name, p.type, parent, None, None, art.source(p.start, p.end)
                )
        self.spans = bare_mentions(art, places)  # sorted by start
        self._span_starts = [s for _, s, _ in self.spans]

    def named_in(self, seg: Segment, claims_only: bool = False) -> list[str]:
        """Units named inside a segment, in order, once each (outside title chains if *claims_only*)."""
        names: list[str] = []
        first = bisect_left(self._span_starts, seg.start)
        last = bisect_left(self._span_starts, seg.end)
        for name, s, _e in self.spans[first:last]:  # only this segment's: a long text, many segments
            if claims_only and s in self._titled:
                continue
            if name not in names:
                names.append(name)
        return names


def mark_consolidation(
    idx: UnitIndex,
    officials: list[OfficialMention],
    doc_date: FuzzyDate | None,
    cited: list[tuple[int, int]] | None = None,
) -> None:
    """Set consolidated/since from both-posts officials and from sentences that report it.

    *cited* are spans of cited documents: their dates ("Nghị quyết … ngày 25/10/2017") date the
    document, not a unit's consolidation.
    """
    art = idx.art
    for off in officials:
        # A former holder ("nguyên Bí thư … kiêm Chủ tịch UBND xã X, nay là …") consolidated X too.
        # The commune where both posts were held, when the text says (a holder may have moved on).
        where = off.both_at if off.both_at in idx.units else off.unit
        if off.both_at is None and _UPPER_COMMITTEE.search(" ".join(off.titles)):
            continue  # "nguyên Bí thư Huyện ủy kiêm Chủ tịch UBND huyện X, …": both posts above the commune
        if off.concurrent and where in idx.units:
            unit = idx.units[where]
            unit.consolidated = True
            unit.source = off.source
    previous_done = False
    topical = has_cue(art.folded, CONSOLIDATION_CUES)
    # ("… ông A làm Bí thư Đảng ủy, … được bầu thêm chức Chủ tịch UBND xã. Cùng đợt với X còn có các xã B, C.")
    holding = {art.sentence_at(off.source.start).start for off in officials if off.concurrent}
    before_seg = (0, 0)  # (the sentence before, for examples of units that did well)
    for seg in art.sentences:
        folded = art.folded[seg.start : seg.end]
        # "Đó là phường A, phường B và xã C." names the units the sentence before counted.
        counted = topical and bool(_COUNTED.search(folded) or _COUNTING.search(folded))
        # "nguyên Bí thư Huyện ủy kiêm Chủ tịch UBND huyện X": the district's posts, not a commune's
        cued = has_cue(_DISTRICT_POSTS.sub(" ", folded), CONSOLIDATION_CUES)
        # (a cue does what a spread would; "- Những đơn vị nào làm tốt, thưa đồng chí? ¶ - Có thể kể đến A và B (X),
        # C (Y).": examples of it)
        spread = not cued and topical and bool(_SPREAD.search(folded) or (EXAMPLES.match(art.folded, seg.start) and DONE_WELL.search(art.folded, *before_seg)))
        before_seg = (seg.start, seg.end)
        done_units = topical and bool(_DONE_UNITS.search(folded))
        # (read only when no cue is: each sentence of a crafted text of cues read them for nothing)
        continues = not cued and (previous_done or counted) and bool(_CONTINUATION.search(folded))
        follows = continues or (not cued and (spread or done_units))
        # "Đến nay, toàn tỉnh có 67/188 đơn vị thực hiện …" keeps counting what was named before.
        # ("… 8/30 xã thực hiện. Năm 2015, chúng tôi mới có 3 đơn vị. Ba nơi làm đầu tiên là …": a count alone
        # keeps the chain)
        counting = previous_done and bool(_COUNTING.search(folded) or _COUNT_ONLY.search(folded))
        previous_done = counting or seg.start in holding
        if not cued and not follows:
            continue
        names = idx.named_in(seg, claims_only=True)
        negative = has_cue(folded, NOT_DONE_CUES) or has_cue(folded, PLANNED_CUES) or bool(_TWO_HOLDERS.search(folded))
        if negative and cued and ";" in folded:
            # "… 4/21 xã có bí thư đồng thời là chủ tịch UBND, gồm A, B; còn 17 xã chưa thực hiện": the
            # denial is its own clause's; the units named in a clause without one did it
            kept = _undenied_clauses(idx, seg)
            if kept:
                names = [n for n in names if n in kept]
                negative = False
        if _HYPOTHETICAL.search(art.text[seg.start : seg.end]):
            continue  # "nếu nhất thể hoá mà …": a condition, not a report
        # A goal states a deadline; "vượt mục tiêu đề ra" reports progress past one.
        goal = has_cue(folded, TARGET_CUES) and "%" in folded and bool(_DEADLINE.search(folded))
        # ("Ba xã còn lại được bố trí sau Đại hội …. Đó là A, B và C.": units reported done, named next)
        # (a list that goes on from one keeps the chain: "Hai đơn vị đi đầu là xã A và xã B.")
        listing = continues and not spread
        previous_done = (cued or counting or counted or spread or done_units or listing or seg.start in holding) and not negative and not goal
        for name in names:
            unit = idx.units[name]
            if negative or goal:
                if unit.consolidated is None and negative:
                    unit.consolidated = False
                    unit.source = art.sentence_source(seg)
                continue
            if unit.consolidated is not True:
                unit.consolidated = True
                unit.source = art.sentence_source(seg)
        if not negative and not goal:
            _since(idx, seg, names, officials, doc_date, cited or [])


def _undenied_clauses(idx: UnitIndex, seg: Segment) -> set[str]:
    """The units named in the clauses of *seg* (cut at semicolons) that name the model and deny or plan
    nothing, when some clause does ("Ở xã A, ông X là Phó Bí thư, Chủ tịch UBND xã; tỉnh dự kiến sẽ bố
    trí một người giữ cả hai chức danh tại đây" keeps nothing)."""
    art, kept, start = idx.art, set(), seg.start
    for end in [*(i for i in range(seg.start, seg.end) if art.text[i] == ";"), seg.end]:
        clause = art.folded[start:end]
        if has_cue(clause, CONSOLIDATION_CUES) and not (has_cue(clause, NOT_DONE_CUES) or has_cue(clause, PLANNED_CUES)):
            kept.update(idx.named_in(Segment(start, end), claims_only=True))
        start = end + 1
    return kept


def _since(
    idx: UnitIndex,
    seg: Segment,
    names: list[str],
    officials: list[OfficialMention],
    doc_date: FuzzyDate | None,
    cited: list[tuple[int, int]],
) -> None:
    """A month or day in a consolidation sentence dates the units it names, or the speaker's unit."""
    art = idx.art
    dates = [
        d
        for d in find_dates(art.folded, seg.start, seg.end)
        if d.value.month and not any(a <= d.start < b for a, b in cited)
    ]
    if doc_date:
        dates = [d for d in dates if d.value.iso() <= doc_date.iso()]
    if not dates:
        return
    if not names:  # "Bản thân tôi được giao thêm nhiệm vụ chủ tịch UBND từ cuối tháng 6/2018"
        speaker = speaker_at(officials, dates[0].start)
        if speaker and speaker.concurrent and speaker.unit in idx.units:
            _date_unit(idx, speaker.unit, dates[0])
        return
    for name, pos, _end in idx.spans:
        if name not in names or not seg.start <= pos < seg.end or _refers_back(art, seg, pos):
            continue
        _date_unit(idx, name, min(dates, key=lambda d: abs(d.start - pos)))


# "Cùng với … ở phường A, tháng 7/2018 … xã B": A is mentioned as done before, not dated here.
_BACK_REFERENCE = re.compile(r"\b(?:cung voi|sau|tiep theo|ngoai|nhu|tuong tu|giong)\b")


def _refers_back(art: Article, seg: Segment, pos: int) -> bool:
    """Whether the clause holding *pos* opens with a word that points to an earlier event."""
    clause_start = max(seg.start, art.text.rfind(",", seg.start, pos) + 1)
    return bool(_BACK_REFERENCE.search(art.folded, clause_start, pos))


def _date_unit(idx: UnitIndex, name: str, date: Found[FuzzyDate]) -> None:
    """Record the first date found for a consolidated unit."""
    unit = idx.units[name]
    if unit.since is None and unit.consolidated:
        unit.since = date.value
        unit.since_source = idx.art.source(date.start, date.end)


def speaker_at(officials: list[OfficialMention], pos: int) -> OfficialMention | None:
    """The official whose quoted statement covers offset *pos* (the first listed), looked up."""
    return speakers(officials).at(pos)


def attach_figures_and_notes(idx: UnitIndex, officials: list[OfficialMention]) -> None:
    """Households, residents and Party members, and topical notes, to the unit they describe."""
    art = idx.art
    for seg in art.sentences:
        names = idx.named_in(seg)
        speaker = speaker_at(officials, seg.start)
        target = names[0] if names else speaker.unit if speaker and speaker.unit in idx.units else None
        if target is None:
            continue
        unit = idx.units[target]
        for f in find_numbers(art.folded, seg.start, seg.end):
            m = _FIGURE_RE.match(art.folded, f.end)
            if m:
                value, qualifier = f.value
                kind = FIGURE_NOUNS[m.group(1)]
                if not any(x.kind == kind for x in unit.figures):
                    unit.figures.append(Figure(kind, value, qualifier, art.source(f.start, m.end())))
        folded = art.folded[seg.start : seg.end]
        for cue, topic in NOTE_TOPICS.items():
            if cue in folded and (names or speaker):
                at = seg.start + folded.index(cue)
                unit.notes.append(Note(topic, art.source(at, at + len(cue))))
