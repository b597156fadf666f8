"""Build the store's tables from articles and the national register (build time only)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

from lso_tui.build.coverage import Coverage, coverage_districts
from lso_tui.build.draft import Tables
from lso_tui.build.extraction_cache import cached, entry_key, keep
from lso_tui.build.register import Commune, District, Register, Successor, national_gazetteer
from lso_tui.errors import refusal
from lso_tui.extract import extract_text
from lso_tui.extract.reader import decode_article, read_article_bytes
from lso_tui.model.records import Extraction
from lso_tui.model.stored import UnitRecord, new_unit
from lso_tui.text import clean, fold_key


def read_meta(article: Path) -> dict[str, str]:
    """The sidecar metadata of an article (``NAME.meta.json``), cleaned; {} when absent."""
    side = article.with_name(article.stem + ".meta.json")
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise refusal("err.metadata.parse", name=side, why=exc) from None
    if not isinstance(data, dict):
        raise refusal("err.metadata.object", name=side)
    return {str(k): clean(str(v), keep_newlines=False) for k, v in data.items() if v is not None}


def extract_file(path: Path) -> Extraction:
    """Read, check and extract one article file (its id is a hash of its NFC text)."""
    raw = read_article_bytes(path)  # read once: the hash is of the bytes extracted, not of a second read
    text = decode_article(raw, str(path))
    doc_id = "d" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    ex = extract_text(text, doc_id, read_meta(path), national_gazetteer())
    # Kept as the next ingest will ask for it, once the article is stored (extract_stored): else the
    # ingest after this one extracts it again.
    d = ex.document
    keep(entry_key(text, doc_id, _sidecar({k: getattr(d, k) for k in _FIELDS}, d.sources)), ex)
    ex.document.filename = clean(path.name, keep_newlines=False)  # (a name of any bytes: not UTF-8, a line end)
    ex.document.sha256 = hashlib.sha256(raw).hexdigest()
    return ex


_FIELDS = ("title", "date", "outlet", "outlet_code", "author")


def _sidecar(values: dict[str, Any], spans: dict[str, Any]) -> dict[str, str]:
    """The metadata a stored document had from its sidecar: what the text itself gave (it has a span
    in the provenance) is found again by the extractor; the rest is passed as such."""
    return {k: str(values[k]) for k in _FIELDS if values.get(k) and not spans.get(k)}


def extract_stored(doc: dict[str, Any]) -> Extraction:
    """A document kept in a store, extracted again from its text and metadata (same id, same facts)."""
    meta = _sidecar(doc, doc.get("provenance") or {})
    text, doc_id = doc["text"], doc["id"]
    # (kept between ingests: an ingest rebuilds from every stored article)
    ex = cached(entry_key(text, doc_id, meta), lambda: extract_text(text, doc_id, meta, national_gazetteer()))
    ex.document.filename = doc.get("filename")
    ex.document.sha256 = doc.get("sha256")
    return ex


def resolve_scope(reg: Register, ex: Extraction) -> District | None:
    """The register district an article is about: its main scope, disambiguated by unit names."""
    if not ex.scope:
        return None
    candidates = reg.find_districts(ex.scope)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    names = {fold_key(u.name) for u in ex.units}

    def overlap(d: District) -> int:
        """How many of the article's unit names this district holds."""
        return len(names & {fold_key(c.name) for c in reg.communes(d.code)})

    best = max(candidates, key=overlap)
    return best if overlap(best) > 0 else None


def unit_record(reg: Register, c: Commune) -> UnitRecord:
    """A commune as a unit record with its register facts and no article facts yet."""
    succ = reg.successor(c)
    d = c.district
    return new_unit(
        code=c.code,
        name=c.name,
        type=c.type,
        lat=c.lat,
        lon=c.lon,
        district=d.full_name,
        district_code=d.code,
        province=d.province,
        province_code=d.province_code,
        successor=None
        if succ is None
        else {"name": succ.name, "type": succ.type.lower(), "code": succ.code, "province": succ.province},
    )


def add_register_units(reg: Register, t: Tables, district: District) -> dict[str, Commune]:
    """Every commune of *district* as a unit record with register facts; returns them by name key."""
    by_name: dict[str, Commune] = {}
    for c in reg.communes(district.code):
        by_name[fold_key(c.name)] = c
        if c.code not in t.units:
            t.units[c.code] = unit_record(reg, c)
    return by_name


Step = Callable[[str, int, int], None]
"""Told how far long work is: (phase, done, total); the phases are "read", "register" and "merge"."""
STEP_EVERY = 250
"""Register units between two reports of progress (a country has ≈ 10,000; each costs ≈ 0.5 ms)."""


def no_step(phase: str, done: int, total: int) -> None:
    """No one is watching the progress."""


def add_scope_units(reg: Register, t: Tables, scope: Coverage, on_step: Step = no_step) -> None:
    """Every commune of a build scope (a district, a province or the country) as a unit record."""
    districts = coverage_districts(reg, scope)
    codes = {d.code for d in districts}
    # One query per province (or one for the country) rather than one per district.
    provinces = [None] if scope.level == "country" else sorted({d.province_code for d in districts})
    found = [c for province in provinces for c in reg.communes_in(province) if c.district.code in codes]
    on_step("register", 0, len(found))
    for i, c in enumerate(found, 1):
        if c.code not in t.units:
            t.units[c.code] = unit_record(reg, c)
        if i % STEP_EVERY == 0 or i == len(found):
            on_step("register", i, len(found))


def add_region_units(reg: Register, t: Tables, region: dict[str, Any]) -> None:
    """Every commune of one region row (a district or a province) as a unit record."""
    found = reg.communes(region["code"]) if region["level"] == "district" else reg.communes_in(region["code"])
    for c in found:
        if c.code not in t.units:
            t.units[c.code] = unit_record(reg, c)


Rejected = Mapping[str, Collection[str]]
"""Per article id, the review keys of the facts a user left out (the store's rejections)."""
Fixes = Mapping[str, Mapping[str, Mapping[str, Any]]]
"""Per article id, per review key, the fields a user corrected (build/corrections.py)."""


def known_successors(stored: Mapping[str, Any]) -> dict[str, Successor]:
    """The successors a store's units keep, by commune code (a malformed one is worked out again)."""
    out: dict[str, Successor] = {}
    for code, s in stored.items():
        if isinstance(s, Mapping) and all(isinstance(s.get(k), str) for k in ("name", "type", "province")):
            out[code] = Successor(s["name"], s["type"], s.get("code") if isinstance(s.get("code"), str) else None, s["province"])
    return out


def build_tables(
    paths: list[Path],
    scope: Coverage | None = None,
    rejected: Rejected | None = None,
    fixes: Fixes | None = None,
    on_step: Step = no_step,
) -> Tables:
    """Extract every article, match it to the register, and merge all into one set of tables.

    With a *scope*, every commune of that district, province or the country is added from the
    register too, whether or not an article speaks of it. The facts *rejected* are left out, and
    the users' *fixes* applied. *on_step* is told how far the work is (see Step).
    """
    extractions = []
    for i, p in enumerate(paths, 1):
        extractions.append(extract_file(p))
        on_step("read", i, len(paths))
    return build_from(extractions, scope, rejected, fixes, on_step=on_step)


def build_from(
    extractions: list[Extraction],
    scope: Coverage | None = None,
    rejected: Rejected | None = None,
    fixes: Fixes | None = None,
    successors: Mapping[str, Any] | None = None,
    on_step: Step = no_step,
) -> Tables:
    """The tables from extractions already made (files just read, or documents a store holds),
    less the facts *rejected* for their article, with the users' *fixes* applied; *on_step* is told
    how far the work is."""
    from lso_tui.build.corrections import corrected
    from lso_tui.build.merge import merge_extraction  # merge imports this module
    from lso_tui.build.placing import place_statements

    seen: set[str] = set()
    reg = Register()
    reg.known_successors = known_successors(successors or {})
    t = Tables()
    t.regions = reg.regions()
    if scope is not None:
        add_scope_units(reg, t, scope, on_step)
    for i, ex in enumerate(extractions, 1):
        on_step("merge", i - 1, len(extractions))
        if ex.document.id in seen:
            t.warnings.append(f"{ex.document.filename}: same text as an earlier article, skipped")
            continue
        seen.add(ex.document.id)
        left_out = (rejected or {}).get(ex.document.id, ())
        ex = corrected(ex, (fixes or {}).get(ex.document.id, {}), left_out)
        district = resolve_scope(reg, ex)
        communes = add_register_units(reg, t, district) if district else {}
        if district is None:
            t.warnings.append(
                f"{ex.document.filename}: no district of the register matches '{ex.scope}'; units not matched"
            )
        placed = place_statements(t.regions, ex, district)
        for region in placed.values():  # a district or province new to the store brings its units
            if not (district and region["code"] == district.code):
                add_region_units(reg, t, region)
        merge_extraction(t, ex, district, communes, placed, left_out)
    on_step("merge", len(extractions), len(extractions))
    return t
