"""What extraction proposes, before it becomes content files: plain data, no I/O."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CitationDraft:
    source: str          # source id (content/sources/<id>.md)
    paragraph: int       # 1-based paragraph of that article
    quote: str           # the sentence, exactly as in the paragraph
    date: str = ""       # the date this report gives the happening (written when the event cites several reports)
    date_text: str = ""  # this report's own words for that date
    status: str = ""     # what this report says became of it: planned | postponed | cancelled ("" or held: not said)

    def meta(self, reports: bool = False, history: bool = False) -> dict:
        """The citation's front matter: source, paragraph, quote; with `reports` (an event citing several
        articles) also this report's date and its words for it; its status whenever it says more than held,
        and `held` too with `history` (another report of the event says planned, postponed or cancelled: the
        status history is every citation with a status, so a later report that it took place must say so)."""
        out = {"source": self.source, "paragraph": self.paragraph, "quote": self.quote}
        if reports and self.date:
            out["date"] = self.date
            if self.date_text:
                out["date_text"] = self.date_text
        if self.status and self.status != "held":
            out["status"] = self.status
        elif history:
            out["status"] = "held"
        return out


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
    status: str = "held"             # planned | held | postponed | cancelled: what the latest report says
    merge_basis: str = ""            # why several reports were taken as one happening ("" for one report)

    def meta(self) -> dict:
        """Front matter in the fixed key order of content/events/*.md. `status` only when not held and
        `merge_basis` only when set; a citation's own date only when the event cites several articles: the
        file of a held happening from one report has no key that adds nothing."""
        meta = {"title": self.title, "date": self.date, "date_text": self.date_text, "date_basis": self.date_basis}
        if self.status and self.status != "held":
            meta["status"] = self.status
        if self.merge_basis:
            meta["merge_basis"] = self.merge_basis
        reports = len({c.source for c in self.sources}) > 1
        history = reports and any(c.status not in ("", "held") for c in self.sources)
        meta.update({"actors": list(self.actors), "places": list(self.places), "tags": list(self.tags),
                     "sources": [c.meta(reports, history) for c in self.sources]})
        return meta


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
