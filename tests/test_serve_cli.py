"""`lso-tui serve` refuses, in one line, what it must not or cannot do (no browser needed)."""

from __future__ import annotations

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
