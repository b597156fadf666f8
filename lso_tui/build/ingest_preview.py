"""What an ingest would change, as catalogue messages: one line per change, each with its sentence.

The CLI prints them in English (as the rest of its output); the dashboard in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from lso_tui.build.plan import Plan, PreviewLine
from lso_tui.i18n import Catalogue
from lso_tui.text import clean

if TYPE_CHECKING:
    from lso_tui.build.draft import Tables
    from lso_tui.store.db import Store


def differences(store: Store, tables: Tables) -> list[PreviewLine]:
    """Units whose state changed, new officials, targets and figures, and everything that goes:
    units (each one a source spoke of, and how many), officials, targets and figures, by name."""
    rows = tables.as_rows()
    before = {u["code"]: u for u in store.rows("units")}
    out = []
    for u in (tables.units[code] for code in sorted(tables.units)):  # full records, not the stored form
        old = before.get(u["code"])
        state = (u.get("consolidated"), (u.get("since") or {}).get("iso"))
        if old is None and u.get("consolidated") is None:
            continue  # a unit new from the register that no article speaks of: counted below
        if old is None or state != (old.get("consolidated"), (old.get("since") or {}).get("iso")):
            quote = (u.get("provenance", {}).get("consolidated") or {}).get("quote", "")
            values = {"unit": _unit(u), "district": u["district"], "old": old, "new": u, "quote": quote}
            out.append(PreviewLine("ingest.unit", values))
    gone_units = [before[code] for code in sorted(set(before) - set(tables.units))]
    for g in gone_units:  # its district left the store with the last article about it
        if g.get("consolidated") is not None:
            values = {"unit": _unit(g), "district": g["district"], "old": g}
            out.append(PreviewLine("ingest.unit_gone", values))
    added_units = len(set(tables.units) - set(before))
    if added_units:
        out.append(PreviewLine("ingest.units_added", {"n": added_units}))
    if gone_units:
        out.append(PreviewLine("ingest.units_removed", {"n": len(gone_units)}))
    counts = {(r["level"], r["code"]): r["units"] for r in tables.regions}
    for kind in ("officials", "targets", "observations"):
        old_rows = {r["id"]: r for r in store.rows(kind)}
        for r in rows[kind]:
            if r["id"] not in old_rows:
                out.append(_new(kind, r, counts.get((r.get("scope_level"), r.get("scope_code")))))
        gone = set(old_rows) - {r["id"] for r in rows[kind]}
        out += [_gone(kind, old_rows[g]) for g in sorted(gone)]
    return out


def _unit(u: Mapping[str, Any]) -> str:
    """ "xã Tú Đoạn": a unit's type and name."""
    return f"{u['type']} {u['name']}"


def _gone(kind: str, r: dict[str, Any]) -> PreviewLine:
    """A record no article supports any more, said by what it is (not by its id)."""
    if kind == "officials":
        where = f"{r.get('unit_type') or ''} {r.get('unit') or r.get('scope') or ''}".strip()
        what = f"{r['name']} ({where})" if where else r["name"]
        return PreviewLine("ingest.gone.officials", {"what": what})
    if kind == "targets":
        deadline = r.get("deadline") or r.get("year") or "?"
        values = {"what": r.get("scope") or "?", "share": r["share"], "deadline": deadline}
        return PreviewLine("ingest.gone.targets", values)
    values = {k: "?" if r.get(k) is None else r[k] for k in ("done", "total", "as_of")}
    return PreviewLine("ingest.gone.observations", {"what": r.get("scope") or "?", **values})


def _new(kind: str, r: dict[str, Any], listed: int | None) -> PreviewLine:
    """A record the ingest adds, with its sentence; a figure the register contradicts says so."""
    quote = (r.get("source") or r.get("provenance", {}).get("titles") or {}).get("quote", "")
    values = {"what": r.get("name") or r.get("scope") or r["id"], "quote": quote}
    if kind != "observations":
        return PreviewLine(f"ingest.new.{kind}", values)
    values.update(done=r.get("done") or "?", total=r.get("total") or "?", as_of=r.get("as_of") or "?")
    if r.get("total") and listed is not None and listed != r["total"]:
        return PreviewLine("ingest.new.differs", {**values, "listed": listed})
    return PreviewLine("ingest.new.observations", values)


def _state(t: Catalogue, u: dict[str, Any] | None) -> str:
    """ "consolidated 2018-07", "not consolidated", "no source" or "new", translated."""
    if u is None:
        return t("ingest.state.new")
    since = (u.get("since") or {}).get("iso")
    word = t(
        {True: "ingest.state.yes", False: "ingest.state.no", None: "ingest.state.none"}[u.get("consolidated")]
    )
    return word + (f" {since}" if since else "")


def render(t: Catalogue, c: PreviewLine) -> str:
    """One change as a line in the catalogue's language."""
    values = dict(c.values)
    if c.key == "ingest.unit":
        values["old"], values["new"] = _state(t, values["old"]), _state(t, values["new"])
    if c.key == "ingest.unit_gone":
        values["old"] = _state(t, values["old"])
    if c.key == "ingest.gone.targets":
        values["share"] = t.percent(values["share"])
    return t(c.key, **values)


def preview_lines(p: Plan, t: Catalogue | None = None) -> list[str]:
    """The preview: skipped files (with why), added documents (saying when one has no publication
    date) and removed ones, then each change with its sentence. File names are cleaned here."""
    t = t or Catalogue("en")
    lines = [t("ingest.skipped", **{**s, "name": _plain(s["name"])}) for s in p.skipped]
    lines += [
        t("ingest.failed", name=_plain(f.name), reason=_plain(f.said(t)))
        for f in p.files
        if f.status in ("failed", "twice")
    ]
    for d in p.added:
        known = {k: d[k] or "?" for k in ("title", "date", "outlet")}
        lines.append(t("ingest.added", **{**d, **known}))
        if not d["date"]:
            lines.append("  " + t("ingest.undated"))  # under its document's line
    lines += [t("ingest.removed", id=r) for r in p.removed]
    return lines + ["  " + render(t, c) for c in p.changes]


def _plain(text: str) -> str:
    """A file name or a reason quoting one, on one line and without control characters."""
    return clean(text, keep_newlines=False)
