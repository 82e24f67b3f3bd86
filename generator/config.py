"""config.yaml: site settings and the project's folders."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .frontmatter import YAMLProblem, load_with_lines


def _builtin_templates() -> Path:
    here = Path(__file__).resolve().parent
    # An installed wheel holds the templates inside the package (pyproject.toml maps the repository's
    # top-level templates/ to generator/templates); an editable install or a run from the checkout has them
    # only at the top of the checkout, beside the package.
    shipped = here / "templates"
    return shipped if shipped.is_dir() else here.parent / "templates"


PACKAGE_TEMPLATES = _builtin_templates()


def template_folders(own: Path | list[Path]) -> list[Path]:
    """Where templates and static files are looked up, first match winning: the project's own folder(s),
    then the built-in ones. A project may hold just the files it changes (only event.html, only
    static/style.css): every other file comes from the built-in set."""
    own = [own] if isinstance(own, (str, Path)) else list(own)
    out: list[Path] = []
    for folder in [*map(Path, own), PACKAGE_TEMPLATES]:
        folder = folder.resolve()
        if folder.is_dir() and folder not in out:
            out.append(folder)
    return out


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
    lines: dict[str, int] = field(default_factory=dict)     # config.yaml's line of each setting

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
        """The project's own templates folder (it may not exist, or hold only some files)."""
        return self._dir("templates", "templates")

    @property
    def template_folders(self) -> list[Path]:
        """The project's templates, then the built-in ones: see template_folders()."""
        return template_folders(self.templates)


_TEXT_KEYS = ("title", "description", "language", "author", "base_url", "seeds", "content", "site", "templates")


def load_project(root: Path | str) -> Project:
    """Read config.yaml. Raises ConfigError (one 'path:line: error: ...' line) for a setting that cannot work."""
    given = Path(root)
    root = given.resolve()
    path = root / "config.yaml"
    shown = "config.yaml"
    settings = dict(DEFAULTS)
    warnings: list[str] = []
    lines: dict[str, int] = {}
    # A mistyped --root, or a command run in the wrong folder, must not build an empty site somewhere.
    if not root.is_dir():
        raise ConfigError(f"{given}: error: no such project folder — check --root, or create a project there "
                          f"with: python -m generator init {given}")
    if not path.is_file():
        raise ConfigError(f"{given}: error: not a timeline project (no config.yaml in {root}) — run the command "
                          f"in the project folder, pass --root, or start one with: python -m generator init {given}")
    try:
        data, lines = load_with_lines(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{shown}:1: error: not UTF-8 at byte {exc.start} — save the file as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{shown}:1: error: cannot read ({exc.strerror or exc})") from None
    except YAMLProblem as exc:
        raise ConfigError(f"{shown}:{exc.line}: error: {exc.message} — {exc.fix or 'fix that line'}") from None
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
    if settings.get("templates"):
        own = (root / settings["templates"]).resolve()
        if not own.is_dir():
            warnings.append(f"{shown}:{lines.get('templates', 1)}: warning: templates folder "
                            f"'{settings['templates']}' {'is not a folder' if own.exists() else 'does not exist'} "
                            f"— the built-in templates are used")
    project = Project(root=root, settings=settings, warnings=warnings, lines=lines)
    _check_site_folder(project, shown, lines.get("site", 1))
    return project


def base_url_note(project: Project) -> str:
    """What `build` says when base_url is empty: the few things that need the published address, and that
    the rest of the site does not (every link between pages is relative). Empty when base_url is set."""
    if project.settings.get("base_url"):
        return ""
    return ("base_url: not set — canonical links, sitemap.xml and web-address feed ids need it (set it in "
            "config.yaml when the site is published); every page, link, search, feed and export works without it")


def _check_site_folder(project: Project, config: str, line: int) -> None:
    """Each build replaces the whole site folder: it must never be, hold or sit inside the project's inputs."""
    site = project.site
    for name, folder in (("the project folder", project.root), ("content", project.content),
                         ("seeds", project.seeds), ("templates", project._dir("templates", "templates"))):
        if site == folder or folder.is_relative_to(site) or (folder != project.root and site.is_relative_to(folder)):
            raise ConfigError(f"{config}:{line}: error: site folder {site} overlaps {name} ({folder}); every build "
                              f"replaces the site folder whole — set 'site:' to a folder of its own, like site")
