"""`lso-tui serve` refuses, in one line, what it must not or cannot do (no browser needed)."""

from __future__ import annotations

import contextlib
import socket
from pathlib import Path

import pytest

from lso_tui.cli.serve import GOOGLE_FONTS, offline_templates
from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--host", "0.0.0.0"], "add --allow-remote"),
        (["--host", "192.0.2.10"], "add --allow-remote"),
        (["--host", "nonsense"], "is not an IP address"),
    ],
)
def test_remote_or_bad_addresses_are_refused(built_store: Path, args: list[str], message: str) -> None:
    """Only loopback without --allow-remote: textual-serve has no login of its own."""
    out = run_cli("--db", str(built_store), "serve", *args, timeout=30)
    assert out.returncode == 2 and message in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_a_port_in_use_is_one_line(built_store: Path) -> None:
    """Another program on the port: one line, exit 2, and no address printed as if it worked."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        out = run_cli("--db", str(built_store), "serve", "--port", str(port), timeout=30)
    assert out.returncode == 2 and "cannot listen on" in out.stderr and "serving on" not in out.stdout


def test_the_page_template_loses_its_internet_font(tmp_path: Path) -> None:
    """The Google Fonts link becomes the package's own font file."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "app_index.html").write_text(
        '<head><link\n rel="stylesheet"\n href="https://fonts.googleapis.com/css?family=Roboto%20Mono"\n/></head>',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    out.mkdir()
    html = (offline_templates(pkg, out) / "app_index.html").read_text(encoding="utf-8")
    assert "googleapis" not in html and "RobotoMono-VariableFont_wght.ttf" in html
    assert GOOGLE_FONTS.search('<link href="https://fonts.googleapis.com/x">')


def test_the_token_never_leaks_and_other_origins_are_refused(built_store: Path, tmp_path: Path) -> None:
    """A non-ASCII path is a 403 (not a 500 whose traceback holds the token); requests leave no access
    log with the token's path; a websocket from another site's page (its own Origin) is refused."""
    import re
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    db = tmp_path / "store.json"
    db.write_bytes(built_store.read_bytes())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "lso_tui", "--db", str(db), "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        token = re.search(r"/([A-Za-z0-9_-]{20,})/", line).group(1)  # type: ignore[union-attr]
        base = f"http://127.0.0.1:{port}"

        def status(path: str, headers: dict[str, str] | None = None) -> int:
            request = urllib.request.Request(base + path, headers=headers or {})
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    return int(response.status)
            except urllib.error.HTTPError as exc:
                return int(exc.code)

        assert status("/%C3%A9t%C3%A9/") == 403 and status("/wrong/") == 403
        assert status(f"/{token}/") == 200
        upgrade = {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                   "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Origin": "http://evil.example"}  # fmt: skip
        assert status(f"/{token}/ws", upgrade) == 403
        time.sleep(0.5)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert token not in err and "Traceback" not in err


def test_the_address_is_printed_only_once_it_answers(built_store: Path, tmp_path: Path) -> None:
    """The line a user opens in the browser comes after the socket listens, never before (it came from
    aiohttp's start-up hook, which runs before the bind: an early browser, or this test under load, got
    "connection refused"). The child's stdout is a full pipe, so the line blocks it as long as we like:
    the port must answer while it waits."""
    import fcntl
    import os
    import subprocess
    import sys
    import time

    db = tmp_path / "store.json"
    db.write_bytes(built_store.read_bytes())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETFL, os.O_NONBLOCK)
    with contextlib.suppress(BlockingIOError):
        while True:
            os.write(write_end, b"x" * 4096)  # the pipe full: the child's first line will wait
    fcntl.fcntl(write_end, fcntl.F_SETFL, 0)
    proc = subprocess.Popen(
        [sys.executable, "-m", "lso_tui", "--db", str(db), "serve", "--port", str(port)],
        stdout=write_end, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    try:
        answered = False
        deadline = time.monotonic() + 60
        while not answered and time.monotonic() < deadline and proc.poll() is None:
            with socket.socket() as probe:
                answered = probe.connect_ex(("127.0.0.1", port)) == 0
            time.sleep(0.1)
        assert answered, "the port never answered while the address line waited to be printed"
    finally:
        proc.terminate()
        with open(read_end, "rb") as drained:
            data = drained.read()
        proc.wait(timeout=20)
    assert b"serving on" in data


def test_ipv6_loopback_gives_addresses_a_browser_can_open(built_store: Path, tmp_path: Path) -> None:
    """serve --host ::1: the printed address, the page's websocket URL and the allowed Origin put the
    address in brackets ("http://::1:8000/" is no URL); a plain GET on the websocket's path is a 400,
    with no error logged."""
    import re
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    db = tmp_path / "store.json"
    db.write_bytes(built_store.read_bytes())
    with socket.socket(socket.AF_INET6) as s:
        s.bind(("::1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "lso_tui", "--db", str(db), "serve", "--host", "::1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        found = re.search(rf"http://\[::1\]:{port}/([A-Za-z0-9_-]{{20,}})/", line)
        assert found, line
        token = found.group(1)
        with urllib.request.urlopen(f"http://[::1]:{port}/{token}/", timeout=10) as response:
            page = response.read().decode("utf-8")
        assert f"ws://[::1]:{port}/{token}/ws" in page and f"http://[::1]:{port}/static/" in page
        try:
            urllib.request.urlopen(f"http://[::1]:{port}/{token}/ws", timeout=10)
            code = 200
        except urllib.error.HTTPError as exc:
            code = exc.code
        assert code == 400
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert "ERROR" not in err and "Traceback" not in err and token not in err, err
