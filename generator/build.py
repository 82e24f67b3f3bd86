"""The pipeline: seeds → ingest (extract → content) → load/validate → model → render → write.

`check` runs the same load and validation as `build`, without rendering, so the two never disagree.
Each stage is a function of its inputs; this module only sequences them and reports.
"""
from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, TextIO

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


def _validate(project: Project, strict: bool, outcome: Outcome):
    """Load content/ into the model, after what config, seeds and ingest reported; every problem goes to the
    outcome. Returns the model, or None when anything is an error (with strict, every warning is)."""
    from .load import load

    model, problems = load(project, strict=strict)
    if strict:
        outcome.problems = [line.replace(": warning: ", ": error: ", 1) for line in outcome.problems]
    outcome.problems += [str(p) for p in problems]
    counted = [line for line in outcome.problems if _PROBLEM.match(line)]
    if not counted:
        return model
    errors = sum(map(_is_error, counted))
    tally = summary(errors, len(counted) - errors)
    if errors or model is None:
        outcome.problems.append(f"{tally}: nothing was rendered; fix the lines above (site/ is unchanged)")
        outcome.code = 1
        return None
    outcome.problems.append(tally)
    return model


def _content_summary(model, project: Project) -> list[str]:
    undated = [e for e in model.events if e.date is None]
    lines = [f"content: {len(model.events)} events ({len(undated)} need a date), {len(model.actors)} actors, "
             f"{len(model.places)} places, {len(model.tags)} tags, {len(model.sources)} sources"]
    for event in undated:
        said = f" ({event.date_text!r})" if event.date_text else ""
        lines.append(f"  needs a date: {display_path(event.path, project.root)}{said} — set 'date:' "
                     f"to YYYY, YYYY-MM or YYYY-MM-DD")
    return lines


def _ingest(project: Project, outcome: Outcome, *, dry_run: bool, only: list[str] | None = None):
    """Run ingest; its warnings and conflicts go to the outcome. Returns the report (None: bad SEED names)."""
    from .ingest import run_ingest
    from .seeds import scan_seeds

    articles, unreadable = scan_seeds(project.seeds, project.root)
    outcome.problems += unreadable
    if only:
        missing = [s for s in only if not any(s in (a.seed, a.path.stem) for a in articles)]
        for name in missing:
            outcome.problems.append(f"{name}: error: no such seed in {display_path(project.seeds, project.root)}/ "
                                    f"— give a file name from there")
        if missing:
            outcome.code = 2
            return None
    report = run_ingest(project, articles, dry_run=dry_run, only=only)
    outcome.problems += report.warnings + report.conflicts
    return report


def _template_problem(exc, project: Project) -> str:
    name = getattr(exc, "filename", None) or getattr(exc, "name", None)
    where = display_path(name, project.root) if name else display_path(project.templates, project.root)
    line = getattr(exc, "lineno", None) or 1
    return f"{where}:{line}: error: {exc.message or exc} — fix the template; nothing was rendered (site/ is unchanged)"


def build(project: Project, *, strict: bool = False, clock: Callable[[], float] = time.perf_counter) -> Outcome:
    import jinja2

    from .render import render_site
    from .write import publish

    started = clock()
    outcome = Outcome(problems=list(project.warnings))
    report = _ingest(project, outcome, dry_run=False)
    if report.actions:
        counts: dict[str, int] = {}
        for action in report.actions:
            verb = action.split(" ", 1)[0]
            counts[verb] = counts.get(verb, 0) + 1
        outcome.lines.append("ingest: " + ", ".join(f"{verb} {n}" for verb, n in counts.items())
                             + " (details: python -m generator ingest --dry-run)")
    model = _validate(project, strict, outcome)
    if model is None:
        return outcome
    try:
        pages = render_site(model, project)
    except jinja2.TemplateError as exc:
        outcome.problems.append(_template_problem(exc, project))
        outcome.code = 1
        return outcome
    publish(pages, project.site)
    outcome.lines += _content_summary(model, project)
    outcome.lines.append(f"site: {len(pages)} files written to {display_path(project.site, project.root)}/ "
                         f"in {clock() - started:.2f} s")
    return outcome


def check(project: Project, *, strict: bool = False) -> Outcome:
    outcome = Outcome(problems=list(project.warnings))
    report = _ingest(project, outcome, dry_run=True)
    pending = [a for a in report.actions if not a.startswith(("keep", "skip"))]
    if pending:
        outcome.lines.append(f"ingest: {len(pending)} change(s) pending — `python -m generator ingest --dry-run` "
                             f"lists them; `build` applies them")
    model = _validate(project, strict, outcome)
    if model is not None:
        outcome.lines += _content_summary(model, project)
        outcome.lines.append("check: no errors")
    return outcome


def ingest(project: Project, *, only: list[str] | None = None, dry_run: bool = False) -> Outcome:
    outcome = Outcome(problems=list(project.warnings))
    report = _ingest(project, outcome, dry_run=dry_run, only=only)
    if report is not None:
        outcome.lines += report.actions or ["ingest: nothing to do (every seed is ingested and unchanged)"]
    return outcome
