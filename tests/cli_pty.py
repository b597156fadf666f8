"""Run the CLI with one of its streams on a real pseudo-terminal (what a user's terminal gives it)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

from tests.conftest import ROOT


def own_env() -> dict[str, str]:
    """This environment less what would decide colour or width for Rich (the tests set those)."""
    return {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS")}


def on_pty(args: list[str], stream: str, env: dict[str, str] | None = None, timeout: float = 180) -> tuple[int, str, str]:
    """Run the CLI with *stream* ("stdout" or "stderr") on a pseudo-terminal and the other piped;
    (exit code, what the terminal showed, the other stream)."""
    master, slave = pty.openpty()
    other = subprocess.PIPE
    proc = subprocess.Popen(
        [sys.executable, "-m", "lso_tui", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave if stream == "stdout" else other,
        stderr=slave if stream == "stderr" else other,
        env={**own_env(), "PYTHONUTF8": "1", "TERM": "xterm-256color", **(env or {})},
        cwd=ROOT,
    )
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    rest = (proc.stdout or proc.stderr).read()  # type: ignore[union-attr]
    return proc.wait(timeout=timeout), seen.decode("utf-8", "replace"), rest.decode("utf-8", "replace")
