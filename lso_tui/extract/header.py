"""The document's own metadata from its text: dateline, title, outlet code, byline and credits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lso_tui.extract.lexicon import BANNER_MARKERS, CREDIT_MARKERS, NEWS_AGENCIES
from lso_tui.extract.quantities import DAY_MONTH_YEAR, DAY_MONTH_YEAR_WORDS, find_dates
from lso_tui.extract.spans import Article, Segment
from lso_tui.model.records import FuzzyDate

# ("Xây dựng Đảng | Thứ Hai, 14/08/2017 - 07:30": the section may come first)
_WEEKDAY = re.compile(r"^\s*(?:[^|\d]{1,40}\|\s*)?(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\b")
_PUBLISHED = re.compile(r"\b(?:ngay dang|dang luc|dang ngay|xuat ban)\b")
# "Cập nhật: …" is when the page last changed: the article's date only when no other line gives one.
_UPDATED = re.compile(r"\bcap nhat\b")
_OUTLET_CODE = re.compile(r"^\s*\(?([A-Z][A-Z0-9]{1,7})\)?\s*[-–—]\s*")
_CREDIT = re.compile(r"^\s*(?:bai,? (?:va )?anh|bai|anh|theo|nguon|thuc hien)\s*:?\s*", re.IGNORECASE)
# A wire dateline opening the lede: "Hưng Yên, 3/8 (TTXVN) - …" (place, day/month, agency, dash).
_WIRE = re.compile(
    r"\s*[^\W\d_][^\n()]{0,40}?,\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*((?:19|20)\d\d))?\s*"
    r"\((?:" + "|".join(re.escape(a) for a in NEWS_AGENCIES) + r")\)\s*[-–—]"
)
_LETTERS = re.compile(r"[a-z]+")


@dataclass
class Header:
    """Metadata read off the text, each with the span it came from."""

    date: FuzzyDate | None = None  # the publication date: a dateline above the body, never a body date
    date_span: tuple[int, int] | None = None
    event_date: FuzzyDate | None = None  # the lede's opening date ("Ngày 21/5/2019, …"): an event's
    event_span: tuple[int, int] | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    outlet_code: str | None = None
    author: str | None = None
    author_span: tuple[int, int] | None = None
    credits: list[tuple[int, int]] = field(default_factory=list)
    body_start: int = 0


_HEAD_LINES = 40
"""How many lines of a text with no long paragraph may hold its dateline."""


def read_header(art: Article) -> Header:
    """Find dateline, title, outlet code, byline and credit lines of *art*."""
    h = Header()
    paras = art.paragraphs
    long = next((i for i, p in enumerate(paras) if len(art.text[p.start : p.end].split()) >= 25), None)
    body = long or 0
    h.body_start = paras[body].start if paras else 0
    # A text with no long paragraph: its first lines are candidates (a dateline sits at the top).
    _dateline(art, paras[:long] if long is not None else paras[:_HEAD_LINES], h)
    for p in paras[:body]:
        line = art.folded[p.start : p.end]
        words = art.text[p.start : p.end].split()
        if (h.date_span and p.start <= h.date_span[0] < p.end) or _is_banner(line) or len(words) < 4:
            continue
        if _MASTHEAD.match(line) or _BROADCASTER.search(line) or _BREADCRUMB.fullmatch(line) or (art.text[p.start : p.end].isupper() and _PAPER.match(line)) or (
            _SECTIONS.fullmatch(line) and not art.text[p.start : p.end].isupper()
        ):
            continue  # "BÁO QUẢNG NINH ĐIỆN TỬ", "LOẠT BÀI: …", "Thời sự > Chính trị": the paper, a series, a section
        if len(words) <= 6 and DAY_MONTH_YEAR.search(line):
            continue  # "Cập nhật: 16/07/2020 08:05": a date line
        h.title, h.title_span = art.text[p.start : p.end], (p.start, p.end)
        break
    if paras:
        m = _OUTLET_CODE.match(art.text[paras[body].start : paras[body].end])
        if m:
            h.outlet_code = m.group(1)
    # (the page's furniture after the byline: "Từ khóa: …", "Chia sẻ | In bài", a list of other articles)
    tail = paras[body + 1 :] if paras else []
    while tail and (body + len(tail) in art.link_lines or _FOOTER.match(art.folded, tail[-1].start, tail[-1].end)):
        tail = tail[:-1]
    _byline(art, tail, h)
    if h.author is None:  # "Bài và ảnh: NAME" or "NAME" in capitals under the headline
        _byline(art, [p for p in paras[:body] if not h.title_span or p.start > h.title_span[0]], h)
    if h.author is None and h.title_span:  # (a page's signature line above its headline: "08:30, 14/03/2023 ¶ Thu Phương")
        for p in paras[:body]:
            line = art.text[p.start : p.end].strip()
            if p.start < h.title_span[0] and _name_line(line) and not (art.gazetteer.level(line) or art.gazetteer.is_province(line)):
                h.author, h.author_span = line, (p.start, p.start + len(line))
    if paras:
        _lede_date(art, paras[body], h)
    return h


def _lede_date(art: Article, lede: Segment, h: Header) -> None:
    """The date opening the lede ("Ngày 12/3/2021, …", "Sáng 9/11/2020, …") is the event's, kept
    apart; only a wire dateline ("Hưng Yên, 3/8 (TTXVN) - Ngày 3/8/2019, …") dates the article."""
    days = [
        d
        for d in find_dates(art.folded, lede.start, min(lede.end, lede.start + 80))
        if d.value.precision == "day"
    ]
    if days:
        h.event_date, h.event_span = days[0].value, (days[0].start, days[0].end)
    wire = _WIRE.match(art.folded, lede.start, lede.end)
    if h.date is not None or wire is None:
        return
    day, month = int(wire.group(1)), int(wire.group(2))
    if wire.group(3):  # "Hà Nội, 3/8/2019 (TTXVN) -"
        dated = [d for d in find_dates(art.folded, wire.start(1), wire.end(3)) if d.value.precision == "day"]
    else:  # the year from the lede's own date of the same day and month
        dated = [d for d in days if (d.value.day, d.value.month) == (day, month)]
    if dated:
        h.date, h.date_span = dated[0].value, (wire.start(1), wire.end(3 if wire.group(3) else 2))


_MASTHEAD = re.compile(
    r"\s*(?:bao\s+\S+(?:\s+\S+){0,3}\s+dien tu\s*$|(?:dai phat thanh|dai truyen hinh|cong thong tin dien tu|trang thong tin dien tu)\b"
    r"|\S+(?:\s+\S+){0,2}\s+(?:tv|ttv|online)\s*$|loat bai\b|chuyen de\b|chuyen muc\s*:|ky\s+\d+\s*:)"
)


_PAPER = re.compile(r"\s*(?:bao|tap chi|dai|cong|trang)\s")  # "BÁO ĐIỆN TỬ TỈNH": a paper's name in capitals
_FOOTER = re.compile(r"\W*(?:tags?|tu khoa|chia se|in bai|ban in|luot xem|binh luan|y kien ban doc|gui y kien|co chu)\b")
_BROADCASTER = re.compile(r"\bdai phat thanh va truyen hinh\b")
# "Thời sự - Chính trị", "Thời sự | Chính trị", "Trang chủ > Tin tức > Xây dựng Đảng": sections.
_BREADCRUMB = re.compile(
    r"\s*[^\d|>›»]{2,30}?(?:\s+[|>›»]\s+[^\d|>›»]{2,30}?){1,4}\s*"  # ("Chính trị › Xây dựng Đảng" too)
    r"|\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+[-–]\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*"  # "Thời sự - Chính trị": two words a side
)
# ("Chính trị - Xây dựng Đảng": three, not in capitals: "XÃ NAM TRUNG - GIỚI THIỆU CHUNG" is a headline)
_SECTIONS = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s+[-–]\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*")


def _is_banner(folded_line: str) -> bool:
    """Page furniture: today's date, log-in links, weather, a menu ("Trang chủ | Thời sự | …")."""
    menu = folded_line.count("|") >= 2 and sum(ch.isdigit() for ch in folded_line) < 4
    return menu or any(marker in folded_line for marker in BANNER_MARKERS if marker != "cap nhat")


def _dateline(art: Article, header: list[Segment], h: Header) -> None:
    """The article's date: a weekday dateline or a "published" line, never a banner's "today"."""
    best: tuple[int, Segment] | None = None
    for i, p in enumerate(header):
        line = art.folded[p.start : p.end]
        nxt = art.folded[header[i + 1].start : header[i + 1].end] if i + 1 < len(header) else ""
        if nxt and _is_banner(nxt) and i == 0:
            continue  # the site's "today" sits above its menu, not beside the article
        if _is_banner(line) or not (DAY_MONTH_YEAR.search(line) or DAY_MONTH_YEAR_WORDS.search(line)):
            continue
        rank = 0 if _WEEKDAY.search(line) else 1 if _PUBLISHED.search(line) else 3 if _UPDATED.search(line) else 2
        if not _dateline_shape(line, rank):
            continue  # a short sentence above the first long paragraph: its date is an event's
        if best is None or rank < best[0]:
            best = (rank, p)
    if best is None:
        return
    p = best[1]
    dated = [d for d in find_dates(art.folded, p.start, p.end) if isinstance(d.value, FuzzyDate)]
    days = [d for d in dated if d.value.precision == "day"]
    if days:
        h.date, h.date_span = days[0].value, (days[0].start, days[0].end)


def _dateline_shape(folded_line: str, rank: int) -> bool:
    """A line that is a date, not a sentence with one: "Thứ hai, 09/09/2019", "Cập nhật: 20/08/2020 -
    07:30", "16/06/2020 09:42 GMT+7"; not "Ngày 21/5/2019, Huyện ủy tổ chức hội nghị"."""
    if rank != 2:
        return len(folded_line.split()) <= 10
    return len(_LETTERS.findall(folded_line)) <= 4


_AGENCY_END = re.compile(r"\((" + "|".join(re.escape(a) for a in NEWS_AGENCIES) + r")\)\s*$")
_CREDIT_PREFIXES = tuple(c for c in CREDIT_MARKERS if ":" in c)


def _byline(art: Article, tail: list[Segment], h: Header) -> None:
    """Author and photo credits: all-caps last line, "Bài, ảnh: X", "X (TTXVN)", "Ảnh: X"."""
    for p in tail:
        line, folded = art.text[p.start : p.end], art.folded[p.start : p.end]
        m = _CREDIT.match(folded)
        credit = bool(m) and len(line.split()) <= 12
        agency = _AGENCY_END.search(folded)
        caps = _all_caps_name(line) or (p is tail[-1] and _name_line(line))
        if credit or agency or caps or folded.startswith(_CREDIT_PREFIXES):
            h.credits.append((p.start, p.end))
        if p is tail[-1] or p is tail[-2 if len(tail) > 1 else -1]:
            if caps:
                name = _OUTLET_AFTER.sub("", re.sub(r"\s*\((?:thực hiện|TH)\)\s*$", "", line.strip()))
                h.author, h.author_span = name, (p.start, p.start + len(name))
            elif agency:
                name = line[: agency.start()].strip(" -–")
                h.author, h.author_span = name, (p.start, p.start + len(name))
            elif m and not folded.startswith(("anh:", "anh :")) and len(line.split()) <= 8 and (not folded.startswith("nguon") or _name_line(line[m.end() :])):
                name = line[m.end() :].strip()  # (not "Nguồn: Ban Tổ chức Tỉnh ủy": a body, no author)
                h.author, h.author_span = name, (p.start + m.end(), p.end)


def _name_line(line: str) -> bool:
    """A short signature line in title case: "Hồng Nhung", "Thu Phương (thực hiện)", "Y Hoa", two
    names joined by a dash ("Thu Hằng - Quốc Việt"), an outlet after a slash ("Ngọc Diễm/VOV-ĐBSCL")."""
    line = _OUTLET_AFTER.sub("", re.sub(r"\s*\((?:thực hiện|TH)\)\s*$", "", line.strip()))
    names = re.split(r"\s+[-–]\s+", line)
    return len(names) <= 2 and all(_one_name(n.split()) for n in names)


def _one_name(words: list[str]) -> bool:
    """Words of one person's name ("Y" of a Highlands name in capitals; "Nhóm PV", a team with an
    acronym, names no person)."""
    return 1 <= len(words) <= 5 and all(
        w[:1].isupper() and w.isalpha() and (not w.isupper() or (len(w) == 1 and len(words) > 1)) for w in words
    )


# ("Ngọc Diễm/VOV-ĐBSCL", "Văn Vĩnh / TTXVN": the outlet a signature names after a slash)
_OUTLET_AFTER = re.compile(r"\s*/\s*[A-ZĐ0-9][A-ZĐ0-9.]*(?:\s*[-–]\s*[A-ZĐ0-9][A-ZĐ0-9.]*)*\s*$")


def _all_caps_name(line: str) -> bool:
    """A byline in capitals: "ĐÀM THU HIỀN", "HOÀNG ANH - MINH THU"."""
    words = [w for w in re.split(r"[\s,\-–]+", line.strip()) if w]
    return 1 <= len(words) <= 8 and all(w.isupper() and w.isalpha() for w in words)
