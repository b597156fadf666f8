"""Merge one article's extraction into the tables being built, matching units to the register.

A fact whose review key (build/review.py) the user rejected for this article is left out: a unit's
stated consolidation, an official, a target or a progress figure. The merge checks come first, so a
fact that fails one is still listed with its reason.
"""

from __future__ import annotations

from collections.abc import Collection

from lso_tui.build.checks import figure_problem, target_problem
from lso_tui.build.draft import Tables, src
from lso_tui.build.placing import Placed
from lso_tui.build.register import Commune, District
from lso_tui.build.review import figure_key, official_key, target_key, unit_key
from lso_tui.model.records import Extraction, Source, UnitMention
from lso_tui.model.stored import ObservationRecord, OfficialRecord, TargetRecord, UnitRecord, new_official
from lso_tui.text import fold_key


def merge_extraction(
    t: Tables,
    ex: Extraction,
    district: District | None,
    communes: dict[str, Commune],
    placed: Placed | None = None,
    rejected: Collection[str] = frozenset(),
) -> None:
    """Add the document, its bases, units, officials, targets and observations to *t*.

    *placed* maps each (scope, level) a target or figure speaks of to its register region;
    *rejected* holds the review keys of the facts the user left out of this article.
    """
    placed = placed or {}
    d = ex.document
    t.documents.append(
        {
            "id": d.id,
            "title": d.title,
            "date": d.date,
            "outlet": d.outlet,
            "outlet_code": d.outlet_code,
            "author": d.author,
            "filename": d.filename,
            "sha256": d.sha256,
            "text": d.text,
            "scope": district.full_name if district else ex.scope,
            "provenance": {k: src(v) for k, v in sorted(d.sources.items())},
        }
    )
    for b in ex.bases:
        t.bases.setdefault(
            b.number,
            {
                "number": b.number,
                "kind": b.kind,
                "date": b.date,
                "issuer": b.issuer,
                "title": b.title,
                "source": src(b.source),
            },
        )
    codes: dict[str, str] = {}
    for u in ex.units:
        c = communes.get(fold_key(u.name))
        if c is None or (u.type and u.type != c.type):
            t.warnings.append(
                f"{d.id}: unit '{u.type or ''} {u.name}' not found in the register "
                f"under {district.full_name if district else 'any known district'}"
            )
            continue
        codes[u.name] = c.code
        _merge_unit(t.units[c.code], u, d.id, state=unit_key(u) not in rejected)
    officials = [o for o in ex.officials if official_key(o) not in rejected]
    for o in officials:
        unit_code = codes.get(o.unit or "")
        oid = fold_key(o.name) + (f"@{unit_code}" if unit_code else "")
        if oid not in t.officials:
            t.officials[oid] = new_official(
                oid, name=o.name, unit_code=unit_code, unit=o.unit, unit_type=o.unit_type, scope=o.scope
            )
        rec = t.officials[oid]
        rec["titles"] += [x for x in o.titles if x not in rec["titles"]]
        if o.concurrent and not rec["concurrent"]:
            rec["concurrent"] = True
            rec["provenance"]["concurrent"] = src(o.source)
        rec["provenance"].setdefault("titles", src(o.source))
        rec["qualifications"] += [
            {"kind": q.kind, "text": q.text, "source": src(q.source)} for q in o.qualifications
        ]
        rec["statements"] += [{"text": s.text, "source": src(s.source)} for s in o.statements]
        _add_doc(rec, d.id)
    speakers = {
        o.name: fold_key(o.name) + (f"@{codes[o.unit]}" if o.unit in codes else "") for o in officials
    }
    for i, g in enumerate(ex.targets):
        region = placed.get((g.scope, g.scope_level))
        problem = target_problem(g)
        if problem:
            t.warnings.append(f"{d.id}: target not merged: {problem} ({_quote(g.source)})")
            continue
        if target_key(g) in rejected:
            continue
        t.targets.append(
            TargetRecord(
                    id=f"{d.id}-t{i + 1}",
                    share=g.share,
                    year=g.year,
                    deadline=f"{g.year:04d}-12-31",
                    level=g.level,
                    scope=region["name"] if region else g.scope,
                    scope_code=region["code"] if region else None,
                    scope_level=region["level"] if region else None,
                    stated_by=speakers.get(g.stated_by or ""),
                    stated_by_name=g.stated_by,
                    basis=g.basis,
                    document=d.id,
                    source=src(g.source),
                )
        )
    for i, p in enumerate(ex.progress):
        region = placed.get((p.scope, p.scope_level))
        problem = figure_problem(p, region)
        if problem:
            t.warnings.append(f"{d.id}: figure not merged: {problem} ({_quote(p.source)})")
            continue
        if figure_key(p) in rejected:
            continue
        t.observations.append(
            ObservationRecord(
                    id=f"{d.id}-p{i + 1}",
                    done=p.done,
                    total=p.total,
                    share=p.share,
                    scope=region["name"] if region else p.scope,
                    scope_code=region["code"] if region else None,
                    scope_level=region["level"] if region else None,
                    as_of=p.as_of,
                    document=d.id,
                    source=src(p.source),
                )
        )


def _merge_unit(rec: UnitRecord, u: UnitMention, doc_id: str, state: bool = True) -> None:
    """Overlay what an article says of a unit onto its register record (without its stated
    consolidation and date unless *state*: the user rejected them)."""
    prov = rec["provenance"]
    if state and (u.consolidated is True or (u.consolidated is False and rec["consolidated"] is None)):
        rec["consolidated"] = u.consolidated
        prov["consolidated"] = src(u.source)
    if state and u.since and (rec["since"] is None or u.since.iso() < rec["since"]["iso"]):
        rec["since"] = u.since.to_dict()
        prov["since"] = src(u.since_source)
    for f in u.figures:
        if not any(x["kind"] == f.kind for x in rec["figures"]):
            rec["figures"].append(
                {"kind": f.kind, "value": f.value, "qualifier": f.qualifier, "source": src(f.source)}
            )
    rec["notes"] += [{"topic": n.topic, "source": src(n.source)} for n in u.notes]
    prov.setdefault("mention", src(u.source))
    _add_doc(rec, doc_id)


def _add_doc(rec: UnitRecord | OfficialRecord, doc_id: str) -> None:
    """Record that a document supports this record."""
    if doc_id not in rec["documents"]:
        rec["documents"].append(doc_id)


def _quote(source: Source) -> str:
    """The words a rejected fact was read from, short enough for one warning line."""
    text = " ".join(source.quote.split())
    return text if len(text) <= 100 else text[:99] + "…"
