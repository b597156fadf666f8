"""`lso-tui extract` and `lso-tui build`, and the first-use build of the shipped store."""

from __future__ import annotations

import json
from pathlib import Path

from lso_tui.errors import refusal
from lso_tui.text import emit


def extract(path: Path, as_json: bool) -> int:
    """`lso-tui extract FILE [--json]`."""
    from lso_tui.build.tables import extract_file
    from lso_tui.extract.jsonout import to_json
    from lso_tui.report.summary import print_extraction

    ex = extract_file(path)
    if as_json:
        emit(json.dumps(to_json(ex), ensure_ascii=False, indent=2))
    else:
        print_extraction(ex)
    return 0


def build(db: Path | None, articles: list[Path], scope_text: str | None = None, lang: str | None = None) -> int:
    """`lso-tui build [--db PATH] [--scope SCOPE] [ARTICLE ...]`; work over a second shows a progress
    bar on a terminal (in *lang*, English by default), and nothing more when stderr is piped."""
    from lso_tui.build.coverage import parse_coverage
    from lso_tui.build.tables import build_tables
    from lso_tui.cli.progress import WorkBar
    from lso_tui.i18n import Catalogue
    from lso_tui.paths import default_db, shipped_articles
    from lso_tui.store.db import rebuild_inputs, write_built
    from lso_tui.store.first_view import refresh_view

    path = db or default_db()
    kept = rebuild_inputs(path)
    # The scope is sticky: a plain rebuild keeps what the store was built with.
    scope_text = scope_text or kept.meta.get("scope")
    scope = parse_coverage(scope_text) if scope_text else None
    sources = articles or shipped_articles()
    if not sources:
        raise refusal("err.no_article")
    # What users left out stays out, and what they corrected stays corrected.
    with WorkBar(Catalogue(lang or "en")) as bar:
        tables = build_tables(sources, scope, kept.rejections, kept.fixes, on_step=bar.step)
        for w in tables.warnings:  # on a terminal Rich prints them above the bar
            emit(f"lso-tui: warning: {w}", err=True)
        rows = tables.as_rows()
        meta = {"app": "lso-tui", "documents": [d["id"] for d in rows["documents"]]}
        if scope is not None:
            meta["scope"] = str(scope)
        bar.step("write", 0, 1)
        changed = write_built(path, rows, meta)
        refresh_view(path)  # the dashboard's first rows, before it reads the store
    counts = ", ".join(f"{len(v)} {k}" for k, v in rows.items())
    emit(f"{'built' if changed else 'unchanged'}: {path} ({counts})")
    return 0


def ensure_store(db: Path | None) -> tuple[Path, bool]:
    """The store path, built from the shipped article first if missing (True when just built)."""
    from lso_tui.paths import default_db

    path = db or default_db()
    if path.exists():
        return path, False
    emit(f"lso-tui: no store at {path}; building it from the shipped article…", err=True)
    build(path, [])
    return path, True
