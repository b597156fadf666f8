"""Who holds which post in a unit, read from officials' titles (a Phó or a chi bộ post is neither)."""

from __future__ import annotations

from typing import Any


def is_secretary(title: str) -> bool:
    """The Party committee secretary: "Bí thư", "Bí thư Đảng ủy" — not "Phó Bí thư", not a chi bộ."""
    return title.startswith("Bí thư") and "Chi bộ" not in title


def is_chairman(title: str) -> bool:
    """The People's Committee chairman: "Chủ tịch UBND" — not HĐND, not "Phó Chủ tịch"."""
    return title.startswith("Chủ tịch UBND")


def holders(officials: list[dict[str, Any]], unit_code: str, test: Any) -> list[dict[str, Any]]:
    """Officials of *unit_code* holding a title that passes *test*."""
    return [o for o in officials if o.get("unit_code") == unit_code and any(test(t) for t in o["titles"])]
