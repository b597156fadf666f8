"""A store that parses but has the wrong shape (issue 15, item 11) is refused with one line, never a
traceback: hand-picked cases through the real CLI, and random mutations of a valid store (Hypothesis)
through the whole read path (open, read model, every report format, the summary)."""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lso_tui.errors import StoreError
from lso_tui.report.collect import build_report
from lso_tui.report.render import render
from lso_tui.report.summary import print_summary
from lso_tui.store.db import Store
from tests.conftest import run_cli


def _first(data: dict[str, Any], table: str) -> dict[str, Any]:
    """The first row of a table."""
    return next(iter(data[table].values()))  # type: ignore[no-any-return]


def _weird_edit(data: dict[str, Any]) -> dict[str, Any]:
    """An audit-log entry of an operation lso-tui never writes (it was read as a "set", unchecked)."""
    return {
        "who": "a", "when": "2026-01-01T00:00:00+00:00", "kind": "unit", "record": _first(data, "units")["code"],
        "field": "since", "op": "weird", "new": {"iso": "2020-05"}, "old": None,
    }  # fmt: skip


CASES: dict[str, Any] = {
    "share as text": lambda d: _first(d, "targets").__setitem__("share", "50%"),
    "share NaN": lambda d: _first(d, "targets").__setitem__("share", float("nan")),
    "deadline as a number": lambda d: _first(d, "targets").__setitem__("deadline", 20201231),
    "name as a number": lambda d: _first(d, "units").__setitem__("name", 12345),
    "meta as a list": lambda d: d.__setitem__("_meta", [1, 2]),
    "units as a list": lambda d: d.__setitem__("units", [1]),
    "year in other digits": lambda d: _first(d, "targets").__setitem__("deadline", "٢٠٢٠-١٢-٣١"),
    "a month 13, a day 45": lambda d: _first(d, "targets").__setitem__("deadline", "2020-13-45"),
    "an edit of an unknown operation": lambda d: d.__setitem__("edits", {"1": _weird_edit(d)}),
    "consolidated as text": lambda d: _first(d, "units").__setitem__("consolidated", "yes"),
    "a 5,000-digit count": "BIGINT",
    "nested 100,000 deep": "DEEP",
}


def _write(path: Path, data: dict[str, Any], how: Any) -> None:
    """The store with one mutation, written as a hand-edited file would be."""
    text = json.dumps(data, ensure_ascii=False)
    if how == "BIGINT":
        text = text.replace('"generation": 1', '"generation": ' + "9" * 5000, 1)
    elif how == "DEEP":
        text = text[:-1] + ', "junk": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("case", list(CASES))
def test_a_store_of_the_wrong_shape_is_one_line_and_exit_2(tmp_path: Path, built_store: Path, case: str) -> None:
    """summary, report and edit: exit 2, one line naming what is wrong, the file left as it was."""
    data = json.loads(built_store.read_text(encoding="utf-8"))
    how = CASES[case]
    if callable(how):
        how(data)
    db = tmp_path / "store.json"
    _write(db, data, how)
    before = db.read_bytes()
    for args in (["summary"], ["report", "--format", "json"], ["edit", "undo"]):
        out = run_cli("--db", str(db), *args)
        assert out.returncode == 2, (case, args, out.stderr)
        assert out.stderr.count("\n") == 1 and "internal error" not in out.stderr and "Traceback" not in out.stderr
    assert db.read_bytes() == before


# Values a hand edit (or an attacker) might put anywhere.
HOSTILE_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70), st.floats(allow_nan=True),
    st.text(max_size=20), st.sampled_from(["٢٠١٩-٠١", "²", "\x1b[2J", "\u202e", "9" * 30, "", "2019-13-45"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)  # fmt: skip


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path in *data* (objects and arrays), to pick one to mutate."""
    out = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _paths(v, (*prefix, i))
    return out


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A valid store with one edit, parsed."""
    db = tmp_path_factory.mktemp("shape") / "store.json"
    assert run_cli("build", "--db", str(db)).returncode == 0
    code = next(iter(json.loads(db.read_text(encoding="utf-8"))["units"].values()))["code"]
    assert run_cli("--db", str(db), "edit", "unit", code, "--consolidated", "no").returncode == 0
    data: dict[str, Any] = json.loads(db.read_text(encoding="utf-8"))
    return data


@settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_any_mutation_opens_or_is_refused(valid: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    """Property: one value anywhere in a valid store replaced by a hostile one; the store either opens
    and every report format and the summary render, or is refused with a StoreError — nothing else."""
    mutated = copy.deepcopy(valid)
    paths = [p for p in _paths(mutated) if p]
    path = data.draw(st.sampled_from(paths))
    holder = mutated
    for k in path[:-1]:
        holder = holder[k]
    holder[path[-1]] = data.draw(HOSTILE_VALUES)
    db = tmp_path_factory.mktemp("m") / "store.json"
    db.write_text(json.dumps(mutated, ensure_ascii=False), encoding="utf-8")
    try:
        store = Store.open(db)
    except StoreError as exc:
        assert "\n" not in str(exc)
        return
    rep = build_report(store, None, None)
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink):
        for fmt in ("json", "md", "csv", "table"):
            render(rep, fmt, None, sink)
        print_summary(store)
