"""Export what a list shows (its filter and order kept) to CSV or JSON, and OSC 52 for the clipboard.

No Textual here. A file is written to a temp file and linked into place, so an existing file is
never overwritten unless asked and a failed write leaves nothing half-written.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from datetime import datetime
from pathlib import Path

from lso_tui.atomic_file import NoTempFile, NotSynced, write_atomically
from lso_tui.errors import os_reason, refusal
from lso_tui.text import clean, csv_cell

FORMATS = ("csv", "json")


def default_name(kind: str, fmt: str = "csv", now: datetime | None = None) -> str:
    """ "lso-tui-unit-20261128-0705.csv" in the current directory."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    return f"lso-tui-{kind}-{stamp}.{fmt}"


def payload(fmt: str, ids: list[str], titles: list[str], rows: list[list[str]]) -> bytes:
    """The file's bytes: CSV under the columns' titles, or JSON objects keyed by the columns' ids."""
    if fmt == "json":
        objs = [dict(zip(ids, r, strict=True)) for r in rows]
        return (clean(json.dumps(objs, ensure_ascii=False, indent=1)) + "\n").encode("utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([csv_cell(t) for t in titles])
    w.writerows([csv_cell(c) for c in r] for r in rows)  # "=HYPERLINK(…)" in a name is text, not a formula
    return buf.getvalue().encode("utf-8")


def write_export(
    path_text: str, ids: list[str], titles: list[str], rows: list[list[str]], overwrite: bool = False
) -> Path:
    """Write the rows to *path_text* (format from its extension); InputError says why it cannot be.

    Raises FileExistsError (not an InputError) when the file exists and *overwrite* is False, so the
    caller can ask first.
    """
    name = clean(path_text, keep_newlines=False).strip()
    if not name:
        raise refusal("err.export.no_name")
    path = Path(name).expanduser()
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise refusal("err.export.suffix", name=path.name)
    if path.is_dir():
        raise refusal("err.export.directory", path=path)
    if path.exists() and not overwrite:
        raise FileExistsError(path)
    try:
        write_atomically(path, payload(fmt, ids, titles, rows), overwrite=overwrite)
    except FileExistsError:
        raise
    except NotSynced:
        pass  # the file is in place; only its directory entry may still be in the cache
    except NoTempFile as exc:
        directory = path.parent if str(path.parent) else Path(".")
        raise refusal("err.export.no_temp", path=directory.resolve(), why=os_reason(exc)) from None
    except OSError as exc:
        raise refusal("err.export.failed", path=path, why=os_reason(exc)) from None
    return path


def osc52(text: str, in_tmux: bool) -> str:
    """The escape sequence that asks the terminal to put *text* on the clipboard.

    Inside tmux it is sent twice: as is (tmux keeps it as a buffer with `set-clipboard on` and
    passes it on), and wrapped in tmux's passthrough, for the outer terminal when tmux allows it.
    """
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    seq = f"\x1b]52;c;{data}\x07"
    if in_tmux:
        seq += "\x1bPtmux;" + seq.replace("\x1b", "\x1b\x1b") + "\x1b\\"
    return seq
