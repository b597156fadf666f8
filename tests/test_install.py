"""Installed as a tool (a wheel, as pipx installs it), lso-tui finds its shipped article."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_install_builds_from_the_shipped_article(tmp_path: Path) -> None:
    """Build a wheel, install it under a fresh prefix, run it outside the checkout.

    --ignore-installed keeps pip from uninstalling the developer's own editable install.
    """
    # Build from a copy: setuptools writes build/ and *.egg-info next to the sources it builds.
    src = tmp_path / "src"
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__", ".*_cache"),
    )
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(src)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("lso_tui-*.whl")
    prefix = tmp_path / "prefix"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--ignore-installed",
            "--prefix",
            str(prefix),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (site,) = prefix.glob("lib/python*/site-packages")
    assert (prefix / "share" / "lso-tui" / "articles").is_dir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-c", "import lso_tui; print(lso_tui.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert where.stdout.startswith(str(site)), "the installed copy, not the checkout, must run"
    db = tmp_path / "store.json"
    result = subprocess.run(
        [sys.executable, "-m", "lso_tui", "build", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "8 units" in result.stdout and db.is_file()
