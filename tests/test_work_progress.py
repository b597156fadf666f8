"""Long work shows progress: a Rich bar on stderr when it is a terminal, nothing extra when piped."""

from __future__ import annotations

from pathlib import Path

from tests.cli_pty import on_pty
from tests.conftest import run_cli


def _stderr_on_pty(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run the CLI with stderr on a real pseudo-terminal and stdout piped; (code, terminal, stdout)."""
    return on_pty(args, "stderr", env)


def test_a_country_build_shows_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """`build --scope country` (several seconds): the bar, its phase and the units counted, on stderr."""
    store = tmp_path / "country.json"
    code, err, out = _stderr_on_pty(["build", "--scope", "country", "--db", str(store)])
    assert code == 0, err
    assert "━" in err and "Adding the register's units" in err and "/10035" in err, err
    assert out.startswith(f"built: {store} (") and "10035 units" in out


def test_the_bar_speaks_the_language_asked_for(tmp_path: Path) -> None:
    """With --lang vi the phase is named in Vietnamese (the bar shown at once by the test hook)."""
    store = tmp_path / "store.json"
    code, err, _ = _stderr_on_pty(["--lang", "vi", "build", "--db", str(store)], {"LSO_TUI_PROGRESS_AFTER": "0"})
    assert code == 0 and "━" in err, err
    assert "Đọc bài báo" in err or "Gộp dữ kiện" in err or "Ghi kho dữ liệu" in err, err


def test_quick_work_shows_nothing_on_a_terminal(tmp_path: Path) -> None:
    """Work that ends before the bar's delay leaves the terminal untouched (delay made certain)."""
    store = tmp_path / "store.json"
    code, err, out = _stderr_on_pty(["build", "--db", str(store)], {"LSO_TUI_PROGRESS_AFTER": "60"})
    assert code == 0 and err == "" and out.startswith("built: ")


def test_piped_output_is_unchanged_even_when_the_bar_would_show(tmp_path: Path) -> None:
    """stderr piped: not a byte more, even with the bar due at once; stdout the same one line as ever."""
    store = tmp_path / "store.json"
    result = run_cli("build", "--db", str(store), env={"LSO_TUI_PROGRESS_AFTER": "0"})
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout == (
        f"built: {store} (1 documents, 1 bases, 759 regions, 8 units, 3 officials, 1 targets, 1 observations)\n"
    )
