"""Counts of a region's units as sources state them: the register's, and each article's at its date.

Articles and the register disagree when units were merged between them (an article of 2019 counts
23 units where the register, after the mergers, lists 22). Neither is dropped: every figure is kept
with its date and source, and progress at a date uses the figure in force then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    """One statement of a region's units: how many in all, how many consolidated, at what date."""

    total: int | None
    done: int | None
    share: float | None
    date: str | None  # ISO, as precise as the source ("2019-09", "2025-01-01")
    origin: str  # "register" | "article"
    document: str | None = None
    observation: str | None = None
    source: dict[str, Any] | None = None


def register_figure(region: dict[str, Any] | None, total: int) -> Figure:
    """The register's count of a region, dated by the register's state when the store knows it."""
    return Figure(total, None, None, (region or {}).get("as_of"), "register")


def figure_of(o: dict[str, Any], documents: dict[str, dict[str, Any]]) -> Figure:
    """An observation as a Figure, dated by its own month or else by its article's date."""
    doc = documents.get(o.get("document") or "", {})
    return Figure(
        o.get("total"),
        o.get("done"),
        o.get("share"),
        o.get("as_of") or doc.get("date"),
        "article",
        o.get("document"),
        o.get("id"),
        o.get("source"),
    )


def stated_figures(
    observations: list[dict[str, Any]], documents: dict[str, dict[str, Any]]
) -> dict[tuple[str, str], list[Figure]]:
    """Every figure articles state, by the (level, code) of the region they count, oldest first."""
    out: dict[tuple[str, str], list[Figure]] = {}
    for o in observations:
        code = o.get("scope_code")
        level = o.get("scope_level") or ("district" if code else None)  # stores before levels
        if not code or level not in ("district", "province"):
            continue
        out.setdefault((level, str(code)), []).append(figure_of(o, documents))
    for figures in out.values():
        figures.sort(key=lambda f: (f.date or "", f.observation or ""))
    return out


def on_or_before(date: str | None, as_of: str | None) -> bool:
    """Whether a figure dated *date* was stated by *as_of* (a month counts from its first day)."""
    return date is not None and (as_of is None or date[: len(as_of)] <= as_of[: len(date)])


def in_force(register: Figure | None, stated: list[Figure], as_of: str | None) -> Figure | None:
    """The total in force at *as_of*: the latest figure dated by then; else the register, else the
    earliest article (nothing earlier is known)."""
    counted = [f for f in stated if f.total]
    dated = sorted(
        (f for f in [*counted, register] if f is not None and on_or_before(f.date, as_of)),
        key=lambda f: (f.date or "", f.origin == "article"),
    )
    if dated:
        return dated[-1]
    return register or (counted[0] if counted else None)


def latest_done(stated: list[Figure], as_of: str | None) -> Figure | None:
    """The newest article figure with a count of consolidated units, stated by *as_of*."""
    with_done = [f for f in stated if f.done is not None and on_or_before(f.date, as_of)]
    return with_done[-1] if with_done else None


def disagrees(figure: Figure, register: Figure | None) -> bool:
    """Whether an article's total differs from the register's."""
    return register is not None and figure.total is not None and figure.total != register.total
