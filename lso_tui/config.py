"""User configuration: $XDG_CONFIG_HOME/lso-tui/config.toml (language, theme, mouse, key remaps)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from lso_tui.errors import refusal
from lso_tui.i18n import LANGS
from lso_tui.text import clean


@dataclass
class Config:
    """Settings read from the config file; every field has a default."""

    lang: str = "vi"
    theme: str = "textual-dark"
    mouse: bool = True
    keys: dict[str, str] = field(default_factory=dict)
    path: Path | None = None


def config_path() -> Path:
    """Where the config file lives."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "lso-tui" / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """Read the config file if present; a malformed one is an InputError (one line, exit 2)."""
    p = path or config_path()
    if not p.is_file():
        return Config()
    import tomllib  # only when there is a file to read: it is not free, and start-up counts

    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise refusal("err.config.parse", path=p, why=exc) from None
    cfg = Config(path=p)
    lang = data.get("lang", cfg.lang)
    if lang not in LANGS:
        raise refusal("err.config.lang", path=p, langs=", ".join(LANGS), value=lang)
    cfg.lang = lang
    theme = data.get("theme", cfg.theme)
    if not isinstance(theme, str):
        raise refusal("err.config.theme", path=p)
    cfg.theme = clean(theme, keep_newlines=False)
    mouse = data.get("mouse", cfg.mouse)
    if not isinstance(mouse, bool):
        raise refusal("err.config.mouse", path=p)
    cfg.mouse = mouse
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise refusal("err.config.keys", path=p)
    cfg.keys = {clean(str(k), keep_newlines=False): clean(v, keep_newlines=False) for k, v in keys.items()}
    return cfg
