"""A build that cannot go ahead changes nothing, never touches a folder it did not write, and runs alone."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ARTICLE = "Kerry delivered a new plan for an Aleppo settlement to Lavrov in Rome on Friday.\n"


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "PYTHONPATH": str(REPO)})


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def make_project(root: Path, config: str = "title: Talks\n", sidecar: bool = True) -> Path:
    (root / "seeds").mkdir(parents=True)
    (root / "config.yaml").write_text(config, encoding="utf-8")
    (root / "seeds" / "wire.txt").write_text(ARTICLE, encoding="utf-8")
    if sidecar:
        (root / "seeds" / "wire.yaml").write_text("published: 2016-12-06\noutlet: Wire\ntitle: Plan\n",
                                                  encoding="utf-8")
    return root


@pytest.mark.parametrize("folder", ["docs", ".git", "tests", "../elsewhere"])
def test_site_naming_a_folder_of_other_files_is_refused_and_nothing_changes(tmp_path, folder):
    root = make_project(tmp_path / "p", config=f"title: Talks\nsite: {folder}\n")
    target = (root / folder).resolve()
    target.mkdir(parents=True)
    (target / "keep.txt").write_text("mine\n")
    result = run("--root", str(root), "build")
    assert result.returncode == 1
    shown = os.path.relpath(target, root)
    assert result.stderr.splitlines() == [
        f"config.yaml:2: error: site folder {shown}/ cannot be used: {target} holds files this tool did not write "
        f"(it has no .timeline-site marker), and every build replaces the site folder whole — set 'site:' to a new "
        f"folder, or empty that folder first"]
    assert tree(target) == {"keep.txt": b"mine\n"}
    assert not (root / "content").exists(), "nothing was ingested"


def test_a_site_folder_the_tool_wrote_is_replaced_on_the_next_build(tmp_path):
    root = make_project(tmp_path, config="title: Talks\nsite: public\n")
    assert run("--root", str(root), "build").returncode == 0
    assert run("--root", str(root), "build").returncode == 0
    assert (root / "public" / ".timeline-site").is_file() and (root / "public" / "index.html").is_file()


def test_a_mistyped_root_is_an_error_and_creates_nothing(tmp_path):
    result = run("--root", str(tmp_path / "projekt"), "build")
    assert result.returncode == 2
    assert result.stderr == (f"{tmp_path}/projekt: error: no such project folder — check --root, or create a "
                             f"project there with: python -m generator init {tmp_path}/projekt\n")
    assert os.listdir(tmp_path) == []


def test_build_in_a_folder_without_config_is_an_error(tmp_path):
    (tmp_path / "seeds").mkdir()
    result = run("build", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(". error: not a timeline project (no config.yaml in ") or \
        result.stderr.startswith(".: error: not a timeline project (no config.yaml in ")
    assert sorted(os.listdir(tmp_path)) == ["seeds"]


def test_a_strict_build_that_fails_changes_nothing(tmp_path):
    root = make_project(tmp_path, sidecar=False)      # no sidecar: a warning, an error with --strict
    (root / "content" / "events").mkdir(parents=True)
    before = tree(root)
    result = run("--root", str(root), "build", "--strict")
    assert result.returncode == 1
    assert "seeds/wire.txt:1: error: no sidecar wire.yaml" in result.stderr
    assert result.stderr.splitlines()[-1].endswith(
        ": nothing was written; fix the lines above (content/ and site/ are unchanged)")
    assert tree(root) == before and not (root / "site").exists()
    assert run("--root", str(root), "build").returncode == 0      # without --strict it goes ahead
    assert (root / "content" / ".ingest-manifest.json").is_file()


def test_a_content_error_in_what_ingest_would_write_stops_the_build_before_writing(tmp_path):
    root = make_project(tmp_path)
    # A hand-written event citing a source that only this ingest creates, with a quote that is not in it.
    (root / "content" / "events").mkdir(parents=True)
    (root / "content" / "events" / "mine.md").write_text(textwrap.dedent("""\
        ---
        title: Mine
        date: 2016-12-02
        sources:
        - source: wire-plan
          paragraph: 1
          quote: words that are not in the article
        ---
        """), encoding="utf-8")
    before = tree(root)
    check = run("--root", str(root), "check")
    build = run("--root", str(root), "build")
    assert check.returncode == build.returncode == 1
    problem = ("content/events/mine.md:7: error: quote \"words that are not in the article\" is not in source "
               "'wire-plan' — copy the sentence exactly from content/sources/wire-plan.md, paragraph 1")
    assert problem in check.stderr.splitlines() and problem in build.stderr.splitlines()
    assert tree(root) == before


def test_a_template_runtime_error_names_the_template_and_line(tmp_path):
    root = make_project(tmp_path)
    (root / "templates").mkdir()
    (root / "templates" / "event.html").write_text(
        '{% extends "base.html" %}\n{% block main %}\n<p>{{ event.title | truncate(none.x) }}</p>\n'
        '{% endblock %}\n', encoding="utf-8")
    result = run("--root", str(root), "build")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "templates/event.html:3: error: 'None' has no attribute 'x' — fix the template; nothing was written "
        "(content/ and site/ are unchanged)")
    assert not (root / "content").exists() and not (root / "site").exists()


def test_ingest_takes_a_seed_path_as_tab_completion_gives_it(tmp_path):
    root = make_project(tmp_path)
    result = run("ingest", "seeds/wire.txt", "--dry-run", cwd=root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("create content/sources/wire-plan.md (new source from wire.txt)")


def test_a_second_build_waits_for_the_first_and_says_who_holds_the_lock(tmp_path):
    root = make_project(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""\
            import sys
            from generator.lock import project_lock
            with project_lock({str(root)!r}, "build"):
                print("locked", flush=True)
                sys.stdin.readline()
            """)],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "locked\n"
        second = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(root), "build"], cwd=REPO,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        said = second.stderr.readline()
        assert said == (f"waiting: build (pid {holder.pid}) is writing to this project (lock .timeline.lock); "
                        f"this build goes on when it ends\n")
        assert not (root / "content").exists(), "the second build has not ingested while the lock is held"
        holder.stdin.write("\n")
        holder.stdin.flush()
        out, err = second.communicate(timeout=600)
        assert second.returncode == 0, err
        assert (root / "site" / "index.html").is_file()
    finally:
        holder.kill()
        holder.wait()
