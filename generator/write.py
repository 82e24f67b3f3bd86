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


def write_atomic(path: Path, data: bytes | str, *, exclusive: bool = False, durable: bool = True) -> None:
    """Replace `path` with `data` (str is written as UTF-8): a reader sees the old or the new file, whole.

    exclusive: create the file only if nothing is at `path` (FileExistsError otherwise), even when another
    process creates it meanwhile. durable=False skips the flushes to disk, for files that may be lost in a
    power cut but must never be seen half-written (the build cache)."""
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
            if durable:
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
    if durable:
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
    return PurePosixPath(_inside(rel))


def _inside(rel: str) -> str:
    parts = rel.split("/") if isinstance(rel, str) else [""]
    if "\\" in rel or ":" in parts[0] or any(part in ("..", ".", "") for part in parts):
        raise ValueError(f"page path {rel!r} escapes the site folder — use a relative path like 'events/x.html'")
    return rel


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


# Up to this many written files are flushed one by one; more with one os.sync().
SYNC_EACH_MAX = 2000


def _sync_tree(root: Path, files: list[Path], every_file_listed: bool = False) -> None:
    """Flush the new site's files to disk. `every_file_listed`: `files` holds every file written (render's
    workers write files this process does not list), so a few can be flushed one by one."""
    if hasattr(os, "sync") and (not every_file_listed or len(files) > SYNC_EACH_MAX):
        # One call flushes every file; thousands of fsyncs would dominate a large build. (It flushes every
        # other process's writes too, which on a busy machine can take seconds: not worth it for a few pages.)
        os.sync()
        return
    for path in files:
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())


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
    writer = SiteWriter(site_dir)
    try:
        for rel, data in sorted(pages.items()):
            writer.put(rel, data)
        writer.commit()
    except BaseException:
        writer.discard()
        raise


Stamp = tuple[int, int, int]    # (size, mtime in ns, inode) of a published file: it is still the file we wrote


def file_stamp(st: os.stat_result) -> Stamp:
    """What says a published file is the one written: size, modification time, inode (recorded by the cache and
    the last build's record, checked by both)."""
    return st.st_size, st.st_mtime_ns, st.st_ino


def _files(root: Path):
    """The relative posix path of every file below root."""
    for dirpath, _, names in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        for name in names:
            yield name if rel_dir == "." else f"{rel_dir}/{name}".replace(os.sep, "/")


# In place when at most this share of the jobs is rendered again (see SiteWriter.expect).
IN_PLACE_SHARE = 0.1


class SiteWriter:
    """The next site, built file by file in a folder beside site_dir and swapped in whole by commit(), or,
    when few pages change (expect()), only its new files moved into site_dir by commit().

    A file whose bytes the published site already holds is hard-linked from it instead of written, and
    those links are made only once something differs: a build that changes nothing writes nothing and
    leaves site_dir as it is. No file of the published site is ever written into (a new file replaces an
    old one by a rename), so the old site and the new one sharing a file is safe. Workers forked after
    materialize() may put() files too; each returns the stamp of what it put, for the build cache."""

    def __init__(self, site_dir: Path):
        self.site_dir = Path(site_dir).absolute()
        check_site_folder(self.site_dir)
        self.site_dir.parent.mkdir(parents=True, exist_ok=True)
        recover(self.site_dir)
        pid = os.getpid()
        self.tmp = self.site_dir.parent / f".{self.site_dir.name}-{_TMP}-{pid}"
        self.old = self.site_dir.parent / f".{self.site_dir.name}-{_OLD}-{pid}"
        self.previous = self.site_dir if self.site_dir.is_dir() else None
        self.materialized = False
        # In place (see expect()): only the files that differ go into the new folder, and commit() renames
        # them one by one into site_dir instead of swapping in a whole new folder.
        self.in_place = False
        self.changed = False            # a file was written, not linked: the site differs from the published one
        self.paths: set[str] = set()    # every file of the new site put or reused in this process
        self._pending: list[str] = []
        self._made: set[str] = set()
        self._written: list[Path] = []

    def expect(self, changing: int, total: int) -> None:
        """Told before rendering that `changing` of `total` jobs will be rendered: when that is a small part
        of a site that exists, the unchanged files stay where they are (no folder of links to make and
        remove) and commit() moves only the new files in, each with one rename, after all are written."""
        if not self.materialized and self.previous is not None and changing <= total * IN_PLACE_SHARE:
            self.in_place = True

    def include(self, rels) -> None:
        """Files of the new site put by worker processes (which kept or wrote them in their own copy)."""
        self.paths.update(rels)

    def _old(self, rel: str) -> str | None:
        return os.path.join(self.previous, rel) if self.previous is not None else None

    def reuse(self, rel: str, stamp: Stamp) -> bool:
        """Take the published file `rel` into the new site if it is still exactly the file that had `stamp`."""
        rel = _inside(rel)
        old = self._old(rel)
        try:
            st = os.lstat(old) if old is not None else None
        except OSError:
            return False
        if st is None or not stat.S_ISREG(st.st_mode) or file_stamp(st) != tuple(stamp):
            return False
        self._keep(rel)
        return True

    def put(self, rel: str, data: bytes | str) -> Stamp:
        """Add `rel` with `data` to the new site; the stamp of the file it will have."""
        rel = _inside(rel)
        data = data if isinstance(data, bytes) else str(data).encode("utf-8")
        old = self._old(rel)
        try:
            st = os.lstat(old) if old is not None else None
            if st is not None and stat.S_ISREG(st.st_mode) and st.st_size == len(data):
                with open(old, "rb") as fh:
                    if fh.read(len(data) + 1) == data:
                        self._keep(rel)
                        return file_stamp(st)
        except OSError:
            pass
        self.materialize()
        self.changed = True
        self.paths.add(rel)
        target = self._target(rel)
        with open(target, "wb") as fh:          # _target removed any earlier file: never write into a link
            fh.write(data)
        self._written.append(Path(target))
        return file_stamp(os.stat(target))

    def _keep(self, rel: str) -> None:
        self.paths.add(rel)
        if self.in_place:
            return      # it stays where it is
        if self.materialized:
            self._link(rel)
        else:
            self._pending.append(rel)

    def _target(self, rel: str) -> str:
        target = os.path.join(self.tmp, rel)
        parent = os.path.dirname(target)
        if parent not in self._made:
            os.makedirs(parent, exist_ok=True)
            self._made.add(parent)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(target)       # a share a failed worker began: its file may be a link into the old site
        return target

    def _link(self, rel: str) -> None:
        target = self._target(rel)
        try:
            os.link(self._old(rel), target)
        except OSError:     # the published file went away meanwhile: copy what it held, if anything
            self.changed = True
            shutil.copyfile(self._old(rel), target)
            self._written.append(Path(target))

    def materialize(self) -> None:
        """Make the new site folder, with the links put off so far (before forking workers that put)."""
        if self.materialized:
            return
        _remove(self.tmp)
        self.tmp.mkdir()
        self._made.add(str(self.tmp))
        self.materialized = True
        pending, self._pending = self._pending, []
        if self.in_place:
            return
        for rel in pending:
            self._link(rel)

    def _unchanged(self) -> bool:
        """Whether nothing was written and the published site holds exactly the files reused."""
        if self.changed or self.previous is None:
            return False
        return set(_files(self.previous)) == self.paths

    def commit(self, extra_paths: set[str] = frozenset()) -> bool:
        """Swap the new site in (`extra_paths`: files workers put). False when the published site already
        was exactly the new one, and nothing was done."""
        self.paths |= set(extra_paths)
        if SITE_MARKER not in self.paths:
            self.put(SITE_MARKER, _MARKER_TEXT)
        if not self.materialized and self._unchanged():
            self._pending = []
            return False
        self.materialize()
        if self.in_place:
            return self._commit_in_place()
        site_dir, tmp, old = self.site_dir, self.tmp, self.old
        try:
            _sync_tree(tmp, self._written)
            _step("written")
            if site_dir.exists():
                if _exchange(tmp, site_dir):
                    _step("swapped")
                    _fsync_dir(site_dir.parent)
                    _remove(tmp)            # now holds the previous site
                    return True
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
            return True
        except BaseException:
            # Ctrl-C or a write error: the old site was not touched unless the swap already happened.
            if old.exists() and not site_dir.exists():
                os.rename(old, site_dir)
            raise

    def _commit_in_place(self) -> bool:
        """Move the files written into the new folder over their old versions in site_dir, one rename each,
        then remove the published files the new site no longer has. Every new file is complete on disk
        before the first rename; a build killed during the renames leaves some pages new and some old, and
        the next build renders those again (their stamps no longer match its cache) and removes the folder."""
        site_dir, tmp = self.site_dir, self.tmp
        written = sorted(_files(tmp))
        self.paths.update(written)
        gone = [rel for rel in _files(site_dir) if rel not in self.paths]
        if not written and not gone:
            _remove(tmp)
            return False
        _sync_tree(tmp, [Path(tmp, rel) for rel in written], every_file_listed=True)
        _step("written")
        made: set[str] = set()
        for rel in written:
            target = os.path.join(site_dir, rel)
            parent = os.path.dirname(target)
            if parent not in made:
                os.makedirs(parent, exist_ok=True)
                made.add(parent)
            os.replace(os.path.join(tmp, rel), target)
        _step("swapped")
        folders = set()
        for rel in sorted(gone):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(os.path.join(site_dir, rel))
            folders.add(os.path.dirname(rel))
        # A folder left empty goes too, as it would with the whole site replaced.
        for folder in sorted(folders, key=lambda f: -f.count("/")):
            while folder:
                with contextlib.suppress(OSError):
                    os.rmdir(os.path.join(site_dir, folder))
                folder = os.path.dirname(folder)
        for folder in made | {os.path.dirname(os.path.join(site_dir, rel)) for rel in gone}:
            _fsync_dir(Path(folder))
        _remove(tmp)
        return True

    def discard(self) -> None:
        """Forget the new site; the published one stays as it was."""
        self._pending = []
        if self.materialized:
            _remove(self.tmp)
