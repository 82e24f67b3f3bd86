"""Load content/ into the Model: read every file, turn front matter into typed objects, then validate.

Reading a file only ever looks at that file (so it can be cached or run in parallel later); everything
that needs the whole collection (references, quotes, duplicate URLs) lives in validate.py.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import frontmatter
from .cache import BuildCache, digest
from .config import Project
from .model import STATUSES, Citation, Entity, Event, Model, PartialDate, Source, link
from .problems import Problem, display_path

KINDS = {"actors": "actor", "places": "place", "tags": "tag"}
_KIND_OF = {"sources": "source", "events": "event", **KINDS}
FOLDERS = ("sources", "events", "actors", "places", "tags")

SOURCE_KEYS = ("title", "outlet", "published", "url", "seed")
EVENT_KEYS = ("title", "date", "end", "date_text", "date_basis", "status", "merge_basis", "actors", "places",
              "tags", "sources", "summary", "importance", "media")
ENTITY_KEYS = ("name", "aliases", "type")
CITATION_KEYS = ("source", "paragraph", "quote", "date", "date_text", "status")

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Loaded:
    """One file's result: the object (None when unreadable) and what is wrong with it on its own."""
    kind: str                       # "source" | "event" | "actor" | "place" | "tag"
    path: Path
    obj: object | None
    doc: frontmatter.Document | None = None   # its front matter; the body is left out (the object has it)
    problems: list[tuple[int, str, str]] = field(default_factory=list)   # (line, severity, message)
    lines: list[str] = field(default_factory=list)      # the file text, to find nested keys

    def error(self, line: int, message: str) -> None:
        self.problems.append((line, "error", message))

    def warning(self, line: int, message: str) -> None:
        self.problems.append((line, "warning", message))


# ----------------------------------------------------------------------------------------------- reading
# Reading a file looks only at its path and bytes, so its result (object, front matter, problems) is kept by
# a hash of those: in memory between the loads of one process (serve), and in the build cache on disk
# (cache.py) between builds. Only the files of the last load are kept, so neither can grow without bound.
# Nothing changes a read object afterwards, so sharing one between loads is safe.
_parsed: dict[bytes, tuple] = {}
_seen: dict[bytes, tuple] = {}
# path -> ((size, mtime, ctime, inode), key in _parsed, front matter digest of an event): files of the last
# load that need not be read again while their stamp is the same (kept with the build cache too).
_stamps: dict[str, tuple] = {}
_seen_stamps: dict[str, tuple] = {}

_FM_HINTS = {
    "missing front matter": "missing front matter — start the file with a line '---', then 'key: value' "
                            "lines, then a line '---'",
    "front matter is not closed": "front matter is not closed — add a line '---' after the last key",
    "front matter must be a mapping": "front matter must be 'key: value' lines — write one key per line, "
                                      "e.g. 'title: ...'",
}


def _front_matter_message(message: str) -> str:
    for prefix, text in _FM_HINTS.items():
        if message.startswith(prefix):
            return text
    if message.startswith("malformed YAML"):
        return f"{message} — fix this line; put a value in quotes if it contains ': ', '#' or starts with '['"
    return f"{message} — fix the front matter"


def read_document(path: Path, loaded: Loaded, raw: bytes | None = None) -> frontmatter.Document | None:
    """Parse the file at `path`, or `raw` when given: the bytes a pending ingest will write there."""
    try:
        raw = path.read_bytes() if raw is None else raw
    except OSError as exc:
        loaded.error(1, f"cannot read the file ({exc.strerror}) — check that it exists and is readable")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        loaded.error(line, f"not UTF-8 at byte {exc.start} — save the file as UTF-8")
        return None
    text = text.replace("\r\n", "\n")
    loaded.lines = text.split("\n")
    try:
        return frontmatter.parse(text)
    except frontmatter.FrontMatterError as exc:
        loaded.error(exc.line, f"{exc.message} — {exc.fix}" if exc.fix else _front_matter_message(exc.message))
    except Exception as exc:   # PyYAML raises more than YAMLError on odd input; never show a traceback
        loaded.error(1, f"cannot read the front matter ({type(exc).__name__}: {exc}) — fix the YAML")
    return None


# --------------------------------------------------------------------------------------- typed accessors
def _text(loaded: Loaded, doc, key: str, required: bool = False) -> str:
    value = doc.meta.get(key)
    if value is None or value == "":
        if required:
            if key in doc.meta:
                loaded.error(doc.line_of(key), f"'{key}' is empty — write a value after '{key}:'")
            else:
                loaded.error(1, f"missing key '{key}' — add a line '{key}: ...' to the front matter")
        return ""
    if isinstance(value, (list, dict)):
        loaded.error(doc.line_of(key), f"'{key}' must be text, not a {'list' if isinstance(value, list) else 'mapping'}"
                                       f" — write '{key}: some text' on one line")
        return ""
    if isinstance(value, bool):
        # YAML reads yes/no/true/false as booleans; the author meant the word.
        return "true" if value else "false"
    return str(value)


def _slug_list(loaded: Loaded, doc, key: str) -> list[str]:
    value = doc.meta.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        loaded.error(doc.line_of(key), f"'{key}' must be a list — write '{key}: [{_example(key)}]'")
        return []
    out = []
    for i, item in enumerate(value):
        if isinstance(item, (list, dict)) or item is None or isinstance(item, bool):
            what = "a name" if key == "aliases" else "an id"
            loaded.error(doc.line_of(key, i), f"item {i + 1} of '{key}' is not {what} — write one per item, "
                                              f"e.g. '{key}: [{_example(key)}]'")
            continue
        out.append(str(item))
    return out


def _example(key: str) -> str:
    return {"actors": "john-kerry, sergey-lavrov", "places": "aleppo", "tags": "ceasefire",
            "aliases": "Sergei Lavrov, Lavrov"}.get(key, "a, b")


def _date(loaded: Loaded, doc, key: str) -> PartialDate | None:
    value = doc.meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (list, dict, bool, float)):
        loaded.error(doc.line_of(key), f"'{key}' must be a date — write YYYY, YYYY-MM or YYYY-MM-DD")
        return None
    try:
        return PartialDate.parse(str(value))
    except ValueError as exc:
        hint = "or leave 'date:' empty if the date is unknown" if key == "date" else f"or remove '{key}'"
        loaded.error(doc.line_of(key), f"{key} {exc} — fix the date {hint}")
        return None


def _status(loaded: Loaded, value, line: int, default: str, absent: str) -> str:
    """One of STATUSES; empty gives `default`. Anything else is an error naming the allowed words; `absent`
    says what leaving the key out means."""
    if value is None or value == "":
        return default
    if isinstance(value, str) and value in STATUSES:
        return value
    import difflib
    allowed = ", ".join(STATUSES)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        close = difflib.get_close_matches(str(value).strip().lower(), STATUSES, n=1, cutoff=0.6)
        guess = f"did you mean '{close[0]}'? Or write" if close else "write"
        loaded.error(line, f"status '{value}' is not one of {allowed} — {guess} one of them, or remove "
                           f"'status:' ({absent})")
    else:
        loaded.error(line, f"status must be one word, one of {allowed} — write 'status: cancelled', say, or "
                           f"remove 'status:' ({absent})")
    return default


def _unknown_keys(loaded: Loaded, doc, known: tuple[str, ...]) -> None:
    for key in doc.meta:
        if key not in known:
            loaded.warning(doc.line_of(key), unknown_key_message(key, known))


def unknown_key_message(key: str, known) -> str:
    import difflib
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    if close:
        return f"unknown key '{key}' — did you mean '{close[0]}'?"
    return f"unknown key '{key}' — it is ignored; known keys: {', '.join(known)}"


def _body(doc) -> tuple[str, int]:
    """The body without the blank lines around it, and the line its first text is on."""
    body = doc.body
    stripped = body.lstrip("\n")
    return stripped.rstrip(), doc.body_line + (len(body) - len(stripped))


BODY_LIMIT = 1_000_000       # bytes of UTF-8


def _check_body_size(loaded: Loaded, body: str, line: int) -> None:
    """An event's or entry's body is a sentence or a paragraph, copied into every page and feed that shows it;
    a megabyte there is a pasted article or a mistake. Only a text of more than BODY_LIMIT / 4 characters can
    be over the limit (UTF-8 takes at most 4 bytes a character), so a normal body is never encoded to count."""
    if len(body) > BODY_LIMIT // 4 and (size := len(body.encode("utf-8"))) > BODY_LIMIT:
        loaded.warning(line, f"the body is {size:,} bytes, over the limit of 1 MB ({BODY_LIMIT:,} bytes) — "
                             f"shorten it to a few sentences; the full text of an article belongs in "
                             f"content/sources/")


def paragraphs_of(body: str) -> list[str]:
    """A source body's paragraphs: blocks separated by blank lines, each joined into one line."""
    return [re.sub(r"\s*\n\s*", " ", p.strip()) for p in re.split(r"\n[ \t]*\n", body.strip()) if p.strip()]


# ------------------------------------------------------------------------------------------- per file
def read_source(path: Path, raw: bytes | None = None) -> Loaded:
    loaded = Loaded("source", path, None)
    doc = loaded.doc = read_document(path, loaded, raw)
    if doc is None:
        return loaded
    _unknown_keys(loaded, doc, SOURCE_KEYS)
    published = None
    raw = doc.meta.get("published")
    if raw not in (None, ""):
        try:
            published = dt.date.fromisoformat(str(raw))
        except ValueError:
            loaded.error(doc.line_of("published"),
                         f"published {str(raw)!r} is not a date — write it as YYYY-MM-DD or leave it empty")
    body, _ = _body(doc)
    loaded.obj = Source(id=path.stem, path=path, title=_text(loaded, doc, "title") or path.stem,
                        outlet=_text(loaded, doc, "outlet"), published=published, url=_text(loaded, doc, "url"),
                        seed=_text(loaded, doc, "seed"), paragraphs=paragraphs_of(body), meta=doc.meta)
    return loaded


def read_entity(path: Path, kind: str, raw: bytes | None = None) -> Loaded:
    loaded = Loaded(kind, path, None)
    doc = loaded.doc = read_document(path, loaded, raw)
    if doc is None:
        return loaded
    _unknown_keys(loaded, doc, ENTITY_KEYS)
    name = _text(loaded, doc, "name", required=True)
    aliases = _slug_list(loaded, doc, "aliases")
    body, body_line = _body(doc)
    _check_body_size(loaded, body, body_line)
    loaded.obj = Entity(id=path.stem, kind=kind, path=path, name=name or path.stem, aliases=aliases,
                        type=_text(loaded, doc, "type"), body=body, body_line=body_line, meta=doc.meta)
    return loaded


def _citation_lines(doc, text_lines: list[str], index: int) -> dict[str, int]:
    """The line of each key inside the index-th item of 'sources', for errors that point at 'quote:'."""
    start = doc.line_of("sources", index)
    items = doc.item_lines.get("sources", [])
    stop = items[index + 1] if index + 1 < len(items) else doc.body_line - 1
    found = {}
    for n in range(start, max(start + 1, stop)):
        if n - 1 >= len(text_lines):
            break
        m = re.match(r"^\s*(?:-\s+)?([A-Za-z_]+)\s*:", text_lines[n - 1])
        if m and m[1] not in found:
            found[m[1]] = n
    return found


def read_event(path: Path, raw: bytes | None = None) -> Loaded:
    loaded = Loaded("event", path, None)
    doc = loaded.doc = read_document(path, loaded, raw)
    if doc is None:
        return loaded
    _unknown_keys(loaded, doc, EVENT_KEYS)
    title = _text(loaded, doc, "title", required=True)
    if "date" not in doc.meta:
        loaded.error(1, "missing key 'date' — add 'date: YYYY-MM-DD' (or YYYY-MM, YYYY; leave it empty if unknown)")
    date = _date(loaded, doc, "date")
    end = _date(loaded, doc, "end")
    if end is not None:
        if date is None and "date" in doc.meta and not doc.meta.get("date"):
            loaded.error(doc.line_of("end"), "an 'end' without a 'date' — set the date too, or remove 'end'")
        elif date is not None and end.last_day < date.first_day:
            loaded.error(doc.line_of("end"), f"end {end} is before date {date} — swap them or fix the end date")
    for key, kind in (("summary", "text"), ("importance", "int"), ("media", "list")):
        value = doc.meta.get(key)
        if value is None:
            continue
        if kind == "int" and (isinstance(value, bool) or not isinstance(value, int)):
            loaded.error(doc.line_of(key), f"'{key}' must be a whole number — e.g. '{key}: 2'")
        elif kind == "list" and not isinstance(value, list):
            loaded.error(doc.line_of(key), f"'{key}' must be a list — write one item per line, each starting '- '")
        elif kind == "text":
            _text(loaded, doc, key)
    body, body_line = _body(doc)
    _check_body_size(loaded, body, body_line)
    loaded.obj = Event(
        id=path.stem, path=path, title=title, date=date, end=end,
        date_text=_text(loaded, doc, "date_text"), date_basis=_text(loaded, doc, "date_basis"),
        status=_status(loaded, doc.meta.get("status"), doc.line_of("status") if "status" in doc.meta else 1, "held",
                       "no status means it was held"),
        merge_basis=_text(loaded, doc, "merge_basis"),
        actors=_slug_list(loaded, doc, "actors"), places=_slug_list(loaded, doc, "places"),
        tags=_slug_list(loaded, doc, "tags"), sources=_citations(loaded, doc, path),
        body=body, body_line=body_line, meta=doc.meta)
    return loaded


def _citations(loaded: Loaded, doc, path: Path) -> list[Citation]:
    value = doc.meta.get("sources")
    if value is None:
        return []
    if not isinstance(value, list):
        loaded.error(doc.line_of("sources"), "'sources' must be a list of citations — write each as "
                                             "'- source: <source id>' with 'paragraph: N' and 'quote: ...' below")
        return []
    out = []
    for i, item in enumerate(value):
        line = doc.line_of("sources", i)
        if not isinstance(item, dict):
            loaded.error(line, f"citation {i + 1} is not a mapping — write it as '- source: <source id>' with "
                               f"'paragraph: N' and 'quote: ...' on the lines below")
            continue
        lines = _citation_lines(doc, loaded.lines, i)
        for key in item:
            if key not in CITATION_KEYS:
                loaded.warning(lines.get(key, line), unknown_key_message(key, CITATION_KEYS))
        source = item.get("source")
        if source in (None, "") or isinstance(source, (list, dict, bool)):
            loaded.error(lines.get("source", line), f"citation {i + 1} has no source — add 'source: <id>', "
                                                    f"the file name of content/sources/<id>.md")
            continue
        paragraph = item.get("paragraph")
        if paragraph in ("", None):
            paragraph = None
        elif isinstance(paragraph, bool) or not isinstance(paragraph, int) or paragraph < 1:
            loaded.error(lines.get("paragraph", line), f"paragraph {paragraph!r} is not a paragraph number — "
                                                       f"write a whole number from 1, or remove the line")
            paragraph = None
        quote = item.get("quote")
        if quote is None or isinstance(quote, (list, dict)):     # an empty quote is validate's to report
            loaded.error(lines.get("quote", line), f"citation {i + 1} has no quote — add 'quote: ' with the "
                                                   f"sentence from the source that supports this event")
            continue
        out.append(Citation(source=str(source), paragraph=paragraph, quote=str(quote),
                            line=lines.get("quote", line), date=_citation_date(loaded, item, lines, line),
                            date_text=_citation_text(loaded, item, "date_text", lines, line),
                            status=_status(loaded, item.get("status"), lines.get("status", line), "",
                                           "if this report does not say")))
    return out


def _citation_date(loaded: Loaded, item: dict, lines: dict[str, int], line: int) -> PartialDate | None:
    value = item.get("date")
    if value is None or value == "":
        return None
    if isinstance(value, (list, dict, bool, float)):
        loaded.error(lines.get("date", line), "a citation's 'date' must be a date — write YYYY, YYYY-MM or "
                                              "YYYY-MM-DD, or remove the line")
        return None
    try:
        return PartialDate.parse(str(value))
    except ValueError as exc:
        loaded.error(lines.get("date", line), f"date {exc} — fix this citation's date, or remove the line")
        return None


def _citation_text(loaded: Loaded, item: dict, key: str, lines: dict[str, int], line: int) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        loaded.error(lines.get(key, line), f"a citation's '{key}' must be text — write '{key}: some text' on "
                                           f"one line")
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def read_folder(content: Path, folder: str, overlay: dict[Path, bytes | None] | None = None,
                root: Path | None = None) -> tuple[list[Loaded], list[tuple[Path, str]]]:
    """Every *.md in content/<folder>, in name order, and notes about files that look misplaced.

    `overlay` holds the changes a pending ingest will make (path -> new bytes, None: removed): the folder
    is read as it will be, so a build validates its content before writing any of it. `root` is the project
    folder: a symbolic link to a file outside it is refused."""
    directory = content / folder
    overlay = {p: data for p, data in (overlay or {}).items() if p.parent == directory}
    # scandir: the kind of each entry comes with the listing, without a stat per question.
    entries: dict[str, os.DirEntry] = {}
    if directory.is_dir():
        with os.scandir(directory) as listing:
            entries = {entry.name: entry for entry in listing}
    if not entries and not overlay:
        return [], []
    loaded, notes = [], []
    overlaid = {p.name: p for p in overlay}
    # One folder: by name is the order Path sorts them in, at a fraction of the cost of comparing Paths.
    for name in sorted(set(entries) | set(overlaid)):
        if name in overlaid:
            path = overlaid[name]
            if overlay[path] is None:
                continue
            loaded.append(_read(folder, path, overlay[path]))
            continue
        if name.startswith(".") or name.endswith("~"):
            continue        # editor swap files, backups, our own temp files
        entry = entries[name]
        if name.endswith(".md") and _kind_is(lambda: entry.is_file(follow_symlinks=False)):
            # The common case, a plain .md file: its Path is made only if it has to be read (see _read).
            loaded.append(_read(folder, None, entry=entry, directory=directory))
            continue
        path = directory / name
        if _kind_is(entry.is_dir):
            notes += _subfolder_notes(path, directory, root)
            continue
        if path.suffix != ".md":
            if path.suffix.lower() in (".md", ".markdown", ".txt", ".yaml", ".yml") and _kind_is(entry.is_file):
                notes.append((path, f"'{name}' is ignored: content files end in '.md' — rename it to "
                                    f"'{path.stem}.md' if it is content"))
            continue
        if entry.is_symlink():
            refused = _refused_link(folder, path, root, content)
            if isinstance(refused, Loaded):
                loaded.append(refused)
            elif refused:
                notes.append((path, refused))
            if refused:
                continue
        if _kind_is(entry.is_file):
            loaded.append(_read(folder, path, entry=entry))
    return loaded, notes


def _kind_is(test) -> bool:
    """entry.is_dir / entry.is_file answered as Path's are: False for what cannot be followed (a link that
    loops, or one that leads where we may not look)."""
    try:
        return test()
    except OSError:
        return False


def _refused_link(folder: str, path: Path, root: Path | None, content: Path) -> Loaded | str | None:
    """A symbolic link that must not be read: a Loaded holding the error for one that leaves the project
    (its target would be published: a link to /etc/passwd must not put the file on the web), a warning for
    one that leads nowhere, None for a link to a file inside the project, which is read like any other."""
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return (f"'{path.name}' is a symbolic link to {os.readlink(path)}, which does not exist, and is not "
                f"read — point the link at a file, or remove it")
    except (OSError, RuntimeError):      # Python 3.11 reports a loop as RuntimeError, later ones as OSError
        return (f"'{path.name}' is a symbolic link that leads back to itself (a loop) and is not read — point "
                f"the link at a file, or remove it")
    # The content folder may be set to one outside the project: the files in it are the project's too.
    if root is not None and not any(target.is_relative_to(Path(inside).resolve()) for inside in (root, content)):
        refused = Loaded(_KIND_OF[folder], path, None)
        refused.error(1, f"a symbolic link to {target}, outside the project — copy the file into the project "
                         f"instead; files outside it are never published")
        return refused
    return None


def _subfolder_notes(folder: Path, directory: Path, root: Path | None) -> list[tuple[Path, str]]:
    """A warning for each .md file below a subfolder: only files directly in the content folder are read,
    and a file put one level too deep would otherwise vanish from the site without a word."""
    if folder.is_symlink():
        return []        # it leads out of the project, or to a folder that is reported where it really is
    shown = display_path(directory, root)
    notes = []
    # followlinks=False: a link below may loop or lead anywhere, and no file behind it is read anyway.
    for parent, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.endswith(".md") and not name.startswith("."):
                notes.append((Path(parent, name), f"'{name}' is in a subfolder and is not read — move it to "
                                                  f"{shown}/"))
    return notes


def _read(folder: str, path: Path | None, raw: bytes | None = None, entry: os.DirEntry | None = None,
          directory: Path | None = None) -> Loaded:
    """One content file's Loaded: from the cache when its stamp or bytes are those of a file read before.
    `path` may be None when `entry` (in `directory`) is given: the Path is then made only when needed."""
    kind = _KIND_OF[folder]
    stamp = None
    if raw is None and entry is not None:
        # A file whose stamp is the one it had when last read is that same file: not read again.
        with contextlib.suppress(OSError):
            st = entry.stat()
            stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
            known = _stamps.get(entry.path)
            if known is not None and known[0] == stamp and known[1] in _parsed:
                hit = _parsed[known[1]]
                if path is None:
                    # The object read from this very file carries its Path (equal, at a fraction of the cost).
                    obj_path = getattr(hit[0], "path", None)
                    path = obj_path if obj_path is not None and str(obj_path) == entry.path else \
                        directory / entry.name
                return _loaded(kind, path, known[1], hit, known[2], stamp)
    if path is None:
        path = directory / entry.name
    if raw is None:
        try:
            raw = path.read_bytes()
        except OSError:
            return _read_file(folder, path)     # which reports why it cannot be read
    key = digest(b"\0".join((kind.encode("ascii"), os.fsencode(path), raw)))
    head = None
    hit = _parsed.get(key)
    loaded = None
    if hit is None:
        loaded = _read_file(folder, path, raw)
        if loaded.doc is not None:
            # Validation reads the front matter and its lines, never the body, which the object already holds:
            # a second copy of every body was a third of the cache and of the memory it takes.
            loaded.doc = dataclasses.replace(loaded.doc, body="")
        hit = (loaded.obj, loaded.doc, loaded.problems)
    if kind == "event" and hit[0] is not None and hit[1] is not None:
        # The front matter alone: what a list of events shows of one (cache.Fingerprints.listed).
        lines = hit[1].body_line - 1
        head = digest(b"\n".join([os.fsencode(path), *raw.split(b"\n", lines)[:lines]]))
    # Trusted next time only if it was last changed well before it was read: a file changed again within
    # the same tick of the file system's clock could otherwise keep its stamp (git's "racily clean" case).
    if stamp is not None and stamp[1] >= time.time_ns() - _SETTLED_NS:
        stamp = None
    return _loaded(kind, path, key, hit, head, stamp, loaded)


_SETTLED_NS = 2_000_000_000


def _loaded(kind: str, path: Path, key: bytes, hit: tuple, head: bytes | None, stamp,
            loaded: Loaded | None = None) -> Loaded:
    """The file read under `key` (`hit`: its object, front matter, problems) as this load's, with its digests
    (and its stamp, to skip reading it next time)."""
    if loaded is None:
        loaded = Loaded(kind, path, hit[0], hit[1], list(hit[2]))
    _seen[key] = hit
    if stamp is not None:
        _seen_stamps[str(path)] = (stamp, key, head)
    if hit[0] is not None:
        _digests[(kind, hit[0].id)] = key
        if head is not None:
            _digests[("event-head", hit[0].id)] = head
    return loaded


def _read_file(folder: str, path: Path, raw: bytes | None = None) -> Loaded:
    if folder == "sources":
        return read_source(path, raw)
    if folder == "events":
        return read_event(path, raw)
    return read_entity(path, KINDS[folder], raw)


_digests: dict[tuple[str, str], bytes] = {}


def load(project: Project, strict: bool = False, overlay: dict[Path, bytes | None] | None = None, *,
         cache: BuildCache | None = None, digests: dict | None = None) -> tuple[Model | None, list[Problem]]:
    """Every content file as one Model, and every problem found (sorted by path and line).

    The model is None when there is any error (with strict, warnings count as errors). `overlay`: see
    read_folder. `cache`: the project's build cache, for files read by an earlier build. `digests` is filled
    with ("event"|"actor"|"place"|"tag"|"source", id) -> the digest of the file each object was read from,
    and ("event-head", id) -> the digest of an event file's front matter.
    """
    from .cache import paused_gc

    with paused_gc():
        return _load(project, strict, overlay, cache, digests)


def _load(project: Project, strict: bool, overlay, cache: BuildCache | None, digests: dict | None):
    from .validate import validate   # validate imports from here

    global _parsed, _seen, _digests, _stamps, _seen_stamps
    content = project.content
    if not _parsed and cache is not None:
        _parsed = cache.parsed
        _stamps = cache.stamps
    _seen, _digests = {}, digests if digests is not None else {}
    files: dict[str, list[Loaded]] = {}
    notes: list[tuple[Path, str]] = []
    for folder in FOLDERS:
        files[folder], more = read_folder(content, folder, overlay, root=project.root)
        notes += more
    model = Model(
        config=project.settings,
        events=[f.obj for f in files["events"] if f.obj is not None],
        actors={f.obj.id: f.obj for f in files["actors"] if f.obj is not None},
        places={f.obj.id: f.obj for f in files["places"] if f.obj is not None},
        tags={f.obj.id: f.obj for f in files["tags"] if f.obj is not None},
        sources={f.obj.id: f.obj for f in files["sources"] if f.obj is not None},
    )
    if cache is not None:
        # Saving means pickling every file again: worth it once enough files are parsed anew on each build
        # (a handful more parses per build cost less than rewriting the whole cache every time).
        fresh = sum(key not in _parsed for key in _seen)
        cache.read(_seen, changed=fresh == len(_seen) > 0 or fresh > max(100, len(_seen) // 50),
                   stamps=_seen_stamps)
    _parsed, _seen, _digests = _seen, {}, {}
    _stamps, _seen_stamps = _seen_stamps, {}
    problems = validate(project, model, files, notes)
    if strict:
        problems = [Problem(p.path, p.line, "error", p.message) for p in problems]
    problems.sort()
    if any(p.severity == "error" for p in problems):
        return None, problems
    return link(model), problems
