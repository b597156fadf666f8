"""The province, district and commune names of the national register, for names a text gives bare ("Hà Nội
hiện có 25/584 …", "Thành ủy Hà Nội đặt mục tiêu …"): the build fills it from the register, so the
extractor holds no place name of its own."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from lso_tui.text import fold_key, normalise_tone


def bare_name(name: str) -> str:
    """A region's name without its type word or the register's note after it: "Thành phố Hà Nội" →
    "Hà Nội", "Kỳ Anh (Huyện)" → "Kỳ Anh", "TP. Vị Thanh" → "Vị Thanh"."""
    return _TYPE_PREFIX.sub("", _NOTE_AFTER.sub("", name)).strip()


_TYPE_PREFIX = re.compile(r"^(?:Thành phố|Tỉnh|Huyện|Quận|Thị xã|TP\.?)\s+")
_NOTE_AFTER = re.compile(r"\s*\([^)]*\)$")


def _keys(name: str) -> tuple[str, ...]:
    """The keys a register name is found by: its spelling with diacritics (either tone placement),
    and its folded form, which only a name written without diacritics is looked up by ("Ha Noi";
    folded, "Chủ" would be the town "Chũ")."""
    spelt = re.sub(r"[^\w]", "", normalise_tone(name).lower())
    return ("d:" + spelt, "a:" + fold_key(name)) if spelt else ()


@functools.lru_cache(maxsize=1 << 14)
def _key(name: str, folded: bool = False) -> str:
    """The key a name in a text is looked up by (*folded*: by its folded form)."""
    if folded or name.isascii():
        return "a:" + fold_key(name)
    return "d:" + re.sub(r"[^\w]", "", normalise_tone(name).lower())


@functools.lru_cache(maxsize=1 << 16)
def _found(name: str, keys: frozenset[str]) -> bool:
    """Whether *name* is one of *keys*: as spelt, else folded when it has two words or more (the
    register and the press spell some names apart, "Đăk Glong" and "Đắk Glong"; a single folded
    word would find the town "Chũ" in "Chủ tịch")."""
    return _key(name) in keys or (len(name.split()) > 1 and _key(name, folded=True) in keys)


@dataclass(frozen=True)
class Gazetteer:
    """The names of every province, of the provinces that are cities (centrally run: "thành phố X"
    names the province, not a district), and of every district-level unit, as lookup keys."""

    provinces: frozenset[str] = frozenset()
    districts: frozenset[str] = frozenset()
    cities: frozenset[str] = frozenset()
    communes: frozenset[str] = frozenset()
    # a district's keys → the provinces that have a district of that name
    homes: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(
        cls,
        provinces: Iterable[str],
        districts: Iterable[str],
        cities: Iterable[str] = (),
        communes: Iterable[str] = (),
        homes: Iterable[tuple[str, str]] = (),
    ) -> Gazetteer:
        """A gazetteer of these names (as the register spells them); *homes* pairs each district's
        name with its province's."""

        def keys(names: Iterable[str]) -> frozenset[str]:
            """Every lookup key of every name."""
            return frozenset(k for n in names for k in _keys(n))

        home_sets: dict[str, set[str]] = {}
        for district, province in homes:
            for k in _keys(district):
                home_sets.setdefault(k, set()).add(province)
        home_map = {k: frozenset(v) for k, v in home_sets.items()}
        return cls(keys(provinces), keys(districts), keys(cities), keys(communes), home_map)

    def provinces_of(self, district: str) -> frozenset[str]:
        """The provinces that have a district named *district* (as spelt, else folded when it has two
        words or more); empty when none is known."""
        found = self.homes.get(_key(district))
        if found is None and len(district.split()) > 1:
            found = self.homes.get(_key(district, folded=True))
        return found or frozenset()

    def is_unit(self, name: str) -> bool:
        """Whether *name* is a unit's at any level ("Hoàng Văn Thụ" is a commune's as well as a man's)."""
        return _found(name, self.communes) or _found(name, self.districts) or _found(name, self.provinces)

    def is_city_province(self, name: str) -> bool:
        """Whether *name* is a centrally run city ("Thành ủy Hà Nội" is a province's committee)."""
        return _found(name, self.cities)

    def level(self, name: str) -> str | None:
        """ "province" or "district" when *name* is one of them only; None when it is neither, or both
        (a province and its capital city share names: only the text can tell which is meant)."""
        # (as spelt first: "Thạnh Hóa" is a district of Long An, though it folds like the province Thanh Hóa)
        spelt_province, spelt_district = _key(name) in self.provinces, _key(name) in self.districts
        if spelt_province != spelt_district:
            return "province" if spelt_province else "district"
        province, district = _found(name, self.provinces), _found(name, self.districts)
        if province == district:
            return None
        return "province" if province else "district"

    def is_province(self, name: str) -> bool:
        """Whether *name* is a province's (it may be a district's too)."""
        return _found(name, self.provinces)

    def __bool__(self) -> bool:
        """An empty gazetteer (no register at hand) answers nothing."""
        return bool(self.provinces or self.districts)


NO_GAZETTEER = Gazetteer()
