"""Adapter over the national register of administrative units (the `vietnamadminunits` package).

Imported at build time only: the package loads its data (≈0.4–1.8 s) on import, so nothing on the
dashboard's start-up path may import this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lso_tui.text import fold_key

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
        """ "Thành phố X", as the register writes it."""
        return f"{self.type} {self.name}"


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


class Register:
    """Queries on the register; one instance per build."""

    def __init__(self) -> None:
        """Import the package lazily, here, so that importing this module stays cheap."""
        from vietnamadminunits import convert_address
        from vietnamadminunits.database import query

        self._query = query
        self._convert = convert_address

    def _rows(self, where: str, *args: str) -> list[dict[str, Any]]:
        """Rows of the legacy (63-province) table; values are escaped, the package takes raw SQL."""
        escaped = tuple("'" + a.replace("'", "''") + "'" for a in args)
        rows = self._query(f"SELECT {_COLUMNS} FROM admin_units_legacy WHERE " + where % escaped)
        return list(rows)

    def find_districts(self, full_name: str, province: str | None = None) -> list[District]:
        """Districts whose name matches *full_name* ("Thành phố Cao Bằng", "H. Cao Lộc", "Cao Lộc")."""
        want = fold_key(full_name)
        out: dict[str, District] = {}
        for r in self._rows("1=1 GROUP BY districtCode"):
            d = _district(r)
            keys = {fold_key(d.name), fold_key(d.full_name)}
            if want in keys and (
                province is None or fold_key(province) in {fold_key(d.province), fold_key(r["provinceShort"])}
            ):
                out[d.code] = d
        return sorted(out.values(), key=lambda d: d.code)

    def communes(self, district_code: str) -> list[Commune]:
        """Every commune-level unit of a district, in register-code order."""
        rows = self._rows("districtCode = %s ORDER BY wardCode", district_code)
        return [_commune(r) for r in rows if r["wardCode"]]

    def successor(self, c: Commune) -> Successor | None:
        """The 2025 unit this commune became (the package's default where it was split)."""
        address = f"{c.type} {c.name}, {c.district.full_name}, {c.district.province}"
        try:
            new = self._convert(address)
        except Exception:  # the package raises bare errors on units it cannot place
            return None
        if not new.ward:
            return None
        return Successor(new.short_ward, new.ward_type, new.ward_code, new.province)


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
