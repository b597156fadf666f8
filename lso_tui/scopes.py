"""Build scopes: which part of the register a store covers ("country", "province:…", "district:…")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lso_tui.errors import InputError
from lso_tui.text import clean, fold_key, squash

if TYPE_CHECKING:
    from lso_tui.register import District, Register

LEVELS = ("country", "province", "district")
FORMS = '"country", "province:NAME" or "district:NAME[, PROVINCE]"'


@dataclass(frozen=True)
class Scope:
    """A level and, below the country, the name a user gave for the region."""

    level: str
    name: str | None = None

    def __str__(self) -> str:
        """The form a user types and the store keeps: "country" or "province:Hà Giang"."""
        return self.level if self.name is None else f"{self.level}:{self.name}"


def parse_scope(text: str) -> Scope:
    """Parse a scope as typed; one clear InputError line when it is not one of the forms."""
    value = squash(clean(text, keep_newlines=False))
    level, sep, name = value.partition(":")
    level = level.strip().lower()
    name = name.strip()
    if level == "country" and not name:
        return Scope("country")
    if level in ("province", "district") and sep and name:
        return Scope(level, name)
    raise InputError(f"scope {text!r} is not one of {FORMS}")


def scope_districts(reg: Register, scope: Scope) -> list[District]:
    """The register districts a scope covers; InputError when it names nothing or is ambiguous."""
    if scope.level == "country":
        return reg.districts_of(None)
    assert scope.name is not None
    if scope.level == "province":
        found = reg.find_provinces(scope.name)
        if len(found) != 1:
            raise InputError(f"no province of the register is called {scope.name!r}")
        return reg.districts_of(found[0][0])
    name, _, province = scope.name.partition(",")
    districts = reg.find_districts(name.strip(), province.strip() or None)
    if not districts:
        raise InputError(f"no district of the register is called {scope.name!r}")
    if len(districts) > 1:
        where = "; ".join(f"{d.full_name}, {d.province}" for d in districts)
        raise InputError(f"{scope.name!r} names {len(districts)} districts ({where}); add the province")
    return districts


def region_scope(regions: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """The target scope a user typed, looked up in the store's regions (no register needed).

    Accepts "country", "province:NAME", "district:NAME[, PROVINCE]", a bare region name, or a
    register code. Returns the fields a target keeps: scope_level, scope_code and scope (the name).
    """
    value = squash(clean(text, keep_newlines=False))
    if not value:
        raise InputError("scope: must not be empty")
    if value.lower() in ("country", "cả nước", "ca nuoc"):
        return {"scope_level": "country", "scope_code": None, "scope": None}
    level, sep, name = value.partition(":")
    level = level.strip().lower()
    if not sep or level not in ("province", "district"):
        level, name = "", value
    name, _, parent = name.partition(",")
    by_code = {r["code"]: r for r in regions}
    found = [by_code[name.strip()]] if name.strip() in by_code else []
    if not found:
        want = fold_key(name)
        found = [
            r
            for r in regions
            if (not level or r["level"] == level)
            and want in {fold_key(r["name"]), fold_key(r.get("short") or "")}
            and (not parent or fold_key(parent) in _parent_keys(by_code, r))
        ]
    if not found:
        raise InputError(f"scope: no province or district called {value!r} in this store")
    if len(found) > 1:
        where = "; ".join(f"{r['level']} {r['name']} ({r['code']})" for r in found[:5])
        raise InputError(f"scope: {value!r} names {len(found)} regions ({where}); give the code")
    r = found[0]
    return {"scope_level": r["level"], "scope_code": r["code"], "scope": r["name"]}


def _parent_keys(by_code: dict[str, dict[str, Any]], region: dict[str, Any]) -> set[str]:
    """Folded names of a region's province (for "district:NAME, PROVINCE")."""
    p = by_code.get(region.get("parent") or "")
    return {fold_key(p["name"]), fold_key(p.get("short") or "")} if p else set()
