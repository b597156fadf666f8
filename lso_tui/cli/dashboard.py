"""`lso-tui`: open the dashboard on a store session (building the store on first use)."""

from __future__ import annotations

import argparse
import os
import sys

from lso_tui.cli.build import ensure_store
from lso_tui.cli.read import summary
from lso_tui.errors import InputError, refusal


def dashboard(args: argparse.Namespace) -> int:
    """`lso-tui`: open the dashboard (building the store on first use).

    Only what the first frame needs is imported here; the store is opened and shaped in a thread
    once that frame is on screen (see LsoApp), so a country store does not delay it.
    """
    import gc

    # Until the first rows are on screen (LsoApp turns it back on): the cyclic collector would
    # otherwise walk every object made so far, again and again, while the store's records are made
    # (≈ 90 ms on a country store); nothing made before then is garbage.
    gc.disable()
    from textual.theme import BUILTIN_THEMES

    from lso_tui.config import load_config
    from lso_tui.i18n import Catalogue
    from lso_tui.session import StoreSession
    from lso_tui.ui.app import LsoApp

    cfg = load_config()
    theme = args.theme or cfg.theme
    if theme not in BUILTIN_THEMES:
        raise refusal("err.theme", theme=theme, themes=", ".join(sorted(BUILTIN_THEMES)))
    # `lso-tui serve` runs the dashboard with Textual's web driver, over pipes: that is no terminal
    # to ignore (Textual's own variable says so).
    web = os.environ.get("TEXTUAL_DRIVER", "").endswith(":WebDriver")
    if not web and not (sys.stdin.isatty() and sys.stdout.isatty()):
        # Piped, cron, or `ssh host lso-tui` without -t: no terminal to draw on, so print the summary.
        return summary(ensure_store(args.db)[0], Catalogue(args.lang or "en"))  # `lso-tui` itself still builds on first use
    path, built = ensure_store(args.db)
    cat = Catalogue(args.lang or cfg.lang)
    session = StoreSession(path, cat, read_only=args.read_only, clear_temps=True)
    app = LsoApp(
        session,
        theme=theme,
        keymap=cfg.keys,
        notice=cat("app.built") if built else None,
        watch_store=True,
    )
    app.mouse_on = cfg.mouse and not args.no_mouse
    app.run(mouse=app.mouse_on)
    if app.load_error:
        raise InputError(app.load_error.removeprefix("lso-tui: "))
    return app.return_code or 0
