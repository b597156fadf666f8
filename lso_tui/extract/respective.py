"""Figures paired with the regions of one clause: "A và B đạt lần lượt 27,5% và khoảng 35%" (the
first figure is A's, the second B's), and "A và B, mỗi huyện có 3 đơn vị" (each region has the one
figure). A pairing is read only when the regions and the figures are as many."""

from __future__ import annotations

import re
from dataclasses import replace

from lso_tui.extract.bare_regions import registered_scope
from lso_tui.extract.counted import Counted, count_value, is_goal
from lso_tui.extract.lexicon import NUMBER_WORDS
from lso_tui.extract.named_places import registered_within
from lso_tui.extract.place_index import place_index
from lso_tui.extract.places import Place
from lso_tui.extract.quantities import find_percents
from lso_tui.extract.spans import Article, Segment
from lso_tui.extract.statement_scope import StatementScope
from lso_tui.model.records import FuzzyDate

RESPECTIVELY = re.compile(r"\blan luot\b")
_UNITS = r"(?:xa|phuong|thi tran|don vi|co so)(?:\s*,\s*(?:xa|phuong|thi tran)\b)*"
_APPROX = r"(?:(?:khoang|gan|hon|tren|xap xi|chi|moi)\s+)?"
# One figure of the pair: a ratio, a share, or a count of units.
_VALUE = (
    rf"{_APPROX}(?:(\d{{1,4}})\s*/\s*(\d{{1,5}})(?:\s+{_UNITS})?|(\d{{1,3}}(?:,\d{{1,2}})?)\s*%"
    rf"|(\d{{1,4}}|{'|'.join(NUMBER_WORDS)})\s+{_UNITS}\b)"
)
_ONE = re.compile(_VALUE)
_LIST = re.compile(rf"\s+(?:(?:la|dat|co|chiem|voi|o)\s+)?({_VALUE}(?:\s*(?:,\s*(?:va\s+)?|va\s+){_VALUE})+)")
# "…, mỗi huyện có 3 đơn vị", "mỗi địa phương 2 xã": one count for each region named before.
EACH = re.compile(
    # ("Bắc Ninh và Hải Dương, mỗi tỉnh mới có 5 đơn vị")
    r"\bmoi\s+(?:huyen|tinh|dia phuong|thi xa|thanh pho|quan|noi|don vi)\s+(?:(?:deu|cung|da|moi|chi|hien|van)\s+)*(?:(?:co|dat|la)\s+)?"
    rf"({_APPROX}(?:\d{{1,4}}|{'|'.join(NUMBER_WORDS)})\s+{_UNITS}\b|\d{{1,4}}(?=\s*[.;]))"  # ("… mỗi huyện 1.")
    # ("huyện A (X) và thị xã B (Y) đều đạt 100% đơn vị cấp xã": the one figure for each)
    # ("Tuy Phong và Bắc Bình cùng có 4 đơn vị", "Mỏ Cày Nam và huyện Giồng Trôm, cùng có 4 xã")
    rf"|\b(?:deu|cung)\s+(?:da\s+)?(?:dat|co|la)\s+({_APPROX}\d{{1,3}}(?:,\d{{1,2}})?\s*%|{_APPROX}\d{{1,4}}\s*/\s*\d{{1,5}}|{_APPROX}(?:\d{{1,4}}|{'|'.join(NUMBER_WORDS)})\s+{_UNITS}\b)"
)


def paired_figures(
    art: Article, places: list[Place], clause: Segment, doc_date: FuzzyDate | None
) -> list[tuple[Counted, StatementScope]]:
    """The figures of *clause* said for several regions at once, each with its region."""
    folded = art.folded
    out: list[tuple[Counted, StatementScope]] = []
    for m in RESPECTIVELY.finditer(folded, clause.start, clause.end):
        listed = _LIST.match(folded, m.end())
        regions = regions_in(art, places, clause.start, m.start())
        if listed is None or is_goal(folded, clause.start, m.start(), doc_date):
            continue
        values = [_counted(v) for v in _ONE.finditer(folded, listed.start(1), listed.end(1))]
        if len(values) == len(regions) >= 2 and all(v is not None for v in values):
            # ("A và B đạt 100%, lần lượt với 10/10 và 8/8 …": the one share is each ratio's)
            shared = next(iter(find_percents(folded, clause.start, m.start())), None)
            if shared is not None and all(v is not None and v.done is not None and v.total and v.share is None and v.done / v.total == shared.value for v in values):
                values = [replace(v, share=shared.value, start=min(v.start, shared.start)) for v in values if v is not None]
            out += [(v, r) for v, r in zip(values, regions, strict=True) if v is not None]
    for m in EACH.finditer(folded, clause.start, clause.end):
        if folded.startswith("cung", m.start()) and art.text[m.start() : m.start() + 4].lower() != "cùng":
            continue  # ("Sau A, huyện B cũng có 3 xã": "also", not "both")
        regions = regions_in(art, places, clause.start, m.start())
        at = 1 if m.group(1) else 2
        value = _counted(_ONE.match(folded, m.start(at)))
        if value is None and m.group(at).isdigit():  # "Gio Linh và Vĩnh Linh mỗi huyện 1."
            value = Counted(m.start(at), m.end(at), int(m.group(at)), None, None)
        if len(regions) >= 2 and value is not None and not is_goal(folded, clause.start, m.start(), doc_date):
            out += [(value, r) for r in regions]
    for m in _EVERY_UNIT.finditer(folded, clause.start, clause.end):
        # ("Tiên Yên, Bình Liêu, Ba Chẽ và Cô Tô đã thực hiện ở 100% xã, thị trấn": every unit of each)
        regions = regions_in(art, places, clause.start, m.start())
        if len(regions) >= 2 and not any(p.start <= m.start() < p.end for p, _ in out) and not is_goal(folded, clause.start, m.start(), doc_date):
            out += [(Counted(m.start(1), m.end(), None, None, 1.0), r) for r in regions]
    return out


_EVERY_UNIT = re.compile(r"\b(?:thuc hien|ap dung|bo tri|lam)\s+(?:o|tai)\s+(100\s*%)\s+(?:so\s+)?(?:xa|phuong|thi tran|don vi)\b")


def _counted(m: re.Match[str] | None) -> Counted | None:
    """The figure one value states, if it is possible (done at most total, a share at most 100%)."""
    if m is None:
        return None
    if m.group(1):
        done, total = int(m.group(1)), int(m.group(2))
        return Counted(m.start(), m.end(), done, total, None) if total > 0 and done <= total else None
    if m.group(3):
        share = float(m.group(3).replace(",", ".")) / 100
        return Counted(m.start(), m.end(), None, None, share) if share <= 1 else None
    return Counted(m.start(), m.end(), count_value(m.group(4)), None, None)


def regions_in(art: Article, places: list[Place], start: int, end: int) -> list[StatementScope]:
    """The districts and provinces named in [start, end), typed or bare and known to the register,
    in reading order, each once."""
    # (each with where its name ends: "hai huyện miền núi Minh Hóa và Tuyên Hóa", a kind between type and name)
    found = [
        (p.start, p.end, StatementScope(f"{p.type} {p.name}", p.level))
        for p in place_index(art, places).within(start, end)
        if p.name and p.level in ("district", "province")
    ]
    found += [(b.start, _name_end(art, b.start), registered_scope(b.name, b.level)) for b in registered_within(art, places, start, end)]
    found.sort(key=lambda f: f[0])
    # ("huyện Châu Phú (An Giang) và thị xã Long Mỹ (Hậu Giang)": a province in parentheses only locates)
    found = [f for k, f in enumerate(found) if not (k and f[2].level == "province" and _LOCATOR.fullmatch(art.folded, found[k - 1][1], f[0]))]
    # Only the group right before the figures: "Ngoài Tam Đường, hai huyện Than Uyên và Tân Uyên, mỗi
    # huyện có 2 xã" pairs Than Uyên and Tân Uyên.
    k = len(found) - 1
    while k > 0 and _JOINED.fullmatch(art.folded, found[k - 1][1], found[k][0]):
        k -= 1
    out: list[StatementScope] = []
    for _, _end, scope in found[max(k, 0) :]:
        if scope.name not in {s.name for s in out}:
            out.append(scope)
    return out


# Between two regions of one group: "A và B", "A, B", "A (cũ) và huyện B".
_JOINED = re.compile(
    r"\s*(?:\([^()]{1,30}\))?\s*(?:\(cu\))?\s*(?:,\s*(?:va\s+)?|va\s+|cung\s+)(?:(?:huyen|tinh|thi xa|thanh pho|tp\.?|quan)\s+)?"
)
_LOCATOR = re.compile(r"\s*\(\s*(?:tinh\s+)?")
_NAME_END = re.compile(r"(?:[ \u00a0]?[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*)+")


def _name_end(art: Article, start: int) -> int:
    """Where the capitalised name that starts at *start* ends."""
    name = _NAME_END.match(art.text, start)
    return name.end() if name else start
