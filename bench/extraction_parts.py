"""The two steps of extraction every crafted shape pays per type word or date (issue 15): find_places on
the whole text and find_dates on each sentence (as figures read them), at 1 MB, then the whole
extraction; the median of RUNS runs each. `python -m bench.extraction_parts [shape …]` prints seconds,
one line per shape (a narrower, faster run than bench.extraction, for before/after comparisons)."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from bench.crafted import SHAPES, crafted

SIZE = 1024 * 1024
RUNS = 3
T = TypeVar("T")


def _median(step: Callable[[T], object], setup: Callable[[], T]) -> float:
    """The median wall-clock seconds of RUNS runs of *step* on what *setup* makes (not timed)."""
    out = []
    for _ in range(RUNS):
        made = setup()
        start = time.perf_counter()
        step(made)
        out.append(time.perf_counter() - start)
    return statistics.median(out)


def main(shapes: list[str]) -> None:
    """Measure each shape and print its line."""
    from lso_tui.build.register import national_gazetteer
    from lso_tui.extract import extract_text
    from lso_tui.extract.places import find_places
    from lso_tui.extract.quantities import find_dates
    from lso_tui.extract.spans import Article

    gazetteer = national_gazetteer()
    print(f"{'shape':22s} {'find_places':>12s} {'find_dates':>11s} {'extract':>8s}  (s, median of {RUNS}, 1 MB)")
    for shape in shapes or SHAPES:
        text = crafted(shape, SIZE)
        article = partial(Article, text, "crafted", gazetteer)  # (a fresh one per run: it keeps caches)
        places = _median(find_places, article)
        dates = _median(lambda art: [find_dates(art.folded, s.start, s.end) for s in art.sentences], article)
        whole = _median(lambda t: extract_text(t, "crafted", None, gazetteer), partial(str, text))
        print(f"{shape:22s} {places:12.3f} {dates:11.3f} {whole:8.3f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
