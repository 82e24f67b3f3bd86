"""Writing to disk so that a crash, Ctrl-C or kill -9 never leaves a half-written file or site.

`write_atomic` replaces one file in a single rename. `publish` writes the whole site into a sibling
folder and swaps it in with one rename, so readers (and the next build) see either the old site or
the new one, never a mix.
"""
from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import stat
from pathlib import Path, PurePosixPath

_TMP = "tmp"
_OLD = "old"

# Tests replace this to stop the process at a chosen step ("written", "swapped", "file-written", ...); it does
# nothing otherwise.
_after = None


def _step(name: str) -> None:
    if _after is not None:
        _after(name)


def _fsync_dir(path: Path) -> None:
    # Makes a rename inside `path` durable; not every platform lets a folder be opened for that.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(path: Path, data: bytes | str, *, exclusive: bool = False) -> None:
    """Replace `path` with `data` (str is written as UTF-8): a reader sees the old or the new file, whole.

    exclusive: create the file only if nothing is at `path` (FileExistsError otherwise), even when another
    process creates it meanwhile."""
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    # Same folder as the target: os.replace is only atomic within one file system. The name does not end
    # in .md, so a leftover from a killed process is never read as content.
    tmp = path.parent / f".{path.name}.{_TMP}-{os.getpid()}"
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _step("file-written")
        if exclusive:
            os.link(tmp, path)      # fails if path exists: no window between a check and the write
            tmp.unlink()
        else:
            os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)
    _step("file-replaced")


def remove_file(path: Path) -> None:
    """Delete `path` (gone already is fine), durably."""
    Path(path).unlink(missing_ok=True)
    _fsync_dir(Path(path).parent)
    _step("file-removed")


_TEMP_FILE = re.compile(rf"^\..+\.{_TMP}-(\d+)$")


def remove_stale_temp_files(root: Path) -> None:
    """Delete the temporary files that write_atomic calls killed with -9 left in `root` and its folders
    (never those of a process still running: it may be about to rename one)."""
    for dirpath, _, names in os.walk(root):
        for name in names:
            m = _TEMP_FILE.match(name)
            if m and not _alive(int(m.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(dirpath, name))


def check_page_path(rel: str) -> PurePosixPath:
    """A page path must stay inside the site folder: relative, no '..', no empty parts."""
    pure = PurePosixPath(rel)
    if (not rel or pure.is_absolute() or "\\" in rel or ":" in pure.parts[0]
            or any(part in ("..", ".", "") for part in rel.split("/"))):
        raise ValueError(f"page path {rel!r} escapes the site folder — use a relative path like 'events/x.html'")
    return pure


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _leftovers(site_dir: Path) -> list[tuple[Path, str, int]]:
    """Temp and old folders from earlier builds next to site_dir: (path, kind, pid)."""
    found = []
    prefix = f".{site_dir.name}-"
    for entry in site_dir.parent.iterdir() if site_dir.parent.is_dir() else ():
        if not entry.name.startswith(prefix):
            continue
        kind, _, pid = entry.name[len(prefix):].partition("-")
        if kind in (_TMP, _OLD) and pid.isdigit():
            found.append((entry, kind, int(pid)))
    return sorted(found)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def recover(site_dir: Path) -> None:
    """Undo what an interrupted build left behind; the previous site is restored if it was moved aside."""
    for path, kind, pid in _leftovers(site_dir):
        if _alive(pid):
            continue        # another build is running right now; its folders are its own
        if kind == _OLD and not site_dir.exists():
            # Killed between the two renames of the fallback swap: the old site is the complete one.
            os.rename(path, site_dir)
            continue
        _remove(path)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE). False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    return False


def _sync_tree(root: Path, files: list[Path]) -> None:
    if hasattr(os, "sync"):
        os.sync()       # one call flushes every file; thousands of fsyncs would dominate a large build
        return
    for path in files:
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())


def _link_unchanged(old: Path, target: Path, data: bytes) -> bool:
    """Hard-link `target` to the published file `old` when that already holds exactly `data`.

    An unchanged page then costs a comparison instead of a write. Publishing never writes into an existing
    file (every build writes a new folder), so the old site and the new one sharing a file is safe."""
    try:
        st = os.lstat(old)
        if not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
            return False
        with open(old, "rb") as fh:
            if fh.read(len(data) + 1) != data:
                return False
        os.link(old, target)
        return True
    except OSError:
        return False


# Written into every site folder: publish replaces only a folder that holds it (or an empty one), so a
# mistyped `site:` can never wipe a folder of someone's files.
SITE_MARKER = ".timeline-site"
_MARKER_TEXT = b"This folder is written by the timeline generator and replaced whole on every build.\n"


class ForeignSiteFolder(Exception):
    """The site folder holds files this tool did not write."""


def check_site_folder(site_dir: Path) -> None:
    """Raise ForeignSiteFolder unless publish may replace site_dir: missing, empty, or written by publish."""
    site_dir = Path(site_dir)
    if site_dir.is_symlink() or (site_dir.exists() and not site_dir.is_dir()):
        raise ForeignSiteFolder(f"{site_dir} is not a folder")
    if site_dir.is_dir() and not (site_dir / SITE_MARKER).is_file() and any(site_dir.iterdir()):
        raise ForeignSiteFolder(f"{site_dir} holds files this tool did not write (it has no {SITE_MARKER} marker)")


def publish(pages: dict[str, bytes], site_dir: Path) -> None:
    """Replace site_dir with exactly `pages` (relative posix path -> bytes) and the marker, all at once.

    Interrupted at any point, the previous site_dir stays complete; the next publish cleans up.
    """
    site_dir = Path(site_dir).absolute()
    checked = {check_page_path(rel): data for rel, data in pages.items()}
    checked[PurePosixPath(SITE_MARKER)] = _MARKER_TEXT
    check_site_folder(site_dir)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    recover(site_dir)
    pid = os.getpid()
    tmp = site_dir.parent / f".{site_dir.name}-{_TMP}-{pid}"
    old = site_dir.parent / f".{site_dir.name}-{_OLD}-{pid}"
    _remove(tmp)
    try:
        tmp.mkdir()
        made: set[Path] = {tmp}
        written = []
        previous = site_dir if site_dir.is_dir() else None
        for rel, data in sorted(checked.items()):
            target = tmp.joinpath(*rel.parts)
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            data = data if isinstance(data, bytes) else str(data).encode("utf-8")
            if previous is not None and _link_unchanged(previous.joinpath(*rel.parts), target, data):
                continue
            target.write_bytes(data)
            written.append(target)
        _sync_tree(tmp, written)
        _step("written")
        if site_dir.exists():
            if _exchange(tmp, site_dir):
                _step("swapped")
                _fsync_dir(site_dir.parent)
                _remove(tmp)            # now holds the previous site
                return
            # No atomic exchange here: move the old site aside first; recover() puts it back if we die
            # between these two renames.
            os.rename(site_dir, old)
            _step("moved-aside")
            os.rename(tmp, site_dir)
            _step("swapped")
            _fsync_dir(site_dir.parent)
            _remove(old)
        else:
            os.rename(tmp, site_dir)
            _fsync_dir(site_dir.parent)
    except BaseException:
        # Ctrl-C or a write error: the old site was not touched unless the swap already happened.
        if old.exists() and not site_dir.exists():
            os.rename(old, site_dir)
        _remove(tmp)
        raise
