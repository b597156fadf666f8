"""`make bench`: timings as ratios to baselines measured in the same run (median and spread of N runs)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from bench import extraction, foundation, keys, startup, writes
from bench.apps import build, has_country_scope, isolate
from bench.stats import Figure, machine, table

EXPLAIN = """\
**What each figure measures**

- Every terminal figure runs the program in a real pseudo-terminal (80×24 unless noted; 120×40 for
  bytes) with TERM=xterm-256color, COLORTERM=truecolor, TEXTUAL_ANIMATIONS=none, LANG=C.UTF-8 and an
  empty XDG config; PYTHONDONTWRITEBYTECODE is removed from the environment, so that lso-tui runs
  from cached bytecode as the other programs (installed by pip, compiled on install) do. The harness answers Textual's synchronized-output query (`CSI ?2026$p`) as a
  modern terminal does, so Textual wraps each frame in `CSI ?2026h … CSI ?2026l`.
- Headline, units on screen: spawn → the chunk of output that completes the name of the first unit
  of the list (drawn in one style, so it arrives in one piece): the records themselves, not a frame
  saying the store is opening. Bare app: its Label; VisiData: the code of the first CSV row (its
  first frame with data; curses may skip unchanged cells but not a new row). At least 7 runs
  (medians), one warm-up run each, then the programs are interleaved run by run.
- Live refresh: the dashboard on a copy of the country store, idle for 1 s; this process saves one
  edit to that file (apply_changes, as `lso-tui edit unit` does); the time from the new file's
  modification time (just before its rename) to the end of the first synchronized frame that
  differs from the screen before. The dashboard polls
  the file every 0.25 s, so about 0.125 s of it is waiting for the poll.
- 1, 2. First frame: the same, with the catalogue title as the marker (the first frame, whatever
  it shows).
- 3. Key → screen updated: the output is replayed through a terminal emulator (pyte). The latency is
  the end of the first synchronized frame after which the screen already equals its final state
  (later identical repaints are not counted). A frame that changes one row 0.45 s or more after a
  filter keystroke is the Input's cursor blink and ends the measurement. Samples are pooled over runs.
  Baseline: the same key in the bare app, whose Label changes on every key.
- 4. Peak RSS: VmHWM from /proc/PID/status after the keys of figure 3, before ctrl+q (ru_maxrss
  from os.wait4 would include the bench process's own pages, copied by fork before exec).
- 5. Build: wall time of `lso-tui build --scope country` into a new file, against a bare Python
  start. Edit (the goal): `lso_tui.store.db.apply_changes` (what `lso-tui edit unit` runs), one
  `consolidated` change, each in a new process (as every `lso-tui edit` from a shell is: nothing
  read or imported by an earlier edit), timed inside it from the call to its return; baseline:
  writing as many bytes as the store with a temp file, fsync, rename and a directory fsync. Beside
  it: `lso-tui edit unit` from start to exit, against a bare `python -c pass`; and the edit after
  another in one process (the dashboard's case, which reuses the store it wrote).
- 6. Bytes per key: everything written to the terminal between a j/↓ press and 0.25 s of quiet,
  at 120×40 (where the preview pane shows).
- Ratios are of medians. p95 uses the inclusive method (the maximum for small samples).
"""


def progress(msg: str) -> None:
    """A progress line on stderr (the tables go to stdout)."""
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def main() -> None:
    """Measure everything and print the tables."""
    tmp = Path(tempfile.mkdtemp(prefix="lso-bench-"))
    isolate(tmp)
    try:
        print("# lso-tui benchmarks\n\n" + machine())
        country_ok = has_country_scope()
        shipped = tmp / "shipped.json"
        build(shipped)
        progress("foundation rows")
        found = foundation.figures(tmp)
        progress("extraction of crafted text")
        crafted = extraction.figures()
        progress("goal 5: builds and edits")
        writes_rows, country = writes.figures(tmp, shipped, country_ok)
        progress("headline and goals 1-2: units on screen, first frame, live refresh")
        head, first = startup.figures(shipped, country, tmp)
        progress("goals 3, 4, 6: keys, memory, bytes")
        notes: list[str] = []
        stores = {"SHIPPED": shipped} | ({"COUNTRY": country} if country else {})
        key_rows: list[Figure | str] = [*keys.figures(stores, notes)]
        if country is None:
            key_rows.append("3, 4, 6. COUNTRY: `lso-tui build --scope` does not exist yet")
        print(table(startup.HEADLINE, head))
        print(table("Goals 1–2: process start → first frame (80×24)", first))
        print(table("Goals 3, 4, 6: keys (80×24), peak memory, bytes per key (120×40)", key_rows))
        print(table("Goal 5: build and edit", writes_rows))
        print(table("Foundation: extract, open and build (no terminal)", found))
        print(table(extraction.TITLE, crafted))
        print(EXPLAIN)
        for note in notes:
            print(f"note: {note}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
