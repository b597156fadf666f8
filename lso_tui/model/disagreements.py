"""Where an article's count of a region's units differs from the register's: both, dated and sourced."""

from __future__ import annotations

from typing import Any

from lso_tui.model.figures import disagrees
from lso_tui.model.rollup import Node


def disagreement_rows(
    tree: dict[tuple[str, str], Node], documents: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """One flat row per article figure that differs from the register (stable fields: README).

    ``in_force`` says which of the two the roll-up and progress use at the tree's date.
    """
    out = []
    for key in sorted(tree, key=lambda k: (k[0] != "province", k[1])):
        n = tree[key]
        register = n.register
        for f in n.stated:
            if not disagrees(f, register):
                continue
            doc = documents.get(f.document or "", {})
            out.append(
                {
                    "level": n.level,
                    "code": n.code,
                    "name": n.name,
                    "article_total": f.total,
                    "article_done": f.done,
                    "article_date": f.date,
                    "document": f.document,
                    "title": doc.get("title"),
                    "outlet": doc.get("outlet"),
                    "published": doc.get("date"),
                    "quote": (f.source or {}).get("quote"),
                    "register_total": register.total,
                    "register_date": register.date,
                    "in_force": "article" if n.figure == f else "register" if n.figure is None else "other",
                }
            )
    return out
