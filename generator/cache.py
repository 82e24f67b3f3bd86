"""The build cache: what a build may skip because nothing it depends on changed since the last build.

It lives in the project's `.timeline-cache/` folder (ignored by git). Deleting it makes the next build a
cold one, never a different one, and a cache that cannot be read, or was written by other code (another
version of the generator, another Python), is ignored and replaced. It holds:

- `parsed.pickle`: every content file as load.py read it (object, front matter, problems), by the hash of
  its path and bytes, so only changed files are parsed again;
- `stamps.pickle`: each content file's (size, mtime, ctime, inode) when it was read, with its key in
  `parsed.pickle`: a file whose stamp is the same is not even read again (load.py);
- `templates.pickle`: the templates as Jinja compiled them;
- `pages.pickle`: for every page job of the last build, the fingerprint of what it was made from and the
  stamp (size, mtime, inode) of each file it wrote. A job whose fingerprint is unchanged and whose files in
  the published site still carry those stamps is linked into the new site instead of rendered again.

A fingerprint is a hash of exactly what the page is made from: the code of the generator, every template
and static file, config.yaml's settings (`Fingerprints.common`), and the page's own key, built in site/render.py
from the digests of the content files it shows (an event with the actors, places, tags and sources it
names: `Fingerprints.event`).
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import os
import pickle
import re
import sys
from pathlib import Path

import jinja2

FOLDER = ".timeline-cache"
_MAGIC = b"timeline-cache 1\n"

# What a cache file may hold: a pickle naming anything else is not ours, and is ignored unread.
_ALLOWED = {
    "builtins": {"set", "frozenset", "tuple", "list", "dict", "bytes", "str", "int", "float", "bool",
                 "complex", "bytearray"},
    "datetime": {"date", "datetime", "time", "timedelta", "timezone"},
    "pathlib": {"Path", "PosixPath", "PurePosixPath", "WindowsPath", "PureWindowsPath"},
    "generator.model": {"PartialDate", "Citation", "Event", "Entity", "Source"},
    "generator.frontmatter": {"Document"},
    "generator.load": {"Loaded"},
    "generator.unchanged": {"Record"},
}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if name in _ALLOWED.get(module, ()):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the build cache")


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


_code: bytes | None = None


# The libraries whose output ends up in pages: another version of any of them may render differently.
_LIBRARIES = ("jinja2", "markupsafe", "markdown", "nh3", "yaml", "dateutil")


def code_digest() -> bytes:
    """A hash of the generator's own code, the libraries it renders with and the Python running it: a cache
    from other code is not used."""
    global _code
    if _code is None:
        import importlib.util

        h = hashlib.blake2b(digest_size=16)
        h.update(sys.version.encode("utf-8"))
        for name in _LIBRARIES:
            # Where it is installed and when: an upgrade writes the module's files anew. (Found, not imported:
            # a build with nothing to render need not import Markdown.)
            spec = importlib.util.find_spec(name)
            where = (spec.origin if spec is not None else None) or ""
            try:
                st = os.stat(where)
                h.update(f"\0{name}={where}={st.st_size}={st.st_mtime_ns}".encode("utf-8"))
            except OSError:
                h.update(f"\0{name}={where}".encode("utf-8"))
        # Every module of the package, subpackages too: the pages and exports are made in generator/site/.
        package = Path(__file__).resolve().parent
        for path in sorted(package.rglob("*.py")):
            h.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
        _code = h.digest()
    return _code


@contextlib.contextmanager
def paused_gc(freeze: bool = False):
    """The cycle collector off for the block (and back on after, if it was on). Loading content and the cache
    makes hundreds of thousands of objects that all live on, few of them garbage: each collection would walk
    that whole heap again for nothing (half the time of a build with nothing to render at 10,000 events).
    Objects are still freed by reference counting; only cycles wait for the end of the block.

    freeze: the objects made meanwhile are moved out of the collector's sight when it comes back on (gc.freeze),
    so the first allocation after the block does not set off one full collection of them all: for a command
    that ends with the block. A long-running process (serve) collects them later, when it is idle."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if freeze:
                gc.freeze()
            gc.enable()


def _read(path: Path):
    """The object in a cache file written by this code, or None (missing, corrupt, foreign)."""
    try:
        with open(path, "rb") as fh, paused_gc():
            head = fh.read(len(_MAGIC) + 16)
            if head != _MAGIC + code_digest():
                return None
            return _Unpickler(io.BufferedReader(fh)).load()
    except Exception:   # a torn, truncated or hand-made file: rebuild rather than fail the build
        return None


def _read_dict(path: Path) -> dict:
    found = _read(path)
    return found if isinstance(found, dict) else {}


def _write(path: Path, value) -> None:
    """Replace the cache file at `path` with `value`, whole (a reader sees the old file or the new one).
    Pickled straight into the file: the parsed content of 10,000 events is some 50 MB, and holding its bytes
    (twice, with the header) was the peak of a cold build's memory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.tmp-{os.getpid()}"
    try:
        with open(tmp, "wb") as fh, paused_gc():
            fh.write(_MAGIC + code_digest())
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        # a read-only project still builds; it just starts cold next time
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


# Cache file -> the dict of generator.site.exports it keeps: summaries, and each event's entry in each export.
_EXPORT_STORES = (("summaries.pickle", "_known"), ("entries.pickle", "_entries"))


class BuildCache:
    """The cache of one project folder. `parsed` and `pages` are read on first use."""

    def __init__(self, root: Path):
        self.folder = Path(root) / FOLDER
        self._parsed: dict | None = None
        self._pages: dict | None = None
        self._parsed_changed = False
        self._stamps: dict | None = None
        self._stamps_saved: dict | None = None
        self._templates: TemplateCache | None = None
        self._summaries: dict | None = None     # exports' summaries as last read or saved (None: not yet)

    @property
    def parsed(self) -> dict:
        if self._parsed is None:
            self._parsed = _read_dict(self.folder / "parsed.pickle")
        return self._parsed

    @property
    def pages(self) -> dict:
        if self._pages is None:
            self._pages = _read_dict(self.folder / "pages.pickle")
        return self._pages

    @property
    def stamps(self) -> dict:
        if self._stamps is None:
            self._stamps = self._stamps_saved = _read_dict(self.folder / "stamps.pickle")
        return self._stamps

    @property
    def record(self):
        """The record of the last successful build (unchanged.Record), or None."""
        from .unchanged import Record

        found = _read(self.folder / "record.pickle")
        return found if isinstance(found, Record) else None

    def save_record(self, record) -> None:
        """Keep `record` for the next build; None removes the last one (this build's inputs were not vouched
        for, and its site is not the recorded one)."""
        path = self.folder / "record.pickle"
        if record is None:
            with contextlib.suppress(OSError):
                path.unlink()
            return
        self._ignore()
        _write(path, record)

    def load_summaries(self) -> None:
        """Fill exports' summaries (text and link table -> summary) from the cache, once per cache: the
        export jobs of a rebuild then work out only the summaries of edited events."""
        from .site import exports

        known = getattr(exports, "_known", None)
        if self._summaries is not None or not isinstance(known, dict):
            return
        # (text, digest of the names) -> summary, as exports keeps them; anything else is not ours. The
        # exports' entries (export, digest of their inputs) -> text, alike.
        self._summaries = {}     # what the files hold: saved again only if this process knows others
        for name, kept in _EXPORT_STORES:
            into = getattr(exports, kept)
            found = {key: value for key, value in _read_dict(self.folder / name).items()
                     if isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str)
                     and isinstance(key[1], bytes) and isinstance(value, str)}
            for key, value in found.items():
                into.setdefault(key, value)
            self._summaries[name] = found

    def _save_summaries(self) -> None:
        from .site import exports

        if self._summaries is None:
            return
        for name, kept in _EXPORT_STORES:
            known = getattr(exports, kept, None)
            if not isinstance(known, dict) or known == self._summaries.get(name):
                continue
            self._ignore()
            _write(self.folder / name, known)
            self._summaries[name] = dict(known)

    @property
    def templates(self) -> "TemplateCache":
        """Compiled templates, for the Jinja environment of every build."""
        if self._templates is None:
            self._templates = TemplateCache(_read_dict(self.folder / "templates.pickle"))
        return self._templates

    def read(self, parsed: dict, changed: bool, stamps: dict | None = None) -> None:
        """What load read this time; saved by save() when the build succeeds (a failed build writes nothing)."""
        self._parsed = parsed
        self._parsed_changed = changed or self._parsed_changed
        if stamps is not None:
            self._stamps = stamps

    def save(self, pages: dict) -> None:
        """Keep what this build read and published, for the next build."""
        if self._parsed_changed and self._parsed is not None:
            self._ignore()
            _write(self.folder / "parsed.pickle", self._parsed)
            self._parsed_changed = False
        if self._stamps is not None and self._stamps != self._stamps_saved:
            self._ignore()
            # Saved after parsed.pickle: a stamp never names a file the saved parsed cache lacks for long
            # (and one that does is simply read again).
            _write(self.folder / "stamps.pickle", self._stamps)
            self._stamps_saved = self._stamps
        if pages != self._pages:
            self._ignore()
            _write(self.folder / "pages.pickle", pages)
            self._pages = pages
        self._save_summaries()
        if self._templates is not None and self._templates.changed:
            self._ignore()
            _write(self.folder / "templates.pickle", self._templates.store)
            self._templates.changed = False

    def _ignore(self) -> None:
        # Ignored by git even in a project whose .gitignore predates the cache.
        gitignore = self.folder / ".gitignore"
        if not gitignore.is_file():
            from .write import write_atomic
            try:
                write_atomic(gitignore, b"# The build cache: safe to delete.\n*\n", durable=False)
            except OSError:
                pass


class TemplateCache(jinja2.BytecodeCache):
    """Jinja's compiled templates by template and source checksum (Jinja checks both), kept in memory and
    saved with the build cache: compiling the templates would otherwise be part of every build."""

    def __init__(self, store: dict):
        self.store = store
        self.changed = False

    def load_bytecode(self, bucket) -> None:
        data = self.store.get(bucket.key)
        if isinstance(data, bytes):
            try:
                bucket.bytecode_from_string(data)
            except Exception:   # not Jinja's bytes after all: compile the template again
                bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()
        self.changed = True


class Fingerprints:
    """Page fingerprints for one build: `page(key)` hashes the common inputs with the page's own key.

    `digests` maps ("event"|"actor"|"place"|"tag"|"source", id) to the digest of the file the object was
    read from (filled by load); an object without one (a model made in code) is hashed by its repr."""

    def __init__(self, model, digests: dict, common: bytes, bodies_listed: bool = True):
        self.model = model
        self.digests = digests
        self.common = common
        self.bodies_listed = bodies_listed
        self._events: dict[str, bytes] = {}
        self._listed: dict[str, bytes] = {}
        self._catalogue: bytes | None = None
        self._pools = {"actor": model.actors, "place": model.places, "tag": model.tags, "source": model.sources}

    def of(self, kind: str, obj) -> bytes:
        found = self.digests.get((kind, obj.id))
        if found is None:
            found = self.digests[(kind, obj.id)] = digest(repr(obj).encode("utf-8"))
        return found

    def ref(self, kind: str, key: str) -> bytes:
        obj = self._pools[kind].get(key)
        return self.of(kind, obj) if obj is not None else b"-"

    def event(self, e) -> bytes:
        """An event with everything a page showing it may show of it: the actors, places, tags and sources it
        names (their names, outlets, dates and paragraphs)."""
        found = self._events.get(e.id)
        if found is None:
            parts = [self.of("event", e)]
            for kind, keys in (("actor", e.actors), ("place", e.places), ("tag", e.tags),
                               ("source", [c.source for c in e.sources])):
                parts += [self.ref(kind, k) for k in keys]
                parts.append(b"|")
            found = self._events[e.id] = digest(b"".join(parts))
        return found

    def listed(self, e) -> bytes:
        """What a list of events (a timeline, the related events, a pager) may show of an event: all of it
        but its body (unless a template reads bodies: see reads_bodies), with what it names."""
        found = self._listed.get(e.id)
        if found is None:
            head = self.digests.get(("event-head", e.id)) if not self.bodies_listed else None
            if head is None:
                found = self.event(e)
            else:
                found = digest(head + b"".join(
                    self.ref(kind, k) for kind, keys in (("actor", e.actors), ("place", e.places), ("tag", e.tags),
                                                         ("source", [c.source for c in e.sources])) for k in keys))
            self._listed[e.id] = found
        return found

    def events(self, events) -> bytes:
        """A list of events as a list shows them."""
        known = self._listed
        try:
            # Every build asks this of some 150,000 list entries at 10,000 events: the plain look-up first.
            return digest(b"".join([known[e.id] for e in events]))
        except KeyError:
            return digest(b"".join([known.get(e.id) or self.listed(e) for e in events]))

    def catalogue(self) -> bytes:
        """Every event as lists show them, every entity and source: for the home page and the index pages."""
        if self._catalogue is None:
            m = self.model
            parts = [self.events(m.events)]
            for kind, pool in (("actor", m.actors), ("place", m.places), ("tag", m.tags), ("source", m.sources)):
                parts += [kind.encode("ascii")] + [self.of(kind, pool[k]) for k in sorted(pool)]
            self._catalogue = digest(b"|".join(parts))
        return self._catalogue

    def model_digest(self) -> bytes:
        """Everything in the model, bodies included: for the exports, which carry every event."""
        return digest(self.catalogue() + b"".join(self.of("event", e) for e in self.model.events))

    def page(self, key) -> bytes:
        return digest(self.common + repr(key).encode("utf-8"))


def common_digest(template_folders: list[Path], settings: dict) -> bytes:
    """The inputs every page shares: the generator's code, every template and static file (each folder's
    relative paths and bytes, in the loader's order), and config.yaml's settings."""
    h = hashlib.blake2b(code_digest(), digest_size=16)
    for folder in template_folders:
        h.update(b"\0folder\0" + str(folder).encode("utf-8"))
        for path in sorted(Path(folder).rglob("*")) if Path(folder).is_dir() else []:
            if path.is_file():
                h.update(b"\0" + path.relative_to(folder).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    h.update(b"\0settings\0" + repr(sorted((str(k), repr(v)) for k, v in settings.items())).encode("utf-8"))
    return h.digest()


# A template that reads an object's body itself (`event.body`, `e["body"]`, `map(attribute="body")`, or through
# attr()) may show the body of every event it lists; the built-in ones show only the page's own body, passed in
# rendered. Any quoted "body" counts: a false alarm only makes list pages re-render with their bodies.
_READS_BODY = re.compile(r"""\.body\b|["']body["']|\battr\s*\(""")


def reads_bodies(template_folders: list[Path]) -> bool:
    """Whether any template may show the body of an event other than the page's own: then lists of events
    are fingerprinted with their bodies."""
    for folder in template_folders:
        for path in Path(folder).glob("*.*") if Path(folder).is_dir() else []:
            if path.suffix in (".html", ".xml", ".svg", ".txt") and _READS_BODY.search(
                    path.read_text(encoding="utf-8", errors="replace")):
                return True
    return False
