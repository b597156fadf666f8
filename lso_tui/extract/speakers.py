"""Officials looked up by where they are quoted and by their names in a sentence, indexed once per
list of officials (a crafted text of thousands of quoted people made a scan of every official per
sentence quadratic)."""

from __future__ import annotations

from bisect import bisect_right

from lso_tui.model.records import OfficialMention

_MANY = 64
"""From this many officials on, names are looked for by an index of their first characters."""
_KEY = 12
"""How many first characters of a name the index keys it by."""


class Speakers:
    """One list of officials, complete (their statements attached), indexed."""

    def __init__(self, officials: list[OfficialMention]) -> None:
        """Index the statements' spans and the names of *officials*."""
        self.officials = officials
        spans = sorted((st.source.start, st.source.end, k) for k, o in enumerate(officials) for st in o.statements)
        self.starts = [s for s, _, _ in spans]
        self.spans = spans
        self.longest = max((e - s for s, e, _ in spans), default=0)
        self.names = [o.name for o in officials]
        self.by_key: dict[str, list[tuple[str, int]]] = {}
        self.short: list[tuple[str, int]] = []
        for k, o in enumerate(officials):
            if len(o.name) >= _KEY:
                self.by_key.setdefault(o.name[:_KEY], []).append((o.name, k))
            else:
                self.short.append((o.name, k))

    def at(self, pos: int) -> OfficialMention | None:
        """The first official (in list order) one of whose statements covers *pos*."""
        best = None
        i = bisect_right(self.starts, pos) - 1
        # (a statement that starts further back than the longest one is long cannot reach *pos*)
        while i >= 0 and self.starts[i] > pos - self.longest - 1:
            s, e, k = self.spans[i]
            if s <= pos < e and (best is None or k < best):
                best = k
            i -= 1
        return None if best is None else self.officials[best]

    def named_in(self, text: str) -> list[OfficialMention]:
        """The officials whose name occurs in *text*, in list order."""
        if len(self.officials) < _MANY:
            return [o for o in self.officials if o.name in text]
        found = {k for name, k in self.short if name in text}
        for i in range(len(text) - _KEY + 1):
            for name, k in self.by_key.get(text[i : i + _KEY], ()):
                if text.startswith(name, i):
                    found.add(k)
        return [self.officials[k] for k in sorted(found)]


_LAST: list[Speakers] = []
"""The index of the last list asked about (an article's officials are asked about many times)."""


def speakers(officials: list[OfficialMention]) -> Speakers:
    """The index of *officials*, built once per list (again if officials were added; their statements
    are all attached by build_officials, before anyone asks)."""
    last = _LAST[0] if _LAST else None
    if last is not None and last.officials is officials and len(last.names) == len(officials):
        return last
    index = Speakers(officials)
    _LAST[:] = [index]
    return index
