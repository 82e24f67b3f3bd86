"""Live preview: build, serve site/ on localhost, rebuild when seeds, content, templates or config change."""
from __future__ import annotations

import errno
import functools
import http.server
import os
import re
import socket
import sys
import threading
import time
from http import HTTPStatus
from pathlib import Path

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


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves site/ as a static host would: the site's own 404.html for a missing page, no folder listings."""

    base_url = ""     # the site's published address; bind() makes a subclass per server with it set

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass

    def send_head(self):
        try:
            path = self.translate_path(self.path)
            if os.path.isdir(path) and not os.path.isfile(os.path.join(path, "index.html")):
                self.send_error(HTTPStatus.NOT_FOUND)
                return None
            return super().send_head()
        except ValueError:
            # A NUL byte (%00) or a lone surrogate in the decoded path: no file can have such a name.
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request path")
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


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError):
            return      # the browser closed the connection mid-answer (a reload, a cancelled download)
        print(f"error: a request from {client_address[0]} failed: {exc!r} — the server keeps serving",
              file=sys.stderr)


def bind(host: str, port: int, site: Path, base_url: str = "") -> _Server:
    """A server for `site` listening on host:port (0: any free port). Raises OSError when it cannot listen."""
    handler = type("Handler", (_Handler,), {"base_url": base_url})
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


def rebuild(root: Path) -> None:
    """One rebuild; whatever goes wrong is reported and the server keeps serving the last good site."""
    try:
        build(load_project(root)).emit()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
    except OSError as exc:
        print(f"error: {exc} — the last good site is still served", file=sys.stderr)


def serve(root: Path, host: str = "127.0.0.1", port: int = 8000, interval: float = 0.5) -> int:
    project = load_project(root)
    # Listen before building: a busy port is reported at once, not after a build of the whole site.
    try:
        server = bind(host, port, project.site, str(project.settings.get("base_url") or ""))
    except OSError as exc:
        print(bind_problem(exc, host, port), file=sys.stderr)
        return 2
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    try:
        build(project).emit()
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
                rebuild(root)
                seen = snapshot(project)
    except KeyboardInterrupt:
        print("stopped")
        return 0
    finally:
        if serving.is_alive():      # shutdown() waits for serve_forever, so only once it runs
            server.shutdown()
        server.server_close()
