"""config.yaml: site settings and the project's folders."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .frontmatter import load_yaml

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
        # A project without templates of its own renders with the ones shipped beside the package.
        return own if own.is_dir() else PACKAGE_TEMPLATES


def load_project(root: Path | str) -> Project:
    root = Path(root).resolve()
    path = root / "config.yaml"
    settings = dict(DEFAULTS)
    warnings: list[str] = []
    if path.exists():
        try:
            text = path.read_text(encoding="utf-8")
            node = yaml.compose(text, Loader=yaml.SafeLoader)
            data = load_yaml(text) or {}
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{path}:1: error: not UTF-8 at byte {exc.start} — save the file as UTF-8") from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            raise ConfigError(f"{path}:{mark.line + 1 if mark else 1}: error: malformed YAML: "
                              f"{exc.problem or exc.context} — fix that line") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}:1: error: config.yaml must be a mapping of settings (title: ..., base_url: ...)")
        lines = {k.value: k.start_mark.line + 1 for k, _ in node.value} if isinstance(node, yaml.MappingNode) else {}
        for key in sorted(set(data) - KNOWN_KEYS, key=lambda k: lines.get(k, 0)):
            warnings.append(f"{path}:{lines.get(key, 1)}: warning: unknown setting {key!r} — known settings: "
                            f"{', '.join(sorted(KNOWN_KEYS))}")
        settings.update({k: v for k, v in data.items() if v is not None})
    base = str(settings.get("base_url") or "")
    settings["base_url"] = base if not base or base.endswith("/") else base + "/"
    return Project(root=root, settings=settings, warnings=warnings)
