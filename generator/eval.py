"""`python -m generator eval GOLD.yaml ...`: score the events in content/ against hand-made gold files.

A gold file maps a seed file name to the dated happenings a careful editor would put on a timeline:

    some_article.txt:
    - date: '2016-12-02'          # YYYY, YYYY-MM or YYYY-MM-DD: the precision the text allows
      expression: on Friday
      event: Kerry hands Russia a new US plan for Aleppo
      quote: Kerry delivered a new plan for an Aleppo settlement to the Russians on Friday

An entry may also carry `happening: geneva-talks`: the same name in the entries of one happening that several
articles report (in one gold file or several). eval then also prints merges: for each such name, whether one
event stands for all its entries (cites each entry's quote at that entry's date: a sentence may tell several
happenings, each an event of its own date), how many events lump two gold happenings (stand for entries of two
different names, or of an entry without a name), and how many events the scored articles gave per gold happening.

A gold happening is dated right when some event cites that seed's source with a quote containing the gold
quote and has exactly the gold date, or that citation gives exactly the gold date (an event citing several
reports keeps the date each report gives on its citation). A finer date than the gold (a day for "in
November") is a guess the text does not allow, so it counts as wrong like any other date. The events are read
from content/ as they are now, hand edits included, so a newsroom can also score its edited timeline.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import frontmatter
from .config import Project
from .model import Event, PartialDate
from .text import normalize

GOLD_KEYS = ("date", "expression", "event", "quote")
OPTIONAL_KEYS = ("happening",)     # a name shared by the entries of one happening told by several articles


class GoldError(Exception):
    """One 'GOLD.yaml:line: error: message — what to do' line."""


@dataclass
class Happening:
    seed: str
    date: str
    expression: str
    event: str
    quote: str
    gold_file: str
    line: int
    key: str = ""           # `happening:` — the same name in several entries: one happening, several reports

    @property
    def identity(self) -> str:
        """Which happening this is: its `happening:` key, else this entry alone."""
        return self.key or f"{self.gold_file}:{self.line}"


@dataclass
class Miss:
    happening: Happening
    got: list[str]          # the dates of the events citing the quote ("undated" for an empty date)


@dataclass
class ArticleScore:
    seed: str
    source: str | None
    gold: int = 0
    right: int = 0
    events: int = 0         # events citing this article
    misses: list[Miss] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def events_per_gold(self) -> float:
        return self.events / self.gold if self.gold else 0.0


# --------------------------------------------------------------------------------------------- gold files
def _node_lines(node) -> dict[str, tuple[int, list[tuple[int, dict[str, int]]]]]:
    """seed -> (line of the key, [(line of each item, {field: line})]), from the composed gold file."""
    out: dict[str, tuple[int, list[tuple[int, dict[str, int]]]]] = {}
    if not isinstance(node, yaml.MappingNode):
        return out
    for key, value in node.value:
        items = []
        if isinstance(value, yaml.SequenceNode):
            for item in value.value:
                fields = {}
                if isinstance(item, yaml.MappingNode):
                    fields = {str(k.value): k.start_mark.line + 1 for k, _ in item.value}
                items.append((item.start_mark.line + 1, fields))
        out.setdefault(str(key.value), (key.start_mark.line + 1, items))
    return out


def _duplicate_key(node) -> tuple[str, int] | None:
    """The first seed named twice at the top level: YAML would silently keep only the last list."""
    seen: set[str] = set()
    if isinstance(node, yaml.MappingNode):
        for key, _ in node.value:
            if str(key.value) in seen:
                return str(key.value), key.start_mark.line + 1
            seen.add(str(key.value))
    return None


def read_gold(path: Path, shown: str, seeds: Path) -> list[Happening]:
    """The happenings of one gold file. Raises GoldError at the first problem, naming its line."""
    def fail(line: int, message: str) -> GoldError:
        return GoldError(f"{shown}:{line}: error: {message}")

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise fail(1, f"not UTF-8 at byte {exc.start} — save the file as UTF-8") from None
    except OSError as exc:
        raise GoldError(f"{shown}: error: cannot read: {exc.strerror or exc} — check the path") from None
    try:
        node, data = frontmatter.read_yaml(text)
    except frontmatter.YAMLProblem as exc:
        raise fail(exc.line, f"{exc.message} — {exc.fix or 'fix that line'}") from None
    if data is None:
        raise fail(1, "the gold file is empty — write 'seed_file.txt:' then a list of happenings, each with "
                      "date, expression, event and quote")
    if not isinstance(data, dict):
        raise fail(1, "a gold file must be a mapping of seed file names to lists of happenings — start a "
                      "line with 'seed_file.txt:'")
    duplicate = _duplicate_key(node)
    if duplicate:
        raise fail(duplicate[1], f"{duplicate[0]!r} is listed twice — put all its happenings under one key")
    lines = _node_lines(node)
    out: list[Happening] = []
    for seed, items in data.items():
        seed_line, item_lines = lines.get(str(seed), (1, []))
        seed = str(seed)
        seed_path = seeds / seed
        if "/" in seed or "\\" in seed or not seed_path.is_file():
            raise fail(seed_line, f"no seed {seed!r} in {seeds.name}/ — use the name of a file in the seeds "
                                  f"folder (as 'article.txt')")
        if not isinstance(items, list):
            raise fail(seed_line, f"{seed!r} must hold a list of happenings — write each on a line starting "
                                  f"'- date: ...'")
        article = normalize(seed_path.read_text(encoding="utf-8", errors="replace"))
        for i, item in enumerate(items):
            item_line, field_lines = item_lines[i] if i < len(item_lines) else (seed_line, {})
            if not isinstance(item, dict):
                raise fail(item_line, "a happening must be a mapping with date, expression, event and quote — "
                                      "write '- date: ...' then the other keys indented below it")
            for key in item:
                if key not in GOLD_KEYS + OPTIONAL_KEYS:
                    raise fail(field_lines.get(str(key), item_line),
                               f"unknown key {key!r} — a happening has only {', '.join(GOLD_KEYS + OPTIONAL_KEYS)}")
            shared = item.get("happening")
            if "happening" in item and (not isinstance(shared, (str, int)) or isinstance(shared, bool)
                                        or not str(shared).strip()):
                raise fail(field_lines.get("happening", item_line),
                           "happening must be a name (text), the same in every entry of one happening — "
                           "write 'happening: geneva-talks', say, or remove it")
            for key in GOLD_KEYS:
                value = item.get(key)
                if key not in item or value is None or (isinstance(value, str) and not value.strip()):
                    raise fail(field_lines.get(key, item_line), f"the happening has no {key} — add "
                                                                f"'{key}: ...'")
                if key == "date" and isinstance(value, int) and not isinstance(value, bool):
                    continue            # an unquoted year reads as a number
                if not isinstance(value, str):
                    raise fail(field_lines.get(key, item_line), f"{key} must be text — put the value in quotes")
            date = str(item["date"]).strip()
            try:
                PartialDate.parse(date)
            except ValueError as exc:
                raise fail(field_lines.get("date", item_line), f"{exc} — give the precision the text allows, "
                                                               f"in quotes ('2016-12-02', '2016-12', '2016')")
            if len(date) not in (4, 7, 10):
                raise fail(field_lines.get("date", item_line), f"{date!r} is not YYYY, YYYY-MM or YYYY-MM-DD "
                                                               f"— write the month and day with two digits")
            quote = normalize(item["quote"])
            if quote not in article:
                raise fail(field_lines.get("quote", item_line), f"the quote is not in {seed} — copy the words "
                                                                f"exactly as the article has them, from one sentence")
            out.append(Happening(seed, date, str(item["expression"]), str(item["event"]), quote, shown,
                                 item_line, str(shared).strip() if "happening" in item else ""))
    return out


def _resolve(gold: str, project: Project) -> tuple[Path, str]:
    """A gold path as given (relative to the current folder), else inside the project folder."""
    given = Path(gold)
    if not given.is_file() and not given.is_absolute() and (project.root / given).is_file():
        return project.root / given, gold
    return given, gold


# ------------------------------------------------------------------------------------------------ scoring
def _source_of_seed(project: Project, model) -> dict[str, str]:
    """seed file name -> source id: the sources' own `seed:` key first (it travels with hand-made sources),
    then the ingest manifest for a source whose key was removed."""
    out: dict[str, str] = {}
    for source in model.sources.values():
        if source.seed:
            out.setdefault(source.seed, source.id)
    manifest = project.content / ".ingest-manifest.json"
    try:
        seeds = json.loads(manifest.read_text(encoding="utf-8")).get("seeds", {})
    except (OSError, ValueError, AttributeError):
        seeds = {}
    if isinstance(seeds, dict):
        for seed, entry in seeds.items():
            source = entry.get("source") if isinstance(entry, dict) else None
            if isinstance(source, str) and source in model.sources:
                out.setdefault(seed, source)
    return out


def score(happenings: list[Happening], events: list[Event], source_of_seed: dict[str, str]
          ) -> list[ArticleScore]:
    """One score per seed, in the order the gold files name them."""
    articles: dict[str, ArticleScore] = {}
    cites: dict[str, list[tuple[str, Event]]] = {}      # source id -> (normalised quote, event)
    for event in events:
        for citation in event.sources:
            cites.setdefault(citation.source, []).append((normalize(citation.quote), event))
    for h in happenings:
        source = source_of_seed.get(h.seed)
        article = articles.get(h.seed)
        if article is None:
            article = articles[h.seed] = ArticleScore(h.seed, source)
            if source is not None:
                article.events = len({id(e) for _, e in cites.get(source, [])})
        article.gold += 1
        citing = {id(e): e for quote, e in cites.get(source, []) if h.quote in quote} if source else {}
        dates = [e.date.iso if e.date else "undated" for e in citing.values()]
        # A report's own date on its citation is the date that report gives (see _stands_for).
        dates += [c.date.iso for e in citing.values() for c in e.sources
                  if c.date and c.source == source and h.quote in normalize(c.quote)]
        if h.date in dates:
            article.right += 1
        else:
            article.misses.append(Miss(h, sorted(set(dates))))
    return list(articles.values())


@dataclass
class Merges:
    """One event per happening: for each `happening:` key named by two or more gold entries, the events that
    stand for each entry; the events that stand for two different gold happenings; and how many events the
    scored articles gave for how many gold happenings."""
    shared: dict[str, list[Happening]] = field(default_factory=dict)   # key -> its entries (2 or more)
    one_event: dict[str, str] = field(default_factory=dict)            # key -> the event standing for them all
    split: dict[str, list[list[str]]] = field(default_factory=dict)    # key -> per entry, the events standing for it
    lumps: dict[str, list[str]] = field(default_factory=dict)          # event id -> the happenings it stands for
    gathered: dict[str, int] = field(default_factory=dict)             # key -> most of its entries one event holds
    events: int = 0             # events citing a scored article
    happenings: int = 0         # gold happenings (an entry, or all the entries of one `happening:` key)

    @property
    def merged(self) -> int:
        return len(self.one_event)

    @property
    def per_happening(self) -> float:
        return self.events / self.happenings if self.happenings else 0.0


def _agree(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _stands_for(h: Happening, event: Event, source: str | None) -> bool | None:
    """Whether the event stands for the gold entry: True when it cites the entry's quote at the entry's date,
    False when it cites it at another date (another happening of the same sentence, or a wrong date), None
    when it does not cite it. The date is the one the citation gives, else the event's: an event citing
    several reports keeps each report's own date on its citation (the day one agency gives, the month another
    does, the days of a dispute), and that is the date this report gave the happening."""
    dates = [c.date.iso if c.date else event.date.iso if event.date else ""
             for c in event.sources if c.source == source and h.quote in normalize(c.quote)]
    return h.date in dates if dates else None


def merges(happenings: list[Happening], events: list[Event], source_of_seed: dict[str, str]) -> Merges:
    """Which gold happenings told by several reports became one event, and which events lump two.

    A gold entry becomes the event that cites its seed's source with a quote containing the entry's quote, at
    the entry's date (see _stands_for): a sentence can tell several happenings, each its own event of its own
    date, and only the one of the entry's date is the entry's. A key's entries became one event when one event
    stands for all of them. An event lumps two happenings when it stands for entries of two different
    happenings (different keys, or an entry without a key); a dated event no entry's date matches lumps when
    the gold dates of two different happenings it cites both agree with its date."""
    out = Merges()
    standing: dict[int, list[str]] = {}        # index of the entry -> ids of the events standing for it
    quoting: dict[int, list[tuple[str, bool]]] = {}    # ... -> (id, at the entry's date) of the events citing it
    for i, h in enumerate(happenings):
        source = source_of_seed.get(h.seed)
        found = [(e.id, _stands_for(h, e, source)) for e in events] if source else []
        quoting[i] = [(event_id, bool(at)) for event_id, at in found if at is not None]
        standing[i] = [event_id for event_id, at in quoting[i] if at]
    by_key: dict[str, list[int]] = {}
    for i, h in enumerate(happenings):
        if h.key:
            by_key.setdefault(h.key, []).append(i)
    for key, members in by_key.items():
        if len(members) < 2:
            continue
        out.shared[key] = [happenings[i] for i in members]
        counts: dict[str, int] = {}
        for i in members:
            for event_id in set(standing[i]):
                counts[event_id] = counts.get(event_id, 0) + 1
        out.gathered[key] = max(counts.values(), default=0)
        common = set(standing[members[0]]).intersection(*(set(standing[i]) for i in members[1:]))
        if common:
            out.one_event[key] = sorted(common)[0]
        else:
            out.split[key] = [standing[i] for i in members]
    by_id = {e.id: e for e in events}
    cited: dict[str, list[tuple[Happening, bool]]] = {}
    for i, h in enumerate(happenings):
        for event_id, at in quoting[i]:
            cited.setdefault(event_id, []).append((h, at))
    for event_id, hs in sorted(cited.items()):
        event = by_id[event_id]
        date = event.date.iso if event.date else ""
        # The happenings the event stands for, else (a date no entry has) those whose date agrees with it. An
        # undated event stands for none: it is a miss of each, not a lump.
        mine = [h for h, at in hs if at] or [h for h, _ in hs if date and _agree(date, h.date)]
        ids = list(dict.fromkeys(h.identity for h in mine))
        if len(ids) > 1:
            out.lumps[event_id] = ids
    sources = {source_of_seed.get(h.seed) for h in happenings} - {None}
    out.events = sum(1 for e in events if any(c.source in sources for c in e.sources))
    out.happenings = len({h.identity for h in happenings})
    return out


def merges_text(m: Merges) -> list[str]:
    out = [f"merges: {m.merged}/{len(m.shared)} gold happenings told by several reports became one event; "
           f"{len(m.lumps)} event{'s' * (len(m.lumps) != 1)} lump{'s' * (len(m.lumps) == 1)} two or more gold "
           f"happenings; {m.events} events for {m.happenings} gold happenings ({m.per_happening:.2f} per happening)"]
    reports = sum(len(entries) for entries in m.shared.values())
    out.append(f"  {sum(m.gathered.values())}/{reports} of their reports are held by the event holding most of "
               f"their happening's reports")
    for key, entries in m.shared.items():
        if key in m.one_event:
            out.append(f"  one event {key}: {m.one_event[key]} cites all {len(entries)} reports")
        else:
            parts = [f"{h.seed}: {', '.join(ids) if ids else 'no event dated ' + h.date}"
                     for h, ids in zip(entries, m.split[key])]
            out.append(f"  split {key}: {'; '.join(parts)}")
    for event_id, ids in m.lumps.items():
        out.append(f"  lump {event_id}: {' + '.join(ids)}")
    return out


def merges_json(m: Merges) -> dict:
    return {"shared": len(m.shared), "one_event": m.merged, "lumps": len(m.lumps),
            "reports": sum(len(entries) for entries in m.shared.values()), "gathered": sum(m.gathered.values()),
            "events": m.events, "gold_happenings": m.happenings, "events_per_happening": round(m.per_happening, 3),
            "happenings": {key: {"event": m.one_event.get(key), "reports": [h.seed for h in entries],
                                 "split": m.split.get(key)} for key, entries in m.shared.items()},
            "lumping_events": m.lumps}


# ------------------------------------------------------------------------------------------------- output
def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:.1f}%" if total else "n/a"


def _totals(articles: list[ArticleScore]) -> dict:
    gold = sum(a.gold for a in articles)
    right = sum(a.right for a in articles)
    events = sum(a.events for a in articles)
    return {"gold": gold, "right": right, "share": round(right / gold, 4) if gold else 0.0, "events": events,
            "events_per_gold": round(events / gold, 3) if gold else 0.0}


def as_json(articles: list[ArticleScore]) -> dict:
    return {
        "articles": [{
            "seed": a.seed, "source": a.source, "gold": a.gold, "right": a.right, "share": round(a.share, 4),
            "events": a.events, "events_per_gold": round(a.events_per_gold, 3),
            "misses": [{"gold_file": m.happening.gold_file, "line": m.happening.line,
                        "expression": m.happening.expression, "wanted": m.happening.date, "got": m.got,
                        "event": m.happening.event, "quote": m.happening.quote} for m in a.misses],
        } for a in articles],
        "total": _totals(articles),
    }


def as_text(articles: list[ArticleScore]) -> list[str]:
    out = []
    for a in articles:
        where = f"source {a.source}" if a.source else "not ingested: no source in content/ names this seed"
        out.append(f"{a.seed}: {a.right}/{a.gold} dated right ({_pct(a.right, a.gold)}), {a.events} events, "
                   f"{a.events_per_gold:.2f} per gold happening ({where})")
        for m in a.misses:
            h = m.happening
            got = f"came out {', '.join(m.got)}" if m.got else "no event cites it"
            out.append(f"  miss {h.seed}: {h.expression!r} wanted {h.date}, {got} "
                       f"({h.gold_file}:{h.line}: {h.event})")
    t = _totals(articles)
    out.append(f"total: {t['right']}/{t['gold']} gold happenings dated right ({_pct(t['right'], t['gold'])}) in "
               f"{len(articles)} article{'s' * (len(articles) != 1)}; {t['events']} events, {t['events_per_gold']:.2f} per gold happening")
    return out


def run(project: Project, gold_files: list[str], as_json_output: bool = False, out=None, err=None) -> int:
    """The eval command: 0 scored, 1 content/ does not load, 2 a gold file is malformed."""
    import sys

    from .load import load

    out = out or sys.stdout
    err = err or sys.stderr
    happenings: list[Happening] = []
    try:
        for gold in gold_files:
            path, shown = _resolve(gold, project)
            happenings += read_gold(path, shown, project.seeds)
    except GoldError as exc:
        print(exc, file=err)
        return 2
    model, problems = load(project)
    if model is None:
        for p in problems:
            if p.severity == "error":
                print(p, file=err)
        print("error: content/ does not load, so it cannot be scored — fix the errors above (python -m "
              "generator check lists them)", file=err)
        return 1
    source_of_seed = _source_of_seed(project, model)
    articles = score(happenings, model.events, source_of_seed)
    merged = merges(happenings, model.events, source_of_seed)
    if as_json_output:
        out.write(json.dumps({**as_json(articles), "merges": merges_json(merged)}, ensure_ascii=False, indent=1)
                  + "\n")
    else:
        for line in as_text(articles) + (merges_text(merged) if any(h.key for h in happenings) else []):
            print(line, file=out)
    return 0
