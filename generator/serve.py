"""Live preview: build, serve site/ on localhost, rebuild when seeds, content, templates or config change.

The preview keeps the build cache in memory, so a rebuild reads only the files that changed and renders only
the pages they touch. Every HTML page it serves (never the built files) gets one extra element, a script
(`/_preview/live.js`, served from the same origin, so the site's Content-Security-Policy allows it) that asks
the preview about the open page: it reloads the page when its file changes, and shows a build error over the
page, while the last good site stays served.
"""
from __future__ import annotations

import errno
import functools
import http.server
import io
import json
import os
import re
import socket
import sys
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .build import build
from .config import ConfigError, Project, load_project


def snapshot(project: Project) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every input file: a change in any of them means rebuild."""
    state: dict[str, tuple[int, int]] = {}
    for folder in (project.seeds, project.content, project.templates):
        if folder.is_dir():
            for dirpath, _, files in os.walk(folder):
                for name in files:
                    path = os.path.join(dirpath, name)
                    try:
                        st = os.stat(path)
                    except FileNotFoundError:
                        continue
                    state[path] = (st.st_mtime_ns, st.st_size)
    config = project.root / "config.yaml"
    if config.exists():
        st = config.stat()
        state[str(config)] = (st.st_mtime_ns, st.st_size)
    return state


# href="x" or src="x" with a relative x: not a scheme (https:, mailto:), not rooted (/), not a fragment (#).
_RELATIVE_LINK = re.compile(rb"""(\s(?:href|src)=["'])(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)""")


@dataclass
class Live:
    """What the preview's pages ask about: the number of the last build and its error ("" after a good one)."""

    build: int = 0
    error: str = ""


# The preview's own files live under this folder of the URL space; the site cannot have one of that name
# (every folder of the site is one the generator writes, and none starts with "_").
PREVIEW = "/_preview/"
LIVE_JS = Path(__file__).resolve().parent / "preview" / "live.js"
_LIVE_TAG = b'<script src="/_preview/live.js"></script>'


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves site/ as a static host would: the site's own 404.html for a missing page, no folder listings."""

    base_url = ""           # the site's published address; bind() makes a subclass per server with it set
    live: Live | None = None    # set by bind() for the live preview: pages get the reload script

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass

    def send_head(self):
        try:
            if self.live is not None and self.path.startswith(PREVIEW):
                return self._preview()
            path = self.translate_path(self.path)
            if os.path.isdir(path) and not os.path.isfile(os.path.join(path, "index.html")):
                self.send_error(HTTPStatus.NOT_FOUND)
                return None
            if self.live is not None:
                page = os.path.join(path, "index.html") if os.path.isdir(path) else path
                if page.endswith(".html") and os.path.isfile(page) and not os.path.isdir(path):
                    return self._answer(HTTPStatus.OK, "text/html; charset=utf-8", _inject(Path(page).read_bytes()))
            return super().send_head()
        except ValueError:
            # A NUL byte (%00) or a lone surrogate in the decoded path: no file can have such a name.
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request path")
            return None

    def _answer(self, status, content_type: str, data: bytes):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        return io.BytesIO(data)

    def _preview(self):
        """The reload script, and what it asks: the open page's file stamp, the last build and its error."""
        url = urlsplit(self.path)
        if url.path == PREVIEW + "live.js":
            return self._answer(HTTPStatus.OK, "text/javascript; charset=utf-8", LIVE_JS.read_bytes())
        if url.path == PREVIEW + "state":
            page = (parse_qs(url.query).get("page") or ["/"])[0]
            local = self.translate_path(page if page.startswith("/") else "/")
            if os.path.isdir(local):
                local = os.path.join(local, "index.html")
            try:
                st = os.stat(local)
                stamp = f"{st.st_ino}-{st.st_mtime_ns}-{st.st_size}"
            except (OSError, ValueError):
                stamp = "missing"
            state = {"build": self.live.build, "error": self.live.error, "page": stamp}
            return self._answer(HTTPStatus.OK, "application/json", json.dumps(state).encode("utf-8"))
        self.send_error(HTTPStatus.NOT_FOUND)
        return None

    def list_directory(self, path):
        # A folder's contents are not part of the site: a host answers 404 there, and so does the preview.
        self.send_error(HTTPStatus.NOT_FOUND)
        return None

    def send_error(self, code, message=None, explain=None):
        page = self._not_found_page() if code == HTTPStatus.NOT_FOUND else None
        if page is None:
            super().send_error(code, message, explain)
            return
        if self.live is not None:
            page = _inject(page)
        self.send_response(code, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(page)

    def _not_found_page(self) -> bytes | None:
        try:
            page = (Path(self.directory) / "404.html").read_bytes()
        except OSError:
            return None
        # 404.html links to the published site (base_url) or relative to the site root; in the preview both
        # must lead into the preview, from a missing page at any depth. (A <base> element would be simpler,
        # but the pages' Content-Security-Policy forbids it: base-uri 'none'.)
        if self.base_url:
            page = page.replace(b'"' + self.base_url.encode("utf-8"), b'"/')
        return _RELATIVE_LINK.sub(rb"\1/", page)


def _inject(page: bytes) -> bytes:
    """The page with the preview's script before </body> (at the end if it has none)."""
    at = page.rfind(b"</body>")
    return page[:at] + _LIVE_TAG + b"\n" + page[at:] if at != -1 else page + _LIVE_TAG


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError):
            return      # the browser closed the connection mid-answer (a reload, a cancelled download)
        print(f"error: a request from {client_address[0]} failed: {exc!r} — the server keeps serving",
              file=sys.stderr)


def bind(host: str, port: int, site: Path, base_url: str = "", live: Live | None = None) -> _Server:
    """A server for `site` listening on host:port (0: any free port). Raises OSError when it cannot listen.
    With `live`, the pages it serves reload themselves after a rebuild and show its errors."""
    handler = type("Handler", (_Handler,), {"base_url": base_url, "live": live})
    # The handler resolves the folder by path on every request, so it follows each atomic swap of site/.
    return _Server((host, port), functools.partial(handler, directory=str(site)))


def bind_problem(exc: OSError, host: str, port: int) -> str:
    """The one line that says why the server could not listen, and what to do."""
    other = port + 1 if port < 65535 else port - 1
    if exc.errno == errno.EADDRINUSE:
        return f"error: port {port} is in use — pick another with --port {other} (or --port 0 for any free port)"
    if exc.errno == errno.EACCES:
        return (f"error: no permission to listen on port {port} (ports below 1024 need root) — pick another with "
                f"--port 8000 (or --port 0 for any free port)")
    if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:
        return (f"error: cannot listen on {host!r}: {exc.strerror or exc} — use an address of this machine, "
                f"like --host 127.0.0.1")
    return f"error: cannot listen on {host}:{port}: {exc.strerror or exc}"


def rebuild(root: Path, cache=None, live: Live | None = None) -> None:
    """One rebuild; whatever goes wrong is reported (and shown on the open page) and the server keeps serving
    the last good site."""
    error = ""
    try:
        outcome = build(load_project(root), cache=cache)
        outcome.emit()
        if outcome.code != 0:
            error = "\n".join(outcome.problems)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        error = str(exc)
    except OSError as exc:
        print(f"error: {exc} — the last good site is still served", file=sys.stderr)
        error = f"error: {exc}"
    if live is not None:
        live.error = error
        live.build += 1
    _collect()


def _collect() -> None:
    """Free what the last build left in cycles, once its pages are out. A build keeps the cycle collector off
    and hides what it made from it (cache.paused_gc): collected here, while the preview waits for the next
    change, instead of during the next build, and what lives on (the model, the caches) is hidden again, so
    collections meanwhile do not walk it."""
    import gc

    gc.unfreeze()
    gc.collect()
    gc.freeze()


def serve(root: Path, host: str = "127.0.0.1", port: int = 8000, interval: float = 0.25) -> int:
    from .cache import BuildCache

    project = load_project(root)
    live = Live()
    # Listen before building: a busy port is reported at once, not after a build of the whole site.
    try:
        server = bind(host, port, project.site, str(project.settings.get("base_url") or ""), live=live)
    except OSError as exc:
        print(bind_problem(exc, host, port), file=sys.stderr)
        return 2
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    cache = BuildCache(project.root)     # kept between rebuilds: each reads and renders only what changed
    try:
        rebuild(project.root, cache, live)
        project.site.mkdir(parents=True, exist_ok=True)
        serving.start()
        print(f"serving {project.site} at http://{host}:{server.server_address[1]}/ — rebuilding on changes; "
              f"Ctrl-C stops")
        seen = snapshot(project)
        while True:
            time.sleep(interval)
            now = snapshot(project)
            if now != seen:
                seen = now
                print(f"change detected, rebuilding at {time.strftime('%H:%M:%S')}", file=sys.stderr)
                rebuild(project.root, cache, live)
                seen = snapshot(project)
    except KeyboardInterrupt:
        print("stopped")
        return 0
    finally:
        if serving.is_alive():      # shutdown() waits for serve_forever, so only once it runs
            server.shutdown()
        server.server_close()
