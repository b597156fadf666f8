"""LazyRows: a pane's rows, each built the first time it is needed (drawn, searched or sorted).

A country store has ~10,000 units; building every row before the first frame would cost more
than starting Textual. The list draws only the rows on screen, so it asks only for those; the
rest are built in small batches after the first frame, or all at once by a search or a sort.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from lso_tui.views.model import Row


class LazyRows(Sequence[Row]):
    """A sequence of rows built on first access; ids are known up front without building."""

    def __init__(self, items: Sequence[Any], make: Callable[[Any], Row], ids: list[str]) -> None:
        """*make* turns one item into its Row; *ids* are the rows' ids in the same order."""
        self._items = items
        self._make = make
        self.ids = ids
        self._rows: list[Row | None] = [None] * len(items)
        self._next = 0  # every row before this index is built

    @classmethod
    def of(cls, rows: Sequence[Row]) -> LazyRows:
        """Rows already built (small lists: the log, tests)."""
        if isinstance(rows, LazyRows):
            return rows
        lazy = cls(list(rows), lambda r: r, [r.id for r in rows])
        lazy._rows = list(rows)
        lazy._next = len(rows)
        return lazy

    def __len__(self) -> int:
        """How many rows there are (built or not)."""
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> Row: ...
    @overload
    def __getitem__(self, i: slice) -> list[Row]: ...
    def __getitem__(self, i: int | slice) -> Row | list[Row]:
        """Row *i*, built now if it was not yet."""
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        row = self._rows[i]
        if row is None:
            row = self._rows[i] = self._make(self._items[i])
        return row

    def __iter__(self) -> Iterator[Row]:
        """Every row, in order (building what is missing)."""
        return (self[i] for i in range(len(self)))

    @property
    def complete(self) -> bool:
        """Whether every row has been built."""
        return self._next >= len(self._rows)

    def build(self, count: int) -> bool:
        """Build up to *count* more rows; True when every row is built."""
        end = min(len(self._rows), self._next + count)
        for i in range(self._next, end):
            self[i]
        self._next = end
        return self.complete

    def built(self, limit: int) -> list[Row]:
        """Up to *limit* rows from the top that exist already or are cheap to make now."""
        return self[: min(limit, len(self))]


def matching(rows: LazyRows, pool: list[int], terms: list[str]) -> list[int]:
    """The positions in *pool* whose row's folded search text holds every folded term."""
    return [i for i in pool if all(t in rows[i].search for t in terms)]


def sorted_positions(rows: LazyRows, column: int | None, reverse: bool) -> list[int]:
    """Row positions ordered by the sort key of *column* (None: the rows' own order)."""
    if column is None:
        return list(range(len(rows)))
    return sorted(range(len(rows)), key=lambda i: rows[i].keys[column], reverse=reverse)
