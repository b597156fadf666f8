"""What the genre-phrasing tests share: an article built around a body, and the facts read back from
its extraction in the shapes the tests compare."""

from __future__ import annotations

from lso_tui.build.register import national_gazetteer
from lso_tui.extract import extract_text
from lso_tui.model.records import Extraction

Figure = tuple[int | None, int | None, float | None, str | None, str | None]


def page(text: str, register: bool = True) -> Extraction:
    """A whole page; bare province and district names looked up in the register when *register*,
    as the build does."""
    if register:
        return extract_text(text, "d1", {}, national_gazetteer())
    return extract_text(text, "d1", {})


def article(head: str, body: str, register: bool = True) -> Extraction:
    """The page *head* (a dateline, a section, a sentence naming the model) then *body* and a line end."""
    return page(head + body + "\n", register)


def officials(ex: Extraction) -> dict[str, tuple[str | None, bool]]:
    """Each official's unit and both-posts flag."""
    return {o.name: (o.unit, o.concurrent) for o in ex.officials}


def holders(ex: Extraction) -> set[tuple[str, str | None, bool]]:
    """Each official as (name, unit, holds both posts)."""
    return {(o.name, o.unit, o.concurrent) for o in ex.officials}


def consolidated(ex: Extraction) -> set[str]:
    """The units stated to have one person in both posts."""
    return {u.name for u in ex.units if u.consolidated}


def figures(ex: Extraction) -> set[Figure]:
    """Each progress figure with its region and the region's level."""
    return {(p.done, p.total, p.share, p.scope, p.scope_level) for p in ex.progress}


def figures_in_order(ex: Extraction) -> list[Figure]:
    """The progress figures as `figures` gives them, in the order of the text."""
    return [(p.done, p.total, p.share, p.scope, p.scope_level) for p in ex.progress]


def dated(ex: Extraction) -> dict[tuple[int | None, int | None, float | None], str | None]:
    """Each figure's date."""
    return {(p.done, p.total, p.share): p.as_of for p in ex.progress}


def goals(ex: Extraction) -> set[tuple[str | None, str | None, float, int]]:
    """Each target as (region, level, share, year)."""
    return {(t.scope, t.scope_level, t.share, t.year) for t in ex.targets}
