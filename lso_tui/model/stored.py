"""The records as the store keeps them: one TypedDict per kind, and the one constructor of each.

Every place that makes a record (the build, the merge of an article, a user's "add") calls the
constructor here, so a record's shape is written once. The extractor's own dataclasses (records.py)
are what one article says; these are what the store holds after the merge.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, TypedDict, cast

Span = dict[str, Any]  # {"doc", "start", "end", "quote"}: where in an article a fact was read
REGISTER = "register"  # the provenance of a fact taken from the national register


class UnitRecord(TypedDict):
    """A commune-level unit: its register facts, and what the articles (and users) say of it."""

    code: str
    name: str
    type: str
    lat: float | None
    lon: float | None
    district: str
    district_code: str
    province: str
    province_code: str
    successor: dict[str, Any] | None
    consolidated: bool | None
    since: dict[str, Any] | None
    figures: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    documents: list[str]
    provenance: dict[str, Any]  # field → the span it was read from, or REGISTER
    edited: NotRequired[dict[str, Any]]


class OfficialRecord(TypedDict):
    """A named official: titles, unit, whether they hold both posts, and what they said."""

    id: str
    name: str
    titles: list[str]
    unit_code: str | None
    unit: str | None
    unit_type: str | None
    scope: str | None
    concurrent: bool
    qualifications: list[dict[str, Any]]
    statements: list[dict[str, Any]]
    documents: list[str]
    provenance: dict[str, Span | None]
    edited: NotRequired[dict[str, Any]]
    added_by: NotRequired[dict[str, Any]]


class TargetRecord(TypedDict):
    """A target: a share of a region's units to consolidate by a deadline."""

    id: str
    share: float
    year: int
    deadline: str
    level: str
    scope: str | None
    scope_code: str | None
    scope_level: str | None
    stated_by: str | None
    stated_by_name: str | None
    basis: str | None
    document: str | None
    source: Span | None
    edited: NotRequired[dict[str, Any]]
    added_by: NotRequired[dict[str, Any]]


class ObservationRecord(TypedDict):
    """A dated count an article gives of a region's consolidated units."""

    id: str
    done: int | None
    total: int | None
    share: float | None
    scope: str | None
    scope_code: str | None
    scope_level: str | None
    as_of: str | None
    document: str
    source: Span | None


# What a unit holds before any article speaks of it: stored units leave these out (compact_unit).
UNIT_DEFAULTS: dict[str, Any] = {
    "consolidated": None,
    "since": None,
    "figures": [],
    "notes": [],
    "documents": [],
}
REGISTER_FIELDS = ("code", "name", "type", "district", "successor")


def new_unit(
    code: str,
    name: str,
    type: str,
    district: str,
    district_code: str,
    province: str,
    province_code: str,
    successor: dict[str, Any] | None,
    lat: float | None = None,
    lon: float | None = None,
) -> UnitRecord:
    """A unit with its register facts and no article facts yet."""
    return UnitRecord(
        code=code,
        name=name,
        type=type,
        lat=lat,
        lon=lon,
        district=district,
        district_code=district_code,
        province=province,
        province_code=province_code,
        successor=successor,
        consolidated=None,
        since=None,
        figures=[],
        notes=[],
        documents=[],
        provenance={k: REGISTER for k in REGISTER_FIELDS},
    )


def new_official(oid: str, **fields: Any) -> OfficialRecord:
    """An official with every field at its empty value, then *fields*."""
    base = OfficialRecord(
        id=oid,
        name="",
        titles=[],
        unit_code=None,
        unit=None,
        unit_type=None,
        scope=None,
        concurrent=False,
        qualifications=[],
        statements=[],
        documents=[],
        provenance={},
    )
    return cast(OfficialRecord, {**base, **fields})


def new_target(tid: str, **fields: Any) -> TargetRecord:
    """A target with every field at its empty value, then *fields*."""
    base = TargetRecord(
        id=tid,
        share=0.0,
        year=0,
        deadline="",
        level="xã",
        scope=None,
        scope_code=None,
        scope_level=None,
        stated_by=None,
        stated_by_name=None,
        basis=None,
        document=None,
        source=None,
    )
    return cast(TargetRecord, {**base, **fields})


def compact_unit(unit: Mapping[str, Any]) -> dict[str, Any]:
    """*unit* without the fields that hold their defaults or can be restored from the regions."""
    out = {k: v for k, v in unit.items() if k not in UNIT_DEFAULTS or v != UNIT_DEFAULTS[k]}
    out.pop("district", None)
    out.pop("province", None)
    prov = {
        k: v for k, v in out.get("provenance", {}).items() if not (k in REGISTER_FIELDS and v == REGISTER)
    }
    if prov:
        out["provenance"] = prov
    else:
        out.pop("provenance", None)
    return out


def expand_unit(unit: dict[str, Any], region_names: dict[str, str]) -> dict[str, Any]:
    """A stored unit in full: defaults, register provenance, and its district and province names.

    Written out field by field (UNIT_DEFAULTS and REGISTER_FIELDS, in their order): a country
    store expands 10,035 units as it opens, ≈ 2× faster than a loop over the defaults."""
    if "consolidated" not in unit:
        unit["consolidated"] = None
    if "since" not in unit:
        unit["since"] = None
    if "figures" not in unit:
        unit["figures"] = []
    if "notes" not in unit:
        unit["notes"] = []
    if "documents" not in unit:
        unit["documents"] = []
    prov = unit.get("provenance")
    if prov is None:
        unit["provenance"] = {"code": REGISTER, "name": REGISTER, "type": REGISTER, "district": REGISTER, "successor": REGISTER}
    else:
        for k in REGISTER_FIELDS:
            prov.setdefault(k, REGISTER)
    if "district" not in unit:
        unit["district"] = region_names.get(unit.get("district_code") or "", "")
    if "province" not in unit:
        unit["province"] = region_names.get(unit.get("province_code") or "", "")
    return unit
