"""A build with nothing to do: every input as the last successful build found it, and the site as it left it.

The last successful build leaves a record in the build cache (`record.pickle`): the stamp of every entry of
the content folders, the digest of everything else a page is made from (the code, templates, static files,
config.yaml's settings: cache.common_digest), the problems load reported, the summary lines, and the stamp of
every file it published. A build whose inputs carry exactly those stamps and digests, into a site folder
holding exactly those files, would read, render and write the same bytes again: it replays the record instead
(build.py), so `build` with nothing changed prints the same lines and the same problems, in a fraction of the
time.

Every doubt means the full build: a subfolder or symbolic link among the content files (what lies behind
them is not stamped), a content file changed less than two seconds before the scan (a file changed again
within the same tick of the file system's clock could keep its stamp), a pending ingest, leftovers of an
interrupted build next to the site, any file of the site added, removed or touched.
"""
from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from .config import Project
from .write import file_stamp

_FOLDERS = ("sources", "events", "actors", "places", "tags")     # load.FOLDERS; load is not imported here
SETTLED_NS = 2_000_000_000


@dataclass
class Record:
    """What one successful build read and wrote; `inputs` is compared whole with the next build's."""

    inputs: tuple
    problems: list[str] = field(default_factory=list)     # load's problems, as printed
    lines: list[str] = field(default_factory=list)        # the content summary
    site: dict[str, tuple] = field(default_factory=dict)  # every published file -> (size, mtime, inode)
    files: int = 0                                        # files the site line counts (all but the marker)
    jobs: int = 0                                         # page jobs of that build


def content_stamps(project: Project, now_ns: int | None = None) -> tuple | None:
    """(folder, ((name, stamp), ...)) for each content folder, every entry load may look at, or None when
    some entry cannot be vouched for by its stamp (see the module's docstring)."""
    now_ns = time.time_ns() if now_ns is None else now_ns
    out = []
    for folder in _FOLDERS:
        directory = os.path.join(project.content, folder)
        try:
            listing = os.scandir(directory)
        except FileNotFoundError:
            out.append((folder, None))
            continue
        except OSError:
            return None
        entries = []
        with listing:
            for entry in listing:
                name = entry.name
                if name.startswith(".") or name.endswith("~"):
                    continue        # load skips these too
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    return None
                if not stat.S_ISREG(st.st_mode) or max(st.st_mtime_ns, st.st_ctime_ns) >= now_ns - SETTLED_NS:
                    return None
                entries.append((name, (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)))
        entries.sort()
        out.append((folder, tuple(entries)))
    return tuple(out)


def inputs(project: Project, strict: bool, stamps: tuple) -> tuple:
    """Everything a build's output depends on, as one comparable value."""
    from .cache import common_digest

    settings = project.settings
    return (str(project.root), str(project.content), str(project.site), bool(strict),
            common_digest(project.template_folders, settings), stamps)


def site_is_as_recorded(site_dir: Path, record: Record) -> bool:
    """Whether the site folder holds exactly the files the record's build published, each still the file it
    wrote (same size, modification time and inode), and nothing of an interrupted build lies beside it."""
    site_dir = Path(site_dir).absolute()
    prefix = f".{site_dir.name}-"
    try:
        if any(name.startswith(prefix) for name in os.listdir(site_dir.parent)):
            return False
        if site_dir.is_symlink() or not site_dir.is_dir():
            return False
        seen = 0
        for dirpath, dirs, names in os.walk(site_dir):
            rel_dir = os.path.relpath(dirpath, site_dir)
            for name in names:
                rel = name if rel_dir == "." else f"{rel_dir}/{name}".replace(os.sep, "/")
                want = record.site.get(rel)
                if want is None:
                    return False
                st = os.lstat(os.path.join(dirpath, name))
                if not stat.S_ISREG(st.st_mode) or file_stamp(st) != want:
                    return False
                seen += 1
            for name in dirs:
                if os.path.islink(os.path.join(dirpath, name)):
                    return False
        return seen == len(record.site)
    except OSError:
        return False
