"""The shape a store file must have before anything reads it: each table an object of rows, each
row's fields of the types the code relies on, numbers in range, strings of bounded length, dates in
ASCII digits. A file another member wrote by hand, or a crafted one, is refused with one line
instead of crashing a printer or the dashboard later.

msgspec checks it (a C library made for typed decoding: one pass over the parsed file, about a
third of the time the JSON parse itself takes on the country store). Fields are checked when
present; unknown fields and tables are allowed (a newer build may add some).
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from msgspec import Meta, Struct

Name = Annotated[str, Meta(max_length=20_000)]
Code = Annotated[str, Meta(max_length=64)]
Body = Annotated[str, Meta(max_length=5_000_000)]  # an article's text
Share = Annotated[float, Meta(ge=0, le=1)]  # NaN and infinities fail both bounds
Count = Annotated[int, Meta(ge=0, le=10_000_000)]
Offset = Annotated[int, Meta(ge=0, le=100_000_000)]
Year = Annotated[int, Meta(ge=1900, le=2200)]
# (a month 01–12 and a day 01–31: "2020-13-45" was shown, and a deadline read as long past)
IsoDate = Annotated[str, Meta(pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")]
Stamp = Annotated[str, Meta(max_length=64)]


class _Row(Struct, forbid_unknown_fields=False):
    """A row: unknown fields are kept by the store and ignored here."""


class Span(_Row):
    """Where a fact was read: a document and offsets, with the quote."""

    doc: Code = ""
    start: Offset = 0
    end: Offset = 0
    quote: Body = ""


Provenance = dict[Name, Span | Name | None]


class Since(_Row):
    """A fuzzy date."""

    iso: IsoDate
    precision: Name | None = None
    part: Name | None = None


class Meta1(_Row):
    """The meta record."""

    schema: Count
    generation: Count = 0
    app: Name | None = None
    scope: Name | None = None
    documents: list[Code] = []


class Unit(_Row):
    """A commune-level unit as stored (compact: defaults may be missing)."""

    code: Code
    name: Name
    type: Name = ""
    district_code: Code | None = None
    province_code: Code | None = None
    district: Name | None = None
    province: Name | None = None
    lat: float | None = None
    lon: float | None = None
    successor: dict[Name, Name | None] | None = None
    consolidated: bool | None = None
    since: Since | None = None
    figures: list[dict[Name, Any]] = []
    notes: list[dict[Name, Any]] = []
    documents: list[Code] = []
    provenance: Provenance = {}
    edited: dict[Name, Any] = {}


class Official(_Row):
    """A named official."""

    id: Name
    name: Name
    titles: list[Name] = []
    unit_code: Code | None = None
    unit: Name | None = None
    unit_type: Name | None = None
    scope: Name | None = None
    concurrent: bool = False
    qualifications: list[dict[Name, Any]] = []
    statements: list[dict[Name, Any]] = []
    documents: list[Code] = []
    provenance: Provenance = {}


class Target(_Row):
    """A target."""

    id: Name
    share: Share
    year: Year
    deadline: IsoDate | None = None
    level: Name | None = None
    scope: Name | None = None
    scope_code: Code | None = None
    scope_level: Name | None = None
    stated_by: Name | None = None
    stated_by_name: Name | None = None
    basis: Name | None = None
    document: Code | None = None
    source: Span | None = None


class Observation(_Row):
    """A figure an article gives."""

    id: Name
    done: Count | None = None
    total: Count | None = None
    share: Share | None = None
    scope: Name | None = None
    scope_code: Code | None = None
    scope_level: Name | None = None
    as_of: IsoDate | None = None
    document: Code | None = None
    source: Span | None = None


class Document(_Row):
    """An article."""

    id: Code
    text: Body = ""
    title: Name | None = None
    date: IsoDate | None = None
    outlet: Name | None = None
    outlet_code: Name | None = None
    author: Name | None = None
    filename: Name | None = None
    scope: Name | None = None
    sha256: Code | None = None
    provenance: Provenance = {}


class Region(_Row):
    """A province or district with its register count."""

    code: Code
    level: Name
    name: Name
    units: Count = 0
    short: Name | None = None
    parent: Code | None = None
    as_of: IsoDate | None = None


class Basis(_Row):
    """A document an article cites."""

    number: Name
    kind: Name | None = None
    date: IsoDate | None = None
    issuer: Name | None = None
    title: Name | None = None
    source: Span | None = None


class Edit(_Row):
    """One entry of the audit log."""

    who: Name
    when: Stamp
    kind: Name
    record: Name
    field: Name
    op: Name = "set"
    undone: bool = False
    tool: Name | None = None
    undoes: Count | None = None
    batch: Count | None = None  # the first id of the edits saved together (undone together)


class Rejection(_Row):
    """What a user decided for one article in the review."""

    doc: Code
    keys: list[Name] = []
    fixes: dict[Name, Any] = {}  # checked field by field when applied (build/corrections.py)


class StoreShape(Struct, forbid_unknown_fields=False):
    """The whole file: each known table with its rows by id."""

    meta: dict[Code, Meta1] = msgspec.field(name="_meta")
    units: dict[Code, Unit] = {}
    officials: dict[Code, Official] = {}
    targets: dict[Code, Target] = {}
    observations: dict[Code, Observation] = {}
    documents: dict[Code, Document] = {}
    regions: dict[Code, Region] = {}
    bases: dict[Code, Basis] = {}
    edits: dict[Code, Edit] = {}
    rejections: dict[Code, Rejection] = {}


# What an edit may set, checked as the record it changes would be: the kind's row type, with its
# required fields filled, and the edited field (or, for an "add", every field given).
_EDITED: dict[str, tuple[type[Struct], dict[str, Any]]] = {
    "unit": (Unit, {"code": "0", "name": "x"}),
    "official": (Official, {"id": "x", "name": "x"}),
    "target": (Target, {"id": "x", "share": 0.5, "year": 2020}),
}


SLICE = 250
"""Units checked this many at a time: each slice's checked copies are freed before the next is made,
so the check reuses the same memory instead of asking the system for a country's worth of it
(≈ 40 % of the check, in a new process)."""


def _units_fit(data: Any) -> bool:
    """Whether the units table, checked slice by slice, is of the right shape (False when not, or
    when it is no table of rows: the whole check then says why)."""
    units = data.get("units") if isinstance(data, dict) else None
    if not isinstance(units, dict):
        return False
    rows = list(units.items())
    try:
        for i in range(0, len(rows), SLICE):
            msgspec.convert(dict(rows[i : i + SLICE]), dict[Code, Unit], strict=True)
    except (msgspec.ValidationError, RecursionError):
        return False
    return True


def shape_problem(data: Any) -> str | None:
    """Why the parsed file *data* is not a store of the right shape, in one line; None when it is."""
    try:
        if _units_fit(data):  # the rest alone; the units again only to name what is wrong in them
            data = {k: v for k, v in data.items() if k != "units"}
        shaped = msgspec.convert(data, StoreShape, strict=True)
        for key, edit in shaped.edits.items():
            problem = _edit_problem(edit, data["edits"][key])
            if problem:
                return f"edit {key}: {problem}"
    except msgspec.ValidationError as exc:
        return str(exc).replace("`$.", "`")
    except RecursionError:
        return "nested too deeply"
    return None


def _edit_problem(edit: Edit, raw: dict[str, Any]) -> str | None:
    """Why an edit's new value could not be the field's (None when it could, or the kind is unknown)."""
    if edit.op not in ("set", "add", "undo"):
        return f"unknown operation {edit.op!r}"  # (read as a "set", unchecked)
    if edit.kind not in _EDITED:
        return f"unknown kind {edit.kind!r}" if edit.op != "undo" else None
    row_type, required = _EDITED[edit.kind]
    new = raw.get("new")
    if edit.op == "add":
        if not isinstance(new, dict):
            return "an added record must be an object"
        record = {**required, **new}
    elif edit.op == "set":
        record = {**required, edit.field: new}
    else:
        return None
    try:
        msgspec.convert(record, row_type, strict=True)
    except msgspec.ValidationError as exc:
        return str(exc).replace("`$.", "`")
    return None
