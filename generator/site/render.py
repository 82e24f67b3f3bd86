"""The HTML site: every page of the timeline rendered from the model, plus the exports, as path -> bytes.

render_site is a pure function of (model, templates): no clock, no file writes, sorted iteration, so the
same content always gives a byte-identical site. Every internal link is relative to the page it is on.

Markdown bodies become safe HTML, with [[slug]] links and the first mention of each known name linked.

Bodies are hand-edited and may hold anything, so raw HTML is never passed through: it is shown as text.
Link targets are checked too, as the browser will read them (character references decoded): only http(s),
mailto and relative URLs survive; images become links, so a page never loads anything from outside the site.
The finished HTML then goes through nh3 (an allow-list sanitiser), so a gap in those rules is not an XSS hole.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
import mmap
import os
import pickle
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Callable

import jinja2
import markdown
import nh3
from markdown.serializers import _escape_attrib_html, _escape_cdata
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from ..config import Project, template_folders
from ..model import (STATUS_CHANGES, STATUS_LABELS, Entity, Event, Model, Report, Source, date_dispute,
                    reporting_sources, status_history)
from . import exports
from . import pages as site
from .pages import entity_path, event_anchor, event_path, relative, source_path
from ..text import WIKI_LINK, normalize

_SAFE_URL = re.compile(r"^(?:https?:|mailto:|#|[^:]*$)", re.IGNORECASE)
_URL_IGNORED = re.compile(r"[\t\n\r]")
_URL_EDGES = "".join(map(chr, range(0x21)))


def safe_url(url: str) -> bool:
    """Whether a link target from a body may stay: http(s), mailto, a #fragment or a relative URL.

    Markdown writes a target's character references into the page as they are, and the browser decodes
    them, so `javascript&#58;x` is a javascript: link: the check reads the URL the way the browser will,
    references decoded, tabs and newlines inside dropped, controls and spaces at the ends trimmed."""
    seen = _URL_IGNORED.sub("", unescape(url)).strip(_URL_EDGES)
    return bool(_SAFE_URL.match(seen))


# What the body sanitiser lets through: exactly what Markdown (with fenced_code) writes for a body, after
# the linker. No <img>: the linker turns every image into a link, and an image that slipped through would be
# a request leaving the site. <code class>: fenced_code names a block's language ("language-python").
# link_rel=None: nothing may set target=, so no link can reach window.opener, and internal links need no
# rel; nh3's default would stamp "noopener noreferrer" on every name link.
_BODY_TAGS = {"p", "a", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
              "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br"}
_BODY_ATTRIBUTES = {"a": {"href", "title"}, "code": {"class"}}
_BODY_URL_SCHEMES = {"http", "https", "mailto"}


def sanitize_body(html: str) -> str:
    """Body HTML through the allow-list: a second line behind the Markdown set-up and the link check."""
    return nh3.clean(html, tags=_BODY_TAGS, attributes=_BODY_ATTRIBUTES, url_schemes=_BODY_URL_SCHEMES,
                     link_rel=None, strip_comments=True)


_NO_LINKING = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}


@dataclass
class Target:
    path: str        # site path, e.g. "actors/john-kerry.html"
    name: str        # link text for [[slug]]
    key: str         # what "already linked" is counted by: "actor:john-kerry"


# A name is linked where it starts at a word start (not after a letter, digit, "_" or "[") and ends at a word
# end (not before one of those or "]"), so "Aleppo" stays unlinked inside "Aleppoans" and inside [[aleppo]].
_NAME_END = re.compile(r"[\w\]]")
_LEAD = re.compile(r"(?s).\w*")      # a name's first character and the word characters after it


@dataclass
class LinkTable:
    """Everything a body may link to: ids for [[slug]], names and aliases for plain mentions.

    compile() files the names under their lead ("East" for "East Aleppo") with the lengths they come in, so
    finding the names in a text costs a few dictionary look-ups per word that starts like a name, however
    many names the timeline has: one alternation over every name would try them all at each such word."""

    by_slug: dict[str, Target] = field(default_factory=dict)
    by_name: dict[str, Target] = field(default_factory=dict)
    pattern: re.Pattern | None = None                        # the leads in a text where a name may start
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)   # lead -> its names' lengths, longest first

    def add_slug(self, slug: str, target: Target) -> None:
        self.by_slug.setdefault(slug, target)   # first kind wins on a clash: actors, places, tags, events, sources

    def add_name(self, name: str, target: Target) -> None:
        name = name.strip()
        if len(name) >= 2:
            self.by_name.setdefault(name, target)

    def compile(self) -> None:
        lengths: dict[str, set[int]] = {}
        for name in self.by_name:
            lengths.setdefault(_LEAD.match(name)[0], set()).add(len(name))
        self.lengths = {lead: tuple(sorted(found, reverse=True)) for lead, found in lengths.items()}
        firsts = "".join(sorted({re.escape(name[0]) for name in self.by_name}))
        # A character that begins a name, not after a word character or "[", and the word characters after
        # it: the lead in the text, which must equal the lead of any name that matches there.
        self.pattern = re.compile(r"(?s)[" + firsts + r"](?<![\w\[].)\w*") if firsts else None

    def find(self, text: str):
        """(start, end, name) of each name in text, left to right, without overlaps: at each place the
        longest name that ends at a word end (one name per length can match there)."""
        pattern, lengths, names = self.pattern, self.lengths, self.by_name
        if pattern is None:
            return
        pos, size = 0, len(text)
        while (m := pattern.search(text, pos)) is not None:
            start = m.start()
            pos = start + 1     # a lead that starts with punctuation ("-Ab") may hold a name's start ("Ab")
            for length in lengths.get(m[0], ()):
                end = start + length
                if end <= size and text[start:end] in names and not _NAME_END.match(text, end):
                    yield start, end, text[start:end]
                    pos = end
                    break


class _Linker(Treeprocessor):
    def __init__(self, md, table: LinkTable):
        super().__init__(md)
        self.table = table
        self.page = "index.html"
        self.skip: set[str] = set()
        self.linked: set[str] = set()

    def run(self, root):
        self.linked = set(self.skip)
        self._walk(root)

    def _anchor(self, target: Target, text: str) -> etree.Element:
        a = etree.Element("a", {"href": relative(self.page, target.path)})
        a.text = text
        self.linked.add(target.key)
        return a

    def _expand(self, text: str) -> list:
        """Split text into strings and <a> elements."""
        out: list = []
        pos = 0
        for m in WIKI_LINK.finditer(text):
            target = self.table.by_slug.get(m[1])
            if target is None:
                continue    # unknown slugs stay as written; the loader reports them
            out.extend(self._names(text[pos:m.start()]))
            out.append(self._anchor(target, target.name))
            pos = m.end()
        out.extend(self._names(text[pos:]))
        return out

    def _names(self, text: str) -> list:
        if not text or self.table.pattern is None:
            return [text]
        out: list = []
        pos = 0
        for start, end, name in self.table.find(text):
            target = self.table.by_name[name]
            if target.key in self.linked:
                continue
            out.append(text[pos:start])
            out.append(self._anchor(target, name))
            pos = end
        out.append(text[pos:])
        return out

    def html(self, text: str) -> str:
        """Plain text with its names linked, as Markdown's serializer writes it (for BodyRenderer.prose_html)."""
        out = []
        for piece in self._names(text):
            if isinstance(piece, str):
                out.append(_escape_cdata(piece))
            else:
                out.append(f'<a href="{_escape_attrib_html(piece.get("href"))}">{_escape_cdata(piece.text)}</a>')
        return "".join(out)

    def _walk(self, el: etree.Element) -> None:
        if el.tag == "img":
            self._image(el)
        if el.tag == "a":
            if not safe_url(el.get("href", "")):
                el.attrib.pop("href", None)
        if el.tag in _NO_LINKING:
            for child in el:
                self._walk(child)
            return
        children = list(el)
        for child in children:
            el.remove(child)
        pieces = self._expand(el.text or "")
        el.text = ""
        self._append(el, pieces)
        for child in children:
            self._walk(child)
            tail, child.tail = child.tail or "", ""
            el.append(child)
            self._append(el, self._expand(tail))

    @staticmethod
    def _append(el: etree.Element, pieces: list) -> None:
        for piece in pieces:
            if isinstance(piece, str):
                if len(el):
                    el[-1].tail = (el[-1].tail or "") + piece
                else:
                    el.text = (el.text or "") + piece
            else:
                el.append(piece)

    @staticmethod
    def _image(el: etree.Element) -> None:
        # An image would be a request to wherever it lives; a link to it keeps the page self-contained.
        src, alt = el.get("src", ""), el.get("alt", "") or "image"
        el.attrib.clear()
        el.tag = "a"
        el.text = alt
        if safe_url(src):
            el.set("href", src)


# A body that is plain prose: letters, digits, spaces, newlines and punctuation that means nothing to
# Markdown, with no line that starts with a space, "-" or "1." / "1)" and none that ends with a space. Markdown
# makes each run of lines between blank lines a <p> of that text and nothing else, so BodyRenderer writes
# those paragraphs itself (tests/test_speed_parts.py checks it gives Python-Markdown's bytes on such bodies).
_PROSE_TEXT = re.compile(r"(?:[^\W_]|[ \n.,;:!?'\"()/%\u2013\u2014\u2018\u2019\u201c\u201d\u2026])*+\Z")
_PROSE_BREAK = re.compile(r"^(?:[ -]|\d+[.)])| $", re.MULTILINE)


def plain_prose(text: str) -> bool:
    """Whether a body holds no Markdown syntax at all (see _PROSE_TEXT)."""
    return _PROSE_TEXT.match(text) is not None and _PROSE_BREAK.search(text) is None


class BodyRenderer:
    """One Markdown converter for the whole site; `render` sets the page it renders for."""

    def __init__(self, table: LinkTable):
        # fenced_code: a ``` or ~~~ block is code, shown as written ([[links]] in it too); text.mask_code
        # finds the same blocks for validation.
        self.md = markdown.Markdown(extensions=["fenced_code"], output_format="html")
        # Raw HTML in a body is text, never markup: drop the two rules that pass it through.
        self.md.preprocessors.deregister("html_block")
        self.md.inlinePatterns.deregister("html")
        self.linker = _Linker(self.md, table)
        self.md.treeprocessors.register(self.linker, "timeline_links", 15)

    def render(self, text: str, page: str, skip: tuple[str, ...] = ()) -> str:
        """HTML for a Markdown body shown on `page`; `skip` keys ("actor:x") are not linked (the page itself)."""
        if not text.strip():
            return ""
        # One sanitiser pass over the whole body: nh3 costs about a tenth of the Markdown conversion.
        html = self.prose_html(text, page, skip) if plain_prose(text) else self.markdown_html(text, page, skip)
        return sanitize_body(html)

    def markdown_html(self, text: str, page: str, skip: tuple[str, ...] = ()) -> str:
        """Python-Markdown's HTML for a body, names linked, before the sanitiser."""
        self.linker.page = page
        self.linker.skip = set(skip)
        return self.md.reset().convert(text)

    def prose_html(self, text: str, page: str, skip: tuple[str, ...] = ()) -> str:
        """What markdown_html gives for a plain_prose body, written directly: a <p> per paragraph, with the
        linker's links and Markdown's own escaping, about ten times faster."""
        self.linker.page = page
        self.linker.linked = set(skip)
        paragraphs, lines = [], []
        for line in (*text.split("\n"), ""):
            if line:
                lines.append(line)
            elif lines:
                paragraphs.append(self.linker.html("\n".join(lines)))
                lines = []
        return "\n".join(f"<p>{p}</p>" for p in paragraphs)


# ------------------------------------------------------------------------------------------------ helpers
def json_ld(data: dict) -> Markup:
    """JSON-LD for a <script> element: '<', '>' and '&' written as JSON escapes, so text from an article can
    never close the element early or open a comment, and no markup appears in the page source."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source ('sha256-...') that allows one inline <style> or <script> element
    holding exactly `text`. The browser hashes the element's text after the HTML parser has turned CR LF and
    CR into LF, so the hash is taken of that text too."""
    import base64
    import hashlib
    data = text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    return "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


# [[link]] (group 1), [text](url) (group 2), `code` (group 3, kept as written), or a Markdown mark to drop.
_MD_SYNTAX = re.compile(WIKI_LINK.pattern + r"|\[([^\]]*)\]\([^)]*\)|`([^`\n]+)`|[*_`#>]")
_WEB_URL = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)


def web_url(url: str) -> str:
    """The URL if it is a plain http(s) address, else "": a source's link can never run script."""
    url = str(url or "").strip()
    return url if _WEB_URL.match(url) else ""


def plain_text(body: str, names: dict[str, str] | None = None) -> str:
    """A Markdown body as one line of plain text, for descriptions, feeds and the search index."""
    def sub(m: re.Match) -> str:
        if m[1] is not None:
            return (names or {}).get(m[1], m[1])
        if m[2] is not None:
            return m[2]
        if m[3] is not None:
            return m[3]
        return ""
    return " ".join(_MD_SYNTAX.sub(sub, body).split())    # str.split() splits at exactly what \s matches


def clip(text: str, limit: int = 160) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    return (cut[:cut.rfind(" ")] if " " in cut else cut).rstrip(",;:. ") + "…"


def _quote_span(paragraph: str, quote: str) -> tuple[int, int] | None:
    """Where a cited quote sits in its paragraph: exactly, or allowing for quote marks and spacing."""
    if not quote.strip():
        return None
    i = paragraph.find(quote)
    if i != -1:
        return i, i + len(quote)
    classes = {"'": "['\u2018\u2019\u201a\u201b\u2032]", '"': "[\"\u201c\u201d\u201e\u201f\u2033]",
               "-": "[-\u2013\u2014]"}
    words = normalize(quote).split(" ")
    pattern = r"\s+".join("".join(classes.get(ch, re.escape(ch)) for ch in w) for w in words)
    m = re.search(pattern, paragraph, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


# ------------------------------------------------------------------------------------------------ site
class _Site:
    """Per-build state shared by the pages: the Jinja environment, link table and lookups."""

    def __init__(self, model: Model, templates: Path | list[Path]):
        self.model = model
        self.config = model.config
        self.base_url = str(model.config.get("base_url") or "")
        if self.base_url and not self.base_url.endswith("/"):
            self.base_url += "/"
        # The project's own templates first, then the built-in ones: a project overrides file by file.
        self.template_folders = template_folders(templates)
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(f)) for f in self.template_folders]),
            autoescape=jinja2.select_autoescape(["html", "xml", "svg"]),
            undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
            trim_blocks=True, lstrip_blocks=True, auto_reload=False)   # one build: never re-stat a template
        self.env.globals.update(url=_url, site=self, event_path=event_path, event_anchor=event_anchor,
                                entity_path=entity_path,
                                source_path=source_path, period=site.period_display, event_item=_event_item,
                                web_url=web_url, report_href=report_href, status_labels=STATUS_LABELS,
                                status_changes=STATUS_CHANGES, undated_reason=site.undated_reason)
        self.env.filters["prose_dates"] = site.prose_dates
        # An event's list item is the same on every page of one folder (links are relative to the folder),
        # and each event is listed on many pages (home, archives, its actors'...): render it once per folder.
        self.item_cache: dict[tuple[int, str, int], Markup] = {}
        self.fast_items = item_macros_digest(self.template_folders) == _ITEM_MACROS_SHA256
        self.events_by_id = model.events_by_id
        self.table = self._link_table()
        # The plain-text name of every [[id]] (descriptions, search index, feed, calendar): what the page shows.
        self.names = {slug: target.name for slug, target in self.table.by_slug.items()}
        self.bodies = BodyRenderer(self.table)
        self.pages: dict[str, bytes] = {}

    def _link_table(self) -> LinkTable:
        m = self.model
        table = LinkTable()
        for kind, entities in (("actor", m.actors), ("place", m.places), ("tag", m.tags)):
            for key in sorted(entities):
                e = entities[key]
                target = Target(entity_path(kind, e.id), e.name, f"{kind}:{e.id}")
                table.add_slug(e.id, target)
                if kind != "tag":   # tag names are common words ("Diplomacy"): link them only on request
                    for name in [e.name, *e.aliases]:
                        table.add_name(name, target)
        for e in m.events:
            table.add_slug(e.id, Target(event_path(e.id), e.title, f"event:{e.id}"))
        for key in sorted(m.sources):
            src = m.sources[key]
            table.add_slug(src.id, Target(source_path(src.id), src.title, f"source:{src.id}"))
        table.compile()
        return table

    # -- lookups used by templates
    def actor(self, key: str) -> Entity | None:
        return self.model.actors.get(key)

    def entities(self, kind: str, keys: list[str]) -> list[Entity]:
        pool = {"actor": self.model.actors, "place": self.model.places, "tag": self.model.tags}[kind]
        return [pool[k] for k in keys if k in pool]

    def outlets(self, event: Event) -> list[Source]:
        seen = dict.fromkeys(c.source for c in event.sources)
        return [self.model.sources[k] for k in seen if k in self.model.sources]

    def body(self, text: str, page: str, skip: tuple[str, ...] = ()) -> Markup:
        return Markup(self.bodies.render(text, page, skip))

    def absolute(self, path: str) -> str:
        return self.base_url + path if self.base_url else ""

    def describe(self, event: Event) -> str:
        status = f" ({event.status})" if event.status != "held" else ""
        lead = f"{site.period_display(event)}{status}: {event.title}."
        text = plain_text(event.body, self.names)
        return clip(f"{lead} {text}" if text else lead)

    # -- rendering
    def page(self, path: str, template: str, *, title: str, description: str, jsonld: dict,
             og_type: str = "website", section: str = "", **ctx) -> None:
        canonical = self.absolute(path if path != "index.html" else "")
        if self.base_url and path == "index.html":
            canonical = self.base_url
        values = dict(page_path=path, title=title, description=description, canonical=canonical, og_type=og_type,
                      jsonld=json_ld({"@context": "https://schema.org", **jsonld}), section=section,
                      absolute_links=ctx.pop("absolute_links", False), inline_css=ctx.pop("inline_css", ""), **ctx)
        self.pages[path] = self.env.get_template(template).render(**values).encode("utf-8")


@jinja2.pass_context
def _url(ctx, path: str) -> str:
    """A link from the page being rendered to a site path. The 404 page (absolute_links), which a host serves
    at any depth, links absolutely only when base_url is set; without it its links are relative to the site
    root ("index.html"), right only for a missing page in the top folder."""
    if ctx.get("absolute_links"):
        return ctx["site"].base_url + path if ctx["site"].base_url else path
    return relative(ctx["page_path"], path)


def report_href(r: Report) -> str:
    """The site path of the paragraph a citation quotes (the source page when the paragraph is unknown)."""
    c, src = r.citation, r.source
    anchor = f"#p{c.paragraph}" if src and c.paragraph and 1 <= c.paragraph <= len(src.paragraphs) else ""
    return source_path(c.source) + anchor


@jinja2.pass_context
def _event_item(ctx, event: Event, level: int) -> Markup:
    s: _Site = ctx["site"]
    depth = ctx["page_path"].count("/")
    key = (depth, event.id, level)   # links depend on the page's depth only
    item = s.item_cache.get(key)
    if item is None:
        if s.fast_items:
            item = Markup(_event_item_html(s, event, level, "../" * depth))
        else:
            item = Markup(s.env.get_template("_event_item.html").render(
                page_path=ctx["page_path"], absolute_links=False, e=event, level=level).strip("\n"))
        s.item_cache[key] = item
    return item


# The macros an event list item is made of. render.py's _event_item_html writes exactly what they write
# (tests/test_render.py compares the two); a project whose templates change any of them renders its items
# with its own templates instead, so the Python copy can never hide a template edit.
_ITEM_MACROS = ("time_of", "event_date", "links", "event_list_item")
_ITEM_MACROS_SHA256 = "a690709bba4f5981cf53d2fff99bb9608dd6836aa4ac5a94b105b0fd7f1a7f07"


def item_macros_digest(templates: Path | list[Path]) -> str:
    """A hash of _event_item.html and the _macros.html macros an event list item is made of, each read from
    the folder the Jinja loader takes it from (the project's own, else the built-in one)."""
    import hashlib
    folders = template_folders(templates)

    def source(name: str) -> str:
        found = next((f / name for f in folders if (f / name).is_file()), None)
        if found is None:
            raise OSError(f"no {name}")
        return found.read_text(encoding="utf-8")

    try:
        item = source("_event_item.html")
        macros = source("_macros.html")
    except OSError:
        return ""
    parts = [item]
    for name in _ITEM_MACROS:
        m = re.search(r"\{% macro " + name + r"\(.*?\{%-? endmacro %\}", macros, re.DOTALL)
        parts.append(m[0] if m else "")
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _esc(value) -> str:
    """markupsafe.escape as a plain str (the same five replacements, in the same form)."""
    text = str(value)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "'" in text:
        text = text.replace("'", "&#39;")
    if '"' in text:
        text = text.replace('"', "&#34;")
    return text


def _time_html(date) -> str:
    return f'<time datetime="{_esc(date.iso)}">{_esc(date.display)}</time>'


def _event_item_html(s: _Site, e: Event, level: int, prefix: str) -> str:
    """The event_list_item macro of _macros.html, in Python: one event of a timeline list, on a page whose
    links start with `prefix` ("../" per folder level)."""
    # The day heading above the card gives its date: the card says only how long it runs, or why it has none.
    if e.date is None:
        when = ('    <p class="tl-date tl-why"><span class="tl-label">No date</span> '
                f'{_esc(site.prose_dates(site.undated_reason(e)))}</p>\n')
    elif e.end and e.end != e.date:
        when = f'    <p class="tl-date">Until {_time_html(e.end)}</p>\n'
    else:
        when = ""
    out = [f'<li class="tl-event" id="{_esc(event_anchor(e.id))}" data-actor="{" ".join(map(_esc, e.actors))}" '
           f'data-place="{" ".join(map(_esc, e.places))}" data-tag="{" ".join(map(_esc, e.tags))}">\n'
           f'  <article class="tl-card">\n'
           f'    <h{level} class="tl-title"><a href="{_esc(prefix + event_path(e.id))}">{_esc(e.title)}</a>'
           + (f' <span class="tl-status">({_esc(e.status)})</span>' if e.status != "held" else "") +
           f'</h{level}>\n' + when]
    who = s.entities("actor", e.actors)
    names = {ent.name for ent in who}    # a name under Who is not repeated under Where
    where = [ent for ent in s.entities("place", e.places) if ent.name not in names]
    for kind, css, label, ents in (("actor", "tl-who", "Who", who), ("place", "tl-where", "Where", where)):
        if ents:
            links = ", ".join(f'<a href="{_esc(prefix + entity_path(kind, ent.id))}">{_esc(ent.name)}</a>'
                              for ent in ents)
            out.append(f'    <p class="{css}"><span class="tl-label">{label}</span> {links}</p>\n')
    outlets = s.outlets(e)
    if outlets:
        links = ", ".join(f'<a href="{_esc(prefix + source_path(src.id))}">{_esc(src.outlet or src.title)}</a>'
                          for src in outlets)
        out.append(f'    <p class="tl-source"><span class="tl-label">Source</span> {links}</p>\n')
    out.append("  </article>\n</li>")
    return "".join(out)


def _event_ld(s: _Site, e: Event, path: str) -> dict:
    # No "description": the page's <meta name="description"> says it, word for word (2 MB at 10,000 events).
    data = {"@type": "Event", "name": e.title, "eventStatus": EVENT_STATUS[e.status]}
    if e.date:
        data["startDate"] = e.date.iso
        data["endDate"] = (e.end or e.date).iso
    places = s.entities("place", e.places)
    if places:
        data["location"] = [{"@type": "Place", "name": p.name} for p in places]
    actors = s.entities("actor", e.actors)
    if actors:
        data["actor"] = [{"@type": _entity_type(a), "name": a.name} for a in actors]
    if s.base_url:
        data["url"] = s.absolute(path)
    return data


# schema.org has no status for "held": a past happening that went ahead is simply a scheduled one.
EVENT_STATUS = {"planned": "https://schema.org/EventScheduled", "held": "https://schema.org/EventScheduled",
                "postponed": "https://schema.org/EventPostponed", "cancelled": "https://schema.org/EventCancelled"}

_PERSON = {"person", "people", "individual"}
_PLACE = {"city", "country", "region", "town", "village", "province", "state", "neighbourhood", "neighborhood"}


def _entity_type(e: Entity) -> str:
    t = e.type.strip().lower()
    if e.kind == "tag":
        return "DefinedTerm"
    if e.kind == "place":
        return "Country" if t == "country" else "City" if t == "city" else "Place"
    if t in _PERSON:
        return "Person"
    if t in _PLACE:
        return "Country" if t == "country" else "Place"
    return "Organization"


def _source_marks(s: _Site, src: Source) -> dict[int, list]:
    """Per paragraph number: text pieces, each (text, events citing it or [])."""
    spans: dict[int, list] = {}
    for event in s.model.events_by_source.get(src.id, []):
        for c in event.sources:
            if c.source != src.id or not c.paragraph or not 1 <= c.paragraph <= len(src.paragraphs):
                continue
            span = _quote_span(src.paragraphs[c.paragraph - 1], c.quote)
            if span:
                spans.setdefault(c.paragraph, []).append((span[0], span[1], event))
    pieces: dict[int, list] = {}
    for n, found in spans.items():
        text = src.paragraphs[n - 1]
        found.sort(key=lambda t: (t[0], t[1], t[2].sort_key))
        merged: list[list] = []
        for start, end, event in found:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
                if event not in merged[-1][2]:
                    merged[-1][2].append(event)
            else:
                merged.append([start, end, [event]])
        out, pos = [], 0
        for start, end, events in merged:
            if start > pos:
                out.append((text[pos:start], []))
            out.append((text[start:end], events))
            pos = end
        if pos < len(text):
            out.append((text[pos:], []))
        pieces[n] = out
    return pieces


FACET_CHIPS = 16


def _facet(pool: dict[str, Entity], index: dict[str, list[Event]]) -> tuple[list[Entity], int]:
    """The busiest entities of a kind for the home page's filter chips (alphabetical), and how many have events;
    the rest are one click away on the kind's index page."""
    used = [e for e in pool.values() if index.get(e.id)]
    busiest = sorted(used, key=lambda e: (-len(index[e.id]), e.name.lower(), e.id))[:FACET_CHIPS]
    return sorted(busiest, key=lambda e: (e.name.lower(), e.id)), len(used)


PARALLEL_MIN_JOBS = 500   # below this, forking costs more than it saves
COLLECT_EVERY = 500       # jobs between two collections of the garbage rendering leaves in cycles


@dataclass
class Job:
    """One unit of rendering: `run` renders a page (or a few files) into the site's pages.

    `name` is the page's path, or what the job writes ("exports"). `key` is what the job's output is made of
    besides the inputs every page shares (the code, templates and config): the build cache renders the job
    again only when its key changes. None: rendered on every build. Whatever a job reads from the model must
    be in its key, through the digests of cache.Fingerprints."""

    name: str
    run: Callable[[], None]
    key: object = None


def _workers(n_jobs: int) -> int:
    """How many processes render the per-page jobs: TIMELINE_JOBS if set, else one per available core."""
    if n_jobs < PARALLEL_MIN_JOBS or not hasattr(os, "fork"):
        return 1
    wanted = os.environ.get("TIMELINE_JOBS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return min(int(wanted), 16)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, 16))


class _Tally:
    """Jobs done by each rendering process, in memory the forked workers share, for the progress line."""

    def __init__(self, processes: int, total: int, report: Callable[[int, int], None] | None):
        self.memory = mmap.mmap(-1, 8 * processes)
        self.slot, self.total, self.report = 0, total, report

    def tick(self) -> None:
        at = 8 * self.slot
        self.memory[at:at + 8] = (int.from_bytes(self.memory[at:at + 8], "little") + 1).to_bytes(8, "little")
        if self.slot == 0 and self.report is not None:
            done = sum(int.from_bytes(self.memory[i:i + 8], "little") for i in range(0, len(self.memory), 8))
            self.report(done, self.total)


def _run_share(s: _Site, jobs: list) -> dict:
    """Run jobs (each renders pages into s.pages). Without a sink, return the pages they rendered; with one
    (s.sink, a write.SiteWriter), put each page into it as soon as its job is done and return job name ->
    {path: stamp of the file put}, so no more than one job's pages are ever held."""
    before = s.pages
    s.pages = {}
    put: dict[str, dict] = {}
    try:
        for k, job in enumerate(jobs, start=1):
            if k % COLLECT_EVERY == 0:
                # The collector is off while rendering (see _without_gc), and a page leaves some garbage in
                # cycles (Jinja's contexts): a young collection now and then frees it (200 MB at 10,000
                # events) without walking the model, which is old.
                gc.collect(1)
            job.run()
            if s.sink is not None:
                put[job.name] = {rel: s.sink.put(rel, data) for rel, data in s.pages.items()}
                s.pages = {}
            if s.tally is not None:
                s.tally.tick()
        return put if s.sink is not None else s.pages
    finally:
        s.pages = before


def _run_jobs(s: _Site, jobs: list, heavy: bool = False) -> dict:
    """Render the jobs' pages (see _run_share for what comes back), spread over forked worker processes
    when there are many, or when some are `heavy` (each as much work as hundreds of pages).

    Job k goes to worker k % n; every worker renders from the same model and templates (inherited by the
    fork, never pickled), so the pages are the same bytes whoever renders them, and the caller sorts by
    path. With a sink the workers write their pages themselves and send back only stamps. A worker that
    fails or dies has its share rendered again here, so any error is raised in this process, as it would
    be without workers."""
    n = _workers(max(len(jobs), PARALLEL_MIN_JOBS) if heavy and len(jobs) > 1 else len(jobs))
    s.tally = _Tally(n, len(jobs), s.progress) if s.progress is not None else None
    if n == 1:
        return _run_share(s, jobs)
    if s.sink is not None:
        s.sink.materialize()    # the workers put files into the new site folder: it must exist before they fork
    shares = [jobs[k::n] for k in range(n)]
    children: list[list] = []       # [pid, read end of its pipe (-1 once closed), reaped]
    try:
        for k in range(1, n):
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:    # the worker: render its share, send it back, exit without cleanup of any kind
                status = 1
                try:
                    os.close(read_fd)
                    if s.tally is not None:
                        s.tally.slot = k
                    done = _run_share(s, shares[k])
                    with os.fdopen(write_fd, "wb") as out:
                        pickle.dump(done, out, protocol=pickle.HIGHEST_PROTOCOL)
                    status = 0
                finally:
                    os._exit(status)
            os.close(write_fd)
            children.append([pid, read_fd, False])
        out = _run_share(s, shares[0])
        for k, child in enumerate(children, start=1):
            done = None
            with os.fdopen(child[1], "rb") as pipe:
                child[1] = -1
                with contextlib.suppress(Exception):    # a worker that died sends nothing, or half
                    done = pickle.load(pipe)
            _, status = os.waitpid(child[0], 0)
            child[2] = True
            if status != 0 or not isinstance(done, dict):
                done = _run_share(s, shares[k])
            out.update(done)
        return out
    finally:
        for pid, read_fd, reaped in children:     # only after an error here: stop and reap the workers
            if read_fd != -1:
                with contextlib.suppress(OSError):
                    os.close(read_fd)
            if not reaped:
                with contextlib.suppress(OSError):
                    os.kill(pid, 9)
                with contextlib.suppress(OSError):
                    os.waitpid(pid, 0)


def _without_gc(fn, *args, **kwargs):
    # Rendering allocates millions of short-lived objects next to a large model: the cycle collector would
    # walk that whole heap again and again for little garbage (a quarter of the time at 10,000 events).
    # It is off while rendering and back on (if it was) afterwards.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return fn(*args, **kwargs)
    finally:
        if was_enabled:
            gc.enable()


def render_site(model: Model, project: Project) -> dict[str, bytes]:
    """Every file of the site as relative posix path -> bytes, sorted by path."""
    return _without_gc(_render_site, model, project)


@dataclass
class Rendered:
    """What render_into did: the build cache's new page records (job name -> (fingerprint, {path: stamp})),
    how many jobs were rendered and how many were taken unchanged from the published site."""

    records: dict
    rendered: int
    reused: int

    @property
    def files(self) -> int:
        return sum(len(files) for _, files in self.records.values())


def render_into(model: Model, project: Project, sink, *, cache=None, digests: dict | None = None,
                progress: Callable[[int, int], None] | None = None) -> Rendered:
    """Render the site into `sink` (a write.SiteWriter), page by page. With `cache` (a cache.BuildCache), a
    job whose fingerprint and published files are unchanged since the last build is linked, not rendered.
    `digests`: the content files' digests from load(). `progress(done, total)` hears of every rendered job."""
    return _without_gc(_render_site, model, project, sink=sink, cache=cache, digests=digests or {},
                       progress=progress)


def _render_site(model: Model, project: Project, *, sink=None, cache=None, digests: dict | None = None,
                 progress=None):
    s = _Site(model, project.template_folders)
    s.sink, s.progress, s.tally = sink, progress, None
    if cache is not None:
        s.env.bytecode_cache = cache.templates
    m = model
    cfg = m.config
    title = str(cfg.get("title") or "Timeline")
    description = str(cfg.get("description") or "")
    website = {"@type": "WebSite", "name": title, "description": description}
    if s.base_url:
        website["url"] = s.base_url
    # Keys say what each page is made of (see Job), only when a cache will compare them: `fp` is None
    # otherwise, and so is every key.
    fp = None
    if sink is not None and cache is not None:
        from ..cache import Fingerprints, common_digest, reads_bodies
        fp = Fingerprints(m, digests if digests is not None else {}, common_digest(s.template_folders, m.config),
                          reads_bodies(s.template_folders))
    everything = ("model", fp.model_digest()) if fp else None     # the exports carry every body
    catalogue = ("catalogue", fp.catalogue()) if fp else None    # the home and index pages list everything
    names_key = _names_key(s.table) if fp else None

    def body_key(text: str):
        """What a body's HTML is made of besides its text and page: every name that may be linked, and the
        target of each [[slug]] in it."""
        targets = tuple((slug, repr(s.table.by_slug.get(slug))) for slug in WIKI_LINK.findall(text))
        return names_key, text, targets

    # The pages there are one of per event, entity, source and archive period are most of the work: they
    # are queued as jobs, each with the page it renders, and rendered together (in parallel when there are
    # many; see _run_jobs). The biggest, the home page and the exports (a job per file), go first, dealt out
    # to the workers in turn.
    jobs: list[Job] = []
    job_paths: list[str] = []

    def queue(path: str | None, job, key=None, name: str | None = None) -> None:
        jobs.append(Job(name or path, job, key if fp else None))
        if path is not None:
            job_paths.append(path)

    def home() -> None:
        # Worked out in its job: a build that reuses the home page never pays for its overview strips.
        facets = [(kind, label, *_facet(pool, index))
                  for kind, label, pool, index in (("actor", "Actors", m.actors, m.events_by_actor),
                                                   ("place", "Places", m.places, m.events_by_place),
                                                   ("tag", "Topics", m.tags, m.events_by_tag))]
        s.page("index.html", "index.html", title=title, description=description or title, jsonld=website,
               section="timeline", groups=site.group_events(m.events), strip=site.overview(m.events, m.actors),
               strip_phone=site.overview(m.events, m.actors, width=400, compact=True), facets=facets,
               events=m.events)

    queue("index.html", home, catalogue)
    html_pages: list[str] = []    # filled in before any job runs

    def export_file(path: str, make) -> None:
        s.pages[path] = make()

    # One job per export file, so the workers share them out (each works out the summaries it needs once).
    s.summaries = exports.Summaries(s.names)
    for path, make in exports.export_jobs(m, html_pages, s.names, s.summaries).items():
        queue(None, functools.partial(export_file, path, make), everything, name=f"exports:{path}")
    events = m.events
    related_index = site.RelatedIndex(m)
    timelines: dict[tuple[str, str], bytes] = {}

    def timeline_key(kind: str, key: str) -> bytes:
        # Related events are found in the timelines of the event's actors and places: a page's related
        # list can change only when one of those timelines does.
        found = timelines.get((kind, key))
        if found is None:
            index = m.events_by_actor if kind == "actor" else m.events_by_place
            found = timelines[(kind, key)] = fp.events(index.get(key, []))
        return found

    def event_page(i: int, e: Event) -> None:
        path = event_path(e.id)
        cites = [(c, m.sources.get(c.source), report_href(Report(c, m.sources.get(c.source), k)))
                 for k, c in enumerate(e.sources)]
        s.page(path, "event.html", title=f"{e.title} — {title}", description=s.describe(e),
               jsonld=_event_ld(s, e, path), og_type="article", section="timeline", event=e, cites=cites,
               reported_by=reporting_sources(e, m.sources), history=status_history(e, m.sources),
               dispute=date_dispute(e, m.sources),
               prev=events[i - 1] if i > 0 else None, next=events[i + 1] if i + 1 < len(events) else None,
               related=site.related_events(m, e, index=related_index), body=s.body(e.body, path, (f"event:{e.id}",)),
               timeline=site.timeline_href(e, listed))

    listed = site.home_lists_every_event(events)
    for i, e in enumerate(events):
        key = None
        if fp:
            key = ("event", fp.event(e), listed, fp.listed(events[i - 1]) if i > 0 else None,
                   fp.listed(events[i + 1]) if i + 1 < len(events) else None,
                   tuple(timeline_key("actor", k) for k in e.actors), tuple(timeline_key("place", k) for k in e.places),
                   body_key(e.body))
        queue(event_path(e.id), functools.partial(event_page, i, e), key)

    # A name used by two kinds ("Syria" the actor and the place) says which one it is in the page title.
    name_kinds: dict[str, int] = {}
    for pool in (m.actors, m.places, m.tags):
        for name in {e.name.casefold() for e in pool.values()}:
            name_kinds[name] = name_kinds.get(name, 0) + 1
    kind_words = {"actor": "actor", "place": "place", "tag": "topic"}

    def entity_page(kind: str, label: str, folder: str, index: dict[str, list[Event]], ent: Entity,
                    shown: str) -> None:
        path = entity_path(kind, ent.id)
        own = index.get(ent.id, [])
        desc = plain_text(ent.body, s.names) or f"{ent.name}: {len(own)} event{'s' if len(own) != 1 else ''} in the timeline."
        ld = {"@type": _entity_type(ent), "name": ent.name}
        if ent.aliases:
            ld["alternateName"] = list(ent.aliases)
        if s.base_url:
            ld["url"] = s.absolute(path)
        s.page(path, "entity.html", title=f"{shown} — {title}", description=clip(desc), jsonld=ld,
               section=folder, entity=ent, kind_label=label, groups=site.group_events(own), count=len(own),
               body=s.body(ent.body, path, (f"{kind}:{ent.id}",)))

    for kind, label, pool, index in (("actor", "Actors", m.actors, m.events_by_actor),
                                     ("place", "Places", m.places, m.events_by_place),
                                     ("tag", "Topics", m.tags, m.events_by_tag)):
        folder = site.KIND_FOLDERS[kind]
        ordered = sorted(pool.values(), key=lambda e: (e.name.lower(), e.id))
        for ent in ordered:
            shown = f"{ent.name} ({kind_words[kind]})" if name_kinds.get(ent.name.casefold(), 0) > 1 else ent.name
            key = ("entity", fp.of(kind, ent), fp.events(index.get(ent.id, [])), shown, body_key(ent.body)) if fp else None
            queue(entity_path(kind, ent.id), functools.partial(entity_page, kind, label, folder, index, ent, shown), key)
        queue(f"{folder}/index.html", functools.partial(
            s.page, f"{folder}/index.html", "entity_index.html", title=f"{label} — {title}",
            description=f"{label} in the timeline, with the number of events for each.",
            jsonld={"@type": "CollectionPage", "name": f"{label} — {title}"}, section=folder,
            kind=kind, kind_label=label, entities=[(e, len(index.get(e.id, []))) for e in ordered]), catalogue)

    def source_page(src: Source) -> None:
        path = source_path(src.id)
        ld = {"@type": "NewsArticle", "headline": src.title}
        if src.published:
            ld["datePublished"] = src.published.isoformat()
        if src.outlet:
            ld["publisher"] = {"@type": "Organization", "name": src.outlet}
        if web_url(src.url):
            ld["url"] = web_url(src.url)
        citing = m.events_by_source.get(src.id, [])
        s.page(path, "source.html", title=f"{src.title} — {src.outlet or 'Source'} — {title}",
               description=clip(f"{src.outlet + ', ' if src.outlet else ''}{src.published.isoformat() if src.published else ''}: "
                                f"{src.title}. Cited by {len(citing)} event{'s' if len(citing) != 1 else ''}."),
               jsonld=ld, og_type="article", section="sources", source=src, marks=_source_marks(s, src),
               citing=citing)

    ordered_sources = sorted(m.sources.values(), key=lambda x: (x.published or dt.date.min, x.id))
    for src in ordered_sources:
        key = ("source", fp.of("source", src), fp.events(m.events_by_source.get(src.id, []))) if fp else None
        queue(source_path(src.id), functools.partial(source_page, src), key)
    queue("sources/index.html", functools.partial(
        s.page, "sources/index.html", "sources_index.html", title=f"Sources — {title}",
        description="The news articles the timeline is built from, with the events each one supports.",
        jsonld={"@type": "CollectionPage", "name": f"Sources — {title}"}, section="sources",
        sources=[(x, len(m.events_by_source.get(x.id, []))) for x in ordered_sources]), catalogue)

    pages = site.archives(m.events)
    by_kind = {kind: [p for p in pages if p.kind == kind] for kind in ("year", "month")}
    positions_in_kind = {id(p): k for same in by_kind.values() for k, p in enumerate(same)}

    def archive_page(a: site.ArchivePage) -> None:
        same = by_kind[a.kind]
        j = positions_in_kind[id(a)]
        s.page(a.path, "archive.html", title=f"{a.label} — Archive — {title}",
               description=f"Events of {a.label}: {len(a.events)} in the timeline.",
               jsonld={"@type": "CollectionPage", "name": f"{a.label} — {title}"}, section="archive",
               archive=a, groups=site.group_events(a.events),
               prev=same[j - 1] if j > 0 else None, next=same[j + 1] if j + 1 < len(same) else None)

    for a in pages:
        key = None
        if fp:
            same, j = by_kind[a.kind], positions_in_kind[id(a)]
            near = [(p.path, p.label, p.datetime) if p else None
                    for p in (same[j - 1] if j > 0 else None, same[j + 1] if j + 1 < len(same) else None)]
            key = ("archive", a.kind, a.label, a.datetime, a.key, fp.events(a.events), near)
        queue(a.path, functools.partial(archive_page, a), key)
    undated = [e for e in m.events if e.date is None]
    queue("archive/index.html", functools.partial(
        s.page, "archive/index.html", "archive_index.html", title=f"Archive — {title}",
        description="Every month and day of the timeline, with the number of events on each.",
        jsonld={"@type": "CollectionPage", "name": f"Archive — {title}"}, section="archive",
        tree=site.archive_tree(pages), undated=undated), catalogue)

    queue("search.html", functools.partial(
        s.page, "search.html", "search.html", title=f"Search — {title}", description=f"Search the events of {title}.",
        jsonld={"@type": "SearchResultsPage", "name": f"Search — {title}"}, section="search"), ("site",))
    static = static_files(s.template_folders)
    css = static.get("static/style.css", b"").decode("utf-8")
    queue("404.html", functools.partial(
        s.page, "404.html", "404.html", title=f"Page not found — {title}", description="This page does not exist.",
        jsonld={"@type": "WebPage", "name": "Page not found"}, absolute_links=True, inline_css=Markup(css),
        inline_css_hash=csp_hash(css)), ("site",))

    from .embed import embed_jobs
    for path, job, key in embed_jobs(s, m, title, fp):     # pages for frames on other sites: not in the sitemap
        queue(None, job, key, name=path)
    html_pages.extend(sorted({*s.pages, *job_paths} - {"404.html"}))
    if sink is None:
        s.pages.update(_run_jobs(s, jobs))
        out = dict(s.pages)
        out.update(static)
        return dict(sorted(out.items()))
    return _render_changed(s, jobs, static, fp, cache)


def _names_key(table: LinkTable) -> bytes:
    """Every name a body may link by itself, with its target: a change to any of them may relink any body."""
    from ..cache import digest
    return digest(repr(sorted((name, t.path, t.key) for name, t in table.by_name.items())).encode("utf-8"))


def _render_changed(s: _Site, jobs: list[Job], static: dict[str, bytes], fp, cache) -> Rendered:
    """Put the site into s.sink: each job whose fingerprint and published files are those the cache recorded
    is linked from the published site, the others are rendered."""
    old = cache.pages if cache is not None else {}
    records: dict = {}
    todo: list[Job] = []
    prints: dict[str, bytes | None] = {}
    for job in jobs:
        prints[job.name] = mark = fp.page((job.name, job.key)) if fp and job.key is not None else None
        before = old.get(job.name)
        if (mark is not None and before and before[0] == mark
                and all(s.sink.reuse(rel, stamp) for rel, stamp in sorted(before[1].items()))):
            records[job.name] = before
        else:
            todo.append(job)
    if hasattr(s.sink, "expect"):
        s.sink.expect(len(todo), len(jobs))
    # A few jobs may still be most of the work: the home page and the exports each show every event.
    heavy = any(isinstance(job.key, tuple) and job.key[:1] in (("model",), ("catalogue",)) for job in todo)
    if cache is not None and any(job.name.startswith("exports:") for job in todo):
        _summaries_before_fork(s.model, s.summaries, cache)
    for name, files in _run_jobs(s, todo, heavy).items():
        records[name] = (prints[name], files)
    if hasattr(s.sink, "include"):
        s.sink.include(rel for _, files in records.values() for rel in files)
    for rel, data in sorted({**s.pages, **static}.items()):     # pages rendered outside jobs, static files
        records[rel] = (None, {rel: s.sink.put(rel, data)})
    s.pages = {}
    return Rendered(records, len(todo), len(jobs) - len(todo))


def _summaries_before_fork(model: Model, summaries: exports.Summaries, cache) -> None:
    """Every event's export summary and entries worked out here, before the export jobs are dealt out to the
    workers: each worker then inherits them all instead of working them out again, and this process keeps
    them, for the build cache (the next build, another process) and for serve's next rebuild."""
    cache.load_summaries()
    exports.prepare(model, summaries)


def static_files(folders: list[Path]) -> dict[str, bytes]:
    """Every file under the template folders' static/ as "static/<path>" -> bytes; a file in an earlier
    folder (the project's own) replaces the one of the same path in a later one (the built-in set)."""
    out: dict[str, bytes] = {}
    for folder in reversed(folders):
        static = folder / "static"
        for f in sorted(static.rglob("*")) if static.is_dir() else []:
            if f.is_file():
                out["static/" + f.relative_to(static).as_posix()] = f.read_bytes()
    return out
