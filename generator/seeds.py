"""Seeds: the articles in seeds/ (plain text) with their sidecars (seeds/<stem>.yaml).

The texts come as they were scraped: captions repeated with the photo credit glued on, sentences broken
over lines. `paragraphs()` rebuilds the article's real paragraphs, which every later stage cites by number.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .frontmatter import YAMLProblem, load_with_lines
from .problems import display_path
from .text import slugify

SIDECAR_KEYS = ("published", "outlet", "title", "url")


@dataclass
class Article:
    seed: str                       # file name in seeds/
    path: Path
    text: str
    paragraphs: list[str]
    id: str                         # the source id: content/sources/<id>.md
    published: dt.date | None = None
    outlet: str = ""
    title: str = ""
    url: str = ""
    fingerprint: str = ""           # sha256 of the text and the sidecar: a change means re-ingest
    warnings: list[str] = field(default_factory=list)   # "path:line: warning: ..." lines


# A line continues on the next one when it stops mid-sentence: after a comma or an open quote-comma,
# or when the next line starts in lower case ("John Kerry" / "has intensified contacts ...").
_CONTINUES = re.compile(r"""[,;:\-\u2013\u2014(]["'\u201d\u2019]?$""")
_REPEAT_WINDOW = 12
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CREDIT = re.compile(r"^\s*(?:©|\(c\)|Photo:|Image:|Credit:)", re.IGNORECASE)
# What no article's text holds: undecodable bytes (shown as U+FFFD) and control characters other than line
# breaks, tabs and form feeds.
_NOT_TEXT = re.compile(r"[\ufffd\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A text in another encoding has a few bad bytes (a Latin-1 'é' here and there) and is still worth reading;
# an image, a PDF or an archive is mostly bad bytes.
_MOSTLY = 0.3


class NotText(Exception):
    """A seed that is binary data, not an article: read as text it would become junk actors and events."""


def paragraphs(text: str) -> list[str]:
    """Real paragraphs of a scraped article: joined broken lines, repeated captions dropped."""
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    # 1. Drop repeats: a line holding an earlier line whole (a caption repeated behind its photo credit).
    kept: list[str] = []
    for line in lines:
        # A caption repeats within a few lines; looking further back would make long texts quadratic.
        for i in range(max(0, len(kept) - _REPEAT_WINDOW), len(kept)):
            earlier = kept[i]
            if len(earlier) >= 30 and earlier in line and line != earlier:
                rest = line.replace(earlier, " ").strip()
                if _CREDIT.match(rest) and kept[i] == earlier:
                    kept[i] = f"{earlier} ({rest.strip()})"
                    line = ""
                else:
                    line = rest
                break
            if line and line == earlier:
                line = ""
                break
        if line or (kept and kept[-1]):
            kept.append(line)
    # 2. Join lines broken mid-sentence; a blank line or a finished sentence ends a paragraph.
    paras: list[str] = []
    current = ""
    for line in kept:
        if not line:
            if current:
                paras.append(current)
            current = ""
            continue
        if current and (_CONTINUES.search(current) or line[0].islower()):
            current = f"{current} {line}"
        else:
            if current:
                paras.append(current)
            current = line
    if current:
        paras.append(current)
    return paras


def fingerprint(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def read_sidecar(path: Path, shown: str | None = None) -> tuple[dict, list[str]]:
    """The sidecar's keys, and warnings as 'path:line: warning: ...'."""
    warnings: list[str] = []
    shown = shown or str(path)
    try:
        data, lines = load_with_lines(path.read_text(encoding="utf-8"))
        data = {} if data is None else data
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [f"{shown}:1: warning: cannot read the sidecar ({exc}) — save it as UTF-8 YAML"]
    except YAMLProblem as exc:
        return {}, [f"{shown}:{exc.line}: warning: {exc.message} — {exc.fix or 'fix the line'}; the article is "
                    f"ingested without its metadata"]
    if not isinstance(data, dict):
        return {}, [f"{shown}:1: warning: the sidecar must be a mapping (published: YYYY-MM-DD, outlet, title, url)"]
    meta = {}
    for key in SIDECAR_KEYS:
        value = data.get(key)
        if value in (None, ""):
            continue
        if isinstance(value, (list, dict, bool)):
            warnings.append(f"{shown}:{lines.get(key, 1)}: warning: '{key}' must be a single value, not "
                            f"{type(value).__name__} — write it as text; it is left out")
            continue
        meta[key] = value
    published = meta.get("published")
    if published is not None:
        try:
            meta["published"] = dt.date.fromisoformat(str(published))
        except ValueError:
            warnings.append(f"{shown}:{lines.get('published', 1)}: warning: published {published!r} is not a "
                            f"date — write it as YYYY-MM-DD; relative dates stay unresolved")
            del meta["published"]
    if published is None and "published" not in data:
        warnings.append(f"{shown}:1: warning: no 'published' date — add 'published: YYYY-MM-DD'; "
                        f"relative dates in the article stay unresolved")
    return meta, warnings


def is_binary(raw: bytes, text: str) -> bool:
    """A NUL byte, which no UTF-8 text holds (git and grep judge files the same way), or mostly bytes that
    are not text."""
    return b"\0" in raw or len(_NOT_TEXT.findall(text)) > _MOSTLY * len(text)


def read_article(path: Path, root: Path | None = None) -> Article:
    """Raises OSError when the file cannot be read and NotText when it is binary (scan_seeds reports both)."""
    shown = display_path(path, root)
    raw = path.read_bytes()
    sidecar = path.with_suffix(".yaml")
    warnings: list[str] = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8", errors="replace")
        line = raw.count(b"\n", 0, exc.start) + 1
        warnings.append(f"{shown}:{line}: warning: not UTF-8 at byte {exc.start} — "
                        f"save the file as UTF-8; undecodable bytes were replaced")
    if is_binary(raw, text):
        raise NotText(path)
    # Control characters from a binary or mangled file would end up in content files and pages.
    text = _CONTROL.sub("", text.lstrip("\ufeff"))
    if sidecar.is_file():
        side_bytes = sidecar.read_bytes()
        meta, more = read_sidecar(sidecar, display_path(sidecar, root))
        warnings += more
    else:
        meta, side_bytes = {}, b""
        warnings.append(f"{shown}:1: warning: no sidecar {sidecar.name} — add one with 'published: YYYY-MM-DD', "
                        f"outlet, title and url; relative dates stay unresolved until then")
    outlet, title = str(meta.get("outlet", "")), str(meta.get("title", ""))
    return Article(
        seed=path.name, path=path, text=text, paragraphs=paragraphs(text),
        id=slugify(f"{outlet} {title}") if title else slugify(path.stem),
        published=meta.get("published"), outlet=outlet, title=title, url=str(meta.get("url", "")),
        fingerprint=fingerprint(raw, side_bytes), warnings=warnings)


def read_seeds(folder: Path, root: Path | None = None) -> list[Article]:
    """Every readable *.txt article in folder, in file-name order, with unique source ids."""
    return scan_seeds(folder, root)[0]


def scan_seeds(folder: Path, root: Path | None = None) -> tuple[list[Article], list[str]]:
    """The articles (as read_seeds) and a warning line for each seed that could not be read at all.

    Warnings name files relative to root (the project folder) when given."""
    articles: list[Article] = []
    unreadable: list[str] = []
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        try:
            if not path.is_file():
                raise IsADirectoryError(21, "not a regular file")
            articles.append(read_article(path, root))
        except OSError as exc:
            unreadable.append(f"{display_path(path, root)}:1: warning: cannot read this seed "
                              f"({exc.strerror or exc}) — make it a plain UTF-8 text file; it is skipped")
        except NotText:
            unreadable.append(f"{display_path(path, root)}:1: warning: not a text article (binary data) — "
                              f"skipped; save the article as UTF-8 plain text")
    # Unique ids: an id already taken (even by a later article's natural id) moves on to -2, -3, ...
    taken = {art.id for art in articles}
    seen: set[str] = set()
    for art in articles:
        if art.id in seen:
            n = 2
            while f"{art.id}-{n}" in taken:
                n += 1
            art.id = f"{art.id}-{n}"
            taken.add(art.id)
        seen.add(art.id)
    return articles, unreadable
