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
    resolution passed on Thursday") and a gathering named by a date at another time than its clause ("Ahead of
    Friday's summit, ministers met on Tuesday" → "Summit planned", Friday);
  * "later that day", "the same day", "that evening" take the day the text was about, from the paragraph before
    when they open one; a count since a day ("have counted 3,000 ballots since Nov. 9") dates the start;
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
from .drafts import CitationDraft, EntityDraft, EventDraft, Extraction
from .entities import DATELINE, Mention, Registry, find_mentions, fold, translit
from .seeds import Article
from .sentences import Sentence, is_caption, split

from . import timex as _timex
from .timex import tag as _tag

_SPEECH = (r"said|says|added|adds|remarked|stated|noted|stressed|warned|insisted|explained|declared|announced|"
           r"claimed|argued|confirmed|denied|acknowledged|admitted|complained|urged|vowed|wrote|tweeted|replied|"
           r"told\s+(?:reporters|journalists|the\s+\w+|an?\s+\w+|\w+)")
_PRE = r"(?P<pre>(?:(?:But|And|Meanwhile|However|Also|Separately|In addition|At the same time|In the meantime|Still),?\s+)*)"
_TAIL = (r'(?P<tail>(?:\s+(?:here|there|on|in|at|last|this|earlier|late|early|today|yesterday|tonight|during|'
         r'after|before|when|while|to|from|by|\w+day)\b[^,;"\u201c\u201d]{0,60}?)?)')
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


def extract(articles: list[Article], known: list[EntityDraft]) -> Extraction:
    """Events and the entities they reference; the same input gives the same output, in a stable order.

    Each article is read on its own, against the entities a person wrote in content/ and nothing else: what
    another article says, or what an earlier ingest wrote, never changes an article's events (a registry
    shared across articles let one article's "Secretary of State Kerry" retitle another's "Kerry ...").
    Only afterwards are the entities of all articles joined (one page for "Sergei" and "Sergey Lavrov") and
    the same happening in two articles given one event, which adds citations and changes nothing else."""
    per_article: list[tuple[Article, Registry, list[EventDraft]]] = []
    start = Registry(known)
    for art in articles:
        reg = start.fresh()
        per_article.append((art, reg, [d for _, d in sorted(_article_events(art, reg), key=lambda x: x[0])]))
    entities = _join_entities(per_article)
    events = _merge([ev for _, _, evs in per_article for ev in evs], entities)
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
            ev.actors = _uniq([rename.get(("actor", s), s) for s in ev.actors])
            ev.places = _uniq([rename.get(("place", s), s) for s in ev.places])
    for art, reg, events in per_article:
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
        timexes = _timexes(para, art.published, art.paragraphs[p_no - 2] if p_no > 1 else "", ctx.last_day)
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
            found = _sentence_units(ctx, p_no, sent, body, tx, mentions, caption=is_caption(para))
            main_dated = any(u.kind == "event" and u.clause == "main" for u in found)
            units += [u for u in (_rescue(ctx, u, body, tx, mentions, main_dated) for u in found) if u is not None]
            ctx.recent_sents.append([m for m in mentions if m.kind == "actor"])
            days = [u.date for u in found if u.state == "dated" and len(u.date) == 10
                    and u.clause in ("main", "sub", "and")]
            ctx.last_day = days[-1] if days else ctx.last_day
    return _assemble(ctx, units)


_ANAPHORIC_DAY = re.compile(r"\b(?:(?:earlier|later)\s+(?:in\s+)?(?:that|the)\s+day|(?:that|the\s+same)\s+"
                            r"(?:day|morning|afternoon|evening|night))\b", re.I)


def _timexes(text: str, dct: dt.date | None, before: str = "", last_day: str = "") -> list:
    """The paragraph's time expressions. "Later that day", "the same day" or "that evening" opening a paragraph
    refer to the day the text before it was about: the paragraph before, else the day of the last dated clause
    (`last_day`). Only those expressions are resolved with that context in view."""
    tx = list(_tag(text, dct))
    for context in ([before] if before and not is_caption(before) else []) + \
            ([f"{_MONTHS[int(last_day[5:7])]} {int(last_day[8:])}, {last_day[:4]}."] if last_day else []):
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


def _sentence_units(ctx: _Ctx, p_no: int, sent: Sentence, text: str, tx: list, mentions: list[Mention],
                    caption: bool) -> list[_Unit]:
    own = [t for t in tx if _own(t)]
    if not re.search(r"\b[a-z]{2,}\b", re.sub(r"\([^)]*\)", "", text)):
        return []                      # "NICOSIA, August 8 (Xinhua) --": a dateline, no sentence, no happening
    if caption:
        if not own:
            return []
        unit = _clause_unit(ctx, p_no, sent, text, own[0], mentions, (0, len(text)))
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
        statement = _statement_unit(ctx, p_no, sent, text, att, outer, mentions, meanwhile, inner)
        # "He said the Wednesday consultations are canceled": the dated news is the event; the saying is
        # an event of its own only when the sentence dates it too ("said on Wednesday it would ...").
        if units and statement.state != "dated":
            return units
        return [statement] + units
    units = _dated_units(ctx, p_no, sent, text, own, tx, mentions, 0, len(text))
    if units:
        return units
    if meanwhile and any(m.kind == "actor" and m.start < 60 for m in mentions):
        unit = _clause_unit(ctx, p_no, sent, text, None, mentions, (0, len(text)))
        unit.state = "meanwhile"
        return [unit]
    return []


_AUX = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "to", "not",
        "and", "or", "but", "who", "which", "that"}


# Adverbs that may stand between an auxiliary and its participle: "was first authorized".
_ADVERBS = {"first", "then", "also", "just", "later", "initially", "finally", "recently", "officially", "formally",
            "already", "never", "ever", "once", "twice", "again", "jointly", "only", "originally", "previously",
            "eventually", "since", "still", "not", "quickly", "unanimously", "narrowly", "reportedly"}


# Words after which a participle is an adjective when a noun follows it: "in extended trading".
_ADJ_BEFORE = {"in", "on", "at", "of", "for", "with", "by", "from", "the", "a", "an", "its", "their", "his", "her"}


def _dates_a_modifier(text: str, a: int, t) -> bool:
    """A date that dates a noun's modifier, not the clause: "recall iPhones sold in China in 2020"."""
    words = re.findall(r"[\w'-]+", text[a:t.start])
    verbs = [i for i, w in enumerate(words) if w.islower() and headline._is_verb_start(w)]
    if len(verbs) < 2:
        return False
    last = verbs[-1]
    before = words[last - 1].lower() if last else ""
    if before in _ADVERBS and words[verbs[-2]].lower() in _AUX and \
            all(w.lower() in _ADVERBS for w in words[verbs[-2] + 1:last]):
        return False                                      # "was first authorized ... in December 2020"
    after = words[last + 1].lower() if last + 1 < len(words) else ""
    if before in _ADJ_BEFORE and after and after not in _ADJ_BEFORE and after.isalpha():
        return False                                      # "fell 6% in extended trading on Tuesday": an adjective
    return (headline.is_past(words[last]) or words[last] in headline._PARTICIPLES) and before not in _AUX \
        and not before.endswith("ly") and words[last - 1][:1].islower() and last - 1 not in verbs


_IRREGULAR_PARTICIPLES = {"held", "built", "made", "set", "won", "led", "sold", "bought", "brought", "sent", "struck",
                          "kept", "found", "paid", "put", "cut", "hit", "shot", "caught", "read", "laid", "begun",
                          "spent", "dealt", "meant", "sought", "fought", "lent", "bound", "hung", "shut"}


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
    info = _clause_info(text, x.start, x.end, lo, hi)
    if info["kind"] not in ("rel", "part") or info["a"] <= t.start < info["b"]:
        return t
    if ctx.last_day:
        return type(t)(t.start, t.end, t.text, "DATE", ctx.last_day,
                       f"the day the sentences before are about ({ctx.last_day})", t.mod)
    return type(t)(t.start, t.end, t.text, "DATE", "PAST_REF", "", t.mod)


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
_SINCE_SUBJECT = re.compile(r"(?P<subj>[^,;]*?\b\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+" + _COUNTED +
                            r"[a-z][^,;]*?)\s+(?:have|has|had)\s+(?:(?:\w+ly|now|so\s+far|already)\s+)?"
                            r"(?P<passive>been\s+)?(?P<verb>[a-z]+ed|[a-z]+en)"
                            r"(?P<rest>(?:\s+[^\s,;]+){0,6}?)\s+since\s+(?:(?:early|late)\s+)?$")
_SINCE_REDUCED = re.compile(r"\b" + _COUNT + r"\s+(?P<obj>[a-z][\w-]*)\s+(?P<verb>[a-z]+ed)\s+since\s+(?:(?:early|late)\s+)?$")


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
    if re.search(r"([bdgmnprt])\1ed$", past) and not base.endswith(past[-3] * 2):
        return base + base[-1] + "ing"                    # "stopped" → "stopping"
    return (base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing"


def _counted_since(text: str, t, lo: int, hi: int) -> dict | None:
    """"Workers have counted 3,000 ballots since early Nov. 9": a count of things done since a day says when
    the doing began, a happening of that day ("Workers begin counting ballots"). A state or a process with no
    count ("Rain has fallen since Saturday", "has led the party since 2020") dates nothing, nor does a year."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", t.value.split("T")[0]):
        return None
    since = re.search(r"\s+since\s+(?:(?:early|late)\s+)?$", text[lo:t.start])
    if not since:
        return None
    # "since" may open a clause of its own ("since Oct. 30"): the count is in the clause before it.
    k = lo + since.start()
    info = _clause_info(text, k, k, lo, hi)
    info["b"] = max(info["b"], t.end)
    before = text[info["a"]:t.start]
    perfect, reduced = _SINCE_PERFECT.match(before), _SINCE_REDUCED.search(before)
    counted = _SINCE_SUBJECT.match(before)
    verb = next((m.group("verb") for m in (perfect, counted, reduced) if m), "")
    if re.match(r"(?:kill|injur|wound|hurt|arrest|detain|di|displac|los|lost|jail|sentenc|execut)(?:ed|en)?$", verb):
        return None        # "200 people have been killed since Oct. 1": a toll counted from a day, not a start
    if perfect and not re.search(r"\b(?:been|had)$", perfect.group("verb")):
        title = f"{perfect.group('subj')} began {_gerund(perfect.group('verb'))} {perfect.group('obj')}"
    elif counted and counted.group("verb") not in ("been", "had") and counted.group("passive"):
        # "3,000 ballots have been counted since early Nov. 9" → "Counting of ballots begins"
        things = re.sub(r"^.*?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+", "", counted.group("subj"))
        title = f"{_gerund(counted.group('verb')).capitalize()} of {things} began"
    elif counted and counted.group("verb") not in ("been", "had"):
        title = f"{counted.group('subj')} began {_gerund(counted.group('verb'))}{counted.group('rest')}"
    elif reduced:
        title = f"{_gerund(reduced.group('verb')).capitalize()} of {reduced.group('obj')} began"
    else:
        return None
    return {**info, "since_title": title}


# ----------------------------------------------------------------------- which dates date a happening
_SEASONS = re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$")


def _not_a_date_of_the_happening(text: str, t, lo: int = 0) -> str:
    """Why a time expression dates no event of its clause ("" when it may), by general rules of English news:

    * a frequency or record context: "for the third time this year", "so far this year", "the first ... since
      1966", "its strongest quarter since 2019" — it counts or compares, it dates nothing;
    * a bound or a comparison: "cut 800 jobs by the end of the year", "up from $3.75 billion a year earlier";
    * a season word that is a noun: "the fall of the Berlin Wall".
    """
    before = text[lo:t.start]
    if re.search(r"\b(?:since|times?(?:\s+(?:so\s+far|already))?|so\s+far|yet|ever|by|until|till|through)\s+"
                 r"(?:(?:early|late|mid|the\s+(?:start|end|middle|beginning)\s+of)\s+)?$", before, re.I):
        return "frequency"
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
    own = [_reanchor(ctx, text, t, tx, lo, hi) for t in own]
    for t in own:
        when = re.match(r",\s+when\s+", text[t.end:hi])
        if _not_a_date_of_the_happening(text, t, lo):
            start = _counted_since(text, t, lo, hi)
            if start:
                by_clause.setdefault((start["a"], start["b"]), []).append((t, start))
                continue
            if when:
                # "since 1939, when a quake killed 33,000 people": the when-clause happened then, though the
                # clause the date stands in only counts or compares.
                w0 = t.end + when.end()
                info = _clause_info(text, w0, w0, w0, hi)
                info["date_words"] = t
                by_clause.setdefault((info["a"], info["b"]), []).append((t, info))
            continue
        info = _clause_info(text, t.start, t.end, lo, hi)
        that = re.match(r"\s+that\s+", text[info["b"]:hi])
        if that and not any(info["b"] < x.start < hi for x in own) and \
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
            continue
        if _is_state(blanked, info):
            continue
        by_clause.setdefault((info["a"], info["b"]), []).append((t, info))
    units = []
    for key in sorted(by_clause):
        # "Ahead of Friday's summit, the ministers met on Tuesday": a date naming another happening ("Friday's
        # summit", "the Thursday hearings") never dates the clause when the clause has a date of its own; that
        # happening, when still ahead, is an event of its own.
        plain = [x for x in by_clause[key] if not _event_named(text, x[0])]
        t, info = max(plain or by_clause[key], key=lambda x: _precision(x[0]))
        for x, _ in by_clause[key]:
            named = _event_named(text, x) if plain and x is not t else None
            if named:
                units += _named_event_unit(ctx, p_no, sent, text, x, mentions, named)
        unit = _clause_unit(ctx, p_no, sent, text, t, mentions, (info["a"], info["b"]), extra_actor=extra_actor,
                            info=info, others=dated_words)
        if info.get("date_words") is t:
            unit.date_text = t.text
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
        # A headline names who and what, never one word; "Apple did so" and "Police say" say neither.
        said = re.search(r"\s(?:said|told\s+\w+|reported|added)$", unit.title)
        if len(unit.title.split()) >= 2 and not re.search(r"\b(?:(?:do|does|did|done|doing)\s+(?:so|it|that)|"
                                                           r"says?|tells?\s+\w+|announces?|confirms?|reports?|"
                                                           r"adds?)$", unit.title, re.I) and not (
                said and len(unit.title[:said.start()].split()) <= 4
                and not any(headline._is_verb_start(w) for w in unit.title[:said.start()].split()[1:])):
            units.append(unit)
    return units


_NAMED_NOUNS = _EVENT_NOUNS + "|runoff|ruling|decision|report|speech|address|hearings|elections|votes|sessions"
_HELD_NOUNS = re.compile(r"^(?:meeting|meetings|talks|summit|consultations|session|sessions|vote|votes|election|"
                         r"elections|conference|hearing|hearings|negotiations|discussions?|round|debate|referendum|"
                         r"runoff|ceremony|rally|signing|funeral)$")


def _event_named(text: str, t) -> tuple[int, int] | None:
    """The span of the happening a date names as its modifier: "Friday's summit (of Arab leaders)", "the Thursday
    hearings", "ahead of the summit on Friday"; None when the date dates its clause."""
    # Only a happening at another time than the clause's: "ahead of Friday's summit", "before the Thursday vote";
    # "In Sunday's debate, Spitzer attacked him" happened in the debate, on its day.
    other_time = r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|before|after|following|for|until|till|pending)\s+"
    m = re.match(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:" + _NAMED_NOUNS + r")\b", text[t.end:])
    if m and not re.search(other_time + r"(?:next\s+|last\s+)?$", text[:t.start], re.I):
        m = None
    if not m and re.search(other_time + r"the\s+$", text[:t.start], re.I):
        m = re.match(r"\s+(?:[\w-]+\s+)?(?:" + _NAMED_NOUNS + r")\b", text[t.end:])
    if m:
        start, end = t.start, t.end + m.end()
    else:
        m = re.search(r"\b(?:ahead\s+of|before|after|for)\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,2}?(?:"
                      + _NAMED_NOUNS + r"))\s+(?:on|in)\s+$", text[:t.start], re.I)
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
    words = re.sub(r"^(?:the|a|an)\s+", "", words.strip(), flags=re.I)
    head = re.search(r"\b(" + _NAMED_NOUNS + r")\b", words)
    if unit.date > pub:
        words += " planned"
    elif head and _HELD_NOUNS.match(head.group(1)):
        words += " held"
    else:
        return []
    unit.title = _fit(words[:1].upper() + words[1:])
    unit.actors = _uniq([m.slug for m in mentions if m.kind == "actor" and span[0] <= m.start < span[1]])
    unit.places = _uniq([m.slug for m in mentions if m.kind == "place" and span[0] <= m.start < span[1]])
    unit.tags = _uniq(_tags(words))
    return [unit]


def _precision(t) -> tuple:
    value = t.value.split("T")[0] if t.type == "TIME" else t.value
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
    unit.actors = _uniq([speaker.slug] + [m.slug for m in mentions if m.kind == "actor" and c0 <= m.start < c1])
    unit.places = _uniq([m.slug for m in mentions if m.kind == "place"])
    unit.tags = _uniq(["statement"] + _tags(text))
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
    return headline.make(_shorten(text, start, c1, mentions, drop=drop), "claim")


def _fit(title: str) -> str:
    # A happening named by a noun gets its verb ("Council meeting" → "Council meets"); then at most
    # MAX_WORDS words and MAX_LEN characters, cut where a phrase ends.
    title = headline.verbal(headline.drop_adverb_days(title))
    keep = title.index(": ") + 2 if ": " in title[:40] else 0
    title = headline.fit_words(title, len(title[:keep].split()) + 1)
    if len(title) <= headline.MAX_LEN:
        return title
    return headline.shorten_to_fit(title, len(title[:keep].split()) + 1)


# --------------------------------------------------------------------------- dated clauses
# "..., and rebels shot down a helicopter": an irregular past after a bare plural subject opens a clause too.
_IRREGULAR_PAST = "|".join(sorted(w for w in headline._IRREGULAR if re.fullmatch(r"[a-z]{3,}", w)))
_OPENER = re.compile(r"(?:,\s+|\s+)(?:" + _CLAUSE_OPENERS + r")\s+(?=[A-Z]|the\b|an?\b|his\b|her\b|its\b|"
                     r"their\b|[a-z]+\s+(?:[a-z]+ed|[a-z]+s|won|was|were|is|are|has|had)\b|[a-z]+s\s+(?:"
                     + _IRREGULAR_PAST + r")\b)")
# Relative clauses: ", which will open in 2022", "a program that began in September".
_RELATIVE = re.compile(r"(?P<comma>,\s+|\s+)(?:which|who|whose)\s+|\s+that\s+(?=(?P<verb>[a-z]+)\b)")
# A participle phrase set off by commas: "Northwind, founded in 1998 by two graduates, went public".
_PARTICIPLE = re.compile(r",\s+(?=(?:(?:first|initially|originally|already|[a-z]+ly)\s+)?(?:[a-z]+ed|[a-z]+en|born|built|made|held|led|known|run|set|sold|bought|won|lost|"
                         r"kept|found|begun)\s+(?:in|on|at|by|during|last|this|from|for|as|after|before|early|late|"
                         r"with|under|between)\b)")
_APPOSITIVE = re.compile(r"\b[A-Z][\w'-]*(,\s+)(?=(?:the|a|an)\s+)")
_OPENING_PARTICIPLE = re.compile(r"(?:(?:Born|[A-Z][a-z]+ed|Built|Founded)\s+(?:in|on|at|during|last)\b[^,;]*?(,)\s+"
                                 r"(?=[A-Z])|(?:After|Before|Since|Upon|While)\s+[a-z]{2,}ing\s+[^,;]*?(,)\s+"
                                 r"(?=[A-Z]|the\b|an?\b|his\b|her\b|its\b|their\b))")
# A second predicate of the same subject: "The wall was built in 1961 and fell on Nov. 9, 1989".
_COORD = re.compile(r"(?:,?\s+(?:and|but)(?:\s+then|\s+later)?|,\s+then)\s+(?=(?P<verb>[a-z]+)\b)")
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
    for m in _APPOSITIVE.finditer(text, lo, hi):
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
        if headline._is_verb_start(m.group("verb")) and m.group("verb") not in ("need", "red"):
            out[m.start()] = (m.start(), m.end(), "coord", False)
    for m in re.finditer(r";\s+", text[lo:hi]):
        out[lo + m.start()] = (lo + m.start(), lo + m.end(), "sub", False)
    # "forces have advanced since launching an offensive in mid-October": the gerund is a happening of the
    # clause's subject, and its date never dates the clause it hangs on.
    for m in re.finditer(r"(?:,\s+|\s+)(?:since|after|before|upon|while|when|by)\s+(?=(?P<ger>[a-z]{2,}ing)\s+[\w\"'])",
                         text[lo:hi]):
        # A fronted one ("Then, after extending its offer, IMA lowered ...") runs to a comma; left as it was.
        fronted = not any(w.islower() and headline._is_verb_start(w) for w in re.findall(r"[\w'-]+", text[lo:lo + m.start()]))
        if m.group("ger") not in _ING_NOUNS and not fronted:
            out[lo + m.start()] = (lo + m.start(), lo + m.end(), "ger", False)
    # What was said is a clause of its own: "Police said on Saturday that a man was arrested on Friday".
    for m in re.finditer(r"\b(?:said|says|told\s+\w+|announced|confirmed|reported|added)\b[^\"\u201c,;]{0,40}?"
                         r"(?P<that>\s+that\s+)(?=[A-Za-z0-9])", text[lo:hi]):
        k = lo + m.start("that")
        out.setdefault(k, (k, lo + m.end("that"), "sub", False))
    # ... and without "that": "Prosecutors said the defendant had met the victim in 2019 and moved in the following
    # year": the second predicate is the defendant's.
    for m in re.finditer(r"\b(?:said|says)(?P<sp>\s+)(?!(?:an?|the|this|that|last|next)\s+(?:day|week|month|year|"
                         r"while|time)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|"
                         r"May|June|July|Aug|Sept?|Oct|Nov|Dec|Earlier|Later|Last|This|Next)\b)(?=(?:the|a|an|his|her|its|"
                         r"their|[A-Z][\w'-]*)\s+(?:[\w'-]+\s+){0,4}?(?:had|has|have|was|were|would|will|could|is|are)\b)",
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
            inner = [x for x in bounds if b1 < x[0] < p1 and not x[3] and x[2] == "sub"]
            a = max([b1] + [x[1] for x in inner if x[1] <= s])
            b = min([p1] + [x[0] for x in inner if x[0] >= e])
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
    return {"a": a, "b": b, "kind": kind, "subj": subj, "holes": [h for h in holes if a <= h[0] and h[0] < b]}


_DETERMINER = re.compile(r"(?<![\w'])(?:the|a|an|its|their|his|her|our|this|these|those|[\w.-]+['\u2019]s)\s+", re.I)


def _antecedent(text: str, lo: int, p: int) -> tuple[int, int] | None:
    """The noun phrase a relative clause or participle phrase at p describes: "a new campus in Austin, Texas"
    (", which will open"), "The company's shares" (", which fell"), "Northwind" (", founded")."""
    seg = text[lo:p]
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
            subject = _shorten(text, s0, s1, mentions, drop=[x for x in others if s0 <= x.start < s1])
            dl = DATELINE.match(subject)
            if dl and not re.search(r"\b[a-z]+\b", dl.group()):
                subject = subject[dl.end():]
            words = re.sub(r"^(?:which|who|that)\s+", "", words)
            obj = re.match(r"^((?:the|a|an|his|her|its|their)\s+(?:[\w'-]+\s+){0,3}?|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+)"
                           r"((?:had|has|have|was|were)\s+)?([a-z]+ed|[a-z]+en|met|made|held|set|won|put|sent|"
                           r"gave|took|brought|signed)\b(.*)$", words) if info["kind"] == "rel" else None
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
            if subject:
                words = f"{subject} {'was ' if info['kind'] in ('part', 'opener') else ''}{words}"
            actors = _uniq([m.slug for m in mentions if m.kind == "actor" and s0 <= m.start < s1] + actors)
        if extra_actor is not None:
            # "Apple said it would recall ...": the pronoun is the speaker.
            # ... but in "Lavrov said it collapsed" "it" is something else: a pronoun stands for the speaker only
            # when it can (he/she for a person, it/they/we for an organisation or a country).
            pron = r"he|she" if extra_actor.type == "person" else r"it|they|we"
            words = re.sub(rf"^(?:{pron})\b", extra_actor.short, words, flags=re.I)
        words = _resolve_pronoun(ctx, words, a, mentions)
        words, owner = _resolve_possessive(words, text, a, mentions)
        if owner:
            actors.append(owner)
        title = headline.make(words, "event", names=_person_or_org_names(mentions))
    unit.title = _fit(_with_topic(title, text, mentions))
    if extra_actor is not None:
        actors.append(extra_actor.slug)
    unit.actors = _uniq(actors)
    unit.places = _uniq([m.slug for m in in_clause if m.kind == "place"])
    unit.tags = _uniq(_tags(text[a:b]))
    return unit


def _resolve_pronoun(ctx: _Ctx, words: str, a: int, mentions: list[Mention]) -> str:
    """"He was charged" → "Kopp was charged": a pronoun subject stands for the last person (he, she) or
    organisation (it) named before the clause, in this sentence or an earlier one; "they" and a pronoun with no
    such name before it stay as they are."""
    words = headline.strip_lead(words)
    m = re.match(r"^(he|she|it)\s+(?=[a-z])", words, re.I)
    if not m:
        return words
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
    return _uniq([m.short for m in mentions if m.kind == "actor" and m.noun])


def _resolve_possessive(words: str, text: str, a: int, mentions: list[Mention]) -> tuple[str, str]:
    """"her term ends" → "Yellen's term ends": a possessive pronoun opening a headline stands for the last
    person (his, her) or organisation or country (its) named before the clause in the sentence."""
    m = re.match(r"^(his|her|its|their)\s+(?=[a-z])", words, re.I)
    if not m:
        return words, ""
    pron = m.group(1).lower()
    kinds = ("person",) if pron in ("his", "her") else ("organisation", "country") if pron == "its" else \
        ("organisation", "country", "person")
    before = [x for x in mentions if x.kind == "actor" and x.end <= a and x.type in kinds]
    if not before:
        return words, ""
    owner = before[-1]
    return f"{owner.short}'s {words[m.end():]}", owner.slug


_TOPIC_NOUNS = r"proposal|proposals|plan|plans|deal|ceasefire|truce|offer|initiative|document|strategy|resolution"


def _with_topic(title: str, text: str, mentions: list[Mention]) -> str:
    """Name the place a proposal is about when the headline does not: "its proposal" (for a solution for
    Aleppo) → "its Aleppo proposal". Only a place the sentence names as a topic ("for/on/over Aleppo")."""
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
    return bool(re.match(r"\s+[a-z]+", text[t.end:])) and not _PREP.search(text[:t.start]) and \
        bool(re.search(r"\bthe\s+$", text[:t.start], re.I))


def _set_date(unit: _Unit, t, text: str) -> None:
    prep = None if _possessive(text, t.end) else _PREP.search(text[:t.start])   # "from Sunday's blast"
    unit.date_text = (prep.group(1) + " " + t.text) if prep and t.start - prep.start() < 12 else \
        text[t.start:t.end + _possessive(text, t.end)]
    value = t.value.split("T")[0] if t.type == "TIME" else t.value
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


def _undated_reason(t) -> str:
    v = t.value
    if re.match(r"^\d{4}-W\d\d", v):
        return f"'{t.text}' gives only the week {v}; set the day by hand"
    if re.match(r"^\d{4}-(?:SP|SU|FA|WI)$", v):
        return f"'{t.text}' gives only the season {v}; set the date by hand"
    if re.match(r"^\d{4}-(?:Q\d|H\d)$", v):
        return f"'{t.text}' gives only the period {v}; set the date by hand"
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
            cuts.append((start, m.end + _possessive(text, m.end), m.short + ("'s" if _possessive(text, m.end) else "")))
    for h0, h1 in holes:
        cuts.append((h0, h1, " "))
    for t in drop:
        if a <= t.start and t.end <= b:
            prep = None if _possessive(text, t.end) else _PREP.search(text[a:t.start])
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
    result = re.sub(r"\b(?:the\s+)?(?:[A-Z]\w+\s+)?(?:city|town|province|region|village)\s+of\s+", "", result)
    result = re.sub(r"\bfor implementing\s+", "for ", result)
    result = re.sub(r",\s+\d{1,3},", "", result)           # an age: "Jane Doe, 45, died" → "Jane Doe died"
    result = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", result))
    return result.strip(" ,")


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
    if lead.kind == "event" and title:
        title = headline.cancelled(title, lead.quote)     # "..., but the meeting did not go ahead": called off
    citations = []
    for u in units:
        c = CitationDraft(art.id, u.para, u.quote)
        if all((c.paragraph, c.quote) != (x.paragraph, x.quote) for x in citations):
            citations.append(c)
    draft = EventDraft(
        title=title or "Untitled event", date=lead.date, date_text=lead.date_text, date_basis=lead.date_basis,
        actors=_uniq([a for u in units for a in ([lead.speaker] if lead.speaker else []) + u.actors]),
        places=_uniq([p for u in units for p in u.places]),
        tags=_uniq([t for u in units for t in u.tags]),
        sources=citations)
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
    reports = []
    for source in _uniq([c.source for c in ev.sources]):
        art = articles.get(source)
        who = ((art.outlet or art.title) if art else "") or source
        reports.append((who, f" on {_day_words(art.published)}" if art and art.published else ""))
    (who, on), others = reports[0], reports[1:]
    also = f" Also reported by {', '.join(w + o for w, o in others)}." if others else ""
    quote = ev.sources[0].quote
    first = articles.get(ev.sources[0].source)
    pub = first.published.isoformat() if first and first.published else ""
    # Not over on the day it was reported: "would meet", unless the sentence tells it in the past.
    ahead = bool(pub and ev.date and ev.date >= pub[:len(ev.date)])
    what = headline.plain(ev.title, quote, ahead)
    lead = f"{who} reported{on} that {what}." if what else f"{who} reported{on}: {ev.title}."
    return f"{lead} \u201c{_fragment(quote, ev.date_text)}\u201d{also}\n"


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


# --------------------------------------------------------------------------- across articles
_STOP = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "with", "at", "by", "is", "are", "was", "were",
         "its", "their", "his", "her", "from", "that", "this", "be", "not", "as", "it", "has", "have", "says",
         "said", "issues", "statement"}


def _keywords(ev: EventDraft) -> set[str]:
    words = re.findall(r"[a-z]+", fold(ev.title + " " + " ".join(c.quote for c in ev.sources)))
    return {w[:5] for w in words if w not in _STOP and len(w) > 2}


def _merge(events: list[EventDraft], entities: dict[tuple[str, str], EntityDraft] | None = None) -> list[EventDraft]:
    """The same happening in two articles becomes one event citing both: same date, a shared actor and
    similar words (or the same speaker's statement on the same day). Conservative by design.

    A merge only adds the other report's citations: the event keeps the title, date, actors, places and tags
    of the report met first, so no article's events are retitled or redated by another's. An actor is shared
    when both events list it, or when one event's actor is named in the other's cited words ("Merkel" in
    an article that never gave her full name, so never made her an actor of its own)."""
    out: list[EventDraft] = []
    names = _spellings(entities or {})
    for ev in events:
        target = None
        for other in out:
            if not ev.date or ev.date != other.date:
                continue
            if {c.source for c in ev.sources} & {c.source for c in other.sources}:
                continue                                  # one article never reports one happening twice
            if not (set(ev.actors) & set(other.actors) or _named_in(ev, other, names) or _named_in(other, ev, names)):
                continue
            both_statements = "statement" in ev.tags and "statement" in other.tags and ev.actors[:1] == other.actors[:1]
            a, b = _keywords(ev), _keywords(other)
            similar = len(a & b) / max(1, len(a | b))
            if both_statements and similar >= 0.1 or similar >= 0.3:
                target = other
                break
        if target is None:
            out.append(ev)
            continue
        target.sources += [c for c in ev.sources if c not in target.sources]
    return out


def _spellings(entities: dict[tuple[str, str], EntityDraft]) -> dict[str, set[str]]:
    """Each person's folded names and surname, for finding them in another article's words. (Countries and
    organisations need no such help: the gazetteer names them alike in every article.)"""
    out: dict[str, set[str]] = {}
    for (kind, slug), ent in entities.items():
        if kind != "actor" or ent.type != "person":
            continue
        forms = {fold(n) for n in [ent.name, *ent.aliases] if len(fold(n)) > 2}
        out[slug] = forms | {f.split()[-1] for f in forms if len(f.split()[-1]) > 2}
    return out


def _named_in(ev: EventDraft, other: EventDraft, names: dict[str, set[str]]) -> bool:
    words = " " + " ".join(fold(c.quote) for c in other.sources) + " "
    return any(f" {form} " in words for slug in ev.actors for form in names.get(slug, ()))


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


def _uniq(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
