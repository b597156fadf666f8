"""Adapter over the national register of administrative units (the `vietnamadminunits` package).

Imported at build time only: the package loads its data (≈0.4–1.8 s) on import, so nothing on the
dashboard's start-up path may import this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from lso_tui.extract.gazetteer import Gazetteer, bare_name
from lso_tui.text import fold_key

# The package's legacy table is the last state before the 2025 reorganisation: its 10,035
# commune-level units are the count in force from 1 January 2025, after the 2023-2025 mergers.
# Counts an article gives for an earlier date may differ; both are kept (see figures.py).
STATE_FROM = "2025-01-01"

_COLUMNS = (
    "ward, wardShort, wardType, wardCode, wardLat, wardLon, district, districtShort, "
    "districtType, districtCode, province, provinceShort, provinceCode"
)


@dataclass(frozen=True)
class District:
    """A district-level unit of the pre-2025 register."""

    code: str
    name: str
    type: str
    province: str
    province_code: str

    @property
    def full_name(self) -> str:
        """ "Thành phố X" ("Quận 1", not "Quận Quận 1"; "Huyện Kỳ Anh", not "Huyện Kỳ Anh (Huyện)")."""
        name = self.name.removesuffix(f" ({self.type})")
        return name if name.startswith(self.type + " ") else f"{self.type} {name}"


@dataclass(frozen=True)
class Successor:
    """The unit a pre-2025 commune became in the 2025 reorganisation."""

    name: str
    type: str
    code: str | None
    province: str


@dataclass(frozen=True)
class Commune:
    """A commune-level unit (xã, phường, thị trấn) of the pre-2025 register."""

    code: str
    name: str
    type: str
    lat: float | None
    lon: float | None
    district: District


_ONE_BY_ONE = 8  # districts read one query each before the whole country is read at once


class Register:
    """Queries on the register; one instance per build."""

    def __init__(self) -> None:
        """Import the package lazily, here, so that importing this module stays cheap."""
        from vietnamadminunits import convert_address
        from vietnamadminunits.database import query

        self._query = query
        self._convert = convert_address
        # Successors already worked out (a store's units keep theirs): the address converter is the
        # slowest call of a build, about 0.7 ms a commune, and its answer never changes.
        self.known_successors: dict[str, Successor] = {}
        self._districts: dict[str, list[tuple[District, set[str]]]] | None = None
        self._answers: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        self._districts_asked: set[str] = set()
        self._by_district: dict[str, list[Commune]] | None = None

    def _rows(self, where: str, *args: str) -> list[dict[str, Any]]:
        """Rows of the legacy (63-province) table; values are escaped, the package takes raw SQL.
        Each query is run once per Register (an ingest asks for the same regions for every stored
        article; the register does not change during a build)."""
        key = (where, args)
        if key not in self._answers:
            escaped = tuple("'" + a.replace("'", "''") + "'" for a in args)
            self._answers[key] = list(self._query(f"SELECT {_COLUMNS} FROM admin_units_legacy WHERE " + where % escaped))
        return list(self._answers[key])

    def find_districts(self, full_name: str, province: str | None = None) -> list[District]:
        """Districts whose name matches *full_name* ("Thành phố Cao Bằng", "H. Cao Lộc", "Cao Lộc")."""
        want = fold_key(full_name)
        wanted_province = fold_key(province) if province is not None else None
        out = {
            d.code: d
            for d, provinces in self._district_index().get(want, [])
            if wanted_province is None or wanted_province in provinces
        }
        return sorted(out.values(), key=lambda d: d.code)

    def _district_index(self) -> dict[str, list[tuple[District, set[str]]]]:
        """Every district by its folded name and full name, with its province's folded names: read
        once per Register (a build resolves every article's district: one query, not one each)."""
        if self._districts is None:
            index: dict[str, list[tuple[District, set[str]]]] = {}
            for r in self._rows("1=1 GROUP BY districtCode"):
                d = _district(r)
                provinces = {fold_key(d.province), fold_key(r["provinceShort"])}
                for key in {fold_key(d.name), fold_key(d.full_name)}:
                    index.setdefault(key, []).append((d, provinces))
            self._districts = index
        return self._districts

    def find_provinces(self, name: str) -> list[tuple[str, str]]:
        """(code, name) of provinces matching *name* ("Hà Giang", "Tỉnh Hà Giang", "ha giang")."""
        want = fold_key(name)
        rows = self._rows("1=1 GROUP BY provinceCode ORDER BY provinceCode")
        return [
            (r["provinceCode"], r["province"])
            for r in rows
            if want in {fold_key(r["province"]), fold_key(r["provinceShort"])}
        ]

    def districts_of(self, province_code: str | None) -> list[District]:
        """Every district of a province (or of the country when None), in code order."""
        where = "1=1" if province_code is None else "provinceCode = %s"
        args = () if province_code is None else (province_code,)
        rows = self._rows(where + " GROUP BY districtCode ORDER BY districtCode", *args)
        return [_district(r) for r in rows]

    def communes(self, district_code: str) -> list[Commune]:
        """Every commune-level unit of a district, in register-code order. After a few districts,
        the country's units are read in one query and served from it (one district is a scan of the
        table, about as slow as the whole country: an ingest over a store of many regions asks for
        hundreds)."""
        if self._by_district is None and len(self._districts_asked) >= _ONE_BY_ONE:
            self._by_district = {}
            for c in self.communes_in(None):
                self._by_district.setdefault(c.district.code, []).append(c)
        if self._by_district is not None:
            return list(self._by_district.get(district_code, []))
        self._districts_asked.add(district_code)
        rows = self._rows("districtCode = %s ORDER BY wardCode", district_code)
        return [_commune(r) for r in rows if r["wardCode"]]

    def communes_in(self, province_code: str | None = None) -> list[Commune]:
        """Every commune-level unit of a province (or of the country), in one query."""
        where = "wardCode IS NOT NULL" + ("" if province_code is None else " AND provinceCode = %s")
        args = () if province_code is None else (province_code,)
        return [_commune(r) for r in self._rows(where + " ORDER BY wardCode", *args)]

    def regions(self) -> list[dict[str, Any]]:
        """Every province and district with its register count of commune-level units."""
        rows = self._query(
            "SELECT districtCode, district, districtShort, districtType, province, provinceShort, provinceCode, "
            "COUNT(wardCode) AS n FROM admin_units_legacy GROUP BY districtCode ORDER BY districtCode"
        )
        provinces: dict[str, dict[str, Any]] = {}
        out: list[dict[str, Any]] = []
        for r in rows:
            p = provinces.setdefault(
                r["provinceCode"],
                {
                    "code": r["provinceCode"],
                    "level": "province",
                    "name": r["province"],
                    "short": r["provinceShort"],
                    "parent": None,
                    "units": 0,
                    "as_of": STATE_FROM,
                },
            )
            p["units"] += r["n"]
            out.append(
                {
                    "code": r["districtCode"],
                    "level": "district",
                    "name": _district(r).full_name,
                    "short": r["districtShort"],
                    "parent": r["provinceCode"],
                    "units": r["n"],
                    "as_of": STATE_FROM,
                }
            )
        return sorted(provinces.values(), key=lambda p: p["code"]) + out

    def successor(self, c: Commune) -> Successor | None:
        """The 2025 unit this commune became (the package's default where it was split)."""
        if c.code in self.known_successors:
            return self.known_successors[c.code]
        address = f"{c.type} {c.name}, {c.district.full_name}, {c.district.province}"
        try:
            new = self._convert(address)
        except Exception:  # the package raises bare errors on units it cannot place
            return None
        if not new.ward:
            return None
        return Successor(new.short_ward, new.ward_type, new.ward_code, new.province)


@cache
def national_gazetteer() -> Gazetteer:
    """Every province's, district's and commune's name, read from the register once per process (every
    article of a build, or of an ingest's stored documents, is extracted with it)."""
    regions = Register().regions()
    names: dict[str, list[str]] = {"province": [], "district": [], "city": []}
    province_names = {r["code"]: bare_name(r["name"]) for r in regions if r["level"] == "province"}
    homes = [
        (bare_name(n), province_names[r["parent"]])
        for r in regions
        if r["level"] == "district" and r.get("parent") in province_names
        for n in (r["name"], r.get("short") or "")
        if bare_name(n) and not bare_name(n).isdigit()
    ]
    for r in regions:
        for name in (r["name"], r.get("short") or ""):
            # "Thành phố Hà Nội" → "Hà Nội"; "Kỳ Anh (Huyện)" → "Kỳ Anh"; "Quận 1" names nothing bare
            bare = bare_name(name)
            if bare and not bare.isdigit():
                names[r["level"]].append(bare)
                if r["level"] == "province" and r["name"].startswith("Thành phố"):
                    names["city"].append(bare)
    communes = {c.name for c in Register().communes_in(None)}
    return Gazetteer.of(names["province"], names["district"], names["city"], communes, homes)


def _district(r: dict[str, Any]) -> District:
    """A District from a register row."""
    return District(
        r["districtCode"], r["districtShort"], r["districtType"], r["province"], r["provinceCode"]
    )


def _commune(r: dict[str, Any]) -> Commune:
    """A Commune from a register row; the type word is lower-cased as prose writes it."""
    return Commune(
        r["wardCode"], r["wardShort"], (r["wardType"] or "").lower(), r["wardLat"], r["wardLon"], _district(r)
    )
