"""Figures (samples, a same-run baseline, a goal) and the Markdown tables and machine note."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

RUNS = max(5, int(os.environ.get("BENCH_RUNS", "7")))


def p95(xs: list[float]) -> float:
    """The 95th percentile (inclusive method; the maximum for tiny samples)."""
    return statistics.quantiles(xs, n=20, method="inclusive")[-1] if len(xs) > 1 else xs[0]


@dataclass
class Figure:
    """One measured quantity with its baseline from the same run and a goal on its samples."""

    name: str
    samples: list[float]
    base: list[float]
    unit: str = "ms"
    goal: str = "—"
    check: Callable[[list[float]], bool] | None = None
    scale: float = 1000.0
    notes: list[str] = field(default_factory=list)

    def row(self) -> str:
        """The Markdown row: median, p95, spread, n, baseline median, ratio, goal, pass/fail."""
        if not self.samples:
            return f"| {self.name} | — | — | — | 0 | — | — | {self.goal} | no sample |"
        s, b = self.scale, statistics.median(self.base)
        med = statistics.median(self.samples)
        ratio = f"{med / b:.2f}×" if b else "—"
        verdict = "—" if self.check is None else ("pass" if self.check(self.samples) else "**FAIL**")
        return (
            f"| {self.name} | {_num(med * s)} {self.unit} | {_num(p95(self.samples) * s)} "
            f"| {_num(min(self.samples) * s)}–{_num(max(self.samples) * s)} | {len(self.samples)} "
            f"| {_num(b * s)} {self.unit} | {ratio} | {self.goal} | {verdict} |"
        )


def _num(x: float) -> str:
    """A number with a precision that suits its size."""
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.1f}" if abs(x) >= 10 else f"{x:.2f}"


def table(title: str, figures: list[Figure | str]) -> str:
    """A titled Markdown table; a str item becomes a full-width 'not available' style line."""
    out = [
        f"### {title}",
        "",
        "| figure | median | p95 | spread (min–max) | n | baseline median | ratio | goal | result |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        out.append(f"| {f} | | | | | | | | not available |" if isinstance(f, str) else f.row())
    return "\n".join(out) + "\n"


def median_below(limit: float) -> Callable[[list[float]], bool]:
    """A check: the median is at most *limit* (seconds, bytes, …)."""
    return lambda xs: statistics.median(xs) <= limit


def ratio_below(base: list[float], limit: float) -> Callable[[list[float]], bool]:
    """A check: the median is at most *limit* times the median of *base*."""
    return lambda xs: statistics.median(xs) <= limit * statistics.median(base)


def p95_below(limit: float) -> Callable[[list[float]], bool]:
    """A check: the 95th percentile is at most *limit*."""
    return lambda xs: p95(xs) <= limit


def _cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            return next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "?")
    except OSError:
        return platform.processor() or "?"


def _version(dist: str) -> str:
    """An installed distribution's version, or 'not installed'."""
    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def machine() -> str:
    """One paragraph on the machine, taken at the start (load average included)."""
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"**Machine:** {os.cpu_count()} cores, {_cpu_model()}, {platform.system()} {platform.machine()}; "
        f"Python {platform.python_version()}; Textual {_version('textual')}; VisiData {_version('visidata')}; "
        f"load average at start (1/5/15 min) {load}; {RUNS} runs per figure (BENCH_RUNS).\n"
    )
