"""The dashboard's undo: the user's last save still in force, undone and named in a toast."""

from __future__ import annotations

from typing import Any


def undo_last(app: Any) -> None:  # the LsoApp (not imported: the app imports this module)
    """Undo *app*'s user's last save (all its edits), and say what it changed, or why nothing was."""
    from lso_tui.session import StoreError
    from lso_tui.views.audit import records_label

    try:
        undone = app.session.undo()
    except StoreError as exc:
        app.notify(app.cat.error(exc), severity="error", markup=False)
        return
    if not undone:
        app.notify(app.ds.t("log.nothing_to_undo"), markup=False)
        return
    # Named from the dataset shown, which still holds what the undo took away (an added official).
    app.notify(app.ds.t("log.undid", what=records_label(app.ds, reversed(undone))), markup=False)
    app._refresh_now()
