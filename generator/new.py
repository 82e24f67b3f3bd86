"""`python -m generator new event|actor|place|tag "Title"`: start a well-formed content file by hand."""
from __future__ import annotations

import difflib
from pathlib import Path


from . import frontmatter
from .config import Project
from .drafts import EntityDraft, EventDraft
from .model import PartialDate
from .problems import display_path
from .site.pages import RESERVED_IDS
from .text import slugify
from .write import write_atomic

FOLDERS = {"event": "events", "actor": "actors", "place": "places", "tag": "tags"}


class NewEntryError(Exception):
    """A one-line reason the entry was not created, with what to do."""


def _existing(project: Project, folder: str) -> list[str]:
    directory = project.content / folder
    return sorted(p.stem for p in directory.glob("*.md")
                  if p.is_file() and not p.name.startswith(".")) if directory.is_dir() else []


def _check_refs(project: Project, kind: str, slugs) -> list[str]:
    folder = FOLDERS[kind]
    known = _existing(project, folder)
    out = []
    for slug in slugs:
        if slug in known:
            out.append(slug)
            continue
        close = difflib.get_close_matches(slug, known, n=1, cutoff=0.6)
        guess = f"did you mean '{close[0]}'? Or create" if close else "create"
        raise NewEntryError(f"unknown {kind} '{slug}' — {guess} it first: python -m generator new {kind} \"Name\"")
    return out


def new_entry(project: Project, kind: str, title: str, *, date: str | None = None,
              actors: list[str] = (), places: list[str] = ()) -> Path:
    """Write a new content file in the same form ingest writes, and return its path. Never overwrites."""
    if kind not in FOLDERS:
        raise NewEntryError(f"cannot make a new {kind!r} — choose one of: {', '.join(FOLDERS)}")
    title = " ".join(str(title).split())
    if not title:
        raise NewEntryError(f"the new {kind} needs a title — e.g. new {kind} \"Kerry meets Lavrov in Rome\"")
    slug = slugify(title, 50 if kind == "event" else 60)
    if slug == "untitled" and slugify(title + " x") == "x":
        raise NewEntryError(f"cannot make a file name from {title!r} — give a title with Latin letters or digits")
    if kind == "event":
        if date:
            try:
                date = PartialDate.parse(date).iso
            except ValueError as exc:
                raise NewEntryError(f"--date {exc}") from None
        draft = EventDraft(title=title, date=date or "", date_text="", date_basis="",
                           actors=_check_refs(project, "actor", actors),
                           places=_check_refs(project, "place", places))
        meta, body = draft.meta(), ""
        name = f"{date or 'undated'}-{slug}"
    else:
        if date or actors or places:
            raise NewEntryError(f"--date, --actor and --place are for events only — write "
                                f"'new {kind} \"{title}\"' alone")
        if slug in RESERVED_IDS[FOLDERS[kind]]:
            raise NewEntryError(f"the id 'index' is taken by the page listing all {FOLDERS[kind]} — choose another name")
        entity = EntityDraft(kind=kind, slug=slug, name=title)
        meta, body, name = entity.meta(), "", slug
    path = project.content / FOLDERS[kind] / f"{name}.md"
    try:
        write_atomic(path, frontmatter.dump(meta, body), exclusive=True)
    except FileExistsError:
        raise NewEntryError(f"{display_path(path, project.root)} already exists — edit it, or choose another "
                            f"title") from None
    return path
