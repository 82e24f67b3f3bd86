"""Shared by the extraction tests: invented articles as the extractor sees them, and a readable dump."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.seeds import Article


def wire_article(name: str, published: dt.date | None, text: str) -> Article:
    """An article with one paragraph per non-empty line, as a wire service would file it."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return Article(seed=f"{name}.txt", path=Path(f"{name}.txt"), text=text, paragraphs=paragraphs, id=name,
                   published=published, outlet="Wire", title=name)


def titles(text: str, published: dt.date | None, outlet: str = "Wire") -> list[tuple[str, str]]:
    """(date, title) of each event extracted from one article with that text."""
    from generator.extract import extract

    art = wire_article("story", published, text)
    art.outlet = outlet
    return [(e.date, e.title) for e in extract([art], []).events]


def show(events) -> str:
    """One line per event: date | title | dating words | cited paragraphs (for assertion messages)."""
    return "\n".join(f"  {e.date or '-'} | {e.title} | {e.date_text} | {[c.paragraph for c in e.sources]}"
                     for e in events)


def extract_each(cases: dict, merged: bool = True) -> dict:
    """{name: (published, text, required, optional)} -> {name: the events extracted from that one article}.
    With merged=False, the sentence's own happenings, before merging.py joins reports of one happening."""
    from generator.extract import extract, merging

    keep = merging.merge
    if not merged:
        merging.merge = lambda evs, entities=None, articles=None: evs
    try:
        return {name: extract([wire_article(name, pub, text)], []).events
                for name, (pub, text, _, _) in cases.items()}
    finally:
        merging.merge = keep


def _matches(ev, date: str, words: list[str]) -> bool:
    return ev.date == date and all(w.lower() in ev.title.lower() for w in words)


def assert_events(events, required, optional=()) -> None:
    """Each (date, title words) in `required` is an event of its own (two happenings are never one event citing
    both), and every event is required or `optional`."""
    free = list(events)
    for date, words in required:
        hit = next((e for e in free if _matches(e, date, words)), None)
        assert hit is not None, f"no event {date!r} {words}:\n{show(events)}"
        free.remove(hit)
    for e in events:
        assert any(_matches(e, d, w) for d, w in list(required) + list(optional)), \
            f"unexpected event:\n{show([e])}\nall:\n{show(events)}"
