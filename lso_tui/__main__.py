"""Entry point for ``python -m lso_tui``."""

from lso_tui.cli.main import main

raise SystemExit(main())
