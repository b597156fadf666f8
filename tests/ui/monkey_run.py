"""The monkey's driver (tests/ui/test_monkey.py): one run of random steps on a store — a key from any
binding of the dashboard, printable text, or a resize between 20×5 and 300×100 — then q, which must
quit. It prints the screens it visited as JSON. Run alone to replay a run that failed:

    python -m tests.ui.monkey_run --seed SEED --steps STEPS --db COPY_OF_A_STORE.json

(LSO_TUI_MONKEY_TRACE=1 prints every step and the screens it left open.)

Pilot waits after every key until the app is idle, polling every 20 ms (Textual's SLEEP_GRANULARITY):
a step cost ≈ 55 ms of waiting for ≈ 7 ms of work. The polling is made finer here (2 ms); each key
is still handled completely (every pending message processed) before the next step."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import os
import pkgutil
import random
import sys
from pathlib import Path

import textual._wait
from textual.binding import Binding

import lso_tui.ui
from lso_tui.ui.app import LsoApp
from tests.ui.conftest import watching_app

SEED = int(os.environ.get("LSO_TUI_MONKEY_SEED", "20261201"))
TRACE = bool(os.environ.get("LSO_TUI_MONKEY_TRACE"))  # print every step to stderr
QUIT = {"q", "ctrl+q", "ctrl+c"}  # they end the run; q comes once, at the end
# Keys of Textual's own widgets (inputs, option lists, the palette) besides our bindings.
WIDGET_KEYS = [
    *("tab", "shift+tab", "enter", "escape", "backspace", "delete", "space", "left", "right", "up", "down"),
    *("pageup", "pagedown", "home", "end", "ctrl+p", "ctrl+s", "ctrl+u", "ctrl+a", "ctrl+e", "ctrl+w"),
]  # fmt: skip
TEXT = [*"abcxyzđăâêôơư ÁẢÃ0123456789.,;:-_/%", "Quảng Lạc", "2020", "50%", "data/articles/", "\x1b[2J"]


def binding_keys() -> list[str]:
    """Every key bound anywhere in the dashboard (each module under lso_tui/ui), bar the quit keys."""
    keys: set[str] = set(WIDGET_KEYS)
    for info in pkgutil.walk_packages(lso_tui.ui.__path__, "lso_tui.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for b in cls.__dict__.get("BINDINGS", []):
                spec = b.key if isinstance(b, Binding) else b[0]
                keys.update(k.strip() for k in spec.split(","))
    return sorted(keys - QUIT)


def big(rng: random.Random) -> tuple[int, int]:
    """A size the dashboard fits in: 80×24 up to 300×100."""
    return rng.randint(80, 300), rng.randint(24, 100)


def small(rng: random.Random) -> tuple[int, int]:
    """A size below the minimum, down to 20×5: too narrow, too low, or both."""
    return rng.choice(
        [(rng.randint(20, 79), rng.randint(5, 100)), (rng.randint(20, 300), rng.randint(5, 23))]
    )


def where(app: LsoApp) -> str:
    """The screen shown, and on the main screen the pane ("MainScreen:unit")."""
    name = type(app.screen).__name__
    return f"{name}:{getattr(app.screen, 'kind', '')}" if name == "MainScreen" else name


async def run(db: Path, seed: int, steps: int) -> set[str]:
    """*steps* random steps on the store *db*; the screens visited. A failure names the seed and the
    step, with the command that replays it."""
    textual._wait.SLEEP_GRANULARITY = 0.002
    textual._wait.SLEEP_IDLE = textual._wait.SLEEP_GRANULARITY / 20.0
    rng = random.Random(seed)
    keys = binding_keys()
    app = watching_app(db)
    seen: set[str] = set()
    done = 0
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            for done in range(steps):
                roll = rng.random()
                if roll < 0.03:  # a drag of the window's corner past the minimum and back: a burst, no pause
                    sizes = [big(rng)] + [small(rng) for _ in range(rng.randint(2, 5))] + [big(rng)]
                    step = f"resize {sizes}"
                    for size in sizes:
                        await pilot.resize_terminal(*size)
                elif roll < 0.10:  # one resize, too small one time in four
                    size = small(rng) if rng.random() < 0.25 else big(rng)
                    step = f"resize {size}"
                    await pilot.resize_terminal(*size)
                elif roll < 0.28:
                    text = rng.choice(TEXT)
                    step = f"type {text!r}"
                    await pilot.press(*(text if len(text) > 1 and "\x1b" not in text else [text]))
                else:  # any key; Esc more often, as people back out of what they opened
                    key = "escape" if roll < 0.36 else rng.choice(keys)
                    step = f"press {key}"
                    await pilot.press(key)
                if TRACE:  # what each step did and where it left the app, to see how a failure came about
                    print(done, step, [type(s).__name__ for s in app.screen_stack], file=sys.stderr)
                if done % 50 == 0:
                    await pilot.pause()
                if not app.is_running:  # an exception stopped it: leaving run_test raises it
                    break
                seen.add(where(app))
            await pilot.resize_terminal(120, 40)
            await pilot.pause()
            for _ in range(12):  # back out of forms and dialogs, then quit
                await pilot.press("escape")
            await pilot.press("q")
            await pilot.pause()
    except Exception as exc:
        replay = f"python -m tests.ui.monkey_run --seed {seed} --steps {done + 1} --db COPY_OF_A_STORE.json"
        raise AssertionError(f"monkey run failed at step {done} (seed {seed}; replay: {replay}): {exc!r}") from exc
    assert not app.is_running, f"q did not quit (seed {seed}, after {steps} steps, on {where(app)})"
    return seen


def main() -> None:
    """Run once from the command line; print the screens visited as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--steps", type=int, default=700)
    parser.add_argument("--db", type=Path, required=True, help="a store the run may change (a copy)")
    args = parser.parse_args()
    seen = asyncio.run(run(args.db, args.seed, args.steps))
    print(json.dumps(sorted(seen)))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
