"""A table of results written as lines: "Hoằng Hóa | 8 | 43 | 18,6%" under a header such as
"(đơn vị thực hiện | tổng số đơn vị | tỷ lệ)": each row is a region's figure, units done out of its
total, with the share when given (and only when it matches them)."""

from __future__ import annotations

import re

from lso_tui.extract.counted import Counted
from lso_tui.extract.figure_merge import printed_unit
from lso_tui.extract.places import Place
from lso_tui.extract.respective import regions_in
from lso_tui.extract.spans import Article, Segment
from lso_tui.extract.statement_scope import StatementScope

# ("1 | Bảo Lâm | 6/14 | 42,86%": a row number first, the ratio in one cell, too)
_ROW = re.compile(
    r"\s*[-–•+*]?\s*(?:\d{1,3}\s*[.|]\s*)?([^|\d]{2,40}?)\s*\|\s*(\d{1,4})\s*[|/]\s*(\d{1,5})\s*(?:\|\s*(\d{1,3}(?:,\d{1,2})?)\s*%)?\s*[.;]?\s*$"
)


def table_row(art: Article, places: list[Place], seg: Segment) -> tuple[Counted, StatementScope] | None:
    """The figure a table row states for the one region it names, if the row is possible (done at
    most total, a share that matches them)."""
    m = _ROW.match(art.folded, seg.start, seg.end)
    if m is None:
        return None
    done, total = int(m.group(2)), int(m.group(3))
    share = round(float(m.group(4).replace(",", ".")) / 100, 6) if m.group(4) else None
    if total == 0 or done > total or (share is not None and abs(done / total - share) >= printed_unit(share)):
        return None
    regions = regions_in(art, places, m.start(1), m.end(1) + 1)
    if len(regions) != 1:
        return None
    return Counted(m.start(2), m.end(), done, total, share), regions[0]
