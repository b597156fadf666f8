"""Scale on paper: opening time, memory and one edit against the number of units (1k, 10k, 100k)
and of documents (1, 100, 1,000), on synthetic stores. `python -m bench.scale` (≈ 3 minutes).

Units: the country store cut to its first 1,000 units, as built (10,035), and copied ten times under
new codes and names (100,350). Documents: the shipped store (8 units) with its article and the facts
read from it (officials, figures, bases) copied under new ids, each copy's text made distinct.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.apps import bare, build, first_unit, lso
from bench.pty_run import PtyRun
from bench.startup import first_frame

RUNS = max(5, int(os.environ.get("BENCH_RUNS", "5")))
SETTLE = 1.5  # s after the units are on screen before memory is read: the rows off screen are built
MIB = 1024 * 1024


def _write(path: Path, data: dict[str, Any]) -> Path:
    """Write *data* as lso-tui writes a store (deterministic JSON)."""
    from lso_tui.store.file import dumps

    path.write_bytes(dumps(data))
    path.chmod(0o600)
    return path


def _renumbered(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Rows as a TinyDB table: ids "1", "2", … in order."""
    return {str(i): r for i, r in enumerate(rows, 1)}


def with_units(country: Path, n: int, out: Path) -> Path:
    """The country store with *n* units: its first *n*, or copies of all under new codes and names."""
    data = json.loads(country.read_text(encoding="utf-8"))
    units = [data["units"][k] for k in sorted(data["units"], key=int)]
    rows: list[dict[str, Any]] = []
    copy = 0
    while len(rows) < n:
        for u in units:
            if len(rows) == n:
                break
            if copy:
                u = {**u, "code": f"{copy}{u['code']}", "name": f"{u['name']} {copy}"}
            rows.append(u)
        copy += 1
    data["units"] = _renumbered(rows)
    return _write(out, data)


def with_documents(shipped: Path, n: int, out: Path) -> Path:
    """The shipped store with its article (and what was read from it) *n* times under new ids."""
    data = json.loads(shipped.read_text(encoding="utf-8"))
    doc = data["documents"]["1"]
    facts = {t: list(data[t].values()) for t in ("officials", "observations", "bases")}
    tables: dict[str, list[dict[str, Any]]] = {"documents": [], "officials": [], "observations": [], "bases": []}
    for i in range(n):
        new_id = doc["id"] if i == 0 else f"{doc['id'][:9]}{i:04d}"
        text = json.dumps([doc, facts], ensure_ascii=False).replace(doc["id"], new_id)
        d, f = json.loads(text)
        if i:
            d["text"] += f"\n({i})"
            for o in f["officials"]:
                o["id"] = f"{o['id']}-{i}"
            for o in f["observations"]:
                o["id"] = f"{o['id']}-{i}"
        tables["documents"].append(d)
        for t in ("officials", "observations", "bases"):
            tables[t] += f[t]
    for t, rows in tables.items():
        data[t] = _renumbered(rows)
    data["_meta"]["1"]["documents"] = [d["id"] for d in tables["documents"]]
    return _write(out, data)


def open_once(store: Path, marker: str) -> tuple[float, int]:
    """(seconds to the first unit on screen at 80×24, peak RSS in bytes once every row is built)."""
    app = lso(store, store.stem, ready=True)
    run = PtyRun(app.argv, 80, 24)
    try:
        t = run.wait_for(marker.encode(), timeout=120)
        time.sleep(SETTLE)
        return t, run.hwm_kb() * 1024
    finally:
        run.quit(app.quit)


def edit_times(store: Path, n: int = 3) -> list[float]:
    """Seconds per edit saved to a copy of *store* (what `lso-tui edit unit` runs), *n* times."""
    from lso_tui.edits.change import Change
    from lso_tui.edits.check import check
    from lso_tui.store.db import apply_changes

    copy = store.with_name("edit-" + store.name)
    shutil.copyfile(store, copy)
    code = first_code(copy)
    out = []
    for i in range(n):
        t = time.perf_counter()
        apply_changes(copy, [Change("unit", code, "consolidated", i % 2 == 0)], check)
        out.append(time.perf_counter() - t)
    copy.unlink()
    return out


def first_code(store: Path) -> str:
    """The code of the store's first unit."""
    data = json.loads(store.read_text(encoding="utf-8"))
    return str(data["units"][min(data["units"], key=int)]["code"])


def measure(stores: list[tuple[str, Path]]) -> list[str]:
    """Table rows for *stores*: size, open (median and spread of RUNS runs, interleaved), memory, edit."""
    markers = {label: first_unit(path) for label, path in stores}
    opens: dict[str, list[float]] = {label: [] for label, _ in stores}
    rss: dict[str, list[int]] = {label: [] for label, _ in stores}
    for label, path in stores:  # warm-up: page cache, .pyc
        open_once(path, markers[label])
    for _ in range(RUNS):
        for label, path in stores:
            t, m = open_once(path, markers[label])
            opens[label].append(t)
            rss[label].append(m)
    rows = []
    for label, path in stores:
        xs, edits = opens[label], edit_times(path)
        rows.append(
            f"| {label} | {path.stat().st_size / MIB:.1f} MiB | {statistics.median(xs) * 1000:.0f} ms "
            f"({min(xs) * 1000:.0f}–{max(xs) * 1000:.0f}) | {statistics.median(rss[label]) / MIB:.0f} MiB "
            f"| {statistics.median(edits) * 1000:.0f} ms |"
        )
    return rows


HEAD = "| store | file | units on screen (80×24), median (min–max) | peak RSS | one edit saved |\n|---|---|---|---|---|"


def main() -> None:
    """Build the stores, measure, print the two tables."""
    tmp = Path(tempfile.mkdtemp(prefix="lso-scale-"))
    os.environ.update({"XDG_CONFIG_HOME": str(tmp / "config"), "XDG_DATA_HOME": str(tmp / "data")})
    os.environ.pop("LSO_TUI_DB", None)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: see bench/__main__.py
    try:
        shipped, country = tmp / "shipped.json", tmp / "country.json"
        build(shipped)
        build(country, "--scope", "country")
        units = [(f"{n:,} units", with_units(country, n, tmp / f"units-{n}.json")) for n in (1_000, 10_035, 100_350)]
        docs = [(f"{n:,} document{'s' if n > 1 else ''}", with_documents(shipped, n, tmp / f"docs-{n}.json")) for n in (1, 100, 1_000)]
        load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"load average at start (1/5/15 min) {load}; {RUNS} runs per figure")
        ref = bare()
        first_frame(ref)
        base = [first_frame(ref) for _ in range(RUNS)]
        print(f"reference: {ref.label}, its Label on screen: median {statistics.median(base) * 1000:.0f} ms\n")
        print("#### Units (country store: 759 regions, 1 article)\n\n" + HEAD)
        print("\n".join(measure(units)))
        print("\n#### Documents (shipped store: 8 units; each document a copy of the shipped article and its facts)\n\n" + HEAD)
        print("\n".join(measure(docs)))
        print(f"\nload average at the end (1/5/15 min) {' / '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
