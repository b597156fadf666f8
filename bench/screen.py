"""What the terminal shows: a pyte emulator fed with a run's output, frame by frame."""

from __future__ import annotations

from dataclasses import dataclass

import pyte

from bench.pty_run import PtyRun

SYNC_END = b"\x1b[?2026l"
BLINK_AFTER = 0.45  # an Input's cursor first blinks 0.5 s after a key press (the press restarts it)


@dataclass
class KeyResult:
    """The reaction to one key: seconds to the frame that completed the update, and bytes written."""

    latency: float | None
    nbytes: int


class Screen:
    """A terminal emulator that follows one PtyRun's output."""

    def __init__(self, run: PtyRun, cols: int, rows: int) -> None:
        """An empty screen of *cols*×*rows* fed from *run*."""
        self.run, self.cols, self.rows = run, cols, rows
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.fed = 0

    def feed_to(self, offset: int) -> None:
        """Feed the run's output up to *offset*."""
        with self.run.cond:
            data = bytes(self.run.buf[self.fed : offset])
        self.stream.feed(data)
        self.fed = max(self.fed, offset)

    def snapshot(self) -> tuple[tuple[object, ...], ...]:
        """Every cell (character and style) of the display."""
        buf = self.screen.buffer
        return tuple(tuple(buf[y][x] for x in range(self.cols)) for y in range(self.rows))

    def frame_ends(self, offset: int) -> list[tuple[float, int]]:
        """(time, end offset) of each synchronized frame written after *offset* (else of each chunk)."""
        with self.run.cond:
            data = bytes(self.run.buf[offset:])
        chunks = self.run.output_since(offset)
        ends, at = [], data.find(SYNC_END)
        while at >= 0:
            ends.append(offset + at + len(SYNC_END))
            at = data.find(SYNC_END, at + 1)
        if not ends:
            ends = [off + len(d) for _t, off, d in chunks]
        return [(next(t for t, off, d in chunks if off + len(d) >= end), end) for end in ends]

    def press(self, keys: bytes, quiet: float = 0.25, settle: float = 0.2) -> KeyResult:
        """Send *keys* to an idle app; time until the screen first shows its final state."""
        self.run.settle(settle)
        self.feed_to(len(self.run.buf))
        before = self.snapshot()
        sent, offset = self.run.send(keys)
        self.run.after_key(offset, quiet)
        shots: list[tuple[float, tuple[tuple[object, ...], ...]]] = []
        for t, end in self.frame_ends(offset):
            self.feed_to(end)
            shot = self.snapshot()
            if shots and t - sent >= BLINK_AFTER and _changed_rows(shots[-1][1], shot) <= 1:
                break  # a cursor blink, not the key's doing
            shots.append((t, shot))
        self.feed_to(len(self.run.buf))
        nbytes = len(self.run.buf) - offset
        if not shots or shots[-1][1] == before:
            return KeyResult(None, nbytes)
        final = shots[-1][1]
        return KeyResult(next(t for t, s in shots if s == final) - sent, nbytes)

    def shows(self, text: str) -> bool:
        """Whether *text* is on the screen now."""
        self.feed_to(len(self.run.buf))
        return any(text in line for line in self.screen.display)


def _changed_rows(a: tuple[tuple[object, ...], ...], b: tuple[tuple[object, ...], ...]) -> int:
    """How many rows differ between two snapshots."""
    return sum(ra != rb for ra, rb in zip(a, b, strict=True))
