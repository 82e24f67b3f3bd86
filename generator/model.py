"""The in-memory model of a timeline: everything in content/, loaded, validated and cross-referenced.

Rendering reads only this model, never the files, so `check` (load + validate) and `build`
(load + validate + render) can never disagree.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

_PARTIAL_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day ("2016", "2016-11", "2016-12-02")."""

    year: int
    month: int = 0   # 0: unknown
    day: int = 0     # 0: unknown

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Raises ValueError with a reader-facing reason."""
        m = _PARTIAL_RE.match(str(text).strip())
        if not m:
            raise ValueError(f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        if not 1 <= year <= 9998:
            # Year 0 does not exist, and a page or calendar needs the day after the period's end.
            raise ValueError(f"{text!r} is out of range: years run from 0001 to 9998")
        if m[2] and not 1 <= month <= 12:
            raise ValueError(f"{text!r} has no month {month}: months run 01 to 12")
        if m[3]:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(f"{text!r} does not exist: {calendar.month_name[month]} {year} has {last} days")
        return cls(year, month, day)

    def __reduce__(self):
        # The fields only: not the days and texts worked out since (cached_property keeps them in __dict__).
        return PartialDate, (self.year, self.month, self.day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @cached_property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @cached_property
    def display(self) -> str:
        if self.day:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    @cached_property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @cached_property
    def last_day(self) -> dt.date:
        if self.day:
            return self.first_day
        if self.month:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def __str__(self) -> str:
        return self.iso


# What became of a happening. An event without a `status` key was held; a citation without one says nothing.
STATUSES = ("planned", "held", "postponed", "cancelled")
# The words every page and export uses for a status, so the timeline, the event page and the feed agree.
STATUS_LABELS = {"planned": "Planned", "held": "Held", "postponed": "Postponed", "cancelled": "Cancelled"}
# What one report said, in the order reports came in: "announced as planned on 5 December; called off on 6 ...".
STATUS_CHANGES = {"planned": "announced as planned", "held": "reported held", "postponed": "reported postponed",
                  "cancelled": "called off"}


@dataclass
class Citation:
    source: str                 # source id
    paragraph: int | None       # 1-based paragraph of the source article
    quote: str
    line: int = 1               # line of this citation in the event file, for error messages
    date: PartialDate | None = None     # the date THIS report gives the happening, when it gives one
    date_text: str = ""         # that report's own words for the date
    status: str = ""            # what this report says became of the happening (one of STATUSES), or ""


@dataclass
class Event:
    id: str                     # file stem: events/<id>.md
    path: Path
    title: str
    date: PartialDate | None    # None: needs a date
    end: PartialDate | None = None
    date_text: str = ""
    date_basis: str = ""
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sources: list[Citation] = field(default_factory=list)
    body: str = ""              # Markdown
    body_line: int = 1
    meta: dict = field(default_factory=dict)   # the whole front matter, extra keys included
    status: str = "held"        # one of STATUSES; the person's word, never derived from the citations
    merge_basis: str = ""       # why several reports were taken as one happening, so a wrong merge can be split
    # date_dispute's answer, worked out once: check, the event page and the JSON export all ask for it.
    _dispute: tuple | None = field(default=None, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict:
        # The dispute is worked out afresh after a copy or the build cache: only the file's data travels.
        return {**self.__dict__, "_dispute": None}

    @property
    def sort_key(self) -> tuple:
        # Undated events sort last; a partial date sorts at the start of its period.
        if self.date is None:
            return (1, 0, 0, 0, self.id)
        return (0, self.date.year, self.date.month, self.date.day, self.id)


@dataclass
class Entity:
    """An actor, place or tag: a page of its own with a description and its own timeline."""

    id: str
    kind: str                   # "actor" | "place" | "tag"
    path: Path | None
    name: str
    aliases: list[str] = field(default_factory=list)
    type: str = ""              # person, organisation, country, city, region ... (free text)
    body: str = ""
    body_line: int = 1
    meta: dict = field(default_factory=dict)


@dataclass
class Source:
    id: str
    path: Path
    title: str
    outlet: str = ""
    published: dt.date | None = None
    url: str = ""
    seed: str = ""
    paragraphs: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


@dataclass
class Model:
    config: dict
    events: list[Event]                     # sorted by Event.sort_key
    actors: dict[str, Entity]
    places: dict[str, Entity]
    tags: dict[str, Entity]
    sources: dict[str, Source]
    # back-references, filled by link(): entity or source id -> events, in timeline order
    events_by_actor: dict[str, list[Event]] = field(default_factory=dict)
    events_by_place: dict[str, list[Event]] = field(default_factory=dict)
    events_by_tag: dict[str, list[Event]] = field(default_factory=dict)
    events_by_source: dict[str, list[Event]] = field(default_factory=dict)

    @property
    def events_by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.events}


def link(model: Model) -> Model:
    """Sort the events and fill the back-references. References must already be valid."""
    model.events.sort(key=lambda e: e.sort_key)
    model.events_by_actor = {k: [] for k in model.actors}
    model.events_by_place = {k: [] for k in model.places}
    model.events_by_tag = {k: [] for k in model.tags}
    model.events_by_source = {k: [] for k in model.sources}
    for event in model.events:
        for ref, index in ((event.actors, model.events_by_actor), (event.places, model.events_by_place),
                           (event.tags, model.events_by_tag),
                           (list(dict.fromkeys(c.source for c in event.sources)), model.events_by_source)):
            for key in ref:
                if key in index:
                    index[key].append(event)
    return model


# ------------------------------------------------------------------------------------------------ derived
# What several reports of one event say together. Validation, the pages and the exports all ask these
# functions, so a warning and the page it is about can never tell two different stories.
@dataclass(frozen=True)
class Report:
    """One citation of an event, with the source it cites (None when that source does not exist)."""

    citation: Citation
    source: Source | None
    order: int                  # position among the event's citations, for ties

    @property
    def name(self) -> str:
        """The report as a reader names it: its outlet, else its title, else the source id."""
        if self.source is None:
            return self.citation.source
        return self.source.outlet or self.source.title or self.source.id

    @property
    def published(self) -> dt.date | None:
        return self.source.published if self.source else None


def reports(event: Event, sources: dict[str, Source]) -> list[Report]:
    """The event's citations in the order they were published (a source without a date last), ties in file order."""
    out = [Report(c, sources.get(c.source), i) for i, c in enumerate(event.sources)]
    return sorted(out, key=lambda r: (r.published is None, r.published or dt.date.min, r.order))


def reporting_sources(event: Event, sources: dict[str, Source]) -> list[Report]:
    """The first citation of each cited source, in publication order: who reported the event, and when."""
    seen: set[str] = set()
    out = []
    for r in reports(event, sources):
        if r.citation.source not in seen:
            seen.add(r.citation.source)
            out.append(r)
    return out


def status_history(event: Event, sources: dict[str, Source]) -> list[Report]:
    """Every citation that says what became of the happening, in publication order ("planned" on 5 December,
    "cancelled" on 6 December). It is shown beside the event's own status, never in its place."""
    return [r for r in reports(event, sources) if r.citation.status]


def compatible(a: PartialDate, b: PartialDate) -> bool:
    """Two dates agree when one period holds the other: 2016-12 holds 2016-12-15; 2016-12-15 and 2016-12-16 do
    not agree, nor do two months."""
    return (a.first_day <= b.first_day and b.last_day <= a.last_day) or \
        (b.first_day <= a.first_day and a.last_day <= b.last_day)


def _within_event(event: Event, d: PartialDate) -> bool:
    if event.date is None:
        return True     # an event without a date contradicts nothing
    start, stop = event.date.first_day, (event.end or event.date).last_day
    return (start <= d.first_day and d.last_day <= stop) or (d.first_day <= start and stop <= d.last_day)


def date_dispute(event: Event, sources: dict[str, Source]) -> list[Report]:
    """The dated citations, by date then publication, when some two of them disagree or one disagrees with the
    event's own date (or period, with `end`); [] when they all agree. Worked out once per event and set of
    sources (validation, the page and the export ask alike); a copy is returned, so a caller may change it."""
    key = (event.date, event.end, tuple((c.source, c.date) for c in event.sources))
    # The answer reads only the cited sources: the same Source objects (serve's next load shares every
    # unchanged one) give the same answer, whichever dict holds them.
    cited = tuple(sources.get(c.source) for c in event.sources)
    known = event._dispute
    if (known is None or known[0] != key or len(known[1]) != len(cited)
            or any(a is not b for a, b in zip(known[1], cited))):
        event._dispute = (key, cited, _date_dispute(event, sources))
    return list(event._dispute[2])


def _date_dispute(event: Event, sources: dict[str, Source]) -> list[Report]:
    dated = [r for r in reports(event, sources) if r.citation.date is not None]
    disputed = any(not _within_event(event, r.citation.date) for r in dated) or any(
        not compatible(a.citation.date, b.citation.date) for i, a in enumerate(dated) for b in dated[i + 1:])
    if not disputed:
        return []
    return sorted(dated, key=lambda r: r.citation.date)   # sorted() is stable: publication order within a date
