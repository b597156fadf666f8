"""The province and district names of the national register, for names a text gives bare ("Hà Nội
hiện có 25/584 …", "Thành ủy Hà Nội đặt mục tiêu …"): the build fills it from the register, so the
extractor holds no place name of its own."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lso_tui.text import fold_key


@dataclass(frozen=True)
class Gazetteer:
    """Folded names of every province, of the provinces that are cities (centrally run: "thành phố
    X" names the province, not a district), and of every district-level unit."""

    provinces: frozenset[str] = frozenset()
    districts: frozenset[str] = frozenset()
    cities: frozenset[str] = frozenset()

    @classmethod
    def of(cls, provinces: Iterable[str], districts: Iterable[str], cities: Iterable[str] = ()) -> Gazetteer:
        """A gazetteer of these names (any spelling: they are folded)."""

        def keys(names: Iterable[str]) -> frozenset[str]:
            """Folded, the empty name left out."""
            return frozenset(map(fold_key, names)) - {""}

        return cls(keys(provinces), keys(districts), keys(cities))

    def is_city_province(self, name: str) -> bool:
        """Whether *name* is a centrally run city ("Thành ủy Hà Nội" is a province's committee)."""
        return fold_key(name) in self.cities

    def level(self, name: str) -> str | None:
        """ "province" or "district" when *name* is one of them only; None when it is neither, or both
        (a province and its capital city share names: only the text can tell which is meant)."""
        key = fold_key(name)
        province, district = key in self.provinces, key in self.districts
        if province == district:
            return None
        return "province" if province else "district"

    def is_province(self, name: str) -> bool:
        """Whether *name* is a province's (it may be a district's too)."""
        return fold_key(name) in self.provinces

    def __bool__(self) -> bool:
        """An empty gazetteer (no register at hand) answers nothing."""
        return bool(self.provinces or self.districts)


NO_GAZETTEER = Gazetteer()
