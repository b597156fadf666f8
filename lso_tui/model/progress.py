"""Progress toward a target, derived from unit records (never stored as a number)."""

from __future__ import annotations

import math
import re
from typing import Any

from lso_tui.model.figures import latest_done
from lso_tui.model.progress_value import Progress as Progress  # re-exported: the value it derives
from lso_tui.model.rollup import Node, is_done, target_scope, units_under


def _months(a: str, b: str) -> int:
    """Whole months from ISO date *a* to ISO date *b* (by calendar month, floor at 0)."""
    ya, ma = int(a[:4]), int(a[5:7]) if len(a) >= 7 else 1
    yb, mb = int(b[:4]), int(b[5:7]) if len(b) >= 7 else 12
    return max(0, (yb - ya) * 12 + (mb - ma))


def units_in_scope(units: list[dict[str, Any]], target: dict[str, Any]) -> list[dict[str, Any]]:
    """The commune-level units a target counts: those of its scope (a district, a province, the country)."""
    return units_under(units, target_scope(target))


def progress_for(
    target: dict[str, Any],
    units: list[dict[str, Any]],
    as_of: str | None,
    total: int | None = None,
    node: Node | None = None,
) -> Progress:
    """Derive done/total/needed, time left and pace for *target* from *units* as of *as_of*.

    *total* is the count of units in the scope when known (the store may hold only some of them);
    otherwise the units in the store are the total. With the region's roll-up *node*, the total is
    the count in force at *as_of* (an article's, when the register's came later), and done is an
    article's count of consolidated units when it is above what the unit records show.
    """
    scoped = units_in_scope(units, target)
    done_units = [u for u in scoped if is_done(u, as_of)]
    named = len(done_units)
    stated = latest_done(node.stated, as_of) if node else None
    done_figure = stated if stated is not None and (stated.done or 0) > named else None
    # An article's count in force at as_of is used as it stands: the register's may be fewer.
    in_force = node.total if node is not None and node.figure is not None else None
    total = in_force or max(total or 0, len(scoped))
    if done_figure is not None and (done_figure.done or 0) > total:
        done_figure = None  # counted against an older, larger total (before a merger): not of this one
    done = (done_figure.done or 0) if done_figure else named
    # Records naming more consolidated units than the count in force: that count is out of date, and
    # a share above 100% is never shown.
    total = max(total, done)
    share = float(target["share"])
    needed = math.ceil(round(share * total, 9))
    deadline = str(target["deadline"])
    months_left = _months(as_of, deadline) if as_of else None
    remaining = max(0, needed - done)
    pace_needed = remaining / months_left if months_left else None
    starts = sorted(u["since"]["iso"] for u in done_units if u.get("since"))
    elapsed = _months(starts[0], as_of) if starts and as_of else 0
    pace_so_far = done / elapsed if elapsed else None
    if total == 0:
        state = "no_units"  # the scope's units are not in the store: nothing to claim
    elif done >= needed:
        state = "reached"
    elif as_of and as_of > deadline:
        state = "overdue"
    elif pace_so_far is not None and pace_needed is not None and pace_so_far >= pace_needed:
        state = "on_track"
    else:
        state = "behind"
    return Progress(
        done,
        total,
        needed,
        done / total if total else 0.0,
        share,
        deadline,
        as_of,
        months_left,
        pace_needed,
        pace_so_far,
        state,
        named,
        node.figure if node else None,
        done_figure,
        node.register_total if node and node.figure else None,
    )


def progress_in(
    target: dict[str, Any], units: list[dict[str, Any]], as_of: str | None, tree: dict[tuple[str, str], Node]
) -> Progress:
    """progress_for out of the count of the target's region in force at *as_of*, as the roll-up *tree*
    has it (the register's, or an article's that the register came after)."""
    scope = target_scope(target)
    node = tree.get(scope) if scope else None
    return progress_for(target, units, as_of, node.total if node else None, node)


_ISO = re.compile(r"(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?", re.ASCII)


def as_of_date(documents: list[dict[str, Any]], units: list[dict[str, Any]]) -> str | None:
    """The date the records speak for: the newest publication date, or a later consolidation a user
    recorded. A document's date is its publication date (its dateline, its metadata or `ingest
    --date`), never a date from its body; one that is not an ISO date (a sidecar's "hôm qua") is
    ignored rather than compared as text."""
    dates = [d["date"] for d in documents if isinstance(d.get("date"), str) and _ISO.fullmatch(d["date"])]
    dates += [u["since"]["iso"] for u in units if u.get("edited", {}).get("since") and u.get("since")]
    return max(dates, default=None)
