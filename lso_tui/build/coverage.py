"""Build coverage: which part of the register a store holds ("country", "province:…", "district:…").

"Coverage" is kept apart from "scope", which names the region a target, a figure or a report speaks of.
The store keeps a coverage in its meta under "scope" and `build --scope` takes one (names users know)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lso_tui.errors import refusal
from lso_tui.text import clean, squash

if TYPE_CHECKING:
    from lso_tui.build.register import District, Register

LEVELS = ("country", "province", "district")
FORMS = '"country", "province:NAME" or "district:NAME[, PROVINCE]"'


@dataclass(frozen=True)
class Coverage:
    """A level and, below the country, the name a user gave for the region."""

    level: str
    name: str | None = None

    def __str__(self) -> str:
        """The form a user types and the store keeps: "country" or "province:Hà Giang"."""
        return self.level if self.name is None else f"{self.level}:{self.name}"


def parse_coverage(text: str) -> Coverage:
    """Parse a scope as typed; one clear InputError line when it is not one of the forms."""
    value = squash(clean(text, keep_newlines=False))
    level, sep, name = value.partition(":")
    level = level.strip().lower()
    name = name.strip()
    if level == "country" and not name:
        return Coverage("country")
    if level in ("province", "district") and sep and name:
        return Coverage(level, name)
    raise refusal("err.coverage.form", value=text, forms=FORMS)


def coverage_districts(reg: Register, scope: Coverage) -> list[District]:
    """The register districts a scope covers; InputError when it names nothing or is ambiguous."""
    if scope.level == "country":
        return reg.districts_of(None)
    assert scope.name is not None
    if scope.level == "province":
        found = reg.find_provinces(scope.name)
        if len(found) != 1:
            raise refusal("err.coverage.province", value=scope.name)
        return reg.districts_of(found[0][0])
    name, _, province = scope.name.partition(",")
    districts = reg.find_districts(name.strip(), province.strip() or None)
    if not districts:
        raise refusal("err.coverage.district", value=scope.name)
    if len(districts) > 1:
        where = "; ".join(f"{d.full_name}, {d.province}" for d in districts)
        raise refusal("err.coverage.many", value=scope.name, n=len(districts), where=where)
    return districts
