"""End to end over a real SSH connection: sshd on 127.0.0.1, `ssh -tt`, lso-tui drawn in tmux."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.ui.test_terminal import Terminal

SSHD = Path("/usr/sbin/sshd")
pytestmark = pytest.mark.skipif(
    not SSHD.exists() or shutil.which("tmux") is None or shutil.which("ssh") is None,
    reason="openssh-server, ssh and tmux are needed (.ci/run installs them)",
)
LSO_TUI = Path(sys.executable).with_name("lso-tui")


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SshServer:
    """A throwaway sshd: its own host key, client key and config, bound to 127.0.0.1 only."""

    def __init__(self, home: Path) -> None:
        """Make keys and config, start sshd, wait until it answers."""
        self.home, self.port = home, free_port()
        for name in ("hostkey", "userkey"):
            subprocess.run(
                ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(home / name)], check=True
            )
        (home / "authorized_keys").write_text((home / "userkey.pub").read_text())
        (home / "authorized_keys").chmod(0o600)
        config = home / "sshd_config"
        config.write_text(
            "\n".join(
                [
                    f"Port {self.port}",
                    "ListenAddress 127.0.0.1",
                    f"HostKey {home / 'hostkey'}",
                    f"AuthorizedKeysFile {home / 'authorized_keys'}",
                    "PermitRootLogin prohibit-password",
                    "PasswordAuthentication no",
                    "KbdInteractiveAuthentication no",
                    "UsePAM no",
                    "StrictModes no",
                    f"PidFile {home / 'sshd.pid'}",
                    "",
                ]
            )
        )
        Path("/run/sshd").mkdir(exist_ok=True)
        self.proc = subprocess.Popen([str(SSHD), "-D", "-e", "-f", str(config)], stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise RuntimeError("sshd did not start")

    def command(self, remote: str, term: str) -> str:
        """The local command line that runs *remote* over `ssh -tt` with TERM=*term*."""
        opts = f"-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -i {self.home / 'userkey'}"
        return f"TERM={term} ssh -tt -p {self.port} {opts} root@127.0.0.1 '{remote}'"

    def stop(self) -> None:
        """Stop sshd."""
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SshServer]:
    """One sshd for the module."""
    server = SshServer(tmp_path_factory.mktemp("sshd"))
    yield server
    server.stop()


def remote(db: Path, env: str = "") -> str:
    """The command the far side runs."""
    return f"cd {ROOT} && {env} XDG_CONFIG_HOME=/nonexistent exec {LSO_TUI} --db {db}"


@pytest.mark.parametrize(
    ("term", "env"),
    [
        ("xterm", ""),
        ("xterm-256color", ""),
        ("screen-256color", ""),
        ("tmux-256color", ""),
        ("linux", ""),
        ("xterm-256color", "COLORTERM=truecolor"),
        ("xterm-256color", "LANG=C LC_ALL=C"),
        ("xterm", "NO_COLOR=1"),
    ],
)
def test_dashboard_over_ssh(tmp_path: Path, sshd: SshServer, db: Path, term: str, env: str) -> None:
    """Launch over SSH at 80×24, read the answer, open a detail, quit cleanly."""
    t = Terminal(tmp_path, sshd.command(remote(db, env), term))
    try:
        t.wait_for("cần thêm 2 đơn vị", timeout=40)
        screen = t.wait_for("Trần Lệnh Trưởng")  # the list may be drawn a frame after the strip
        assert "[CHẬM TIẾN ĐỘ]" in screen
        t.keys("3")
        t.wait_for("[3 Mục tiêu]")
        t.keys("Enter")
        t.wait_for("Chi tiết — 50%")
        t.keys("Escape")
        t.wait_for("[3 Mục tiêu]")
        t.keys("q")
        t.wait_for("EXITED=0")
    finally:
        t.close()


def test_sizes_and_resize_over_ssh(tmp_path: Path, sshd: SshServer, db: Path) -> None:
    """120×40 shows the preview; 60×20 says what size is needed until the window grows."""
    t = Terminal(tmp_path, sshd.command(remote(db), "xterm-256color"), size=(60, 20))
    try:
        screen = t.wait_for("80×24", timeout=40)
        assert "60×20" in screen
        t.run("resize-window", "-t", "t", "-x", "120", "-y", "40")
        t.wait_for("cần thêm 2 đơn vị")
        t.wait_for("↳")  # the preview with provenance, shown only when wide (laid out a beat later)
        t.keys("q")
        t.wait_for("EXITED=0")
    finally:
        t.close()


def test_dropped_connection_during_an_edit(tmp_path: Path, sshd: SshServer, db: Path) -> None:
    """The SSH client dies while an edit form is open: the store is intact and no lso-tui is left."""
    before = db.read_bytes()
    t = Terminal(tmp_path, sshd.command(remote(db), "xterm-256color"))
    try:
        t.wait_for("cần thêm 2 đơn vị", timeout=40)
        t.keys("e")
        t.wait_for("Sửa —")
        t.type("có")
    finally:
        t.close()  # kills the ssh client: sshd hangs up on the far side
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        left = subprocess.run(
            ["pgrep", "-f", f"lso-tui --db {db}"], capture_output=True, text=True
        ).stdout.split()
        if not left:
            break
        time.sleep(0.2)
    assert not left, "an lso-tui process outlived its connection"
    assert db.read_bytes() == before


def test_report_over_ssh_without_a_terminal(sshd: SshServer, db: Path) -> None:
    """`ssh server lso-tui report` (no -t): the table as plain text, and JSON a script can read."""
    base = sshd.command(remote(db) + " report", "xterm-256color").replace(" -tt ", " -T ")
    out = subprocess.run(base, shell=True, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "\x1b[" not in out.stdout and "Thành phố Lạng Sơn" in out.stdout and "targets" in out.stdout
    as_json = subprocess.run(
        base.replace(" report'", " report --format json'"),
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert json.loads(as_json.stdout)["targets"][0]["needed"] == 4
