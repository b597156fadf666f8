"""`python -m bench.ingest_growth`: how one ingest's time grows with the articles a store holds.

An ingest rebuilds from every stored article; what each gave is kept between ingests
(build/extraction_cache.py), so one more article should cost about the same whatever the store holds.
Four stores, each given the same new article (median of N runs, the cache warm as in daily use):
the store built from the shipped article, the same with 100 labelled texts ingested, a country-scope
store (every commune of the register), and the same with the 100 texts. The fair comparison is the
country pair: both hold the same units, so their ratio isolates the cost of the stored articles (the
small store grows to thousands of units with 100 articles from 60 provinces, and writing it grows too).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def _cli(*args: str, env: dict[str, str]) -> float:
    """Run lso-tui in a real process; its wall time in seconds."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "lso_tui", *args], env=env, capture_output=True, cwd=ROOT)
    if done.returncode not in (0, 3):
        raise SystemExit(f"lso-tui {' '.join(args)}: exit {done.returncode}: {done.stderr.decode()[-300:]}")
    return time.perf_counter() - start


def main() -> None:
    """Build the four stores, then time the same one-article ingest into copies of each."""
    texts = [p for p in sorted(ROOT.glob("tests/corpus_genre*/*.txt")) if "blind" not in p.parent.name]
    work = Path(tempfile.mkdtemp(prefix="lso-ingest-growth-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache"), "PYTHONUTF8": "1"}
    hundred = work / "hundred"
    hundred.mkdir()
    for i, p in enumerate(texts[:100]):
        shutil.copy(p, hundred / f"{i:03d}.txt")
    new = work / "new"
    new.mkdir()
    shutil.copy(texts[100], new / "new.txt")
    stores = {"shipped": work / "shipped.json", "country": work / "country.json"}
    _cli("--db", str(stores["shipped"]), "build", env=env)
    _cli("--db", str(stores["country"]), "build", "--scope", "country", env=env)
    for name in list(stores):
        full = work / f"{name}+100.json"
        shutil.copy(stores[name], full)
        _cli("--db", str(full), "ingest", "--yes", str(hundred), env=env)
        stores[f"{name}+100"] = full
    times: dict[str, list[float]] = {name: [] for name in stores}
    for _ in range(RUNS):  # interleaved, so that a busy moment falls on all of them alike
        for name, path in stores.items():
            copy = work / "run.json"
            shutil.copy(path, copy)
            times[name].append(_cli("--db", str(copy), "ingest", "--yes", str(new / "new.txt"), env=env))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"One-article ingest, median of {RUNS} runs (min–max), extraction cache warm:\n")
    print("| store | articles held | seconds | ratio |")
    print("|---|---|---|---|")
    for base in ("shipped", "country"):
        for name in (base, f"{base}+100"):
            held = "1" if name == base else "101"
            ratio = med[name] / med[base]
            spread = f"{min(times[name]):.2f}–{max(times[name]):.2f}"
            print(f"| {base} | {held} | {med[name]:.2f} ({spread}) | {ratio:.2f}× |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
