"""Ingest killed with -9 at any write converges: the next ingest reaches the uninterrupted result.

Each case forks a child that runs ingest and dies (os._exit, no cleanup, as with kill -9) at the k-th
write step: a file's temporary copy written but not renamed in (during), renamed in (after), or removed;
"before" a write is "after" the previous one. The parent then runs ingest as a person would next time.
"""
from __future__ import annotations

import os
import shutil

import pytest

from generator import write
from generator.config import load_project
from test_ingest import KERRY, LAVROV, files, ingest, seed

KILLED = 9


def snapshot(root) -> dict[str, bytes]:
    """Every file under content/, temporary files included (none may be left)."""
    content = root / "content"
    return {p.relative_to(content).as_posix(): p.read_bytes() for p in sorted(content.rglob("*")) if p.is_file()}


def run_until_killed(root, step: int) -> int:
    """Ingest in a child process that dies at write step `step`; returns how many steps it reached."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        reached = 0

        def hook(name):
            nonlocal reached
            reached += 1
            if reached == step:
                os._exit(KILLED)
        write._after = hook
        try:
            ingest(load_project(root))
            os.write(write_fd, str(reached).encode())
        finally:
            os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        said = pipe.read()
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, KILLED)
    return int(said) if code == 0 else step


def crash_everywhere(before, work):
    """Kill ingest at every write step of `before` (a project folder); each time, the next ingest must give
    the same content/ as one uninterrupted ingest. Returns the number of steps tried."""
    clean = work / "clean"
    shutil.copytree(before, clean)
    steps = run_until_killed(clean, step=0)
    assert steps >= 3
    expected = snapshot(clean)
    for step in range(1, steps + 1):
        case = work / f"killed-at-{step}"
        shutil.copytree(before, case)
        assert run_until_killed(case, step) == step
        report = ingest(load_project(case))
        assert snapshot(case) == expected, f"killed at write step {step} of {steps}: {report.actions}"
        again = ingest(load_project(case))
        assert again.actions == [] and not again.changed
    return steps


def test_first_ingest_killed_at_any_write_converges(project, tmp_path_factory):
    seed(project, "001_a", [KERRY, LAVROV])
    seed(project, "002_b", ["2016-12-09 | Envoys meet in Geneva | sergey-lavrov, staffan-de-mistura"])
    # 8 files (2 sources, 3 events, 3 actors) and the manifest twice (journal, then final), each written then renamed
    assert crash_everywhere(project.root, tmp_path_factory.mktemp("runs")) == 2 * (8 + 2)


def test_reingest_of_a_changed_seed_killed_at_any_write_converges(project, tmp_path_factory):
    seed(project, "001_a", [KERRY, LAVROV, "2016-12-07 | Talks called off | old-actor"])
    ingest(project)
    (project.content / "events" / "2016-12-05-lavrov-rejects-plan.md").write_text(
        (project.content / "events" / "2016-12-05-lavrov-rejects-plan.md").read_text() + "\nEdited.\n")
    # Updates (the source and an event), a create, a removal (old-actor), a kept hand edit.
    seed(project, "001_a", [KERRY.replace("plan", "new plan"), LAVROV, "2016-12-08 | Envoys meet | john-kerry"])
    assert crash_everywhere(project.root, tmp_path_factory.mktemp("runs")) >= 3


def test_leftover_temporary_files_of_a_killed_ingest_are_removed(project):
    seed(project, "001_a", [KERRY])
    dead = 2 ** 22 + 4321           # above the default pid_max: no such process
    leftover = project.content / "events" / f".2016-12-02-x.md.tmp-{dead}"
    leftover.write_text("half")
    ingest(project)
    assert not leftover.exists()
    assert files(project) == ["actors/john-kerry.md", "events/2016-12-02-kerry-delivers-plan.md",
                              "sources/wire-talks.md"]
