"""Ingest: turn the articles in seeds/ into content files, once, without ever overwriting a person's work.

The manifest (content/.ingest-manifest.json) remembers what ingest wrote: each seed's fingerprint, and
for each generated file the sha256 of the bytes written, the seeds it came from, a hash per front-matter
key (to say *what* a new extraction would change) and the citations (to recognise an event again when
its date or title, and so its file name, changes). A file whose bytes still match is "untouched" and may
be regenerated or removed; any other file on disk belongs to a person and is kept.

Ids never move once written: a seed keeps the source id it was first ingested under (a sidecar fixed or
retitled later changes the source's title, not its file), an event keeps its file whatever its date, title
or merging become, and an event ingest removed because no article reported it any more stays in the
manifest as `retired`, so that when it is extracted again (a sidecar typo fixed) it comes back at the same
path, not under a new name.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import frontmatter
from .config import Project
from .drafts import EntityDraft, EventDraft, Extraction
from .model import PartialDate
from .problems import display_path
from .seeds import Article
from .text import normalize, slugify, wiki_links
from .write import remove_file, remove_stale_temp_files, write_atomic

MANIFEST_NAME = ".ingest-manifest.json"
MANIFEST_VERSION = 1
ENTITY_FOLDERS = {"actor": "actors", "place": "places", "tag": "tags"}


@dataclass
class IngestReport:
    """What ingest would do (a plan) or did: the lines to show, and the exact writes that carry it out."""

    actions: list[str] = field(default_factory=list)     # one line per file: create/update/keep/skip/remove
    conflicts: list[str] = field(default_factory=list)   # "path:line: warning: edited by hand, not updated — ..."
    warnings: list[str] = field(default_factory=list)    # seed and manifest warnings
    changed: bool = False                                # whether a file was (or, dry run, would be) written
    writes: dict[Path, bytes] = field(default_factory=dict)   # content files to (re)write
    removals: list[Path] = field(default_factory=list)        # content files to delete
    manifest: dict | None = None     # the manifest after the writes; None: leave it as it is
    journal: dict | None = None      # the manifest announcing the writes, written before any of them

    @property
    def overlay(self) -> dict[Path, bytes | None]:
        """content/ as it will be once applied, as a change set: path -> new bytes, or None for removed."""
        return {**self.writes, **{path: None for path in self.removals}}


class IngestError(Exception):
    """A user-facing, one-line reason why ingest cannot run at all."""


# ----------------------------------------------------------------------------------------------- manifest
_MANIFEST_PATH = re.compile(r"^(?:sources|events|actors|places|tags)/[A-Za-z0-9][A-Za-z0-9_.-]*\.md$")


def _empty_manifest() -> dict:
    return {"version": MANIFEST_VERSION, "seeds": {}, "files": {}}


def read_manifest(content_dir: Path, root: Path | None = None) -> tuple[dict, str | None]:
    """The manifest, and a warning line when it exists but cannot be used (ingest then stops: without
    the record it cannot tell a file deleted by hand from a new one)."""
    path = Path(content_dir) / MANIFEST_NAME
    if not path.exists():
        return _empty_manifest(), None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not (isinstance(data, dict) and data.get("version") == MANIFEST_VERSION
                and isinstance(data.get("seeds"), dict) and isinstance(data.get("files"), dict)
                and all(isinstance(v, dict) and isinstance(v.get("sha256"), str) for v in data["files"].values())
                and all(isinstance(v, dict) for v in data["seeds"].values())):
            raise ValueError("unexpected structure")
    except (OSError, ValueError) as exc:
        why = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else 1
        return _empty_manifest(), (
            f"{display_path(path, root)}:{line}: warning: the ingest manifest cannot be read ({why}), so nothing "
            f"was ingested — fix it (a merge conflict?) or delete it to start afresh (entries you deleted may then come back)")
    # Ingest writes and deletes the files the manifest names: only ever <folder>/<name>.md inside content/.
    bad = sorted(rel for rel in data["files"] if not _MANIFEST_PATH.match(rel))
    for rel in bad:
        del data["files"][rel]
    data["ignored"] = [     # run_ingest takes these out again and reports them
        f"{display_path(path, root)}:1: warning: the ingest manifest names {rel!r}, which is not a "
        f"content file (<folder>/<name>.md inside content/), so ingest ignores it — remove that entry"
        for rel in bad]
    return data, None


def manifest_bytes(manifest: dict) -> bytes:
    # Committed with the content, so it should diff well: sorted, one line per seed and per file.
    def block(name: str) -> str:
        rows = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, sort_keys=True, ensure_ascii=False)}"
                for k, v in sorted(manifest[name].items())]
        return f' "{name}": {{\n' + ",\n".join(rows) + ("\n }" if rows else " }")
    return ("{\n" + block("files") + ",\n" + block("seeds") + f',\n "version": {manifest["version"]}\n}}\n'
            ).encode("utf-8")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _key_hash(value) -> str:
    return _sha(json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8"))[:16]


# ----------------------------------------------------------------------------------------- content files
def _content_files(directory: Path) -> list[Path]:
    """The content files of one folder as the loader reads them: regular *.md files not starting with '.'
    (a folder named x.md is not a file, and is never read)."""
    if not directory.is_dir():
        return []
    inside = directory.resolve().parent
    # A link that leaves content/ is refused by the loader; its target is never read as a hint either.
    return [p for p in sorted(directory.glob("*.md")) if p.is_file() and not p.name.startswith(".")
            and (not p.is_symlink() or p.resolve().is_relative_to(inside))]


# ----------------------------------------------------------------------------------------- known entities
def known_entities(content_dir: Path, *, generated: dict | None = None) -> list[EntityDraft]:
    """The actors, places and tags in content/ (hand-edited included), for extraction to reuse.

    `generated` is the manifest's files: one that still holds exactly what ingest wrote is left out, so
    extraction reads only what a person wrote, so re-ingesting gives the same events as ingesting afresh (ingest's own entity files,
    their aliases gathered from every article, would otherwise make one article's events depend on others).
    Broken files are skipped silently: the loader reports them with their line.
    """
    generated = generated or {}
    out = []
    for kind, folder in sorted(ENTITY_FOLDERS.items()):
        for path in _content_files(Path(content_dir) / folder):
            try:
                entry = generated.get(f"{folder}/{path.name}")
                if entry is not None and _untouched(entry, path.read_bytes()):
                    continue
                doc = frontmatter.parse(path.read_text(encoding="utf-8"))
            except Exception:       # unreadable, not UTF-8, malformed: the loader says why
                continue
            name, aliases, etype = doc.meta.get("name"), doc.meta.get("aliases") or [], doc.meta.get("type") or ""
            if not isinstance(name, (str, int)) or name == "" or not isinstance(aliases, list):
                continue
            out.append(EntityDraft(kind=kind, slug=path.stem, name=str(name),
                                   aliases=[str(a) for a in aliases if isinstance(a, (str, int))],
                                   type=etype if isinstance(etype, str) else "", description=doc.body.strip()))
    return out


# ------------------------------------------------------------------------------------------- the plan
@dataclass
class Planned:
    """One file the current extraction would write."""
    rel: str                    # relative to content/, posix ("events/2016-12-02-x.md")
    what: str                   # "event" | "actor" | "place" | "tag" | "source"
    meta: dict
    body: str
    seeds: list[str]
    cites: list[str] = field(default_factory=list)     # an event's citations, and those its file ever had

    @property
    def data(self) -> bytes:
        return frontmatter.dump(self.meta, self.body).encode("utf-8")

    @property
    def keys(self) -> dict[str, str]:
        hashes = {k: _key_hash(v) for k, v in self.meta.items()}
        hashes["body"] = _key_hash(self.body.strip())
        return hashes

    def entry(self) -> dict:
        entry = {"sha256": _sha(self.data), "seeds": self.seeds, "keys": self.keys}
        if self.cites:
            entry["cites"] = self.cites
        return entry


def source_file(article: Article) -> Planned:
    meta = {"title": article.title, "outlet": article.outlet,
            "published": article.published.isoformat() if article.published else "",
            "url": article.url, "seed": article.seed}
    # One paragraph per blank-line-separated block: the loader's paragraph N is Article.paragraphs[N-1].
    return Planned(f"sources/{article.id}.md", "source", meta, "\n\n".join(article.paragraphs), [article.seed])


def _name_order(rel: str) -> tuple:
    """events/x.md before events/x-2.md, x-2 before x-10: a numbered name came after the name it numbers."""
    stem, n = re.fullmatch(r"(.*?)(?:-(\d+))?\.md", rel).groups()
    return stem, int(n or 1), rel


def _cite_key(source: str, quote: str) -> str:
    """One citation as the manifest keys it: its source and its quote, spacing and quote marks normalised."""
    return _key_hash([source, normalize(quote)])


def _cites(draft: EventDraft) -> list[str]:
    return sorted({_cite_key(c.source, c.quote) for c in draft.sources})


_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


def pinned_ids(articles: list[Article], manifest: dict) -> list[Article]:
    """The articles with the source ids they were first ingested under (the manifest's seeds record them):
    a source id comes from the sidecar's outlet and title, and a sidecar broken, fixed or retitled later must
    not rename the source, nor the events whose citations name it. A new article whose id an ingested one
    holds moves on to -2, -3, ... (as seeds.scan_seeds numbers two articles of one id)."""
    recorded = {seed: entry.get("source") for seed, entry in manifest["seeds"].items()}
    ids: dict[str, str] = {}
    for art in articles:
        old = recorded.get(art.seed)
        if isinstance(old, str) and _ID.fullmatch(old) and old not in ids.values():
            ids[art.seed] = old
    taken = set(ids.values())
    for art in articles:
        if art.seed not in ids:
            rid, n = art.id, 1
            while rid in taken:
                n += 1
                rid = f"{art.id}-{n}"
            ids[art.seed] = rid
            taken.add(rid)
    return [art if art.id == ids[art.seed] else dataclasses.replace(art, id=ids[art.seed]) for art in articles]


def _date_prefix(date: str) -> str:
    try:
        return PartialDate.parse(date).iso if date else "undated"
    except ValueError:
        return "undated"     # the loader reports the bad date; the file name at least stays a valid id


def plan(articles: list[Article], extraction: Extraction, manifest: dict,
         deleted: set[str] = frozenset()) -> list[Planned]:
    """Every file the extraction describes, at a stable path: an event keeps the file it had before
    (found by its citations) even when its date or title changes, so links to it keep working."""
    seed_of = {a.id: a.seed for a in articles}
    planned = [source_file(a) for a in articles]

    old_events = {rel: e for rel, e in manifest["files"].items() if rel.startswith("events/")}
    claimed: set[str] = set()
    drafts: list[tuple[EventDraft, list[str], list[str]]] = []
    for draft in extraction.events:
        if deleted:
            # An actor, place or tag a person deleted is gone from the events ingest writes, too.
            draft = dataclasses.replace(draft, **{
                key: [v for v in getattr(draft, key) if f"{key}/{v}.md" not in deleted]
                for key in ("actors", "places", "tags")})
        seeds = sorted({seed_of.get(c.source, "") for c in draft.sources} - {""})
        drafts.append((draft, seeds, _cites(draft)))

    # 1. The same event as before: the old entry (a retired one too) sharing the most citations, counting every
    # report it ever cited: when a sidecar broken for a run took a report out of its event and into one of its
    # own, the event that held both keeps the file when they join again. Of two events one sentence gives (the
    # same citations), each keeps the file of its own title, else date; then the older name (x.md before
    # x-2.md). Pairs are settled best first, so the order of the drafts never decides which keeps a file.
    by_cite: dict[str, list[str]] = {}
    for rel, entry in sorted(old_events.items()):
        for cite in entry.get("cites") or []:
            by_cite.setdefault(cite, []).append(rel)
    pairs = []
    for i, (draft, seeds, cites) in enumerate(drafts):
        overlap: dict[str, int] = {}
        for cite in cites:
            for rel in by_cite.get(cite, ()):
                overlap[rel] = overlap.get(rel, 0) + 1
        title, date = _key_hash(draft.title), _key_hash(draft.date)
        pairs += [(-n, (old_events[rel].get("keys") or {}).get("title") != title,
                   (old_events[rel].get("keys") or {}).get("date") != date, _name_order(rel), i, rel)
                  for rel, n in overlap.items()]
    paths: list[str | None] = [None] * len(drafts)
    for *_, i, rel in sorted(pairs):
        if paths[i] is None and rel not in claimed:
            paths[i] = rel
            claimed.add(rel)
    # 1b. Its cited sentence changed but not its title: the old entry from the same seeds with that title.
    by_title: dict[str, list[str]] = {}
    for rel, entry in sorted(old_events.items()):
        by_title.setdefault((entry.get("keys") or {}).get("title", ""), []).append(rel)
    for i, (draft, seeds, cites) in enumerate(drafts):
        if paths[i] is None:
            for rel in by_title.get(_key_hash(draft.title), ()):
                if rel not in claimed and set(seeds) & set(old_events[rel].get("seeds") or []):
                    paths[i] = rel
                    claimed.add(rel)
                    break
    # 2. A new event: <date>-<title slug>.md, numbered when two would share a name.
    for i, (draft, seeds, cites) in enumerate(drafts):
        if paths[i] is not None:
            continue
        base = f"events/{_date_prefix(draft.date)}-{slugify(draft.title, 50)}"
        rel, n = f"{base}.md", 1
        while rel in claimed:
            n += 1
            rel = f"{base}-{n}.md"
        claimed.add(rel)
        paths[i] = rel
    for (draft, seeds, cites), rel in zip(drafts, paths):
        ever = sorted(set(cites) | set((old_events.get(rel) or {}).get("cites") or []))
        planned.append(Planned(rel, "event", draft.meta(), draft.body, seeds, ever))

    # An entity comes from the seeds of the events that name it.
    entity_seeds: dict[tuple[str, str], set[str]] = {}
    for (draft, seeds, _), _rel in zip(drafts, paths):
        for kind, slugs in (("actor", draft.actors), ("place", draft.places), ("tag", draft.tags)):
            for slug in slugs:
                entity_seeds.setdefault((kind, slug), set()).update(seeds)
    seen = set()
    for entity in extraction.entities:
        folder = ENTITY_FOLDERS.get(entity.kind)
        if folder is None or (entity.kind, entity.slug) in seen:
            continue
        seen.add((entity.kind, entity.slug))
        planned.append(Planned(f"{folder}/{entity.slug}.md", entity.kind, entity.meta(), entity.description,
                               sorted(entity_seeds.get((entity.kind, entity.slug), set()))))
    return planned


# ------------------------------------------------------------------------------------------ describing
def _short(value) -> str:
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value):
            quotes = "; ".join(f"{v.get('source')} ¶{v.get('paragraph')}" for v in value)
            return f"{len(value)} citation{'s' * (len(value) != 1)} ({quotes})"
        return "[" + ", ".join(str(v) for v in value) + "]"
    text = " ".join(str(value).split())
    if text == "":
        return "(empty)"
    return text if len(text) <= 70 else text[:67].rstrip() + "..."


def changed_keys(entry: dict, new: Planned) -> list[str]:
    """The keys whose generated value differs from what ingest wrote last time, in file order."""
    old = entry.get("keys") or {}
    new_keys = new.keys
    return [k for k in new_keys if old.get(k) != new_keys[k]] + [k for k in old if k not in new_keys]


def _describe(new: Planned, keys: list[str], sep: str = ": ", join: str = "; ") -> str:
    parts = []
    for key in keys:
        value = new.body if key == "body" else new.meta.get(key, "")
        parts.append(f"{key}{sep}{_short(value) if key in new.meta or key == 'body' else '(removed)'}")
    return join.join(parts)


def _line_of(path: Path, key: str) -> int:
    try:
        doc = frontmatter.parse(path.read_text(encoding="utf-8"))
    except Exception:
        return 1
    return doc.body_line if key == "body" else doc.line_of(key)


# ------------------------------------------------------------------------------------------- run
Extractor = Callable[[list[Article], list[EntityDraft]], Extraction]


def _default_extractor() -> Extractor:
    try:
        from .extract import extract
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.endswith("extract"):
            raise IngestError("extraction is not available (the generator/extract package is missing) — "
                              "reinstall the generator") from None
        raise
    return extract


def _extract_keeping_apart(extractor: Extractor, articles: list[Article], known: list[EntityDraft],
                           manifest: dict) -> Extraction:
    """The extraction, with the events earlier ingests wrote kept apart: a report cited by one event file is
    never merged with a report cited by another, so a new article that tells a happening two existing events
    hold adds its citation to one of them (the one it is most alike), never joins them into one and takes the
    other's URL away. A retired event (no article reports it any more) keeps nothing apart."""
    files: dict[str, set[str]] = {}
    for rel, entry in manifest["files"].items():
        if rel.startswith("events/") and not _retired(entry):
            for cite in entry.get("cites") or []:
                files.setdefault(cite, set()).add(rel)
    if not files:
        return extractor(articles, known)
    try:
        from .extract.merging import KEPT_APART
    except ModuleNotFoundError:
        return extractor(articles, known)     # a custom extractor without the package: nothing to keep apart
    token = KEPT_APART.set(lambda source, quote: frozenset(files.get(_cite_key(source, quote), ())))
    try:
        return extractor(articles, known)
    finally:
        KEPT_APART.reset(token)


def run_ingest(project: Project, articles: list[Article], *, dry_run: bool = False,
               only: list[str] | None = None, extractor: Extractor | None = None) -> IngestReport:
    """Bring content/ up to date with the seeds, keeping every hand edit and hand deletion.

    `only` limits the run to the named seeds (file names or stems). With `dry_run` nothing is written;
    the report says what would happen, and `apply` can carry it out later.
    """
    report = plan_ingest(project, articles, only=only, extractor=extractor)
    if not dry_run:
        apply(project, report)
    return report


def plan_ingest(project: Project, articles: list[Article], *, only: list[str] | None = None,
                extractor: Extractor | None = None) -> IngestReport:
    """What run_ingest would do, with the exact bytes: reads content/, writes nothing."""
    content = project.content
    manifest, problem = read_manifest(content, project.root)
    articles = pinned_ids(articles, manifest)
    report = IngestReport()
    by_seed = {a.seed: a for a in articles}
    wanted = {a.seed for a in articles if only is None or a.seed in only or a.path.stem in only}
    report.warnings = [w for a in articles if a.seed in wanted for w in a.warnings] + manifest.pop("ignored", [])
    if problem:
        # Without the record, a file deleted by hand would look new and come back: do nothing instead.
        report.warnings.append(problem)
        return report

    old_seeds = manifest["seeds"]
    stale = sorted(s for s in wanted if (old_seeds.get(s) or {}).get("fingerprint") != by_seed[s].fingerprint)
    gone = sorted(set(old_seeds) - set(by_seed)) if only is None else []
    interrupted = any(entry.get("pending") for entry in manifest["files"].values())
    if not stale and not gone and not interrupted:
        return report       # every seed ingested and unchanged: no extraction at all

    extraction = _extract_keeping_apart(extractor or _default_extractor(), articles,
                                        known_entities(content, generated=manifest["files"]), manifest)
    deleted = {rel for rel, entry in manifest["files"].items() if rel.split("/")[0] in ENTITY_FOLDERS.values()
               and not (content / rel).is_file() and not _never_written(entry)}
    planned = plan(articles, extraction, manifest, deleted)
    files: dict[str, dict] = manifest["files"]

    def in_scope(seeds) -> bool:
        return only is None or bool(wanted & set(seeds))

    def shown(rel: str) -> str:
        return display_path(content / rel, project.root)

    def from_seeds(seeds: list[str]) -> str:
        return ", ".join(seeds) if seeds else "the seeds"

    new_files: dict[str, dict] = {rel: entry for rel, entry in files.items() if not in_scope(entry.get("seeds", []))}
    on_disk: dict[str, set] | None = None     # read once, when first needed

    def cited_elsewhere(rel: str) -> set:
        """(source, quote) of every citation in the other event files: a report a person moved to another
        event (a split) is not offered for pasting back."""
        nonlocal on_disk
        if on_disk is None:
            on_disk = _event_citations(content / "events")
        return set().union(*(cites for other, cites in on_disk.items() if other != rel))
    writes: list[tuple[Path, bytes]] = []
    removals: list[Path] = []
    planned_rels = set()

    for item in planned:
        if not in_scope(item.seeds) or item.rel in planned_rels:
            if item.rel in files and item.rel not in new_files:
                new_files[item.rel] = files[item.rel]
            continue
        planned_rels.add(item.rel)
        path = content / item.rel
        entry = files.get(item.rel)
        if entry is not None and (_never_written(entry) and not path.is_file() or _retired(entry)):
            entry = None        # a create that a killed run announced but never did; an event extracted again
        data = item.data
        disk = path.read_bytes() if path.is_file() else None
        if disk is None and path.exists():
            # Not a file (a folder named x.md): nothing is written there; the person decides what it is.
            report.actions.append(f"skip {shown(item.rel)} (not a file; not written)")
            report.warnings.append(f"{shown(item.rel)}:1: warning: not a file, so ingest did not write the "
                                   f"{item.what} it would have put here — rename or remove it")
            if entry is not None:
                new_files[item.rel] = {**_settled(entry), "seeds": item.seeds}
        elif entry is not None and disk is None:
            report.actions.append(f"skip {shown(item.rel)} (deleted by hand; not recreated)")
            new_files[item.rel] = {**_settled(entry), "seeds": item.seeds}
        elif disk == data and (entry is None or _untouched(entry, disk)):
            new_files[item.rel] = item.entry()     # already what we would write (e.g. an interrupted run)
            if entry != new_files[item.rel]:
                report.changed = True
        elif entry is None and disk is None:
            writes.append((path, data))
            new_files[item.rel] = item.entry()
            report.actions.append(f"create {shown(item.rel)} (new {item.what} from {from_seeds(item.seeds)})")
        elif entry is None:
            # A file a person wrote at the path ingest wanted: theirs wins, and it stays theirs.
            report.actions.append(f"keep {shown(item.rel)} (written by hand; ingest would have created it)")
            if item.what == "event":
                report.conflicts.append(f"{shown(item.rel)}:1: warning: written by hand, not replaced — the "
                                        f"extraction would write: {_describe(item, ['title', 'date'])}")
        elif _untouched(entry, disk):
            writes.append((path, data))
            new_files[item.rel] = item.entry()
            own = [s for s in item.seeds if s in stale]
            why = (f"{from_seeds(own)} changed" if own else
                   f"its seeds are unchanged, but re-extracting after {from_seeds(stale)} changed gives a new result")
            report.actions.append(f"update {shown(item.rel)} (regenerated: {why})")
        else:
            keys = changed_keys(entry, item)
            new_files[item.rel] = {**_settled(entry), "seeds": item.seeds,
                                   **({"cites": item.cites} if item.cites else {})}
            if disk == data:
                report.actions.append(f"keep {shown(item.rel)} (edited by hand; the new extraction agrees)")
            elif keys:
                report.actions.append(f"keep {shown(item.rel)} (edited by hand; the new extraction would say: "
                                      f"{_describe(item, keys, sep=' ', join=', ')})")
                paste = _new_reports(item, disk, cited_elsewhere(item.rel)) if item.what == "event" else []
                if paste:
                    # Another article reports this happening: the person pastes its citation in, or not.
                    keys = [k for k in keys if k not in ("sources", "body", "merge_basis")]
                    report.conflicts.append(
                        f"{shown(item.rel)}:{_line_of(path, 'sources')}: warning: edited by hand, not updated — "
                        f"{_reported_by(paste, articles)} also report"
                        f"{'s' * (len({c.get('source') for c in paste}) == 1)} this happening: "
                        f"add this to sources:\n{_sources_yaml(paste)}")
                if keys:
                    report.conflicts.append(f"{shown(item.rel)}:{_line_of(path, keys[0])}: warning: edited by "
                                            f"hand, not updated — the new extraction would set {_describe(item, keys)}")
            else:
                report.actions.append(f"keep {shown(item.rel)} (edited by hand; the extraction has not changed)")

    candidates = []
    for rel, entry in sorted(files.items()):
        if rel in planned_rels or rel in new_files:
            continue
        path = content / rel
        if _retired(entry):
            if not path.exists():
                new_files[rel] = entry      # remembered, to come back here if it is ever extracted again
        elif not path.is_file():
            if not _never_written(entry) or entry.get("retired"):
                # Deleted by hand: remembered, so it never comes back; or retired, so it comes back here.
                new_files[rel] = _settled(entry)
        elif _untouched(entry, path.read_bytes()):
            candidates.append((rel, entry))
        else:
            new_files[rel] = _settled(entry)
            report.actions.append(f"keep {shown(rel)} (edited by hand; no longer extracted, so not updated)")
    if candidates:
        # A file people's content still points at stays, or removing it would break their entry.
        users = references(content, {content / rel for rel, _ in candidates}, dict(writes))
        for rel, entry in candidates:
            folder, _, name = rel.partition("/")
            user = users.get((folder, name[:-3]))
            if user is not None:
                new_files[rel] = _settled(entry)
                report.actions.append(f"keep {shown(rel)} (no longer extracted, but "
                                      f"{display_path(user, project.root)} refers to it)")
            else:
                removals.append(content / rel)
                report.actions.append(f"remove {shown(rel)} (no longer extracted, never edited)")
                if folder == "events":
                    new_files[rel] = {**_settled(entry), "retired": True}

    new_seeds = {s: v for s, v in old_seeds.items() if s in by_seed}
    for seed in sorted(wanted):
        new_seeds[seed] = {"fingerprint": by_seed[seed].fingerprint, "source": by_seed[seed].id}
    new_manifest = {"version": MANIFEST_VERSION, "seeds": new_seeds, "files": dict(sorted(new_files.items()))}

    report.changed = report.changed or bool(writes or removals) or new_manifest != manifest
    if writes or removals:
        # Announce the writes first, so that a run killed half-way leaves files the next run still
        # recognises as generated (old or new bytes), not as edited by hand.
        # The seeds keep their old fingerprints until the end, so a killed run is redone.
        journal = {**new_manifest, "seeds": manifest["seeds"], "files": dict(new_manifest["files"])}
        for path, _ in writes:
            rel = path.relative_to(content).as_posix()
            old = files.get(rel)
            journal["files"][rel] = {**journal["files"][rel], "pending": True,
                                     "previous": old["sha256"] if old and path.is_file() else None}
        for path in removals:
            rel = path.relative_to(content).as_posix()
            journal["files"][rel] = {**new_manifest["files"].get(rel, files[rel]), "pending": True}
        report.journal = journal
    report.writes, report.removals = dict(writes), removals
    if new_manifest != manifest or writes or removals:
        report.manifest = new_manifest
    return report


def apply(project: Project, report: IngestReport) -> None:
    """Carry out a plan from plan_ingest on content/, in an order that a kill at any point
    leaves recoverable: the next ingest finishes the job and reaches the same files."""
    content = project.content
    manifest_path = content / MANIFEST_NAME
    if report.journal is None and report.manifest is None:
        return      # nothing to do: no walk over content/ on an unchanged build
    # A run killed mid-write left temporary files, and a journal that makes this run redo its writes.
    remove_stale_temp_files(content)
    if report.journal is not None:
        write_atomic(manifest_path, manifest_bytes(report.journal))
    for path, data in report.writes.items():
        write_atomic(path, data)
    for path in report.removals:
        remove_file(path)
    if report.manifest is not None:
        write_atomic(manifest_path, manifest_bytes(report.manifest))


def references(content: Path, leaving: set[Path], replaced: dict[Path, bytes]) -> dict[tuple[str, str], Path]:
    """(folder, id) -> the first remaining content file that refers to it: in its front matter or a [[link]].

    `leaving` are files about to be removed, `replaced` files about to get new bytes.
    """
    found: dict[tuple[str, str], Path] = {}
    for folder in ("events", "actors", "places", "tags"):
        directory = content / folder
        for path in _content_files(directory):
            if path in leaving:
                continue
            try:
                raw = replaced.get(path) or path.read_bytes()
                doc = frontmatter.parse(raw.decode("utf-8"))
            except Exception:
                continue
            refs = []
            for key in ("actors", "places", "tags"):
                if isinstance(doc.meta.get(key), list):
                    refs += [(key, str(v)) for v in doc.meta[key] if isinstance(v, (str, int))]
            if isinstance(doc.meta.get("sources"), list):
                refs += [("sources", str(c.get("source"))) for c in doc.meta["sources"] if isinstance(c, dict)]
            for m in wiki_links(doc.body):
                refs += [(f, m[1]) for f in ("actors", "places", "tags", "sources", "events")]
            for ref in refs:
                found.setdefault(ref, path)
    return found


def _citations_of(meta: dict) -> set[tuple[str, str]]:
    cited = meta.get("sources") if isinstance(meta.get("sources"), list) else []
    return {(str(c.get("source")), normalize(str(c.get("quote", "")))) for c in cited if isinstance(c, dict)}


def _event_citations(directory: Path) -> dict[str, set[tuple[str, str]]]:
    """events/<name>.md -> the (source, quote) pairs it cites, for every event file that parses."""
    out = {}
    for path in _content_files(directory):
        try:
            out[f"events/{path.name}"] = _citations_of(frontmatter.parse(path.read_text(encoding="utf-8")).meta)
        except Exception:
            continue
    return out


def _new_reports(item: Planned, disk: bytes, elsewhere: set = frozenset()) -> list[dict]:
    """The citations the new extraction gives an event from articles its file on disk does not cite yet, and
    that no other event file cites (a report a person moved out to split a wrong merge stays out)."""
    try:
        doc = frontmatter.parse(disk.decode("utf-8"))
    except Exception:
        return []
    cited = doc.meta.get("sources") if isinstance(doc.meta.get("sources"), list) else []
    have = {str(c.get("source")) for c in cited if isinstance(c, dict)}
    return [c for c in item.meta.get("sources") or [] if isinstance(c, dict) and str(c.get("source")) not in have
            and (str(c.get("source")), normalize(str(c.get("quote", "")))) not in elsewhere]


def _reported_by(citations: list[dict], articles: list[Article]) -> str:
    by_id = {a.id: a for a in articles}
    out = []
    for source in dict.fromkeys(str(c.get("source")) for c in citations):
        art = by_id.get(source)
        who = (art.outlet or art.title or source) if art else source
        out.append(f"{who} ({art.published.isoformat()})" if art and art.published else who)
    return ", ".join(out)


def _sources_yaml(citations: list[dict]) -> str:
    """The `sources:` items to paste, exactly as ingest would write them (without the 'sources:' line)."""
    return frontmatter.dump_meta({"sources": citations}).split("\n", 1)[1].rstrip("\n")


def _untouched(entry: dict, disk: bytes) -> bool:
    """The file holds what ingest wrote (or, after a killed run, what it was about to replace)."""
    sha = _sha(disk)
    return sha == entry.get("sha256") or (bool(entry.get("pending")) and sha == entry.get("previous"))


def _retired(entry: dict) -> bool:
    """An event ingest removed when no article reported it any more (a removal a killed run only announced
    is still pending: its file may still be there, ingest's own)."""
    return bool(entry.get("retired")) and not entry.get("pending")


def _never_written(entry: dict) -> bool:
    """A create or a removal that a killed run announced in its journal: when its file is missing, ingest
    made it so (a removal done, or a create not done yet), not a person."""
    return bool(entry.get("pending")) and not entry.get("previous")


def _settled(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if k not in ("pending", "previous")}
