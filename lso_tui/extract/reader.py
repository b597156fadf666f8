"""Read an article file safely: size, type and encoding checks, BOM handling, NFC."""

from __future__ import annotations

import codecs
from pathlib import Path

from lso_tui.errors import InputError
from lso_tui.regular_file import NotRegularFile, TooLarge, read_regular
from lso_tui.text import clean

MAX_BYTES = 256 * 1024
"""A press article is a few KB (a long congress report about 100 KB); anything over 256 KiB is not
one, and crafted text of that size still takes seconds to extract (make bench, foundation rows)."""


def read_article(path: str | Path) -> str:
    """Return the article's text, NFC with control characters removed, or raise InputError."""
    p = Path(path)
    try:
        # checked on the open file, not before opening it: a path swapped for a FIFO in between
        # would otherwise hang the ingest
        raw = read_regular(p, MAX_BYTES)
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory, not an article file") from None
    except NotRegularFile:
        raise InputError(f"{p}: not a regular file") from None
    except TooLarge as exc:
        raise InputError(f"{p}: {exc.size:,} bytes is too large for an article (limit {MAX_BYTES:,})") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    return decode_article(raw, str(p))


def decode_article(raw: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (a BOM is accepted), rejecting UTF-16, binary and legacy encodings."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(raw):
        raise InputError(f"{name}: text is UTF-16; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
    if b"\x00" in raw:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 text at byte {exc.start} (binary, or a legacy encoding such as"
            " Windows-1258?); convert it to UTF-8 (iconv -f CP1258 -t UTF-8)"
        ) from None
    text = clean(text)
    if not text.strip():
        raise InputError(f"{name}: empty file, nothing to extract")
    return text


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a BOM: many NUL bytes at every other position."""
    sample = raw[:4096]
    if len(sample) < 4:
        return False
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    return max(odd, even) > len(sample) // 4
