"""Derived data for the site: page paths, the timeline's month/day groups, archives, related events and
the overview strip's geometry. Pure functions of the model; no HTML here, so each part has a plain test.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Entity, Event, Model, PartialDate

KIND_FOLDERS = {"actor": "actors", "place": "places", "tag": "tags"}


# ------------------------------------------------------------------------------------------------ paths
# One file per page (events/<id>.html), never folder/index.html: links then work from file:// as well.
def event_path(event_id: str) -> str:
    return f"events/{event_id}.html"


def entity_path(kind: str, entity_id: str) -> str:
    return f"{KIND_FOLDERS[kind]}/{entity_id}.html"


def source_path(source_id: str) -> str:
    return f"sources/{source_id}.html"


# The pages the site writes itself inside the content folders: a content file with one of these ids would
# be published at the same address and replace it (content/actors/index.md -> actors/index.html).
RESERVED_IDS = {folder: frozenset({"index"}) for folder in ("sources", "events", "actors", "places", "tags")}


def event_anchor(event_id: str) -> str:
    """The element id of an event's entry in a timeline list (index.html#event-<id>). The prefix keeps it
    apart from every id a template uses ("main", "timeline", "filter-status", "m-2016-12", ...), whatever
    the event's file is called; no template id may start with "event-"."""
    return f"event-{event_id}"


def month_path(year: int, month: int) -> str:
    return f"archive/{year:04d}-{month:02d}.html"


def year_path(year: int) -> str:
    return f"archive/{year:04d}.html"


def relative(from_page: str, to_path: str) -> str:
    """The relative URL from one site page to another site path ('#frag' suffixes are kept).

    Always up to the site root and down again ("../actors/x.html" even between two actor pages): a link
    then depends only on the depth of the page it is on, so page fragments can be rendered once per depth."""
    path, hash_, frag = to_path.partition("#")
    if path == from_page and hash_:
        return hash_ + frag
    return "../" * from_page.count("/") + (path or from_page) + hash_ + frag


# ------------------------------------------------------------------------------------------------ dates
def weekday_display(date: PartialDate) -> str:
    """'Friday 2 December 2016' for a day; a partial date reads as itself ('November 2016')."""
    if date.day:
        return f"{calendar.day_name[date.first_day.weekday()]} {date.display}"
    return date.display


def period_display(event: Event) -> str:
    """The event's date as a reader sees it: '2 December 2016', 'November 2016', '2–5 December 2016'."""
    if event.date is None:
        return "Date unknown"
    if event.end and event.end != event.date:
        return f"{event.date.display} – {event.end.display}"
    return event.date.display


# "the Friday before the publication date 2016-12-06": the tagger's bases name days the ISO way, which
# reads as a form field in a sentence.
_PUBLICATION_DAY = re.compile(r"\bthe publication date (\d{4}-\d{2}-\d{2})\b")
_ISO_DAY = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")


def prose_dates(text: str) -> str:
    """Days written YYYY-MM-DD in running prose (a date_basis) as a reader writes them: "the Friday before
    the publication date 2016-12-06" -> "the Friday before the day of publication, 6 December 2016". Only
    real calendar days are rewritten; anything else stays as written. The Jinja filter `prose_dates`."""
    def day(m: re.Match, lead: str = "") -> str:
        try:
            return lead + PartialDate.parse(m[1] if lead else m[0]).display
        except ValueError:
            return m[0]
    text = _PUBLICATION_DAY.sub(lambda m: day(m, "the day of publication, "), str(text))
    return _ISO_DAY.sub(day, text)


def undated_reason(event: Event) -> str:
    """Why an event has no date, in a line for the reader: its date_basis without the note to the editor that
    ends it ("; set the date by hand"), else what every undated event has in common."""
    return _EDITOR_NOTE.sub("", event.date_basis.strip()) or "the sources do not say when it happened"


_EDITOR_NOTE = re.compile(r"[;,]?\s*set the (?:date|day) by hand\.?$")


# ------------------------------------------------------------------------------------------------ groups
# The home page lists every event up to this many; a bigger timeline's home page shows its years and months
# instead, each month linking to its archive page (which lists that month's events), so the page stays
# under about 400 KB however many events there are (README, "The site").
HOME_EVENTS = 500


def home_lists_every_event(events: list[Event]) -> bool:
    return len(events) <= HOME_EVENTS


def timeline_href(event: Event, listed: bool) -> str:
    """Where an event's entry stands in the timeline lists: on the home page while it lists every event, else on
    its month's (or year's) archive page, or under "Date unknown" in the archive index."""
    if listed:
        return "index.html#" + event_anchor(event.id)
    if event.date is None:
        return "archive/index.html#a-undated"
    return archive_path(event) + "#" + event_anchor(event.id)


def archive_path(event: Event) -> str:
    """The archive page that lists a dated event: its month's, or its year's when the month is unknown."""
    d = event.date
    return month_path(d.year, d.month) if d.month else year_path(d.year)


@dataclass
class DayGroup:
    key: str                 # anchor-safe: "2016-12-02", "2016-12" (day unknown), "undated"
    label: str
    datetime: str            # for <time datetime>, "" when undated
    events: list[Event] = field(default_factory=list)
    lead: str = ""           # words before the date: "Some time in " November 2016


@dataclass
class MonthGroup:
    key: str                 # "2016-12", "2016" (month unknown), "undated"
    label: str
    datetime: str
    days: list[DayGroup] = field(default_factory=list)
    path: str = ""           # its archive page: archive/2016-12.html, archive/2016.html (none when undated)
    year: int = 0            # 0 when undated
    year_page: str = ""      # archive/2016.html

    @property
    def count(self) -> int:
        return sum(len(d.events) for d in self.days)


def group_events(events: list[Event]) -> list[MonthGroup]:
    """Month groups holding day groups, in timeline order. An event known only to the month (or year)
    gets a group of its own at the start of that month (or year) — placed, never guessed into a day."""
    months: dict[tuple, MonthGroup] = {}
    days: dict[tuple, DayGroup] = {}
    for event in sorted(events, key=lambda e: e.sort_key):
        d = event.date
        if d is None:
            mkey, dkey = ("undated",), ("undated",)
            month = months.get(mkey) or MonthGroup("undated", "Date unknown", "")
            if dkey not in days:
                days[dkey] = DayGroup("undated", "Not dated by the sources", "")
        else:
            mkey = (d.year, d.month)
            mdate = PartialDate(d.year, d.month)
            month = months.get(mkey) or MonthGroup(mdate.iso, mdate.display, mdate.iso,
                                                   path=month_path(d.year, d.month) if d.month else year_path(d.year),
                                                   year=d.year, year_page=year_path(d.year))
            dkey = (d.year, d.month, d.day)
            if dkey not in days:
                if d.day:
                    days[dkey] = DayGroup(d.iso, weekday_display(d), d.iso)
                else:
                    days[dkey] = DayGroup(f"{d.iso}-undated-day", d.display, d.iso, lead="Some time in ")
        if mkey not in months:
            months[mkey] = month
        if not days[dkey].events:
            month.days.append(days[dkey])
        days[dkey].events.append(event)
    return list(months.values())


# ------------------------------------------------------------------------------------------------ archives
@dataclass
class ArchivePage:
    path: str
    label: str
    datetime: str
    events: list[Event]
    kind: str                # "year" | "month" | "day"
    key: tuple = ()          # (year, month or 0, day or 0): chronological order


def archives(events: list[Event]) -> list[ArchivePage]:
    """A page per year and month that has events, in chronological order (a year before its months), each
    holding every event of its year or month, those known only to the year or month included. A month page
    lists them; a year page lists its months with their counts, and the events known only to the year. A day
    has no page of its own: its month page lists its events under its heading, which day_anchor() links to
    (a page per day was most of the archive's bytes, each one repeating what its month page shows)."""
    by: dict[tuple, ArchivePage] = {}

    def add(key: tuple, kind: str, path: str, date: PartialDate, label: str, event: Event) -> None:
        if key not in by:
            by[key] = ArchivePage(path, label, date.iso, [], kind, key)
        by[key].events.append(event)

    for event in events:
        d = event.date
        if d is None:
            continue
        add((d.year, 0, 0), "year", year_path(d.year), PartialDate(d.year), str(d.year), event)
        if d.month:
            m = PartialDate(d.year, d.month)
            add((d.year, d.month, 0), "month", month_path(d.year, d.month), m, m.display, event)
    return sorted(by.values(), key=lambda p: p.key)


def day_anchor(date: dt.date) -> str:
    """The site path of a day's events: its heading on its month's archive page (the timeline macro's
    "d-<date>" id)."""
    return f"{month_path(date.year, date.month)}#d-{date.isoformat()}"


def archive_tree(pages: list[ArchivePage]) -> list[tuple[ArchivePage, list[tuple[ArchivePage, list[ArchivePage]]]]]:
    """Years holding their months holding their days, for the archive index. A day is an ArchivePage of
    kind "day" whose path is its place on the month page (day_anchor)."""
    tree: list = []
    for page in pages:
        if page.kind == "year":
            tree.append((page, []))
        elif page.kind == "month":
            days: dict[dt.date, ArchivePage] = {}
            for event in sorted(page.events, key=lambda e: e.sort_key):
                d = event.date
                if d.day:
                    day = days.get(d.first_day)
                    if day is None:
                        day = days[d.first_day] = ArchivePage(day_anchor(d.first_day), weekday_display(d), d.iso, [],
                                                             "day", (d.year, d.month, d.day))
                    day.events.append(event)
            tree[-1][1].append((page, sorted(days.values(), key=lambda p: p.key)))
    return tree


# ------------------------------------------------------------------------------------------------ related
def timeline_positions(model: Model) -> dict[tuple[str, str], dict[str, int]]:
    """("actor"|"place", id) -> event id -> index in that entity's timeline; built once per render."""
    out: dict[tuple[str, str], dict[str, int]] = {}
    for kind, index in (("actor", model.events_by_actor), ("place", model.events_by_place)):
        for key, timeline in index.items():
            out[(kind, key)] = {e.id: i for i, e in enumerate(timeline)}
    return out


class RelatedIndex:
    """What related_events needs of every event, worked out once per render: each entity's timeline
    positions, and each event's actors, places and tags as sets and its first day."""

    def __init__(self, model: Model, positions: dict[tuple[str, str], dict[str, int]] | None = None):
        self.positions = positions if positions is not None else timeline_positions(model)
        self.facts: dict[str, tuple[frozenset, frozenset, frozenset, int | None]] = {
            e.id: _related_facts(e) for e in model.events}


def _related_facts(e: Event) -> tuple[frozenset, frozenset, frozenset, int | None]:
    return (frozenset(e.actors), frozenset(e.places), frozenset(e.tags),
            e.date.first_day.toordinal() if e.date else None)


# Three: with the previous and next events and the entity pages one click away, more were a kilobyte on every
# event page that few readers follow.
RELATED = 3


def related_events(model: Model, event: Event, limit: int = RELATED, window: int = 25,
                   positions: dict[tuple[str, str], dict[str, int]] | None = None,
                   index: RelatedIndex | None = None) -> list[Event]:
    """The `limit` events most related to this one, in timeline order. Related means sharing actors or
    places: 3 points per shared actor, 2 per place, 1 per tag, 2 for a date within two days (1 within a
    week); ties go to nearer dates, then to the id.

    Candidates are the `window` events either side of this one in each shared actor's and place's own
    timeline, so a page costs the same with 10,000 events as with 10. Pass a RelatedIndex when asking
    for many events of one model."""
    if index is None:
        index = RelatedIndex(model, positions)
    positions = index.positions
    facts = index.facts
    actors, places, tags = set(event.actors), set(event.places), set(event.tags)
    first = event.date.first_day.toordinal() if event.date else None
    candidates: dict[str, Event] = {}
    for kind, keys, by_entity in (("actor", event.actors, model.events_by_actor),
                                  ("place", event.places, model.events_by_place)):
        for key in keys:
            timeline = by_entity.get(key, [])
            at = positions.get((kind, key), {}).get(event.id)
            lo, hi = (0, len(timeline)) if at is None else (max(0, at - window), at + window + 1)
            for other in timeline[lo:hi]:
                candidates.setdefault(other.id, other)
    candidates.pop(event.id, None)
    scored = []
    for oid, other in candidates.items():
        known = facts.get(oid) or _related_facts(other)
        a, p = len(actors & known[0]), len(places & known[1])
        if not a and not p:
            continue
        score = 3 * a + 2 * p + len(tags & known[2])
        if first is not None and known[3] is not None:
            distance = abs(known[3] - first)
            score += 2 if distance <= 2 else 1 if distance <= 7 else 0
        else:
            distance = 10 ** 6
        scored.append((-score, distance, oid))     # ids are unique: the tuples never tie
    scored.sort()
    return sorted((candidates[t[2]] for t in scored[:limit]), key=lambda e: e.sort_key)


# ------------------------------------------------------------------------------------------------ overview
# The strip above the home page's list. Its axis is spent on the days of the story: the events known to the
# day set its range, and an event known only to its month or year that reaches outside that range ("in
# November" in a December story, "in 2016") is drawn in a compartment of its own at the edge, past a break
# in the axis, in timeline order, as the list places it ("Some time in November 2016" before December).
# Marks too close together to be told apart or hit (a target is at least 24 CSS pixels) become one mark
# showing how many events it holds.

# Hit radius in viewBox units: the wide strip is shown from 60rem (about 880 px of SVG for 960 units), the
# phone strip from 320 px screens (about 262 px of SVG for 400 units): 24 px or more in both.
HIT = {False: 14.0, True: 18.5}
EDGE_SLOT = {False: 74, True: 70}    # width of one edge compartment, its label included
MAX_EDGES = 3                        # per side; more vague periods than that share one compartment


@dataclass
class Tick:
    x: float
    label: str
    major: bool
    anchor: str = "middle"   # "start"/"end" near the edges, so a label is never cut off


@dataclass
class Mark:
    x: float
    width: float             # 0 for a dot; the band's width for a period or an edge compartment
    y: float
    href: str                # "#event-id" of the first event it holds (or "archive/....html#event-id")
    label: str               # accessible name: date and headline, or how many events and which
    kind: str                # "day" | "cluster" (several nearby days) | "band" (a period) | "edge"
    events: list[str] = field(default_factory=list)    # the element ids of the events it holds
    r: float = 6             # dot radius

    @property
    def count(self) -> int:
        return len(self.events)

    @property
    def text(self) -> str:
        """The number a cluster shows: "7", "312", "12k" (its accessible name gives the exact count)."""
        n = self.count
        return str(n) if n < 1000 else f"{n // 1000}k"


@dataclass
class Lane:
    label: str
    y: float
    marks: list[Mark] = field(default_factory=list)
    name: str = ""           # the full name when the label had to be shortened


@dataclass
class Edge:
    """A compartment at the edge of the strip for vague periods outside the days' range."""
    x: float
    width: float
    label: str
    side: str                # "before" | "after"


@dataclass
class Overview:
    width: int
    height: int
    left: int                # x where the time axis starts (after the lane labels and edge compartments)
    right: int
    axis_y: int
    unit: str                # "day" | "month" | "year"
    start: dt.date
    end: dt.date
    lanes: list[Lane]
    ticks: list[Tick]
    caption: str
    compact: bool = False
    edges: list[Edge] = field(default_factory=list)
    breaks: list[float] = field(default_factory=list)    # x of each break in the axis
    hit: float = 14.0        # radius of every mark's target
    legend: list[str] = field(default_factory=list)      # the kinds of mark drawn, in legend order
    rail_spans: list[tuple[float, float]] = field(default_factory=list)
    listed: bool = True      # the events are listed on the same page (marks link to #event-..., the filter
                             # script follows them); else the marks link to the events' archive pages
    scale: float = 1.0       # viewBox units a day, from x(start) = left + hit: for brushing in filter.js


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    return (cut[:cut.rfind(" ")] if " " in cut[limit // 2:] else cut).rstrip() + "…"


def _month_add(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _ticks(start: dt.date, end: dt.date, unit: str, x, most: int = 14) -> list[Tick]:
    """Axis ticks, labelled at most about `most` times."""
    ticks: list[Tick] = []
    span = (end - start).days
    if unit == "day":
        step = next((s for s in (1, 2, 7, 14) if span / s <= most), 14)
        d, named = start, False
        while d <= end:
            last_of_month = calendar.monthrange(d.year, d.month)[1]
            if d.day == 1 or ((d.day - 1) % step == 0 and last_of_month - d.day >= max(2, step // 2)):
                # The first label and each month's first day name the month; the rest are bare numbers.
                label = f"{d.day} {calendar.month_abbr[d.month]}" if d.day == 1 or not named else str(d.day)
                ticks.append(Tick(x(d), label, d.day == 1 or not named))
                named = True
            d += dt.timedelta(days=1)
    elif unit == "month":
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        step = next((s for s in (1, 2, 3, 6, 12) if months / s <= most), 12)
        d = dt.date(start.year, start.month, 1)
        while d <= end:
            if (d.month - 1) % step == 0:
                first = d.month == 1 or d == dt.date(start.year, start.month, 1)
                label = f"{calendar.month_abbr[d.month]} {d.year}" if first else calendar.month_abbr[d.month]
                ticks.append(Tick(x(d), label, first))
            d = _month_add(d, 1)
    else:
        years = end.year - start.year + 1
        step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if years / s <= most - 2), 100)
        for year in range(start.year, end.year + 1):
            if year % step == 0 or year == start.year:
                ticks.append(Tick(x(dt.date(year, 1, 1)), str(year), year % (step * 5) == 0 or year == start.year))
    return ticks


def _period(e: Event) -> tuple[dt.date, dt.date]:
    return e.date.first_day, (e.end or e.date).last_day


def _edge_label(periods: list[PartialDate]) -> str:
    """A compartment's label: its period ("Nov 2016", "2016"), or the years its periods cover."""
    first, last = periods[0], periods[-1]
    if first == last:
        return f"{calendar.month_abbr[first.month]} {first.year}" if first.month else str(first.year)
    return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"


def lane_order(events: list[Event], actors: dict[str, Entity]) -> list[str]:
    """Actors by significance: each of an actor's events counts as many times as it is cited (at least
    once), so an actor in well-reported events comes before one in a single passing mention; ties go to
    the actor who appears first in the timeline, and among the actors of one event to the one named first
    (the extractor names the subject first). Never the alphabet."""
    weight: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for i, e in enumerate(events):
        for k, a in enumerate(dict.fromkeys(e.actors)):
            if a in actors:
                weight[a] = weight.get(a, 0) + max(1, len(e.sources))
                first.setdefault(a, (i, k))
    return sorted(weight, key=lambda a: (-weight[a], first[a]))


def _clusters(marks: list[Mark], gap: float, compact: bool) -> list[Mark]:
    """Dots whose targets would overlap become one mark holding them all, at their mean position: marks are
    taken left to right, and the last two are merged while their centres are closer than `gap`. A dot kept
    alone stays exactly on its day."""
    stack: list[tuple[list[Mark], float]] = []      # (marks, the sum of their x): centres in constant time

    def centre(item: tuple[list[Mark], float]) -> float:
        return item[1] / len(item[0])

    for mark in sorted(marks, key=lambda m: m.x):
        stack.append(([mark], mark.x))
        while len(stack) > 1 and centre(stack[-1]) - centre(stack[-2]) < gap:
            top, below = stack.pop(), stack.pop()
            below[0].extend(top[0])
            stack.append((below[0], below[1] + top[1]))
    out: list[Mark] = []
    for group, total in stack:
        if len(group) == 1:
            out.append(group[0])
            continue
        titles = [m.label for m in group]
        shown = "; ".join(titles[:4]) + (f"; and {len(titles) - 4} more" if len(titles) > 4 else "")
        mark = Mark(round(total / len(group), 1), 0, group[0].y, group[0].href, f"{len(group)} events: {shown}",
                    "cluster", [ev for m in group for ev in m.events])
        # Wide enough for its number (up to three characters: "999", "12k"), inside its target.
        mark.r = {1: 9.0, 2: 10.0}.get(len(mark.text), 12.5) + (1.5 if compact else 0)
        out.append(mark)
    return out


def overview(events: list[Event], actors: dict[str, Entity], max_lanes: int = 6, width: int = 960,
             compact: bool = False) -> Overview | None:
    """A lane per significant actor (see lane_order; the rest share 'Others'), a mark per event in each of
    its lanes, on a scale chosen by the days' span: days for weeks, months for a few years, years beyond.

    `compact` is the phone layout: lane names above their lanes instead of beside them, so the whole
    span fits a narrow screen at a readable size."""
    dated = [e for e in events if e.date is not None]
    if not dated:
        return None
    # The axis covers the events known to the day (and periods given to the day); vaguer ones inside that
    # range are bands in place, those reaching outside it go to the edge compartments.
    # Each event's period worked out once (id -> (first day, last day)): asked of every event several times.
    period = {id(e): _period(e) for e in dated}
    exact = [e for e in dated if e.date.precision == "day" and (e.end is None or e.end.precision == "day")]
    if exact:
        first = min(period[id(e)][0] for e in exact)
        last = max(period[id(e)][1] for e in exact)
    else:
        first, last = min(p[0] for p in period.values()), max(p[1] for p in period.values())
    inside = [e for e in dated if first <= period[id(e)][0] and period[id(e)][1] <= last]
    placed = {id(e) for e in inside}    # a set: "e not in inside" compared whole events, n² times
    before = [e for e in dated if id(e) not in placed and period[id(e)][0] < first]
    after = [e for e in dated if id(e) not in placed and period[id(e)][0] >= first]
    span = (last - first).days
    if span <= 62:
        unit, start, end = "day", (first - dt.timedelta(days=1) if first > dt.date.min else first), last + dt.timedelta(days=2)
    elif span <= 3 * 366:
        unit, start, end = "month", dt.date(first.year, first.month, 1), _month_add(last, 1)
    else:
        unit, start, end = "year", dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1)

    ranked = lane_order(dated, actors)
    lane_ids = ranked[:max_lanes] if len(ranked) <= max_lanes else ranked[:max_lanes - 1]
    hit = HIT[compact]
    lane_h = max(44 if compact else 34, round(2 * hit + 6))
    axis_y, outer_left, outer_right = (30, 10, width - 10) if compact else (30, 190, width - 16)
    first_y = axis_y + 14 + lane_h / 2 + (6 if compact else 0)
    lanes = [Lane(actors[a].name, first_y + i * lane_h, name=actors[a].name) for i, a in enumerate(lane_ids)]
    others = Lane("Others", first_y + len(lanes) * lane_h)

    # Edge compartments, each a slot of fixed width, then a gap for the break in the axis.
    def periods(side: list[Event]) -> list[list[Event]]:
        by: dict[PartialDate, list[Event]] = {}
        for e in sorted(side, key=lambda e: e.sort_key):
            by.setdefault(e.date, []).append(e)
        groups = list(by.values())
        return groups if len(groups) <= MAX_EDGES else [[e for g in groups for e in g]]

    slot, gap = EDGE_SLOT[compact], 14
    left, right = outer_left, outer_right
    edges: list[Edge] = []
    edge_events: list[tuple[Edge, list[Event]]] = []
    breaks: list[float] = []
    rail_spans: list[tuple[float, float]] = []
    for group in periods(before):
        edge = Edge(left, slot - 6, _edge_label([e.date for e in group]), "before")
        edges.append(edge)
        edge_events.append((edge, group))
        rail_spans.append((left, left + slot - 6))
        left += slot
    if edges:
        left += gap
        breaks.append(left - gap / 2 - 3)
    after_groups = periods(after)
    for group in reversed(after_groups):
        right -= slot
        edge = Edge(right + 6, slot - 6, _edge_label([e.date for e in group]), "after")
        edges.append(edge)
        edge_events.append((edge, group))
        rail_spans.append((right + 6, right + slot))
    if after_groups:
        right -= gap
        breaks.append(right + gap / 2 + 3)
    rail_spans.append((left, right))
    # Lane names: beside the lanes on a wide screen; above the days' part of each lane on a phone, clear of
    # the edge boxes, at about 8.5 units a character.
    for lane in lanes:
        lane.label = _shorten(lane.name, max(12, int((right - left) / 8.5)) if compact else 20)
    # Keep room at the ends of the days' axis for half a target, so no mark hangs over an edge.
    scale = (right - left - 2 * hit) / max(1, (end - start).days)

    def x(d: dt.date) -> float:
        return round(left + hit + (d - start).days * scale, 1)

    index = {a: i for i, a in enumerate(lane_ids)}
    listed = home_lists_every_event(events)

    def link(e: Event) -> str:
        return ("" if listed else archive_path(e)) + "#" + event_anchor(e.id)

    def targets(e: Event) -> list[Lane]:
        return [lanes[i] for i in sorted({index[a] for a in e.actors if a in index})] or [others]

    dots: dict[int, list[Mark]] = {}
    kinds: set[str] = set()
    day = dt.timedelta(days=1)
    for e in inside:
        label, href = f"{period_display(e)}: {e.title}", link(e)
        begin, stop = period[id(e)]
        x1, x2 = x(begin), x(stop + day)
        for lane in targets(e):
            if e.date.precision == "day" and not e.end:
                dots.setdefault(id(lane), []).append(
                    Mark(round((x1 + x2) / 2, 1), 0, lane.y, href, label, "day", [event_anchor(e.id)]))
            else:
                lane.marks.append(Mark(x1, max(8.0, round(x2 - x1, 1)), lane.y, href, label, "band",
                                       [event_anchor(e.id)]))
                kinds.add("band")
    for edge, group in edge_events:
        for lane in lanes + [others]:
            held = [e for e in group if lane in targets(e)]
            if not held:
                continue
            names = "; ".join(f"{period_display(e)}: {e.title}" for e in held[:4])
            label = names if len(held) == 1 else f"{len(held)} events: {names}" + (
                f"; and {len(held) - 4} more" if len(held) > 4 else "")
            lane.marks.append(Mark(edge.x, edge.width, lane.y, link(held[0]), label, "edge",
                                   [event_anchor(e.id) for e in held]))
            kinds.add("edge")
    for lane in lanes + [others]:
        for mark in _clusters(dots.get(id(lane), []), 2 * hit, compact):
            lane.marks.append(mark)
            kinds.add(mark.kind)
        lane.marks.sort(key=lambda m: (m.kind != "edge", m.kind != "band", m.x))   # bands under the dots
    if others.marks:
        lanes.append(others)
    height = int(first_y - lane_h / 2 + len(lanes) * lane_h + 10)

    def plural(n: int, what: str) -> str:
        return f"{n} {what}{'s' if n != 1 else ''}"

    vague = len(before) + len(after)
    caption = (f"{plural(len(dated), 'dated event')}"
               + (f", {len(inside)} of them" if vague else "")
               + f" from {PartialDate(first.year, first.month, first.day).display} "
               f"to {PartialDate(last.year, last.month, last.day).display}"
               + (f"; {plural(vague, 'event')} known only to the month or year, in the boxes at the edge"
                  if vague else "")
               + (f"; {plural(len(events) - len(dated), 'undated event')} listed at the end"
                  if len(events) > len(dated) else ""))
    ticks = _ticks(start, end - dt.timedelta(days=1), unit, x, most=6 if compact else 14)
    for t in ticks:
        room = 3.5 * len(t.label) + 4     # half a label, about
        t.anchor = "start" if t.x - room < left - hit else "end" if t.x + room > right + hit else "middle"
    legend = [k for k in ("day", "cluster", "band", "edge") if k in kinds]
    return Overview(width, height, left, right, axis_y, unit, start, end, lanes, ticks, caption, compact,
                    edges, breaks, hit, legend, rail_spans, listed, scale)
