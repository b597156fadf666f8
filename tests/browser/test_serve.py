"""`lso-tui serve` in a real headless Chromium, driven over the DevTools protocol (no mocks)."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A port nobody listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path, built_store: Path) -> Iterator[tuple[str, str]]:
    """`lso-tui serve` on a copy of the shipped store: (base URL, URL with the token)."""
    db = tmp_path / "store.json"
    shutil.copy(built_store, db)
    db.chmod(0o600)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "lso_tui", "--db", str(db), "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cfg")},
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    url = re.search(r"http://\S+/", line)
    assert url, line
    try:
        yield f"http://127.0.0.1:{port}/", url.group(0)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[str]:
    """Headless Chromium with a fresh profile and no background traffic: its DevTools websocket URL."""
    proc = subprocess.Popen(
        [
            str(CHROMIUM), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--remote-debugging-port=0",
            "--window-size=1200,800", "about:blank",
        ],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    for line in proc.stderr:
        if m := re.search(r"DevTools listening on (ws://\S+)", line):
            break
    else:
        raise AssertionError("chromium did not start")
    try:
        yield m.group(1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


class Page:
    """One browser page over CDP: commands, and every event kept."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        """Wrap the page's websocket."""
        self.ws, self.next_id, self.events = ws, 0, []  # type: ignore[var-annotated]
        self.frames = b""

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a command and wait for its answer (recording events meanwhile)."""
        self.next_id += 1
        await self.ws.send_json({"id": self.next_id, "method": method, "params": params})
        while True:
            msg = json.loads((await self.ws.receive()).data)
            if msg.get("id") == self.next_id:
                return dict(msg.get("result", {}))
            self._keep(msg)

    def _keep(self, msg: dict[str, Any]) -> None:
        """Record an event; keep the bytes the app's websocket delivered."""
        self.events.append(msg)
        if msg.get("method") == "Network.webSocketFrameReceived":
            r = msg["params"]["response"]
            data = r["payloadData"]
            self.frames += base64.b64decode(data) if r.get("opcode") == 2 else data.encode("utf-8")

    async def wait_for(self, text: str, timeout: float = 20) -> None:
        """Until *text* arrives over the app's websocket."""
        async with asyncio.timeout(timeout):
            while text.encode("utf-8") not in self.frames:
                self._keep(json.loads((await self.ws.receive()).data))


async def open_page(devtools: str) -> tuple[aiohttp.ClientSession, Page]:
    """A new tab and its CDP connection, with network events on."""
    session = aiohttp.ClientSession()
    port = devtools.split(":")[2].split("/")[0]
    async with session.put(f"http://127.0.0.1:{port}/json/new?about:blank") as r:
        target = await r.json()
    page = Page(await session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0))
    await page.call("Network.enable")
    await page.call("Page.enable")
    return session, page


async def test_the_dashboard_in_a_browser(server: tuple[str, str], browser: str) -> None:
    """With the token: the page loads, shows the units, takes a key; nothing leaves this machine."""
    _base, url = server
    session, page = await open_page(browser)
    try:
        await page.call("Page.navigate", url=url)
        await page.wait_for("Chi Lăng")
        await page.call("Runtime.evaluate", expression="document.querySelector('textarea').focus()")
        await page.call("Input.dispatchKeyEvent", type="keyDown", key="2", text="2")
        await page.call("Input.dispatchKeyEvent", type="keyUp", key="2")
        await page.wait_for("[2 Cán bộ]")
        asked = [
            e["params"]["request"]["url"]
            for e in page.events
            if e.get("method") == "Network.requestWillBeSent"
        ]
        assert asked and all(u.startswith(("http://127.0.0.1:", "data:")) for u in asked), asked
    finally:
        await session.close()


async def test_without_the_token_nothing_opens(server: tuple[str, str], browser: str) -> None:
    """The bare address, a wrong token and the websocket without one are all refused."""
    base, _url = server
    async with aiohttp.ClientSession() as s:
        for address in (base, base + "wrong/", base + "ws", base + "wrong/ws"):
            async with s.get(address) as r:
                assert r.status in (403, 404), address
        with pytest.raises(aiohttp.WSServerHandshakeError):
            await s.ws_connect(base.replace("http", "ws") + "wrong/ws")
    session, page = await open_page(browser)
    try:
        await page.call("Page.navigate", url=base)
        await asyncio.sleep(1)
        statuses = [
            e["params"]["response"]["status"]
            for e in page.events
            if e.get("method") == "Network.responseReceived"
        ]
        assert statuses and statuses[0] == 403
        assert b"Chi L" not in page.frames
    finally:
        await session.close()
