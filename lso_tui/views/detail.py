"""The detail of one record: each field with its provenance, and links to related records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lso_tui.i18n import MESSAGES
from lso_tui.model.rollup import covers, target_scope, units_under
from lso_tui.views.audit import entry_change
from lso_tui.views.counts import (
    document_disagreements,
    observation_detail,
    observation_label,
    progress_fields,
)
from lso_tui.views.documents import record_links, supported
from lso_tui.views.provenance import Detail, Fact, Field, Link, Provenance
from lso_tui.views.rows import figure, progress_line, qualification

if TYPE_CHECKING:
    from lso_tui.views.dataset import Dataset

MAX_UNIT_LINKS = 60


def edited(ds: Dataset, rec: dict[str, Any], field: str, f: Field, shown: Any) -> list[Field]:
    """*f* as it stands; if a user edited *field*, the edit's origin and, beside it, what the source said."""
    e = rec.get("edited", {}).get(field)
    if not e:
        return [f]
    mine = Field(
        f.label, f.value, Provenance("edit", ds.t("detail.edited", who=e["who"], when=e["when"][:10]))
    )
    said = Field(ds.t("detail.source_said", label=f.label), str(shown(e["source_value"])), f.provenance)
    return [mine, said]


def detail(ds: Dataset, kind: str, rid: str) -> Detail:
    """The Detail of record *rid* of *kind* (unit, official, target, event)."""
    if kind == "region":
        from lso_tui.views.regions import region_detail

        return region_detail(ds, rid)
    if kind == "event":
        kind, rid = rid.split(":", 1)
        if kind not in ("unit", "official", "target"):
            return _other(ds, kind, rid)
    rec = ds.by_id[(kind, rid)]
    d = {"unit": _unit, "official": _official, "target": _target}[kind](ds, rec)
    d.fields += history(ds, kind, rid)
    d.links += record_links(ds, rec)  # the articles that support it
    return d


def history(ds: Dataset, kind: str, rid: str) -> list[Field]:
    """The record's own audit entries, oldest first, in words as the edit log says them (undone ones
    marked)."""
    out = []
    for e in ds.edits:
        if e["kind"] == kind and e["record"] == rid:
            prov = Provenance(
                "edit", ds.t("detail.edited", who=e["who"], when=e["when"][:16].replace("T", " "))
            )
            out.append(Field(ds.t("detail.history"), entry_change(ds, e), prov))
    return out


def _unit(ds: Dataset, u: dict[str, Any]) -> Detail:
    """A unit: register facts, consolidation, figures, notes; links to officials and targets."""
    t, prov = ds.t, u["provenance"]
    reg = ds.provenance("register")
    d = Detail("unit", u["code"], f"{u['type']} {u['name']}")
    d.fields += [
        Field(t("col.name"), u["name"], reg),
        Field(t("col.type"), u["type"], reg),
        Field(t("col.code"), u["code"], reg),
        Field(t("col.scope"), u["district"], reg),
    ]
    state = t(_STATE_KEYS[u["consolidated"]])
    d.fields += edited(
        ds,
        u,
        "consolidated",
        Field(t("col.state"), state, ds.provenance(prov.get("consolidated"))),
        lambda v: t(_STATE_KEYS[v]),
    )

    def since_text(v: Any) -> str:
        """A stored fuzzy date in words."""
        return t.month(v["iso"], v.get("part")) if v else t("val.unknown")

    if u["since"] or u.get("edited", {}).get("since"):
        d.fields += edited(
            ds,
            u,
            "since",
            Field(t("col.since"), since_text(u["since"]), ds.provenance(prov.get("since"))),
            since_text,
        )
    for kind in ("households", "population", "party_members"):
        f = next((x for x in u["figures"] if x["kind"] == kind), None)
        if f:
            d.fields.append(Field(t(f"col.{kind}"), figure(ds, u, kind)[0], ds.provenance(f["source"])))
    for n in u["notes"]:
        topic = n["topic"]
        said = t(f"note.{topic}") if f"note.{topic}" in MESSAGES else topic.replace("_", " ")
        d.fields.append(Field(t("detail.note"), said, ds.provenance(n["source"])))
    succ = u.get("successor")
    if succ:
        d.fields.append(Field(t("col.successor"), f"{succ['type']} {succ['name']}", reg))
    d.links += [Link("official", o["id"], o["name"]) for o in ds.officials if o.get("unit_code") == u["code"]]
    d.links += [_target_link(ds, g) for g in ds.targets if covers(target_scope(g), u)]
    return d


def _target_link(ds: Dataset, g: dict[str, Any]) -> Link:
    """A link to a target, labelled "50% — Thành phố X"."""
    return Link("target", g["id"], f"{ds.t.percent(g['share'])} — {g['scope']}")


_STATE_KEYS = {True: "val.done", False: "val.not_done", None: "val.no_source"}


def _official(ds: Dataset, o: dict[str, Any]) -> Detail:
    """An official: titles, both posts, qualifications, statements; link to the unit."""
    t, prov = ds.t, o["provenance"]
    d = Detail("official", o["id"], o["name"])
    titles = Field(t("col.titles"), ", ".join(o["titles"]), ds.provenance(prov.get("titles")))
    d.fields += edited(ds, o, "titles", titles, lambda v: ", ".join(v or []))

    def yes_no(v: Any) -> str:
        """Yes or no, translated."""
        return t("val.yes") if v else t("val.no")

    both = Field(
        t("col.both"), yes_no(o["concurrent"]), ds.provenance(prov.get("concurrent") or prov.get("titles"))
    )
    d.fields += edited(ds, o, "concurrent", both, yes_no)
    for q in o["qualifications"]:
        d.fields.append(Field(t("col.qualifications"), qualification(ds, q), ds.provenance(q["source"])))
    for s in o["statements"]:
        d.fields.append(Field(t("detail.statement"), s["text"], ds.provenance(s["source"])))
    unit = ds.by_id.get(("unit", o.get("unit_code") or ""))
    if unit:
        d.links.append(Link("unit", unit["code"], f"{unit['type']} {unit['name']}"))
    d.links += [_target_link(ds, g) for g in ds.targets if g.get("stated_by") == o["id"]]
    return d


def _target(ds: Dataset, g: dict[str, Any]) -> Detail:
    """A target: threshold, deadline, derived progress, who stated it; links to units counted."""
    t = ds.t
    p = ds.progress(g)
    src, derived = ds.provenance(g["source"]), Provenance("derived", t("detail.derived"))
    d = Detail("target", g["id"], _target_link(ds, g).label)
    d.fields.append(Field(t("col.scope"), g["scope"] or "", src))
    d.fields += edited(ds, g, "share", Field(t("col.threshold"), t.percent(g["share"]), src), t.percent)
    d.fields += edited(ds, g, "year", Field(t("col.deadline"), t.month(g["deadline"]), src), str)
    d.fields += [
        Field(
            t("col.progress"),
            progress_line(t, g, p),
            derived,
        ),
        Field(t("col.state"), t(f"state.{p.state}"), derived),
        *progress_fields(ds, g),
    ]
    stated = ds.by_id.get(("official", g.get("stated_by") or ""))
    if stated:
        d.fields.append(Field(t("col.stated_by"), stated["name"], src))
        d.links.append(Link("official", stated["id"], stated["name"]))
    scoped = units_under(ds.units, target_scope(g))
    if len(scoped) <= MAX_UNIT_LINKS:  # a province's or the country's units are browsed in the roll-up
        d.links += [
            Link("unit", u["code"], f"{u['type']} {u['name']} — {t(_STATE_KEYS[u['consolidated']])}")
            for u in scoped
        ]
    return d


def _other(ds: Dataset, kind: str, rid: str) -> Detail:
    """A basis, document or observation reached from the timeline."""
    t = ds.t
    if kind == "basis":
        b = next(x for x in ds.bases if x["number"] == rid)
        d = Detail(kind, rid, f"{b['kind']} {b['number']}")
        for label, value in (
            (t("col.date"), t.month(b.get("date"))),
            (t("col.source"), b.get("issuer") or ""),
            (t("col.name"), b.get("title") or ""),
        ):
            d.fields.append(Field(label, value, ds.provenance(b["source"])))
        return d
    if kind == "document":
        doc = ds.documents[rid]
        d = Detail(kind, rid, doc.get("title") or rid)
        meta = Provenance("article", doc.get("outlet") or "")
        for key in ("title", "date", "outlet", "author"):
            d.fields.append(
                Field(
                    t(_DOC_LABELS[key]),
                    str(doc.get(key) or ""),
                    ds.provenance((doc.get("provenance") or {}).get(key))
                    if (doc.get("provenance") or {}).get(key)
                    else meta,
                )
            )
        facts = supported(ds, rid)
        d.fields.append(
            Field(t("col.facts"), t.number(len(facts)), Provenance("derived", t("detail.derived")))
        )
        d.fields += document_disagreements(ds, rid)
        for kind_, r in facts:
            if kind_ == "observation":
                d.links.append(Link("event", f"observation:{r['id']}", observation_label(ds, r)))
            else:
                d.links.append(
                    Link(kind_, r.get("code") or r["id"], r.get("name") or r.get("scope") or r["id"])
                )
        return d
    return observation_detail(ds, next(x for x in ds.observations if x["id"] == rid))


_DOC_LABELS = {"title": "col.title", "date": "col.date", "outlet": "col.source", "author": "col.author"}
_FACT_KEYS = {
    "consolidated": "col.state",
    "since": "col.since",
    "mention": "col.name",
    "titles": "col.titles",
    "concurrent": "col.both",
}


def facts(ds: Dataset, doc_id: str) -> list[Fact]:
    """Every extracted fact's span in a document, in text order (for the source view)."""
    spans: dict[tuple[int, int], str] = {}

    def add(src: Any, label: str) -> None:
        """Keep the first label for each span of this document."""
        if isinstance(src, dict) and src.get("doc") == doc_id:
            spans.setdefault((src["start"], src["end"]), label)

    t = ds.t
    for u in ds.units:
        for key, src in u["provenance"].items():
            add(src, f"{u['name']}: {t(_FACT_KEYS.get(key, 'col.source'))}")
        for f in u["figures"]:
            add(f["source"], f"{u['name']}: {t('col.' + f['kind'])}")
        for n in u["notes"]:
            add(n["source"], f"{u['name']}: {t('detail.note')}")
    for o in ds.officials:
        for key, src in o["provenance"].items():
            add(src, f"{o['name']}: {t(_FACT_KEYS.get(key, 'col.source'))}")
        for q in o["qualifications"]:
            add(q["source"], f"{o['name']}: {qualification(ds, q)}")
    for g in ds.targets:
        add(g["source"], f"{ds.t('pane.targets')}: {ds.t.percent(g['share'])}")
    for b in ds.bases:
        add(b["source"], f"{b['kind']} {b['number']}")
    return [Fact(doc_id, s, e, label) for (s, e), label in sorted(spans.items())]
