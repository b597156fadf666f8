"""The rows of each pane of a dataset, built once per dataset (each row when first needed)."""

from __future__ import annotations

from lso_tui.views.dataset import Dataset
from lso_tui.views.lazy import LazyRows
from lso_tui.views.rows import build_rows


def pane_rows(ds: Dataset, kind: str) -> LazyRows:
    """The rows of the pane of *kind* ("unit", "official", "target", "event", "document")."""
    if kind not in ds.pane_rows:
        ds.pane_rows[kind] = build_rows(ds, kind)
    return ds.pane_rows[kind]
