"""`lso-tui ingest`: add the next articles to a store (or take one out), showing what changes first.

The store keeps every article's text, so ingesting is a rebuild from the stored articles plus the
new ones, through the same extraction and merge as `build`: the same article twice changes nothing,
and taking one out removes exactly the facts only it supported. Users' edits are a separate table
and are kept. Each file given is tried on its own: those that cannot be read or give no fact are
listed with the reason and left out, and the others are merged in one write. Build time only
(imports the register).

Each fact of the new articles is a review item (build/review.py). The plan leaves out the
low-confidence ones (unless *take_all*) and those the store remembers as rejected for that article;
`choose` builds again with the user's own choice, and `apply` writes the tables and each new
article's rejections in one write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from lso_tui.build.coverage import parse_coverage
from lso_tui.build.draft import Tables
from lso_tui.build.ingest_preview import differences, preview_lines
from lso_tui.build.plan import FileOutcome, Plan
from lso_tui.build.review import default_rejections, review_items
from lso_tui.build.tables import Fixes, Step, build_from, extract_file, extract_stored, no_step
from lso_tui.errors import InputError, os_reason
from lso_tui.model.records import Extraction
from lso_tui.store.db import Store
from lso_tui.store.rejections import REJECTIONS, by_document, fixes_by_document

NOTHING_FOUND = "no unit, official, target or progress figure found; nothing added"


def facts(ex: Extraction) -> int:
    """How many facts an article gave (units, officials, targets, progress figures)."""
    return len(ex.units) + len(ex.officials) + len(ex.targets) + len(ex.progress)


def plan(
    store: Store,
    paths: list[Path],
    remove: list[str],
    date: str | None = None,
    on_step: Callable[[str], None] | None = None,
    take_all: bool = False,
    untick_low: bool = False,
    on_work: Step | None = None,
) -> Plan:
    """Extract *paths*, rebuild with the stored articles (less *remove*), and list the differences.

    Every file is tried: one that cannot be read or gives no fact is listed in the plan's files with
    the reason and left out, and the rest are merged together. *date* (ISO) is the publication date
    of each new article whose text has none. *on_step* is told each file's name once it was read,
    then "merge" once the tables are rebuilt; *on_work* is told how far the rebuild is (see Step). The facts the store remembers as rejected for the new
    articles are left out (unless *take_all*); with *untick_low* (the dashboard's review, which the
    user then confirms), the low-confidence ones start left out too.
    """
    docs = {d["id"]: d for d in store.rows("documents")}
    unknown = [r for r in remove if r not in docs]
    if unknown:
        raise InputError(
            f"ingest: no document {unknown[0]!r} in this store (see lso-tui report --format json)"
        )
    kept = [extract_stored(d) for i, d in docs.items() if i not in remove]
    new: list[Extraction] = []
    out = Plan(Tables(), removed=list(remove))
    given: dict[Path, str] = {}
    for p in paths:
        out.files.append(_outcome(p, docs, new, given, date, out.skipped))
        if on_step:
            on_step(str(p))
    out.scope, out.kept, out.extractions = store.meta().get("scope"), kept, new
    stored = _stored_rejections(store)
    defaults = default_rejections(review_items(out))
    chosen = {
        d: set() if take_all else (k if untick_low else set()) | stored.get(d, set()) for d, k in defaults.items()
    }
    out = _built(store, out, stored, chosen, _stored_fixes(store), on_work)
    out.added = [{"id": ex.document.id, "title": ex.document.title, "date": ex.document.date,
                  "outlet": ex.document.outlet, "facts": facts(ex)} for ex in new]  # fmt: skip
    if on_step:
        on_step("merge")
    return out


def choose(store: Store, p: Plan, rejected: dict[str, set[str]], fixes: Fixes | None = None) -> Plan:
    """The plan built again with the user's choice: *rejected* holds, per new article, the keys of
    the facts to leave out, and *fixes* the corrections made to others (no reading or extracting
    again: the plan keeps the extractions)."""
    new = {ex.document.id for ex in p.extractions}
    chosen = {d: set(rejected.get(d, set())) for d in new}
    fixed = {**_stored_fixes(store), **{d: dict((fixes or {}).get(d) or {}) for d in new}}
    return _built(store, p, _stored_rejections(store), chosen, fixed)


def _built(
    store: Store,
    p: Plan,
    stored: dict[str, set[str]],
    chosen: dict[str, set[str]],
    fixes: Fixes,
    on_work: Step | None = None,
) -> Plan:
    """*p* with its tables built from its extractions, less the stored and the chosen rejections,
    with the corrections *fixes* applied."""
    rejected = {d: frozenset(k) for d, k in {**stored, **chosen}.items() if k}
    fixes = {d: f for d, f in fixes.items() if f}
    known = {str(u["code"]): u["successor"] for u in store.rows("units") if u.get("successor")}
    scope = parse_coverage(p.scope) if p.scope else None
    tables = build_from(p.kept + p.extractions, scope, rejected, fixes, known, on_step=on_work or no_step)
    rows = {d: sorted(k) for d, k in chosen.items()}
    new_fixes = {d: {k: dict(v) for k, v in fixes.get(d, {}).items()} for d in chosen}
    return replace(
        p, tables=tables, rejected=rejected, rejections=rows, fixes=new_fixes, changes=differences(store, tables)
    )


def _stored_fixes(store: Store) -> dict[str, dict[str, Any]]:
    """The store's corrections as article id → review key → the corrected fields."""
    return {d: dict(f) for d, f in fixes_by_document(store.rows(REJECTIONS)).items()}


def _stored_rejections(store: Store) -> dict[str, set[str]]:
    """The store's rejections table as article id → the keys left out."""
    return {d: set(k) for d, k in by_document(store.rows(REJECTIONS)).items()}


def _outcome(
    p: Path,
    docs: dict[str, dict[str, Any]],
    new: list[Extraction],
    given: dict[Path, str],
    date: str | None,
    skipped: list[dict[str, str]],
) -> FileOutcome:
    """Read and extract one file: added to *new* when it brings facts, else the reason it is not."""
    key = _key(p)
    if key in given:
        other = given[key]
        return FileOutcome(
            str(p), reason=f"given twice (as {other})", status="twice", key="skip.twice", values={"other": other}
        )
    given[key] = str(p)
    try:
        ex = extract_file(p)
    except InputError as exc:  # the reader's own refusal, without the path it starts with
        reason = str(exc).removeprefix(f"{p}: ")
        return FileOutcome(str(p), reason=reason, status="failed", key=exc.key, values=dict(exc.values))
    except OSError as exc:
        reason, why = f"cannot read ({exc.strerror or exc})", os_reason(exc)
        return FileOutcome(str(p), reason=reason, status="failed", key="skip.unreadable", values={"why": why})
    counts = (len(ex.units), len(ex.officials), len(ex.targets), len(ex.progress))
    doc_id = ex.document.id
    if doc_id in docs:
        skipped.append({"name": p.name, "id": doc_id})
        known = f"already in the store ({doc_id})"
        return FileOutcome(
            str(p), docs[doc_id].get("date"), counts, known, "known", key="skip.known", values={"id": doc_id}
        )
    twin = next((n for n in new if n.document.id == doc_id), None)
    if twin is not None:
        other = str(twin.document.filename)
        same = f"same text as {other}"
        return FileOutcome(
            str(p), twin.document.date, counts, same, "twice", key="skip.same", values={"other": other}
        )
    if facts(ex) == 0:
        return FileOutcome(str(p), reason=NOTHING_FOUND, status="failed", key="skip.nothing")
    if ex.document.date is None and date:
        ex.document.date = date  # no dateline: the date the user gave (kept as metadata)
    new.append(ex)
    return FileOutcome(str(p), ex.document.date, counts)


def _key(p: Path) -> Path:
    """The file a path names (the same file given twice under two spellings is one)."""
    try:
        return p.resolve()
    except (OSError, RuntimeError):
        return p


def apply(path: Path, p: Plan, scope: str | None) -> dict[str, list[dict[str, Any]]]:
    """Write the planned tables (refused, file untouched, if another writer dropped what it needs)."""
    from lso_tui.store.db import write_built
    from lso_tui.store.first_view import refresh_view

    rows = p.tables.as_rows()
    meta: dict[str, Any] = {"app": "lso-tui", "documents": [d["id"] for d in rows["documents"]]}
    if scope:
        meta["scope"] = scope
    write_built(path, rows, meta, drop=frozenset(p.removed), rejections=p.rejections, fixes=p.fixes)
    refresh_view(path)  # the dashboard's first rows, before it reads the store
    return rows


__all__ = ["FileOutcome", "Plan", "apply", "choose", "facts", "plan", "preview_lines", "review_items"]
