"""Shared fixtures: a throw-away project folder with config.yaml and an empty content/ tree."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import Project, load_project

CONTENT_DIRS = ("sources", "events", "actors", "places", "tags")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / "config.yaml").write_text('title: "Test timeline"\nbase_url: "https://example.org/t/"\n',
                                          encoding="utf-8")
    for name in CONTENT_DIRS:
        (tmp_path / "content" / name).mkdir(parents=True)
    (tmp_path / "seeds").mkdir()
    return load_project(tmp_path)


def put(project: Project, rel: str, text: str | bytes) -> Path:
    """Write a file under the project root ('content/events/x.md'), creating folders."""
    path = project.root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
