"""`lso-tui serve`: the same dashboard in a browser (textual-serve), behind a random token.

textual-serve has no authentication: whoever reaches its port runs the app as this user. So the
page and its websocket live under a path holding a random token (printed at start, compared in
constant time), everything else answers 403, the server binds to 127.0.0.1 unless another address
is asked for explicitly, and the page loads its font from the package instead of the internet.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import hmac
import ipaddress
import re
import secrets
import shlex
import shutil
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

from lso_tui.errors import os_reason, refusal
from lso_tui.text import clean, emit

GOOGLE_FONTS = re.compile(r"<link[^>]*fonts\.googleapis\.com[^>]*>", re.S)
LOCAL_FONT = (
    '<style>@font-face { font-family: "Roboto Mono"; '
    'src: url("{{ config.static.url }}fonts/RobotoMono-VariableFont_wght.ttf"); }</style>'
)


def check_host(host: str, allow_remote: bool) -> str:
    """The address to bind: loopback unless *allow_remote* was given for another one."""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        raise refusal("err.serve.host", host=host) from None
    if not loopback and not allow_remote:
        raise refusal("err.serve.remote", host=host)
    return host


def check_port(host: str, port: int) -> None:
    """Refuse, in one line, a port that cannot be listened on (before saying where to point a browser)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            raise refusal("err.serve.port", host=host, port=port, why=os_reason(exc)) from None


def offline_templates(package_templates: Path, into: Path) -> Path:
    """A copy of textual-serve's page template that takes its font from the package, not Google."""
    html = (package_templates / "app_index.html").read_text(encoding="utf-8")
    (into / "app_index.html").write_text(GOOGLE_FONTS.sub(LOCAL_FONT, html), encoding="utf-8")
    return into


def netloc(host: str, port: int) -> str:
    """host:port as a URL writes it: an IPv6 address in brackets ("[::1]:8000"; "::1:8000" is no address)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def make_server(argv: list[str], host: str, port: int, token: str) -> Any:
    """A textual-serve Server running `lso-tui ARGV` for each browser, reachable only with *token*."""
    import aiohttp_jinja2
    import jinja2
    import textual_serve
    from aiohttp import web
    from textual_serve.server import Server

    base = Path(textual_serve.__file__).parent
    tmp = Path(tempfile.mkdtemp(prefix="lso-tui-serve-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # the rewritten page, gone at exit
    templates = offline_templates(base / "templates", tmp)
    command = shlex.join([sys.executable, "-m", "lso_tui", *argv])
    root = f"http://{netloc(host, port)}"
    origins = {root, f"http://localhost:{port}"} if host in ("127.0.0.1", "::1") else {root}

    def guard(handler: Any) -> Any:
        """*handler* only for the right token (compared in constant time), else 403."""

        async def guarded(request: web.Request) -> Any:
            """Check the token (as bytes: a non-ASCII path is just wrong, not an error), and that a
            websocket comes from the page itself (another site's page would send its own Origin)."""
            given = request.match_info.get("token", "").encode("utf-8", "replace")
            if not hmac.compare_digest(given, token.encode()):
                raise web.HTTPForbidden(text="lso-tui: this address needs the token printed at start")
            origin = request.headers.get("Origin")
            if request.path.endswith("/ws") and origin is not None and origin not in origins:
                raise web.HTTPForbidden(text="lso-tui: the dashboard opens only from its own page")
            if request.path.endswith("/ws") and request.headers.get("Upgrade", "").lower() != "websocket":
                raise web.HTTPBadRequest(text="lso-tui: this address is the page's websocket")  # (not an error logged)
            return await handler(request)

        return guarded

    class TokenServer(Server):
        """textual-serve with the page and its websocket under /TOKEN/; nothing else but /static."""

        async def _make_app(self) -> web.Application:
            """The routes (textual-serve's own, moved under the token)."""
            app = web.Application()
            aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(templates))
            app.add_routes(
                [
                    web.get("/", guard(self.page)),  # no token: 403, saying where to look
                    web.get("/{token}/", guard(self.page), name="index"),
                    web.get("/{token}/ws", guard(self.handle_websocket), name="websocket"),
                    web.static("/static", self.statics_path, name="static"),
                ]
            )
            app.on_startup.append(self.on_startup)
            return app

        @aiohttp_jinja2.template("app_index.html")
        async def page(self, request: web.Request) -> dict[str, Any]:
            """The page: its websocket URL carries the token in its path."""
            return {
                "font_size": 16,
                "app_websocket_url": f"ws://{netloc(host, port)}/{token}/ws",
                "config": {"static": {"url": f"{root}/static/"}},
                "application": {"name": "lso-tui"},
            }

        def initialize_logging(self) -> None:
            """Plain warning lines on stderr: no access log (each line holds the token's path), no
            traceback (its locals hold the token), and the token replaced wherever it appears."""
            import logging

            handler = logging.StreamHandler(sys.stderr)
            handler.addFilter(_Scrub(token))
            handler.setFormatter(logging.Formatter("lso-tui serve: %(levelname)s %(message)s"))
            logging.getLogger().handlers[:] = [handler]
            logging.getLogger().setLevel(logging.WARNING)
            logging.getLogger("aiohttp.access").disabled = True

        async def on_startup(self, app: web.Application) -> None:
            """Nothing to say yet: the socket is not listening before start-up ends."""

        def serve(self, debug: bool = False) -> None:
            """textual-serve's loop, saying where to point the browser (with the token) only once the
            socket listens: aiohttp prints after its site has started, and on_startup runs before."""
            import asyncio
            import signal

            self.debug = debug
            self.initialize_logging()
            loop = asyncio.new_event_loop()
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(signal.SIGINT, self.request_exit)
                loop.add_signal_handler(signal.SIGTERM, self.request_exit)
            said = f"lso-tui: serving on {root}/{token}/ (Ctrl+C stops)"
            web.run_app(
                self._make_app(), host=host, port=port, handle_signals=False, loop=loop,
                print=lambda *_: emit(said, flush=True),
            )  # fmt: skip

    return TokenServer(command, host=host, port=port, title="lso-tui", templates_path=templates)


class _Scrub:
    """A logging filter: the message cleaned, the token hidden, no exception text."""

    def __init__(self, token: str) -> None:
        """Hide *token*."""
        self.token = token

    def filter(self, record: Any) -> bool:
        """Rewrite *record* in place (always kept)."""
        message = clean(record.getMessage(), keep_newlines=False).replace(self.token, "<token>")
        record.msg, record.args, record.exc_info, record.exc_text, record.stack_info = message, (), None, None, None
        return True


def new_token() -> str:
    """A random URL-safe token (128 bits)."""
    return secrets.token_urlsafe(16)


def serve_command(args: argparse.Namespace) -> int:
    """`lso-tui serve`: each browser gets its own dashboard on the same store."""
    from lso_tui.cli.build import ensure_store

    host = check_host(args.host, args.allow_remote)
    check_port(host, args.port)
    path, _ = ensure_store(args.db)
    argv = ["--db", str(path.resolve())]
    argv += [opt for flag, opt in ((args.read_only, "--read-only"), (args.no_mouse, "--no-mouse")) if flag]
    argv += ["--lang", args.lang] if args.lang else []
    make_server(argv, host, args.port, new_token()).serve()
    return 0
