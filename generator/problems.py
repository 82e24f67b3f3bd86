"""Content problems, reported all at once as `path:line: error|warning: message — what to do`."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: str            # as shown to the user: relative to the project root where possible
    line: int            # 1-based
    severity: str        # "error" | "warning"
    message: str         # what is wrong — what to do

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


def display_path(path: Path | str, root: Path | str | None = None) -> str:
    """A path the user can click: relative to the project root when inside it."""
    path = Path(path)
    if root is not None:
        try:
            # Resolve the folder, not the file: a symbolic link is shown under its own name, not its target's.
            return Path(os.path.relpath(path.absolute().parent.resolve() / path.name,
                                        Path(root).resolve())).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def error(path, line: int, message: str, root=None) -> Problem:
    return Problem(display_path(path, root), line, "error", message)


def warning(path, line: int, message: str, root=None) -> Problem:
    return Problem(display_path(path, root), line, "warning", message)


def summary(errors: int, warnings: int) -> str:
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
