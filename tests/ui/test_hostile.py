"""Hostile text in every field and every view: shown as text, no action fired, no escape reaches the terminal."""

from __future__ import annotations

import contextlib
import os
import pty
import select
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from lso_tui.i18n import Catalogue
from lso_tui.store.db import Store, snapshot
from lso_tui.store.file import dumps, publish
from lso_tui.text import clean
from lso_tui.ui.screens.detail import DetailScreen
from lso_tui.ui.widgets.record_list import RecordList
from lso_tui.views.dataset import Dataset
from tests.conftest import ROOT
from tests.ui.conftest import app_on

PAYLOADS = [
    "[b]đậm[/b]",
    "[@click=app.quit]bấm",
    "[link=https://evil.example]x[/link]",
    "a[/]b",
    "[WIP] Tân",
    "[Bold]X[/Bold]",
    "$name ${x}",
    "[red on blue]màu",
    ":smile: :cry:",
    "x[/red]y",
    "\x1b[2Jxóa",
    "\x1b]0;pwned-title\x07tiêu",
    "\x1b]52;c;cHduZWQ=\x07kẹp",
    "\x1b]8;;http://evil\x1b\\liên\x1b]8;;\x1b\\",
    "\x9b31mC1",
    "\x00nul\x7fdel",
    "\u202eđảo ngược",
    "a\u200bb\u200dc\ufeffd",
    "Qua\u0309ng La\u0323c NFD",
    "\r\ndòng mới",
    "N" * 10_000,
]
# The payloads' own escape sequences, as they would reach the terminal if any got through (the
# letters after a stripped ESC may show as text; the sequences must not).
MARKERS = [
    b"\x1b]0;pwned",
    b"\x1b]52;c;cHduZWQ",
    b"\x1b]8;;http://evil",
    b"\xc2\x9b31m",
    b"\x1b[2Jx",
    "\u202e".encode(),
]


def hostile_tables() -> dict[str, list[dict[str, Any]]]:
    """A store whose every text field holds a payload."""
    doc_text = "\n".join(PAYLOADS)
    src = {"doc": "dh", "start": 0, "end": 5, "quote": PAYLOADS[1]}
    units = [
        {
            "code": f"{i:05d}",
            "name": p,
            "type": "xã",
            "lat": None,
            "lon": None,
            "district": PAYLOADS[(i + 3) % 21],
            "district_code": "1",
            "province": p,
            "province_code": "1",
            "successor": {"name": p, "type": "phường", "code": None, "province": p},
            "consolidated": [True, False, None][i % 3],
            "since": {"iso": "2019-05", "precision": "month", "part": "late"},
            "figures": [{"kind": "households", "value": 10, "qualifier": "more_than", "source": src}],
            "notes": [{"topic": p, "source": src}],
            "documents": ["dh"],
            "provenance": {"code": "register", "consolidated": src, "since": src},
        }
        for i, p in enumerate(PAYLOADS)
    ]
    officials = [
        {
            "id": f"o{i}",
            "name": p,
            "titles": [p, "Chủ tịch UBND"],
            "unit_code": f"{i:05d}",
            "unit": p,
            "unit_type": "xã",
            "scope": p,
            "concurrent": bool(i % 2),
            "qualifications": [{"kind": "experience", "text": p, "source": src}],
            "statements": [{"text": p, "source": src}],
            "documents": ["dh"],
            "provenance": {"titles": src},
        }
        for i, p in enumerate(PAYLOADS)
    ]
    targets = [
        {
            "id": f"t{i}",
            "share": 0.5,
            "year": 2020,
            "deadline": "2020-12-31",
            "level": "xã",
            "scope": p,
            "scope_code": "1",
            "stated_by": f"o{i}",
            "stated_by_name": p,
            "basis": p,
            "document": "dh",
            "source": src,
        }
        for i, p in enumerate(PAYLOADS[:5])
    ]
    return {
        "documents": [
            {
                "id": "dh",
                "title": PAYLOADS[2],
                "date": "2020-02-26",
                "outlet": PAYLOADS[12],
                "author": PAYLOADS[11],
                "text": doc_text,
                "provenance": {"title": src},
            }
        ],
        "units": units,
        "officials": officials,
        "targets": targets,
        "bases": [
            {
                "number": "1-NQ/TW",
                "kind": "Nghị quyết",
                "date": "2017-10-25",
                "issuer": PAYLOADS[0],
                "title": PAYLOADS[13],
                "source": src,
            }
        ],
        "observations": [
            {
                "id": "ob",
                "done": 1,
                "total": 21,
                "share": None,
                "scope": PAYLOADS[4],
                "as_of": "2019-09",
                "document": "dh",
                "source": src,
            }
        ],
    }


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """The hostile store on disk (written as a crafted file would be, bypassing every input check)."""
    data = snapshot(hostile_tables(), {"app": "test"})
    data["edits"] = {
        "1": {
            "who": PAYLOADS[11],
            "when": "2026-01-01T00:00:00+00:00",
            "kind": "unit",
            "record": "00001",
            "field": "consolidated",
            "op": "set",
            "old": PAYLOADS[12],
            "new": True,
            "tool": PAYLOADS[1],
            "undone": False,
        }
    }
    path = tmp_path / "hostile.json"
    publish(path, dumps(data))
    return path


async def test_every_view_shows_hostile_text_literally(hostile_db: Path) -> None:
    """Panes, preview, details of every kind, source, log, help and palette: no crash, no action, text kept."""
    app = app_on(Dataset(Store.open(hostile_db), Catalogue("vi")))
    async with app.run_test(size=(140, 45)) as pilot:
        for pane in ("1", "2", "3", "4"):
            await pilot.press(pane)
            await pilot.press("G", "g", "enter")
            await pilot.pause()
            assert isinstance(app.screen, DetailScreen)
            await pilot.press("tab", "v")
            await pilot.pause()
            await pilot.press("right", "right", "escape")
            await pilot.press("escape")
            await pilot.pause()
        units = app.screen.query_one("#list-unit", RecordList)
        shown = [units.rows[i].cells[0] for i in units.view]
        for p in ("[b]đậm[/b]", "[@click=app.quit]bấm", "a[/]b", "[WIP] Tân", "$name ${x}", ":smile: :cry:"):
            assert p in shown, p
        assert all("\x1b" not in c and "\x9b" not in c and "\u202e" not in c for c in shown)
        assert clean("Qua\u0309ng La\u0323c NFD") in shown  # composed
        await pilot.press("1")
        await pilot.click("#list-unit", offset=(3, 2))
        await pilot.press("L")
        await pilot.pause()
        await pilot.press("escape", "question_mark", "question_mark", "ctrl+p", *"bam")
        await pilot.pause(0.3)
        await pilot.press("escape")
        assert app.is_running  # no [@click=app.quit] fired
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.shown is not None
        assert app.screen.shown.title.startswith("xã ")


def test_no_payload_escape_reaches_a_real_pty(hostile_db: Path) -> None:
    """Run lso-tui in a real pseudo-terminal on the hostile store: none of the payloads' escape
    sequences (title, OSC 52 clipboard, hyperlink, C1 CSI) appear in the bytes it writes."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real program on a real terminal
        os.environ.update(
            {"TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40", "XDG_CONFIG_HOME": "/nonexistent"}
        )
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "lso_tui", "--db", str(hostile_db)])
    out = bytearray()
    keys = [b"", b"2", b"\r", b"v", b"\x1b", b"\x1b", b"4", b"\r", b"3", b"q"]
    deadline = time.monotonic() + 30
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.4)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            elif keys:
                os.write(fd, keys.pop(0))
            elif b"\x1b[?1049l" in out:  # left the alternate screen: it quit
                break
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 9)
        os.waitpid(pid, 0)
    assert len(out) > 1000, "the dashboard drew nothing"
    for marker in MARKERS:
        assert marker not in out, marker
    assert b"[@click=app.quit]" in out or "bấm".encode() in out
