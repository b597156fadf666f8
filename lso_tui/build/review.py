"""The facts an ingest would bring, one reviewable row each: a stable key, the sentence with the fact's
words, and how sure the extractor is ("high", "medium", "low") with the signal that says so.

Textual-free: the CLI prints the list, the dashboard shows it as check boxes. A key is the same for
every extraction of the same text, so what a user leaves out is remembered per article (the store's
"rejections" table) and left out of every later build. In the dashboard's review, low-confidence facts start unticked.

The signals, strongest first:
- unit (stated consolidated, or not): its secretary-chairman is named in the article → high; named
  only in a list of units → medium; stated not done (or only planned) → medium; else high;
- official: both posts in one title chain (the two titles within 40 characters, no full stop
  between) → high; both posts said apart from the titles → medium; a one-word name → low; no unit or
  region → medium; else (one post, with its unit or region) → high;
- target: fails a merge check → low; no region → low; the region's level unstated → medium; else high;
- progress figure: fails a merge check → low; no region → low; a share without a count → low; a
  count without a total → medium; else (a count out of a total, with its region) → high.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lso_tui.build.checks import figure_problem, target_problem
from lso_tui.i18n import Catalogue
from lso_tui.model.records import (
    Extraction,
    OfficialMention,
    ProgressObservation,
    Source,
    Target,
    UnitMention,
)
from lso_tui.text import clean, fold

if TYPE_CHECKING:
    from lso_tui.build.plan import Plan

HIGH, MEDIUM, LOW = "high", "medium", "low"
RANK = {HIGH: 2, MEDIUM: 1, LOW: 0}
CHAIN = 40
"""At most this many characters from one title's start to the other's, for "one title chain"."""


@dataclass(frozen=True)
class ReviewItem:
    """One fact an article brings: its key, a label, its sentence with the fact's span, and how sure."""

    doc_id: str
    key: str
    kind: str  # "unit" | "official" | "target" | "figure"
    label: str
    quote: str
    start: int
    end: int
    confidence: str  # "high" | "medium" | "low"
    reason: str
    typed: dict[str, str] = field(default_factory=dict)  # what the user typed to correct it, if they did

    @property
    def ticked(self) -> bool:
        """Whether the fact is taken unless the user says otherwise (all but low confidence)."""
        return self.confidence != LOW


def unit_key(u: UnitMention) -> str:
    """ "unit:<folded name>"."""
    return "unit:" + fold(u.name)


def official_key(o: OfficialMention) -> str:
    """ "official:<folded name>"."""
    return "official:" + fold(o.name)


def target_key(g: Target) -> str:
    """ "target:<share>@<year>@<folded scope>"."""
    return f"target:{g.share:g}@{g.year}@{fold(g.scope or '')}"


def figure_key(p: ProgressObservation) -> str:
    """ "figure:<done>/<total>/<share>@<folded scope>" (an unknown number is empty)."""
    share = "" if p.share is None else f"{p.share:g}"
    return f"figure:{_n(p.done)}/{_n(p.total)}/{share}@{fold(p.scope or '')}"


def review_items(p: Plan, t: Catalogue | None = None) -> list[ReviewItem]:
    """Every fact the plan's new articles bring, article by article, in the language of *t*."""
    return [item for ex in p.extractions for item in items_of(ex, t or Catalogue("en"))]


def items_of(ex: Extraction, t: Catalogue) -> list[ReviewItem]:
    """One article's facts, one row per key (the surest mention when a key comes twice)."""
    rows = [_unit(ex, u, t) for u in ex.units if u.consolidated is not None]
    rows += [_official(ex, o, t) for o in ex.officials]
    rows += [_target(ex, g, t) for g in ex.targets]
    rows += [_figure(ex, f, t) for f in ex.progress]
    best: dict[str, ReviewItem] = {}
    for r in rows:
        if r.key not in best or RANK[r.confidence] > RANK[best[r.key].confidence]:
            best[r.key] = r
    return [best[k] for k in dict.fromkeys(r.key for r in rows)]


def item_for(ex: Extraction, kind: str, fact: Any, t: Catalogue) -> ReviewItem:
    """The review row of one fact of *ex* (of *kind*: unit, official, target or figure)."""
    if kind == "unit":
        return _unit(ex, fact, t)
    if kind == "official":
        return _official(ex, fact, t)
    return _target(ex, fact, t) if kind == "target" else _figure(ex, fact, t)


def default_rejections(items: list[ReviewItem]) -> dict[str, set[str]]:
    """Per article, the keys left out unless the user ticks them: the low-confidence ones."""
    out: dict[str, set[str]] = {}
    for item in items:
        out.setdefault(item.doc_id, set())
        if not item.ticked:
            out[item.doc_id].add(item.key)
    return out


def excerpt(item: ReviewItem, width: int = 60) -> tuple[str, int, int]:
    """The sentence cut to about *width* characters around the fact, with the span's new offsets."""
    q, s, e = item.quote, item.start, item.end
    if len(q) <= width:
        return q, s, e
    room = width - 2  # an ellipsis either side
    lead = min(s, max(8, (room - (e - s)) // 3))
    a = max(0, s - lead)
    b = min(len(q), a + room)
    a = max(0, b - room)
    if a > 0 and " " in q[a : min(s, a + 12)]:  # start at a word
        a = q.index(" ", a, min(s, a + 12)) + 1
    if b < len(q) and " " in q[max(e, b - 12) : b]:  # end at a word
        b = q.rindex(" ", max(e, b - 12), b)
    elif b < len(q) and not q[b].isspace() and " " in q[s + 1 : b]:  # a long fact: cut it between words
        b = q.rindex(" ", s + 1, b)
    pre, post = ("…" if a > 0 else ""), ("…" if b < len(q) else "")
    text = pre + q[a:b] + post
    return text, len(pre) + max(0, s - a), len(pre) + max(0, min(e, b) - a)


def review_lines(items: list[ReviewItem], rejected: dict[str, list[str]], t: Catalogue | None = None) -> list[str]:
    """The review list as plain lines: [x]/[ ], kind, label, confidence (why), the quote shortened."""
    t = t or Catalogue("en")
    lines = []
    for item in items:
        box = "[ ]" if item.key in rejected.get(item.doc_id, ()) else "[x]"
        quote = excerpt(item, 70)[0]
        conf = t(f"review.conf.{item.confidence}")
        lines.append(f"  {box} {t('review.kind.' + item.kind)}: {item.label} · {conf} ({item.reason}) «{quote}»")
    return lines


def _unit(ex: Extraction, u: UnitMention, t: Catalogue) -> ReviewItem:
    """A unit stated consolidated (or not)."""
    name = fold(u.name)
    holder = any(o.concurrent and fold(o.both_at or o.unit or "") == name for o in ex.officials)
    names = {fold(x.name) for x in ex.units if x.name}
    said = fold(ex.document.text[u.source.start : u.source.end] or u.source.quote)
    listed = sum(1 for n in names if n in said) >= 2
    if holder:
        conf, why = HIGH, "holder"
    elif listed:
        conf, why = MEDIUM, "list"
    elif u.consolidated is False:
        conf, why = MEDIUM, "not"
    else:
        conf, why = HIGH, "alone"
    unit = f"{u.type or ''} {u.name}".strip()
    label = t("review.unit.yes" if u.consolidated else "review.unit.no", unit=unit)
    return _item(ex, unit_key(u), "unit", label, u.source, u.name, conf, t(f"review.why.{why}"))


def _official(ex: Extraction, o: OfficialMention, t: Catalogue) -> ReviewItem:
    """A named official, with the both-posts flag."""
    if o.concurrent:
        said = ex.document.text[o.source.start : o.source.end] or o.source.quote
        conf, why = (HIGH, "chain") if _chain(said) or _chain(o.source.quote) else (MEDIUM, "apart")
    elif len(o.name.split()) < 2:
        conf, why = LOW, "one_word"
    elif not (o.unit or o.scope):
        conf, why = MEDIUM, "no_place"
    else:
        conf, why = HIGH, "post"
    where = f"{o.unit_type or ''} {o.unit}".strip() if o.unit else (o.scope or "")
    titles = t("review.both") if o.concurrent else "; ".join(o.titles)
    label = t("review.official", name=o.name, titles=titles) + (f" ({where})" if where else "")
    return _item(ex, official_key(o), "official", label, o.source, o.name, conf, t(f"review.why.{why}"))


def _target(ex: Extraction, g: Target, t: Catalogue) -> ReviewItem:
    """A target: a share of a region's units by a year."""
    problem = target_problem(g)
    if problem:
        conf, why = LOW, t("review.why.check", problem=problem)
    elif not g.scope:
        conf, why = LOW, t("review.why.no_region")
    elif not g.scope_level:
        conf, why = MEDIUM, t("review.why.no_level")
    else:
        conf, why = HIGH, t("review.why.goal")
    label = t("review.target", share=t.percent(g.share), year=g.year, scope=g.scope or "?")
    return _item(ex, target_key(g), "target", label, g.source, None, conf, why)


def _figure(ex: Extraction, p: ProgressObservation, t: Catalogue) -> ReviewItem:
    """A progress figure: done, total and share of a region's units."""
    problem = figure_problem(p, None)
    if problem:
        conf, why = LOW, t("review.why.check", problem=problem)
    elif not p.scope:
        conf, why = LOW, t("review.why.no_region")
    elif p.done is None:
        conf, why = LOW, t("review.why.share_only")
    elif p.total is None:
        conf, why = MEDIUM, t("review.why.no_total")
    else:
        conf, why = HIGH, t("review.why.count")
    share = "" if p.share is None else f" ({t.percent(p.share)})"
    numbers = f"{_n(p.done) or '?'}/{_n(p.total) or '?'}{share}"
    label = t("review.figure", numbers=numbers, scope=p.scope or "?", as_of=p.as_of or "?")
    return _item(ex, figure_key(p), "figure", label, p.source, None, conf, why)


def _item(
    ex: Extraction, key: str, kind: str, label: str, src: Source, name: str | None, conf: str, why: str
) -> ReviewItem:
    """A row: the sentence cleaned for display, with the fact's words (its name, else its span)."""
    quote, start, end = _span(ex.document.text, src, name)
    prefix = clean(quote[:start], keep_newlines=False)
    words = clean(quote[start:end], keep_newlines=False)
    rest = clean(quote[end:], keep_newlines=False)
    return ReviewItem(
        ex.document.id, key, kind, clean(label, keep_newlines=False), prefix + words + rest,
        len(prefix), len(prefix) + len(words), conf, clean(why, keep_newlines=False),
    )  # fmt: skip


def _span(text: str, src: Source, name: str | None) -> tuple[str, int, int]:
    """The quote and the fact's span in it: the name where the quote has it (inside the source's own
    span first), else the source's span; (0, 0) when neither can be found."""
    quote = src.quote
    at = text.find(quote, max(0, src.end - len(quote))) if quote else -1
    if at < 0 or at > src.start:
        at = text.find(quote) if quote else -1
    s, e = (src.start - at, src.end - at) if at >= 0 else (0, 0)
    s, e = max(0, min(s, len(quote))), max(0, min(e, len(quote)))
    if name:
        inside = quote.find(name, s, max(e, s)) if e > s else -1
        found = inside if inside >= 0 else quote.find(name)
        if found >= 0:
            return quote, found, found + len(name)
    if e > s and (s, e) != (0, len(quote)):
        return quote, s, e
    return quote, 0, 0


def _chain(said: str) -> bool:
    """Whether a secretary's and a chairman's title stand together (one title chain)."""
    folded = fold(said)
    for sec in re.finditer(r"bi thu", folded):
        for chair in re.finditer(r"chu tich(?! hdnd| hoi dong)", folded):
            a, b = sorted((sec.start(), chair.start()))
            if b - a <= CHAIN and not re.search(r"[.;:]", folded[a:b]):
                return True
    return False


def _n(value: int | None) -> str:
    """A number as text, empty when unknown."""
    return "" if value is None else str(value)
