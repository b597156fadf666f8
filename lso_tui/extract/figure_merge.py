"""One figure said in parts is one figure: a sapo's "48 đơn vị" and the body's "48/286 …, chiếm
16,78%", or "cả 8 xã … Qua đó, 5 xã … đạt 62,5%", are merged when they agree (same region and date,
no field in conflict, and a share that matches its count)."""

from __future__ import annotations

import re
from dataclasses import replace

from lso_tui.extract.gazetteer import bare_name
from lso_tui.extract.quantities import find_percents
from lso_tui.extract.spans import Article
from lso_tui.model.records import ProgressObservation


def printed_unit(share: float) -> float:
    """One unit of a printed share's last digit, as a fraction: "14,5%" → 0.001, "50%" → 0.01 (a
    share matches a count when they differ by less: rounded or cut, "16,78%" is 48/286)."""
    text = f"{share * 100:.4f}".rstrip("0").rstrip(".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 10.0**-decimals / 100


def merged_parts(found: list[ProgressObservation]) -> list[ProgressObservation]:
    """*found* with each figure that agrees with a fuller one of the same region and date folded into it."""
    out: list[ProgressObservation] = []
    for p in found:
        k = next((k for k, q in enumerate(out) if _agree(q, p)), None)
        if k is None:
            out.append(p)
            continue
        q = out[k]
        base, extra = (q, p) if _fields(q) >= _fields(p) else (p, q)
        out[k] = replace(
            base,
            done=base.done if base.done is not None else extra.done,
            total=base.total if base.total is not None else extra.total,
            share=base.share if base.share is not None else extra.share,
        )
    return out


def _fields(p: ProgressObservation) -> int:
    """How many of count, total and share a figure states."""
    return sum(v is not None for v in (p.done, p.total, p.share))


def _agree(a: ProgressObservation, b: ProgressObservation) -> bool:
    """Whether two figures can be one: the same region and date, and nothing said twice differently."""
    if (a.scope, a.scope_level, a.as_of) != (b.scope, b.scope_level, b.as_of) or a.scope is None:
        return False
    done = _same(a.done, b.done)
    total = _same(a.total, b.total)
    if done is None or total is None:
        return False
    if a.share is not None and b.share is not None and abs(a.share - b.share) > 1e-9:
        return False
    share = a.share if a.share is not None else b.share
    if done is not False and total is not False and share is not None:
        return abs(done / total - share) < printed_unit(share) if total else False
    # (two shares alone, or two counts alone, are one figure only when equal; a lone share and a lone
    # count are two statements unless a total ties them)
    return _fields(a) > 1 or _fields(b) > 1 or (a.done, a.total, a.share) == (b.done, b.total, b.share)


def _same(x: int | None, y: int | None) -> int | bool | None:
    """The common value of two fields (False when neither says it), or None when they conflict."""
    if x is None and y is None:
        return False
    if x is None or y is None or x == y:
        return x if x is not None else y
    return None


# A count of units in the paragraph, a candidate for the total a share was worked out from.
_UNITS_COUNTED = re.compile(r"(?<![\d/.,])(\d{1,4})\s+(?:xa|phuong|thi tran|don vi)\b")


def merged_by_arithmetic(art: Article, found: list[ProgressObservation]) -> list[ProgressObservation]:
    """A lone count and a later lone share of its paragraph, with a count of units in the paragraph that
    the share is exactly the count's share of, are one figure ("Nay, con số này đã là 5. Huyện có 12 xã,
    thị trấn, nên tỷ lệ của địa phương đạt 41,67%": 5/12, 41.67%), of the count's region."""
    out = list(found)
    for share in [f for f in found if f.share is not None and f.done is None and f.total is None]:
        para = art.paragraph_index(share.source.start)
        counts = [
            f
            for f in out
            if f.done is not None and f.share is None and _same_time(f.as_of, share.as_of)
            and f.source.start < share.source.start and art.paragraph_index(f.source.start) == para
        ]  # fmt: skip
        if para is None or not counts:
            continue
        count = counts[-1]
        assert count.done is not None and share.share is not None
        region = count
        if share.scope and share.scope != count.scope and _named_before(art, share):
            if count.scope and _named_before(art, count):
                continue  # "… Gia Lai 19/222 …; Đắk Nông đạt 8,5%": another region's share, named with it
            region = share  # ("Huyện này có 41 xã, …; đã thực hiện ở 7 đơn vị. Tỷ lệ của Thọ Xuân là 17,07%")
        where = art.paragraphs[para]
        # ("Ở Cam Lâm, con số là 5/14. … Tỷ lệ 35,71% của huyện …": the count's own total, if it has one)
        totals = {count.total} if count.total else {int(m.group(1)) for m in _UNITS_COUNTED.finditer(art.folded, where.start, where.end)}
        fits = [t for t in totals if t > count.done and _worked_out(count.done, t, share.share)]
        if len(fits) == 1:
            out[out.index(count)] = replace(count, total=fits[0], share=share.share, scope=region.scope, scope_level=region.scope_level)
            out.remove(share)
    return out


def with_printed_share(art: Article, found: list[ProgressObservation]) -> list[ProgressObservation]:
    """A count out of a total with no share, and a share printed later in its paragraph that is exactly
    that count's ("… huyện có 13 xã, thị trấn; 7 đơn vị trong số này …. Tỷ lệ 53,85% đưa Quản Bạ lên vị
    trí dẫn đầu tỉnh."): the figure's share."""
    out = []
    for f in found:
        sentence = art.sentence_at(f.source.start)
        nxt = art.sentence_at(sentence.end + 1) if sentence.end + 1 < len(art.text) else sentence
        # (only a next sentence that opens on the rate and counts nothing else: "Tỷ lệ 53,85% …")
        if f.done is not None and f.total and f.share is None and nxt.start > sentence.start and _RATE_OPENS.match(art.folded, nxt.start, nxt.end):
            after = [p for p in find_percents(art.folded, nxt.start, nxt.end) if p.value <= 1]
            if len(after) == 1 and _worked_out(f.done, f.total, after[0].value):
                f = replace(f, share=after[0].value)
        out.append(f)
    return out


# ("Tỷ lệ 53,85% đưa …", "Tỷ lệ hiện nay, theo Ban Tổ chức Tỉnh ủy, là 68,75%.")
_RATE_OPENS = re.compile(
    r"\W*ty le\s+(?:(?:(?:nay|hien nay|hien tai|hien)\s*)?(?:,[^,\d]{0,60},\s*)?(?:la|dat)\s+)?\d{1,3}(?:,\d+)?\s*%[^\d]*$"
)


def _worked_out(done: int, total: int, share: float) -> bool:
    """Whether *share* is done/total as printed: to its last digit when it has decimals ("41,67%"),
    exactly when it is whole ("40%": 6/15, not 2/5 of a larger total by chance rounding)."""
    unit = printed_unit(share)
    return abs(done / total - share) < (unit if unit < 0.01 else 1e-9)


def _named_before(art: Article, f: ProgressObservation) -> bool:
    """Whether *f*'s region is named in its sentence before it ("Đắk Nông đạt 8,5%")."""
    assert f.scope is not None
    sentence = art.sentence_at(f.source.start)
    name = bare_name(f.scope)
    return name in art.text[sentence.start : f.source.start]


def _same_time(a: str | None, b: str | None) -> bool:
    """Whether two figures are of one time: the same date, or both of this year's months (a count dated
    "tháng 6/2018" and a share in the next sentence dated by the article)."""
    return a == b or (a is not None and b is not None and len(a) > 4 and len(b) > 4 and a[:4] == b[:4])
