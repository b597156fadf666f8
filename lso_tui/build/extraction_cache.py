"""What a stored article gave, kept between ingests: an ingest rebuilds from every stored article,
and extracting them all again made each ingest slower with each article the store held.

An entry is keyed by the article's text and metadata and by the extractor's version (a hash of its
source and of the register package), so a changed rule or register extracts again. The cache is the
user's own (``$XDG_CACHE_HOME/lso-tui``, made mode 700): a directory another user could write to, or
that is not a plain directory of this user's, is not used. An entry that does not read back as an
extraction (torn, edited, another version's) is ignored and extracted again; the cache is never
needed for a right answer, only for a fast one.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import msgspec

from lso_tui.atomic_file import write_atomically
from lso_tui.model.records import Extraction
from lso_tui.regular_file import read_regular

# An entry holds the article's text and its facts; anything larger was not written by us.
_LIMIT = 16 * 1024 * 1024
# (build/register.py makes the gazetteer the extractor reads: its names are part of what an entry says)
_SOURCES = ("extract", "model/records.py", "text.py", "build/register.py")


def cache_dir() -> Path:
    """Where entries live: $XDG_CACHE_HOME/lso-tui/extractions (else ~/.cache/…)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lso-tui" / "extractions"


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of everything an extraction depends on: the extractor's source and the register."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for name in _SOURCES:
        root = package / name
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    try:
        from importlib.metadata import version

        h.update(version("vietnamadminunits").encode())
    except Exception:
        h.update(b"register?")
    return h.hexdigest()


def entry_key(text: str, doc_id: str, meta: dict[str, str]) -> str:
    """The key of one article's extraction: its id, text and metadata, and the extractor's version."""
    h = hashlib.sha256(extractor_version().encode())
    h.update(b"\0" + doc_id.encode() + b"\0" + text.encode("utf-8", "surrogatepass") + b"\0")
    h.update(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


def cached(key: str, extract: Callable[[], Extraction], where: Path | None = None) -> Extraction:
    """The extraction kept under *key*, else *extract()*'s, kept for next time (when the cache
    directory is this user's own)."""
    folder = _own_dir(where or cache_dir())
    if folder is None:
        return extract()
    path = folder / f"{key}.json"
    with contextlib.suppress(OSError, msgspec.DecodeError, msgspec.ValidationError):
        return msgspec.json.decode(read_regular(path, _LIMIT), type=Extraction)
    ex = extract()
    _write(folder, key, ex)
    return ex


def keep(key: str, ex: Extraction, where: Path | None = None) -> None:
    """Keep *ex* under *key* for the next ingest (when the cache directory is this user's own)."""
    folder = _own_dir(where or cache_dir())
    if folder is not None:
        _write(folder, key, ex)


def _write(folder: Path, key: str, ex: Extraction) -> None:
    """The entry written in one piece (a failed write leaves none: the cache is never needed)."""
    with contextlib.suppress(OSError):
        write_atomically(folder / f"{key}.json", msgspec.json.encode(ex), mode=0o600)


def _own_dir(folder: Path) -> Path | None:
    """*folder*, made if missing (mode 700), when it is a real directory of this user that no one
    else can write to; else None (a planted or shared cache is not read)."""
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if not stat.S_ISDIR(info.st_mode) or not mine or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return None
    return folder
