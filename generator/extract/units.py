"""What the extraction stages pass along: a unit (one happening or statement found in a sentence, before it
becomes an EventDraft) and the reading context of one article (persons met, the day the text is about).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..seeds import Article
from .entities import Mention, Registry
from .sentences import Sentence


@dataclass
class _Unit:
    kind: str                          # "event" | "statement"
    para: int
    sent: Sentence
    title: str
    date: str = ""
    date_text: str = ""
    date_basis: str = ""
    state: str = "dated"               # dated | undated | bare (said, no day) | meanwhile
    speaker: str = ""                  # actor slug of a statement
    speaker_short: str = ""
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    quote: str = ""
    clause: str = "main"               # the kind of clause dated: main, sub, rel, part, coord, ger, opener


@dataclass
class _Ctx:
    article: Article
    reg: Registry
    persons: list[str] = field(default_factory=list)   # persons met, most recent last
    last_speaker: str = ""
    recent_sents: list[list[Mention]] = field(default_factory=list)   # actors named in each earlier sentence
    last_day: str = ""                 # the day the last sentence with a dated main clause was about
    day_sent: bool = False             # whether the sentence just before gave last_day
    one_day: bool = False              # ... and named no other date: "the next day" after it can only count from it
    para_days: list[str] = field(default_factory=list)   # the days the sentences of the paragraph so far were about
    last_gathering: str = ""           # "talks": the happening the sentence just before was about, for "They were ..."
    prev_text: str = ""                # the sentence just before (this paragraph's or the last one's), for a pronoun
    prev_mentions: list[Mention] = field(default_factory=list)   # ... and the names found in it
    weekdays: dict[str, set[str]] = field(default_factory=dict)   # "thursday" → the days the article's "on Thursday" meant
