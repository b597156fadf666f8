"""Extraction: turn one article of the genre into records, every fact with its source span."""

from __future__ import annotations

from collections import Counter

from lso_tui.extract.bases import find_bases
from lso_tui.extract.careers import attach_qualifications
from lso_tui.extract.counted_units import mark_counted_units
from lso_tui.extract.gazetteer import NO_GAZETTEER, Gazetteer
from lso_tui.extract.goals import find_targets
from lso_tui.extract.header import read_header
from lso_tui.extract.listed_next import with_listed_next
from lso_tui.extract.named_places import registered_names, with_named_places
from lso_tui.extract.officials import build_officials
from lso_tui.extract.people import find_people
from lso_tui.extract.places import Place, find_places
from lso_tui.extract.progress import find_progress
from lso_tui.extract.spans import Article
from lso_tui.extract.units import UnitIndex, attach_figures_and_notes, mark_consolidation
from lso_tui.model.records import Document, Extraction

__all__ = ["extract_text"]


def extract_text(
    text: str, doc_id: str = "", meta: dict[str, str] | None = None, gazetteer: Gazetteer = NO_GAZETTEER
) -> Extraction:
    """Extract document metadata, units, officials, targets and progress from NFC *text*; the
    *gazetteer* (the register's province and district names) places names the text gives bare."""
    meta = meta or {}
    art = Article(text, doc_id, gazetteer)
    header = read_header(art)
    art.after_reorganisation = header.date is not None and (header.date.year, header.date.month or 0) >= (2025, 7)
    places = with_named_places(art, with_listed_next(art, find_places(art)))
    scope = _main_scope(places)
    people = find_people(art, places, header.credits)
    officials = build_officials(art, people, places)
    date = header.date
    doc = Document(
        id=doc_id,
        title=meta.get("title") or header.title,
        date=meta.get("date") or (date.iso() if date else None),
        outlet=meta.get("outlet") or header.outlet_code,
        author=meta.get("author") or header.author,
        text=text,
        outlet_code=meta.get("outlet_code") or header.outlet_code,
    )
    for key, span in (
        ("date", header.date_span),
        ("title", header.title_span),
        ("author", header.author_span),
    ):
        if span:
            doc.sources[key] = art.source(*span)
    titled = [(p.chain.start, p.chain.end) for p in people if p.chain.titles]
    idx = UnitIndex(art, places, scope, titled)
    bases = find_bases(art)
    mark_consolidation(idx, officials, date, [(b.source.start, b.source.end) for b in bases])
    # (after 1 July 2025 there are no districts: a figure or goal that names no region is not a former
    # district's the article mentions, but its province's)
    region_default = None if date is not None and (date.year, date.month or 0) >= (2025, 7) else scope
    if region_default is not None and _headline_on_a_province(art, places, header.title_span):
        # "Khánh Hòa hướng tới một nửa số xã …" over a review that names one district twice: a figure
        # that names no region is the province's, not that district's
        region_default = None
    progress = find_progress(art, places, region_default, date, header.title_span)
    mark_counted_units(idx, [(p.source.start, p.source.end) for p in progress], [p.done for p in progress])
    attach_figures_and_notes(idx, officials)
    attach_qualifications(art, officials)
    return Extraction(
        document=doc,
        bases=bases,
        units=list(idx.units.values()),
        officials=officials,
        targets=find_targets(art, places, officials, region_default, date, header.title_span, tuple((p.source.start, p.source.end) for p in progress)),
        progress=progress,
        scope=scope,
    )


def _main_scope(places: list[Place]) -> str | None:
    """The district-level unit the article is about: the one named most often (first on a tie)."""
    mentions = [p for p in places if p.level == "district" and p.name]
    named = [f"{p.type} {p.name}" for p in mentions]
    if not named:
        return None
    counts = Counter(named)
    # "… có 4/11 đơn vị (TP. A, B, huyện C và D)": several districts named once each, in one list, are
    # examples of the province's, not the district the article is about
    if len(counts) > 1 and max(counts.values()) == 1 and mentions[-1].start - mentions[0].start < 150:
        return None
    return max(named, key=lambda n: (counts[n], -named.index(n)))


def _headline_on_a_province(art: Article, places: list[Place], title: tuple[int, int] | None) -> bool:
    """Whether the headline names a province (typed or bare) and no district-level unit."""
    if title is None:
        return False
    inside = [p for p in places if title[0] <= p.start < title[1] and p.name]
    bare = [b for b in registered_names(art, places) if title[0] <= b.start < title[1]]
    levels = {p.level for p in inside} | {b.level for b in bare}
    return "province" in levels and "district" not in levels
