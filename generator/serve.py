"""Live preview: build, serve site/ on localhost, rebuild when seeds, content, templates or config change."""
from __future__ import annotations

import functools
import http.server
import os
import sys
import threading
import time
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


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


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
    build(project).emit()
    project.site.mkdir(parents=True, exist_ok=True)
    # The handler resolves the folder by path on every request, so it follows each atomic swap of site/.
    handler = functools.partial(_Quiet, directory=str(project.site))
    server = http.server.ThreadingHTTPServer((host, port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"serving {project.site} at http://{host}:{server.server_address[1]}/ — rebuilding on changes; Ctrl-C stops")
    seen = snapshot(project)
    try:
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
        server.shutdown()
