"""`python -m tests.work_meter SHAPE BYTES`: the work one extraction of a crafted text does, counted,
not timed (a count does not depend on the machine's load): the lines of Python run (each turn of
a loop or a comprehension counts), the characters regular expressions read, which a line count
misses (one search of a whole sentence per name is one line), and the characters copied by slices
of the text (a slice to the end of the text per name is one line too). Printed as JSON on stdout.

A regular expression's reading is counted up to where it stopped: a search up to its match's end,
or to the end of the range given when nothing matched; a match or full match by its length (one
character when it failed); a finditer up to its last match, or its whole range once exhausted.
Every pattern is counted, the package's own and those compiled inside the `re` module alike:
`re.compile` and `re._compile` are wrapped before the package is imported.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import Any

_READ = [0]
_SLICED = [0]


class _Text(str):
    """The article's text, adding the length of each slice taken of it to _SLICED (the extractor keeps
    the text it is given; its folded copy is a plain string, not counted)."""

    def __getitem__(self, key: Any) -> str:
        """str.__getitem__, counted when *key* is a slice."""
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            _SLICED[0] += len(got)
        return got


def _range(string: str, pos: int, endpos: int | None) -> int:
    """Where a call's range ends."""
    return len(string) if endpos is None else min(endpos, len(string))


class _Metered:
    """A compiled pattern that adds what each call reads to _READ (same results as the pattern)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        """Wrap *pattern*."""
        self._p = pattern

    def __getattr__(self, name: str) -> Any:
        """Anything else (pattern, flags, groups, groupindex…) from the pattern itself."""
        return getattr(self._p, name)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Pattern.search, read up to the match's end or the range's."""
        m = self._p.search(string, pos) if endpos is None else self._p.search(string, pos, endpos)
        _READ[0] += (m.end() if m else _range(string, pos, endpos)) - pos
        return m

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Pattern.match, read over its length."""
        m = self._p.match(string, pos) if endpos is None else self._p.match(string, pos, endpos)
        _READ[0] += m.end() - pos if m else 1
        return m

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Pattern.fullmatch, read over its length."""
        m = self._p.fullmatch(string, pos) if endpos is None else self._p.fullmatch(string, pos, endpos)
        _READ[0] += m.end() - pos if m else 1
        return m

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Pattern.finditer, read up to the last match taken, or the whole range once exhausted."""
        it = self._p.finditer(string, pos) if endpos is None else self._p.finditer(string, pos, endpos)
        last = pos
        try:
            for m in it:
                last = m.end()
                yield m
            last = _range(string, pos, endpos)
        finally:
            _READ[0] += last - pos

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        """Pattern.findall, read over its whole range."""
        _READ[0] += _range(string, pos, endpos) - pos
        return self._p.findall(string, pos) if endpos is None else self._p.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        """Pattern.sub, read over the whole string."""
        _READ[0] += len(string)
        return self._p.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        """Pattern.subn, read over the whole string."""
        _READ[0] += len(string)
        return self._p.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """Pattern.split, read over the whole string."""
        _READ[0] += len(string)
        return self._p.split(string, maxsplit)


def _install() -> None:
    """Make every pattern compiled from now on a metered one."""
    original = re._compile  # type: ignore[attr-defined]

    def metered(pattern: Any, flags: Any) -> Any:
        """re._compile, wrapped (a metered pattern given back as it is)."""
        if isinstance(pattern, _Metered):
            return pattern
        return _Metered(original(pattern, flags))

    re._compile = metered  # type: ignore[attr-defined]


def measure(shape: str, size: int) -> dict[str, int]:
    """Extract the crafted text once (warm, the register loaded before) and count its work."""
    from bench.crafted import crafted
    from lso_tui.build.register import national_gazetteer
    from lso_tui.extract import extract_text

    gazetteer = national_gazetteer()
    text = _Text(crafted(shape, size))
    lines = [0]

    def count(frame: Any, event: str, arg: Any) -> Any:
        """One more line run (each turn of a loop or a comprehension is one; not the meter's own)."""
        if event == "call" and frame.f_code.co_filename == __file__:
            return None
        if event == "line":
            lines[0] += 1
        return count

    _READ[0] = _SLICED[0] = 0
    sys.settrace(count)
    try:
        extract_text(text, "crafted", None, gazetteer)
    finally:
        sys.settrace(None)
    return {"lines": lines[0], "regex_chars": _READ[0], "sliced_chars": _SLICED[0]}


if __name__ == "__main__":
    _install()
    print(json.dumps(measure(sys.argv[1], int(sys.argv[2]))))
