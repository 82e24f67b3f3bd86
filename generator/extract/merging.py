"""One event per happening: reports of the same happening, in one article or several, joined into one event.

Two reports are the same happening when their dates are compatible, their kinds agree (a meeting, a vote, a
deal ... as their headlines name it) and they share enough of who, where (with aliases, and the names the other
report's words give) and the key words of their sentences or headlines; the joined event cites every report,
keeps the most specific headline, records why the reports were joined (`merge_basis`, for an editor who splits
a wrong merge), keeps each report's date on its citation, shows the precision they share when they disagree on
the day, and follows the latest report's status (planned → held, postponed or called off): a happening held is
titled by a report that it was held, never by its plan. A name a headline gives ("Cassaria defaults",
"Saldonia's parliament") is a participant the other report shares when its words name it in any form
("Cassarian officials").

Never two happenings in one event: headlines placing their happenings in different places ("in Oslo", "in
Riga") keep them apart, an announcement is not what it announces (_announcements), a calling-off dated by the
day it was done is not the plan for that day (_act_dated), and a month or a year is too wide a window to join on
a kind and a few words (a year joins on one kind and one subject both headlines name: "HA-220 enters service";
_subject). A name one report gives counts against another only when the other's article never gives it. Words
weigh by their rarity among the articles compared only (_Weights), and reports that
earlier ingests wrote to different event files stay apart (KEPT_APART): adding an article changes only the
events it reports.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Callable

from . import headlines, status
from ..drafts import EntityDraft, EventDraft
from ..seeds import Article
from .entities import fold

# The events earlier ingests wrote, as ingest sets it while it extracts: (source, quote) of a citation -> the
# event files that cite it. Two reports cited by different files are never joined (issue 10: "Event ids and URLs
# stay stable whatever later articles ... change"): a new article bridging two events adds its citation to the
# one it is most alike, and never makes one URL of two.
KEPT_APART: ContextVar[Callable[[str, str], frozenset] | None] = ContextVar("kept_apart", default=None)

_STOP = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "with", "at", "by", "is", "are", "was", "were",
         "its", "their", "his", "her", "from", "that", "this", "be", "not", "as", "it", "has", "have", "says",
         "said", "issues", "statement"}


def keywords(ev: EventDraft) -> set[str]:
    """The key words of an event, cut to five letters ("prisoners", "prisoner" → "priso"), and its numbers of two
    digits or more ("212 prisoners"): what two reports of one happening share."""
    text = fold(ev.title + " " + " ".join(c.quote for c in ev.sources))
    words = re.findall(r"[a-z]+", text)
    numbers = {f"#{n}" for n in re.findall(r"\b\d[\d,.]*\d\b", text.replace(",", ""))}
    return {w[:5] for w in words if w not in _STOP and len(w) > 2} | numbers


class _Weights:
    """How much each key word says about which happening a report tells, counted over the articles of the
    reports compared and nothing else: a word most of their sentences use ("Harzan" in a story about Harzan)
    says little, a rare one much. Counted over every report given, an article about another story, month or
    happening would change which of these reports join (issue 10: "Adding an article changes only the events
    it reports")."""

    def __init__(self, reports: list[_Report]):
        self.df: dict[str, dict[str, int]] = {}      # article -> key word -> its reports using it
        self.n: dict[str, int] = {}
        self.names: dict[str, set[str]] = {}        # article -> the names its sentences give (_subject)
        for r in reports:
            for source in r.sources:
                self.names.setdefault(source, set()).update(r.names)
                counts = self.df.setdefault(source, {})
                self.n[source] = self.n.get(source, 0) + 1
                for w in r.words:
                    counts[w] = counts.get(w, 0) + 1
        self.cache: dict[frozenset, dict[str, float]] = {}
        self.names_cache: dict[frozenset, set[str]] = {}

    def of(self, sources: set[str]) -> dict[str, float]:
        key = frozenset(sources)
        if key not in self.cache:
            df: dict[str, int] = {}
            for source in key:
                for w, n in self.df.get(source, {}).items():
                    df[w] = df.get(w, 0) + n
            total = sum(self.n.get(source, 0) for source in key)
            self.cache[key] = {w: 1 + math.log((total + 1) / (n + 1)) for w, n in df.items()}
        return self.cache[key]

    def names_of(self, sources: set[str]) -> set[str]:
        """Every name the articles of these sources give anywhere (the same set, asked for pair after pair)."""
        key = frozenset(sources)
        if key not in self.names_cache:
            self.names_cache[key] = set().union(*(self.names.get(s, set()) for s in key))
        return self.names_cache[key]


def _similarity(a: set[str], b: set[str], weight: dict[str, float]) -> float:
    """How much of the shorter report's key words the other shares, each word weighted by how rare it is
    among the reports of the articles compared (_Weights; a long sentence is not less alike for saying more)."""
    if not a or not b:
        return 0.0
    total = min(sum(weight.get(w, 1.0) for w in a), sum(weight.get(w, 1.0) for w in b))
    return sum(weight.get(w, 1.0) for w in a & b) / total if total else 0.0

_LABOUR_STRIKE = (r"(?:general|labou?r|dock|port|rail|transport|national|nationwide|hunger|wildcat|sympathy|"
                  r"(?:\d+|[a-z]+)-(?:day|week|hour))\s+strikes?|(?:on|onto)\s+strike|"
                  r"strikes?\s+(?:by|of|at|action|ballot|pay|committee|leaders?|vote)\b|strikers?|striking")
_ATTACK_STRIKE = (r"(?:air|drone|missile|rocket|artillery|naval|military|retaliatory|precision|pre-?emptive|"
                  r"nuclear|cruise-missile|surgical)\s+strikes?")
_KINDS = (
    ("ceasefire", r"ceasefires?|cease-fires?|truces?|armistice"),
    ("meeting", r"meet|meets|met|meeting|meetings|summit|summits|hosts?|hosted"),
    ("talks", r"talks|consultations|negotiations?|negotiate[sd]?|discuss(?:es|ed)?|discussions?"),
    # (A draft is a text put to a vote: "block the French-British draft" is the vote that vetoed it.)
    # A law passed is voted: "Back-to-work law passed", "parliament passes the bill" (not a convoy passing).
    ("vote", r"(?:laws?|bills?|budgets?|amendments?)\s+(?:(?:was|were|is|has\s+been)\s+)?pass(?:es|ed)?|"
             r"pass(?:es|ed)?\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:laws?|bills?|budgets?)|votes?|voted|voting|"
             r"ratif(?:y|ies|ied|ying|ication)|approv(?:e|es|ed|al)|ballots?|referendums?|elections?|elected|adopts?|adopted|resolutions?|"
             r"motions?|veto(?:es|ed)?|drafts?|runoffs?|run-offs?"),
    # A government brought down: by the vote that toppled it, in most reports (_KIND_GROUPS).
    ("fall", r"toppl\w+|brings?\s+down|brought\s+down|bringing\s+down|oust(?:s|ed)?"),
    ("deal", r"deals?|agreements?|agree[sd]?|accords?|signs?|signed|signing|pact"),
    ("evacuation", r"evacuat\w+|buses|corridors?"),
    ("aid", r"convoys?|aid|deliver(?:s|ed|y|ies)?"),
    # A strike is a stoppage of work or an attack, by the words around it: a "general strike", a "strike by
    # dockworkers", workers who "went on strike" stop work; an "air strike", a "missile strike" is an attack
    # (_ATTACK_STRIKE, before it). A strike the words do not place is alike to both (_KIND_GROUPS, _strike_sense).
    ("labour_strike", _LABOUR_STRIKE),
    ("strike", r"strikes?"),
    ("attack", _ATTACK_STRIKE + r"|attack(?:s|ed)?|shell(?:s|ed|ing)?|struck|bomb\w*|airstrikes?|fired|killed|kills|"
               r"offensive|sank|sunk|sink(?:s|ing)?|ram(?:s|med)?"),
    ("blockade", r"blockad\w+|seal(?:s|ed)?\s+off|embargo\w*"),
    ("departure", r"sail(?:s|ed|ing)?|set\s+sail|depart(?:s|ed|ure)?"),
    ("registration", r"regist(?:ers?|ered|ering|ration)"),
    ("count", r"(?:re)?count(?:s|ing|ed)?|tall(?:y|ies|ied|ying)"),
    ("debate", r"debat\w+"),
    # A debtor's happenings: a default (and the payment missed), a restructuring (or a refinancing).
    ("default", r"defaults?|defaulted|defaulting"),
    ("payment", r"coupons?|payments?|repay\w*|paid"),
    ("restructuring", r"restructur\w+|refinanc\w+|write-?downs?|haircuts?"),
    # (Before capture, which "fell" alone would otherwise claim: "the deal fell apart" is a collapse.)
    ("collapse", r"collaps\w+|fell\s+(?:apart|through)|falls?\s+(?:apart|through)|unravel\w*"),
    ("capture", r"captur\w+|seiz\w+|retak\w+|retook|recaptur\w+|overr[au]n|took\s+control|fell|falls|liberat\w+|"
                r"(?:take[sn]?|took)(?!\s+place\b)|take\s+over|encircl\w+|sieges?|drives?\s+(?:\w+\s+){1,3}out\b"),
    ("exchange", r"swap(?:s|ped|ping)?|exchang(?:es?|ed|ing)|handovers?|hand(?:s|ed)?\s+over|releas\w+|freed|frees"),
    ("ruling", r"court|rul(?:e|es|ed|ing)|verdicts?|hearings?|upholds?|upheld"),
    ("appointment", r"appoint\w*|nominat\w*"),
    # An air accident and what follows it: a plane that crashed ("came down"), a fleet grounded (not "ground
    # troops", "on the ground"), a memorial for its dead, the investigators' report.
    ("crash", r"crash(?:es|ed|ing)?|(?:comes?|came)\s+down"),
    ("grounding", r"grounds|grounded|groundings?|ground\s+(?=(?:its|their|the|all|every)\b)"),
    ("memorial", r"memorials?|vigils?|funerals?"),
    # (A report published, not anything published: an election calendar and voter lists are two publications.)
    ("publication", r"(?:preliminary|interim|final)\s+(?:reports?|findings)|"
                    r"publish(?:es|ed|ing)?\s+(?:[\w'-]+\s+){0,3}?(?:reports?|findings)"),
    # A machine or a service put into use: "HA-220 enters service", "entered service two years later".
    ("service_entry", r"enter(?:s|ed|ing)?\s+(?:commercial\s+)?service|(?:put|brought|came|comes)\s+into\s+service"),
    # Work resumed after a strike: "Dockworkers return to cranes", "back to work" (not the back-to-work law).
    ("return", r"return(?:s|ed|ing)?(?!\s+home)|back\s+to\s+work"),
    ("clash", r"clash(?:es|ed)?|scuffl\w*|skirmish\w*|brawl\w*|riot(?:s|ed|ing)?"),
    ("walkout", r"walk(?:s|ed)?\s+out|walkouts?|withdr[ae]w\w*|quits?"),
    ("dissolution", r"dissolv\w+|dissolution|resign\w*"),
    ("suspension", r"suspen\w+|halt(?:s|ed)?|paus(?:es|ed)"),
    ("visit", r"visit(?:s|ed)?|arriv(?:es|ed)|travel(?:s|led|ed)?"),
    ("protest", r"rall(?:y|ies|ied)|protest(?:s|ed|ers)?|demonstrat\w+"),
    ("proclamation", r"proclaim\w*|proclamations?|seced(?:es|ed)|secession|declar\w+\s+(?:its\s+)?independence"),
    ("statement", r"says|said|statements?|warns?|warned|urges?|urged|calls?\s+for|denies|denied|announc\w+"),
)
_KIND_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{w})" for k, w in _KINDS) + r")\b", re.I)
# Kinds that name one happening in other words: a visit for talks is a meeting; a truce deal is a ceasefire.
_KIND_GROUPS = ({"meeting", "talks", "visit"}, {"deal", "ceasefire"}, {"default", "payment"}, {"vote", "fall"},
                {"strike", "labour strike", "walkout"}, {"strike", "attack"})
# Words of a report that tell which strike a bare "strike" is: work stopped, or an attack.
_LABOUR_CUES = re.compile(r"\b(?:" + _LABOUR_STRIKE + r"|(?:dock|port|rail|steel)?workers?|unions?|pay|wages?|"
                          r"pickets?|walk(?:s|ed)?\s+out|walkouts?|employers?|stoppages?|back-to-work|miners)\b", re.I)
_ATTACK_CUES = re.compile(r"\b(?:" + _ATTACK_STRIKE + r"|airstrikes?|bomb\w*|warplanes?|jets|missiles?|rockets?|"
                          r"drones?|shell(?:s|ed|ing)|troops)\b", re.I)


def _strike_sense(text: str) -> str:
    """What a strike the headline does not place is, by the words of the report: "Strike enters third week" with
    "... dockworkers ..." is a labour strike, "Strike kills 12" with "... an air strike ..." an attack; a report
    with cues of both, or neither, leaves it a strike, alike to either."""
    labour, attack = bool(_LABOUR_CUES.search(text)), bool(_ATTACK_CUES.search(text))
    return "labour strike" if labour and not attack else "attack" if attack and not labour else "strike"


def _kind(ev: EventDraft, names: re.Pattern | None = None) -> str:
    """The kind of happening, from the first word of the lexicon in the headline, else the sentence; a word
    of saying only when no other kind is named ("Lindqvist says she hopes to convene political talks" tells
    of talks). A capitalised word inside the text, or a word of an actor's or place's name, is part of a name,
    not a kind: "Northern Liberation Front walk out" is a walkout, "Security Council" no council meeting,
    "Election commission says" no election. A statement unit is a statement unless its headline names a kind."""
    texts = [ev.title] if ev.tags[:1] == ["statement"] else [ev.title, ev.sources[0].quote if ev.sources else ""]
    for text in texts:
        found = _named_kinds(text, ev, names)
        if found:
            return next((k for k in found if k != "statement"), found[0])
    return "statement" if ev.tags[:1] == ["statement"] else ""


_ENDING = re.compile(r"\b(?:end(?:s|ed|ing)?|to\s+end)\s+(?:(?:the|their|its|a)\s+)?(?:[\w'-]+\s+)?$", re.I)


def _named_kinds(text: str, ev: EventDraft, names: re.Pattern | None) -> list[str]:
    """The kinds a text names in order, not inside a name; a strike is placed by the words of the whole report."""
    out = []
    for m in _KIND_RE.finditer(_unnamed(text, names)):
        if m.start() > 0 and m.group()[:1].isupper():
            continue
        kind = m.lastgroup or ""
        if kind in ("strike", "labour_strike") and _ENDING.search(text, 0, m.start()):
            continue            # "parliament ends their strike in vote": the ending is what happened, not the strike
        if kind == "strike":
            kind = _strike_sense(" ".join([ev.title] + [c.quote for c in ev.sources]))
        out.append(kind.replace("_", " "))
    return out


def _same_kind(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in _KIND_GROUPS)


def _day(date: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date) if len(date) == 10 else None
    except ValueError:
        return None


def _common_date(dates: list[str]) -> str:
    """The coarsest precision all dates share: 2016-12-15 and 2016-12-16 → 2016-12."""
    for n in (10, 7, 4):
        if dates and all(len(d) >= n for d in dates) and len({d[:n] for d in dates}) == 1:
            return dates[0][:n]
    return ""


@dataclass
class _Report:
    """One extracted event as merging sees it: every feature computed once, whatever the number of pairs."""
    ev: EventDraft
    order: tuple
    kind: str                   # the kind of happening its headline (else its sentence) names first
    kinds: set                  # every kind its headline and sentences name ("deal ... collapsed": deal, collapse)
    actors: set
    places: set
    words: set
    sources: set
    names: set = field(default_factory=set)
    heads: set = field(default_factory=set)     # the key words of its headline alone
    named: set = field(default_factory=set)     # (kind, slug) of every actor and place its words name
    counts: set = field(default_factory=set)    # its figures, less years and days of the month
    dated: set = field(default_factory=set)     # its numbers that are days of the month ("Dec. 13")
    announces: bool = False     # it tells the saying of a plan its own sentence gives too (_announcements)
    act: bool = False           # a calling-off dated by when it was called off, not by the plan (_act_dated)
    files: frozenset = frozenset()  # the event files earlier ingests gave its citations (KEPT_APART)
    where: set = field(default_factory=set)    # the places its words say it was at ("in Oslo": _where)
    spans: set = field(default_factory=set)    # its figures of a span of time ("in 13 years", "16-day")
    lead: set = field(default_factory=set)     # the names its headline gives, its first word too (_lead_names)
    units: set = field(default_factory=set)    # (figure, what it counts) of its figures (_units)


def _forms(entities: dict[tuple[str, str], EntityDraft]) -> dict[str, set[tuple[str, str]]]:
    """Every folded name and alias of the actors and places (and a person's surname) -> the entities it names:
    another report may name a participant or place its own extraction did not register."""
    out: dict[str, set[tuple[str, str]]] = {}
    for (kind, slug), ent in entities.items():
        if kind not in ("actor", "place"):
            continue
        forms = {fold(n) for n in [ent.name, *ent.aliases] if len(fold(n)) > 2}
        if ent.type == "person":
            forms |= {f.split()[-1] for f in forms if len(f.split()[-1]) > 2}
        for f in forms:
            out.setdefault(f, set()).add((kind, slug))
    return out


def _named(text: str, forms: dict[str, set[tuple[str, str]]], longest: int) -> set[tuple[str, str]]:
    """The entities whose names occur in a folded text, looked up by runs of up to `longest` words."""
    words = text.split()
    out: set[tuple[str, str]] = set()
    for i in range(len(words)):
        for n in range(1, min(longest, len(words) - i) + 1):
            out |= forms.get(" ".join(words[i:i + n]), set())
    return out


def _kinds(ev: EventDraft, names: re.Pattern | None = None) -> set[str]:
    """Every kind of happening the headline names (not in a name, as _kind): its sentence may tell other
    happenings too ("lost the vote and resigned")."""
    return set(_named_kinds(ev.title, ev, names)) - {"", "statement"}


def _names_re(entities: dict[tuple[str, str], EntityDraft]) -> re.Pattern | None:
    """The names of two words or more of the actors and places, longest first: "Central Election Commission"."""
    names = sorted({n for (kind, _), ent in entities.items() if kind in ("actor", "place")
                    for n in [ent.name, *ent.aliases] if len(n.split()) > 1}, key=lambda n: (-len(n), n))
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) + r")\b", re.I)


def _unnamed(text: str, names: re.Pattern | None) -> str:
    """The text with every such name replaced by a capitalised stand-in, which names no kind."""
    return names.sub("Name", text) if names else text


_YEAR = re.compile(r"#(?:19|20)\d\d$")
_SPAN = re.compile(r"\b(\d[\d,.]*)[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b", re.I)


def _report(ev: EventDraft, order: tuple, forms: dict[str, set[tuple[str, str]]], longest: int,
            names: re.Pattern | None) -> _Report:
    words = keywords(ev)
    # Figures of a date ("Dec. 13", "13 December") say nothing of who or how many.
    dated = {w for c in ev.sources for w in re.findall(r"\b\d{1,2}\b", c.quote)
             if re.search(r"(?:\b[A-Z][a-z]{2,8}\.?\s+" + w + r"\b|\b" + w + r"\s+[A-Z][a-z]{2,8}\b)", c.quote)}
    text = " ".join([fold(ev.title)] + [fold(c.quote) for c in ev.sources])
    # Figures of a span of time ("its second default in 13 years", "a 30-day grace period"): alike when both give
    # them ("a 16-day strike"), but one report's span is no count the other contradicts.
    spans = {n.replace(",", "") for n in _SPAN.findall(" ".join([ev.title] + [c.quote for c in ev.sources]))}
    return _Report(ev, order, _kind(ev, names), _kinds(ev, names), set(ev.actors), set(ev.places), words,
                   {c.source for c in ev.sources}, _proper_names(ev), keywords(dataclasses.replace(ev, sources=[])),
                   _named(text, forms, longest),
                   {w for w in words if w.startswith("#") and not _YEAR.match(w)}, dated, spans=spans,
                   where=_where(ev, forms), lead=_lead_names(ev, forms),
                   units=_units(" ".join([ev.title] + [c.quote for c in ev.sources])))


# A figure and what it counts: "$640 million" money, "7%" a share, "142 people", "35 cents".
_FIGURE = re.compile(r"([$€£])?\b(\d[\d,.]*\d)\b(?:\s*(%|per\s*cent|percent)|(?:\s+(?:million|billion|thousand|bn|m))?"
                     r"(?:\s+([A-Za-z][a-z-]+))?)")


def _units(text: str) -> set[tuple[str, str]]:
    """Each figure of two digits or more with what it counts (money, a share, or the word after it, cut to five
    letters): two reports' figures say no to each other only when they count the same thing ("40 hostages" and
    "12 hostages"), not a price and a head count."""
    out = set()
    for m in _FIGURE.finditer(text):
        unit = "$" if m.group(1) else "%" if m.group(3) else fold(m.group(4) or "")[:5]
        out.add((m.group(2).replace(",", ""), unit))
    return out


# "in Oslo", "at Lancaster House": where a happening took place, a name after "in" or "at" (not a month or a day).
_AT = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+){0,2})")


def _where(ev: EventDraft, forms: dict[str, set[tuple[str, str]]]) -> set[str]:
    """The places a report's headline says its happening was at: every name after "in" or "at", as the place
    it names (any alias) or else as the name itself; never an actor's name. (Not its sentence, which may tell
    other happenings elsewhere: "opened talks in London, while in Lindvik ...".)"""
    out = set()
    for text in [ev.title]:
        for m in _AT.finditer(text):
            name = fold(m.group(1))
            if name.split()[0] in _NOT_NAMES:
                continue
            found = forms.get(name) or forms.get(name.split()[0])
            if found and all(kind == "actor" for kind, _ in found):
                continue                  # "at the Security Council" says who, not where
            out |= {slug for kind, slug in found if kind == "place"} if found else {name}
    return out


_NOT_NAMES = {"the", "a", "an", "in", "on", "at", "but", "and", "he", "she", "it", "they", "we", "i", "his", "her",
              "their", "its", "this", "that", "meanwhile", "earlier", "later", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
              "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
              "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr"}


def _proper_names(ev: EventDraft) -> set[str]:
    """The capitalised words inside its sentences (not the first word): names the entity list may not know
    yet ("Orsk", "Voronec"), evidence of who and where when the actors and places say nothing. A country named
    in a possessive or as an adjective is the country ("Cassaria's default", "Cassarian officials": _name)."""
    out = set()
    for c in ev.sources:
        for m in re.finditer(r"(?<=[\s(\"\u201c'])([A-Z][a-z][\w-]+)", c.quote[1:]):
            word = fold(m.group(1))
            if word not in _NOT_NAMES and word not in _STOP:
                out.add(_name(word))
    return out


def _name(word: str) -> str:
    """A name as the words of any report give it: "cassarian" (an adjective of a country in -a) is "cassaria"."""
    return word[:-1] if len(word) > 5 and word.endswith("ian") else word


def _lead_names(ev: EventDraft, forms: dict[str, set[tuple[str, str]]]) -> set[str]:
    """The names a headline gives, its first word too ("Cassaria defaults", "Cassaria's parliament approves"):
    who the happening is about. A capitalised word counts when its sentences, or the entity list, know it as a
    name, or it owns something ("Saldonia's parliament"): "Talks begin" names no one."""
    known = _proper_names(ev)
    out = set()
    for m in re.finditer(r"\b([A-Z][a-z][\w-]+)('s\b)?", ev.title):
        word = fold(m.group(1))
        if word not in _NOT_NAMES and word not in _STOP and (_name(word) in known or word in forms or m.group(2)):
            out.add(_name(word))
    return out


def _kinds_agree(a: _Report, b: _Report) -> bool:
    """The same kind of happening: the kinds their headlines name first agree (_KIND_GROUPS), or the one a
    report names first is among those the other names ("Prisoner exchange agreed ... collapses" is a deal too).
    What someone said is a statement, alike only to a statement."""
    if not a.kind or not b.kind:
        return False
    if _same_kind(a.kind, b.kind):
        return True
    if "statement" in (a.kind, b.kind):
        return False
    return any(_same_kind(a.kind, k) for k in b.kinds) or any(_same_kind(b.kind, k) for k in a.kinds)


def _subject(r: _Report, names: set[str]) -> set[str]:
    """Who a headline says did it: the names among its words before its verb (or before the first word of its
    kind: "HA-220 first enters service"), a name being a registered actor or place of the report or a word its
    articles' sentences give capitalised ("Cassaria defaults", with "... since Cassaria's default" somewhere)."""
    words = r.ev.title.split()
    k = headlines.verb_index(words)
    if k is None:
        m = _KIND_RE.search(r.ev.title)
        k = len(r.ev.title[:m.start()].split()) if m else 0
    slugs = r.actors | r.places
    out = set()
    for word in words[:k]:
        name = fold(re.sub(r"'s$", "", word))
        if name and (name.replace(" ", "-") in slugs or _name(name) in names):
            out.add(_name(name))
    return out


def _who(r: _Report, kind: str) -> set[str]:
    """The actors (or places) a report names: those registered for it, and those its words name."""
    return (r.actors if kind == "actor" else r.places) | {slug for k, slug in r.named if k == kind}


def _same_happening(a: _Report, b: _Report, sharing: bool,
                    weights: _Weights | None = None) -> tuple[bool, dict]:
    """Whether two reports tell one happening, and on what evidence. Never when in doubt: different kinds
    (a truce deal and a ceasefire are one kind: _KIND_GROUPS), different places, or different days (unless
    everything else agrees: a disputed date) keep them apart, and so does too little in common (a shared
    participant or place and alike words, or closely alike words). A participant or place is a registered
    actor or place named in the other report's sentences or headline (by any alias, a person by surname), or
    a rare capitalised name or count both reports share ("Orsk", "212 prisoners"; never a day of the month).
    One day, one kind and one place need few alike words, unless the reports name different participants; a
    month or a year, a wide window, never joins reports that each name somewhere or someone, or give a count,
    the other does not.

    The verdict is (ok, why); a refusal with an empty `why` is an outright no (another date, kind, place,
    speaker, or names), which merge never overrides; a refusal with a `why` is only too little in common."""
    da, db = a.ev.date, b.ev.date
    if not da or not db:
        return False, {}
    why: dict = {}
    if da == db:
        why["date"] = ("same", da)
    elif da.startswith(db) or db.startswith(da):
        why["date"] = ("within", min(da, db, key=len), max(da, db, key=len))
    else:
        x, y = _day(da), _day(db)
        if not (x and y and abs((x - y).days) <= 2 and _common_date([da, db])):
            return False, {}
        why["date"] = ("disputed", da, db)
    if not (_same_kind(a.kind, b.kind) if sharing else _kinds_agree(a, b)) or not a.kind:
        return False, {}                  # (two sentences of one article tell one happening in its own words)
    if not sharing and (a.announces and b.ev.status == "planned" or b.announces and a.ev.status == "planned" or
                        (a.act or b.act) and a.ev.status != b.ev.status):
        return False, {}                  # a plan is not its announcement, nor the day it was called off
    statement = a.kind == "statement"
    # The kind both name ("exchange agreed ... collapses" and "deal agreed": a deal), else the two kinds of one group.
    why["kind"] = a.kind if a.kind == b.kind or a.kind in b.kinds - {b.kind} else \
        b.kind if b.kind in a.kinds - {a.kind} else f"{a.kind}/{b.kind}"
    # Who and where a report names: its own actors and places, and those the other's words name.
    places = _who(a, "place") & _who(b, "place")
    if a.places and b.places and not places or a.where and b.where and not a.where & b.where:
        return False, {}                  # a meeting in one capital, another in another
    actors = _who(a, "actor") & _who(b, "actor")
    if statement and (a.ev.actors[:1] != b.ev.actors[:1] or why["date"][0] != "same"):
        return False, {}                  # one speaker's statements of one day only
    # Alike in words: their sentences, or their headlines (a sentence may tell other happenings besides).
    weight = weights.of(a.sources | b.sources) if weights else {}
    headlines = _similarity(a.heads, b.heads, weight)
    similar = max(_similarity(a.words, b.words, weight), headlines)
    why["places"], why["actors"] = places, actors
    registered = bool(places or actors)
    # Participants that conflict: both reports name who took part, and no one in common.
    conflict = bool(a.actors and b.actors and not actors)
    shared_actors = bool(actors)
    # Names the entity list does not know ("Orsk", "Voronec", a surname standing for a registered person), or the
    # same figures ("212 prisoners", "46 patients"): a shared rare name or count stands for a shared participant
    # or place. Figures of a date ("Dec. 13", "2014") say nothing of who.
    dated = a.dated | b.dated
    # (Rare among the reports of these articles: in at most about one in five of them.)
    rare = {n for n in a.names & b.names if weight.get(n[:5], 0.0) >= 2.5}
    counts_a, counts_b = {w for w in a.counts if w[1:] not in dated}, {w for w in b.counts if w[1:] not in dated}
    spans = {f"#{n}" for n in a.spans | b.spans}
    figures = {w[1:] for w in counts_a & counts_b}
    # (Within one article: registered participants, else the names and figures both sentences give, rare or not:
    # the article's own words for its own happening.)
    own = actors if registered else (a.names & b.names) | figures
    if sharing and not registered:
        rare = a.names & b.names
    # Who a headline is about, named in the other report's words by any form ("Cassaria defaults", "Cassarian
    # officials said the country missed ..."): a participant both share, whatever the entity list knows.
    # (Not again a registered participant or place both share: "Tolmar" is said by "same place".)
    rare |= ((a.lead & (b.names | b.lead)) | (b.lead & (a.names | a.lead))) - \
        {w for slug in actors | places for w in slug.split("-")}
    if rare or figures:
        actors = actors | rare | figures
        why["names"], why["figures"] = rare, figures
    # Names or counts that conflict: each report names someone or somewhere the other does not ("Orsk",
    # "Brezno"), or gives a count of the same thing the other does not ("40 hostages", "12 hostages"; a price of
    # "35 cents" and a "$640 million" coupon are no conflict: _units).
    # A name counts against the other report only when the other's article never gives it: a sentence that
    # leaves out a place its own article names elsewhere ("Drevna") tells no other happening for it.
    names_a, names_b = a.names - b.names, b.names - a.names
    if weights and not sharing:
        names_a -= weights.names_of(b.sources)
        names_b -= weights.names_of(a.sources)
    names_conflict = bool(names_a and names_b) or \
        bool({u for n, u in a.units if f"#{n}" in counts_a - counts_b - spans} &
             {u for n, u in b.units if f"#{n}" in counts_b - counts_a - spans})
    how = why["date"][0]
    day = len(da) == 10 and len(db) == 10
    if not day and not places and names_conflict and not sharing:
        return False, {}                  # a month or a year is a wide window: Orsk seized, Brezno taken
    if sharing:
        # Two sentences of one article: the same day, kind, participants or place, and alike in words (or one
        # headline for both, someone or somewhere in common, and no name or count one has and the other lacks).
        ok = how == "same" and day and not statement and (
            (similar >= 0.4 and bool(places or len(own) >= 2)) or
            (headlines >= 0.6 and bool(places or own) and not names_conflict))
    elif statement:
        ok = similar >= 0.25
    elif how == "disputed":
        # Different days: only a genuine disagreement on a happening all else agrees on, never a plan and
        # what became of it (a vote set for the 13th and its postponement on the 12th are two happenings).
        ok = a.ev.status == b.ev.status and bool(places) and shared_actors and similar >= 0.5
    elif how == "within":
        # A month-level report of a day-level happening (or a year-level one of a month): the same kind, a shared
        # participant, place or rare name, and alike words.
        ok = similar >= (0.3 if registered else 0.4) and bool(places or actors)
    else:
        # A day is a narrower window than a month or a year: it needs less else in common. Evidence registered
        # as entities (a place, an actor) counts for more than a shared name or figure.
        # A month or a year and a kind alone say little (two ballots of one union in November): more alike words.
        least = (0.2 if registered else 0.25) if day else 0.3 if shared_actors and not names_conflict else \
            0.35 if len(da) == 7 else 0.4
        ok = similar >= 0.6 or (similar >= least and bool(places or actors)) or \
            (similar >= (0.12 if day else 0.25) and bool(places) and (bool(actors) if day else shared_actors))
        if not ok and len(da) == 4 and a.kind == b.kind and (a.kind in a.kinds or b.kind in b.kinds) and \
                not names_conflict and weights:
            # A background fact told in a year ("entered service in 2031", "defaulted in 2021"): one subject and
            # one kind in one year is one happening, however differently the sentences go on.
            names_of = weights.names_of(a.sources | b.sources)
            subject = _subject(a, names_of) & _subject(b, names_of)
            ok = bool(subject)
            if ok:
                why["names"] = set(why.get("names") or ()) | subject
        if day and not conflict and not ok:
            # One day, one kind, no participants named differently: the same place, or (no name either
            # report lacks) closely alike words.
            ok = (similar >= 0.15 and bool(places)) or (similar >= 0.35 and not names_conflict)
    return ok, why


def _basis(whys: list[dict], entities: dict[tuple[str, str], EntityDraft]) -> str:
    """Why the reports were taken as one happening, in words an editor can check: "same day (2016-12-10),
    same kind (meeting), same place (Geneva), same participants (Kerry, Lavrov)"."""
    def name(kind: str, slug: str) -> str:
        ent = entities.get((kind, slug))
        return (ent.name.split()[-1] if ent.type == "person" else ent.name) if ent else slug
    dates = [w["date"] for w in whys if w.get("date")]
    parts = []
    disputed = uniq([x for d in dates if d[0] == "disputed" for x in d[1:]])
    within = [d for d in dates if d[0] == "within"]
    same = [d for d in dates if d[0] == "same"]
    if disputed:
        parts.append(f"dates disputed ({', '.join(sorted(disputed))})")
    elif same:
        parts.append(f"same day ({same[0][1]})" if len(same[0][1]) == 10 else f"same date ({same[0][1]})")
    if within and not disputed:
        parts.append(f"compatible dates ({', '.join(uniq([d[2] + ' is in ' + d[1] for d in within]))})")
    kinds = uniq([k for w in whys for k in w.get("kind", "").split("/")])
    if kinds:
        parts.append(f"same kind ({'/'.join(kinds)})")
    places = sorted({name("place", p) for w in whys for p in w.get("places", ())})
    if places:
        parts.append(f"same place ({', '.join(places)})")
    actors = sorted({name("actor", a) for w in whys for a in w.get("actors", ())
                     if a not in w.get("names", ()) and a not in w.get("figures", ())})
    if actors:
        parts.append(f"same participants ({', '.join(actors)})")
    names = sorted({n.capitalize() for w in whys for n in w.get("names", ())})
    if names:
        parts.append(f"same names ({', '.join(names)})")
    figures = sorted({f for w in whys for f in w.get("figures", ())}, key=lambda f: (len(f), f))
    if figures:
        parts.append(f"same figures ({', '.join(figures)})")
    if any(w.get("only") for w in whys):
        parts.append("a report naming no one the only one of its kind at its date")
    return ", ".join(parts)


def _entity_words(ev: EventDraft, entities: dict[tuple[str, str], EntityDraft]) -> set[str]:
    """The actors and places an event's headline names: how specific it is."""
    title = " " + fold(ev.title) + " "
    out = set()
    for kind, slugs in (("actor", ev.actors), ("place", ev.places)):
        for slug in slugs:
            ent = entities.get((kind, slug))
            forms = {fold(n) for n in ([ent.name, *ent.aliases] if ent else [slug.replace("-", " ")]) if fold(n)}
            forms |= {f.split()[-1] for f in forms if ent and ent.type == "person"}
            if any(f" {f} " in title for f in forms):
                out.add((kind, slug))
    return out


def _near(date: str, by_period: dict[str, set[int]]) -> list[int]:
    """The happenings a report of this date may join, by the months and years of their reports: its month (and
    the next or last one, for a day near the turn of a month: a disputed day) and its year, or, for a year,
    every month of it. Only dates of one year can agree, even when disputed; an undated report joins none."""
    if not date:
        return []
    day = _day(date)
    months = {(day + dt.timedelta(days=n)).isoformat()[:7] for n in (-2, 0, 2)} if day else {date[:7]}
    keys = {m for m in months if m[:4] == date[:4]} | {date[:4]}
    if len(date) == 4:
        keys |= {k for k in by_period if k.startswith(date)}
    return sorted(set().union(*(by_period.get(k, set()) for k in keys)))


def _join_groups(groups: list[list[_Report]], whys: list[list[dict]], by_period: dict[str, set[int]],
                 weight: _Weights) -> None:
    """Join two happenings that turn out to be one, once every report has found its place: a report that came
    early, before the reports it is like, started a happening of its own. Two join when no report of either says
    no outright to a report of the other, the reports of one article agree, and the happenings as their reports
    tell them together agree. The one whose first report came first takes the other in (the joined group is
    emptied, never renumbered)."""
    changed = True
    while changed:
        changed = False
        for i in range(len(groups)):
            if not groups[i]:
                continue
            for j in _near(_pooled(groups[i]).ev.date, by_period):
                if j <= i or not groups[j] or any(_apart(a, b) for a in groups[i] for b in groups[j]):
                    continue
                verdicts = [(a, b, *_same_happening(a, b, bool(a.sources & b.sources), weight))
                            for a in groups[i] for b in groups[j]]
                if any(not ok and (not why or a.sources & b.sources) for a, b, ok, why in verdicts):
                    continue
                ok, why = _same_happening(_pooled(groups[i]), _pooled(groups[j]), False, weight)
                if not ok:
                    continue
                groups[i] += groups[j]
                whys[i] += whys[j] + [why]
                groups[j], whys[j] = [], []
                _renumber(by_period, j, i)
                changed = True


def _renumber(by_period: dict[str, set[int]], gone: int, into: int) -> None:
    """The periods of a happening joined into another are that one's now."""
    for k in by_period.values():
        if gone in k:
            k.discard(gone)
            k.add(into)


def _join_terse(groups: list[list[_Report]], whys: list[list[dict]], by_period: dict[str, set[int]],
                weight: _Weights) -> None:
    """A terse report of a day that names no one and nowhere and gives no figure ("Exchange takes place",
    "Voting to take place": a line in a later article recalling a happening) joins the one happening of the kind
    its headline names at its date (known to the day: a month or a year and a kind alone join nothing), when
    there is exactly one and none of its reports says no outright (another date, kind, place ...) or gives
    another day (a terse report is no evidence for a disputed date). With two candidates (two exchanges that
    day) it stays alone: nothing tells which one it means."""
    for i, members in enumerate(groups):
        if len(members) != 1:
            continue
        r = members[0]
        if len(r.ev.date) < 10 or r.kind not in r.kinds or _who(r, "actor") or _who(r, "place") or r.names or \
                {w for w in r.counts if w[1:] not in r.dated}:
            continue
        found = []
        for j in _near(r.ev.date, by_period):
            if j == i or not groups[j] or any(r.sources & m.sources or _apart(r, m) for m in groups[j]):
                continue
            if all(len(m.ev.date) < len(r.ev.date) for m in groups[j]):
                continue        # a month says too little to take in a terse report of one day in it
            verdicts = [_same_happening(r, m, False, weight) for m in groups[j]]
            if all(why and why["date"][0] != "disputed" for _, why in verdicts):
                found.append((j, verdicts[0][1]))
        # (A happening whose kind only its sentences name counts among the candidates, but is never the one joined.)
        if len(found) != 1 or not any(m.kind in m.kinds and _same_kind(r.kind, m.kind)
                                      for m in groups[found[0][0]]):
            continue
        j, why = found[0]
        groups[j].append(r)
        whys[j].append({**why, "only": True})
        groups[i], whys[i] = [], []
        _renumber(by_period, i, j)


_SAYING = re.compile(r"\b(?:said|says|announced|announces|told|stated)\b", re.I)


def _announcements(reports: list[_Report]) -> None:
    """Mark the reports that tell the saying of a plan: a sentence of saying that gives a plan of one kind for a
    later date ("Parliament will vote on Friday, Speaker Bakal said on Thursday") and a report of that kind dated
    earlier as held (dated by the saying; a postponement with its new date is no announcement). The announcement
    is a happening of its own: never the vote or the meeting it announces, nor another agency's plan of them."""
    plans: dict[tuple, list[_Report]] = {}
    for r in reports:
        if r.ev.status == "planned":
            for c in r.ev.sources:
                plans.setdefault((c.source, c.paragraph, c.quote), []).append(r)
    for r in reports:
        if r.ev.status == "held" and r.ev.date and any(_SAYING.search(c.quote) for c in r.ev.sources):
            r.announces = any(p.ev.date > r.ev.date and _same_kind(p.kind, r.kind) for c in r.ev.sources
                              for p in plans.get((c.source, c.paragraph, c.quote), ()))


_COUNTED = re.compile(r"\b(?:after|before|later|earlier)\b", re.I)


def _act_dated(r: _Report) -> bool:
    """A postponement or calling-off dated by the day it was done, not by the day of the plan: dated by a count
    from another day ("called off the meeting, a day after she postponed it"), or the day its article came out
    with the date next to the verb ("The court on Tuesday postponed its hearing", published Tuesday: news of the
    calling-off itself). The plan for that same day is another happening. "The Wednesday talks did not take
    place" or "their meeting in Salzburg on Thursday was called off" date the plan: what became of it."""
    if r.ev.status not in ("postponed", "cancelled") or len(r.ev.date) != 10 or not r.ev.date_text:
        return False
    if _COUNTED.search(r.ev.date_text):
        return True
    when = re.escape(r.ev.date_text)
    verb = status.PUT_OFF
    return r.order[0] == r.ev.date and any(
        re.search(rf"\b{when}\s+(?:{verb})\b|\b(?:{verb})(?:\s+[\w'-]+){{0,3}}?\s+{when}\b", c.quote, re.I)
        for c in r.ev.sources)


def _pooled(members: list[_Report]) -> _Report:
    """The happening as its reports tell it together: its most precise date, every participant, place, name,
    figure and word any of them gives."""
    lead = max(members, key=lambda m: len(m.ev.date))
    return _Report(lead.ev, lead.order, members[0].kind, set().union(*(m.kinds for m in members)),
                   set().union(*(m.actors for m in members)), set().union(*(m.places for m in members)),
                   set().union(*(m.words for m in members)), set().union(*(m.sources for m in members)),
                   set().union(*(m.names for m in members)), set().union(*(m.heads for m in members)),
                   set().union(*(m.named for m in members)),
                   set().union(*(m.counts for m in members)), set().union(*(m.dated for m in members)),
                   members[0].announces, members[0].act, frozenset().union(*(m.files for m in members)),
                   set().union(*(m.where for m in members)), set().union(*(m.spans for m in members)),
                   units=set().union(*(m.units for m in members)))


def _apart(a: _Report, b: _Report) -> bool:
    """Two reports earlier ingests wrote to different event files (and neither ever to the other's)."""
    return bool(a.files and b.files and not a.files & b.files)


def merge(events: list[EventDraft], entities: dict[tuple[str, str], EntityDraft] | None = None,
          articles: list[Article] | None = None) -> list[EventDraft]:
    """One event per happening: reports of one happening, in several articles or in two sentences of one,
    become one event citing all of them (see _same_happening), with the reason in merge_basis. Reports come in
    order of publication; a report joins the happening whose reports it is most alike when none of them says no
    outright, every report of its own article agrees, and most of the others do, or (a terse report, like only
    some of them) the happening as its reports tell it together does: never a chain, where each report is like
    only the one before it. Then two happenings that turn out to be one are joined (_join_groups). Each report's
    features are worked out once, and a report is compared only with the happenings of its month and year
    (_near), so the work grows with the reports of one period, not with the square of them all.

    The event keeps the file, date, actors, places and tags of its first report (the earliest published), so
    another article never redates an article's events, with the exceptions issue 10 asks for: the headline is
    the one naming most of the event's actors and places (the first report's unless a later one names strictly
    more; of a happening held, among the reports that say it was held, other than plan titles); reports that
    disagree on the day leave the event the precision they share (2016-12-15 and 2016-12-16 → 2016-12), each
    citation keeping its own date; and the status follows the latest report (a plan never after a report that
    it was held). Actors, places and
    tags are the union; citations are in order of publication."""
    entities = entities or {}
    forms = _forms(entities)
    longest = max((len(f.split()) for f in forms), default=1)
    order = {a.id: i for i, a in enumerate(articles or [])}
    published = {a.id: a.published.isoformat() if a.published else "9999" for a in articles or []}

    def report_key(ev: EventDraft) -> tuple:
        c = ev.sources[0] if ev.sources else None
        return (published.get(c.source, "9999"), order.get(c.source, 0), c.paragraph) if c else ("9999", 0, 0)

    names = _names_re(entities)
    reports = [_report(ev, report_key(ev), forms, longest, names) for ev in events]
    weight = _Weights(reports)
    _announcements(reports)
    kept = KEPT_APART.get()
    for r in reports:
        r.act = _act_dated(r)
        if kept:
            r.files = frozenset().union(*(kept(c.source, c.quote) for c in r.ev.sources))
    ranked = sorted(range(len(reports)), key=lambda i: (reports[i].order, i))
    groups: list[list[_Report]] = []
    whys: list[list[dict]] = []
    # month "2016-12" or year "2016" -> the groups with a report of that month or year; a year -> its months too
    by_period: dict[str, set[int]] = {}
    for i in ranked:
        r = reports[i]
        best, best_score, best_why = None, 0.0, {}
        date = r.ev.date
        for g in _near(date, by_period):
            members = groups[g]
            if any(_apart(r, m) for m in members):
                continue
            verdicts = [_same_happening(r, m, bool(r.sources & m.sources), weight) for m in members]
            # No report of the happening may say no outright (another date, kind, place, participants, names),
            # a report of the same article must agree, and most of the others must: never a chain, where each
            # report is like the one before it only.
            if not verdicts or any(not ok and not why for ok, why in verdicts) or \
                    any(not ok for (ok, _), m in zip(verdicts, members) if r.sources & m.sources) or \
                    not any(ok for ok, _ in verdicts):
                continue
            if 2 * sum(ok for ok, _ in verdicts) <= len(verdicts) and \
                    not _same_happening(r, _pooled(members), False, weight)[0]:
                continue    # a minority agrees, and the happening as its reports tell it together does not
            score = sum(_similarity(m.words, r.words, weight.of(m.sources | r.sources))
                        for m in members) / len(members)
            if score > best_score:
                best, best_score, best_why = g, score, next(why for ok, why in verdicts if ok)
        if best is None:
            best = len(groups)
            groups.append([r])
            whys.append([])
        else:
            groups[best].append(r)
            whys[best].append(best_why)
        if date:
            by_period.setdefault(date[:7], set()).add(best)
    _join_groups(groups, whys, by_period, weight)
    _join_terse(groups, whys, by_period, weight)
    # In the order events came in, by the first of their reports.
    first = {id(r): i for i, r in enumerate(reports)}
    out = []
    for members, why in sorted(((g, w) for g, w in zip(groups, whys) if g),
                               key=lambda g: min(first[id(m)] for m in g[0])):
        out.append(_merged(members, why, entities, published, order) if len(members) > 1 else members[0].ev)
    return out


def _merged(members: list[_Report], whys: list[dict], entities: dict, published: dict, order: dict) -> EventDraft:
    lead = members[0].ev
    ev = dataclasses.replace(lead, sources=[], actors=list(lead.actors), places=list(lead.places),
                             tags=list(lead.tags))
    for m in members:
        for c in m.ev.sources:
            if all((c.source, c.paragraph, c.quote) != (x.source, x.paragraph, x.quote) for x in ev.sources):
                ev.sources.append(c)
        ev.actors = uniq(ev.actors + [a for a in m.ev.actors if a not in ev.places])
        ev.places = uniq(ev.places + [p for p in m.ev.places if p not in ev.actors])
        ev.tags = uniq(ev.tags + m.ev.tags)
    ev.sources.sort(key=lambda c: (published.get(c.source, "9999"), order.get(c.source, 0), c.paragraph))
    # The status follows the latest report, and a plan never outlives a report that it was held: a later line
    # recalling the plan ("parliament, which was to vote on Friday") does not undo the vote.
    latest = max(members, key=lambda m: m.order)
    ev.status = latest.ev.status
    if ev.status == "planned" and any(m.ev.status == "held" for m in members):
        ev.status = "held"
    # A held happening is titled by a report that it was held, never by its plan ("Marsk to hold hearings" when
    # another report says the hearings opened): the headline follows the status (issue 10).
    held = [m for m in members if m.ev.status == "held"] if ev.status == "held" else []
    titled = [m for m in held if not _plan_title(m.ev.title)] or members
    # The headline: the first report's, unless a later one names strictly more of who and where. Of reports
    # published the same day, the one naming most (then by source id, then paragraph) counts as first: the
    # order articles are given in never changes a title.
    words = {id(m): _entity_words(m.ev, entities) for m in titled}
    first_day = [m for m in titled if m.order[0] == min(t.order[0] for t in titled)]
    head = min(first_day, key=lambda m: (-len(words[id(m)]), m.ev.sources[0].source if m.ev.sources else "", m.order))
    ev.title, named = head.ev.title, words[id(head)]
    for m in titled:
        theirs = words[id(m)]
        if named < theirs and not m.ev.title.endswith("makes statement") and m.ev.title != "Untitled event":
            ev.title, named = m.ev.title, theirs
    # Reports that disagree on the day: the precision they share, each report's date on its citation.
    dates = uniq([m.ev.date for m in members])
    if any(not (a.startswith(b) or b.startswith(a)) for a in dates for b in dates):
        ev.date = _common_date(dates)
        texts = uniq([m.ev.date_text for m in members])
        ev.date_text = " / ".join(texts)
        ev.date_basis = ("the reports disagree on the day: " +
                         ", ".join(f"{m.ev.date} ({m.ev.sources[0].source})" for m in members if m.ev.sources) +
                         f"; kept to what they share ({ev.date}) — decide which is right")
    # A later report of what became of a plan retitles it ("called off").
    if ev.status in ("cancelled", "postponed") and lead.status == "planned" and latest.ev.sources:
        retitled = headlines.cancelled(ev.title, latest.ev.sources[0].quote)
        said = "postponed" if ev.status == "postponed" else "called off"
        if retitled.endswith(said):           # never a title that says otherwise than the status
            ev.title = retitled
    ev.merge_basis = _basis(whys, entities)
    return ev


_PLAN_WORDS = re.compile(r"\b(?:will|would|to\s+be|planned|scheduled|due\s+to|expected\s+to|set\s+(?:to|for))\b", re.I)


def _plan_title(title: str) -> bool:
    """A headline telling a plan: "Marsk to hold hearings", "Halden says parliament will vote on law" (a report of
    a saying on a later day may be held, and still read as the plan)."""
    words = title.split()
    k = headlines.verb_index(words)
    return bool(k is not None and words[k].lower() == "to" or _PLAN_WORDS.search(title))


def uniq(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
