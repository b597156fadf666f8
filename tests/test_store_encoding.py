"""The store file's bytes (issue 17: msgspec encodes them): what TinyDB's own JSON storage and json
read back is what was written, the bytes are json's sorted compact form, a float that is no JSON
number never makes a store that does not open, and loading a store runs no garbage collection."""

from __future__ import annotations

import gc
import json
import math
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from lso_tui.edits.change import Change
from lso_tui.edits.check import check
from lso_tui.store.db import Store, apply_changes
from lso_tui.store.file import dumps, load, publish
from tests.conftest import run_cli


def _json_bytes(data: Any) -> bytes:
    """What the store's writer wrote before msgspec: json's sorted compact UTF-8, and a newline."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode()


def test_a_saved_store_reads_back_the_same_with_tinydbs_json_storage(db: Path) -> None:
    """After an edit through the CLI, TinyDB's JSONStorage and json read the very records our loader
    reads, and the file is byte for byte json's sorted compact form of them."""
    code = str(next(iter(load(db)["units"].values()))["code"])  # type: ignore[index]
    assert run_cli("--db", str(db), "edit", "unit", code, "--consolidated", "yes").returncode == 0
    ours = load(db)
    theirs = TinyDB(db, storage=JSONStorage, access_mode="r")
    try:
        assert theirs.storage.read() == ours
        assert {t: theirs.table(t).all() for t in theirs.tables()} == {
            t: list(rows.values()) for t, rows in (ours or {}).items()
        }
    finally:
        theirs.close()
    assert db.read_bytes() == _json_bytes(ours)


TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from("\x00\x1b\x7f\x85\u200e\u202e\u2028\ufeff\"\\"),
    max_size=12,
)
FLOATS = st.floats(allow_nan=False, allow_infinity=False)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | FLOATS | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


def _has_float(value: Any) -> bool:
    """Whether a float is anywhere in *value*."""
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        value = list(value.values())
    return isinstance(value, list) and any(_has_float(v) for v in value)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(TEXT, VALUES, max_size=6))
def test_any_json_value_reads_back_the_same_and_as_json_wrote_it(data: dict[str, Any]) -> None:
    """Text with controls, bidi marks and quotes, any float, 64-bit integers, nesting: json reads back
    what was written; without floats the bytes are json's (a float may be written in the other
    notation, 0.00006103515625 for 6.103515625e-05: the same number)."""
    written = dumps(data)
    assert json.loads(written) == data
    if not _has_float(data):
        assert written == _json_bytes(data)


def test_keys_that_are_not_text_are_written_as_json_writes_them() -> None:
    """A key that is not text (none of ours is: TinyDB writes ids as text) is still written, as json
    writes it."""
    data = {"b": {2: 1, 10: 2}, "a": None}
    assert dumps(data) == _json_bytes(data) == b'{"a":null,"b":{"2":1,"10":2}}\n'


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_float_that_is_no_json_number_never_makes_a_store_that_does_not_open(
    tmp_path: Path, built_store: Path, value: float
) -> None:
    """A unit's latitude NaN or infinite is written as null (json wrote NaN, which no strict reader,
    ours included, takes: the store no longer opened after the save)."""
    data = load(built_store)
    assert data is not None
    next(iter(data["units"].values()))["lat"] = value
    path = tmp_path / "store.json"
    publish(path, dumps(data))
    reread = load(path)
    assert reread is not None and next(iter(reread["units"].values()))["lat"] is None


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations of every garbage collection run meanwhile, with the collector on."""
    seen: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    was = gc.isenabled()
    gc.enable()
    gc.callbacks.append(count)
    try:
        yield seen
    finally:
        gc.callbacks.remove(count)
        if not was:
            gc.disable()


def test_loading_and_editing_a_country_store_runs_no_garbage_collection(
    tmp_path: Path, country_store: Path, collections: list[int]
) -> None:
    """Parsing and checking a store makes ≈ 10^5 objects, none of them garbage: the collector, which
    walked them again and again as they were made (full passes over every live object among them),
    is paused meanwhile, then on again."""
    path = tmp_path / "country.json"
    shutil.copyfile(country_store, path)
    path.chmod(0o600)
    code = str(Store.open(path).rows("units")[0]["code"])  # expanding the units may collect
    apply_changes(path, [Change("unit", code, "consolidated", False)], check)  # imports may collect
    # At most one collection each (of whichever generation is due), as the collector resumes with
    # the parsed store still alive; thousands of young ones and several full ones before.
    collections.clear()
    load(path)
    assert len(collections) <= 1 and gc.isenabled()
    collections.clear()
    apply_changes(path, [Change("unit", code, "consolidated", True)], check)
    assert len(collections) <= 1 and gc.isenabled()
    gc.disable()
    load(path)
    assert not gc.isenabled()  # a caller's paused collector stays paused (the dashboard's load)
