"""The README's promises: its two opening commands, and that CI runs the test command verbatim."""
from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```(?:sh|bash)\n(.+?)\n```", text, flags=re.S)[:2]


def test_the_readme_opens_with_an_install_and_build_command_and_a_test_command():
    build, test = readme_commands()
    assert "pip install" in build and "python -m generator build" in build
    assert "pip install" in test and "'.[test]'" in test and "python -m pytest" in test


def test_ci_runs_the_readme_test_command_verbatim():
    _, test = readme_commands()
    assert test in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_readme_content_example_is_the_shipped_file():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    name, example = re.search(r"`(content/events/[^`]+\.md)`, as ingest wrote it:\n\n```markdown\n(.+?)```", text,
                              flags=re.S).groups()
    assert (REPO / name).read_text(encoding="utf-8") == example
