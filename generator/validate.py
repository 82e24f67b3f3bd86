"""Checks that need the whole collection: ids and addresses, references, quotes, [[links]].

Everything is looked up in dicts and sets built once, so checking 10,000 events stays linear; the
"did you mean" search (difflib, linear in the candidates) only runs for the references that are wrong.
"""
from __future__ import annotations

import difflib
import functools
import re
from pathlib import Path

from .config import Project
from .load import SLUG_RE, Loaded
from .model import Citation, Event, Model, Report, Source, compatible, date_dispute, status_history
from .problems import Problem, display_path
from .site.pages import RESERVED_IDS
from .text import normalize, slugify, wiki_links

_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")


def validate(project: Project, model: Model, files: dict[str, list[Loaded]],
             notes: list[tuple[Path, str]]) -> list[Problem]:
    root = project.root
    problems: list[Problem] = []

    def add(path: Path, line: int, severity: str, message: str) -> None:
        problems.append(Problem(shown_path(path, root), line, severity, message))

    for folder_files in files.values():
        for loaded in folder_files:
            for line, severity, message in loaded.problems:
                add(loaded.path, line, severity, message)
    for path, message in notes:
        add(path, 1, "warning", message)
    for folder, folder_files in files.items():
        _check_ids(folder, folder_files, add)

    # Ids whose file exists but could not be read: the file's own error says why; a reference to it is fine.
    broken = {folder: {f.path.stem for f in folder_files if f.obj is None} for folder, folder_files in files.items()}
    known = {"actors": model.actors, "places": model.places, "tags": model.tags, "sources": model.sources}
    texts = {sid: _SourceText(src, root) for sid, src in model.sources.items()}
    link_targets = set(model.actors) | set(model.places) | set(model.tags) | set(model.sources)
    link_targets |= {e.id for e in model.events}
    for folder in ("events", "actors", "places", "tags"):     # source bodies are article text
        for loaded in files.get(folder, []):
            if loaded.obj is not None:
                _check_links(loaded, link_targets, broken, add)

    for loaded in files.get("events", []):
        event = loaded.obj
        if event is None:
            continue
        doc = loaded.doc
        for key in ("actors", "places", "tags"):
            for i, ref in enumerate(getattr(event, key)):
                if ref not in known[key] and ref not in broken[key]:
                    add(event.path, _item_line(doc, key, ref, i), "error",
                        unknown_reference(key, ref, known[key], project))
        for citation in event.sources:
            if citation.source not in known["sources"]:
                if citation.source not in broken["sources"]:
                    add(event.path, citation.line, "error",
                        unknown_reference("sources", citation.source, known["sources"], project))
                continue
            _check_quote(event.path, citation, texts[citation.source], add)
        disputed = date_dispute(event, model.sources)
        if disputed:
            add(event.path, doc.line_of("date") if "date" in doc.meta else 1, "warning",
                dispute_message(event, disputed))
        history = status_history(event, model.sources)
        # A 'status:' the person wrote wins over the reports, silently. Without one the event reads as held,
        # which a later report of a cancellation contradicts: only then is there something to decide.
        if history and doc.meta.get("status") in (None, "") and history[-1].citation.status != "held":
            latest = history[-1]
            when = f", {latest.published.day} {latest.published:%B %Y}" if latest.published else ""
            add(event.path, 1, "warning",
                f"the latest report ({latest.name}{when}) says {latest.citation.status}, but the event has no "
                f"'status:', so it is shown as held — add 'status: {latest.citation.status}' (or 'status: held' "
                f"if it went ahead)")
    return problems


def dispute_message(event: Event, disputed: list[Report]) -> str:
    """One line naming every date the reports give, each with who gives it, and how to settle it."""
    groups: dict[str, list[str]] = {}
    for r in disputed:
        p = r.citation.paragraph
        groups.setdefault(r.citation.date.iso, []).append(f"{r.name}, \u00b6{p}" if p else r.name)
    claims = ", ".join(f"{iso} ({'; '.join(names)})" for iso, names in groups.items())
    own = event.date.iso + (f" to {event.end.iso}" if event.end and event.end != event.date else "") \
        if event.date else ""
    dates = [r.citation.date for r in disputed]
    among = any(not compatible(a, b) for i, a in enumerate(dates) for b in dates[i + 1:])
    if among:
        what = f"the reports disagree on the date: {claims}" + (f"; the event's date is {own}" if own else "")
    else:
        who = "the reports disagree" if len(disputed) > 1 else "a report disagrees"
        what = f"{who} with the event's date ({own}): {claims}"
    return (f"{what} — decide: set 'date:' to the right one and delete 'date:' from the citations you judge "
            f"wrong (or split the event, if the reports are of two happenings)")


def shown_path(path: Path, root: Path) -> str:
    """A content file as the person knows it: a file reached through a symbolic link is named by the link, in
    the folder where they put it, not by the file it leads to (display_path resolves links)."""
    return Path(display_path(path.parent, root), path.name).as_posix()


def _item_line(doc, key: str, ref: str, index: int) -> int:
    # _slug_list skips non-text items, so find the item by its value where the index may have shifted.
    values = doc.meta.get(key) or []
    for i, value in enumerate(values):
        if str(value) == ref and not isinstance(value, (list, dict)):
            return doc.line_of(key, i)
    return doc.line_of(key, index)


KIND_WORDS = {"actors": "actor", "places": "place", "tags": "tag", "sources": "source", "events": "event"}


def closest(name: str, candidates) -> str | None:
    match = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.6)
    return match[0] if match else None


def unknown_reference(folder: str, ref: str, candidates, project: Project) -> str:
    word = KIND_WORDS[folder]
    create = display_path(project.content / folder / f"{ref}.md", project.root)
    guess = closest(ref, candidates)
    if guess:
        return f"unknown {word} '{ref}' — did you mean '{guess}'? Or create {create}"
    return f"unknown {word} '{ref}' — create {create} or correct the slug"


def _check_ids(folder: str, folder_files: list[Loaded], add) -> None:
    """Ids are file names and become addresses (events/<id>.html): they must be slugs, distinct, and not
    the name of a page the site writes itself in that folder (actors/index.html)."""
    reserved = RESERVED_IDS.get(folder, ())
    stems = [f.path.stem for f in folder_files]
    if not any(stem in reserved or not SLUG_RE.match(stem) for stem in stems):
        return      # the common case, every id a slug: nothing to report, no table of taken ids to build
    taken: dict[str, Path] = {f.path.stem: f.path for f in folder_files if SLUG_RE.match(f.path.stem)}
    for loaded in folder_files:
        stem = loaded.path.stem
        if stem in RESERVED_IDS.get(folder, ()):
            add(loaded.path, 1, "error",
                f"'{stem}' is not available as an id: the site's own page {folder}/{stem}.html has that address "
                f"— rename the file (e.g. to {stem}-1.md, or a name that says what it is)")
            continue
        if SLUG_RE.match(stem):
            continue
        slug = slugify(stem)
        other = taken.get(slug)
        if other is not None:
            n = 2
            while f"{slug}-{n}" in taken:
                n += 1
            add(loaded.path, 1, "error",
                f"file name '{loaded.path.name}' is not a valid id and would be published at the same address as "
                f"{other.name} — merge the two files, or rename this one to {slug}-{n}.md")
        else:
            taken[slug] = loaded.path
            add(loaded.path, 1, "error",
                f"file name '{loaded.path.name}' is not a valid id — rename it to {slug}.md "
                f"(ids use only a-z, 0-9 and '-')")


def _check_links(loaded: Loaded, targets: set[str], broken: dict[str, set[str]], add) -> None:
    obj = loaded.obj
    body = obj.body
    for m in wiki_links(body):     # the same rule render links by: spaces inside trimmed, code left alone
        target = m[1]
        if target in targets or any(target in ids for ids in broken.values()):
            continue
        line = obj.body_line + body.count("\n", 0, m.start())
        guess = closest(target, targets)
        hint = f"did you mean [[{guess}]]? Or link" if guess else "link"
        add(loaded.path, line, "error",
            f"unknown link [[{target}]] — {hint} to the id (file name without .md) of an actor, place, tag, "
            f"source or event")


class _SourceText:
    """A source's paragraphs in the normal form quotes are compared in, computed once per source."""

    def __init__(self, source: Source, root: Path):
        self.source = source
        self.root = root
        self.paragraphs = [normalize(p) for p in source.paragraphs]

    @functools.cached_property
    def shown_path(self) -> str:
        # Only a problem shows it: resolving every source's folder up front cost a tenth of validation.
        return shown_path(self.source.path, self.root)

    @functools.cached_property
    def joined(self) -> str:
        return " ".join(self.paragraphs)

    def holds(self, n: int, pieces: list[str]) -> bool:
        """Whether paragraph n (1-based, in range) holds the quote."""
        return _contains(self.paragraphs[n - 1], pieces)

    def first_paragraph_with(self, pieces: list[str]) -> int | None:
        """The first paragraph holding the quote: a scan of the whole source, for a quote not where cited."""
        return next((i + 1 for i, para in enumerate(self.paragraphs) if _contains(para, pieces)), None)


def _contains(text: str, pieces: list[str]) -> bool:
    """All pieces, in order: a quote may leave words out with '...'."""
    at = 0
    for piece in pieces:
        at = text.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


def _check_quote(path: Path, citation: Citation, text: _SourceText, add) -> None:
    """The paragraph number first, then the quote: in the cited paragraph (the common case, one search),
    else anywhere in the source (a warning naming the right paragraph), else an error."""
    pieces = [p for p in _ELLIPSIS.split(normalize(citation.quote)) if p]
    sid = text.source.id
    count = len(text.paragraphs)
    p = citation.paragraph
    if p is not None and not 1 <= p <= count:
        where = text.first_paragraph_with(pieces) if pieces else None
        fix = f"the quote is in paragraph {where}: set 'paragraph: {where}'" if where else \
            "set the number of the paragraph that holds the quote"
        add(path, citation.line, "error", f"paragraph {p} is out of range: source '{sid}' has {count} "
                                          f"paragraph{'s' * (count != 1)} — {fix}")
    if not pieces:
        add(path, citation.line, "error", f"the quote is empty — copy the sentence that supports this event "
                                          f"from {text.shown_path}")
    if not pieces or (p is not None and not 1 <= p <= count):
        return
    if p is not None and text.holds(p, pieces):
        return
    where = text.first_paragraph_with(pieces)
    if where:
        if p is None:
            citation.paragraph = where   # so the site can link to the exact paragraph
            return
        add(path, citation.line, "warning", f"the quote is in paragraph {where} of source '{sid}', not in "
                                            f"paragraph {p} — set 'paragraph: {where}'")
        return
    if _contains(text.joined, pieces):
        return      # a quote running over a paragraph break
    preview = citation.quote if len(citation.quote) <= 60 else citation.quote[:57].rstrip() + "..."
    add(path, citation.line, "error", f"quote \"{preview}\" is not in source '{sid}' — copy the sentence exactly "
                                      f"from {text.shown_path}" + (f", paragraph {p}" if p else ""))
