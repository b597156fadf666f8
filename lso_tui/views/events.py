"""The timeline: dated events derived from the records, in order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lso_tui.views.dataset import Dataset


@dataclass(frozen=True)
class Event:
    """A dated event with the record it comes from."""

    date: str
    part: str | None
    text: str
    source: str
    id: str  # "kind:id" of the record the event belongs to


def events(ds: Dataset) -> list[Event]:
    """Resolutions, consolidations, articles, observations and deadlines, oldest first."""
    t = ds.t
    out: list[Event] = []
    for b in ds.bases:
        if b.get("date"):
            out.append(
                Event(
                    b["date"],
                    None,
                    t("event.resolution", number=f"{b['kind']} {b['number']}"),
                    ds.provenance(b.get("source")).label,
                    f"basis:{b['number']}",
                )
            )
    for u in ds.units:
        if u["consolidated"] and u["since"]:
            out.append(
                Event(
                    u["since"]["iso"],
                    u["since"].get("part"),
                    t("event.consolidated", type=u["type"], name=u["name"]),
                    ds.provenance(u["provenance"].get("since")).label,
                    f"unit:{u['code']}",
                )
            )
    for d in ds.documents.values():
        if d.get("date"):
            out.append(
                Event(
                    d["date"],
                    None,
                    t("event.article", title=d.get("title") or ""),
                    d.get("outlet") or "",
                    f"document:{d['id']}",
                )
            )
    for o in ds.observations:
        if o.get("as_of") and o.get("done") is not None:
            out.append(
                Event(
                    o["as_of"],
                    None,
                    t(
                        "event.observation",
                        scope=o.get("scope") or "",
                        done=o["done"],
                        total=o.get("total") or "?",
                    ),
                    ds.provenance(o.get("source")).label,
                    f"observation:{o['id']}",
                )
            )
    for g in ds.targets:
        out.append(
            Event(
                g["deadline"],
                None,
                t("event.deadline", share=t.percent(g["share"]), scope=g.get("scope") or ""),
                ds.provenance(g.get("source")).label,
                f"target:{g['id']}",
            )
        )
    return sorted(out, key=lambda e: (e.date, e.text))
