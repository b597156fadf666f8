"""Shared fixtures: the shipped article, a CLI runner (real subprocess), a built store."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "data" / "articles" / "000_0fed323c1a494ad1.txt"


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `python -m lso_tui ARGS` in a real process and capture its output."""
    full_env = {**os.environ, "PYTHONUTF8": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "lso_tui", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
    )


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every test's processes keep extractions in a cache of the test session, not the user's."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield None
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(scope="session")
def shipped() -> Path:
    """The shipped article."""
    return SHIPPED


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from the shipped article by the real CLI."""
    path = tmp_path_factory.mktemp("store") / "store.json"
    result = run_cli("build", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="session")
def country_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of every commune-level unit in the country, built once by the real CLI (≈ 6 s)."""
    path = tmp_path_factory.mktemp("country") / "country.json"
    result = run_cli("build", "--scope", "country", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def db(tmp_path: Path, built_store: Path) -> Path:
    """A private copy of the built store, for tests that write to it."""
    path = tmp_path / "store.json"
    path.write_bytes(built_store.read_bytes())
    path.chmod(0o600)
    return path


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    """Print the extractor's precision and recall on the labelled corpora after every run."""
    tables = getattr(config, "_lso_scores", None)
    if tables:
        terminalreporter.section("extractor precision / recall")
        for name, text in tables:
            terminalreporter.write_line(f"{name}:")
            terminalreporter.write_line(text)
