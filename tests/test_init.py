"""`python -m generator init DIR` writes a new project that builds as it is, and never overwrites one."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def tree(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() + ("/" if p.is_dir() else "") for p in folder.rglob("*"))


def test_init_writes_a_project_that_builds_into_a_dated_timeline(tmp_path):
    done = cli("init", "news", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.splitlines() == [
        "news/config.yaml", "news/.gitignore", "news/seeds/harbour-bridge.txt", "news/seeds/harbour-bridge.yaml",
        "created a timeline project in news — add articles to its seeds/ folder (name.txt with a name.yaml "
        "sidecar, as the example shows), then: python -m generator --root news build"]
    root = tmp_path / "news"
    assert tree(root) == [".gitignore", "config.yaml", "content/", "content/actors/", "content/events/",
                          "content/places/", "content/sources/", "content/tags/", "seeds/",
                          "seeds/harbour-bridge.txt", "seeds/harbour-bridge.yaml"]
    assert "/site/\n" in (root / ".gitignore").read_text(encoding="utf-8")
    config = yaml.safe_load((root / "config.yaml").read_text(encoding="utf-8"))
    assert config == {"title": "My timeline", "description": "A dated, cited timeline built from news articles.",
                      "base_url": "", "language": "en", "author": ""}

    done = cli("--root", "news", "build", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""            # the example has a sidecar and nothing to warn about
    event = root / "content" / "events" / "2024-03-13-harbour-bridge-reopens-to-traffic.md"
    assert event.read_text(encoding="utf-8").splitlines()[1:5] == [
        "title: Harbour Bridge reopens to traffic", "date: 2024-03-13", "date_text: on Wednesday",
        "date_basis: the Wednesday before the publication date 2024-03-14 (past tense)"]
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert '<time datetime="2024-03-13">' in home and "Harbour Bridge reopens to traffic" in home


def test_init_accepts_an_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    assert cli("init", "empty", cwd=tmp_path).returncode == 0
    assert (tmp_path / "empty" / "config.yaml").is_file()


def test_init_refuses_a_folder_that_holds_anything(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    done = cli("init", "mine", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("error: mine is not empty — give a new or empty folder (init never overwrites a file); "
                           "to build a project that is already there: python -m generator --root mine build\n")
    assert tree(tmp_path / "mine") == ["notes.txt"]


def test_init_refuses_a_file(tmp_path):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    done = cli("init", "taken", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (1, "error: taken is a file — give the path of a new or empty folder\n")
