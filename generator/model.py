"""The in-memory model of a timeline: everything in content/, loaded, validated and cross-referenced.

Rendering reads only this model, never the files, so `check` (load + validate) and `build`
(load + validate + render) can never disagree.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
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

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @property
    def display(self) -> str:
        if self.day:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.day:
            return self.first_day
        if self.month:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def __str__(self) -> str:
        return self.iso


@dataclass
class Citation:
    source: str                 # source id
    paragraph: int | None       # 1-based paragraph of the source article
    quote: str
    line: int = 1               # line of this citation in the event file, for error messages


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
