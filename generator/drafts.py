"""What extraction proposes, before it becomes content files: plain data, no I/O."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CitationDraft:
    source: str          # source id (content/sources/<id>.md)
    paragraph: int       # 1-based paragraph of that article
    quote: str           # the sentence, exactly as in the paragraph


@dataclass
class EventDraft:
    title: str                       # short headline in plain words: who did what
    date: str                        # YYYY, YYYY-MM, YYYY-MM-DD, or "" when it cannot be resolved
    date_text: str                   # the article's words that date it ("on Friday")
    date_basis: str                  # how the date was derived, for readers
    actors: list[str] = field(default_factory=list)    # actor slugs
    places: list[str] = field(default_factory=list)    # place slugs
    tags: list[str] = field(default_factory=list)      # tag slugs
    sources: list[CitationDraft] = field(default_factory=list)
    body: str = ""                   # Markdown: what happened in a sentence or two, quoting the source

    def meta(self) -> dict:
        """Front matter in the fixed key order of content/events/*.md."""
        return {
            "title": self.title, "date": self.date, "date_text": self.date_text, "date_basis": self.date_basis,
            "actors": list(self.actors), "places": list(self.places), "tags": list(self.tags),
            "sources": [{"source": c.source, "paragraph": c.paragraph, "quote": c.quote} for c in self.sources],
        }


@dataclass
class EntityDraft:
    kind: str                        # "actor" | "place" | "tag"
    slug: str
    name: str
    aliases: list[str] = field(default_factory=list)
    type: str = ""                   # person, organisation, country, city, region, ... ("" for tags)
    description: str = ""            # Markdown body

    def meta(self) -> dict:
        meta = {"name": self.name, "aliases": list(self.aliases)}
        if self.type:
            meta["type"] = self.type
        return meta


@dataclass
class Extraction:
    events: list[EventDraft]
    entities: list[EntityDraft]      # every actor, place and tag the events reference
