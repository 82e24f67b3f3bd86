"""Machine-readable exports of the timeline: Atom feed, sitemap, robots.txt, iCalendar, TimelineJS3 JSON
and a JSON dump of the whole model. Dates come from the content, never from the clock.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Callable
from urllib.parse import urlsplit
from xml.sax.saxutils import escape as xml_escape

from ..cache import digest
from ..model import STATUS_LABELS, Event, Model, PartialDate, date_dispute
from ..text import WIKI_LINK
from .pages import entity_path, event_path, period_display, source_path

_NS = uuid.UUID("8a3e2f4c-5b1d-4c6e-9f0a-7d2b1c3e4f50")   # fixed namespace: stable Atom ids without base_url


def _json(data) -> bytes:
    return (_json_text(data) + "\n").encode("utf-8")


# How much of an event the feed, calendar, TimelineJS, model.json and the search index carry: a summary,
# never the whole body (at 10,000 events of 250 words, whole bodies made each of them 20-30 MB). The event's
# page, which every export links to, has the rest. About a sentence or two, as long as a search engine's
# snippet: at 40 words (400 characters) the summaries were 13 of a 10,000-event site's 137 MB.
SUMMARY_WORDS = 30
SUMMARY_CHARS = 250


# (summary text or body, digest of the names it links) -> its summary, kept by this process from build to build
# (and in the build cache): a rebuild, where one edit re-renders every export, works out only the summaries of
# edited events and of the events linking a renamed one.
_known: dict[tuple[str, bytes], str] = {}


# (export, digest of exactly what one event's entry in it is made of) -> that entry's text, kept like _known: a
# rebuild after one edit re-renders every export but works out only the entries of events that changed. A key
# is Summaries.inputs (everything any export shows of the event) with the export's own settings.
_entries: dict[tuple[str, bytes], str] = {}


def _entry(kind: str, inputs: bytes, make: Callable[[], str]) -> str:
    key = (kind, inputs)
    found = _entries.get(key)
    if found is None:
        found = _entries[key] = make()
    return found


def _iso(d: PartialDate | None) -> str | None:
    return d.iso if d else None


def _json_text(data) -> str:
    # Compact: these files are read by programs, and indentation made model.json over a quarter larger.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _spliced(head: dict, name: str, items: list[str], tail: dict | None = None) -> bytes:
    """_json({**head, name: [the items' values], **tail}) from the items' JSON texts (both dicts non-empty, or
    tail None): compact JSON nests by plain concatenation."""
    text = _json_text(head)[:-1] + f',"{name}":[' + ",".join(items) + "]"
    text += "," + _json_text(tail)[1:] if tail else "}"
    return (text + "\n").encode("utf-8")


class Summaries(dict):
    """Event id -> event_summary, each worked out once however many exports ask (within one process)."""

    def __init__(self, names: dict[str, str]):
        super().__init__()
        self.names = names
        self._inputs: dict[str, bytes] = {}

    def inputs(self, model: Model, e: Event, *settings) -> bytes:
        """A digest of everything an export may show of the event (its fields, the names of what it names, its
        citations, whether its date is disputed, its summary; dates by their ISO form, which fixes the rest),
        and of `settings`: the key of its entries in _entries."""
        found = self._inputs.get(e.id)
        if found is None:
            names = tuple(tuple(pool[k].name if k in pool else None for k in keys)
                          for pool, keys in ((model.actors, e.actors), (model.places, e.places), (model.tags, e.tags)))
            cites = tuple((c.source, c.paragraph, c.quote, _iso(c.date), c.date_text, c.status) for c in e.sources)
            found = self._inputs[e.id] = digest(repr((
                e.id, e.title, _iso(e.date), _iso(e.end), e.date_text, e.date_basis, e.status, e.merge_basis,
                bool(date_dispute(e, model.sources)), tuple(e.actors), tuple(e.places), tuple(e.tags), names, cites,
                self.of(e))).encode("utf-8"))
        return digest(found + repr(settings).encode("utf-8")) if settings else found

    def of(self, event: Event) -> str:
        found = self.get(event.id)
        if found is None:
            text = _summary_source(event)
            key = (text, _linked_names_key(text, self.names))
            found = _known.get(key)
            if found is None:
                found = _known[key] = event_summary(event, self.names)
            self[event.id] = found
        return found


def _linked_names_key(text: str, names: dict[str, str]) -> bytes:
    """A digest of the names a text's [[links]] show, all a summary depends on besides the text: every [[ ... ]]
    that could be read as a link, wherever it starts (a superset of those plain_text replaces), so a title
    edited elsewhere changes only the summaries that link it."""
    if "[[" not in text:
        return b""
    linked = []
    at = text.find("[[")
    while at != -1:
        m = WIKI_LINK.match(text, at)
        if m:
            linked.append((m[1], names.get(m[1])))
        at = text.find("[[", at + 1)
    return digest(repr(sorted(set(linked), key=repr)).encode("utf-8"))


def _summary_source(event: Event) -> str:
    own = event.meta.get("summary")
    return own if isinstance(own, str) and own.strip() else event.body


def event_summary(event: Event, names: dict[str, str]) -> str:
    """One line of plain text: the event's own `summary` when it has one, else the start of its body (at
    most SUMMARY_WORDS words and SUMMARY_CHARS characters, ending in "…" when cut)."""
    from .render import plain_text
    from .search import bounded
    text = plain_text(_summary_source(event), names)
    cut = bounded(text, SUMMARY_WORDS, SUMMARY_CHARS)
    return cut + "…" if len(cut) < len(text) else cut


def _headline(event: Event) -> str:
    """The title as the feed and TimelineJS show it: a happening that did not (or not yet) take place says so
    first, in words, since neither format has a place of its own for it."""
    return event.title if event.status == "held" else f"{STATUS_LABELS[event.status]}: {event.title}"


def _reported(model: Model, event: Event) -> dt.date | None:
    """When the event became known: the newest publication date among its sources, else its own start."""
    published = [model.sources[c.source].published for c in event.sources
                 if c.source in model.sources and model.sources[c.source].published]
    if published:
        return max(published)
    return event.date.first_day if event.date else None


def latest_date(model: Model) -> dt.date | None:
    """The newest date in the content: what 'updated' means for a feed that never reads the clock.
    A vague date counts from its start ("2016" is not 31 December 2016)."""
    dates = [d for d in (_reported(model, e) for e in model.events) if d]
    dates += [s.published for s in model.sources.values() if s.published]
    return max(dates) if dates else None


def _event_updated(model: Model, event: Event, fallback: dt.date) -> dt.date:
    return _reported(model, event) or fallback


def _stamp(d: dt.date) -> str:
    return f"{d.isoformat()}T00:00:00Z"


# ------------------------------------------------------------------------------------------------ atom
# A feed tells a reader's feed program what is new: it carries the newest entries only, as feeds do (the whole
# timeline is on the site, in events.ics and in model.json). Every entry of 10,000 made a 7 MB file that each
# feed program downloads again on every poll.
FEED_ENTRIES = 100


def atom_feed(model: Model, names: dict[str, str], summaries: Summaries | None = None,
              limit: int = FEED_ENTRIES) -> bytes:
    summaries = summaries if summaries is not None else Summaries(names)
    cfg = model.config
    base = str(cfg.get("base_url") or "")
    updated = latest_date(model) or dt.date(1970, 1, 1)
    title = str(cfg.get("title") or "Timeline")

    def href(path: str) -> str:
        return base + path   # relative to the feed itself when there is no base_url: both live at the root

    feed_id = base or f"urn:uuid:{uuid.uuid5(_NS, title)}"
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{xml_escape(str(cfg.get("language") or "en"))}">',
           f"  <title>{xml_escape(title)}</title>"]
    if cfg.get("description"):
        out.append(f"  <subtitle>{xml_escape(str(cfg['description']))}</subtitle>")
    out += [f"  <id>{xml_escape(feed_id)}</id>",
            f'  <link rel="self" type="application/atom+xml" href="{xml_escape(href("feed.xml"))}"/>',
            f'  <link rel="alternate" type="text/html" href="{xml_escape(href("index.html") if not base else base)}"/>',
            f"  <updated>{_stamp(updated)}</updated>",
            f"  <author><name>{xml_escape(str(cfg.get('author') or title))}</name></author>"]
    # Newest report first; within one day, the later event first.
    newest = sorted(model.events, key=lambda e: e.sort_key, reverse=True)
    entries = sorted(newest, key=lambda e: -_event_updated(model, e, updated).toordinal())
    for e in entries[:limit]:
        link = href(event_path(e.id))
        entry_id = link if base else f"urn:uuid:{uuid.uuid5(_NS, e.id)}"
        summary = f"{period_display(e)}. {summaries.of(e)}".strip()
        out += ["  <entry>",
                f"    <title>{xml_escape(_headline(e))}</title>",
                f"    <id>{xml_escape(entry_id)}</id>",
                f'    <link rel="alternate" type="text/html" href="{xml_escape(link)}"/>',
                f"    <updated>{_stamp(_event_updated(model, e, updated))}</updated>",
                f"    <summary>{xml_escape(summary)}</summary>"]
        for a in e.actors:
            if a in model.actors:
                out.append(f'    <category term="{xml_escape(a)}" label="{xml_escape(model.actors[a].name)}"/>')
        out.append("  </entry>")
    out.append("</feed>")
    return ("\n".join(out) + "\n").encode("utf-8")


# ------------------------------------------------------------------------------------------------ sitemap
def sitemap(base_url: str, pages: list[str]) -> bytes:
    """Absolute URLs of every HTML page; the site root stands for index.html."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for page in sorted(pages):
        loc = base_url + ("" if page == "index.html" else page)
        out.append(f"  <url><loc>{xml_escape(loc)}</loc></url>")
    out.append("</urlset>")
    return ("\n".join(out) + "\n").encode("utf-8")


def robots(base_url: str) -> bytes:
    lines = ["User-agent: *", "Allow: /"]
    if base_url:
        lines.append(f"Sitemap: {base_url}sitemap.xml")
    return ("\n".join(lines) + "\n").encode("utf-8")


# ------------------------------------------------------------------------------------------------ ics
def ics_escape(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (continuations start with a space), never inside a UTF-8 character.

    One pass over the encoded line: each cut moves back from the octet limit to the start of a character
    (a UTF-8 continuation octet is 10xxxxxx), so a line costs the same per octet however long it is."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, room = [], 0, 75
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:
            cut -= 1
        parts.append(data[start:cut])
        start, room = cut, 74     # a continuation line's leading space is one of its 75 octets
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode("utf-8")


# RFC 5545 VEVENT STATUS: TENTATIVE, CONFIRMED or CANCELLED. A planned or postponed meeting may yet happen.
ICS_STATUS = {"planned": "TENTATIVE", "held": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}

_PRECISION_NOTE = {"month": "Date known to the month only ({}); shown as spanning the whole month.",
                   "year": "Date known to the year only ({}); shown as spanning the whole year."}


def icalendar(model: Model, names: dict[str, str], summaries: Summaries | None = None) -> bytes:
    summaries = summaries if summaries is not None else Summaries(names)
    cfg = model.config
    host, stamp, base = _ics_settings(model)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Timeline generator//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_escape(str(cfg.get('title') or 'Timeline'))}"]
    out = [ics_fold(line) for line in lines]
    for e in model.events:
        if e.date is not None:   # undated events have no place in a calendar
            out.append(_vevent(model, e, summaries, host, stamp, base))
    out.append("END:VCALENDAR")
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def _ics_settings(model: Model) -> tuple[str, str, str]:
    """What every VEVENT shares: the host its UIDs name, its DTSTAMP and the site's base URL."""
    base = str(model.config.get("base_url") or "")
    host = urlsplit(base).netloc or "timeline.invalid"
    return host, (latest_date(model) or dt.date(1970, 1, 1)).strftime("%Y%m%dT000000Z"), base


def _vevent(model: Model, e: Event, summaries: Summaries, host: str, stamp: str, base: str) -> str:
    """A dated event's VEVENT, its lines folded and joined by CRLF."""
    def make() -> str:
        summary = summaries.of(e)
        places = [model.places[p].name for p in e.places if p in model.places]
        start, stop = e.date.first_day, (e.end or e.date).last_day + dt.timedelta(days=1)
        parts = []
        if e.date.precision in _PRECISION_NOTE:
            parts.append(_PRECISION_NOTE[e.date.precision].format(e.date.display))
        if summary:
            parts.append(summary)
        if e.date_text or e.date_basis:
            parts.append(f"Dated from \u201c{e.date_text}\u201d: {e.date_basis}".strip())
        lines = ["BEGIN:VEVENT", f"UID:{e.id}@{host}", f"DTSTAMP:{stamp}",
                 f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}", f"DTEND;VALUE=DATE:{stop.strftime('%Y%m%d')}",
                 f"SUMMARY:{ics_escape(e.title)}", f"STATUS:{ICS_STATUS[e.status]}"]
        if parts:
            lines.append(f"DESCRIPTION:{ics_escape(chr(10).join(parts))}")
        if places:
            lines.append(f"LOCATION:{ics_escape(', '.join(places))}")
        if base:
            lines.append(f"URL:{base}{event_path(e.id)}")
        lines.append("END:VEVENT")
        return "\r\n".join(ics_fold(line) for line in lines)
    return _entry("ics", summaries.inputs(model, e, host, stamp, base), make)


# ------------------------------------------------------------------------------------------------ timelinejs
def _tl_date(d: PartialDate) -> dict:
    out = {"year": d.year}
    if d.month:
        out["month"] = d.month
    if d.day:
        out["day"] = d.day
    return out


def timelinejs(model: Model, names: dict[str, str], summaries: Summaries | None = None) -> bytes:
    """Knight Lab TimelineJS3 JSON: load it with `new TL.Timeline(el, 'timeline.json')`."""
    from html import escape
    summaries = summaries if summaries is not None else Summaries(names)
    cfg = model.config
    base = str(cfg.get("base_url") or "")
    head = {"title": {"text": {"headline": escape(str(cfg.get("title") or "Timeline")),
                               "text": f"<p>{escape(str(cfg.get('description') or ''))}</p>"}}}
    return _spliced(head, "events", [_tl_item(model, e, summaries, base) for e in model.events
                                              if e.date is not None])


def _tl_item(model: Model, e: Event, summaries: Summaries, base: str) -> str:
    """A dated event's TimelineJS slide, as JSON text."""
    from html import escape

    def make() -> str:
        summary = summaries.of(e)
        group = next((model.actors[a].name for a in e.actors if a in model.actors), None)
        text = (f"<p>{escape(summary)}</p>" if summary else "") + \
            f'<p><a href="{escape(base + event_path(e.id))}">Sources and details</a></p>'
        item = {"unique_id": e.id, "start_date": _tl_date(e.date)}
        if e.end:
            item["end_date"] = _tl_date(e.end)
        if e.date.precision != "day" or e.end:
            item["display_date"] = period_display(e)
        item["text"] = {"headline": escape(_headline(e)), "text": text}
        if group is not None:
            item["group"] = escape(group)   # TimelineJS writes the group label into the page as HTML too
        return _json_text(item)
    return _entry("timelinejs", summaries.inputs(model, e, base), make)


# ------------------------------------------------------------------------------------------------ model
def model_json(model: Model, names: dict[str, str], summaries: Summaries | None = None) -> bytes:
    """The model as plain JSON, for anyone who wants to build something else from it: every field of every
    entry, except that an event carries its summary (event_summary) and its page, not its whole body."""
    cfg = model.config
    summaries = summaries if summaries is not None else Summaries(names)

    def entity(e, kind):
        return {"id": e.id, "name": e.name, "aliases": list(e.aliases), "type": e.type, "description": e.body.strip(),
                "page": entity_path(kind, e.id)}

    head = {
        "title": cfg.get("title", ""), "description": cfg.get("description", ""),
        "base_url": cfg.get("base_url", ""), "language": cfg.get("language", ""), "author": cfg.get("author", "")}
    events = [_model_event(model, e, summaries) for e in model.events]
    tail = {
        "actors": [entity(model.actors[k], "actor") for k in sorted(model.actors)],
        "places": [entity(model.places[k], "place") for k in sorted(model.places)],
        "tags": [entity(model.tags[k], "tag") for k in sorted(model.tags)],
        "sources": [{"id": s.id, "title": s.title, "outlet": s.outlet,
                     "published": s.published.isoformat() if s.published else None, "url": s.url, "seed": s.seed,
                     "paragraphs": list(s.paragraphs), "page": source_path(s.id)}
                    for s in (model.sources[k] for k in sorted(model.sources))],
    }
    return _spliced(head, "events", events, tail)


def _model_event(model: Model, e: Event, summaries: Summaries) -> str:
    """An event's entry in model.json, as JSON text."""
    def make() -> str:
        return _json_text({
            "id": e.id, "title": e.title, "date": _iso(e.date), "precision": e.date.precision if e.date else None,
            "end": _iso(e.end), "date_text": e.date_text, "date_basis": e.date_basis, "status": e.status,
            "merge_basis": e.merge_basis, "date_disputed": bool(date_dispute(e, model.sources)),
            "actors": list(e.actors), "places": list(e.places), "tags": list(e.tags),
            "sources": [{"source": c.source, "paragraph": c.paragraph, "quote": c.quote, "date": _iso(c.date),
                         "date_text": c.date_text, "status": c.status or None} for c in e.sources],
            "summary": summaries.of(e), "page": event_path(e.id)})
    return _entry("model", summaries.inputs(model, e), make)


def _trim_stores(model: Model) -> None:
    """Forget the remembered summaries and export entries when they are mostly of events edited since (more than
    twice the summaries, or the four exports' entries, that the model needs): start again."""
    if len(_known) > 2 * len(model.events) + 1000:
        _known.clear()
    if len(_entries) > 8 * len(model.events) + 1000:
        _entries.clear()


def prepare(model: Model, summaries: Summaries) -> None:
    """Every event's summary, key and entry in each export worked out (or found in _entries) in this process:
    a process rendering the exports in workers calls it first, so that the workers inherit them all and this
    process keeps them (for the build cache and serve's next rebuild)."""
    from .search import search_record
    _trim_stores(model)
    host, stamp, base = _ics_settings(model)
    for e in model.events:
        _model_event(model, e, summaries)
        search_record(model, e, summaries)
        if e.date is not None:
            _tl_item(model, e, summaries, base)
            _vevent(model, e, summaries, host, stamp, base)


def export_jobs(model: Model, html_pages: list[str], names: dict[str, str],
                summaries: Summaries | None = None) -> dict[str, Callable[[], bytes]]:
    """Every export as a job of its own (file name -> a function giving its bytes), biggest first, so
    render can spread them over its workers. They share one Summaries: each process works out an event's
    summary once. html_pages is read when the sitemap job runs (render fills it in before any job runs)."""
    from .search import build_index
    base = str(model.config.get("base_url") or "")
    _trim_stores(model)
    summaries = summaries if summaries is not None else Summaries(names)
    jobs = {"model.json": lambda: model_json(model, names, summaries),
            "feed.xml": lambda: atom_feed(model, names, summaries),
            "events.ics": lambda: icalendar(model, names, summaries),
            "timeline.json": lambda: timelinejs(model, names, summaries),
            "search-index.json": lambda: build_index(model, names, summaries),
            "robots.txt": lambda: robots(base)}
    if base:
        jobs["sitemap.xml"] = lambda: sitemap(base, html_pages)   # a sitemap holds absolute URLs only
    return jobs


def render_exports(model: Model, html_pages: list[str], names: dict[str, str]) -> dict[str, bytes]:
    """Every export file, path -> bytes (the search index included), in one process."""
    jobs = export_jobs(model, html_pages, names)
    return {path: jobs[path]() for path in sorted(jobs)}
