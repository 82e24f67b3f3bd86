"""Derived data for the site: page paths, the timeline's month/day groups, archives, related events and
the overview strip's geometry. Pure functions of the model; no HTML here, so each part has a plain test.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from .model import Entity, Event, Model, PartialDate

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


def day_path(date: dt.date) -> str:
    return f"archive/{date.isoformat()}.html"


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


# ------------------------------------------------------------------------------------------------ groups
@dataclass
class DayGroup:
    key: str                 # anchor-safe: "2016-12-02", "2016-12" (day unknown), "undated"
    label: str
    datetime: str            # for <time datetime>, "" when undated
    events: list[Event] = field(default_factory=list)


@dataclass
class MonthGroup:
    key: str                 # "2016-12", "2016" (month unknown), "undated"
    label: str
    datetime: str
    days: list[DayGroup] = field(default_factory=list)

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
                days[dkey] = DayGroup("undated", "Not yet dated", "")
        else:
            mkey = (d.year, d.month)
            mdate = PartialDate(d.year, d.month)
            month = months.get(mkey) or MonthGroup(mdate.iso, mdate.display, mdate.iso)
            dkey = (d.year, d.month, d.day)
            if dkey not in days:
                if d.day:
                    days[dkey] = DayGroup(d.iso, weekday_display(d), d.iso)
                else:
                    days[dkey] = DayGroup(f"{d.iso}-undated-day",
                                          f"Some time in {d.display}" if d.month else f"Some time in {d.year}", d.iso)
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
    """A page per year, month and day that has events, in chronological order (a year before its months,
    a month before its days). A year page lists every event of the year, a month page every event of
    the month, including those known only to the year or month respectively."""
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
        if d.day:
            add((d.year, d.month, d.day), "day", day_path(d.first_day), d, weekday_display(d), event)
    return sorted(by.values(), key=lambda p: p.key)


def archive_tree(pages: list[ArchivePage]) -> list[tuple[ArchivePage, list[tuple[ArchivePage, list[ArchivePage]]]]]:
    """Years holding their months holding their days, for the archive index."""
    tree: list = []
    for page in pages:
        if page.kind == "year":
            tree.append((page, []))
        elif page.kind == "month":
            tree[-1][1].append((page, []))
        else:
            tree[-1][1][-1][1].append(page)
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


def related_events(model: Model, event: Event, limit: int = 5, window: int = 25,
                   positions: dict[tuple[str, str], dict[str, int]] | None = None,
                   index: RelatedIndex | None = None) -> list[Event]:
    """Events sharing actors or places with this one, best first: 3 points per shared actor, 2 per place,
    1 per tag, 2 for a date within two days (1 within a week); then nearer dates, then the id.

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
    return [candidates[t[2]] for t in scored[:limit]]


# ------------------------------------------------------------------------------------------------ overview
@dataclass
class Tick:
    x: float
    label: str
    major: bool
    anchor: str = "middle"   # "start"/"end" near the edges, so a label is never cut off


@dataclass
class Mark:
    x: float
    width: float             # 0 for a day (drawn as a dot); the span's width for month/year/ranges
    y: float
    href: str                # "#event-id"
    label: str               # accessible name: date and headline
    precision: str
    clipped: bool = False    # the period runs past the strip's edge
    r: float = 6             # dot radius; smaller when several share a day


@dataclass
class Lane:
    label: str
    y: float
    marks: list[Mark] = field(default_factory=list)
    name: str = ""           # the full name when the label had to be shortened


@dataclass
class Overview:
    width: int
    height: int
    left: int                # x where the time axis starts (after the lane labels)
    right: int
    axis_y: int
    unit: str                # "day" | "month" | "year"
    start: dt.date
    end: dt.date
    lanes: list[Lane]
    ticks: list[Tick]
    caption: str
    compact: bool = False


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


def _span(dated: list[Event]) -> tuple[dt.date, dt.date]:
    """The dates the strip covers. Events known to the day set it; a vaguer event ("2016") whose period
    holds all of those is drawn across the strip rather than stretching a two-week story to a year."""
    exact = [e for e in dated if e.date.precision == "day"] or dated
    first = min(_period(e)[0] for e in exact)
    last = max(_period(e)[1] for e in exact)
    for e in dated:
        start, stop = _period(e)
        if not (start <= first and stop >= last):
            first, last = min(first, start), max(last, stop)
    return first, last


def overview(events: list[Event], actors: dict[str, Entity], max_lanes: int = 6, width: int = 960,
             compact: bool = False) -> Overview | None:
    """A lane per busy actor (the rest share 'Others'), a mark per event in each of its lanes, on a
    scale chosen by the span: days for weeks, months for a few years, years beyond.

    `compact` is the phone layout: lane names above their lanes instead of beside them, so the whole
    span fits a narrow screen at a readable size."""
    dated = [e for e in events if e.date is not None]
    if not dated:
        return None
    first, last = _span(dated)
    span = (last - first).days
    if span <= 62:
        unit, start, end = "day", (first - dt.timedelta(days=1) if first > dt.date.min else first), last + dt.timedelta(days=2)
    elif span <= 3 * 366:
        unit, start, end = "month", dt.date(first.year, first.month, 1), _month_add(last, 1)
    else:
        unit, start, end = "year", dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1)

    counts: dict[str, int] = {}
    for e in dated:
        for a in dict.fromkeys(e.actors):
            if a in actors:
                counts[a] = counts.get(a, 0) + 1
    ranked = sorted(counts, key=lambda a: (-counts[a], actors[a].name.lower(), a))
    lane_ids = ranked[:max_lanes] if len(ranked) <= max_lanes else ranked[:max_lanes - 1]
    lane_h, axis_y, left, right = (44, 30, 10, width - 10) if compact else (34, 30, 190, width - 16)
    first_y = axis_y + 14 + lane_h / 2 + (6 if compact else 0)
    lanes = [Lane(_shorten(actors[a].name, 40 if compact else 20), first_y + i * lane_h, name=actors[a].name)
             for i, a in enumerate(lane_ids)]
    others = Lane("Others", first_y + len(lanes) * lane_h)
    scale = (right - left) / max(1, (end - start).days)

    def x(d: dt.date) -> float:
        return round(left + (d - start).days * scale, 1)

    index = {a: i for i, a in enumerate(lane_ids)}
    for e in dated:
        in_lanes = sorted({index[a] for a in e.actors if a in index})
        targets = [lanes[i] for i in in_lanes] or [others]
        stop = (e.end or e.date).last_day + dt.timedelta(days=1)
        x1, x2 = max(left, x(e.date.first_day)), min(right, x(stop))   # clipped when it outlasts the strip
        label, href = f"{period_display(e)}: {e.title}", "#" + event_anchor(e.id)
        for lane in targets:
            if e.date.precision == "day" and not e.end:
                lane.marks.append(Mark(round((x1 + x2) / 2, 1), 0, lane.y, href, label, "day"))
            else:
                lane.marks.append(Mark(x1, max(4.0, round(x2 - x1, 1)), lane.y, href, label,
                                       e.date.precision if not e.end else "range",
                                       clipped=e.date.first_day < start or stop > end))
    # Several events on one day in one lane: fan the dots out vertically so each stays visible and clickable.
    for lane in lanes + [others]:
        same: dict[float, list[Mark]] = {}
        for mark in lane.marks:
            if mark.width == 0:
                same.setdefault(mark.x, []).append(mark)
        for marks in same.values():
            n = len(marks)
            if n > 1:
                spacing = min(11.0, 24.0 / (n - 1))
                for k, mark in enumerate(marks):
                    mark.y = round(lane.y + (k - (n - 1) / 2) * spacing, 1)
                    mark.r = round(min(5.0, spacing / 2 - .5), 1)
    if others.marks:
        lanes.append(others)
    height = int(first_y - lane_h / 2 + len(lanes) * lane_h + 10)
    caption = (f"{len(dated)} dated events from {PartialDate(first.year, first.month, first.day).display} "
               f"to {PartialDate(last.year, last.month, last.day).display}"
               + (f"; {len(events) - len(dated)} undated event{'s' if len(events) - len(dated) != 1 else ''} "
                  "listed at the end" if len(events) > len(dated) else ""))
    ticks = _ticks(start, end - dt.timedelta(days=1), unit, x, most=6 if compact else 14)
    for t in ticks:
        t.anchor = "start" if t.x - 24 < (0 if compact else left - 20) else "end" if t.x + 24 > width else "middle"
    return Overview(width, height, left, right, axis_y, unit, start, end, lanes, ticks, caption, compact)
