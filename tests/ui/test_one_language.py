"""One language at a time: every screen and every kind of message of the dashboard, rendered in
Vietnamese, holds no English catalogue text, and rendered in English holds no Vietnamese one.

What counts as the other language's text is read from the catalogue itself (no hand list): each
value is cut at its placeholders and punctuation into phrases; a phrase counts when it has at least
four letters, differs from this language's value, occurs in none of this language's values (UTF-8,
OSC 52, Esc, YYYY-MM are both languages'), and is not data (it occurs in none of the store's strings:
the article's text, names and titles are Vietnamese in the English UI too).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from lso_tui.i18n import MESSAGES
from lso_tui.ui.app import LsoApp
from tests.ui.conftest import copy_store, watching_app

_PIECES = re.compile(r"\{[^}]*\}|[:;()·—,«»…\[\]\n]|\. |\.$|/ | /|\?")
SIZE = (160, 50)


def _strings(data: Any) -> list[str]:
    """Every string value in a parsed store (its keys are the schema's, not data)."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


def phrases(text: str) -> list[str]:
    """A catalogue value cut into phrases at its placeholders and punctuation."""
    return [p.strip(" -'\"%") for p in _PIECES.split(text) if p.strip(" -'\"%")]


def foreign(lang: str, data: str) -> set[str]:
    """The phrases of the other language's catalogue values that may never show in *lang*."""
    mine = 0 if lang == "vi" else 1
    own = "\n".join(v[mine] for v in MESSAGES.values())
    out = set()
    for value in MESSAGES.values():
        if value[0] == value[1]:
            continue
        for p in phrases(value[1 - mine]):
            if sum(c.isalpha() for c in p) >= 4 and p not in own and p not in data:
                out.add(p)
    return out


def found_in(text: str, words: set[str]) -> list[str]:
    """The phrases of *words* that *text* holds as whole words (spaces and line ends folded)."""
    flat = " ".join(text.split())
    return sorted(w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", flat))


def test_the_rule_finds_phrases_both_ways() -> None:
    """The rule is not empty: English words the Vietnamese screens must not show, and the reverse,
    each read from the catalogue ("Edit log" for vi; "Nhật ký sửa đổi" for en)."""
    assert {"Edit log", "Search for commands", "No matches found", "consolidated"} <= foreign("vi", "")
    assert {"Nhật ký sửa đổi", "Không tìm thấy gì"} <= foreign("en", "")
    assert found_in("x Edit\nlog y", {"Edit log"}) == ["Edit log"]
    assert found_in("Editor logs", {"Edit log"}) == []


class Seen:
    """Everything the screens showed, screen by screen."""

    def __init__(self, app: LsoApp, pilot: Pilot[Any]) -> None:
        """Capture from *app* through *pilot*."""
        self.app, self.pilot, self.shots = app, pilot, {}

    async def shot(self, name: str, wait: float = 0.1) -> None:
        """The active screen's text, as drawn, with its toasts and any line below the list."""
        await self.pilot.pause(wait)
        await self.app.workers.wait_for_complete()
        await self.pilot.pause()
        strips = self.app.screen._compositor.render_strips()
        self.shots[name] = "\n".join(s.text for s in strips)

    async def keys(self, *keys: str, wait: float = 0.1) -> None:
        """Press *keys*, then let the app settle."""
        await self.pilot.press(*keys)
        await self.pilot.pause(wait)
        await self.app.workers.wait_for_complete()

    async def type(self, text: str) -> None:
        """Type *text* into the focused box."""
        await self.pilot.press(*("space" if c == " " else c for c in text))


async def _every_screen(app: LsoApp, tmp_path: Path) -> dict[str, str]:
    """Drive *app* through every screen and kind of message; the text of each."""
    async with app.run_test(size=SIZE) as pilot:
        s = Seen(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        for n in "123456":
            await s.keys(n)
            await s.shot(f"pane {n}")
        await s.keys("1", "j", "j", "j", "j", "j", "enter")
        await s.shot("detail")
        await s.keys("v")
        await s.shot("source")
        await s.keys("escape", "escape", "question_mark")
        await s.shot("help")
        await s.keys("escape", "ctrl+p")
        await s.type("zzzzqq")
        await s.shot("palette, nothing found", wait=0.8)
        await s.keys("escape", "ctrl+p")
        await s.type("quit")
        await s.shot("palette, system commands", wait=0.5)
        await s.keys("escape", "c")
        await s.shot("charts")
        await s.keys("escape", "x")
        await s.shot("export")
        await s.keys("ctrl+a", "backspace")
        await s.type(str(tmp_path / "out.txt"))
        await s.keys("enter")
        await s.shot("export, refused")
        await s.keys("ctrl+a", "backspace")
        await s.type(str(tmp_path / "out.csv"))
        await s.keys("enter")
        await s.shot("export, written (toast)")
        await s.keys("I")
        await s.shot("ingest")
        await s.type(str(tmp_path / "missing.txt"))
        await s.keys("enter", wait=0.5)
        await s.shot("ingest, refused")
        await s.keys("escape", "1", "home", "e")
        await s.shot("edit form")
        await s.keys("ctrl+a", "backspace")
        await s.type("maybe")
        await s.keys("tab", "ctrl+a", "backspace")
        await s.type("2020-13")
        await s.keys("ctrl+s")
        await s.shot("edit form, refused")
        await s.keys("ctrl+a", "backspace")
        await s.type("2020-06")
        await s.keys("shift+tab", "ctrl+a", "backspace")
        await s.type("co")
        await s.keys("ctrl+s", wait=0.3)
        await s.shot("saved (toast)")
        await s.keys("a")
        await s.shot("add form")
        await s.keys("ctrl+s")
        await s.shot("add form, refused")
        await s.keys("escape", "3", "a")
        await s.type("1000%")
        await s.keys("ctrl+s")
        await s.shot("add target, refused")
        await s.keys("escape", "L")
        await s.shot("edit log")
        await s.keys("escape", "u", wait=0.3)
        await s.shot("undone (toast)")
        await s.keys("L")
        await s.shot("edit log, undone")
        await s.keys("escape", "D")
        await s.shot("doctor")
        await s.keys("escape")
        await pilot.resize_terminal(40, 10)
        await s.shot("too small", wait=0.3)
        await pilot.resize_terminal(*SIZE)
        await pilot.pause(0.3)
    return s.shots


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_every_screen_and_message_is_in_one_language(
    lang: str, tmp_path: Path, ui_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """vi shows no English catalogue phrase and en no Vietnamese one, on every screen: panes,
    detail, source, help, palette, charts, export, ingest, forms and their refusals, toasts, the
    edit log, doctor, too-small."""
    monkeypatch.chdir(tmp_path)
    db = copy_store(tmp_path, ui_store)
    data = "\n".join(_strings(json.loads(db.read_text(encoding="utf-8")))) + "\n" + str(tmp_path)
    words = foreign(lang, data)
    shots = await _every_screen(watching_app(db, lang=lang), tmp_path)
    assert len(shots) == 28
    wrong = {name: hits for name, text in shots.items() if (hits := found_in(text, words))}
    assert wrong == {}, "\n\n".join(f"{name}: {hits}\n{shots[name]}" for name, hits in wrong.items())
