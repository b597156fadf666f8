"""An article's places indexed once, by position and by name: lookups in log time, so that a crafted
text naming thousands of places keeps extraction linear."""

from __future__ import annotations

from bisect import bisect_left

from lso_tui.extract.places import Place
from lso_tui.extract.spans import Article, Covered


class PlaceIndex:
    """An article's places by position and by name, for lookups in log time (a crafted text can
    name thousands of places: a scan of every place per figure would make extraction quadratic)."""

    def __init__(self, places: list[Place]) -> None:
        """Index *places* (in any order)."""
        self.places = sorted(places, key=lambda p: p.start)
        self.starts = [p.start for p in self.places]
        self.covered = Covered((p.start, p.end) for p in self.places)
        self.by_name: dict[str, list[Place]] = {}
        self.regions: dict[str, Place] = {}  # each district or province name, first as typed
        self.by_end: dict[int, list[Place]] = {}
        self.cities = [p for p in self.places if p.type == "Thành phố" and p.name]  # "TP X", "Thành ủy X"
        self.city_starts = [p.start for p in self.cities]
        for p in self.places:
            self.by_end.setdefault(p.end, []).append(p)
            if p.name:
                self.by_name.setdefault(p.name, []).append(p)
                if p.level in ("district", "province"):
                    self.regions.setdefault(p.name, p)
        self.ends = sorted(self.by_end)  # each place's end, once

    def within(self, start: int, end: int) -> list[Place]:
        """The places that start in [start, end), in reading order."""
        return self.places[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def place_index(art: Article, places: list[Place]) -> PlaceIndex:
    """The index of *places*, built once per list and article."""
    cached = art.place_index
    if cached is not None and cached[0] is places:
        return cached[1]  # type: ignore[no-any-return]
    index = PlaceIndex(places)
    art.place_index = (places, index)
    return index
