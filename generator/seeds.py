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

import yaml

from .frontmatter import load_yaml

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
_CREDIT = re.compile(r"^\s*(?:©|\(c\)|Photo:|Image:|Credit:)", re.IGNORECASE)


def paragraphs(text: str) -> list[str]:
    """Real paragraphs of a scraped article: joined broken lines, repeated captions dropped."""
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    # 1. Drop repeats: a line holding an earlier line whole (a caption repeated behind its photo credit).
    kept: list[str] = []
    for line in lines:
        for i, earlier in enumerate(kept):
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
        raw = path.read_text(encoding="utf-8")
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
        data = load_yaml(raw) or {}
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [f"{shown}:1: warning: cannot read the sidecar ({exc}) — save it as UTF-8 YAML"]
    except yaml.MarkedYAMLError as exc:
        line = (exc.problem_mark.line + 1) if exc.problem_mark else 1
        return {}, [f"{shown}:{line}: warning: malformed YAML: {exc.problem} — fix the line; the article is "
                    f"ingested without its metadata"]
    if not isinstance(data, dict):
        return {}, [f"{shown}:1: warning: the sidecar must be a mapping (published: YYYY-MM-DD, outlet, title, url)"]
    lines = {}
    if isinstance(node, yaml.MappingNode):
        lines = {k.value: k.start_mark.line + 1 for k, _ in node.value}
    meta = {k: data[k] for k in SIDECAR_KEYS if data.get(k) not in (None, "")}
    published = meta.get("published")
    if published is not None:
        try:
            meta["published"] = dt.date.fromisoformat(str(published))
        except ValueError:
            warnings.append(f"{shown}:{lines.get('published', 1)}: warning: published {published!r} is not a "
                            f"date — write it as YYYY-MM-DD; relative dates stay unresolved")
            del meta["published"]
    if "published" not in meta and published is None:
        warnings.append(f"{shown}:1: warning: no 'published' date — add 'published: YYYY-MM-DD'; "
                        f"relative dates in the article stay unresolved")
    return meta, warnings


def read_article(path: Path, root: Path | None = None) -> Article:
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
    text = text.lstrip("\ufeff")
    if sidecar.exists():
        meta, more = read_sidecar(sidecar, display_path(sidecar, root))
        warnings += more
        side_bytes = sidecar.read_bytes()
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
    """Every *.txt article in folder, in file-name order; source ids made unique.

    Warnings name files relative to root (the project folder) when given."""
    articles = [read_article(p, root) for p in sorted(folder.glob("*.txt"))] if folder.is_dir() else []
    seen: dict[str, int] = {}
    for art in articles:
        n = seen.get(art.id, 0)
        seen[art.id] = n + 1
        if n:
            art.id = f"{art.id}-{n + 1}"
    return articles
