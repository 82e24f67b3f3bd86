"""The tool installed with `pip install .` (not editable) carries its templates and static files, and a
project's own templates/ overrides them file by file.

The install builds a wheel offline (--no-index, --no-build-isolation: the setuptools and wheel of the test
environment) into a throw-away folder, from a copy of the checkout, so nothing is written into the checkout.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import build
from generator.config import PACKAGE_TEMPLATES, load_project
from generator.init import init_project

REPO = Path(__file__).resolve().parents[1]


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The folder `pip install --target` put the package in."""
    tmp = tmp_path_factory.mktemp("install")
    source = tmp / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("generator", "templates"):
        shutil.copytree(REPO / name, source / name, ignore=ignore)
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-index", "--no-deps",
                           "--no-build-isolation", "--target", str(tmp / "lib"), str(source)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return tmp / "lib"


def run_installed(lib: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    # PYTHONPATH puts the installed copy ahead of the checkout (and of any editable install of it); cwd is
    # a folder with no generator/ or templates/ beside it.
    env = {**os.environ, "PYTHONPATH": str(lib)}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True,
                          text=True)


def test_the_wheel_carries_every_template_and_static_file(installed):
    assert files_under(installed / "generator" / "templates") == files_under(REPO / "templates")
    assert files_under(installed / "generator" / "example") == {"harbour-bridge.txt", "harbour-bridge.yaml"}


def test_the_installed_tool_builds_a_project_that_has_no_templates(installed, tmp_path):
    probe = subprocess.run([sys.executable, "-c", "import generator.config as c; print(c.__file__); "
                            "print(c.PACKAGE_TEMPLATES)"], cwd=tmp_path, env={**os.environ,
                           "PYTHONPATH": str(installed)}, capture_output=True, text=True)
    assert probe.stdout.splitlines() == [str(installed / "generator" / "config.py"),
                                         str(installed / "generator" / "templates")]

    assert run_installed(installed, tmp_path, "init", "news").returncode == 0
    done = run_installed(installed, tmp_path, "--root", "news", "build")
    assert done.returncode == 0, done.stderr
    site = tmp_path / "news" / "site"
    assert "Harbour Bridge reopens to traffic" in (site / "index.html").read_text(encoding="utf-8")
    for name in ("style.css", "search.js", "filter.js"):
        assert (site / "static" / name).read_bytes() == (REPO / "templates" / "static" / name).read_bytes()


# ------------------------------------------------------------------ a project's own templates, file by file
@pytest.fixture
def project_root(tmp_path) -> Path:
    root = tmp_path / "news"
    init_project(root)
    return root


def built_site(root: Path) -> Path:
    outcome = build(load_project(root))
    assert outcome.code == 0, outcome.problems
    return root / "site"


def test_a_project_with_only_its_own_event_page_template(project_root):
    event = (PACKAGE_TEMPLATES / "event.html").read_text(encoding="utf-8")
    assert "{% block main %}" in event
    own = project_root / "templates" / "event.html"
    own.parent.mkdir()
    own.write_text(event.replace("{% block main %}", "{% block main %}<p class=\"house-note\">Desk copy</p>", 1),
                   encoding="utf-8")
    site = built_site(project_root)
    page = (site / "events" / "2024-03-13-harbour-bridge-reopens-to-traffic.html").read_text(encoding="utf-8")
    assert '<p class="house-note">Desk copy</p>' in page
    assert "house-note" not in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "static" / "style.css").read_bytes() == (PACKAGE_TEMPLATES / "static" / "style.css").read_bytes()


def test_a_project_with_only_its_own_stylesheet(project_root):
    css = project_root / "templates" / "static" / "style.css"
    css.parent.mkdir(parents=True)
    css.write_text("body { color: #123456; }\n", encoding="utf-8")
    site = built_site(project_root)
    assert (site / "static" / "style.css").read_text(encoding="utf-8") == "body { color: #123456; }\n"
    assert (site / "static" / "search.js").read_bytes() == (PACKAGE_TEMPLATES / "static" / "search.js").read_bytes()
    # The 404 page inlines the stylesheet (it is served at any depth): the project's own.
    assert "body { color: #123456; }" in (site / "404.html").read_text(encoding="utf-8")


def test_a_project_overriding_only_the_macros_renders_items_with_them(project_root):
    from generator.site import render

    macros = (PACKAGE_TEMPLATES / "_macros.html").read_text(encoding="utf-8")
    assert '<article class="tl-card">' in macros
    own = project_root / "templates" / "_macros.html"
    own.parent.mkdir()
    own.write_text(macros.replace('<article class="tl-card">', '<article class="tl-card house">'), encoding="utf-8")
    folders = load_project(project_root).template_folders
    assert folders == [own.parent, PACKAGE_TEMPLATES]
    assert render.item_macros_digest(folders) != render.item_macros_digest([PACKAGE_TEMPLATES])
    home = (built_site(project_root) / "index.html").read_text(encoding="utf-8")
    assert '<article class="tl-card house">' in home


def test_a_project_overriding_an_unrelated_template_keeps_the_fast_items(project_root):
    from generator.site import render

    own = project_root / "templates" / "search.html"
    own.parent.mkdir()
    shutil.copy(PACKAGE_TEMPLATES / "search.html", own)
    assert render.item_macros_digest(load_project(project_root).template_folders) == render._ITEM_MACROS_SHA256


def test_a_templates_setting_naming_a_missing_folder_is_a_warning(project_root):
    config = project_root / "config.yaml"
    config.write_text('title: "News"\ntemplates: house-style\n', encoding="utf-8")
    project = load_project(project_root)
    assert project.warnings == ["config.yaml:2: warning: templates folder 'house-style' does not exist — the "
                                "built-in templates are used"]
    outcome = build(project)
    assert outcome.code == 0 and outcome.problems[0] == project.warnings[0]
    assert (project_root / "site" / "index.html").is_file()
