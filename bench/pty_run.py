"""A child process in a real pseudo-terminal, with every output chunk timestamped."""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import struct
import subprocess
import termios
import threading
import time

ENV = {"TERM": "xterm-256color", "COLORTERM": "truecolor", "TEXTUAL_ANIMATIONS": "none", "LANG": "C.UTF-8"}
SYNC_QUERY, SYNC_REPLY = b"\x1b[?2026$p", b"\x1b[?2026;2$y"


def _make_controlling_tty() -> None:
    """In the child, after setsid: make stdin (the pty slave) the controlling terminal."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class PtyRun:
    """Spawn *argv* on a fresh pty of *cols*×*rows*; a thread reads the master into `chunks`."""

    def __init__(self, argv: list[str], cols: int = 80, rows: int = 24, cwd: str | None = None) -> None:
        """Open the pty, set its size, start the child and the reader."""
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.master, self.chunks, self.buf = master, [], bytearray()
        self.cond = threading.Condition()
        self.rusage: object = None
        self.t0 = time.perf_counter()
        self.proc = subprocess.Popen(
            argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, **ENV},
            cwd=cwd,
            start_new_session=True,
            preexec_fn=_make_controlling_tty,
        )
        os.close(slave)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        """Append (time, bytes) for each chunk; answer the sync-output query like a modern terminal."""
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                data = b""
            now = time.perf_counter()
            with self.cond:
                if data:
                    self.chunks.append((now, len(self.buf), data))
                    self.buf += data
                else:
                    self.chunks.append((now, len(self.buf), b""))
                self.cond.notify_all()
            if not data:
                return
            if SYNC_QUERY in data:
                os.write(self.master, SYNC_REPLY)

    def wait_for(self, marker: bytes, start: int = 0, timeout: float = 30.0) -> float:
        """Seconds since spawn when *marker* first appears at or after offset *start*."""
        deadline = time.perf_counter() + timeout
        with self.cond:
            while True:
                at = self.buf.find(marker, start)
                if at >= 0:
                    end = at + len(marker)
                    return next(t for t, off, d in self.chunks if off + len(d) >= end) - self.t0
                left = deadline - time.perf_counter()
                if left <= 0 or (self.chunks and self.chunks[-1][2] == b""):
                    raise TimeoutError(f"{marker!r} not seen; last output {bytes(self.buf[-300:])!r}")
                self.cond.wait(left)

    def settle(self, quiet: float = 0.15, timeout: float = 10.0) -> None:
        """Wait until no output has arrived for *quiet* seconds."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with self.cond:
                last = self.chunks[-1][0] if self.chunks else self.t0
            idle = time.perf_counter() - last
            if idle >= quiet:
                return
            time.sleep(quiet - idle)

    def send(self, keys: bytes) -> tuple[float, int]:
        """Write *keys* to the child; return (send time, output offset at that moment)."""
        with self.cond:
            offset = len(self.buf)
        t = time.perf_counter()
        os.write(self.master, keys)
        return t, offset

    def output_since(self, offset: int) -> list[tuple[float, int, bytes]]:
        """The chunks (time, offset, bytes) that hold output at or after *offset*."""
        with self.cond:
            return [c for c in self.chunks if c[1] + len(c[2]) > offset and c[2]]

    def after_key(self, offset: int, quiet: float, first: float = 1.0) -> None:
        """Wait for the reaction to a key sent at output *offset*: output (up to *first* s), then quiet."""
        with self.cond:
            self.cond.wait_for(lambda: len(self.buf) > offset, timeout=first)
        self.settle(quiet)

    def hwm_kb(self) -> int:
        """Peak resident set (VmHWM, KiB) of the child, read from /proc while it runs."""
        with open(f"/proc/{self.proc.pid}/status", encoding="ascii") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))

    def quit(self, keys: bytes = b"\x11", timeout: float = 10.0) -> int:
        """Send the quit keys, reap the child (kill it on timeout); return ru_maxrss in KiB."""
        with contextlib.suppress(OSError):  # the child may be gone already
            os.write(self.master, keys)
        deadline = time.perf_counter() + timeout
        while True:
            pid, _status, usage = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                self.proc.returncode = 0
                break
            if time.perf_counter() > deadline:
                os.killpg(self.proc.pid, signal.SIGKILL)
                os.wait4(self.proc.pid, 0)
                self.proc.returncode = -9
                raise TimeoutError(f"{self.proc.args} did not quit; killed")
            time.sleep(0.01)
        self.reader.join(timeout=2)
        os.close(self.master)
        return usage.ru_maxrss
