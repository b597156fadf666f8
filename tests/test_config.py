"""The config file: language, theme, mouse and key remaps; a bad file is one clear line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from lso_tui.config import load_config
from lso_tui.errors import InputError
from tests.conftest import run_cli


def test_defaults_without_a_file(tmp_path: Path) -> None:
    """No file: Vietnamese, the default theme, mouse on, no remaps."""
    cfg = load_config(tmp_path / "none.toml")
    assert (cfg.lang, cfg.theme, cfg.mouse, cfg.keys) == ("vi", "textual-dark", True, {})


def test_values_are_read_and_cleaned(tmp_path: Path) -> None:
    """Every key is read; control characters are stripped like any other input."""
    f = tmp_path / "config.toml"
    f.write_text(
        'lang = "en"\ntheme = "ansi-dark"\nmouse = false\n[keys]\n"app.quit" = "x\\u001b"\n', encoding="utf-8"
    )
    cfg = load_config(f)
    assert (cfg.lang, cfg.theme, cfg.mouse, cfg.keys) == ("en", "ansi-dark", False, {"app.quit": "x"})


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('lang = "fr"', "lang must be one of"),
        ("mouse = 1", "mouse must be"),
        ("[keys]\nquit = 3", "[keys]"),
        ("lang = ", "does not parse"),
    ],
)
def test_bad_config_is_one_line(tmp_path: Path, content: str, needle: str) -> None:
    """Each mistake is named; through the CLI it is exit 2 and one line."""
    f = tmp_path / "lso-tui" / "config.toml"
    f.parent.mkdir()
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=None) as info:
        load_config(f)
    assert needle in str(info.value)
    result = run_cli("--db", str(tmp_path / "s.json"), env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert needle in result.stderr and "Traceback" not in result.stderr


def test_unknown_theme_is_refused(tmp_path: Path, built_store: Path) -> None:
    """--theme with a name Textual does not know: one line listing the themes, exit 2."""
    result = run_cli("--db", str(built_store), "--theme", "nope", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 2 and "unknown theme 'nope'" in result.stderr and "ansi-dark" in result.stderr
