"""`python -m generator init DIR`: start a new timeline project that builds as it is."""
from __future__ import annotations

from pathlib import Path

from .write import write_atomic

# The example article and its sidecar ship with the package (pyproject.toml's package-data), so an
# installed tool writes the same project as a checkout does.
EXAMPLE = Path(__file__).resolve().parent / "example"
EXAMPLE_SEED = "harbour-bridge"
CONTENT_FOLDERS = ("events", "actors", "places", "tags", "sources")

CONFIG = """\
# Site settings for the timeline. Paths are relative to this file.
title: "My timeline"
description: "A dated, cited timeline built from news articles."
# The published address (https://example.org/timeline/), used for the sitemap, the feed and canonical links
# only; every link between pages is relative, so the site also works from a subfolder or from file://.
# Leave it empty until you publish.
base_url: ""
language: en
author: ""
# The folders, if not the usual ones:
# seeds: seeds            # the articles (name.txt) and their sidecars (name.yaml)
# content: content        # the event, actor, place, tag and source files; edit these by hand
# site: site              # the built site; every build replaces it whole
# templates: templates    # your own versions of any built-in template or static/ file, file by file
"""

GITIGNORE = """\
# The built site, the folders a build writes it into before swapping it in, and the build cache: all are
# rebuilt from seeds/ and content/, which are the project.
/site/
/.site-*/
/.timeline-cache/
"""


class InitError(Exception):
    """A one-line reason the project was not created, with what to do."""


def init_project(folder: Path | str) -> list[Path]:
    """Write a new project into `folder` (new or empty) and return the files written, in order."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InitError(f"{folder} is a file — give the path of a new or empty folder")
    if folder.is_dir() and any(folder.iterdir()):
        raise InitError(f"{folder} is not empty — give a new or empty folder (init never overwrites a file); "
                        f"to build a project that is already there: python -m generator --root {folder} build")
    written: list[Path] = []

    def put(rel: str, data: bytes) -> None:
        path = folder / rel
        write_atomic(path, data, exclusive=True)
        written.append(path)

    put("config.yaml", CONFIG.encode("utf-8"))
    put(".gitignore", GITIGNORE.encode("utf-8"))
    for suffix in (".txt", ".yaml"):
        put(f"seeds/{EXAMPLE_SEED}{suffix}", (EXAMPLE / f"{EXAMPLE_SEED}{suffix}").read_bytes())
    for name in CONTENT_FOLDERS:
        (folder / "content" / name).mkdir(parents=True, exist_ok=True)
    return written
