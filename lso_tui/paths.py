"""Where things live: the store (--db, LSO_TUI_DB, XDG data dir), the shipped articles, and the
article files a list of paths names (a folder stands for its *.txt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lso_tui.errors import refusal

STORE_NAME = "store.json"


def default_db() -> Path:
    """The store path when --db is not given: $LSO_TUI_DB, else $XDG_DATA_HOME/lso-tui/store.json."""
    env = os.environ.get("LSO_TUI_DB")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "lso-tui" / STORE_NAME


def shipped_dir() -> Path:
    """The shipped articles: the checkout's data/articles, or <prefix>/share/lso-tui/articles."""
    here = Path(__file__).resolve()
    candidates = [here.parent.parent / "data" / "articles"]
    # Installed: <prefix>/lib/pythonX.Y/site-packages/lso_tui/paths.py -> <prefix>/share/...
    prefixes = [here.parents[4]] if len(here.parents) > 4 else []
    candidates += [p / "share" / "lso-tui" / "articles" for p in [*prefixes, Path(sys.prefix)]]
    return next((c for c in candidates if c.is_dir()), candidates[-1])


def shipped_articles() -> list[Path]:
    """The shipped article files, in name order."""
    return sorted(shipped_dir().glob("*.txt"))


PATH_MAX = 40


def short_path(path: object) -> str:
    """The store's path with ~ for home, cut from the left so the file name always shows."""
    text = str(path)
    home = os.path.expanduser("~")
    if home != "/" and text.startswith(home + os.sep):
        text = "~" + text[len(home) :]
    return text if len(text) <= PATH_MAX else "…" + text[-(PATH_MAX - 1) :]


def article_files(paths: list[Path]) -> list[Path]:
    """The files *paths* name: a folder stands for its *.txt files (sorted; an empty one is an error)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.glob("*.txt") if f.is_file())
            if not found:
                raise refusal("err.ingest.empty_folder", path=p)
            out += found
        else:
            out.append(p)
    if not out:
        raise refusal("err.ingest.no_path")
    return out
