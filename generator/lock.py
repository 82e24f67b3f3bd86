"""One writer at a time per project: ingest and publish run under an exclusive lock on `.timeline.lock`.

Two builds (or a build and `serve`) ingesting at once would interleave their manifest and content writes.
The lock is an OS file lock (flock), so it is released whenever its holder exits, even after kill -9, and a
lock file left by a killed build is never a problem. The file holds the holder's description, to say who is
waiting for whom.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import sys
from pathlib import Path
from typing import Callable, Iterator

LOCK_NAME = ".timeline.lock"


def _tell(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def project_lock(root: Path, command: str, *, tell: Callable[[str], None] = _tell) -> Iterator[None]:
    """Hold the project's lock for the block; if another process holds it, say who and wait for it.

    The lock file exists only while held, so a finished build leaves the project as it found it. Removing a
    lock file is safe only because a process that got the lock checks that the file is still the one at the
    path (not one removed meanwhile) and starts again otherwise."""
    path = Path(root) / LOCK_NAME
    told = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not told:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
                tell(f"waiting: {holder} is writing to this project (lock {path.name}); this {command} goes on "
                     f"when it ends")
                told = True
            fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{command} (pid {os.getpid()})\n".encode("utf-8"), 0)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)    # closing the descriptor releases the lock
