"""The pipeline: seeds → ingest (extract → content) → load/validate → model → render → write.

`check` runs the same load and validation as `build`, without rendering, so the two never disagree.
Each stage is a function of its inputs; this module only sequences them and reports.
"""
from __future__ import annotations

import contextlib
import os
import re
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TextIO

from . import unchanged
from .config import Project
from .problems import display_path, summary


@dataclass
class Outcome:
    """What a command tells the user: result lines on stdout, problems on stderr, an exit code."""

    code: int = 0
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def emit(self, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
        for line in self.problems:
            print(line, file=err)
        for line in self.lines:
            print(line, file=out)
        return self.code


# Every problem line, whichever stage reported it, reads "path:line: error|warning: message — what to do".
_PROBLEM = re.compile(r"^.*?:\d+: (?:error|warning): ")


def _is_error(line: str) -> bool:
    return ": error: " in line.split(" — ", 1)[0]


def _validate(project: Project, strict: bool, outcome: Outcome, overlay=None, kept: list | None = None, **cached):
    """Load content/ into the model, after what config, seeds and ingest reported; every problem goes to the
    outcome. `overlay` is content/ as ingest's plan would leave it (path -> bytes, None: removed), so a build
    validates what it will publish before writing a byte. `cached`: load's cache and digests; `kept` is given
    load's problems as printed. Returns the model, or None when anything is an error (with strict, every
    warning is)."""
    from .load import load

    model, problems = load(project, strict=strict, overlay=overlay, **cached)
    lines = [str(p) for p in problems]
    if kept is not None:
        kept += lines
    return model if _tally(outcome, strict, lines, model is not None) else None


def _tally(outcome: Outcome, strict: bool, problems: list[str], loaded: bool) -> bool:
    """Add load's problems to what earlier stages reported, and the count of them all; whether the build may
    go on (`loaded`: load made a model). A build that replays a recorded one (unchanged.py) counts here too."""
    if strict:
        outcome.problems = [line.replace(": warning: ", ": error: ", 1) for line in outcome.problems]
    outcome.problems += problems
    counted = [line for line in outcome.problems if _PROBLEM.match(line)]
    if not counted:
        return loaded
    errors = sum(map(_is_error, counted))
    tally = summary(errors, len(counted) - errors)
    if errors or not loaded:
        outcome.problems.append(f"{tally}: nothing was written; fix the lines above (content/ and site/ are "
                                f"unchanged)")
        outcome.code = 1
        return False
    outcome.problems.append(tally)
    return True


def _content_summary(model, project: Project) -> list[str]:
    undated = [e for e in model.events if e.date is None]
    lines = [f"content: {len(model.events)} events ({len(undated)} need a date), {len(model.actors)} actors, "
             f"{len(model.places)} places, {len(model.tags)} tags, {len(model.sources)} sources"]
    for event in undated:
        said = f" ({event.date_text!r})" if event.date_text else ""
        lines.append(f"  needs a date: {display_path(event.path, project.root)}{said} — set 'date:' "
                     f"to YYYY, YYYY-MM or YYYY-MM-DD")
    return lines


def _plan(project: Project, outcome: Outcome, *, only: list[str] | None = None):
    """Ingest's plan (nothing written yet); its warnings and conflicts go to the outcome.
    Returns None when SEED names no seed."""
    from .ingest import plan_ingest
    from .seeds import scan_seeds

    articles, unreadable = scan_seeds(project.seeds, project.root)
    outcome.problems += unreadable
    if only:
        only = [_seed_name(name, project) for name in only]
        missing = [s for s in only if not any(s in (a.seed, a.path.stem) for a in articles)]
        for name in missing:
            outcome.problems.append(f"{name}: error: no such seed in {display_path(project.seeds, project.root)}/ "
                                    f"— give a file name from there")
        if missing:
            outcome.code = 2
            return None
    report = plan_ingest(project, articles, only=only)
    outcome.problems += report.warnings + report.conflicts
    return report


def _seed_name(name: str, project: Project) -> str:
    """A SEED argument as a seed's file name: 'x.txt', 'x', or a path to it ('seeds/x.txt', as tab completion
    gives, from the project folder or the current one)."""
    path = Path(name)
    if len(path.parts) > 1:
        for base in (Path.cwd(), project.root):
            full = (base / path).resolve()
            if full.parent == project.seeds:
                return full.name
    return name


def _template_problem(exc: BaseException, project: Project) -> str | None:
    """A template error as 'template:line: error: ...', or None when no template is to blame.

    Syntax errors carry the template and line; a runtime error (an undefined name, a bad filter argument)
    shows them only in its traceback, where Jinja puts a frame per template line."""
    import jinja2

    name, line = getattr(exc, "filename", None) or getattr(exc, "name", None), getattr(exc, "lineno", None)
    if not isinstance(exc, jinja2.TemplateSyntaxError):
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith((".html", ".xml"))
                  and Path(f.filename).is_file()]
        if frames:
            name, line = frames[-1].filename, frames[-1].lineno
        elif not isinstance(exc, jinja2.TemplateError):
            return None
    where = Path(name or project.templates)
    where = display_path(where, project.root) if where.resolve().is_relative_to(project.root) else where.as_posix()
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return (f"{where}:{line or 1}: error: {message} — fix the template; nothing was written (content/ and site/ "
            f"are unchanged)")


def _site_folder_problem(project: Project) -> str | None:
    from .write import ForeignSiteFolder, check_site_folder

    try:
        check_site_folder(project.site)
    except ForeignSiteFolder as exc:
        where = f"config.yaml:{project.lines['site']}" if "site" in project.lines else "config.yaml:1"
        return (f"{where}: error: site folder {display_path(project.site, project.root)}/ cannot be used: {exc}, "
                f"and every build replaces the site folder whole — set 'site:' to a new folder, or empty that "
                f"folder first")
    return None


def _ingest_summary(report) -> str | None:
    counts: dict[str, int] = {}
    for action in report.actions:
        verb = action.split(" ", 1)[0]
        counts[verb] = counts.get(verb, 0) + 1
    if not counts:
        return None
    return ("ingest: " + ", ".join(f"{verb} {n}" for verb, n in counts.items())
            + " (details: python -m generator ingest --dry-run)")


class Progress:
    """The one-line progress display of a long build, rewritten in place on a terminal: the stage, pages done
    of the total, the rate. Silent when the stream is not a terminal (a log, a pipe, a test)."""

    def __init__(self, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic):
        self.stream, self.clock = stream or sys.stdout, clock
        try:
            self.on = self.stream.isatty()
        except (AttributeError, ValueError):     # no isatty, or closed
            self.on = False
        self.started = self.shown = 0.0
        self.stage_name = ""
        self.width = 0

    def stage(self, name: str) -> None:
        self.stage_name, self.started, self.shown = name, self.clock(), 0.0
        self._show(f"{name}…")

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if done < total and now - self.shown < 0.1:
            return
        self.shown = now
        rate = done / (now - self.started) if now > self.started else 0.0
        self._show(f"{self.stage_name}: {done}/{total} pages, {rate:.0f} pages/s")

    def _show(self, text: str) -> None:
        if self.on:
            self.stream.write("\r" + text.ljust(self.width))
            self.stream.flush()
            self.width = len(text)

    def clear(self) -> None:
        if self.on and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def build(project: Project, *, strict: bool = False, clock: Callable[[], float] = time.perf_counter,
          cache=None, progress: Progress | None = None) -> Outcome:
    """Plan ingest, validate content/ as the plan leaves it, render; only then write content/ and site/.
    Any error leaves both as they were.

    `cache` (a cache.BuildCache; by default the project's own) lets the build skip what has not changed
    since the last one: serve passes the same one to every rebuild, so it stays in memory."""
    from .cache import BuildCache, paused_gc
    from .ingest import apply
    from .lock import project_lock
    from .site.render import render_into
    from .write import SiteWriter

    started = clock()
    progress = progress or Progress()
    cache = cache if cache is not None else BuildCache(project.root)
    outcome = Outcome(problems=list(project.warnings))
    problem = _site_folder_problem(project)
    if problem:
        outcome.problems.append(problem)
        outcome.code = 1
        return outcome
    with project_lock(project.root, "build"), paused_gc(freeze=True):
        try:
            progress.stage("load")
            report = _plan(project, outcome)
            # Nothing changed since the last successful build (unchanged.py): say what it said. A build that
            # ingests changes content/ itself, so its inputs are neither compared nor recorded.
            stamps = unchanged.content_stamps(project) if _plans_nothing(report) else None
            inputs = unchanged.inputs(project, strict, stamps) if stamps is not None else None
            record = cache.record if inputs is not None else None
            if (record is not None and record.inputs == inputs
                    and unchanged.site_is_as_recorded(project.site, record)):
                return _replay(project, strict, outcome, report, record, clock() - started)
            digests: dict = {}
            kept: list[str] = []
            model = _validate(project, strict, outcome, overlay=report.overlay, kept=kept, cache=cache,
                              digests=digests)
            if model is None:
                return outcome
            progress.stage("render")
            writer = SiteWriter(project.site)
            try:
                rendered = render_into(model, project, writer, cache=cache, digests=digests, progress=progress)
            except BaseException as exc:
                writer.discard()
                problem = _template_problem(exc, project) if isinstance(exc, Exception) else None
                if problem is None:
                    raise
                outcome.problems.append(problem)
                outcome.code = 1
                return outcome
            progress.stage("write")
            apply(project, report)
            try:
                changed = writer.commit()
            except BaseException:
                writer.discard()
                raise
            cache.save(rendered.records)
            summary_lines = _content_summary(model, project)
            cache.save_record(_record(project, inputs, kept, summary_lines, rendered))
        finally:
            progress.clear()
    if line := _ingest_summary(report):
        outcome.lines.append(line)
    outcome.lines += summary_lines
    what = (f"{rendered.rendered} of {rendered.rendered + rendered.reused} pages rendered, the rest unchanged"
            if rendered.reused else f"{rendered.rendered} pages rendered")
    outcome.lines.append(_site_line(project, changed, rendered.files, what, clock() - started))
    return outcome


def _site_line(project: Project, changed: bool, files: int, what: str, seconds: float) -> str:
    where = display_path(project.site, project.root)
    if changed:
        return f"site: {files} files published to {where}/ ({what}) in {seconds:.2f} s"
    return f"site: {where}/ is up to date, {files} files, nothing changed ({what}) in {seconds:.2f} s"


def _plans_nothing(report) -> bool:
    """Whether ingest's plan leaves content/ as it is (so a recorded build of it may stand)."""
    return not report.overlay and report.journal is None and report.manifest is None


def _record(project: Project, inputs, problems: list[str], lines: list[str], rendered):
    """What this build read and wrote, for the next build to compare with; None when its inputs cannot be
    vouched for (then no build is replayed until a full one can record them)."""
    from .write import SITE_MARKER, file_stamp

    if inputs is None:
        return None
    site = {rel: tuple(stamp) for _, files in rendered.records.values() for rel, stamp in files.items()}
    try:
        site[SITE_MARKER] = file_stamp(os.lstat(project.site / SITE_MARKER))
    except OSError:
        return None
    return unchanged.Record(inputs=inputs, problems=problems, lines=lines, site=site, files=rendered.files,
                            jobs=rendered.rendered + rendered.reused)


def _replay(project: Project, strict: bool, outcome: Outcome, report, record, seconds: float) -> Outcome:
    """The outcome of a build whose inputs and site are those of the recorded one: its problems and lines
    (through the same tally as a full build), nothing read, rendered or written."""
    if not _tally(outcome, strict, list(record.problems), True):
        return outcome      # not reached: a recorded build succeeded, with these same problems
    if line := _ingest_summary(report):
        outcome.lines.append(line)
    outcome.lines += record.lines
    outcome.lines.append(_site_line(project, False, record.files,
                                    f"0 of {record.jobs} pages rendered, the rest unchanged", seconds))
    return outcome


def check(project: Project, *, strict: bool = False) -> Outcome:
    """The same plan and validation as build, writing nothing."""
    outcome = Outcome(problems=list(project.warnings))
    if problem := _site_folder_problem(project):
        outcome.problems.append(problem)
    report = _plan(project, outcome)
    pending = [a for a in report.actions if not a.startswith(("keep", "skip"))]
    if pending:
        outcome.lines.append(f"ingest: {len(pending)} change(s) pending — `python -m generator ingest --dry-run` "
                             f"lists them; `build` applies them (checked here as they will be)")
    model = _validate(project, strict, outcome, overlay=report.overlay)
    if model is not None:
        outcome.lines += _content_summary(model, project)
        outcome.lines.append("check: no errors")
    return outcome


def ingest(project: Project, *, only: list[str] | None = None, dry_run: bool = False) -> Outcome:
    from .ingest import apply
    from .lock import project_lock

    outcome = Outcome(problems=list(project.warnings))
    with project_lock(project.root, "ingest") if not dry_run else contextlib.nullcontext():
        report = _plan(project, outcome, only=only)
        if report is not None and not dry_run:
            apply(project, report)
    if report is not None:
        outcome.lines += report.actions or ["ingest: nothing to do (every seed is ingested and unchanged)"]
    return outcome
