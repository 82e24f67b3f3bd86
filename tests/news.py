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


def show(events) -> str:
    """One line per event: date | title | dating words | cited paragraphs (for assertion messages)."""
    return "\n".join(f"  {e.date or '-'} | {e.title} | {e.date_text} | {[c.paragraph for c in e.sources]}"
                     for e in events)
