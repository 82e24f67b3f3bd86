"""Events from English news articles: one dated, cited EventDraft per distinct happening.

The unit of analysis is the sentence (a photo caption is one sentence). A sentence yields
  * a statement, when it reports what someone said ("..., Lavrov said.", "According to Lavrov, ...",
    "He said ...", "X quoted Lavrov as saying", "X released a statement saying: ..."). All statements of one
    speaker on one day in one article are one event: the press conference, not each of its sentences.
    A bare "said" is dated like that speaker's dated statement in the same article, else the publication
    date, and the date_basis says so;
  * an event for each clause that carries a date of its own ("Kerry delivered a plan on Friday", "Trump won
    the election in November", "a meeting on Tuesday of the Council", "the Wednesday consultations are
    canceled") — also inside reported speech;
  * one event per clause, dated by its most precise expression; a relative clause (", which will open in
    2022"), a participle phrase (", founded in 1998,"), a second predicate ("was built in 1961 and fell on
    Nov. 9, 1989") and a when-clause after a date ("since 1939, when a quake killed ...") are clauses of their
    own, titled with the noun or subject they hang on, and never lend their date to the main clause;
  * two predicates of one subject ("was agreed late on Monday but collapsed early on Tuesday"), a clause after
    "after", "while", "as", and a gerund after "since"/"after" ("since launching an offensive in mid-October")
    are happenings of their own with their own dates; so is a noun's happening dated by its participle ("under a
    resolution passed on Thursday", "the truce signed on Dec. 29 expired", "Despite the accord signed yesterday, ...")
    and a gathering named by a date at another time than its clause ("Ahead of Friday's summit, ministers met on
    Tuesday" → "Summit planned", Friday); an act a possessive date names is dated so ("Yesterday's seizure was the
    first ...", "since Monday's seizure"), and so is a happening named after "since" ("the first talks since a
    meeting in March"), never the clause counted from it; a fronted "After/Since <clause> on Friday," keeps its
    date from the main clause;
  * "later that day", "the same day", "that evening" take the day the text was about: the last dated main clause
    (or saying) before them, not the last date named; a count since a day ("have counted 3,000 ballots since Nov.
    9", "Since Sunday, 3,400 people have left") dates the start;
  * a happening counted from another ("dissolved parliament on Friday, a day after lawmakers toppled the government",
    "in May 2017, a month after his party won", "two days before the vote on March 15", "which collapsed two days
    later") is dated by that count from the date of the clause it hangs on, at the precision both allow (days from
    a day, months from a month); with no date in that clause, a rough count ("some days after") or days counted
    from a month, it is left without a date, never given the publication date;
  * a day booked for a plan that the sentence calls off on a past day ("set for Monday, was called off on Sunday
    evening") is the first such day after that past day; "Earlier in the day" after a paragraph that told of
    several days dates nothing, as which day is meant cannot be told;
  * a wire dateline's day ("GENEVA, Dec. 9 (Reuters) -") dates the lead only when the lead names no day itself;
  * a postponement's new date ("postponed the vote until Dec. 18", "moved ... from Feb. 17 to March 10") is a plan
    of its own ("Vote set for Dec. 18"), never the postponing's date; the date given up dates nothing; a day ahead
    that bounds what is to be done ("are to leave by Dec. 20") is a deadline, an event of its own;
  * a past year naming a happening ("a 2015 bomb attack", "two failed offensives in 2016 and 2019") is an event
    with year precision; "two exchanges, on Dec. 17 and Jan. 5" are one event per day;
  * no date from an expression that counts, compares or bounds ("for the third time this year", "since 2019",
    "up from ... a year earlier", "by 2030"), from a clock time alone, or for a clause that states a fact
    with "be" ("It was the strongest quake since 1939");
  * nothing, for background ("An estimated 100,000 civilians are trapped"), unless it opens with
    "Meanwhile"/"At the same time": then it shares the date of the article's main statement.
The temporal tagger (`timex.tag`) resolves the dates; a value that is not a calendar date (a week, a season,
PAST_REF) leaves the event undated with the reason in date_basis. Nothing is ever guessed.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import headline
from . import status as _status
from .drafts import CitationDraft, EntityDraft, EventDraft, Extraction
from .entities import DATELINE, Mention, Registry, find_mentions, fold, translit
from .wire import dateline as wire_dateline
from .merge import keywords, merge, uniq
from .seeds import Article
from .sentences import Sentence, is_caption, split

from . import timex as _timex
from .timex import tag as _tag

_SPEECH = (r"said|says|added|adds|remarked|stated|noted|stressed|warned|insisted|explained|declared|announced|"
           r"claimed|argued|confirmed|denied|acknowledged|admitted|complained|urged|vowed|wrote|tweeted|replied|"
           r"told\s+(?:reporters|journalists|the\s+\w+|an?\s+\w+|\w+)")
_PRE = r"(?P<pre>(?:(?:But|And|Meanwhile|However|Also|Separately|In addition|At the same time|In the meantime|Still),?\s+)*)"
_TAIL = (r'(?P<tail>(?:\s+(?:here|there|on|in|at|last|this|earlier|late|early|today|yesterday|tonight|during|'
         r'after|before|when|while|to|from|by|outside|inside|near|following|ahead|\w+day)\b[^,;"\u201c\u201d]{0,60}?)?)')
_TRAIL = re.compile(r'^(?P<content>.+?)(?P<sep>,["\u201d\u2019]?|["\u201d])\s+(?P<who>[^,;:"\u201c\u201d]{1,90}?)\s+'
                    rf'(?P<verb>{_SPEECH}){_TAIL}\s*[.!?]?$', re.S)
_TRAIL_INV = re.compile(r'^(?P<content>.+?)(?P<sep>,["\u201d\u2019]?|["\u201d])\s+(?P<verb>said|added|says)\s+'
                        r'(?P<who>[^,;"]{1,90}?)(?P<tail>\s+(?:on|in|at|last|this|earlier|late|early|here)\b[^,;"]*)?'
                        r'\s*[.!?]?$', re.S)
_QUOTED = re.compile(r'^(?P<content>.+?),\s+(?P<outlet>[^,]{1,60}?)\s+quoted\s+(?P<who>[^,]{1,60}?)\s+as\s+saying'
                     r'(?P<tail>[^,"]*)[.!?]?$', re.S)
_LEAD = re.compile(_PRE + r'(?P<who>[^,;:"\u201c]{1,80}?(?:,\s+[^,;:"\u201c]{1,80}?,)?)(?P<mid>(?:\s+(?:\w+ly|earlier|also|later|previously|'
                   r'again|then|on\s+\w+day|last\s+\w+|here|publicly))*)\s+(?P<verb>' + _SPEECH + r')\b'
                   r'(?P<rest>.*)$', re.S)
_ACCORDING = re.compile(_PRE + r'According to (?P<who>[^,]{1,80}),\s*(?P<content>.+)$', re.S)
_STATEMENT = re.compile(_PRE + r'(?P<who>[^,;:"\u201c]{1,80}?)(?P<mid>(?:\s+\w+ly|\s+earlier|\s+also)*)\s+'
                        r'(?P<verb>released|issued|published|put out|made)\s+(?:a|an)\s+(?:\w+\s+)?statement\b'
                        r'(?P<rest>.*)$', re.S)
_SAYING = re.compile(_PRE + r'(?P<who>[^,;:"\u201c]{1,60}?)(?P<mid>(?:\s+(?:\w+ly|earlier|also|later|previously))*)'
                     r'\s+(?P<verb>\w+ed|\w+)\b(?P<rest>[^"\u201c]*?),\s+saying\s+(?:that\s+)?(?P<content>.+)$', re.S)
_MEANWHILE = re.compile(r"^(?:Meanwhile|At the same time|In the meantime|Simultaneously)\b,?\s*", re.I)
# Words that place a saying at a time other than the day of the report: "earlier", "before the tournament",
# "after the two-day meeting". Dated to the publication day, the saying would carry a wrong date.
_UNDATED_ADVERB = re.compile(r"\b(earlier|previously|recently|before that|in the past|"
                             r"(?:before|after|during|ahead of|following)\s+(?:the|a|an|his|her|its|their|this|that|"
                             r"last)\s+[\w-]+(?:\s+(?!that\b)[a-z][\w-]*)?)\b", re.I)
_PRONOUN = re.compile(r"^(?:he|she|him|her)$", re.I)
_THE_TITLE = re.compile(r"^the\s+(?:\w+\s+)?(minister|president|secretary|secretary-general|spokesman|spokeswoman|"
                        r"chancellor|premier|envoy|ambassador|chief|official|leader|mayor|governor|senator|"
                        r"general|diplomat|prime minister)$", re.I)
_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_EVENT_NOUNS = ("meeting|meetings|talks|summit|consultations|session|vote|election|conference|visit|ceremony|"
                "hearing|trial|rally|negotiations|discussion|discussions|round|debate|referendum|launch|"
                "deadline|signing|funeral|match|game|strike|protest|march|festival|release|presentation")
_NOMINAL = re.compile(r"\b(?:for|at|to|ahead of|before|after|during|attend\w*|host\w*|join\w*)\s+"
                      r"(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?P<noun>" + _EVENT_NOUNS + r")\s+(?:on|in|at|)\s*$", re.I)
_NOMINAL_OF = re.compile(r"\b(?P<noun>" + _EVENT_NOUNS + r")\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
                         r"[A-Z][\w'-]*)*)\s+(?:for|on|set\s+for|scheduled\s+for)\s+$")
# "late on Monday", "early on Tuesday": the part of the day goes with the date, in date_text and out of titles.
_PREP = re.compile(r"\b((?:(?:early|late)\s+)?(?:on|in|at|during|by|since|until|from|as of|for)|early|late)\s+$", re.I)
_CREDIT = re.compile(r"\s*\((?:©|\(c\)|photo|credit|image)[^)]*\)\s*$", re.I)
_CLAUSE_OPENERS = r"which|who|where|while|after|before|when|because|although|though|since|until|as|once|amid|and|but"
# A correction or an editor's note tells the reader about the story, not about the world: "This story has been
# corrected to show ...", "An earlier version of this story misstated ...", "(Corrects day of meeting in paragraph 3)",
# "(Reporting by ...; Editing by ...)", "Writing by ...". Such a sentence gives no event; a paragraph opening
# "Correction:" or "Editor's note:" gives none at all (its "It began on Dec. 13, not Dec. 12." restates the story).
_NOTE_PARAGRAPH = re.compile(r"\s*\(?\s*(?:correction|clarification|editor['\u2019]?s\s+note|update)\s*[:\-\u2013\u2014]",
                             re.I)
_EDITORS_NOTE = re.compile(
    r"\s*\(?\s*(?:(?:this|the)\s+(?:story|article|report|item|version)\s+(?:(?:has|had|have)\s+been|was|is)\s+"
    r"(?:corrected|updated|amended|clarified|refiled|changed)\b|an?\s+(?:earlier|previous)\s+version\s+of\s+this\b|"
    r"(?:corrects|updates|adds|recasts|refiles|fixes|changes|clarifies|removes|deletes|restores)\s+[^)]{0,120}\)|"
    r"(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|compilation|translation|translated)\s+by\b)", re.I)

# Event-kind tags: general words of news, never names of this story.
TAGS = {
    "statement": ("Statements", "Things said on the record: remarks, interviews, press releases."),
    "meeting": ("Meetings", "Meetings between officials, delegations or organisations."),
    "proposal": ("Proposals", "Plans, proposals and documents put forward by one side."),
    "ceasefire": ("Ceasefires", "Ceasefires, truces and pauses in fighting."),
    "election": ("Elections", "Elections, votes and their results."),
    "talks": ("Talks", "Talks, consultations and negotiations."),
    "cancellation": ("Cancellations", "Events called off, cancelled or postponed."),
    "military": ("Military action", "Offensives, shelling, strikes and fighting."),
    "humanitarian": ("Humanitarian", "Civilians, aid, evacuations and safe corridors."),
    "announcement": ("Announcements", "Announcements of products, decisions and results."),
}
_TAG_WORDS = {
    "meeting": r"meet|meets|met|meeting|meetings|summit",
    "proposal": r"proposal|proposals|propose[sd]?|plan|plans|document",
    "ceasefire": r"ceasefire|cease-fire|truce|armistice",
    "election": r"election|elections|elected|vote|voted|referendum|ballot",
    "talks": r"talks|consultations|negotiations?|negotiate[sd]?|discuss|discussed|discussion",
    "cancellation": r"cancell?ed|cancel|called off|postponed|postpone",
    "military": r"offensive|shelling|bombing|airstrikes?|air strikes?|attack(?:ed|s)?|captured|fighting|troops",
    "humanitarian": r"civilians?|humanitarian|aid|evacuat\w+|corridors?|refugees",
    "announcement": r"announce[sd]?|announcement|unveil(?:ed|s)?|launch(?:ed|es)?",
}


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


def extract(articles: list[Article], known: list[EntityDraft]) -> Extraction:
    """Events and the entities they reference; the same input gives the same output, in a stable order.

    Each article is read on its own, against the entities a person wrote in content/ and nothing else: what
    another article says, or what an earlier ingest wrote, never changes an article's events (a registry
    shared across articles let one article's "Secretary of State Kerry" retitle another's "Kerry ...").
    Only afterwards are the entities of all articles joined (one page for "Sergei" and "Sergey Lavrov") and
    the same happening in two articles given one event (see merge.py: it adds citations, and changes a title,
    a date or a status only as issue 10 asks)."""
    per_article: list[tuple[Article, Registry, list[EventDraft]]] = []
    start = Registry(known)
    for art in articles:
        reg = start.fresh(art.outlet or "")
        per_article.append((art, reg, [d for _, d in sorted(_article_events(art, reg), key=lambda x: x[0])]))
    entities = _join_entities(per_article)
    events = merge([ev for _, _, evs in per_article for ev in evs], entities, articles)
    events.sort(key=lambda e: (e.date == "", e.date, _first_key(e, articles)))
    by_id = {a.id: a for a in articles}
    every = Registry(list(entities.values()))
    for ev in events:
        ev.body = _body(ev, by_id, every)
    return Extraction(events=events, entities=_entities(events, entities))


def _join_entities(per_article: list[tuple[Article, Registry, list[EventDraft]]]
                   ) -> dict[tuple[str, str], EntityDraft]:
    """One entity per actor or place across articles, the slugs in every event renamed to it.

    Gazetteer names and hand-written entities already share one slug in every article; a person found by
    the rules joins a person of an earlier article (in the order given) whose full name is a spelling of
    theirs ("Sergei Lavrov", "Sergey Lavrov"). A name alone ("Lavrov") joins only a person who is the
    only one of that surname. What is renamed is the slug in `actors`/`places`; titles keep the words of
    their own article."""
    joined: dict[tuple[str, str], EntityDraft] = {}
    for art, reg, events in per_article:
        rename: dict[tuple[str, str], str] = {}
        used = [("actor", s) for e in events for s in e.actors] + [("place", s) for e in events for s in e.places]
        for kind, slug in dict.fromkeys(used):
            ent = reg.entity(kind, slug)
            if ent is None:
                continue
            target = (kind, slug) if (kind, slug) in joined else _same_person(ent, joined)
            if target is None:
                joined[(kind, slug)] = EntityDraft(kind, slug, ent.name, list(ent.aliases), ent.type,
                                                   ent.description)
                continue
            rename[(kind, slug)] = target[1]
            into = joined[target]
            for spelling in [ent.name, *ent.aliases]:
                if spelling != into.name and spelling not in into.aliases:
                    into.aliases.append(spelling)
            into.type = into.type or ent.type
            into.description = into.description or ent.description
        for ev in events:
            ev.actors = uniq([rename.get(("actor", s), s) for s in ev.actors])
            ev.places = uniq([rename.get(("place", s), s) for s in ev.places])
    # An organisation one article names only by its short form ("NLF") is the one another names in full with that
    # short form ("Northern Liberation Front (NLF)"), whichever article came first: one page.
    orgs = [(key, ent) for key, ent in joined.items() if key[0] == "actor" and ent.type == "organisation"]
    short = {}
    for key, ent in orgs:
        owners = [k for k, e in orgs if k != key and fold(ent.name) in {fold(x) for x in e.aliases}]
        if len(owners) == 1:
            short[key[1]] = owners[0][1]
    for slug in short:
        joined.pop(("actor", slug))
    for art, reg, events in per_article:
        for ev in events:
            ev.actors = uniq([short.get(s, s) for s in ev.actors])
        for (kind, slug), ent in reg.entities.items():
            if kind == "tag":
                joined.setdefault((kind, slug), ent)
    return joined


def _same_person(ent: EntityDraft, joined: dict[tuple[str, str], EntityDraft]) -> tuple[str, str] | None:
    if ent.kind != "actor" or ent.type != "person":
        return None
    mine = [fold(n).split() for n in [ent.name, *ent.aliases] if fold(n)]
    full = {translit(" ".join(p)) for p in mine if len(p) > 1}
    surname = {translit(p[-1]) for p in mine}
    matches = []
    for key, other in joined.items():
        if key[0] != "actor" or other.type != "person":
            continue
        theirs = [fold(n).split() for n in [other.name, *other.aliases] if fold(n)]
        if full & {translit(" ".join(p)) for p in theirs if len(p) > 1}:
            return key
        if not full and surname & {translit(p[-1]) for p in theirs}:
            matches.append(key)
    return matches[0] if len(matches) == 1 else None


# --------------------------------------------------------------------------- one article
def _article_events(art: Article, reg: Registry) -> list[tuple[tuple, EventDraft]]:
    ctx = _Ctx(art, reg)
    units: list[_Unit] = []
    for p_no, para in enumerate(art.paragraphs, 1):
        timexes = _timexes(para, art.published, art.paragraphs[p_no - 2] if p_no > 1 else "", ctx.last_day,
                           several=len(set(ctx.para_days)) > 1)
        ctx.para_days = []
        if is_caption(para):
            text = _CREDIT.sub("", para).strip()
            sentences = [Sentence(0, len(text), text)]
        else:
            sentences = split(para)
        for sent in sentences:
            body = _CREDIT.sub("", sent.text)
            tx = [_shift(t, -sent.start) for t in timexes if sent.start <= t.start and t.end <= sent.start + len(body)]
            mentions = find_mentions(body, reg)
            for m in mentions:
                if m.type == "person":
                    ctx.persons.append(m.slug)
            found = [] if _NOTE_PARAGRAPH.match(para) or _EDITORS_NOTE.match(body) else \
                _sentence_units(ctx, p_no, sent, body, tx, mentions, caption=is_caption(para))
            main_dated = any(u.kind == "event" and u.clause == "main" for u in found)
            units += [u for u in (_rescue(ctx, u, body, tx, mentions, main_dated) for u in found) if u is not None]
            ctx.recent_sents.append([m for m in mentions if m.kind == "actor"])
            ctx.prev_text, ctx.prev_mentions = body, mentions
            days = [u.date for u in found if u.state == "dated" and len(u.date) == 10
                    and u.clause in ("main", "sub", "and")]
            # The narrative's day is the main clause's: in "Lindqvist announced on Tuesday that the talks had been
            # put off to Dec. 8. The NLF confirmed the same day ...", the same day is Tuesday.
            days = [u.date for u in found if u.state == "dated" and len(u.date) == 10 and u.kind == "statement"] or \
                [u.date for u in found if u.state == "dated" and len(u.date) == 10 and u.clause == "main"] or days
            # "Yesterday's seizure was the first since the truce. The same day, ...": a sentence about an act its
            # possessive date names is about that day; a named plan still ahead ("tomorrow's round") is not.
            days = days or [u.date for u in found if u.state == "dated" and len(u.date) == 10 and u.clause == "named"
                            and art.published and u.date <= art.published.isoformat()]
            ctx.last_day = days[-1] if days else ctx.last_day
            # what the paragraph told of, for "Earlier in the day" opening the next: any predicate's day, a
            # participle's too ("With 91% counted, the board announced on Tuesday evening ...")
            ctx.para_days += days[-1:] or [u.date for u in found if u.state == "dated" and len(u.date) == 10
                                           and u.clause in ("part", "coord")][-1:]
            ctx.day_sent = bool(days)
            ctx.one_day = bool(days) and len({t.value[:10] for t in tx if _own(t)}) == 1
            gathering = re.match(r"(?:[A-Z][^,]{0,40},\s+)?(?:[Tt]he|[Aa]n?)\s+((?:[\w-]+\s+){0,2}?(?:" + _EVENT_NOUNS +
                                 r"))\b", body)
            ctx.last_gathering = " ".join(w for w in gathering.group(1).split() if w.lower() not in _WEEKDAYS) \
                if gathering else ""
    return _assemble(ctx, units)


_ANAPHORIC_DAY = re.compile(r"\b(?:(?:earlier|later)\s+(?:in\s+)?(?:that|the)\s+day|(?:that|the\s+same)\s+"
                            r"(?:day|morning|afternoon|evening|night))\b", re.I)


def _timexes(text: str, dct: dt.date | None, before: str = "", last_day: str = "", several: bool = False) -> list:
    """The paragraph's time expressions. "Later that day", "the same day" or "that evening" opening a paragraph
    refer to the day the text before it was about: the paragraph before, else the day of the last dated clause
    (`last_day`). Only those expressions are resolved with that context in view. When the paragraph before told
    of `several` days ("announced on Tuesday evening ... claimed victory on Monday. // Earlier in the day, ..."),
    which one is meant cannot be told: an expression opening the paragraph is left without a day."""
    tx = list(_tag(text, dct))
    if several:
        first = _ANAPHORIC_DAY.match(text.lstrip())
        off = len(text) - len(text.lstrip())
        if first:
            a, b = off + first.start(), off + first.end()
            tx = [t if not (t.start <= a < t.end or a <= t.start < b) else
                  type(t)(t.start, t.end, t.text, t.type, "PAST_REF", "the paragraph before tells of several days",
                          t.mod) for t in tx]
            return tx
    # The day of the last dated main clause comes first: the paragraph before may end on a date of a side clause
    # ("left on Sunday, ending an evacuation that began on Dec. 13. // Troops entered the city that evening": Sunday's
    # evening; "The vote followed a debate that opened on Wednesday evening. // That evening, he resigned": the vote's).
    day = [f"{_MONTHS[int(last_day[5:7])]} {int(last_day[8:])}, {last_day[:4]}."] if last_day else []
    prev = [before] if before and not is_caption(before) else []
    for context in day + prev:
        loose = [m for m in _ANAPHORIC_DAY.finditer(text) if not any(t.start <= m.start() < t.end for t in tx)]
        if not loose:
            break
        off = len(context) + 2
        extra = [_shift(t, -off) for t in _tag(context + "\n\n" + text, dct) if t.start >= off
                 and any(m.start() <= t.start - off < m.end() for m in loose)]
        tx = sorted(tx + extra, key=lambda t: t.start)
    return tx


def _shift(t, delta: int):
    return type(t)(t.start + delta, t.end + delta, t.text, t.type, t.value, t.basis, t.mod)


def _own(t) -> bool:
    """A date of the sentence's own: a calendar value, or a vaguer one that still names a period."""
    return t.type in ("DATE", "TIME") and not t.value.endswith("_REF")


# "GENEVA, Dec. 9 (Reuters) -", "Dec. 11 (UPI) --", "UNITED NATIONS, December 2. /TASS/.": the day the story was filed.
_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*(?:\([^)]{1,30}\)\s*)?,\s*){0,3}$")
_DATELINE_AFTER = re.compile(r"^(?:,?\s*\d{4})?\.?\s*(?:\([^)]{1,40}\)|/[A-Za-z-]{2,20}/\.?)\s*(?:-{1,2}|\u2013|\u2014|:)?\s")


def _dateline_date(text: str, t) -> bool:
    """A date that is part of the wire dateline opening the sentence: when the story was filed, not when the
    lead's happening took place ("GENEVA, Dec. 9 (Reuters) - The two sides agreed late on Monday ...")."""
    return bool(_DATELINE_BEFORE.match(text[:t.start]) and _DATELINE_AFTER.match(text[t.end:]))


def _narrative_anchor(ctx: _Ctx, t, tx: list):
    """"The same day", "that evening", "earlier in the day" with no date before them in their sentence take the day
    the narrative was about: the last dated main clause before (`ctx.last_day`), not the last date the text
    named, which may be a side clause's ("postponed to December 8. The NLF confirmed the same day ...")."""
    if "under discussion" not in (t.basis or "") or not ctx.last_day or not _ANAPHORIC_DAY.fullmatch(t.text) \
            or t.value[:10] == ctx.last_day or len(t.value) < 10:
        return t
    if any(x.end <= t.start and x.type in ("DATE", "TIME") and _own(x) for x in tx):
        return t                                          # anchored in its own sentence
    return type(t)(t.start, t.end, t.text, t.type, ctx.last_day + t.value[10:],
                   f"the day the sentences before are about ({ctx.last_day})", t.mod)


def _past_anchor(ctx: _Ctx, text: str, t, tx: list):
    """"Her visit replaces tomorrow's round. ... The same day, the navy put two frigates on alert": a day taken from
    the text before ("the same day", "later that day") cannot lie after the publication date when its own clause
    tells of the past; such an anchor is a plan named in passing, and the day is left unresolved. (Only a clause that looks ahead keeps it.)"""
    pub = ctx.article.published
    if pub is None or "under discussion" not in (t.basis or "") or not _ANAPHORIC_DAY.fullmatch(t.text) or \
            len(t.value) < 10 or t.value[:10] <= pub.isoformat() or _timex._tense(text, t.start, t.end) == "future":
        return t
    if any(x.end <= t.start and x.value[:10] == t.value[:10] for x in tx):
        return t                       # anchored in its own sentence: `_reanchor` decides
    return type(t)(t.start, t.end, t.text, t.type, "PAST_REF", "", t.mod)


_WEEKDAYS = _timex._WEEKDAYS      # weekday name → 0 (Monday) … 6


def _saying_day(ctx: _Ctx, text: str, t):
    """"The envoy told the council in private on Tuesday that both sides would attend": a weekday right after a
    past verb of saying dates the saying, a day gone by, though what was said looks ahead."""
    pub = ctx.article.published
    day = t.text.lower()
    if pub is None or t.type != "DATE" or day not in _WEEKDAYS or "future sense" not in (t.basis or ""):
        return t
    said = re.search(r"\b(?:said|told|announced|confirmed|added|stated|wrote|declared|informed|briefed|assured|reassured|"
                     r"notified|promised|pledged|indicated|warned|explained|signalled|signaled|agreed|decided|"
                     r"insisted|predicted|acknowledged|admitted|conceded)\b(?:(?!\b(?:will|would|to|"
                     r"for|next|planned|scheduled|set|due|until|before|after|and|but)\b)[^,;:\"\u201c])"
                     r"{0,60}\s+on\s+$", text[:t.start], re.I)
    # "told the council in a closed session on Tuesday": the setting of the saying, held the day it was said
    setting = re.sub(r"\b(?:in|at|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _EVENT_NOUNS + r")\s+on\s+$",
                     "", said.group(), flags=re.I) if said else ""
    if not said or re.search(r"\b(?:" + _EVENT_NOUNS + r")\b", setting, re.I):
        return t                       # "announced a meeting on Monday": the day may be the meeting's
    back = (pub.weekday() - _WEEKDAYS[day]) % 7 or 7
    d = pub - dt.timedelta(days=back)
    return type(t)(t.start, t.end, t.text, t.type, d.isoformat(),
                   f"the {t.text} before the publication date {pub} (the day it was said)", t.mod)


def _booked_then_called_off(ctx: _Ctx, text: str, t, tx: list):
    """"A meeting set for Monday was called off on Sunday evening", "had called off a march planned for Wednesday
    after talks broke down on Tuesday night": the booked day is the first such day after the past day the sentence
    goes on to name (the call-off, or what it followed), not after the publication date: a plan is called off
    before its day. Only a day between that past day and publication moves; a later one reads the same either way."""
    pub = ctx.article.published
    day = t.text.lower()
    if pub is None or t.type != "DATE" or day not in _WEEKDAYS or "booked ahead" not in (t.basis or "") or \
            not _status.called_off(text):
        return t
    later = [x for x in tx if x.start >= t.end and x.type in ("DATE", "TIME") and _DATE_VALUE.match(x.value[:10])
             and len(x.value) >= 10 and x.value[:10] < pub.isoformat()]
    if not later:
        return t
    anchor = dt.date.fromisoformat(later[0].value[:10])
    d = anchor + dt.timedelta(days=(_WEEKDAYS[day] - anchor.weekday()) % 7 or 7)
    if d >= pub:
        return t
    return type(t)(t.start, t.end, t.text, t.type, d.isoformat(),
                   f"the {t.text} after {anchor}, the past day its call-off is told with (a plan called off)", t.mod)


def _sentence_units(ctx: _Ctx, p_no: int, sent: Sentence, text: str, tx: list, mentions: list[Mention],
                    caption: bool) -> list[_Unit]:
    if ctx.day_sent:                   # only the day the sentence just before was about, never an older one
        tx = [_narrative_anchor(ctx, t, tx) for t in tx]
    tx = [_booked_then_called_off(ctx, text, t, tx) for t in tx]
    tx = [_saying_day(ctx, text, t) for t in tx]
    tx = [_past_anchor(ctx, text, t, tx) for t in tx]
    tx = _counted_later(ctx, text, tx)
    own = [t for t in tx if _own(t)]
    if len(own) > 1 and _dateline_date(text, own[0]):
        # The lead's own words date its happenings; the dateline's day only when the lead names none.
        own = own[1:]
    if not re.search(r"\b[a-z]{2,}\b", re.sub(r"\([^)]*\)", "", text)):
        return []                      # "NICOSIA, August 8 (Xinhua) --": a dateline, no sentence, no happening
    if caption:
        if not own:
            return []
        # "Harzan empties as last buses leave; Doha meeting set for January": a headline line joins two
        # headlines with a semicolon; the dated one is the happening's.
        lo, hi = text.rfind("; ", 0, own[0].start), text.find("; ", own[0].end)
        unit = _clause_unit(ctx, p_no, sent, text, own[0], mentions, (lo + 2 if lo >= 0 else 0,
                                                                      hi if hi >= 0 else len(text)))
        unit.date_basis = f"photo caption dated '{own[0].text}'" + (f"; {unit.date_basis}" if unit.date_basis
                                                                    and unit.date else "")
        if not unit.date:
            unit.date_basis = _undated_reason(own[0])
        return [unit]
    att = _attribution(ctx, text, mentions, tx)
    meanwhile = bool(_MEANWHILE.match(text))
    if att:
        c0, c1 = att["content"]
        inner = [t for t in own if c0 <= t.start and t.end <= c1]
        # A date in a parenthetical about the speaker ("Nadella, who took over in 2014, told analysts on
        # Tuesday ...") dates that parenthetical's happening, never the saying.
        parens = [(b1, _paren_end(text, b1, len(text))) for b0, b1, kind, paren in _boundaries(text, 0, c0) if paren]
        aside = [t for t in own if t.end <= c0 and any(p0 <= t.start and t.end <= p1 for p0, p1 in parens)]
        outer = [t for t in tx if not (c0 <= t.start and t.end <= c1) and t not in aside]
        units = _dated_units(ctx, p_no, sent, text, aside, tx, mentions, 0, len(text))
        units += _dated_units(ctx, p_no, sent, text, inner, tx, mentions, c0, c1, extra_actor=att["speaker"])
        units += _interval_units(ctx, p_no, sent, text, [t for t in tx if c0 <= t.start and t.end <= c1], inner,
                                 mentions)
        statement = _statement_unit(ctx, p_no, sent, text, att, outer, mentions, meanwhile, inner)
        # "He said the Wednesday consultations are canceled": the dated news is the event; the saying is
        # an event of its own only when the sentence dates it too ("said on Wednesday it would ...").
        if units and statement.state != "dated":
            return units
        return [statement] + units
    units = _dated_units(ctx, p_no, sent, text, own, tx, mentions, 0, len(text))
    units += _interval_units(ctx, p_no, sent, text, tx, own, mentions)
    if units:
        return units
    if meanwhile and any(m.kind == "actor" and m.start < 60 for m in mentions):
        unit = _clause_unit(ctx, p_no, sent, text, None, mentions, (0, len(text)))
        unit.state = "meanwhile"
        return [unit]
    return []


# ----------------------------------------------------------------------- a happening dated from another
# "dissolved parliament on Friday, a day after lawmakers toppled the government": the toppling is the day before
# the dissolving. "the day after", "a day after", "two days before", "three weeks after", "a month after".
_INTERVAL_AFTER = re.compile(r"\s+(?P<rel>after|before)\s+")
_THE_DAY = re.compile(r"(?<![\w-])(?:on\s+)?the\s+day\s+(?=(?:after|before)\s)", re.I)
_ROUGHLY = re.compile(r"\b(?:some|about|around|nearly|almost|roughly|less|more|over|under|fewer|approximately|"
                      r"several|few|couple|many|within|barely)\b", re.I)
_SIDE_OPENER = re.compile(r"\b(?:which|who|whom|whose|that|when|while|where|because|although|though|after|before|"
                          r"since|until|as|once|if|said|says|told|announced)\b", re.I)


def _interval_units(ctx: _Ctx, p_no: int, sent: Sentence, text: str, tx: list, own: list,
                    mentions: list[Mention]) -> list[_Unit]:
    """The happening named after "a day after", "two days before", "three weeks after", "a month after": dated from the
    date of the clause the phrase hangs on, at the precision both allow ("in May 2017, a month after his party won the
    election" → April 2017; "on Friday, a day after lawmakers toppled the government" → Thursday). Only a happening
    told as a clause with a past verb of its own; nothing when the clause has no date of its own (never the
    publication date), when the interval is rough ("some three days", "less than a month"), or the arithmetic
    cannot be sure (days from a month)."""
    spans = []
    for t in tx:
        m = _INTERVAL_AFTER.match(text, t.end)
        unit_m = re.fullmatch(r"P(\d+)([DWMY])", t.value or "")
        if t.type == "DURATION" and m and unit_m and not _ROUGHLY.search(t.text) and \
                not re.search(r"\b(?:some|about|around|nearly|almost|roughly|than|over|under|within|for)\s+$",
                              text[:t.start], re.I):
            spans.append((t.start, m.end(), m.group("rel").lower(), int(unit_m.group(1)), unit_m.group(2)))
    for m in _THE_DAY.finditer(text):
        if any(x.start <= m.start() < x.end for x in tx):
            continue
        rel = _INTERVAL_AFTER.match(text, m.end() - 1)
        if rel:
            spans.append((m.start(), rel.end(), rel.group("rel").lower(), 1, "D"))
    units = []
    pub = ctx.article.published
    for s0, c0, rel, n, per in spans:
        cut = re.search(r"[,;:!?\u2014]|\.(?:\s|$)|\s+(?:which|who|when|while|as|because|but)\s+", text[c0:])
        c1 = c0 + cut.start() if cut else len(text)
        phrase = text[s0:c0].strip()
        inside = [x for x in own if c0 <= x.start < c1]
        if inside:
            # "The minister resigned two days before the vote on March 15": the clause has no date of its own; the
            # happening it is counted from has one.
            y = inside[0]
            info = _clause_info(text, s0, s0, 0, len(text))
            if _FRONTED_AFTER.match(text[:c1]) and re.match(r",\s+", text[c1:]):
                # "Two days after the vote on March 15, the minister resigned": the clause after the comma
                m0 = c1 + re.match(r",\s+", text[c1:]).end()
                e0 = min([len(text)] + [b0 for b0, b1, kind, paren in _boundaries(text, m0, len(text)) if b0 > m0])
                info = {"a": m0, "b": e0, "kind": "main", "subj": None, "holes": []}
            else:
                e0 = s0
            if info["kind"] != "main" or any(info["a"] <= x.start < e0 for x in own) or \
                    re.search(r"\b(?:for|until|till|to|by|from|since)\s+(?:(?:early|late|mid)[-\s]+)?$", text[:y.start], re.I):
                continue
            value = _day_value(y)
            date = _count_from(value, 1 if rel == "after" else -1, n, per)
            if not date or pub is not None and date > pub.isoformat()[:len(date)]:
                continue
            span = (info["a"], e0)
            unit_info = {"kind": "main", "subj": None, "holes": info["holes"]}
            anchor_text, anchor_value = y.text, value
        else:
            words = list(re.finditer(r"[\w'\u2019-]+", text[c0:c1]))
            verb = next((i for i, w in enumerate(words) if i and w.group().islower()
                         and (headline.is_past(w.group()) or w.group() == "had")), None)
            # "resigned on Thursday, a day after losing a confidence vote": the gerund's subject is the clause's
            ger = bool(words) and re.fullmatch(r"[a-z]{2,}ing", words[0].group()) and words[0].group() not in _ING_NOUNS
            if not ger and (verb is None or words[0].group().lower() in headline._PREPOSITIONS or
                            any(w.group().islower() and headline._is_verb_start(w.group()) for w in words[:verb])):
                continue               # no clause of its own: "a day after the vote"
            anchor = None
            for x in sorted((x for x in own if x.end <= s0), key=lambda x: -x.start):
                if re.fullmatch(r",\s*", text[x.end:s0]) and re.match(r"the\s+day\b", text[s0:], re.I) and \
                        len(_day_value(x)) == 10 and not _dateline_date(text, x):
                    # "the first since Dec. 13, the day before warships sealed off the port": "the day" restates
                    # the day just named, whatever that day does in its own clause ("for Feb. 17, a day after
                    # lawmakers toppled ..." hangs on the clause, not on the date set)
                    anchor = x
                    break
                if re.search(r"\b(?:for|until|till|to|by|from|since|before|after|through)\s+(?:(?:early|late|mid)[-\s]+)?$",
                             text[:x.start], re.I) or _dateline_date(text, x):
                    continue           # "called an election for Feb. 17": a date set, not the clause's
                if _attributive(text, x):
                    continue           # "began hearing the challenge to the Dec. 19 runoff, a week after ...": the
                                       # runoff's day names which runoff; the week counts from the hearing's day
                info = _clause_info(text, x.start, x.end, 0, len(text))
                if info["kind"] in ("main", "coord", "sub") and not _SIDE_OPENER.search(text[x.end:s0]) and \
                        _same_predicate(text, x.end, s0, tx):
                    anchor = x
                break
            if anchor is None:
                continue
            subj = (info["subj"] if info["kind"] == "coord" else _subject_span(text, info["a"], anchor.start)) \
                if ger else None
            if ger and not subj:
                continue
            value = _day_value(anchor)
            date = _count_from(value, -1 if rel == "after" else 1, n, per)
            if not date or pub is not None and (value[:len(date)] > pub.isoformat()[:len(date)]
                                                or date > pub.isoformat()[:len(date)]):
                continue               # a past verb for a day still ahead: the reading is unsure
            span = (c0, c1)
            unit_info = {"kind": "ger" if ger else "sub", "subj": subj, "holes": []}
            anchor_text, anchor_value = anchor.text, value
        noun = {"D": "day", "W": "week", "M": "month", "Y": "year"}[per] + ("s" if n > 1 else "")
        later = (rel == "after") == bool(inside)
        basis = (f"{n} {noun} {'after' if later else 'before'} '{anchor_text}' ({anchor_value}), counted as "
                 f"'{phrase}' says")
        t = _timex.Timex(s0, c0, text[s0:c0], "DATE", date, basis, "")
        unit = _clause_unit(ctx, p_no, sent, text, t, mentions, span, info=unit_info,
                            others=[x for x in tx if x.type in ("DATE", "TIME")])
        unit.clause = "interval"
        unit.date_text = phrase
        if unit.date and len(unit.title.split()) >= 2:
            units.append(unit)
    return units


# A phrase opening the clause that places it after or before another happening: "Two days after the vote on March 15,".
_FRONTED_AFTER = re.compile(r"\s*(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s*(?:\([^)]{1,30}\))?\s*(?:-{1,2}|\u2013|\u2014)\s*)?"
                            r"(?:(?:(?:just|only|barely|some|about)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|"
                            r"nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before)|"
                            r"before|ahead\s+of)\s+(?![a-z]+ing\b)[^,;]*$", re.I)


def _same_predicate(text: str, a: int, b: int, tx: list) -> bool:
    """Whether an interval at b hangs on the clause whose date ends at a: not when another subject's clause comes between
    ("took the town on Monday and rebels fled a day after ...") nor a second predicate without a date of its own
    ("signed on Monday and ratified it a day after the vote": when it was ratified is not said); a second predicate
    that names a date it sets ("and called an election for Feb. 17, a day after ...") is told with the first."""
    between = text[a:b]
    if ";" in between:
        return False
    for m in re.finditer(r"\b(?:and|but)\s+(?:then\s+|later\s+)?([\w'-]+)", between):
        word = m.group(1)
        if not (word.islower() and headline._is_verb_start(word)):
            return False
        if not any(a + m.end() <= x.start and x.end <= b and x.type in ("DATE", "TIME") for x in tx):
            return False
    return True


def _counted_later(ctx: _Ctx, text: str, tx: list) -> list:
    """"agreed on March 3 to a truce, which collapsed two days later": "two days later" is the date given before it in
    the sentence moved on by two days; "a week earlier" moves back.
    A rough count ("some days later") or one that cannot be counted at that precision stays a duration."""
    out = []
    pub = ctx.article.published
    for t in tx:
        nxt = re.fullmatch(r"(?:early\s+|late\s+)?(?:the\s+)?(?:next|following)\s+(day|morning|afternoon|evening|night)",
                           t.text, re.I)
        if nxt and t.value.startswith("XXXX") and ctx.one_day and ctx.last_day and \
                not any(x.end <= t.start and _own(x) for x in out):
            # "Talks were held in Oslo on Monday. // They collapsed the next day.": the day after the only day the
            # sentence before named.
            day = (dt.date.fromisoformat(ctx.last_day) + dt.timedelta(days=1)).isoformat()
            part = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}.get(nxt.group(1).lower())
            out.append(_timex.Timex(t.start, t.end, t.text, "TIME" if part else "DATE", day + (part or ""),
                                    f"the day after {ctx.last_day}, the day the sentence before is about", ""))
            continue
        m = re.match(r"\s+(later|earlier|afterwards?)\b(?!\s+than\b)", text[t.end:])
        unit_m = re.fullmatch(r"P(\d+)([DWMY])", t.value or "")
        if t.type != "DURATION" or not m or not unit_m or _ROUGHLY.search(t.text) or \
                re.search(r"\b(?:for|over|within|about|some|nearly|almost|than)\s+$", text[:t.start], re.I):
            out.append(t)
            continue
        before = [x for x in out if x.end <= t.start and _own(x) and not _dateline_date(text, x)
                  and _DATE_VALUE.match(_day_value(x))]
        if before:
            x = before[-1]
            value, name = _day_value(x), f"'{x.text}'"
        else:
            # "... shot down a drone on Sunday, the ministry said Tuesday. // A week earlier, ...": which day of the
            # sentence before it counts from cannot be told.
            out.append(t)
            continue
        date = _count_from(value, -1 if m.group(1) == "earlier" else 1, int(unit_m.group(1)), unit_m.group(2))
        if not date or pub is not None and date > pub.isoformat()[:len(date)] and not re.search(
                r"\b(?:will|would|shall|is\s+to|are\s+to|to\s+be|due|set|scheduled|planned|expected)\b", text[:t.start]):
            # "passed on Tuesday; the senate rejected it two days later" in Wednesday's paper: the count is unsure
            out.append(t)
            continue
        out.append(_timex.Timex(t.start, t.end + m.end(), text[t.start:t.end + m.end()], "DATE", date,
                                f"{text[t.start:t.end + m.end()]} than {name} ({value})", ""))
    return out


def _day_value(t) -> str:
    """A time expression's value without its clock time: "2016-12-15T18:00" → "2016-12-15"."""
    return t.value.split("T")[0] if t.type == "TIME" else t.value


def _count_from(value: str, sign: int, n: int, per: str) -> str:
    """value moved by n days, weeks, months or years, at the precision both allow; "" when it cannot be sure
    ("two days after May 2017")."""
    if not _DATE_VALUE.match(value):
        return ""
    if per in "DW" and len(value) == 10:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=sign * n * (7 if per == "W" else 1))).isoformat()
    if per == "M" and len(value) >= 7:
        k = int(value[:4]) * 12 + int(value[5:7]) - 1 + sign * n
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    if per == "Y":
        return f"{int(value[:4]) + sign * n:04d}"
    return ""


_AUX = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "to", "not",
        "and", "or", "but", "who", "which", "that"}


# Adverbs that may stand between an auxiliary and its participle: "was first authorized".
_ADVERBS = {"first", "then", "also", "just", "later", "initially", "finally", "recently", "officially", "formally",
            "already", "never", "ever", "once", "twice", "again", "jointly", "only", "originally", "previously",
            "eventually", "since", "still", "not", "quickly", "unanimously", "narrowly", "reportedly", "almost", "now"}


# Words after which a participle is an adjective when a noun follows it: "in extended trading".
_ADJ_BEFORE = {"in", "on", "at", "of", "for", "with", "by", "from", "the", "a", "an", "its", "their", "his", "her"}


# Participles that tell how things stand, not a happening: "a group led by Canada", "a bloc backed by France". A date
# after them dates the clause's own verb ("was requested by 40 countries led by Canada and Mexico on Tuesday").
_STANDING_PARTICIPLES = {"led", "headed", "backed", "supported", "sponsored", "co-sponsored", "chaired", "represented",
                         "owned", "controlled", "based", "known", "called", "named", "comprising", "including",
                         "accompanied", "flanked", "allied", "aligned", "affiliated"}


def _dates_a_modifier(text: str, a: int, t) -> bool:
    """A date that dates a noun's modifier, not the clause: "recall iPhones sold in China in 2020"."""
    words = re.findall(r"[\w'-]+", text[a:t.start])
    verbs = [i for i, w in enumerate(words) if w.islower() and headline._is_verb_start(w)
             # "The 20 freed soldiers arrived ...": a participle between a determiner or number and its noun
             and not (i and i + 1 < len(words) and (words[i - 1].lower() in _ADJ_BEFORE or
                                                    re.fullmatch(r"\d[\d,.]*", words[i - 1]))
                      and words[i + 1].islower() and not headline._is_verb_start(words[i + 1])
                      and words[i + 1] not in _AUX)]
    if len(verbs) < 2:
        return False
    last = verbs[-1]
    if words[last].lower() in _STANDING_PARTICIPLES:
        return False                                      # "requested by 40 countries led by Canada on Tuesday"
    before = words[last - 1].lower() if last else ""
    if before in _ADVERBS and words[verbs[-2]].lower() in _AUX and \
            all(w.lower() in _ADVERBS for w in words[verbs[-2] + 1:last]):
        return False                                      # "was first authorized ... in December 2020"
    after = words[last + 1].lower() if last + 1 < len(words) else ""
    if before in _ADJ_BEFORE and after and after not in _ADJ_BEFORE and after.isalpha():
        return False                                      # "fell 6% in extended trading on Tuesday": an adjective
    if words[last].lower() in ("had", "has", "have"):
        return False                                      # "said it had retaken the village on Saturday": a verb
    return (headline.is_past(words[last]) or words[last] in headline._PARTICIPLES) and before not in _AUX \
        and not before.endswith("ly") and words[last - 1][:1].islower() and last - 1 not in verbs


# irregular participles beyond `headline._PARTICIPLES` (checked together with it)
_IRREGULAR_PARTICIPLES = {"read", "spent", "dealt", "meant", "lent", "bound", "hung"}


def _reanchor(ctx: _Ctx, text: str, t, tx: list, lo: int, hi: int):
    """"Trump, who takes office on Jan. 20, praised the decision later that day": the tagger reads "that day" as
    the last day named, here one inside an aside about the subject. Such an anchor is replaced by the day the
    sentences before were about, or, without one, the expression is left unresolved."""
    if "under discussion" not in (t.basis or ""):
        return t
    before = [x for x in tx if x.end <= t.start and x.type in ("DATE", "TIME") and x.value[:10] == t.value[:10]]
    if not before:
        return t                                           # anchored in an earlier sentence of the paragraph
    x = before[-1]
    if not _in_aside(text, x, t, lo, hi):
        return t
    # "... sailed on Monday morning under the truce signed on Sunday, but a patrol boat stopped a ship later that
    # day": the day of the sentence's own clause before it, else the day the sentences before were about
    own = [y for y in tx if y.end <= t.start and y is not x and y.type in ("DATE", "TIME") and _own(y)
           and len(_day_value(y)) == 10 and not _in_aside(text, y, t, lo, hi)]
    if own:
        day = _day_value(own[-1])
        return type(t)(t.start, t.end, t.text, t.type, day + t.value[10:],
                       f"the day of the clause before it ({day}), not of '{x.text}' in a side phrase", t.mod)
    if ctx.last_day:
        return type(t)(t.start, t.end, t.text, "DATE", ctx.last_day,
                       f"the day the sentences before are about ({ctx.last_day})", t.mod)
    return type(t)(t.start, t.end, t.text, "DATE", "PAST_REF", "", t.mod)


def _in_aside(text: str, x, t, lo: int, hi: int) -> bool:
    """Whether the date x stands in a side phrase that does not hold t: a relative clause or a participle set off
    by commas ("Trump, who takes office on Jan. 20, ...") or a participle describing a noun ("the truce signed on
    Sunday")."""
    info = _clause_info(text, x.start, x.end, lo, hi)
    if info["kind"] in ("rel", "part"):
        return not info["a"] <= t.start < info["b"]
    return bool(_dates_a_modifier(_blank(text, info["holes"]), info["a"], x) or _reduced_relative(text, x, lo, hi))


def _modifier_clause(text: str, info: dict, t) -> dict | None:
    """The participle phrase a date dates ("passed on Thursday") and the noun it describes, when that noun is one
    thing named with a determiner ("a General Assembly resolution", "the border accord"); a counted plural
    ("1,000 phones sold in China in 2020") is a quantity, not a happening of its own."""
    verbs = [m for m in re.finditer(r"[\w'-]+", text[info["a"]:t.start])
             if m.group().islower() and headline._is_verb_start(m.group())]
    if not verbs:
        return None
    p = info["a"] + verbs[-1].start()
    subj = _antecedent(text, info["a"], p)
    if not subj or not _DETERMINER.match(text, subj[0]) or re.search(r"[\d,;:]", text[subj[0]:subj[1]]):
        return None        # "65 cents a share, compared with ...": a comparison set off by a comma, no noun's happening
    head = re.findall(r"[\w'-]+", text[subj[0]:subj[1]])
    verb = verbs[-1].group()
    if any(w.lower() in headline._PREPOSITIONS - {"of"} for w in head[1:]):
        return None        # "lost its majority in elections held in April": which noun the participle hangs on is unclear
    if len(head) < 2 or _DETERMINER.fullmatch(head[-1] + " "):
        return None        # "the fabled 11th century temple": an adjective after a determiner, no noun before it
    if "," in text[p:t.start] or len(text[p:t.start].split()) > 7:
        return None        # "the year ended Aug. 31 C$2.7 million, down from ... last year": not the participle's date
    if not (verb.endswith("ed") or verb in headline._PARTICIPLES or verb in _IRREGULAR_PARTICIPLES) or \
            any(w.islower() and (headline._is_verb_start(w) or w in _AUX) for w in head[1:]):
        return None        # "said net rose ... a year ago": a past tense, or a noun phrase that holds a verb
    if re.search(r"\b(?:will|would|shall|could|may|might|to|expected|due|set|scheduled)\b", text[info["a"]:subj[0]]) \
            and not re.search(r"\b(?:under|despite|after|following|per|with|of|to)\s+$", text[info["a"]:subj[0]]):
        # "will vote on the draft submitted by France on Monday": the day may be the vote's; "would enter under a
        # resolution passed on Thursday" names what came before.
        return None
    if head[-1].lower() in ("he", "she", "it", "they", "we", "i", "you"):
        return None        # "the city he fled in 2012": the verb has a subject of its own
    prev = re.findall(r"[\w'-]+", text[info["a"]:subj[0]])[-1:] or [""]
    if prev[0].islower() and not headline._is_verb_start(prev[0]) and prev[0] not in _LINK_WORDS:
        return None        # "the gains these issues made this week": a noun before it, "these issues" is a subject
    return {"a": p, "b": t.end, "kind": "part", "subj": (subj[0], subj[1]), "holes": []}


# Words after which a noun phrase starts afresh (not a noun before a second noun phrase).
_LINK_WORDS = headline._PREPOSITIONS | {"despite", "amid", "like", "including", "than", "and", "or", "but", "as", "that",
                                        "which", "is", "are", "was", "were", "be", "been", "being", "of", "off", "out",
                                        "up", "down", "since", "until", "per", "among", "between", "beyond", "within",
                                        "without", "upon", "onto", "across", "along", "around", "behind", "near",
                                        "following", "regarding", "concerning", "following"}


_COUNT = (r"(?:(?:more\s+than|fewer\s+than|about|nearly|almost|some|over|at\s+least|roughly)\s+)?"
          r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?")
# what is counted: things and people, not money, shares of a whole or spans of time
_COUNTED = (r"(?!percent\b|per\b|points?\b|cents?\b|dollars?\b|euros?\b|pounds?\b|yen\b|years?\b|months?\b|"
            r"weeks?\b|days?\b)")
_SINCE_PERFECT = re.compile(r"(?P<subj>[^,;]+?)\s+(?:have|has|had)\s+(?:(?:\w+ly|now|so\s+far|already)\s+)?"
                            r"(?P<verb>[a-z]+ed|[a-z]+en)\s+" + _COUNT + r"\s+" + _COUNTED +
                            r"(?P<obj>[a-z][\w-]*)\s+(?:\w+\s+){0,4}?since\s+(?:(?:early|late)\s+)?$")
# "Buses carrying about 8,000 people have crossed into rebel territory since early Thursday": the count in the subject.
_SINCE_IRREGULAR = r"left|fled|gone|come|sent|brought|run|flown|driven|taken|made|signed|crossed|set|put"
_SINCE_SUBJECT = re.compile(r"(?P<subj>[^,;]*?\b\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+" + _COUNTED +
                            r"[a-z][^,;]*?)\s+(?:have|has|had)\s+(?:(?:\w+ly|now|so\s+far|already)\s+)?"
                            r"(?P<passive>been\s+)?(?P<verb>[a-z]+ed|[a-z]+en|" + _SINCE_IRREGULAR + r")"
                            r"(?P<rest>(?:\s+[^\s,;]+){0,10}?)\s+since\s+(?:(?:early|late)\s+)?$")
# "Since Sunday, 3,400 people have left the town": the same count after a fronted "since".
_SINCE_FRONTED = re.compile(r",\s+(?P<subj>" + _COUNT + r"\s+" + _COUNTED + r"[a-z][^,;]*?)\s+(?:have|has|had)\s+"
                            r"(?:(?:\w+ly|now|so\s+far|already)\s+)?(?P<passive>been\s+)?(?P<verb>[a-z]+ed|[a-z]+en|"
                            + _SINCE_IRREGULAR + r")\b(?P<rest>[^,;.]{0,80}?)(?=[,;.]|$)")
_SINCE_REDUCED = re.compile(r"\b" + _COUNT + r"\s+(?P<obj>[a-z][\w-]*)\s+(?P<verb>[a-z]+ed)\s+since\s+(?:(?:early|late)\s+)?$")
# the count before what is counted: "3,000 ballots" → "ballots"
_COUNT_HEAD = re.compile(r"^.*?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+")


_E_BASES = {b for b in headline._IRREGULAR.values() if b.endswith("e")} | {
    "seize", "capture", "invade", "evacuate", "negotiate", "retire", "resume", "raise", "close", "announce",
    "produce", "reduce", "introduce", "force", "face", "charge", "change", "secure", "declare", "release"}


def _ing_to_base(word: str) -> str:
    """"retaking" → "retake", "launching" → "launch", "stopping" → "stop"."""
    stem = headline._ing_base(word)
    if not stem.endswith("e") and any((stem + "e").endswith(b) for b in _E_BASES if len(b) >= 4):
        return stem + "e"
    return stem


def _gerund(past: str) -> str:
    base = headline.base_form(past)
    if re.search(r"([bdgmnprt])\1ed$", past) and not base.endswith(past[-3] * 2) or \
            re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", base):
        return base + base[-1] + "ing"                    # "stopped" → "stopping", "set" → "setting"
    return (base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing"


_ACTION_NOUNS = {"register": "registration", "deliver": "delivery", "distribute": "distribution", "deport": "deportation",
                 "install": "installation", "produce": "production", "destroy": "destruction", "remove": "removal",
                 "recover": "recovery", "demolish": "demolition", "administer": "administration"}
_TRANSPORT = {"bus": "bus", "buss": "bus", "ferry": "boat", "airlift": "air", "fly": "air", "truck": "truck", "ship": "sea"}


_SAME_NOUN = {"exchange", "release", "transfer", "swap", "return", "handover", "airlift", "vote", "count", "visit"}


def _action_noun(verb: str) -> str:
    """The noun English names a verb's happening with: "exchanged" → "exchange", "evacuated" → "evacuation",
    "collected" → "collection"; "" when there is none the rules know."""
    base = headline.base_form(verb)
    if base not in _SAME_NOUN and base not in _ACTION_NOUNS:
        base = _ing_to_base(_gerund(verb))
    if base in _SAME_NOUN:
        return base
    if base in _ACTION_NOUNS:
        return _ACTION_NOUNS[base]
    if base.endswith("ate") and len(base) >= 7:
        return base[:-1] + "ion"                          # "evacuate" → "evacuation"
    if re.search(r"(?:ect|uct)$", base):
        return base + "ion"                               # "collect" → "collection"
    return ""


def _ordinal_topic(title: str, before: str) -> str:
    """"A first group of 40 detainees was exchanged on May 1, and the second stage is expected in June": a bare
    "Second stage expected" says of what — "Second stage of exchange expected"; with the same noun, what the
    first one was of ("Second group of detainees expected")."""
    m = re.match(r"^(Second|Third|Fourth|Next|Final|Last)\s+([a-z]+)\s+(?!of\b)(\S.*)$", title)
    if not m or len(title.split()) > 6:
        return title
    first = re.search(r"\b[Ff]irst\s+(?P<head>[a-z]+)(?:\s+of\s+(?:(?:about|some|nearly|more\s+than)\s+)?(?:[\d,]+\s+)?"
                      r"(?P<what>[a-z][\w-]*))?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                      r"(?P<verb>[a-z]+ed)\b", before)
    if not first:
        return title
    if first.group("head") == m.group(2) and first.group("what"):
        return f"{m.group(1)} {m.group(2)} of {first.group('what')} {m.group(3)}"
    noun = _action_noun(first.group("verb"))
    return f"{m.group(1)} {m.group(2)} of {noun} {m.group(3)}" if noun else title


_KIND_NOUNS = r"vote|talks|meeting|summit|election|hearing|referendum|strike|ceasefire|truce|exchange|trial"


def _definite_from_prev(ctx: _Ctx, title: str, clause: str) -> str:
    """"Lund faces a no-confidence vote in parliament. // The vote had been set for May 13": "the vote" is the one
    the sentence before named, with its kind → "No-confidence vote set". Only one such phrase there, and only
    words that say what kind (never a day, a number or a name)."""
    # "The election will be the second in two years. // Voronec's party won the last one": "one" is the election.
    one = re.search(r"\b(?:last|first|previous|next|latest|second|third)\s+(one)\b", title)
    if one and ctx.last_gathering:
        return title[:one.start(1)] + ctx.last_gathering.split()[-1] + title[one.end(1):]
    m = re.match(rf"^({_KIND_NOUNS})\s+(?=[a-z])", title, re.I)
    if not m or not re.match(rf"(?:The|the)\s+{m.group(1).lower()}\b", clause.strip()) or not ctx.prev_text:
        return title
    found = {f.group(1).strip().lower() for f in re.finditer(
        rf"\b(?:a|an|the|its|their)\s+((?:[a-z][a-z-]+\s+){{1,2}}){m.group(1).lower()}\b", ctx.prev_text)}
    found = {f for f in found if not re.search(r"\b(?:first|second|third|last|next|new|same|other|latest|planned|"
                                                r"scheduled|final|previous|earlier|postponed)\b", f)}
    if len(found) != 1:
        return title
    kind = found.pop()
    return f"{kind[:1].upper() + kind[1:]} {title[:1].lower() + title[1:]}"


def _passive_start_title(verb: str, things: str, rest: str = "") -> str:
    """"9,000 voters have been registered since May 2" → "Registration of voters began": the action noun when
    English has one ("-ate" → "-ation", "-ect" → "-ection", a few others), else the gerund ("Counting of ballots");
    people moved by a vehicle ("have been bused out of the town of Lenk") → "People began leaving Lenk by bus"."""
    base = headline.base_form(verb)
    if base not in _TRANSPORT and base not in _ACTION_NOUNS:
        base = _ing_to_base(_gerund(verb))                # "evacuated" → "evacuate"
    if base in _TRANSPORT and re.match(r"\s+(?:out\s+of|out|from|away)\b", rest or ""):
        how = _TRANSPORT[base]
        place = re.match(r"\s+(?:out\s+of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:city|town|village|region|province|"
                         r"area|district)\s+of\s+)?(?P<p>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*$", rest or "")
        where = f" {place.group('p')}" if place else ""
        return f"{things[:1].upper() + things[1:]} began leaving{where} by {how}"
    particle = re.match(r"\s+(aside|away|apart|out|up|off|down|back)\b", rest or "")
    if particle:                                          # "have been set aside" → "Setting aside of ballots"
        return f"{_gerund(verb).capitalize()} {particle.group(1)} of {things} began"
    noun = _ACTION_NOUNS.get(base)
    if not noun and base.endswith("ate") and len(base) >= 7:
        noun = base[:-1] + "ion"                          # "evacuate" → "evacuation"
    if not noun and re.search(r"(?:ect|uct)$", base):
        noun = base + "ion"                               # "collect" → "collection"
    return f"{(noun or _gerund(verb)).capitalize()} of {things} began"


def _counted_since(text: str, t, lo: int, hi: int) -> dict | None:
    """"Workers have counted 3,000 ballots since early Nov. 9": a count of things done since a day says when
    the doing began, a happening of that day ("Workers begin counting ballots"). A state or a process with no
    count ("Rain has fallen since Saturday", "has led the party since 2020") dates nothing, nor does a year."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", t.value.split("T")[0]):
        return None
    since = re.search(r"\s+since\s+(?:(?:early|late)\s+)?$", text[lo:t.start])
    if not since:
        return _counted_since_fronted(text, t, lo, hi)
    # "since" may open a clause of its own ("since Oct. 30"): the count is in the clause before it.
    k = lo + since.start()
    info = _clause_info(text, k, k, lo, hi)
    info["b"] = max(info["b"], t.end)
    before = text[info["a"]:t.start]
    perfect, reduced = _SINCE_PERFECT.match(before), _SINCE_REDUCED.search(before)
    counted = _SINCE_SUBJECT.match(before)
    verb = next((m.group("verb") for m in (perfect, counted, reduced) if m), "")
    if _TOLL_VERB.match(verb):
        return None        # "200 people have been killed since Oct. 1": a toll counted from a day, not a start
    if perfect and not re.search(r"\b(?:been|had)$", perfect.group("verb")):
        title = f"{perfect.group('subj')} began {_gerund(perfect.group('verb'))} {perfect.group('obj')}"
    elif counted and counted.group("verb") not in ("been", "had") and counted.group("passive"):
        # "3,000 ballots have been counted since early Nov. 9" → "Counting of ballots begins"
        things = _COUNT_HEAD.sub("", counted.group("subj"))
        title = _passive_start_title(counted.group("verb"), things, counted.group("rest"))
    elif counted and counted.group("verb") not in ("been", "had"):
        title = f"{counted.group('subj')} began {_gerund(counted.group('verb'))}{counted.group('rest')}"
    elif reduced:
        title = f"{_gerund(reduced.group('verb')).capitalize()} of {reduced.group('obj')} began"
    else:
        return None
    return {**info, "since_title": title}


def _counted_since_fronted(text: str, t, lo: int, hi: int) -> dict | None:
    """"Since early Sunday, 3,400 people have left the town" → "People began leaving the town", dated Sunday."""
    if not re.fullmatch(r"(?:[\s,]*(?:and|but|meanwhile|so\s+far)\b)?[\s,]*since\s+(?:(?:early|late)\s+)?",
                        text[lo:t.start], re.I):
        return None
    m = _SINCE_FRONTED.match(text, t.end, hi)
    if not m or _TOLL_VERB.match(m.group("verb")) or m.group("verb") in ("been", "had"):
        return None
    things = _COUNT_HEAD.sub("", m.group("subj"))
    if m.group("passive"):
        title = _passive_start_title(m.group("verb"), things, m.group("rest"))
    else:
        title = f"{things[:1].upper() + things[1:]} began {_gerund(m.group('verb'))}{m.group('rest')}"
    return {"a": lo, "b": m.end(), "kind": "main", "subj": None, "holes": [], "since_title": title}


# "200 people have been killed since Oct. 1": a toll counted from a day, not a start.
_TOLL_VERB = re.compile(r"(?:kill|injur|wound|hurt|arrest|detain|di|displac|los|lost|jail|sentenc|execut)(?:ed|en)?$")


# ----------------------------------------------------------------------- which dates date a happening
_SEASONS = re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$")


def _not_a_date_of_the_happening(text: str, t, lo: int = 0) -> str:
    """Why a time expression dates no event of its clause ("" when it may), by general rules of English news:

    * a frequency or record context: "for the third time this year", "so far this year", "the first ... since
      1966", "its strongest quarter since 2019" — it counts or compares, it dates nothing;
    * a bound or a comparison: "cut 800 jobs by the end of the year", "up from $3.75 billion a year earlier";
    * a season word that is a noun: "the fall of the Berlin Wall";
    * the first year of a span ("between 2015 and 2018"): what went on through the span has no one date.
    """
    before = text[lo:t.start]
    if "(start of a range)" in (t.basis or "") or re.search(r"\b(?:from|between)\s+(?:1[6-9]|20)\d\d\s*(?:to|and|until|"
                                                             r"through|till)\s+$", before, re.I):
        return "period"                # "took the money between 2015 and 2018": a span of years, no date of one happening
    if re.search(r"\b(?:since|times?(?:\s+(?:so\s+far|already))?|so\s+far|yet|ever|by|until|till|through)\s+"
                 r"(?:(?:early|late|mid|the\s+(?:start|end|middle|beginning)\s+of)\s+)?$", before, re.I) and not \
            re.search(r"\b(?:fell|fall|falls|falling|fallen|went|go|goes|going|gone|came|come|comes|pulled|pull|"
                      r"broke|break|got|get|put|pushed|push|saw|see)\s+through\s+$", before, re.I):
        return "frequency"             # "the deal fell through the next day": a particle, not a bound
    if re.search(r"\b(?:up|down|compared|rose|fell|increased|decreased|declined)\s+(?:from|with)\b[^,;]*$", before, re.I):
        return "comparison"
    if re.search(r"\b(?:from|than|compared\s+(?:with|to)|versus|over)\s+$", before, re.I) and \
            re.search(r"\b(?:earlier|ago|before|previous|prior|last)\b", t.text, re.I):
        return "comparison"                   # "fell 8% to $312 million from a year earlier"
    if re.search(r"\b(?:quarter|months?|year|period|weeks?|half|days)\s+(?:ended|ending|ends|to|through)\s+$",
                 before, re.I):
        return "period"                       # "the quarter ended Sept. 30", "the three months to Sept. 30"
    if _SEASONS.match(t.value) and re.match(r"\s+of\s+(?!\d)", text[t.end:]):
        return "noun"
    return ""


def _dated_units(ctx: _Ctx, p_no: int, sent: Sentence, text: str, own: list, tx: list, mentions: list[Mention],
                 lo: int, hi: int, extra_actor: Mention | None = None) -> list[_Unit]:
    """One event per clause that carries a date of its own, dated by its most precise expression."""
    by_clause: dict[tuple[int, int], list] = {}
    # Time expressions a headline drops; a season that is a noun ("the fall of the Wall") stays as words.
    dated_words = [x for x in tx if x.type in ("DATE", "TIME") and _not_a_date_of_the_happening(text, x) not in ("noun", "period")
                   and not re.match(r"\s+(?:ended|ending)\b", text[x.end:])]
    # "The vote came three weeks after ...": the interval goes with the happening counted from, not the headline.
    dated_words += [x for x in tx if x.type == "DURATION" and _INTERVAL_AFTER.match(text, x.end)]
    own = [_reanchor(ctx, text, t, tx, lo, hi) for t in own]
    moved: list[_Unit] = []
    placed_nominal: list = []
    participles: list[tuple[int, int]] = []
    resumed: dict[int, tuple[int, int]] = {}     # a since-clause's start → its span, after which the main clause resumes
    twins = {}
    for t in own:
        prev = next((y for y in own if y is not t and y.end <= t.start
                     and re.fullmatch(r",?\s+and\s+(?:on\s+|in\s+)?", text[y.end:t.start])), None)
        if prev is not None and re.search(r"\b(?:two|three|four|both)\s+(?:[\w-]+\s+){0,3}?[a-z]+s\b[^;.]*$",
                                          text[lo:prev.start], re.I) \
                and not re.search(r"\bbetween\s+(?:(?:on|in)\s+)?$", text[lo:prev.start], re.I):
            # "after two exchanges, on Dec. 17 and Jan. 5": one happening on each day
            twins[t.start] = (t, prev)
    for t in own:
        if t.start in twins:
            continue                   # placed below, as its twin is
        if _OLD_DATE.search(text[lo:t.start]):
            continue                   # "moved the election from Feb. 17 to March 10": the date given up dates nothing
        if _timex._PLAN_GIVEN_UP.search(text[lo:t.start]) and _timex._BROUGHT_FORWARD.search(text[lo:hi]):
            continue                   # "brought forward its vote, originally set for Friday": nor the day it had
        target = _NEW_DATE.search(text[lo:t.start])
        if target:
            # "postponed the vote until Dec. 18": the new date is the happening's, a plan of its own; the
            # postponing is dated by the clause's other words, never by it.
            moved += _rescheduled_unit(ctx, p_no, sent, text, t, mentions, lo, hi, lo + target.start("verb"),
                                       lo + target.end("verb"), lo + target.start("prep"))
            continue
        when = re.match(r",\s+when\s+", text[t.end:hi])
        kind = _attributive_year(text, t)
        if kind:
            moved += _year_named_unit(ctx, p_no, sent, text, t, mentions, kind)
            continue
        if _not_a_date_of_the_happening(text, t, lo):
            act = _possessive_act(text, t)
            if act and re.search(r"\bsince\s+$", text[lo:t.start], re.I):
                moved += _named_event_unit(ctx, p_no, sent, text, t, mentions, act)  # "since Monday's seizure"
                continue
            start = _counted_since(text, t, lo, hi)
            if start:
                # its own key: another date of the clause ("..., the Red Cross said Monday") dates the rest
                by_clause.setdefault((start["a"], t.end, "since"), []).append((t, start))
                continue
            if _deadline(ctx, text, t, lo):
                # "25,000 people are to leave the city by Dec. 20": a day still ahead that bounds a plan is its deadline
                info = _clause_info(text, t.start, t.end, lo, hi)
                by_clause.setdefault((info["a"], t.end, "by"), []).append((t, {**info, "deadline": True}))
                continue
            if when:
                # "since 1939, when a quake killed 33,000 people": the when-clause happened then, though the
                # clause the date stands in only counts or compares.
                w0 = t.end + when.end()
                info = _clause_info(text, w0, w0, w0, hi)
                info["date_words"] = t
                by_clause.setdefault((info["a"], info["b"]), []).append((t, info))
            continue
        if _FRONTED_AFTER.match(text[lo:t.start]) and re.match(r"[^,;]*,\s", text[t.end:hi]):
            # "Two days after the vote on March 15, the minister resigned": the date is the vote's; the minister's day is
            # counted from it (`_interval_units`) or not told.
            named = _event_named(text, t)
            if named:
                moved += _named_event_unit(ctx, p_no, sent, text, t, mentions, named)
            continue
        since = _SINCE_NAMED.search(text[lo:t.start])
        if since and not any(w.islower() and (headline._is_verb_start(w) or headline.is_past(w))
                             for w in re.findall(r"[\w'-]+", since.group("np"))):
            # "their first talks since another meeting in Istanbul in late March": the date is that meeting's, and
            # the clause's happening is counted from it
            moved += _named_event_unit(ctx, p_no, sent, text, t, mentions, (lo + since.start("np"), t.end))
            continue
        fronted = _FRONTED_CLAUSE.match(text[lo:t.start])
        comma = re.match(r"[^,;]*,\s", text[t.end:hi])
        if fronted and comma and any(headline.is_past(w) for w in re.findall(r"[a-z][\w-]*", fronted.group("c"))[1:]):
            # "After the talks collapsed on Friday, the army attacked": the date is the after-clause's; what came after
            # it is not dated by it
            info = {"a": lo + fronted.start("c"), "b": t.end + comma.end() - 2, "kind": "sub", "subj": None, "holes": []}
            by_clause.setdefault((info["a"], info["b"]), []).append((t, info))
            continue
        inner = _inner_since_clause(text, t, lo, hi)
        if inner:
            # "The first convoy since the truce took effect on Dec. 29 arrived on Monday": the truce's date
            by_clause.setdefault((inner["a"], inner["b"]), []).append((t, inner))
            participles.append((inner["opener"], inner["b"]))
            resumed[inner["a"]] = (inner["opener"], inner["b"])
            continue
        reduced = _reduced_relative(text, t, lo, hi)
        if reduced:
            # "The ceasefire signed on Dec. 29 expired on Tuesday": the signing's date, never the expiry's
            by_clause.setdefault((reduced["a"], reduced["b"]), []).append((t, reduced))
            participles.append((reduced["a"], reduced["b"]))
            continue
        info = _clause_info(text, t.start, t.end, lo, hi)
        that = re.match(r"\s+that\s+", text[info["b"]:hi])
        if that and not any(info["b"] < x.start < hi and not _not_a_date_of_the_happening(text, x, lo) for x in own) and \
                re.search(r"\b(?:said|says|told\s+\w+|announced|confirmed|reported|added)\b", text[info["a"]:info["b"]]):
            # "Erdogan ... said on Tuesday that 45 countries had offered help": the day dates the saying and
            # what was said is its headline; only a date of its own makes what was said an event apart.
            inner = _clause_info(text, info["b"] + that.end(), info["b"] + that.end(), lo, hi)
            info["b"] = inner["b"]
        blanked = _blank(text, info["holes"])
        if _dates_a_modifier(blanked, info["a"], t):
            # "under a General Assembly resolution passed on Thursday", "despite the accord signed yesterday": the
            # date is the noun's happening, an event of its own titled from the noun phrase, never the clause's.
            mod = _modifier_clause(blanked, info, t)
            if mod:
                by_clause.setdefault((mod["a"], mod["b"]), []).append((t, mod))
            elif _nominal_in(text, t, lo):
                moved += _nominal_unit(ctx, p_no, sent, text, t, mentions, lo)
                placed_nominal.append(t)
            elif when:
                _when_clause(text, t, when, hi, by_clause)
            continue
        if _is_state(blanked, info):
            act = _possessive_act(text, t)
            if act:
                moved += _named_event_unit(ctx, p_no, sent, text, t, mentions, act)  # "Yesterday's seizure was ..."
            if when:
                _when_clause(text, t, when, hi, by_clause)
            continue
        by_clause.setdefault((info["a"], info["b"]), []).append((t, info))
    for t, prev in twins.values():
        if prev in placed_nominal and _nominal_in(text, prev, lo):
            moved += _nominal_unit(ctx, p_no, sent, text, t, mentions, lo, prev)
            continue
        found = next(((key, info) for key, group in by_clause.items() for x, info in group if x is prev), None)
        if found:
            by_clause.setdefault(found[0][:2] + (t.start,), []).append((t, found[1]))
    for group in by_clause.values():
        for _, info in group:
            if info["a"] in resumed and info["b"] > resumed[info["a"]][1] and info.get("kind") == "sub":
                # "... since the truce took effect on Dec. 29 arrived in Korvel on Monday": Monday is the main clause's
                info.update(a=lo, kind="main", subj=None)
            # the main clause's headline leaves out a participle phrase dated on its own ("signed on Dec. 29")
            info["holes"] = info["holes"] + [(p0, p1) for p0, p1 in participles
                                             if info["a"] < p0 and p1 < info["b"] and (p0, p1) not in info["holes"]]
    units = []
    for key in sorted(by_clause):
        # "Ahead of Friday's summit, the ministers met on Tuesday": a date naming another happening ("Friday's
        # summit", "the Thursday hearings") never dates the clause when the clause has a date of its own; that
        # happening, when still ahead, is an event of its own.
        plain = [x for x in by_clause[key] if not _event_named(text, x[0]) and not _attributive(text, x[0])]
        # "Tomorrow's vote was requested on Tuesday": a possessive date names its happening when the clause has as
        # precise a day of its own; "In Sunday's debate, he attacked the 2019 vote" keeps Sunday.
        days = [x for x in plain if not _possessive_named(text, x[0])]
        if len(days) < len(plain) and days and max(_precision(x[0])[1] for x in days) >= \
                max(_precision(x[0])[1] for x in plain if _possessive_named(text, x[0])):
            plain = days
        if not plain and all(_event_named(text, x) and _possessive(text, x.end) for x, _ in by_clause[key]):
            # "Varga, who had asked her supporters to stay home ahead of Thursday's ruling, ...": the day is the
            # ruling's; when the asking was is not said
            for x, _ in by_clause[key]:
                units += _named_event_unit(ctx, p_no, sent, text, x, mentions, _event_named(text, x))
            continue
        t, info = max(plain or by_clause[key], key=lambda x: _precision(x[0]))
        for x, _ in by_clause[key]:
            named = (_event_named(text, x) or _possessive_named(text, x) or _attributive_gathering(text, x)) \
                if plain and x is not t else None
            if named:
                units += _named_event_unit(ctx, p_no, sent, text, x, mentions, named)
        unit = _clause_unit(ctx, p_no, sent, text, t, mentions, (info["a"], info["b"]), extra_actor=extra_actor,
                            info=info, others=dated_words)
        if info.get("date_words") is t:
            unit.date_text = t.text
        if t.start in twins or any(t is p for _, p in twins.values()):
            one = re.sub(r"\b(?:two|three|four|both)\s+", "", unit.title, count=1, flags=re.I)
            if len(one.split()) >= 2:                                  # one of them: "Army launches offensives ..."
                unit.title = one[:1].upper() + one[1:]
            elif re.fullmatch(r"[A-Za-z]+s", one.strip()):             # "Two exchanges" → "Exchange takes place"
                unit.title = one.strip()[:1].upper() + one.strip()[1:-1] + " takes place"
        if info.get("deadline") and unit.date:
            unit.title = _fit("Deadline: " + unit.title[:1].lower() + unit.title[1:]
                              if not re.match(r"[A-Z]{2}|[A-Z][a-z]+(?:['\u2019]s)?\s+[A-Z]", unit.title) else "Deadline: " + unit.title)
            unit.date_basis = f"the deadline set; {unit.date_basis}"
        if info.get("since_title") and unit.date:
            unit.title = _fit(headline.make(info["since_title"], "event", names=_person_or_org_names(mentions)))
            unit.date_basis = f"the day it began, counted since then; {unit.date_basis}"
        if unit.date and "(past tense)" in (t.basis or "") and re.search(
                r"\b(?:will|would|could|can|may|might|shall|should)\s+(?:not\s+)?(?:be\s+)?[a-z]+\b[^,;.]*$",
                text[info["a"]:t.start]):
            # "warned that rivers could crest on Thursday": a modal looks ahead; a weekday read as past is doubtful.
            unit.date, unit.state = "", "undated"
            unit.date_basis = (f"'{t.text}' was read as past, but its clause says what could or will happen; "
                               f"set the date by hand")
        # "Oyelaran hopes to hold a round early next month, diplomats said": an unnamed source's attribution is no
        # speaker (`_speaker`), and it is cut from the headline rather than dropping the happening with it.
        source = re.search(r",\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?:says?|said|tells?\s+\w+|reports?|adds?)$", unit.title)
        if source and len(unit.title[:source.start()].split()) >= 3:
            unit.title = unit.title[:source.start()]
        # A headline names who and what, never one word; "Apple did so" and "Police say" say neither.
        said = re.search(r"\s(?:said|told\s+\w+|reported|added)$", unit.title)
        bare = re.search(r"\b(?:(?:do|does|did|done|doing)\s+(?:so|it|that)|says?|tells?\s+\w+|announces?|confirms?|"
                         r"reports?|adds?)$", unit.title, re.I)
        if bare and re.search(r"\b(?:its|their|his|her|the|a|an|preliminary|final|annual|new)\s+(?:[\w-]+\s+)*?reports?$",
                              unit.title, re.I):
            bare = None                # "Mission publishes its preliminary report": the noun, not "X reports"
        if len(unit.title.split()) >= 2 and not bare and not (
                said and len(unit.title[:said.start()].split()) <= 4
                and not any(headline._is_verb_start(w) for w in unit.title[:said.start()].split()[1:])):
            units.append(unit)
    return units + moved


# A postponement's new date: "postponed ... to December 8", "put off until Dec. 18", "rescheduled for Dec. 18", "moved the
# election from Feb. 17 to March 10", "pushed back by three weeks, to March 10".
_RESCHEDULE = (r"postpon(?:ed|es|e|ing)|put(?:s|ting)?\s+off|push(?:ed|es|ing)?\s+back|delay(?:ed|s|ing)?|deferred|"
               r"defers?|mov(?:ed|es|ing)|reschedul(?:ed|es|e|ing)|brought\s+forward|bring(?:s|ing)?\s+forward|"
               r"shift(?:ed|s|ing)?|reset")
_NEW_DATE = re.compile(r"\b(?P<verb>" + _RESCHEDULE + r")\b(?P<mid>(?:(?!\b(?:and|but|because|after|when|while)\b)"
                       r"[^;.:!?\"\u201c\u201d]){0,150}?)(?<!\bscheduled)(?<!\bplanned)(?<!\bset)(?<!\bdue)"
                       r"(?<!\bslated)(?<!\bexpected)(?<!\boriginally)(?<!\binitially)(?<!\bplace)(?:\s|,\s*)(?P<prep>to|until|till|for)\s+(?:(?:early|late|mid)[-\s]+|the\s+(?:start|"
                       r"end|middle|beginning)\s+of\s+)?$", re.I)
_OLD_DATE = re.compile(r"\b(?:" + _RESCHEDULE + r")\b[^;.:!?]{0,120}?\sfrom\s+$", re.I)
_AUX_BEFORE = re.compile(r"\b(?:has|have|had|was|were|is|are|be|will\s+be|would\s+be)\s+(?:(?:\w+ly|then|later|also|now|"
                         r"again)\s+)?(?:been\s+|being\s+)?(?:(?:\w+ly|then|later|also|now|again)\s+)?$", re.I)


def _rescheduled_unit(ctx: _Ctx, p_no: int, sent: Sentence, text: str, t, mentions: list[Mention], lo: int, hi: int,
                      v0: int, v1: int, p0: int) -> list[_Unit]:
    """"Beric postponed the vote ... until Dec. 18" → "Vote rescheduled for Dec. 18", dated Dec. 18: what was put
    off, titled from the verb's object (or, in the passive, its subject), on its new date. No event when what was
    put off cannot be told."""
    unit = _Unit("event", p_no, sent, "", quote=sent.text if text == sent.text else text, clause="named")
    _set_date(unit, t, text)
    if unit.state != "dated":
        return []
    info = _clause_info(text, v0, v1, lo, hi)
    if _AUX_BEFORE.search(text[info["a"]:v0]):                         # "the talks had been postponed to ..."
        if info["kind"] in ("rel", "part", "coord", "ger"):
            span = info.get("subj")
        else:
            span = (info["a"], info["a"] + _AUX_BEFORE.search(text[info["a"]:v0]).start())
    elif re.match(r"\s*(?:which|that)\s", text[info["a"] - 7 if info["a"] >= 7 else 0:info["a"]][-7:] + " ") \
            or info["kind"] == "rel":
        span = info.get("subj")                                           # "the election, which they moved to ..."
    else:
        end = re.search(r",|\s(?:to|until|till|for|by|from|in|at|on|after|citing|because|amid)\s", text[v1:p0 + 1])
        span = (v1, v1 + end.start() if end else p0)
        after = re.match(r"\s+((?:its|their|his|her|the|a|an)\s+[^,;.]+?)(?=[,;.]|$|\s+(?:saying|after|because|amid|as|"
                         r"when|while|which|and|but)\b)", text[t.end:hi])
        if not text[span[0]:span[1]].strip() and after:
            span = (t.end + after.start(1), t.end + after.end(1))     # "postponed until January 4 its hearing on ..."
            text = text[:span[0]] + re.sub(r"(?<=\s)(?:the|a|an)\s", lambda m: " " * len(m.group()),
                                           text[span[0]:span[1]]) + text[span[1]:]
    if not span or span[1] <= span[0]:
        return []
    words = _shorten(text, span[0], span[1], mentions)
    words = re.sub(r"\s+(?:planned|scheduled|set|due|originally|initially|that|which|who)\b.*$", "", words)
    words = re.sub(r"^(?:[\w'\u2019-]+\s+)?(?:[\w-]+['\u2019]s|last|next|this)\s+(?=[a-z])", "", words.strip(), flags=re.I) \
        if re.match(r"^(?:(?:[\w-]+\s+)?(?:month|week|year|day)|tomorrow|today|yesterday|\w+day)['\u2019]s\s", words, re.I) \
        else words
    words = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", words.strip(" ,"), flags=re.I)
    pron = re.fullmatch(r"(it|they)", words, re.I)
    if pron and ctx.last_gathering and (pron.group(1).lower() == "they") == \
            bool(re.search(r"(?:s|talks|consultations|negotiations)$", ctx.last_gathering)):
        words = ctx.last_gathering     # "The Wednesday talks did not take place. They were pushed back to Monday."
    if not words or not re.search(r"[a-z]{3,}", words) or len(words.split()) > 12 or \
            re.match(r"(?:it|them|this|that|they|he|she)$", words, re.I):
        return []
    unit.title = _fit(f"{words[:1].upper() + words[1:]} set for {t.text}")
    unit.actors = uniq([m.slug for m in mentions if m.kind == "actor" and span[0] <= m.start < span[1]])
    unit.places = uniq([m.slug for m in mentions if m.kind == "place" and span[0] <= m.start < span[1]])
    unit.tags = uniq(_tags(words))
    return [unit]


_NAMED_NOUNS = _EVENT_NOUNS + "|runoff|ruling|decision|report|speech|address|hearings|elections|votes|sessions"
# "Friday's summit", "tomorrow's vote": after a date, the happening it names as its owner
_POSSESSIVE_NAMED = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:" + _NAMED_NOUNS + r")\b")
_GIVEN_NOUNS = {"ruling": "issued", "decision": "made", "report": "published", "speech": "given", "address": "given"}
_HELD_NOUNS = re.compile(r"^(?:meeting|meetings|talks|summit|consultations|session|sessions|vote|votes|election|"
                         r"elections|conference|hearing|hearings|negotiations|discussions?|round|debate|referendum|"
                         r"runoff|ceremony|rally|signing|funeral)$")


_PUT_OFF = _status.PUT_OFF


def _event_named(text: str, t) -> tuple[int, int] | None:
    """The span of the happening a date names as its modifier: "Friday's summit (of Arab leaders)", "the Thursday
    hearings", "ahead of the summit on Friday"; None when the date dates its clause."""
    # Only a happening at another time than the clause's: "ahead of Friday's summit", "before the Thursday vote";
    # "In Sunday's debate, Spitzer attacked him" happened in the debate, on its day.
    # "postponed tomorrow's vote", "called off Friday's talks": the happening put off, at the time it was planned for.
    other_time = r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|before|after|following|for|until|till|pending|" \
                 r"" + _PUT_OFF + r")\s+"
    m = _POSSESSIVE_NAMED.match(text[t.end:])
    if m and not re.search(other_time + r"(?:next\s+|last\s+)?$", text[:t.start], re.I):
        m = None
    if not m and re.search(other_time + r"the\s+$", text[:t.start], re.I):
        m = re.match(r"\s+(?:[\w-]+\s+)?(?:" + _NAMED_NOUNS + r")\b", text[t.end:])
    if m:
        start, end = t.start, t.end + m.end()
    else:
        # "invited both sides to talks in Geneva on Dec. 3": the talks' day, not the inviting's.
        m = re.search(r"\b(?:ahead\s+of|before|after|for|invit\w+\s+[^,;]{1,60}?\s+to)\s+(?:an?\s+|the\s+)?"
                      r"((?:[\w-]+\s+){0,2}?(?:" + _NAMED_NOUNS + r")(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)"
                      r"\s+(?:on|in)\s+$", text[:t.start], re.I)
        if not m:
            return None
        start, end = m.start(1), t.end
    of = re.match(r"\s+(?:of|in|on|between|with|over)\s+[^,;.]{1,40}?(?=[,;.]|\s+(?:[a-z]+ed|will|was|were|is|are|"
                  r"has|have|on|in)\b|$)", text[end:])
    return start, end + (of.end() if of else 0)


def _named_event_unit(ctx: _Ctx, p_no: int, sent: Sentence, text: str, t, mentions: list[Mention],
                      span: tuple[int, int]) -> list[_Unit]:
    """"Friday's summit of Arab leaders" → "Summit of Arab leaders planned", dated Friday; a past one only when
    it is a gathering ("Monday's talks" → "Talks held"), else whose happening it was cannot be told."""
    unit = _Unit("event", p_no, sent, "", quote=sent.text if text == sent.text else text, clause="named")
    _set_date(unit, t, text)
    pub = ctx.article.published.isoformat() if ctx.article.published else ""
    if not unit.date or not pub:
        return []
    words = _shorten(text, span[0], span[1], mentions, drop=[t])
    words = re.sub(r"^(?:the|a|an|another)\s+", "", words.strip(), flags=re.I)
    head = re.search(r"\b(" + _NAMED_NOUNS + r")\b", words)
    act = re.match(r"(?:[a-z][\w-]*\s+)?(?:" + _ACT_NOUNS + r")\b", words, re.I)
    if unit.date > pub or re.search(r"\b(?:" + _PUT_OFF + r")\s+$", text[:span[0]], re.I):
        words += " planned"            # put off or called off: the plan it was, whatever its day
    elif head and _HELD_NOUNS.match(head.group(1)):
        words += " held"
    elif head and head.group(1) in _GIVEN_NOUNS:
        words += " " + _GIVEN_NOUNS[head.group(1)]          # "ahead of Thursday's ruling" → "Ruling issued"
    elif act:
        words += "" if " of " in words else " takes place"    # "Seizure of the port", "Seizure takes place"
    else:
        return []
    unit.title = _fit(words[:1].upper() + words[1:])
    unit.actors = uniq([m.slug for m in mentions if m.kind == "actor" and span[0] <= m.start < span[1]])
    unit.places = uniq([m.slug for m in mentions if m.kind == "place" and span[0] <= m.start < span[1]])
    unit.tags = uniq(_tags(words))
    return [unit]


def _precision(t) -> tuple:
    value = _day_value(t)
    return (bool(_DATE_VALUE.match(value)), len(value) if _DATE_VALUE.match(value) else 0, -t.start)


def _blank(text: str, holes: list) -> str:
    for h0, h1 in holes:
        text = text[:h0] + " " * (h1 - h0) + text[h1:]
    return text


_EVENT_SUBJECT = re.compile(r"\b(?:" + "|".join(("meeting|meetings|talks|summit|consultations|session|vote|"
                                                  "election|conference|visit|ceremony|hearing|trial|rally|"
                                                  "negotiations|referendum|launch|deadline|signing|funeral|"
                                                  "match|game|final|strike|protest|march|festival|release|"
                                                  "opening|inauguration|wedding|sale|auction|verdict|"
                                                  "sentencing|debut|premiere|attack|explosion|fire|crash").split("|"))
                            + r")\b", re.I)


def _is_state(text: str, info: dict) -> bool:
    """A clause whose only verb is "be" with a complement states a fact, it reports no happening: "It was the
    strongest earthquake since 1939", "Revenue for the quarter was $4.2 billion". An event noun as subject
    still makes a happening: "The vote was on Tuesday"."""
    a, b = info["a"], info["b"]
    words = re.findall(r"[\w'-]+", text[a:b])
    k = next((i for i, w in enumerate(words) if i and headline._is_verb_start(w) and w.islower()), None)
    if k is None or words[k].lower() not in ("is", "are", "was", "were"):
        return False
    nxt = words[k + 1].lower() if k + 1 < len(words) else ""
    if nxt in ("not", "still", "also", "now", "then", "first", "being"):
        nxt = words[k + 2].lower() if k + 2 < len(words) else ""
    if re.match(r"\s*(?:not\s+)?the\s+(?:first|second|third|last|only)\s+(?:[\w-]+\s+){0,2}?to\s+[a-z]+",
                text[a:b][text[a:b].find(words[k]) + len(words[k]):]):
        return False                          # "Saturday's convoy was the first to reach the city": it reached it
    if nxt.endswith("en") and len(nxt) > 4 and nxt not in ("often", "golden", "sudden", "citizen", "garden", "kitchen",
                                                           "wooden", "woken", "heaven"):
        return False                          # "The town was retaken on Sunday": an irregular participle
    if headline.is_past(nxt) or nxt in headline._PARTICIPLES or nxt.endswith("ing") or nxt in (
            "to", "due", "set", "expected", "scheduled", "supposed", "planned", "slated", "going", "about"):
        return False
    subject = " ".join(words[:k])
    return not _EVENT_SUBJECT.search(subject)


# --------------------------------------------------------------------------- reported speech
def _attribution(ctx: _Ctx, text: str, mentions: list[Mention], tx: list = ()) -> dict | None:
    """Who said it, where the reported words are, and the span that may date the saying."""
    for rx, style in ((_QUOTED, "claim"), (_TRAIL, "claim"), (_TRAIL_INV, "claim"), (_ACCORDING, "claim"),
                      (_STATEMENT, "statement"), (_LEAD, "claim"), (_SAYING, "event")):
        m = rx.match(text)
        if not m:
            continue
        who0, who1 = m.span("who")
        if len(m.group("who").split()) > 12:
            continue
        if rx is _TRAIL_INV and re.search(r"\b(?:that|would|will|could)\b|^\w+day\b", m.group("who")):
            continue                  # "His lawyer, Mark Benson, said Saturday that ...": no inverted speaker
        if rx is _LEAD and any(w.islower() and headline._is_verb_start(w)
                               for w in re.findall(r"[\w'-]+", m.group("who").split(",")[0])[1:]):
            continue                  # "X declared mourning and said ...": "said" is a second predicate
        if rx is _LEAD and re.search(r"\band\s+(?:said|says|told|added|stated)\b", m.group("rest")) and \
                not re.match(r"\s*(?:that\b|:|,|\")", m.group("rest")):
            continue                  # "Erdogan declared seven days of mourning and said ...": an act, then a saying
        if rx is _LEAD and re.match(r"\s+(?!that\b)[^,;:\"\u201c]{1,60}?,\s+saying\b", m.group("rest")):
            continue                  # "X claimed victory on Monday, saying ...": an act with its own day, then what was said
        speaker = _speaker(ctx, text, who0, who1, mentions)
        if not speaker:
            continue
        if rx is _LEAD:
            rest_start = m.start("rest")
            rest = m.group("rest")
            # "told reporters after the two-day meeting that the labor market was strong": the claim is
            # what follows "that"; the words before it say when or where it was said.
            lead = re.match(r"\s*(?:(?P<tail>(?:on|in|at|last|this|earlier|here|after|before|during|following|"
                            r"ahead\s+of|when|while|to)\b[^\"\u201c]*?)\s+)?that\s+", rest)
            if lead:
                content = (rest_start + lead.end(), len(text))
            else:
                skip = re.match(r"[\s,:]*", rest).end()
                # "said on Wednesday it would ...": the day dates the saying, not the words said.
                when = next((t for t in tx if rest_start <= t.start <= rest_start + skip + 12
                             and re.fullmatch(r"[\s,:]*(?:(?:on|in|at|last|this|late|early)\s+)?",
                                              text[rest_start:t.start])), None)
                if when:
                    skip = when.end - rest_start + re.match(r"[\s,:]*(?:that\s+)?", text[when.end:]).end()
                content = (rest_start + skip, len(text))
            if content[1] - content[0] < 8:
                continue
        elif rx is _STATEMENT:
            rest = m.group("rest")
            colon = re.search(r"(?:saying|which said|that)?\s*[:,]?\s*", rest)
            skip = re.match(r"[^:\"\u201c]*[:]?\s*", rest).end() if ":" in rest else colon.end()
            content = (m.start("rest") + skip, len(text))
        else:
            content = m.span("content")
        ctx.last_speaker = speaker.slug if speaker.type == "person" else ctx.last_speaker
        return {"speaker": speaker, "content": content, "style": style, "verb": m.groupdict().get("verb") or "said",
                "who": (who0, who1), "main": (m.end("pre") if "pre" in m.groupdict() and m.group("pre") is not None
                                              else 0, m.end("rest") if rx is _SAYING else content[0])}
    return None


def _speaker(ctx: _Ctx, text: str, a: int, b: int, mentions: list[Mention]) -> Mention | None:
    if re.match(r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds)\s+[a-z]+s\s+"
                r"(?:of|from)\b", text[a:b].strip(), re.I):
        return None                    # "Four deputies of the Farmers' Union said": some of its members, not the party
    inside = [m for m in mentions if m.kind == "actor" and a <= m.start and m.end <= b]
    for kind in ("person", "organisation", "country"):
        for m in inside:
            if m.type == kind:
                return m
    who = text[a:b].strip()
    reg = ctx.reg
    if _PRONOUN.match(who):
        slug = ctx.last_speaker or (ctx.persons[-1] if ctx.persons else "")
        return _mention_of(reg, slug, a, b, who) if slug else None
    title = _THE_TITLE.match(who)
    if title:
        noun = title.group(1).lower()
        for slug in reversed(ctx.persons):
            ent = reg.entity("actor", slug)
            if ent and noun in ent.description.lower():
                return _mention_of(reg, slug, a, b, who)
    return None


def _mention_of(reg: Registry, slug: str, a: int, b: int, text: str) -> Mention:
    ent = reg.entity("actor", slug)
    return Mention(a, b, text, "actor", slug, ent.type, reg.short("actor", slug))


def _statement_unit(ctx: _Ctx, p_no: int, sent: Sentence, text: str, att: dict, outer: list, mentions, meanwhile,
                    inner: list = ()):
    speaker: Mention = att["speaker"]
    c0, c1 = att["content"]
    unit = _Unit("statement", p_no, sent, "", speaker=speaker.slug, speaker_short=speaker.short, quote=sent.text)
    dated = [t for t in outer if _own(t)]
    vague = [t for t in outer if not _own(t) and t.type == "DATE"]
    said_part = text[:c0] + " " + text[c1:]
    if dated:
        _set_date(unit, dated[0], text)
    elif vague or _UNDATED_ADVERB.search(said_part):
        words = vague[0].text if vague else _UNDATED_ADVERB.search(said_part).group(1)
        unit.state, unit.date_text = "undated", words
        unit.date_basis = f"'{words}' gives no day; set the date by hand"
    else:
        unit.state = "meanwhile" if meanwhile else "bare"
    if att["style"] == "event":
        m0, m1 = att["main"]
        unit.title = headline.make(_shorten(text, m0, m1, mentions, drop=outer), "event")
    else:
        # "said on Sunday that the government would announce measures on Tuesday": the date is in `date` of
        # the event of its own, never in the statement's headline.
        claim = _claim(text, c0, c1, mentions, drop=[t for t in inner if not _modifier(text, t)
                                                              and not _dates_a_modifier(text, c0, t)])
        verb = att["verb"].split()[0].lower()
        own_title = _own_title(claim, ctx.reg.entity("actor", speaker.slug))
        verdict = re.match(r"^(.+?)\s+(?:is|are|was|were)\s+(not\s+acceptable|unacceptable|acceptable)\b", claim)
        if verdict and verdict.group(2) != "acceptable":
            thing = verdict.group(1)
            if thing.split()[0] not in _short_names(mentions):
                thing = thing[:1].lower() + thing[1:]          # "Proposal" → "proposal", but "US" stays
            unit.title = f"{speaker.short} rejects {thing}"
        elif verdict:
            unit.title = f"{speaker.short} accepts {verdict.group(1)}"
        elif own_title:
            unit.title = f"{speaker.short} {own_title}"      # "The secretary-general is alarmed" → "Ban ... alarmed"
        elif att["style"] == "statement":
            unit.title = f"{speaker.short} issues statement" + (f": {claim}" if claim else "")
        elif verb in ("said", "says", "added", "adds", "remarked", "stated", "noted", "told", "wrote"):
            if re.match(r"(?:it|they|we|he|she|i)\b", claim, re.I):
                unit.title = f"{speaker.short} says {claim if _FIRST_PERSON.match(claim) else claim[:1].lower() + claim[1:]}"
            else:
                unit.title = f"{speaker.short}: {claim}" if claim else f"{speaker.short} makes statement"
        else:
            claim = claim[:1].lower() + claim[1:] if claim[:2].istitle() or claim[:2] == "It" else claim
            unit.title = f"{speaker.short} {headline.third_person(headline.base_form(verb))} {claim}".strip()
        unit.title = _fit(_with_topic(unit.title, text, mentions))
    unit.actors = uniq([speaker.slug] + [m.slug for m in mentions if m.kind == "actor" and c0 <= m.start < c1])
    unit.places = uniq([m.slug for m in mentions if m.kind == "place"])
    unit.tags = uniq(["statement"] + _tags(text))
    return unit


_FIRST_PERSON = re.compile(r"I\b")


def _short_names(mentions: list[Mention]) -> set[str]:
    return {m.short for m in mentions}


def _own_title(claim: str, ent: EntityDraft | None) -> str:
    """The rest of a claim whose subject is the speaker's own title, as quoted by their office."""
    if not ent or not ent.description or not claim:
        return ""
    words = claim.split()
    for n in (3, 2, 1):
        head = fold(" ".join(words[:n]))
        if len(words) > n and len(head) >= 5 and f" {head} " in f" {fold(ent.description.split('(')[0])} ":
            rest = words[n:]
            if rest[0].lower() in ("is", "are", "was", "were") and len(rest) > 1:
                rest = rest[1:]
            return " ".join(rest)
    return ""


def _claim(text: str, c0: int, c1: int, mentions: list[Mention], drop: list = ()) -> str:
    content = text[c0:c1].strip()
    lead = len(text[c0:c1]) - len(text[c0:c1].lstrip())
    start = c0 + lead
    dateline = re.match(r"[A-Z][\w .'-]{0,30}:\s+", text[start:c1])
    if dateline:
        start += dateline.end()                           # "Belgrade: The US proposal ..."
    told = re.match(r"(?:(?:at|in|on|outside|after|before|during|from|by|with|via|through|over)\s+[^,.;:\"\u201c]{0,60}?\s+)?"
                    r"that\s+(?=\S)", text[start:c1])
    if not told and re.search(r"\b(?:told|tells|tell|informed|informs|assured|assures|reminded|briefed)\s+"
                              r"(?:(?:the\s+)?[A-Z][\w'-]*\s+){0,3}$", text[:start]):
        # "told a news conference on Monday that ...", "told the Council in a closed-door briefing that ...": the
        # hearer and the place go, the claim is what follows "that".
        told = re.match(r"[^,.;:\"\u201c]{1,90}?\s+that\s+(?=\S)", text[start:c1])
    if told and not content[:1] in "\"\u201c":
        start += told.end()                               # "(told reporters) outside the court that he would ..."
    second = re.search(r",?\s+and\s+that\s+", text[start:c1])
    if second:
        c1 = start + second.start()                       # "she would bring ... back to the table and that ...": one claim
    # A quotation: its first sentence is the claim.
    if content[:1] in "\"\u201c":
        first = re.match(r"[\"\u201c](.+?[.!?,])(?:\s|[\"\u201d]|$)", content)
        end = start + 1 + len(first.group(1)) if first else c1
        start += 1
        c1 = end
    # "Just as ..., which ..., Washington withdrew its proposal": the main clause is the last with a verb.
    if re.match(r"(?:just\s+)?(?:as|when|while|after|before|although|though|if|because|since|despite|amid|"
                r"following|with)\b", text[start:c1], re.I):
        for m in reversed(list(re.finditer(r",\s+", text[start:c1]))):
            seg = text[start + m.end():c1]
            if any(headline._is_verb_start(w) for w in seg.split()[1:]):
                start = start + m.end()
                break
    claim = _shorten(text, start, c1, mentions, drop=drop)
    # "the consultations planned for Wednesday had been postponed", its date gone: "planned" goes with it.
    claim = re.sub(r"\b(?:planned|scheduled|set|due)\s+(?=(?:had|has|have|was|were|is|are|would|will)\s)", "", claim)
    return headline.make(claim, "claim")


_DECIDING = re.compile(r"^(?P<head>.*?\b)(?P<verb>announce|decide|rule|determine|say|consider)(?P<infl>s|d|ed)?"
                       r"\s+(?:whether|if)\s+(?:(?:an?|the)\s+)?(?P<np>[^,;:]+)$")
_CLAUSE_VERB = re.compile(r"\b(?:can|could|will|would|should|may|might|must|is|are|was|were|has|have|had|be|"
                          r"[a-z]+ed)\b")


def _cut_open_clause(title: str) -> str:
    """A title never ends inside a "whether" or "if" clause cut short: "Court to announce whether no-confidence
    motion" → "Court to rule on no-confidence motion" (a deciding verb decides on the clause's subject); any other
    verb stops before the clause ("Minister asks whether ..." keeps "Minister asks ..." only when it is whole)."""
    # "... back to table and that humanitarian part": a second "that" claim cut short goes whole.
    title = re.sub(r"(?<=\w)\s+and\s+that\s+(?!.*\b(?:is|are|was|were|will|would|has|have|had)\b).*$", "", title)
    # "... wins election on promise": a noun that needs its "to ..." is no end; its phrase goes.
    title = re.sub(r"(?<=\w)\s+(?:on|with|after|under|amid)\s+(?:promise|pledge|vow|bid|threat|call|hope)s?$", "", title)
    # "... attend talks in Oslo opening", its date gone: a participle left after its noun goes too.
    if len(title.split()) >= 5:
        title = re.sub(r"(?<=[a-z])\s+(?:opening|starting|beginning|ending)$", "", title)
    # "Vote, Sandrak says ...": a leftover of a fronted phrase ("Speaking ... after the vote,") before the speaker.
    title = re.sub(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+(?=[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:says|tells)\b)", "",
                   title)
    m = re.search(r"\s+(?:whether|if)\s+(?P<rest>[^,;:]*)$", title)
    if not m or _CLAUSE_VERB.search(m.group("rest")):
        return title
    d = _DECIDING.match(title)
    if d and d.group("np").split():
        verb = "rule" if re.search(r"\b(?:[Cc]ourt|[Jj]udges?|[Tt]ribunal)\b", d.group("head")) else "decide"
        infl = {"s": "s", "d": "d", "ed": "d"}.get(d.group("infl") or "", "")
        return f"{d.group('head')}{verb}{infl} on {d.group('np')}"
    head = title[:m.start()]
    return head if len(head.split()) >= 3 and ": " not in head[-4:] else title


def _fit(title: str) -> str:
    # A happening named by a noun gets its verb ("Council meeting" → "Council meets"); then at most
    # MAX_WORDS words and MAX_LEN characters, cut where a phrase ends.
    title = headline.verbal(headline.drop_adverb_days(title))
    keep = title.index(": ") + 2 if ": " in title[:40] else 0
    title = _cut_open_clause(headline.fit_words(title, len(title[:keep].split()) + 1))
    if len(title) <= headline.MAX_LEN:
        return title
    title = re.sub(r"\bUnited Nations\b(?!['\u2019]s)", "UN", title)     # headline style, when the words run long
    if len(title) <= headline.MAX_LEN:
        return title
    return headline.shorten_to_fit(title, len(title[:keep].split()) + 1)


# --------------------------------------------------------------------------- dated clauses
# "..., and rebels shot down a helicopter": an irregular past after a bare plural subject opens a clause too.
_IRREGULAR_PAST = "|".join(sorted(w for w in headline._IRREGULAR if re.fullmatch(r"[a-z]{3,}", w)))
_OPENER = re.compile(r"(?:,\s+|\s+)(?:" + _CLAUSE_OPENERS + r")\s+(?=[A-Z]|the\b|an?\b|his\b|her\b|its\b|"
                     r"their\b|[a-z]+\s+(?:[a-z]+ed|[a-z]+s|won|was|were|is|are|has|had)\b|[a-z]+s\s+(?:"
                     + _IRREGULAR_PAST + r")\b|"
                     # "after talks with police broke down": a bare plural, its prepositional phrase, a past verb
                     r"[a-z]+s\s+(?:with|of|between|from|in|on|over)\s+(?:the\s+)?[a-z]+\s+(?:[a-z]+ed|was|were|had|"
                     + _IRREGULAR_PAST + r")\b)")
# Relative clauses: ", which will open in 2022", "a program that began in September".
_RELATIVE = re.compile(r"(?P<comma>,\s+|\s+)(?:which|who|whose)\s+|\s+that\s+(?=(?P<verb>[a-z]+)\b)")
# A participle phrase set off by commas: "Northwind, founded in 1998 by two graduates, went public".
_PARTICIPLE = re.compile(r",\s+(?=(?:(?:first|initially|originally|already|[a-z]+ly)\s+)?(?:[a-z]+ed|[a-z]+en|born|built|made|held|led|known|run|set|sold|bought|won|lost|"
                         r"kept|found|begun)\s+(?:in|on|at|by|during|last|this|from|for|as|after|before|early|late|"
                         r"with|under|between)\b)")
_APPOSITIVE = re.compile(r"\b[A-Z][\w'-]*(,\s+)(?=(?:the|a|an)\s+)")
# "The exchange, the first result of talks that opened on Monday, was to take place on Wednesday": a subject's appositive.
_SUBJECT_APPOSITIVE = re.compile(r"(?:The|A|An|Its|Their|His|Her)\s+(?:[\w'-]+\s+){0,2}?[a-z][\w'-]*(,\s+)"
                                 r"(?=(?:the|a|an)\s+)")
_OPENING_PARTICIPLE = re.compile(r"(?:(?:Born|[A-Z][a-z]+ed|Built|Founded)\s+(?:in|on|at|during|last)\b[^,;]*?(,)\s+"
                                 r"(?=[A-Z])|(?:After|Before|Since|Upon|While)\s+[a-z]{2,}ing\s+[^,;]*?(,)\s+"
                                 r"(?=[A-Z]|the\b|an?\b|his\b|her\b|its\b|their\b))")
# A second predicate of the same subject: "The wall was built in 1961 and fell on Nov. 9, 1989".
_COORD = re.compile(r"(?:,?\s+(?:and|but)(?:\s+then|\s+later)?|,\s+then)\s+(?=(?P<verb>[a-z]+(?:-[a-z]+)?)\b)")
_THAT_VERBS = {"began", "begins", "ends", "opens", "starts", "runs", "comes", "goes", "killed", "took", "takes"}
_NOT_RESUMING = {"and", "or", "but", "which", "who", "when", "while", "where", "as", "after", "before", "including",
                 "with", "the", "a", "an", "its", "their", "his", "her", "our", "up", "down", "from", "than"}


def _boundaries(text: str, lo: int, hi: int) -> list[tuple[int, int, str, bool]]:
    """(start, end, kind, parenthetical) of every clause opener: kind "sub" (own subject), "rel" (relative
    clause: the subject is the noun before it), "part" (participle phrase), "coord" (second predicate)."""
    out: dict[int, tuple[int, int, str, bool]] = {}
    for m in _OPENER.finditer(text, lo, hi):
        word = m.group().strip(" ,")
        if word == "as" and not _as_clause(text, lo, m.start(), m.end(), hi):
            continue
        if word == "and" and not m.group().startswith(","):
            continue
        kind = "rel" if word in ("which", "who") else "sub"
        out[m.start()] = (m.start(), m.end(), kind, kind == "rel" and m.group().startswith(","))
    for m in _RELATIVE.finditer(text, lo, hi):
        verb = m.group("verb")
        if verb is not None and not (headline._is_verb_start(verb) or verb in _THAT_VERBS):
            continue
        out[m.start()] = (m.start(), m.end(), "rel", bool(m.group("comma") and m.group("comma").startswith(",")))
    for m in _PARTICIPLE.finditer(text, lo, hi):
        # Only a phrase after which the main clause resumes: "Northwind, founded in 1998, went public" — in
        # "Jane Doe, 45, died on Sunday" the participle is the main verb.
        if _paren_end(text, m.end(), hi) < hi and not re.search(r"\d\s*$", text[lo:m.start()]):
            out[m.start()] = (m.start(), m.end(), "part", True)
    subject_appositive = _SUBJECT_APPOSITIVE.match(text, lo, hi)
    for m in list(_APPOSITIVE.finditer(text, lo, hi)) + ([subject_appositive] if subject_appositive else []):
        # "Ingrid Solberg, the Norwegian chemist whose work earned her a Nobel Prize, died Sunday": an appositive
        # after a name, closed by a comma before the main verb; its clauses never take the main clause's date.
        p1 = _paren_end(text, m.end(), hi)
        resume = re.match(r",\s+([a-z][\w'-]*)", text[p1:hi])
        if p1 < hi and resume and headline._is_verb_start(resume.group(1)):
            out[m.start(1)] = (m.start(1), m.end(1), "rel", True)
    opener = _OPENING_PARTICIPLE.match(text, lo, hi)
    if opener:
        # "Born in 1937 in Bergen, Solberg studied chemistry": the opening phrase is a clause of its own.
        k = opener.start(1) if opener.group(1) else opener.start(2)
        out[k] = (k, opener.end(), "sub", False)
    for m in _COORD.finditer(text, lo, hi):
        if re.search(r"\b[a-z]{3,}ing\s+(?:[a-z-]+\s+){0,2}[a-z]+s$", text[lo:m.start()]) and \
                re.match(r"[a-z]+ed\s+[a-z]+s\b", text[m.end():hi]):
            continue               # "began carrying civilians and wounded fighters": two objects, not two predicates
        if headline._is_verb_start(m.group("verb")) and m.group("verb") not in ("need", "red"):
            out[m.start()] = (m.start(), m.end(), "coord", False)
    for m in re.finditer(r";\s+", text[lo:hi]):
        out[lo + m.start()] = (lo + m.start(), lo + m.end(), "sub", False)
    # "said he would appeal the ruling and that new hearings would be held in June": a second reported clause;
    # its date never dates the first.
    for m in re.finditer(r",?\s+and\s+that\s+(?=[a-z])", text[lo:hi]):
        out[lo + m.start()] = (lo + m.start(), lo + m.end(), "sub", False)
    # "Voting will take place on March 10, with the campaign opening on Feb. 8": a subject and an -ing verb of its own.
    for m in re.finditer(r",\s+with\s+(?=(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){1,3}?[a-z]{3,}ing\s+"
                         r"(?:on|in|at|from|after|before|this|next|last|early|late|[A-Z]\w*day)\b)", text[lo:hi]):
        out[lo + m.start()] = (lo + m.start(), lo + m.end(), "sub", False)
    # "forces have advanced since launching an offensive in mid-October": the gerund is a happening of the
    # clause's subject, and its date never dates the clause it hangs on.
    for m in re.finditer(r"(?:,\s+|\s+)(?:since|after|before|upon|while|when|by)\s+(?=(?P<ger>[a-z]{2,}ing)\s+[\w\"'])",
                         text[lo:hi]):
        # A fronted one ("Then, after extending its offer, IMA lowered ...") runs to a comma; left as it was.
        fronted = not any(w.islower() and headline._is_verb_start(w) for w in re.findall(r"[\w'-]+", text[lo:lo + m.start()]))
        if m.group("ger") not in _ING_NOUNS and not fronted:
            out[lo + m.start()] = (lo + m.start(), lo + m.end(), "ger", False)
    # "turned back three on Thursday, saying their papers were not in order": the reason given is a clause of its own,
    # and its "were" never makes the predicate before it a state.
    for m in re.finditer(r",\s+(?:saying|adding|citing|claiming|arguing|insisting|noting)\s+", text[lo:hi]):
        out.setdefault(lo + m.start(), (lo + m.start(), lo + m.end(), "sub", False))
    # What was said is a clause of its own: "Police said on Saturday that a man was arrested on Friday".
    for m in re.finditer(r"\b(?:said|says|told\s+\w+|announced|confirmed|reported|added)\b[^\"\u201c,;]{0,70}?"
                         r"(?P<that>\s+that\s+)(?=[A-Za-z0-9])", text[lo:hi]):
        k = lo + m.start("that")
        out.setdefault(k, (k, lo + m.end("that"), "sub", False))
    # ... and without "that": "Prosecutors said the defendant had met the victim in 2019 and moved in the following
    # year": the second predicate is the defendant's.
    for m in re.finditer(r"\b(?:said|says)(?P<sp>\s+)(?!(?:an?|the|this|that|last|next)\s+(?:day|week|month|year|"
                         r"while|time)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|"
                         r"May|June|July|Aug|Sept?|Oct|Nov|Dec|Earlier|Later|Last|This|Next)\b)(?=(?:the|a|an|his|her|its|"
                         r"their|[A-Z][\w'-]*|\d[\d,.]*)\s+(?:[\w'-]+\s+){0,4}?(?:had|has|have|was|were|would|will|could|is|are)\b)",
                         text[lo:hi]):
        k = lo + m.start("sp")
        out.setdefault(k, (k, lo + m.end("sp"), "sub", False))
    return [out[k] for k in sorted(out)]


def _as_clause(text: str, lo: int, s: int, e: int, hi: int) -> bool:
    """"Fighting resumed on Monday as troops moved in": "as" opens a clause of its own only when a subject and a
    finite verb follow it; "such as the", "known as the", "as well as" and "as part of" open none."""
    if re.search(r"\b(?:such|well|same|so|known|served|seen|regarded|described|named|acts?|acting)\s*$",
                 text[lo:s], re.I):
        return False
    words = re.findall(r"[\w'-]+", text[e:hi])[:6]
    for i, w in enumerate(words):
        if i and w.islower() and (headline.is_past(w) or w in ("is", "are", "was", "were", "has", "have", "had",
                                                                "will", "would")):
            # a subject before the verb: "as previously planned" has none
            return not any(x.lower() in headline._PREPOSITIONS for x in words[:i]) and \
                any(not x.endswith("ly") and x.lower() not in _ADVERBS for x in words[:i])
    return False


_ING_NOUNS = {"morning", "evening", "spring", "nothing", "something", "anything", "everything", "during", "king",
              "building", "meeting", "hearing", "ceiling", "ring", "thing", "wing", "string", "briefing", "uprising",
              "bombing", "shooting", "killing", "fighting", "shelling", "ruling", "sitting", "opening", "landing"}


def _paren_end(text: str, start: int, hi: int) -> int:
    """Where a parenthetical clause set off by a comma ends: at the comma after which the main clause
    resumes with its verb ("..., which fell 30 percent in 2022, rose 5 percent"), else at the clause end."""
    for m in re.finditer(r",\s+([a-z][\w'-]*)", text[start:hi]):
        if m.group(1) not in _NOT_RESUMING:
            return start + m.start()
    return hi


def _hole(text: str, b0: int, p1: int) -> tuple[int, int]:
    # The parenthetical with its closing comma: "Northwind, founded in 1998, went public" → "Northwind went public".
    m = re.match(r",\s*", text[p1:])
    return b0, p1 + (m.end() if m else 0)


def _clause_info(text: str, s: int, e: int, lo: int, hi: int) -> dict:
    """The clause a time expression at s..e belongs to: its span, the subject it shares with the clause it
    hangs on (a relative clause's noun, a second predicate's subject), and parentheticals to leave out."""
    bounds = _boundaries(text, lo, hi)
    parens = [(b0, b1, kind, _paren_end(text, b1, hi)) for b0, b1, kind, paren in bounds if paren]
    for b0, b1, kind, p1 in parens:
        if b1 <= s and e <= p1:
            # "the deal, which was reached on Dec. 3 and collapsed the following morning, ...": a second predicate
            # inside the aside is a clause of its own, with the aside's noun for subject.
            inner = [x for x in bounds if b1 < x[0] < p1 and not x[3] and (x[2] == "sub" or x[2] == "coord"
                                                                           and kind in ("rel", "part"))]
            nested = [x for x in bounds if b1 < x[0] and x[1] <= s and not x[3] and x[2] == "rel"
                      and not any(x[1] <= y[0] < s for y in inner)]
            if nested:
                # "the first result of talks that opened on Monday": the date is the talks', in the aside's own aside
                r0, r1 = nested[-1][0], nested[-1][1]
                b = min([p1] + [x[0] for x in inner if x[0] >= e])
                return {"a": r1, "b": b, "kind": "rel", "subj": _antecedent(text, b1, r0), "holes": []}
            a = max([b1] + [x[1] for x in inner if x[1] <= s])
            b = min([p1] + [x[0] for x in inner if x[0] >= e])
            opened = next((x for x in inner if x[1] == a), None)
            if opened is not None and opened[2] == "coord" and not any(
                    x[2] == "sub" and x[1] <= s for x in inner):
                return {"a": a, "b": b, "kind": "part" if kind == "part" else "coord",
                        "subj": _antecedent(text, lo, b0), "holes": []}
            subj = _antecedent(text, lo, b0) if a == b1 else None
            return {"a": a, "b": b, "kind": kind if a == b1 else "sub", "subj": subj, "holes": []}
    holes = [_hole(text, b0, p1) for b0, b1, kind, p1 in parens if not (b0 <= s < p1)]
    valid = [x for x in bounds if not x[3] and not any(h0 <= x[0] < h1 for h0, h1 in holes)]
    starts = [(lo, "main", lo)] + [(b1, kind, b0) for b0, b1, kind, _ in valid if b1 <= s]
    ends = [hi] + [b0 for b0, b1, kind, _ in valid if b0 >= e]
    starts.sort()
    a, kind, b0 = starts[-1]
    b = min(ends)
    subj = None
    opener = _OPENING_PARTICIPLE.match(text, lo, hi)
    if opener and a == lo and b <= (opener.start(1) if opener.group(1) else opener.start(2)):
        return {"a": a, "b": b, "kind": "opener", "subj": _subject_span(text, opener.end(), hi), "holes": []}
    if kind == "rel":
        subj = _antecedent(text, starts[-2][0] if len(starts) > 1 else lo, b0)
    elif kind in ("coord", "ger"):
        # The subject is that of the nearest clause before with a verb of its own: in "has sold 2 million phones
        # since Sept. 1 and plans to ...", "since Sept. 1" has none, the subject is "The company".
        for k, (prev, pkind, p0) in reversed(list(enumerate(starts[:-1]))):
            if k and pkind == "sub" and text[b0:b0 + 1] == "," and re.match(
                    r"[\s,]*(?:when|while|after|before|because|although|though|since|until|as|once)\b", text[p0:prev]):
                continue       # "collapsed when shelling resumed, but was revived": the subject is the main clause's
            subj = _subject_span(text, prev, b0)
            if subj and "," in text[subj[0]:subj[1]].strip(" ,"):
                seg = text[subj[0]:subj[1]]
                if re.match(r"\s*(?:after|before|in|on|at|when|while|as|since|following|despite|with|for|during|"
                            r"amid|under|by|from|to|then|but|and)\b", seg, re.I):
                    # "After accounting for a revision, the economy has ...": the subject follows the opener
                    subj = (subj[0] + seg.rstrip(" ,").rindex(",") + 1, subj[1])
                else:
                    subj = (subj[0], text.index(",", subj[0]))  # "The deal, first announced ..., but was revived"
            if subj or any(w.islower() and headline._is_verb_start(w) for w in re.findall(r"[\w'-]+", text[prev:b0])):
                break          # "the blasts which killed ... and injured ...": a clause with a verb, no subject
    if kind == "ger" and subj:
        # "the city that government forces have been trying to retake since launching an offensive": the gerund's
        # subject is that of the nearest clause with a verb, here a relative clause with a subject of its own.
        rel = list(re.finditer(r"\b(?:that|which|whom)\s+((?:the\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                               r"\s+(?:have|has|had|is|are|was|were|will|would)\b", text[subj[1]:b0]))
        if rel and not any(headline._is_verb_start(w) for w in rel[-1].group(1).split()):
            subj = (subj[1] + rel[-1].start(1), subj[1] + rel[-1].end(1))
    return {"a": a, "b": b, "kind": kind, "subj": subj, "holes": [h for h in holes if a <= h[0] and h[0] < b]}


_DETERMINER = re.compile(r"(?<![\w'])(?:the|a|an|its|their|his|her|our|this|these|those|[\w.-]+['\u2019]s)\s+", re.I)


def _antecedent(text: str, lo: int, p: int) -> tuple[int, int] | None:
    """The noun phrase a relative clause or participle phrase at p describes: "a new campus in Austin, Texas"
    (", which will open"), "The company's shares" (", which fell"), "Northwind" (", founded")."""
    seg = text[lo:p]
    # "a deal to swap prisoners with the Kostra People's Guard, agreed on Dec. 3": what is agreed, signed or
    # reached is an agreement, not the last party named before the verb.
    if re.match(r"[\s,]*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?"
                r"(?:agreed|signed|reached|brokered|struck|negotiated|sealed)\b", text[p:]):
        deal = list(re.finditer(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[\w.-]+['\u2019]s)\s+(?:(?!(?:of|with|for|to|the|an?)\b)[\w-]+\s+){0,3}?"
                                r"(?:deal|agreement|accord|truce|ceasefire|cease-fire|pact|treaty|protocol|swap)\b", seg))
        if deal:
            return lo + deal[-1].start(), p
    # "the first concrete result of talks that opened": a bare plural right before "that" is what opened.
    bare_of = re.search(r"\bof\s+([a-z][\w-]*s)\s*$", seg)
    if bare_of and re.match(r"[\s,]*that\b", text[p:]):
        return lo + bare_of.start(1), p
    dets = list(_DETERMINER.finditer(seg))
    if dets:
        start = dets[-1].start()
        for d in reversed(dets[:-1]):
            between = seg[d.end():start]
            if d.end() == start or (re.fullmatch(r"(?:[a-z-]+\s+){1,2}", between)
                                    and re.search(r"['\u2019]s\s*$", seg[start:dets[-1].end()])):
                start = d.start()
            else:
                break
        return lo + start, p
    caps = re.search(r"(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w.'-]*\s*$", seg)
    if caps:
        return lo + caps.start(), p
    # "renewing protests that began last Monday": a bare plural after a verb in -ing or a preposition.
    bare = re.search(r"\b(?:[a-z]+ing|of|for|against|over|with)\s+([a-z][a-z-]+s)\s*$", seg)
    if bare:
        return lo + bare.start(1), p
    return None


def _subject_span(text: str, lo: int, p: int) -> tuple[int, int] | None:
    """The subject of the clause at lo..p: the words before its first verb."""
    for m in re.finditer(r"[\w'-]+", text[lo:p]):
        w = m.group()
        if m.start() and w.islower() and headline._is_verb_start(w):
            return lo, lo + m.start()
    return None


def _clause_unit(ctx: _Ctx, p_no: int, sent: Sentence, text: str, t, mentions: list[Mention],
                 span: tuple[int, int], extra_actor: Mention | None = None, info: dict | None = None,
                 others: list = ()) -> _Unit:
    a, b = span
    unit = _Unit("event", p_no, sent, "", quote=sent.text if text == sent.text else text,
                 clause=(info or {}).get("kind", "main"))
    if unit.clause == "sub" and re.search(r"(?:\b(?:and|but)|;)\s*$", text[:a]):
        unit.clause = "and"            # "..., and rebels shot down a helicopter": a clause of its own, never the main's
    title = ""
    info = info or {"kind": "main", "subj": None, "holes": []}
    in_clause = [m for m in mentions if a <= m.start < b]
    actors = [m.slug for m in in_clause if m.kind == "actor"]
    if t is not None:
        _set_date(unit, t, text)
        nominal = _NOMINAL.search(text[a:t.start])
        called = _NOMINAL_OF.search(text[a:t.start])
        if called and not nominal:
            # "called an emergency meeting of the Supreme Defense Council for Wednesday": the day is the meeting's.
            o0, o1 = a + called.start("of"), a + called.end("of")
            title = f"{_shorten(text, o0, o1, mentions)} {called.group('noun')}"
            actors = [m.slug for m in in_clause if m.kind == "actor" and o0 <= m.start < o1]
        if nominal:
            of = re.match(r"\s+of\s+(?:the\s+)?([A-Z][^,.;]*?)(?=[,.;]|$)", text[t.end:b])
            noun = nominal.group("noun")
            if of:
                o0, o1 = t.end + of.start(1), t.end + of.end(1)
                title = f"{_shorten(text, o0, o1, mentions)} {noun}"
                # The date belongs to the meeting, not to the trip before it: its actors are the clause's
                # subject and the meeting's own.
                subject = [m.slug for m in in_clause if m.kind == "actor" and m.start - a < 3]
                actors = subject + [m.slug for m in in_clause if m.kind == "actor" and o0 <= m.start < o1]
    if not title:
        drop = [x for x in ([t] if t is not None else []) + [x for x in others if x is not t]
                if not _modifier(text, x)]
        words = _shorten(text, a, b, mentions, drop=drop, holes=info["holes"])
        dateline = DATELINE.match(words) if a == 0 else None
        if dateline and not re.search(r"\b[a-z]+\b", dateline.group()):
            words = words[dateline.end():]                 # "WASHINGTON (Reuters) - Biden signed ..."
        subj = info.get("subj")
        fronted = re.match(r"(?:after|before|since|upon|while)\s+([a-z]+ing)\b", words, re.I) \
            if info["kind"] == "opener" else None
        if fronted:                                        # "After meeting on Tuesday, the ministers ..."
            info = {**info, "kind": "ger"}
            words = words[fronted.start(1):]
        elif info["kind"] == "opener":
            words = words[:1].lower() + words[1:]          # "Born in Bergen" → "Solberg was born in Bergen"
        if info["kind"] in ("rel", "part", "coord", "opener", "ger"):
            if not subj:
                return unit                                # whose happening it is cannot be told: no event
            s0, s1 = subj
            wire = wire_dateline(text)
            if wire and s1 <= wire.end():
                # "OSLO, May 3 (Reuters) - Prime Minister Solberg dissolved ... and called ...": the subject is the
                # lead's, after the dateline, never the dateline's city.
                s0, s1 = _subject_span(text, wire.end(), a) or (s0, s1)
            subject = _shorten(text, s0, s1, mentions, drop=[x for x in others if s0 <= x.start < s1])
            dl = DATELINE.match(subject)
            if dl and not re.search(r"\b[a-z]+\b", dl.group()):
                subject = subject[dl.end():]
            words = re.sub(r"^(?:which|who|that)\s+", "", words)
            whose = re.search(r"\bwhose\s+$", text[max(0, a - 8):a]) or re.match(r"whose\s+", words)
            if whose and info["kind"] == "rel" and subject:
                # "Lund, whose Green Party tabled the motion": the party is the subject, Lund its owner.
                words = re.sub(r"^whose\s+", "", words)
                at = text.rfind("whose", 0, a + 6)
                name = re.search(r"((?:[A-Z][\w'-]*\s+(?:(?:for|of|and|the|de)\s+)*)*[A-Z][\w'-]*)(?:\s+\(([A-Z]{2,6})\))?"
                                 r",\s*$", text[:at]) if at > 0 else None
                if name:                   # "a spokesman for Doctors Without Borders (MSF), whose ...": MSF's
                    subject = name.group(2) or _shorten(text, name.start(1), name.end(1), mentions)
                poss = subject if subject.endswith(("'s", "\u2019s")) else f"{subject}'s"
                words, subject = f"{poss} {words}", ""
            obj = re.match(r"^((?:the|a|an|his|her|its|their)\s+(?:[\w'-]+\s+){0,3}?|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+"
                           r"|[a-z][\w'-]*(?:\s+[a-z][\w'-]*s)?\s+)"     # "which government forces completed"
                           r"((?:had|has|have|was|were)\s+)?([a-z]+ed|[a-z]+en|" + _IRREGULAR_PAST + r")\b(.*)$",
                           words) if info["kind"] == "rel" else None
            if obj and not headline._is_verb_start(obj.group(1).split()[0]):
                # "the plan, which the envoy had presented": the relative pronoun is the object; the clause has a
                # subject of its own → "Envoy presents plan".
                words = f"{obj.group(1)}{obj.group(3)} {subject[:1].lower() + subject[1:]}{obj.group(4)}"
                subject = ""
            ger = re.match(r"([a-z]+ing)\b", words) if info["kind"] == "ger" else None
            if ger:
                # "since launching an offensive" → "Government forces launch offensive"
                base = _ing_to_base(ger.group(1))
                plural = headline.is_plural(subject.split(), _person_or_org_names(mentions))
                words = (base if plural else headline.third_person(base)) + words[ger.end():]
            # "was first elected in 2022 and re-elected in 2027": the second participle shares the passive
            # (the same verb again, "re-elected", or one with its agent, "and released by the army"; "was agreed
            # but collapsed" is active)
            second = re.match(r"(?:re-?)?([a-z]+ed)\b(\s+by\b)?", words)
            first = re.search(r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+|first\s+|later\s+)?"
                              r"([a-z-]+(?:ed|en))\b[^,;]*$", text[s1:a])
            passive = info["kind"] == "coord" and second and first and (
                second.group(2) or second.group(1) == first.group(1) and second.group() != first.group(1))
            if subject:
                words = f"{subject} {'was ' if info['kind'] in ('part', 'opener') or passive else ''}{words}"
            actors = uniq([m.slug for m in mentions if m.kind == "actor" and s0 <= m.start < s1] + actors)
        if extra_actor is not None:
            # "Apple said it would recall ...": the pronoun is the speaker.
            # ... but in "Lavrov said it collapsed" "it" is something else: a pronoun stands for the speaker only
            # when it can (he/she for a person, it/they/we for an organisation or a country).
            pron = r"he|she" if extra_actor.type == "person" else r"it|they|we"
            words = re.sub(rf"^(?:{pron})\b", extra_actor.short, words, flags=re.I)
        absolute = re.match(r"^((?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+([a-z]{3,}ing)\b(.*)$",
                            words, re.I) if re.search(r",\s+with\s+$", text[:a]) else None
        if absolute:                                       # "with the campaign opening on Feb. 8" → "campaign opens"
            plural = headline.is_plural(absolute.group(1).split(), _person_or_org_names(mentions))
            base = _ing_to_base(absolute.group(2))
            words = f"{absolute.group(1)} {base if plural else headline.third_person(base)}{absolute.group(3)}"
        words = _resolve_pronoun(ctx, words, a, mentions, text)
        words, owner = _resolve_possessive(words, text, a, mentions, ctx)
        if owner:
            actors.append(owner)
        title = headline.make(words, "event", names=_person_or_org_names(mentions))
    title = _verb_for_noun(ctx, unit, title, text, b)
    title = _ordinal_topic(title, text[:a])
    title = _definite_from_prev(ctx, title, text[a:b])
    unit.title = _fit(_with_topic(title, text, mentions))
    if extra_actor is not None:
        actors.append(extra_actor.slug)
    unit.actors = uniq(actors)
    unit.places = uniq([m.slug for m in in_clause if m.kind == "place"])
    unit.tags = uniq(_tags(text[a:b]))
    return unit


_DAY_WORD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday|tonight)(?:['\u2019]s)?"
_STATE_PARTICIPLE = re.compile(r"[^;.]*?,\s+(?:(?:has|have|had)\s+been|was|were|is|are|will\s+be|would\s+be)\s+(?:now\s+)?"
                               r"((?:called|put|called)\s+off|[a-z]{3,}ed|held|set|won|lost|cut|shut|put|begun|scrapped)\b")


def _verb_for_noun(ctx: _Ctx, unit: _Unit, title: str, text: str, b: int) -> str:
    """A headline that is only a noun ("Thursday hearings", "Round of talks in Geneva") gets a verb: the predicate
    the sentence gives it after a relative clause ("Friday's round of talks in Oslo, where ..., has been called
    off" → "Round of talks in Oslo called off"), else "held" for a gathering past on the day of the report and
    "planned" for one still ahead ("after the Thursday hearings" → "Hearings held"); any other noun is left."""
    nouns = _NAMED_NOUNS + "|hearing|round|rounds|negotiations|debate|rally|referendum"
    bare = re.fullmatch(r"([A-Z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+([a-z]+ed)", title)
    aim = re.match(r",\s+(?:was|were|is|are)\s+(?:meant|supposed|due|expected|intended|designed)\s+to\s+([a-z]+\s+[^,.;]{3,60})",
                   text[b:]) if bare and unit.clause == "part" else None
    if aim:
        # "The talks, announced on Jan. 6, were meant to settle the fate of ..." → "Talks to settle fate of ... announced"
        what = re.sub(r"\b(?:the|a|an|about|some|around)\s+", "", aim.group(1)).split()
        cut = next((i for i, w in enumerate(what) if i > 1 and re.fullmatch(
            r"still|who|which|that|after|before|since|until|while|when|as|[a-z]+ed|held|kept", w)), len(what))
        what = " ".join(what[:min(cut, 6)])
        return f"{bare.group(1)} to {what} {bare.group(2)}"
    words = [w for w in title.split() if not re.fullmatch(nouns, w.lower())]
    if not title.split() or headline.has_verb(words) or any(re.fullmatch(r"[a-z]+(?:ed|ing)|to|off|under|way", w) for w in words):
        return title
    head = re.fullmatch(r"((?:[\w'-]+\s+){0,2}?)(?:" + nouns + r")(?:\s+(?:of|in|at|on|between|with|over|for)\s+.*)?",
                        title, re.I)
    if not head or any(headline._is_verb_start(w) or w.lower() in ("and", "of") for w in head.group(1).split()):
        return title
    thing = re.sub(rf"^{_DAY_WORD}\s+", "", title).strip()
    if not thing:
        return title
    thing = thing[:1].upper() + thing[1:]
    later = _STATE_PARTICIPLE.match(text[b:]) if unit.clause == "main" else None
    if later and not re.search(r"\b(?:said|says|told)\b", text[b:b + later.start(1)]):
        return f"{thing} {later.group(1)}"
    pub = ctx.article.published.isoformat() if ctx.article.published else ""
    if not unit.date or not pub:
        return title
    return f"{thing} {'planned' if unit.date > pub[:len(unit.date)] else 'held'}"


def _resolve_pronoun(ctx: _Ctx, words: str, a: int, mentions: list[Mention], text: str = "") -> str:
    """"He was charged" → "Kopp was charged": a pronoun subject stands for the last person (he, she) or
    organisation (it) named before the clause, in this sentence or an earlier one; "they" and a pronoun with no
    such name before it stay as they are. An object "it" or "them" after the verb stands for the last thing named
    with "the" before the clause in the sentence ("since the opposition tabled it" after "... annul the motion")."""
    text_before = text[:a] if text else ""
    words = headline.strip_lead(words)
    words = _resolve_object(words, text_before)
    obj = re.match(r"^((?:[A-Z][\w'-]*\s+|[a-z][\w'-]*\s+){1,4}?(?:had\s+|has\s+|have\s+)?([a-z]{3,}))\s+(it|them)\b"
                   r"(?!\s+(?:is|was|to|would|will|are|were)\b)", words)
    if obj and (headline._is_verb_start(obj.group(2)) or obj.group(2) in headline._IRREGULAR) and \
            not re.search(r"\b(?:it|they|them)\b", text_before, re.I) and \
            not (text_before and _the_noun(text_before, plural=obj.group(3) == "them")):
        # Nothing before it in this sentence: the sentence just before names what "it" or "them" is.
        thing = _prev_antecedent(ctx, obj.group(3) == "them", obj.group(2))
        if thing:
            words = f"{obj.group(1)} {thing}{words[obj.end():]}"
    said = re.match(r"^(?P<pre>[^,;]*?\b(?:say|says|said|told|tells|announced|confirmed|promised|pledged)\s+"
                    r"(?:\w+\s+)?(?:that\s+)?(?:they|he|she|we)\s+(?:would|will|could|can|had|have|has)\s+"
                    r"(?:not\s+)?[a-z]{3,})\s+(?P<pro>it|them)\b(?!\s+(?:is|was|to|would|will|are|were)\b)", words)
    upto = re.search(r"\b(?:they|he|she|we)\s+(?:would|will|could|can|had|have|has)\s+(?:not\s+)?[a-z]{3,}\s+(?:it|them)\b",
                     text[a:]) if said and text else None
    near = _the_noun(text[:a + upto.start()] if upto else text_before + " " + said.group("pre"),
                     plural=said.group("pro") == "them") if said else ""
    if said and not re.search(r"\b(?:it|them)\b", text_before, re.I) and \
            not (near and near.islower() and not headline._is_verb_start(near.split()[-1])):
        # "Four deputies said they would back it", after a sentence naming one thing ("the motion"): that thing.
        thing = _prev_antecedent(ctx, said.group("pro") == "them")
        if thing and len(thing.split()) <= 3:
            words = f"{said.group('pre')} {thing}{words[said.end():]}"
    they = re.match(r"^they\s+(?=[a-z])", words, re.I)
    if they and re.search(r"\b(?:when|where)\s+$", text_before):
        things = _the_noun(text_before, plural=True)     # "held by the rebels since 2015, when they drove ..."
        if things and not re.match(r"\w+\s+(?:say|said|says)\b", words[they.end():]):
            return f"{_short_np(things, mentions)} {words[they.end():]}"
    subject = re.match(r"\s*((?:[A-Z][\w'-]*|[a-z][\w'-]*)(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:have|has|had|were|are)\b",
                       text_before) if they and re.search(r"\b(?:since|after|before|because|until|once)\s+$",
                                                          text_before) else None
    if subject and headline.is_plural(subject.group(1).split()) and not _PRONOUN.match(subject.group(1)):
        # "Separatist militias have controlled Kostra since they captured its main town": the clause's own subject.
        return f"{subject.group(1)[:1].upper()}{subject.group(1)[1:]} {words[they.end():]}"
    if they and not text_before.strip() and not re.match(r"\w+\s+(?:say|said|says)\b", words[they.end():]):
        things = _prev_antecedent(ctx, plural=True)     # "The rebels crossed the river. They captured the town"
        if things:
            return f"{things[:1].upper() + things[1:]} {words[they.end():]}"
    m = re.match(r"^(he|she|it)\s+(?=[a-z])", words, re.I)
    if not m:
        return words
    if m.group(1).lower() == "it":
        thing = _the_noun(text_before, plural=False)
        said = re.search(r"^(?:[^,]*?,\s+)?(?P<x>(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z]?[\w'-]+){0,2}?)\s+(?:said|says|"
                         r"announced|denied|added|confirmed|warned|claimed|insisted)\b[^,;]*?(?:\bthat\s+)?$",
                         text_before)
        if said and said.group("x").lower().startswith("the ") and \
                not any(x.kind == "actor" and said.start("x") <= x.start < said.end("x") for x in mentions):
            # "The Taravian army said in a statement that it had struck": the speaker, not an earlier name.
            return f"{_short_np(said.group('x'), mentions)} {words[m.end():]}"
        if thing and re.match(r"(?:will\s+be|would\s+be|is|was|has\s+been|had\s+been)\s+(?:[a-z]+ed|held|set|put|made|"
                              r"kept|taken|given|shown|done)\b", words[m.end():]):
            # "..., who postponed the referendum, said it would be held on June 3": a thing is held.
            return f"{_short_np(thing, mentions)} {words[m.end():]}"
        here = [x for x in mentions if x.kind == "actor" and x.end <= a and x.type == "organisation"]
        if thing and not here and re.search(r"\b(?:when|where|after|before|until|as|because|since|and)\s+$",
                                            text_before):
            # "held by the militia since 2014, when it drove troops out": the thing just named in the sentence.
            return f"{_short_np(thing, mentions)} {words[m.end():]}"
    if m.group(1).lower() == "it" and re.match(r"(?:began|begins|started|starts|ended|ends|opened|resumed|closed|"
                                              r"(?:had\s+been|has\s+been|was|is)\s+(?:scheduled|planned|set|postponed|"
                                              r"delayed|held|called\s+off|cancell?ed))\b", words[m.end():]):
        return words                                      # "It began on Dec. 13": a happening, not an organisation
    kinds = ("person",) if m.group(1).lower() in ("he", "she") else ("organisation",)
    here = [x for x in mentions if x.kind == "actor" and x.end <= a and x.type in kinds]
    # The nearest sentence naming one of that kind decides: one name there is the one meant; of several, a
    # pronoun opening a later sentence carries on the subject of the one before ("Smith met Jones in Boston. He
    # was charged ..."), the name it gives first; several in its own sentence leave it unclear.
    for group in ([here] if here else []) + [g for g in reversed(ctx.recent_sents[-3:])]:
        found = {x.slug: x for x in group if x.type in kinds and x.kind == "actor"}
        if found:
            named = [x for x in group if x.type in kinds]
            pick = named[-1] if len(found) == 1 else named[0] if group is not here else None
            if pick is not None and _stands_for(pick, kinds):
                return f"{pick.short} {words[m.end():]}"
            return words
    return words


_NOT_ANTECEDENT = {"first", "last", "same", "next", "following", "day", "week", "month", "year", "time", "morning",
                   "evening", "night", "afternoon", "weekend", "rules", "end", "start", "way", "fact", "moment",
                   "number", "list", "people"}


def _the_noun(text: str, plural: bool) -> str:
    """The last thing named with "the" in `text`: "... annul the motion, their second challenge since " →
    "the motion"; one to three words, a singular or a plural head as asked, never a time or a quantity."""
    for m in reversed(list(re.finditer(r"\b[Tt]he\s+((?:[\w'-]+\s+){0,2}?[a-z][\w-]+)\b(?![\w-])(?!\s+(?:of|'s)\b)",
                                       text))):
        np = m.group(1)
        head = np.split()[-1].lower()
        if head in _NOT_ANTECEDENT or any(w.lower() in _NOT_ANTECEDENT | {"and", "or"} for w in np.split()) or \
                re.search(r"\d", np):
            continue
        many = head.endswith("s") and not head.endswith(("ss", "us", "is"))
        if many != plural:
            continue
        return np
    return ""


def _short_np(np: str, mentions: list[Mention]) -> str:
    np = re.sub(r"^the\s+", "", np, flags=re.I)
    return np[:1].upper() + np[1:]


def _resolve_object(words: str, text_before: str) -> str:
    """"NLF seized it in 2014" (after "... over the city since") → "NLF seized city in 2014"."""
    if not text_before:
        return words
    m = re.match(r"^((?:[A-Z][\w'-]*\s+|[a-z][\w'-]*\s+){1,4}?(?:had\s+|has\s+|have\s+)?[a-z]{3,}(?:ed|[^s]s)?)\s+"
                 r"(it|them)\b(?!\s+(?:is|was|to|would|will)\b)", words)
    if not m or not headline._is_verb_start(m.group(1).split()[-1]) and \
            m.group(1).split()[-1] not in headline._IRREGULAR:
        return words
    thing = _the_noun(text_before, plural=m.group(2) == "them")
    if not thing:
        return words
    thing = re.sub(r"^the\s+", "", thing, flags=re.I)
    return f"{m.group(1)} {thing}{words[m.end():]}"


_PLACE_NOUNS = r"city|town|port|village|region|province|district|capital|area|enclave|suburb|camp|base|airport|hospital"
# An object "it" of these verbs is a place, "them" of these are people: "encircled it", "visited them".
_PLACE_VERBS = r"encircl|surround|besieg|seiz|captur|retak|tak|took|storm|enter|shell|bomb|attack|occup|evacuat|" \
               r"control|held|hold|reach|blockad|liberat|recaptur|overr[aiu]n|abandon|los|lost|left|leav"
_PEOPLE_VERBS = r"visit|met|meet|greet|welcom|fre|releas|rescu|evacuat|treat|interview|thank|receiv|hug|embrac|" \
                r"arrest|detain|kill|wound|exchang|swap|hand"


def _prev_antecedent(ctx: _Ctx, plural: bool, verb: str = "") -> str:
    """The one thing the sentence just before names that an "it" (or "them") opening nothing in this sentence can
    stand for: "The NLF seized Harzan in 2014 and the city has been under its control since. // Government forces
    encircled it in July" → "Harzan"; "The 20 freed miners arrived in Bergen. // Hale visited them" → "20 freed
    miners". A place named and "the city" after it are one; two different things leave it unclear ("")."""
    prev = ctx.prev_text
    if not prev:
        return ""
    verb = verb.lower()
    want_place = not plural and bool(re.match(rf"(?:{_PLACE_VERBS})", verb))
    want_people = plural and bool(re.match(rf"(?:{_PEOPLE_VERBS})", verb))
    found: list[str] = []
    if not plural:
        kinds = ("city", "region", "country") if want_place else ("city", "region", "country", "organisation")
        found += [m.short for m in ctx.prev_mentions if m.noun and m.type in kinds and
                  (m.kind == "place" or not want_place)]
        places = any(m.kind == "place" for m in ctx.prev_mentions)
        # "the opposition Green Party": a word before a name is the name's modifier, not a thing of its own.
        for m in re.finditer(r"\b[Tt]he\s+((?:[\w-]+\s+){0,2}?[a-z][\w-]+)\b(?![\w'-])(?!\s+(?:of|'s|\u2019s)\b)"
                             r"(?!\s+[A-Z])", prev):
            np, head = m.group(1), m.group(1).split()[-1].lower()
            if head in _NOT_ANTECEDENT or re.search(r"\d|'s\b|\u2019s\b", np) or \
                    any(w.lower() in _NOT_ANTECEDENT | {"and", "or"} for w in np.split()) or \
                    (head.endswith("s") and not head.endswith(("ss", "us", "is"))):
                continue
            if re.fullmatch(_PLACE_NOUNS, head):
                if places:
                    continue               # "Harzan ... the city": the place already named
            elif want_place or any(x.start <= m.start(1) < x.end for x in ctx.prev_mentions):
                continue
            found.append(np)
    else:
        for m in re.finditer(r"\b[Tt]he\s+((?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,3}?[a-z][\w-]*[^s\W]s"
                             r"(?:\s+and\s+[a-z][\w-]*[^s\W]s)?)\b(?![\w'-])(?!\s+(?:of|'s|\u2019s)\b)", prev):
            np = m.group(1)
            if np.split()[-1].lower() in _NOT_ANTECEDENT or any(x.start <= m.start(1) < x.end for x in ctx.prev_mentions):
                continue
            if want_people and re.search(rf"\b(?:{_PLACE_NOUNS})s?$", np):
                continue
            found.append(np)
    found = list(dict.fromkeys(f.lower() for f in found))
    if len(found) != 1:
        return ""
    one = next(f for f in ([m.short for m in ctx.prev_mentions] + [found[0]]) if f.lower() == found[0])
    return re.sub(r"^the\s+", "", one, flags=re.I)


def _stands_for(x: Mention, kinds: tuple) -> bool:
    # A person's short name in capitals is an initialism misread as a name; an organisation's is its name
    # ("NATO", "KKR"), unless it is a news agency, the source of the story rather than a party to it.
    if not x.short.isupper():
        return True
    return kinds == ("organisation",) and not re.fullmatch(headline._AGENCY, x.short)


def _rescue(ctx: _Ctx, unit: _Unit, text: str, tx: list, mentions: list[Mention],
            main_dated: bool = False) -> _Unit | None:
    """A unit whose headline fails the checks of `headline.problems` gets the best of a few plain fallbacks:
    the sentence's main clause, the headline cut before a second clause glued onto it, for a statement the
    speaker and the first clause of the claim. A unit still without a headline is dropped only when it has no
    date of its own; a dated happening keeps the plainest clause there is."""
    if not unit.title or not headline.severe(unit.title):
        return unit
    candidates = [unit.title]
    quoted = re.match(r"^[\u201c\"](.+?)[,.]?[\u201d\"],?\s+(?:said|says)\s+(.+)$", unit.title)
    if quoted:                         # "“It helps us to win,” Geremek said" → "Geremek: It helps us to win"
        candidates.append(headline.tidy(f"{quoted.group(2)}: {quoted.group(1)}"))
    quoted = re.match(r"^[\u201c\"](.+?)[,.]?[\u201d\"],?\s+(.+?)\s+(?:said|says)$", unit.title)
    if quoted:
        candidates.append(headline.tidy(f"{quoted.group(2)}: {quoted.group(1)}"))
    drop = [t for t in tx if t.type in ("DATE", "TIME") and not _modifier(text, t)]
    if unit.kind == "event" and (unit.clause == "main" or unit.clause == "sub" and not main_dated):
        # A relative clause, participle, second predicate or named gathering never falls back on the main clause's
        # words: "the town, which rebels seized in 2014" titled "Army says it had retaken town" would lend 2014
        # to the army's claim; nor does a subordinate clause when the main clause has a date of its own.
        end = re.search(r"(?:\b[a-z]{3,}|\d)[.!?][\"'\u201d]*\s+[`\"\u201c]*[A-Z]", text)
        words = _shorten(text, 0, end.start() + 1 if end else len(text), mentions, drop=drop)
        dateline = DATELINE.match(words)
        if dateline and not re.search(r"\b[a-z]+\b", dateline.group()):
            words = words[dateline.end():]
        words = _resolve_pronoun(ctx, words, 0, mentions)
        candidates.append(_fit(headline.make(words, "event", names=_person_or_org_names(mentions))))
    if unit.kind == "event":
        candidates.append(headline.glued_cut(unit.title))
        candidates.append(headline.core(unit.title))      # subject, verb, object: plain but whole
    else:
        head, _, claim = unit.title.partition(": ")
        if claim:
            cut = re.split(r"\s+(?:that|which|who|because|while|when|after|before|but|and)\s+|,\s*", claim)[0]
            candidates.append(headline.tidy(f"{head}: {cut}"))
        candidates.append(headline.glued_cut(unit.title))
        candidates.append(f"{unit.speaker_short} makes statement")
    # "makes statement" says least: it wins only over headlines with a severe problem.
    best = min(candidates, key=lambda c: (headline.badness(c) + (1 if c.endswith(" makes statement") else 0),
                                          candidates.index(c)))
    if headline.severe(best) and unit.state in ("bare", "meanwhile"):
        return None                    # no date of its own and no headline: nothing worth an entry
    unit.title = best
    return unit


def _person_or_org_names(mentions: list[Mention]) -> list[str]:
    """Short names a headline uses as one party each; a people's plural ("Germans") is not one."""
    return uniq([m.short for m in mentions if m.kind == "actor" and m.noun])


def _resolve_possessive(words: str, text: str, a: int, mentions: list[Mention],
                        ctx: _Ctx | None = None) -> tuple[str, str]:
    """"her term ends" → "Yellen's term ends": a possessive pronoun opening a headline stands for the last
    person (his, her) or organisation or country (its) named before the clause in the sentence; "His"/"Her"
    opening the sentence, for the one person the sentence just before names ("Lund accepted the verdict. Her
    Green Party ..." → "Lund's Green Party")."""
    m = re.match(r"^(his|her|its|their)\s+(?=[a-z])", words, re.I) or re.match(r"^(his|her)\s+(?=[A-Z])", words, re.I)
    if not m:
        return words, ""
    pron = m.group(1).lower()
    kinds = ("person",) if pron in ("his", "her") else ("organisation", "country") if pron == "its" else \
        ("organisation", "country", "person")
    before = [x for x in mentions if x.kind == "actor" and x.end <= a and x.type in kinds]
    if not before and ctx is not None and pron in ("his", "her") and re.match(rf"\s*{pron}\b", text, re.I) and \
            ctx.recent_sents:
        last = {x.slug: x for x in ctx.recent_sents[-1] if x.kind == "actor" and x.type == "person"}
        before = list(last.values()) if len(last) == 1 else []
    if not before:
        return words, ""
    owner = before[-1]
    return f"{owner.short}'s {words[m.end():]}", owner.slug


_TOPIC_NOUNS = r"proposal|proposals|plan|plans|deal|ceasefire|truce|offer|initiative|document|strategy|resolution"


def _with_topic(title: str, text: str, mentions: list[Mention]) -> str:
    """Name the place a proposal is about when the headline does not: "its proposal" (for a solution for
    Aleppo) → "its Aleppo proposal". Only a place the sentence names as a topic ("for/on/over Aleppo")."""
    told = re.match(r"^([A-Z][^:]{1,44}?)\s+tells\s+(?:[\w'-]+\s+){0,7}?(?:that\b|[\w'-]+$)", title)
    said = re.search(r"\b(?:told|tells)\s+[^,.;:\"\u201c]{1,90}?\s+that\s+(?=\S)", text) if told else None
    if said:
        # "Lund told a news conference that the government had agreed to free ...": what was told is the news, not
        # the hearer → "Lund says government has agreed to free ...".
        end = re.search(r"[.;]\s*$|[.;]\s", text[said.end():])
        claim = _claim(text, said.end(), said.end() + (end.start() if end else len(text) - said.end()), mentions)
        hearer = re.match(r"(?:told|tells)\s+(.+?)(?=\s+(?:in|at|on|during|after|before|via|by|over|that)\b)",
                          text[said.start():said.end()])
        h0 = said.start() + hearer.start(1) if hearer else 0
        who = _shorten(text, h0, h0 + len(hearer.group(1)), mentions) if hearer else ""
        who = re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.I)
        if claim and len(claim.split()) >= 2:
            if who and not re.fullmatch(r"(?:news|press)\s+(?:conference|briefing)|reporters|journalists|briefing|"
                                        r"media|press|news\s+agency|television|radio", who, re.I) and \
                    len(who.split()) <= 4:
                # "told the assembly ... that both unions would return": "Mediator tells assembly both unions ..."
                title = headline.says(f"{told.group(1)}: {claim}", text).replace(f"{told.group(1)} says ",
                                                                                  f"{told.group(1)} tells {who} ", 1)
            else:
                title = f"{told.group(1)}: {claim}"
    title = headline.says(title, text)                    # "Beric: Vote would be held" → "Beric says vote will be held"
    first = re.match(r"^([A-Z][^:]{1,44}?)\s+says\s+((?:we|I|our|my|us)\b.*)$", title)
    if first and re.match(r"\s*[\"\u201c]", text) and re.match(r"\s*[\"\u201c]\s*" + re.escape(first.group(2).split()[0]) +
                                                       r"\b", text, re.I):
        # '"We need the roads open," Okafor said': the speaker's own words, never "Okafor says we ..."
        title = f"{first.group(1)}: {first.group(2)[:1].upper()}{first.group(2)[1:]}"
    passive = re.match(r"^(.{2,45}?\s(?:says|say))\s+it\s+(?=(?:will\s+be|would\s+be|is|was|has\s+been|had\s+been)\s+"
                       r"(?:[a-z]+ed|held|set|put|made|kept|taken|given|shown|done)\b)", title)
    said_at = re.search(r"\s(?:said|says)\b", text)
    thing = _the_noun(text[:said_at.start()], plural=False) if passive and said_at else ""
    if thing:
        # "Beric, who postponed the vote twice, said it would be held": a thing is held, not the speaker.
        thing = re.sub(r"^the\s+", "", thing, flags=re.I)
        title = f"{passive.group(1)} {thing} {title[passive.end():]}"
    # "Feb. 17 date set by Sandrak" → "Sandrak sets Feb. 17 date": a headline passive whose doer is a name is active.
    by = re.fullmatch(r"((?:[\w.'-]+\s+){1,5}?)([a-z]{3,}ed|set|held|made|won|chosen|given)\s+by\s+"
                      r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})", title)
    if by and not headline.has_verb(by.group(1).split()) and not re.match(r"(?:the|a|an)\b", by.group(1), re.I) and \
            not re.match(_DAY_WORD + r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|Christmas|Easter",
                         by.group(3)):
        thing = by.group(1).strip()
        thing = thing if re.match(r"[A-Z]{2}|[\d]|(?:[A-Z][a-z]+\.?\s+\d)", thing) else thing[:1].lower() + thing[1:]
        title = f"{by.group(3)} {headline.third_person(headline.base_form(by.group(2)))} {thing}"
    # "Hale announces consultations had been postponed" → "Hale announces consultations postponed"
    title = re.sub(r"^(.{2,45}?\s(?:announces|announce|confirms|confirm|reports|report)\s.{3,60}?)\s+(?:had|has|have)\s+"
                   r"been\s+(?=[a-z]+(?:ed|en)\b)", r"\1 ", title)
    # A name stays a name: "Hale announces bergen consultations ..." → "Bergen" (written only with a capital).
    title = re.sub(r"(?<=\s)([a-z][a-z'-]{2,})\b", lambda w: w.group(1).capitalize()
                   if re.search(r"(?<=[a-z,]\s)" + re.escape(w.group(1).capitalize()) + r"\b", text)
                   and not re.search(r"\b" + re.escape(w.group(1)) + r"\b", text) else w.group(1), title)
    topics = [m for m in mentions if m.kind == "place" and re.search(r"\b(?:for|on|over|about)\s+(?:the\s+)?$",
                                                                    text[:m.start])]
    if len({m.slug for m in topics}) != 1 or any(m.short in title for m in mentions if m.kind == "place"):
        return title
    return re.sub(r"\b(its|their|his|her|the|a|new)\s+(" + _TOPIC_NOUNS + r")\b",
                  lambda m: f"{m.group(1)} {topics[0].short} {m.group(2)}", title, count=1)


def _modifier(text: str, t) -> bool:
    if _timex.FUTURE_INTENT.search(text, max(0, t.start - 60), t.start):
        return True            # "signaled another increase in June": the date is the increase's, the title keeps it
    # "the Wednesday consultations", "second-quarter revenue": the time names which consultations or which
    # revenue, so the headline keeps it.
    if re.fullmatch(r"[a-z]+-[a-z]+", t.text) and re.match(r"\s+[a-z]+", text[t.end:]):
        return True
    return _attributive(text, t)


# Happenings a possessive date can name besides gatherings: "Sunday's seizure of the port", "since Monday's attack".
_ACT_NOUNS = ("seizure|attack|arrest|raid|shelling|bombing|killing|collapse|crash|sailing|handover|capture|invasion|"
              "explosion|blast|shooting|assassination|coup|resignation|walkout|takeover|ambush|kidnapping|abduction|"
              "storming|sinking|boarding|detention|expulsion|withdrawal|massacre")
_POSSESSIVE_ACT = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+)?(?:" + _ACT_NOUNS + r")\b(?:\s+of\s+(?:the\s+|an?\s+)?"
                             r"(?:[\w-]+\s+){0,2}?[\w-]+(?=[,;.]|\s+(?:was|were|is|are|has|had|by|in|on|at|and|but)\b|$))?")


def _possessive_act(text: str, t) -> tuple[int, int] | None:
    """"Yesterday's seizure was the first since ...", "since Monday's seizure": the possessive date dates the act it
    names, whatever the clause says of it (a state, a count since then)."""
    m = _POSSESSIVE_ACT.match(text[t.end:])
    return (t.start, t.end + m.end()) if m else None


# "the truce signed in Valletta on Dec. 29 expired": a noun phrase, a participle and its words up to the date, with
# no comma - the verb that follows the date is the clause's own.
_REDUCED_NP = re.compile(r"(?:^|[,;]\s*|\b(?i:after|before|when|as|since|because|while|until|that|and|but|despite|under|"
                         r"following|amid|in\s+spite\s+of|in\s+line\s+with)\s+)"
                         r"(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[\w.-]+['\u2019]s|(?<![\w,;] )(?!(?i:despite|under|following|amid|after|before|when|since|while|in|on|at|as|because|until|"
                         r"although|though|once|if|with|by|for|from|during|ahead|over)\b)[A-Z][\w-]*)\s+"
                         r"(?:(?!(?:was|were|is|are|has|have|had|will|would|and|but|or|to|it|they)\b)[\w'-]+\s+){0,3}?)"
                         r"(?P<part>(?!(?:said|told|announced|confirmed|reported|added|stated|noted)\b)"
                         r"(?:[a-z]{2,}ed|[a-z]{2,}en|held|led|set|won|lost|made|built|sent|struck|brought|fought|kept|"
                         r"left|met|paid|sold|cut|hit|put|shot|caught|bought|found|begun|cast|spent|shut|split|bid))\s+"
                         r"(?P<rest>(?:(?!(?:but|or|then|it|he|she|they|we|that|which|who)\b)(?!and\s+[a-z])"
                         r"[\w'.-]+\s+){0,6}?)$")
# "since" and a happening named by a noun, dated after it: "the first talks since another meeting in March".
_SINCE_NAMED = re.compile(r"\bsince\s+(?P<np>(?:an?|the|another|its|their|his|her|last\s+year's|[A-Z][\w-]*['\u2019]s)\s+"
                          r"[^,;]{1,60}?)\s+(?:in|on|at|of)\s+(?:(?:early|late|mid)[-\s]+)?$", re.I)
# A clause set before the main one that happened first: "After the talks collapsed on Friday, ...", "Since the
# ceasefire began on January 19, 16 hostages have been freed" (the freeing is counted from that day, not on it).
_FRONTED_CLAUSE = re.compile(r"\s*(?:After|Once|Following|Since)\s+(?P<c>(?:the|a|an|its|their|his|her|[A-Z][\w'-]*)\s[^,;]*)$")
_FINITE = {"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
           "should"}


def _inner_since_clause(text: str, t, lo: int, hi: int) -> dict | None:
    """"The first convoy since the truce took effect on Dec. 29 arrived on Monday": a since-clause inside the subject,
    dated at its end, after which the main clause's verb follows at once. The date is the since-clause's."""
    m = re.search(r"^(?P<np>[^,;]*?)\s(?P<w>since|after|before)\s+(?P<c>(?:the|a|an|its|their|his|her)\s[^,;]*?)\s*$",
                  text[lo:t.start])
    if not m or any(w.islower() and (headline.is_past(w) or w in _FINITE) for w in re.findall(r"[\w'-]+", m.group("np"))):
        return None                    # "Troops withdrew after the talks failed on Monday": the clause has its verb
    if not any(w.islower() and headline.is_past(w) for w in re.findall(r"[\w'-]+", m.group("c"))[1:]):
        return None                    # "since the truce of Dec. 29": a noun, `_SINCE_NAMED`
    after = re.match(r"\s+([a-z]+)\b", text[t.end + _possessive(text, t.end):hi])
    if not after or not (after.group(1) in _FINITE or headline.is_past(after.group(1))):
        return None
    return {"a": lo + m.start("c"), "b": t.end, "kind": "sub", "subj": None, "holes": [], "opener": lo + m.start("w")}


def _reduced_relative(text: str, t, lo: int, hi: int) -> dict | None:
    """A participle without commas after the noun it describes, dated there: "The ceasefire signed on Dec. 29
    expired on Tuesday", "hours after the truce signed on Dec. 29 expired". Only when a finite verb follows the
    date at once, so that the participle cannot be the clause's own verb ("The army shelled the town on Monday")."""
    m = _REDUCED_NP.search(text[lo:t.start])
    if not m or not (headline.is_past(m.group("part")) or m.group("part") in headline._PARTICIPLES):
        return None
    if re.fullmatch(r"(?:scheduled|planned|set|slated|due|expected|booked|fixed)\s+(?:for|on)\s+", text[lo + m.start("part"):t.start]):
        return None        # "The meeting ... scheduled for Thursday has been called off": the meeting's day, no act of its own
    rest = text[t.end + _possessive(text, t.end):hi]
    after = re.match(r"(?:\s+(?:\w+ly|also|then|later|finally))?\s+([a-z]+)\b", rest)
    fronted = re.search(r"^\s*(?:despite|under|following|amid|in\s+spite\s+of|in\s+line\s+with)\s+$",
                        text[lo:lo + m.start("np")], re.I) and re.match(r",\s", rest) and m.start("np") < 30
    if not fronted and not (after and (after.group(1) in _FINITE or headline.is_past(after.group(1)))):
        # "Despite the accord signed yesterday, clashes broke out": a phrase set before the clause, closed by a comma
        return None
    np0, p = lo + m.start("np"), lo + m.start("part")
    return {"a": p, "b": t.end, "kind": "part", "subj": (np0, p - 1), "holes": []}


def _attributive_gathering(text: str, t) -> tuple[int, int] | None:
    """"began hearing the challenge to the Dec. 19 presidential runoff on Tuesday": a day naming which gathering is
    meant ("the Dec. 19 runoff", "the March 10 election") is that gathering's, when its clause has a day of its own."""
    if not _attributive(text, t) or len(_day_value(t)) != 10:
        return None
    m = re.match(r"\s+(?:[a-z][\w-]*\s+)?(" + _NAMED_NOUNS + r")\b", text[t.end:])
    return (t.start, t.end + m.end()) if m and _HELD_NOUNS.match(m.group(1)) else None


def _possessive_named(text: str, t) -> tuple[int, int] | None:
    """"Tomorrow's vote was requested on Tuesday": a possessive date names the happening it owns; the clause's own
    day is another."""
    m = _POSSESSIVE_NAMED.match(text[t.end:])
    return (t.start, t.end + m.end()) if m else None


_YEAR_NOUNS = {"attack": "carried out", "attacks": "carried out", "bombing": "carried out", "bombings": "carried out",
               "raid": "carried out", "offensive": "launched", "coup": "staged", "invasion": "launched",
               "election": "held", "elections": "held", "referendum": "held", "summit": "held", "agreement": "signed", "accord": "signed", "treaty": "signed", "deal": "signed",
               "ceasefire": "agreed", "truce": "agreed", "earthquake": "strikes", "quake": "strikes"}


def _deadline(ctx: _Ctx, text: str, t, lo: int) -> bool:
    """"are to leave the city by Dec. 20", "must sign by Friday": a day after the publication date that bounds what
    is to be done; never a year, a month or a vaguer bound ("cut 800 jobs by the end of the year")."""
    pub = ctx.article.published
    if pub is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) or t.value <= pub.isoformat():
        return False
    before = text[lo:t.start]
    if not re.search(r"\bby\s+$", before):
        return False
    return bool(re.search(r"\b(?:(?:is|are)\s+(?:due\s+)?to|must|has\s+to|have\s+to|will|shall|should|deadline|"
                          r"(?:was|were)\s+(?:told|ordered|given\s+until)\s+to|"
                          # "ordered the board to hand over the boxes by Friday": the order's deadline
                          r"(?:ordered|instructed|directed|required|told)\s+(?:[\w'\u2019-]+\s+){1,5}?to)\s+(?:\w+\s+){0,8}?[^,;]*$",
                          before, re.I))


def _when_clause(text: str, t, when, hi: int, by_clause: dict) -> None:
    """"The last time civilians could leave was in March 2024, when 2,000 people were taken out": a date its own
    clause does not take still dates the when-clause after it, which happened then."""
    w0 = t.end + when.end()
    info = _clause_info(text, w0, w0, w0, hi)
    info["date_words"] = t
    by_clause.setdefault((info["a"], info["b"]), []).append((t, info))


# "through two failed government offensives in 2016 and 2019": a happening named by a noun, dated by "in <date>".
_NOMINAL_IN = re.compile(r"\b(?:(?:two|three|four|several|both|the|an?)\s+)?(?P<adj>failed|unsuccessful|abortive|botched|"
                         r"successful|deadly|bloody)?\s*(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?P<noun>" +
                         "|".join(sorted({"offensive", "attack", "bombing", "raid", "coup", "invasion", "election",
                                          "referendum", "summit", "ceasefire", "truce", "uprising"})) +
                         r")s?)\s+in\s+$")


def _nominal_in(text: str, t, lo: int):
    if not re.fullmatch(r"\d{4}(?:-\d{2})?", t.value):
        return None
    return _NOMINAL_IN.search(text[lo:t.start])


def _nominal_unit(ctx: _Ctx, p_no: int, sent: Sentence, text: str, t, mentions: list[Mention], lo: int,
                  anchor=None) -> list[_Unit]:
    """"two failed government offensives in 2016 and 2019" → "Government offensive fails", 2016 and 2019."""
    m = _nominal_in(text, anchor or t, lo)
    pub = ctx.article.published.isoformat() if ctx.article.published else ""
    if not m or not pub or t.value >= pub[:len(t.value)]:
        return []
    unit = _Unit("event", p_no, sent, "", quote=sent.text if text == sent.text else text, clause="named")
    _set_date(unit, t, text)
    np = re.sub(r"s$", "", m.group("np")) if m.group("np").endswith(m.group("noun") + "s") else m.group("np")
    verb = "fails" if m.group("adj") in ("failed", "unsuccessful", "abortive", "botched") else \
        {"offensive": "launched", "attack": "carried out", "bombing": "carried out", "raid": "carried out",
         "coup": "staged", "invasion": "launched", "election": "held", "referendum": "held", "summit": "held",
         "ceasefire": "agreed", "truce": "agreed", "uprising": "breaks out"}[m.group("noun")]
    unit.title = _fit(f"{np[:1].upper() + np[1:]} {verb}")
    unit.date_text = t.text
    unit.tags = uniq(_tags(np))
    return [unit]


def _attributive_year(text: str, t) -> str:
    """"convicted of a 2015 bomb attack in Velgrad", "the 2014 ceasefire": a past year naming a happening; the
    happening's verb ("carried out", "held", "signed"), "" when the year names nothing of the kind."""
    if not re.fullmatch(r"\d{4}", t.value) or not re.fullmatch(r"\d{4}", t.text) or \
            not re.search(r"\b(?:a|an|the|its|their)\s+$", text[:t.start], re.I):
        return ""
    m = re.match(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?(?:\s+([a-z][\w-]*))?", text[t.end:])
    return next((_YEAR_NOUNS[w] for w in (m.groups() if m else ()) if w in _YEAR_NOUNS), "")


def _year_named_unit(ctx: _Ctx, p_no: int, sent: Sentence, text: str, t, mentions: list[Mention],
                     verb: str) -> list[_Unit]:
    """"a 2015 bomb attack in Velgrad" → "Bomb attack in Velgrad carried out", dated 2015."""
    pub = ctx.article.published.isoformat() if ctx.article.published else ""
    if not pub or t.value >= pub[:4]:
        return []                      # only a year gone by: "the 2019 election" in 2019 may be still ahead
    unit = _Unit("event", p_no, sent, "", quote=sent.text if text == sent.text else text, clause="named")
    _set_date(unit, t, text)
    noun = r"(?:" + "|".join(_YEAR_NOUNS) + r")"
    m = re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + noun + r"\b(?:\s+(?:in|on|near|against)\s+(?:the\s+)?[A-Z][\w-]*"
                 r"(?:\s+[A-Z][\w-]*)*)?", text[t.end:])
    span = (t.end, t.end + m.end())
    words = _shorten(text, span[0], span[1], mentions).strip()
    words = f"{words} {verb}"
    unit.title = _fit(words[:1].upper() + words[1:])
    unit.date_text = t.text
    unit.actors = uniq([m.slug for m in mentions if m.kind == "actor" and span[0] <= m.start < span[1]])
    unit.places = uniq([m.slug for m in mentions if m.kind == "place" and span[0] <= m.start < span[1]])
    unit.tags = uniq(_tags(words))
    return [unit]


def _attributive(text: str, t) -> bool:
    """"The Feb. 17 date was set on Dec. 28", "the Thursday hearings": a date naming which thing is meant, never the
    day of its clause when the clause has a day of its own."""
    return bool(re.match(r"\s+[a-z]+", text[t.end:])) and not _PREP.search(text[:t.start]) and \
        bool(re.search(r"\bthe\s+$", text[:t.start], re.I))


def _set_date(unit: _Unit, t, text: str) -> None:
    prep = None if _possessive(text, t.end) else _PREP.search(text[:t.start])   # "from Sunday's blast"
    unit.date_text = (prep.group(1) + " " + t.text) if prep and t.start - prep.start() < 12 else \
        text[t.start:t.end + _possessive(text, t.end)]
    value = _day_value(t)
    if t.type == "TIME" and not re.search(r"\d{4}|day|night|morning|afternoon|evening|tonight|dawn|dusk|"
                                          r"yesterday|today|tomorrow|[A-Z][a-z]{2}", t.text):
        # "at about 6:50 p.m.": a clock time alone; the tagger puts it on the publication day, the text
        # may mean the day before. The day is left to a person.
        unit.date, unit.state = "", "undated"
        unit.date_basis = f"'{t.text}' gives only a time of day, not which day; set the date by hand"
        return
    if _DATE_VALUE.match(value):
        unit.date, unit.date_basis, unit.state = value, t.basis or "explicit date", "dated"
    else:
        unit.date, unit.date_basis, unit.state = "", _undated_reason(t), "undated"


_COUNTS_FROM_ANOTHER_DAY = re.compile(r"\b(?:(?:next|following|previous|preceding|same|that)\s+(?:day|morning|afternoon|"
                                      r"evening|night)|(?:days?|weeks?|months?|years?|hours?)\s+(?:later|earlier|before|"
                                      r"after)|(?:earlier|later)\s+(?:in\s+)?(?:that|the)\s+day)\b", re.I)


def _undated_reason(t) -> str:
    v = t.value
    if re.match(r"^\d{4}-W\d\d", v):
        return f"'{t.text}' gives only the week {v}; set the day by hand"
    if re.match(r"^\d{4}-(?:SP|SU|FA|WI)$", v):
        return f"'{t.text}' gives only the season {v}; set the date by hand"
    if re.match(r"^\d{4}-(?:Q\d|H\d)$", v):
        return f"'{t.text}' gives only the period {v}; set the date by hand"
    if "X" in v and _COUNTS_FROM_ANOTHER_DAY.search(t.text):
        # "the next day", "two days later", "the following morning": a day counted from one the text names
        return (f"'{t.text}' counts from another day, and no date the text gives near it says which; "
                f"set the date by hand")
    if "X" in v:
        return f"'{t.text}' could not be resolved without a publication date; set the date by hand"
    return f"'{t.text}' gives no calendar date ({v}); set the date by hand"


def _shorten(text: str, a: int, b: int, mentions: list[Mention], drop: list = (), holes: list = ()) -> str:
    """text[a:b] with names in their short forms, titles before names and the given time expressions removed."""
    cuts: list[tuple[int, int, str]] = []
    for m in mentions:
        if a <= m.start and m.end <= b and m.noun:
            start = m.start
            if m.title:
                before = text[a:m.start]
                words = m.title.split()
                pat = (r"(?:(?:[\w.]+['\u2019]s|[A-Z][\w.]*)\s+)?" + r"\s+".join(re.escape(w) + r"\.?" for w in words)
                       + r"\s+$")
                tm = re.search(pat, before)
                if tm:
                    start = a + tm.start()
            acronym = re.match(r"\s*\(([A-Z]{2,6})\)", text[m.end:b])
            if acronym and len(m.short.split()) > 3 and m.short.upper() != m.short:
                # "the Organization for Security and Co-operation in Europe (OSCE)": a headline uses the initials.
                cuts.append((start, m.end + acronym.end(), acronym.group(1)))
                continue
            lead = m.short[:len(m.short) - len(m.text)] if m.short.lower().endswith(m.text.lower()) else ""
            if lead.strip() and text[a:start].lower().endswith(lead.lower()):
                start -= len(lead)         # "the International Committee of the Red Cross" found as "Red Cross"
            cuts.append((start, m.end + _possessive(text, m.end), m.short + ("'s" if _possessive(text, m.end) else "")))
    for h0, h1 in holes:
        cuts.append((h0, h1, " "))
    for t in drop:
        if a <= t.start and t.end <= b and not _subject_time(text, a, t) and \
                not re.match(r"\s+of\b", text[t.end:]):      # "on the future of Harzan": a noun, not a date
            prep = None if _possessive(text, t.end) else _PREP.search(text[a:t.start]) or \
                re.search(r"\b(over|within)\s+$", text[a:t.start])   # "over the weekend" ("fell through" is a verb)
            start = a + prep.start() if prep and t.start - (a + prep.start()) < 12 else t.start
            end = t.end + _possessive(text, t.end)
            # "Thursday's decision" → "decision", never "'s decision"; "The bombings, on Aug. 7, killed" →
            # "The bombings killed": the commas around a date set off alone go with it.
            if re.search(r",\s*$", text[a:start]) and text[end:end + 1] == ",":
                start, end = a + re.search(r",\s*$", text[a:start]).start(), end + 1
            cuts.append((start, end, ""))
    out, pos = [], a
    for s, e, rep in sorted(cuts, key=lambda c: (c[0], -c[1])):     # the longest cut at a place wins
        if s < pos:
            continue
        out.append(text[pos:s])
        out.append(rep)
        pos = e
    out.append(text[pos:b])
    result = "".join(out)
    result = re.sub(r"(?:\b[Tt]he\s+)?\b((?:[A-Z][\w'-]*\s+(?:(?:for|of|and|in|on|the|de)\s+)*){1,8}[A-Z][\w'-]*)\s+"
                    r"\(([A-Z]{2,6})\)", _initials, result)
    result = re.sub(r"\b(?:the\s+)?(?:[A-Z]\w+\s+)?(?:city|town|province|region|village)\s+of\s+", "", result)
    result = re.sub(r"\bfor implementing\s+", "for ", result)
    result = re.sub(r",\s+\d{1,3},", "", result)           # an age: "Jane Doe, 45, died" → "Jane Doe died"
    result = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", result))
    return result.strip(" ,")


def _initials(m: re.Match) -> str:
    """"European Bank for Reconstruction and Development (EBRD)" → "EBRD": a name followed by its own initials."""
    caps = "".join(w[0] for w in m.group(1).split() if w[:1].isupper())
    if caps != m.group(2):
        return m.group(0)
    return m.group(2) if len(caps) >= 4 else m.group(1)    # "Oslo Port Authority (OPA)" keeps the words


def _subject_time(text: str, a: int, t) -> bool:
    """"We thought 2018 would be the year": a year or day that is the subject of its clause is a word of the
    headline, not a date to drop."""
    return bool(re.match(r"\s+(?:would|will|is|was|has|had|could|might|must)\s+be\b", text[t.end:])) and \
        not _PREP.search(text[:t.start]) and not re.search(r"\b(?:the|a|an|since|until|by|of)\s+$", text[a:t.start], re.I)


def _possessive(text: str, end: int) -> int:
    m = re.match(r"['\u2019]s\b", text[end:])
    return len(m.group()) if m else 0


def _tags(text: str) -> list[str]:
    low = text.lower()
    return [slug for slug, words in _TAG_WORDS.items() if re.search(r"\b(?:" + words + r")\b", low)]


# --------------------------------------------------------------------------- one article's units → events
def _assemble(ctx: _Ctx, units: list[_Unit]) -> list[tuple[tuple, EventDraft]]:
    art = ctx.article
    pub = art.published.isoformat() if art.published else ""
    groups: list[list[_Unit]] = []
    dated_statement: dict[str, list[_Unit]] = {}
    bare_statement: dict[str, list[_Unit]] = {}
    undated_statement: dict[tuple[str, int], list[_Unit]] = {}
    # 1. Statements: one event per speaker and day; a bare "said" joins that speaker's dated statement.
    for u in units:
        if u.kind == "statement" and u.state == "dated":
            key = f"{u.speaker}|{u.date}"
            if key not in dated_statement:
                dated_statement[key] = [u]
                groups.append(dated_statement[key])
            else:
                dated_statement[key].append(u)
    main = next((g for g in groups), None)                # the article's first dated statement
    for u in units:
        if u.kind == "statement" and u.state == "bare":
            own = next((g for k, g in dated_statement.items() if k.startswith(u.speaker + "|")), None)
            # "Yellen told reporters after the meeting that ... 'We continue ...,' she said.": the same remarks.
            own = own or undated_statement.get((u.speaker, u.para))
            if own:
                own.append(u)
                continue
            if u.speaker not in bare_statement:
                bare_statement[u.speaker] = [u]
                groups.append(bare_statement[u.speaker])
                if art.published:
                    u.date, u.date_text = pub, "said"
                    u.date_basis = f"reported as said, no day given; dated to the publication date {pub}"
                else:
                    u.date_text = "said"
                    u.date_basis = "reported as said, no day given, and the article has no publication date; " \
                                   "set the date by hand"
            else:
                bare_statement[u.speaker].append(u)
        elif u.kind == "statement" and u.state == "undated":
            undated_statement[(u.speaker, u.para)] = [u]
            groups.append(undated_statement[(u.speaker, u.para)])
    if main is None and bare_statement:
        main = next(iter(bare_statement.values()))
    # 2. Dated clauses, and "Meanwhile" sentences dated like the main statement around them.
    for u in units:
        if u.kind == "event" and u.state in ("dated", "undated"):
            groups.append([u])
        elif u.state == "meanwhile":
            if main:
                lead = main[0]
                u.date = lead.date
                u.date_text = u.date_text or "meanwhile"
                when = f"{lead.date_text} {lead.date}" if lead.date_text not in ("said", "") else lead.date
                u.date_basis = (f"no date of its own; reported as happening at the same time as "
                                f"{lead.speaker_short}'s remarks {when}" if lead.date else
                                f"no date of its own; reported at the same time as {lead.speaker_short}'s remarks, "
                                f"which are undated; set the date by hand")
            else:
                u.date_text = "meanwhile"
                u.date_basis = "no date of its own and no dated report around it; set the date by hand"
            groups.append([u])
    out = []
    for g in groups:
        key = (min(u.para for u in g), min(u.sent.start for u in g if u.para == min(x.para for x in g)))
        out.append((key, _draft(art, g)))
    return out


def _draft(art: Article, group: list[_Unit]) -> EventDraft:
    lead = group[0]
    units = sorted(group, key=lambda u: (u.para, u.sent.start))
    title = next((u.title for u in group if u.title and not u.title.endswith("makes statement")), lead.title)
    if lead.kind == "event" and title:
        title = _fit(headline.with_speaker(title, lead.quote))   # every event title, however built, same rules
    if lead.kind == "event" and title and art.published and lead.date and \
            lead.date > art.published.isoformat()[:len(lead.date)]:
        title = headline.planned(title, lead.quote)       # still ahead on the day it was reported: "X to meet"
    pub = art.published.isoformat() if art.published else ""
    status = status_of(lead.quote, lead.date_text, lead.date, pub) if lead.kind == "event" else "held"
    if lead.kind == "event" and title and status != "planned":   # the new date of a postponement is no postponement
        title = headline.cancelled(title, lead.quote)     # "..., but the meeting did not go ahead": called off
    citations = []
    for u in units:
        c = CitationDraft(art.id, u.para, u.quote, lead.date, lead.date_text, "" if status == "held" else status)
        if all((c.paragraph, c.quote) != (x.paragraph, x.quote) for x in citations):
            citations.append(c)
    draft = EventDraft(
        title=title or "Untitled event", date=lead.date, date_text=lead.date_text, date_basis=lead.date_basis,
        actors=uniq([a for u in units for a in ([lead.speaker] if lead.speaker else []) + u.actors]),
        places=uniq([p for u in units for p in u.places]),
        tags=uniq([t for u in units for t in u.tags]),
        sources=citations, status=status)
    # "in Syria" is where it happened, "Syria rejected" is who acted: an event lists one entity as one or the
    # other, as the first of its sentences to name it uses it.
    for slug in set(draft.actors) & set(draft.places):
        first = next(u for u in [lead, *units] if slug in u.actors or slug in u.places or slug == u.speaker)
        if slug in first.actors or slug == first.speaker:
            draft.places.remove(slug)
        else:
            draft.actors.remove(slug)
    return draft


def _body(ev: EventDraft, articles: dict[str, Article], reg: Registry) -> str:
    """What happened in plain words and who reported it, then the sentence it was reported in:
    "RT reported on 6 December 2016 that Kerry delivered new plan for Aleppo settlement to Russia. “Kerry
    delivered a new plan ... on Friday.”" The quote starts where the sentence starts, never mid-sentence; the
    derivation of the date lives in `date_basis` (the event page shows it)."""
    if not ev.sources:
        return f"{ev.title}.\n"
    # The report the headline comes from leads (several reports: the one whose words the title shares most).
    cite = ev.sources[0]
    if len({c.source for c in ev.sources}) > 1:
        title_words = keywords(EventDraft(ev.title, "", "", ""))
        best = max(len(title_words & keywords(EventDraft("", "", "", "", sources=[c]))) for c in ev.sources)
        cite = next(c for c in ev.sources
                    if len(title_words & keywords(EventDraft("", "", "", "", sources=[c]))) == best)
    reports = []
    for source in uniq([cite.source] + [c.source for c in ev.sources]):
        art = articles.get(source)
        who = ((art.outlet or art.title) if art else "") or source
        reports.append((who, f" on {_day_words(art.published)}" if art and art.published else ""))
    (who, on), others = reports[0], reports[1:]
    also = f" Also reported by {', '.join(w + o for w, o in others)}." if others else ""
    quote = cite.quote
    first = articles.get(cite.source)
    pub = first.published.isoformat() if first and first.published else ""
    # Not over on the day it was reported: "would meet", unless the sentence tells it in the past.
    ahead = bool(pub and ev.date and ev.date >= pub[:len(ev.date)])
    what = headline.plain(ev.title, quote, ahead, " ".join(first.paragraphs) if first else "")
    lead = f"{who} reported{on} that {what}." if what else f"{who} reported{on}: {ev.title}."
    return f"{lead} \u201c{_fragment(quote, cite.date_text or ev.date_text)}\u201d{also}\n"


def _fragment(quote: str, words: str, limit: int = 40) -> str:
    """The quote from its start: whole up to `limit` words, else cut after the clause holding the dating words
    (or after `limit` words), marked with an ellipsis."""
    tokens = quote.split()
    if len(tokens) <= limit:
        return quote
    at = fold(quote).find(fold(words)) if words else -1
    need = len(quote[:at].split()) + len(words.split()) if at >= 0 else 0
    hi = max(limit, need)
    for i in range(hi, min(len(tokens), hi + 12)):
        if tokens[i - 1].endswith((",", ";", ":")):
            hi = i
            break
    return " ".join(tokens[:hi]).rstrip(",;:") + ("\u2026" if hi < len(tokens) else "")


def _day_words(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month]} {day.year}"


_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]



# What became of a happening, from the words of its clause: the words are those of `status` (shared with the
# headline writer); here only which clause of the sentence speaks of the happening.
_DATEISH = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                      r"may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|"
                      r"nov|dec|today|tomorrow|yesterday|tonight|week|month|year|\d+)\b", re.I)
_CLAUSE_CUT = re.compile(r";|:\s|\s[\u2014\u2013-]\s|,\s+(?=(?:and|while|whereas|which|after|although|though|"
                         r"when|but|as)\b)|\s+(?=but\b)")


def _status_clause(sentence: str, date_text: str) -> tuple[str, int]:
    """The clause of the sentence that holds the dating words, with a "but" clause after it that has no date
    of its own ("was scheduled for Tuesday, but the meeting did not go ahead"), and where the dating words are
    in it. The whole sentence (and -1) when the dating words are not found."""
    at = sentence.lower().find(date_text.lower()) if date_text else -1
    if at < 0:
        return sentence, -1
    # "Since the strike began on March 6, 40 flights have been cancelled": a fronted clause ends at its comma
    fronted = re.match(r"(?:After|Since|Once|Following|When|Before|Despite|Although|Though|While|Because|Until)\b"
                       r"[^,;]*,\s", sentence)
    cuts = sorted({0, len(sentence)} | {m.start() for m in _CLAUSE_CUT.finditer(sentence)} |
                  ({fronted.end()} if fronted else set()))
    pieces = [(x, sentence[x:y]) for x, y in zip(cuts, cuts[1:]) if y > x]
    k = next(i for i, (x, piece) in enumerate(pieces) if x <= at < x + len(piece))
    start, clause = pieces[k]
    for _, piece in pieces[k + 1:]:
        if not re.match(r"[\s,;:]*but\b", piece) or _DATEISH.search(piece):
            break
        clause += piece
    return clause, at - start


def status_of(sentence: str, date_text: str = "", date: str = "", published: str = "") -> str:
    """planned, held, postponed or cancelled: what the report says became of the happening dated by
    `date_text` in `sentence`. Planned only when the text says so ("were supposed to") or the date is not
    before the publication date ("will meet on Friday"; a day still ahead is planned whatever the verb).
    The new date of a postponement ("postponed the vote until December 18") is not itself postponed."""
    clause, at = _status_clause(sentence, date_text)
    return _status.classify(clause, at, date_text, date, published)


# The kind of a happening, from its headline (else its sentence): the first word of the lexicon met wins.
def _first_key(ev: EventDraft, articles: list[Article]) -> tuple:
    order = {a.id: i for i, a in enumerate(articles)}
    c = ev.sources[0] if ev.sources else None
    return (order.get(c.source, 0), c.paragraph, c.quote) if c else (0, 0, "")


# --------------------------------------------------------------------------- entities out
def _entities(events: list[EventDraft], entities: dict[tuple[str, str], EntityDraft]) -> list[EntityDraft]:
    used = {("actor", s) for e in events for s in e.actors} | {("place", s) for e in events for s in e.places}
    out = [entities[key] for key in sorted(used) if key in entities]
    for slug in sorted({t for e in events for t in e.tags}):
        if ("tag", slug) in entities:
            out.append(entities[("tag", slug)])
        else:
            name, desc = TAGS.get(slug, (slug.capitalize(), ""))
            out.append(EntityDraft("tag", slug, name, [], "", desc))
    return out
