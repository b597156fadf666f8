"""The `extract --json` contract: one JSON object with document, units, officials, targets, progress."""

from __future__ import annotations

from typing import Any

from lso_tui.model.records import Extraction, Source


def _src(s: Source) -> dict[str, Any]:
    """A source as {start, end, quote}."""
    return {"start": s.start, "end": s.end, "quote": s.quote}


def to_json(ex: Extraction) -> dict[str, Any]:
    """Serialise an Extraction to the documented contract (plus extra fields)."""
    d = ex.document
    return {
        "document": {
            "title": d.title,
            "date": d.date,
            "outlet": d.outlet,
            "author": d.author,
            "outlet_code": d.outlet_code,
            "id": d.id,
            "sources": {k: _src(v) for k, v in d.sources.items()},
        },
        "scope": ex.scope,
        "bases": [
            {
                "kind": b.kind,
                "number": b.number,
                "date": b.date,
                "issuer": b.issuer,
                "title": b.title,
                "source": _src(b.source),
            }
            for b in ex.bases
        ],
        "units": [
            {
                "name": u.name,
                "type": u.type,
                "parent": u.parent,
                "consolidated": u.consolidated,
                "since": u.since.iso() if u.since else None,
                "since_part": u.since.part if u.since else None,
                "since_source": _src(u.since_source) if u.since_source else None,
                "figures": [
                    {"kind": f.kind, "value": f.value, "qualifier": f.qualifier, "source": _src(f.source)}
                    for f in u.figures
                ],
                "notes": [{"topic": n.topic, "source": _src(n.source)} for n in u.notes],
                "source": _src(u.source),
            }
            for u in ex.units
        ],
        "officials": [
            {
                "name": o.name,
                "titles": o.titles,
                "unit": o.unit,
                "unit_type": o.unit_type,
                "scope": o.scope,
                "concurrent": o.concurrent,
                "qualifications": [
                    {"kind": q.kind, "text": q.text, "source": _src(q.source)} for q in o.qualifications
                ],
                "statements": [{"text": s.text, "source": _src(s.source)} for s in o.statements],
                "source": _src(o.source),
            }
            for o in ex.officials
        ],
        "targets": [
            {
                "share": t.share,
                "year": t.year,
                "scope": t.scope,
                "scope_level": t.scope_level,
                "level": t.level,
                "stated_by": t.stated_by,
                "source": _src(t.source),
            }
            for t in ex.targets
        ],
        "progress": [
            {
                "done": p.done,
                "total": p.total,
                "share": p.share,
                "scope": p.scope,
                "scope_level": p.scope_level,
                "as_of": p.as_of,
                "source": _src(p.source),
            }
            for p in ex.progress
        ],
    }
