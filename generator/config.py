"""config.yaml: site settings and the project's folders."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .frontmatter import load_with_lines

PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

DEFAULTS = {
    "title": "Timeline",
    "description": "",
    "base_url": "",
    "language": "en",
    "author": "",
}
KNOWN_KEYS = set(DEFAULTS) | {"seeds", "content", "site", "templates"}


class ConfigError(Exception):
    """A one-line, user-facing 'path:line: error: message' problem with config.yaml."""


@dataclass
class Project:
    root: Path
    settings: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def _dir(self, key: str, default: str) -> Path:
        return (self.root / str(self.settings.get(key) or default)).resolve()

    @property
    def seeds(self) -> Path:
        return self._dir("seeds", "seeds")

    @property
    def content(self) -> Path:
        return self._dir("content", "content")

    @property
    def site(self) -> Path:
        return self._dir("site", "site")

    @property
    def templates(self) -> Path:
        own = self._dir("templates", "templates")
        # A project without templates of its own (no base.html) renders with the ones shipped with the tool.
        return own if (own / "base.html").is_file() else PACKAGE_TEMPLATES


_TEXT_KEYS = ("title", "description", "language", "author", "base_url", "seeds", "content", "site", "templates")


def load_project(root: Path | str) -> Project:
    """Read config.yaml. Raises ConfigError (one 'path:line: error: ...' line) for a setting that cannot work."""
    root = Path(root).resolve()
    path = root / "config.yaml"
    shown = "config.yaml"
    settings = dict(DEFAULTS)
    warnings: list[str] = []
    lines: dict[str, int] = {}
    if path.exists():
        try:
            data, lines = load_with_lines(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{shown}:1: error: not UTF-8 at byte {exc.start} — save the file as UTF-8") from None
        except OSError as exc:
            raise ConfigError(f"{shown}:1: error: cannot read ({exc.strerror or exc})") from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            raise ConfigError(f"{shown}:{mark.line + 1 if mark else 1}: error: malformed YAML: "
                              f"{exc.problem or exc.context} — fix that line") from None
        data = {} if data is None else data
        if not isinstance(data, dict):
            raise ConfigError(f"{shown}:1: error: config.yaml must be a mapping of settings (title: ..., base_url: ...)")
        for key in sorted(set(data) - KNOWN_KEYS, key=lambda k: lines.get(str(k), 0)):
            warnings.append(f"{shown}:{lines.get(str(key), 1)}: warning: unknown setting {key!r} — known settings: "
                            f"{', '.join(sorted(KNOWN_KEYS))}")
        for key in _TEXT_KEYS:
            value = data.get(key)
            if isinstance(value, (list, dict, bool)):
                raise ConfigError(f"{shown}:{lines.get(key, 1)}: error: '{key}' must be text, not "
                                  f"{type(value).__name__} — write it as {key}: \"...\"")
        settings.update({k: str(v) for k, v in data.items() if k in _TEXT_KEYS and v is not None})
    base = settings["base_url"].strip()
    if base and not re.match(r"^https?://[^\s/]+", base):
        raise ConfigError(f"{shown}:{lines.get('base_url', 1)}: error: base_url {base!r} is not an absolute http(s) "
                          f"URL — write it like https://example.org/timeline/, or leave it empty")
    settings["base_url"] = base if not base or base.endswith("/") else base + "/"
    project = Project(root=root, settings=settings, warnings=warnings)
    _check_site_folder(project, shown, lines.get("site", 1))
    return project


def _check_site_folder(project: Project, config: str, line: int) -> None:
    """Each build replaces the whole site folder: it must never be, hold or sit inside the project's inputs."""
    site = project.site
    for name, folder in (("the project folder", project.root), ("content", project.content),
                         ("seeds", project.seeds), ("templates", project._dir("templates", "templates"))):
        if site == folder or folder.is_relative_to(site) or (folder != project.root and site.is_relative_to(folder)):
            raise ConfigError(f"{config}:{line}: error: site folder {site} overlaps {name} ({folder}); every build "
                              f"replaces the site folder whole — set 'site:' to a folder of its own, like site")
