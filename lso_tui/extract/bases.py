"""Policy documents cited as the basis: "Nghị quyết số 18-NQ/TW, ngày …, của … “về …”"."""

from __future__ import annotations

import re

from lso_tui.extract.quantities import find_dates
from lso_tui.extract.spans import Article
from lso_tui.model.records import Basis

_KINDS = {
    "nghi quyet": "Nghị quyết",
    "quyet dinh": "Quyết định",
    "chi thi": "Chỉ thị",
    "ket luan": "Kết luận",
    "ke hoach": "Kế hoạch",
    "de an": "Đề án",
    "quy dinh": "Quy định",
}
_CITE = re.compile(r"\b(" + "|".join(_KINDS) + r")\s+(?:so\s+)?(\d+[\w./-]*[a-z]/[a-z]+\w*)", re.I)
_QUOTE = re.compile(r"\s*[“\"«]([^”“\"»\n]{3,300})[”“\"»]")


def find_bases(art: Article) -> list[Basis]:
    """Each cited document once: number, date, issuer and quoted title when the text gives them."""
    out: dict[str, Basis] = {}
    for m in _CITE.finditer(art.folded):
        number = art.text[m.start(2) : m.end(2)]
        if number in out:
            continue
        tail_end = min(art.sentence_at(m.start()).end, m.end() + 400)
        date = next(iter(find_dates(art.folded, m.end(), min(tail_end, m.end() + 30))), None)
        pos = date.end if date else m.end()
        issuer = None
        im = re.match(r"\s*,?\s*cua\s+", art.folded[pos:tail_end])
        if im:
            s = pos + im.end()
            stop = re.search(r"[“\"«,(]|\s(?:ve|theo)\s", art.folded[s:tail_end])
            e = s + stop.start() if stop else tail_end
            issuer = art.text[s:e].strip() or None
            pos = e
        title = None
        qm = _QUOTE.match(art.text, pos)
        end = pos
        if qm:
            title, end = qm.group(1).strip(), qm.end()
        out[number] = Basis(
            number=number,
            kind=_KINDS[m.group(1).lower()],
            date=date.value.iso() if date else None,
            issuer=issuer,
            title=title,
            source=art.source(m.start(), max(end, m.end())),
        )
    return list(out.values())
