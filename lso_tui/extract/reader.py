"""Read an article file safely: size, type and encoding checks, BOM handling, NFC, no markup."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lso_tui.errors import os_reason, refusal
from lso_tui.regular_file import NotRegularFile, TooLarge, read_regular
from lso_tui.text import clean

MAX_BYTES = 256 * 1024
"""A press article is a few KB (a long congress report about 100 KB); anything over 256 KiB is not
one, and crafted text of that size still takes seconds to extract (make bench, foundation rows)."""


def read_article_bytes(path: str | Path) -> bytes:
    """The bytes of an article file, read once and bounded, or an InputError saying why not."""
    p = Path(path)
    try:
        # checked on the open file, not before opening it: a path swapped for a FIFO in between
        # would otherwise hang the ingest
        raw = read_regular(p, MAX_BYTES)
    except FileNotFoundError:
        raise refusal("read.missing", name=p) from None
    except IsADirectoryError:
        raise refusal("read.directory", name=p) from None
    except NotRegularFile:
        raise refusal("read.not_file", name=p) from None
    except TooLarge as exc:
        raise refusal("read.too_large", name=p, kib=-(-exc.size // 1024), limit=MAX_BYTES // 1024) from None
    except OSError as exc:
        raise refusal("read.unreadable", name=p, why=os_reason(exc)) from None
    return raw


def decode_article(raw: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (a BOM is accepted), rejecting UTF-16, binary, legacy encodings and
    markup documents."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(raw):
        raise refusal("read.utf16", name=name)
    if b"\x00" in raw:
        raise refusal("read.binary", name=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refusal("read.not_utf8", name=name, at=exc.start) from None
    text = clean(text)
    if not text.strip():
        raise refusal("read.empty", name=name)
    if is_markup(text):
        raise refusal("read.markup", name=name)
    return text


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a BOM: NUL bytes at many places of one parity, (almost) none at the other, and
    text once decoded. A program or an image has NUL bytes at both: it is binary, not UTF-16."""
    sample = raw[: min(len(raw), 4096) // 2 * 2]
    half = len(sample) // 2
    if half < 2:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) <= half // 2 or min(even, odd) > half // 100:
        return False
    text = sample.decode("utf-16-le" if odd > even else "utf-16-be", errors="replace")
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text if ch != "\ufffd")
    return printable >= 0.95 * len(text)


# A tag that opens the text: an XML declaration, a doctype, a comment or an element ("<svg …>").
_OPENING_TAG = re.compile(r"\s*<(\?xml\b|!doctype\b|!--|[a-z][\w:.-]*(\s[^<>]*)?/?>)", re.IGNORECASE)


def is_markup(text: str) -> bool:
    """Whether *text* is a markup document (XML, SVG, HTML) rather than an article's text: it opens
    with a declaration or a doctype, or with a tag and closes one somewhere ("</", "/>"). A line in
    angle brackets at the top of plain text ("<Tin địa phương>") closes nothing and stays text."""
    m = _OPENING_TAG.match(text)
    if m is None:
        return False
    return m.group(1).lower().startswith(("?xml", "!doctype")) or "</" in text or "/>" in text
