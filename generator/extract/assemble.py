"""One article's units into EventDrafts: units of one happening grouped, each draft's fields and status, and the body
that says who reported what.
"""
from __future__ import annotations

import datetime as dt
import re

from ..drafts import CitationDraft, EventDraft
from ..seeds import Article
from . import headlines
from . import status as _status
from .entities import Registry, find_mentions, fold
from .merging import keywords, uniq
from .units import _Ctx, _Unit
from .titles import _fit
from .dating import _MONTHS


# --------------------------------------------------------------------------- one article's units → events
_PICTURE = re.compile(r"^(?:(?:an?|the|this)\s+)?(?:(?:file|handout|undated|aerial)\s+)?(?:photo|picture|image|"
                      r"photograph)\b.{0,60}?\b(?:shows?|showing)\b", re.I)


def _told_captions(units: list[_Unit]) -> list[_Unit]:
    """A photo caption below the headline ("Rehn speaks to reporters outside the ministry on Monday, Nov. 20")
    shows a moment of a day the story tells: it is no event of its own when the body dates a happening to the
    same day, and a caption that describes the picture ("Photo taken on Dec. 19 shows ships at the port") never
    is one. The headline line (paragraph 1) is the story's own summary and stays."""
    def caption(u: _Unit) -> bool:
        return u.para > 1 and u.date_basis.startswith("photo caption")
    days = {u.date for u in units if not caption(u) and u.date}
    return [u for u in units if not caption(u) or not (u.date in days or _PICTURE.match(u.quote))]


def _person_pronoun(ctx: _Ctx, u: _Unit) -> None:
    """"she called off a meeting with her counterpart" titled "She calls off ...": the one person the sentence
    names before the pronoun is who ("Solvang calls off meeting with her counterpart"); none or two, it stays."""
    m = re.match(r"^(He|She|His|Her)\s+(?=[a-z])", u.title)
    if not m:
        return
    pron = m.group(1).lower()
    at = re.search(rf"\b{pron}\b", u.sent.text, re.I)
    if not at:
        return
    people = {x.slug: x for x in find_mentions(u.sent.text, ctx.reg)
              if x.kind == "actor" and x.type == "person" and x.end <= at.start()}
    named = list(people.values())
    if len(named) > 1:
        # of several, the one the sentence opens on as its subject ("Solvang met Oduya ..., after she ...")
        first = min(named, key=lambda x: x.start)
        subject = re.match(r"(?:['\u2019]s\s+[\w\s]{0,20})?\s+(?:[a-z]+ed|met|said|told|has|had|was|is|will|would|"
                           r"(?:on|in)\s+\w+day)\b", u.sent.text[first.end:])
        named = [first] if subject else named
    if len(named) != 1:
        return
    who = named[0]
    owner = f"{who.short}'s" if pron in ("his", "her") else who.short
    u.title = f"{owner} {u.title[m.end():]}"
    if who.slug not in u.actors:
        u.actors.append(who.slug)


def _assemble(ctx: _Ctx, units: list[_Unit]) -> list[tuple[tuple, EventDraft]]:
    art = ctx.article
    units = _told_captions(units)
    topic = re.search(r"\b((?:[a-z][\w-]+\s+)?(?:talks|negotiations|consultations))\b",
                      art.paragraphs[0] if art.paragraphs else "")
    for u in units:
        if u.kind == "event" and u.title:
            _person_pronoun(ctx, u)
            bare = re.match(r"^(Session|Round|Sitting)\s+(?=(?:ends|to|opens|begins|resumes|is|was)\b)", u.title)
            if bare and topic:
                # "Monday's session ended after nine hours", in a story headlined "... open delayed debt talks":
                # the session of those talks
                words = topic.group(1).split()
                words = words[-1:] if words[0] in ("delayed", "new", "the", "fresh", "planned") else words
                u.title = f"{' '.join(words).capitalize()} session {u.title[bare.end():]}" \
                    if bare.group(1) == "Session" else f"{bare.group(1)} of {' '.join(words)} {u.title[bare.end():]}"
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
        title = _fit(headlines.with_speaker(title, lead.quote))   # every event title, however built, same rules
    title = _capitals(title, " ".join(art.paragraphs))
    title = _whose_act(title, lead.quote)
    if lead.kind == "event" and title:
        title = _hedge_speaker(title, lead)
    if title:
        title = _editor(title, lead.quote, _sentence_before(art, lead))
    if lead.kind == "event" and title and art.published and lead.date and \
            lead.date > art.published.isoformat()[:len(lead.date)]:
        title = headlines.planned(title, lead.quote)       # still ahead on the day it was reported: "X to meet"
    pub = art.published.isoformat() if art.published else ""
    status = status_of(lead.quote, lead.date_text, lead.date, pub) if lead.kind == "event" else "held"
    if lead.kind == "event" and title and status != "planned":   # the new date of a postponement is no postponement
        title = headlines.cancelled(title, lead.quote)     # "..., but the meeting did not go ahead": called off
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


def _hedge_speaker(title: str, u: _Unit) -> str:
    """What someone said could or might happen is their word, not news: "Oduya said the Fund's board could
    consider the program" → "Oduya says Fund's board could consider program"."""
    if not re.search(r"\b(?:could|may|might)\b", title) or ": " in title or re.search(r"\b(?:says|say)\b", title):
        return title
    said = re.search(r"\b(?:said|says|told)\b", u.quote)
    if not said:
        return title
    name = next((a for a in u.actors if a), "")
    short = name.split("-")[-1].capitalize() if name else ""
    if not short or not re.search(rf"\b{re.escape(short)}\b", u.quote[:said.start()]):
        return title
    first = title.split()[0]
    keep = re.search(rf"(?<=[\w,] ){re.escape(first)}", u.quote) is not None
    return _fit(f"{short} says {title if keep else title[:1].lower() + title[1:]}")


def _whose_act(title: str, quote: str) -> str:
    """"Default takes place" from "Cassaria last restructured its debt in 2022, a year after its previous
    default": the act is the sentence's subject's ("Cassaria defaults")."""
    bare = re.fullmatch(r"(Debate|Session|Meeting|Hearing|Vote|Talks|Rally|Sitting)\s+([a-z]+)", title)
    they = re.match(r"\s*([A-Z][a-z]+s)\s+(?:[a-z]+ed|voted|met|held|began|sat)\b", quote) if bare else None
    if they and they.group(1).lower() not in ("talks", "hearings", "sessions", "meetings") and \
            bare.group(1).lower() in quote.lower():
        # "Lawmakers voted 112-64 after a debate that began Monday": whose debate it was
        return f"{they.group(1)}' {bare.group(1).lower()} {bare.group(2)}"
    m = re.fullmatch(r"([A-Z][a-z-]+) takes place", title)
    if not m:
        return title
    noun = m.group(1).lower()
    verb = headlines._NOUN_ACTIVE.get(noun) or headlines._NOUN_PATIENT.get(noun)
    owner = re.match(r"\s*([A-Z][a-z][\w-]*)['\u2019]s\s+[a-z]", quote)
    alone = headlines._NOUN_PATIENT.get(noun, "")
    if owner and _DATEISH.fullmatch(owner.group(1)):
        owner = None                                      # "Monday's strike" is no one's
    if owner and alone.endswith(("s", "s out")) and not alone.endswith("ed") and \
            re.search(rf"\bthe\s+{noun}\b", quote, re.I):
        # "Cassaria's bonds fell ... since the default last Thursday": a happening that needs no object, named
        # with "the" in a sentence about one country's or body's affairs, is that one's ("Cassaria defaults")
        return f"{owner.group(1)} {alone}"
    who = re.match(r"\s*([A-Z][\w-]+)(?:,[^,]{1,80},)?(?:\s+(?:last|first|later|then|also|[a-z]+ly))?"
                   r"\s+(?:[a-z]+ed|has|had|was|is)\b", quote)
    if not verb or not who or who.group(1) in ("The", "A", "An", "It", "He", "She", "They") or \
            not re.search(rf"\b(?:its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}{noun}\b", quote):
        return title
    return f"{who.group(1)} {verb}"


def _sentence_before(art: Article, u: _Unit) -> str:
    """The sentence just before the unit's in its paragraph ("" when it opens the paragraph)."""
    para = art.paragraphs[u.para - 1] if 0 < u.para <= len(art.paragraphs) else ""
    at = para.find(u.quote[:40])
    if at <= 0:
        return ""
    text = para[:at].rstrip()
    ends = list(re.finditer(r"[.!?][\"\u201d']?\s+(?=[A-Z\"\u201c])", text))
    return text[ends[-1].end() if ends else 0:]


_SAYING = r"(?:says|say|estimates|estimate|expects|expect|believes|believe|predicts|predict|forecasts|forecast)"
_ORDERING = r"(?:orders|order|tells|tell|asks|ask|gives|give|instructs|instruct|directs|direct|urges|urge)"


def _editor(title: str, quote: str, before: str = "") -> str:
    """What a news editor would still rewrite in a finished title, by general rules:
    * an object "it" stands for the last thing the sentence (else the sentence before) names with "the":
      "Drennia's parliament is to debate it" after "... vote on the truce" → "... to debate truce";
    * a deadline title says who must do what: "Deadline: judges instead orders board to ..." → "Deadline: judges
      order board to ..."; an estimate of how long a task takes is the estimator's deadline for it:
      "Deadline: port authority estimates that clearing backlog to take" → "Port authority's deadline to clear
      backlog"; "Deadline: court says recount expected results" → "Deadline: court expects recount results"."""
    from .references import _the_noun
    it = re.search(r"\s(?:[a-z]+)\s+(it)$|\s(?:[a-z]+)\s+(it)(?=\s+(?:postponed|put\s+off|delayed|called\s+off|"
                   r"moved|set|planned)\b)", title)
    if it:
        at = re.search(r"\bit\b(?![\w'])", quote)
        # an organisation the sentence before names could be "it" as well: then nothing is guessed
        org = re.search(r"\b[A-Z][\w'-]*\s+(?:Party|Union|Front|Council|Court|Commission|Ministry|Board|Alliance|"
                        r"Committee|Association|Federation|Authority|Agency|Bank|Fund|Group|Company)\b", before)
        for text in ([quote[:at.start()]] if at else []) + ([before] if not org else []):
            np = ""
            for _ in range(4):                            # the last thing named with "the", never "a victory"
                np = _the_noun(text, plural=False) if text else ""
                the = re.search(rf"\bthe\s+{re.escape(np)}\b(?!.*\bthe\s+{re.escape(np)}\b)", text, re.I) if np else None
                if not np or the:
                    break
                text = text[:text.rfind(np)]
            # the subject the sentence opens on is the one that acts, seldom what "it" names
            if np and the and the.start() > 0 and np.lower() not in title.lower():
                k = it.start(1) if it.group(1) else it.start(2)
                title = f"{title[:k]}{np}{title[k + 2:]}"
                break
    rel = re.match(r"^(?P<np>[A-Z][^:]{2,50}?) that (?P<who>(?:[A-Z][\w'-]*\s+){1,3}|[a-z]+\s+)(?P<verb>[a-z]+s(?:\s+off|"
                   r"\s+up|\s+out)?) (?P<pred>(?:was|were|is|are|did|does|do|had|has)\b.*)$", title)
    if rel and not headlines._is_verb_start(rel.group("np").split()[-1]):
        np = rel.group("np")
        first = np.split()[0]
        np = np if re.search(rf"(?<=[\w,] ){re.escape(first)}\b", quote) else np[:1].lower() + np[1:]   # a name stays
        if re.match(r"(?:was|were|is|are)\s+(?:to\s+have\s+been|the|an?|not\s+the)?\s*(?![a-z]+ed\b)", rel.group("pred")):
            # "The Valletta round that Saldonia called off was to have been the second": the "be" says a fact
            # about the round; what happened is the relative clause → "Saldonia calls off Valletta round"
            who = rel.group("who").strip()
            return _fit(f"{who[:1].upper()}{who[1:]} {rel.group('verb')} {np}")
        # "A meeting ... that the archbishop had proposed did not take place": the relative clause goes
        pred = re.sub(r"^did\s+not\b", "does not", rel.group("pred"))
        return _fit(f"{rel.group('np')} {pred}")
    done = re.fullmatch(r"(.{3,50}?)\s+(postponed|delayed|adjourned)", title)
    what = re.search(rf"\b{done.group(2)}\s+(?:until|till|to)\s+[^,;]{{2,30}}?\s+(its|their|his|her|the)\s+([a-z][\w-]+)\b",
                     quote) if done and not any(w.lower() in headlines._HAPPENING_NOUNS for w in done.group(1).split()) else None
    if what:
        # "Velmora's Supreme Court on Tuesday postponed until January 4 its hearing": the court put off its hearing
        verb = {"postponed": "postpones", "delayed": "delays", "adjourned": "adjourns"}[done.group(2)]
        title = f"{done.group(1)} {verb} {'' if what.group(1) == 'the' else what.group(1) + ' '}{what.group(2)}"
    past = re.match(r"([A-Z][\w'-]+)\s+([a-z]+)\s+(?=([\w'-]+))", title)
    if past and ": " not in title and headlines.is_past(past.group(2)) and \
            (past.group(2).endswith("ed") or past.group(2) in headlines._IRREGULAR) and \
            past.group(3).lower() not in headlines._PREPOSITIONS | headlines._FUNCTION_END | {"as", "by", "off", "up"} and \
            not headlines.is_past(past.group(3)) and headlines.base_form(past.group(2)) in headlines._TAKES_OBJECT and \
            re.search(rf"\b{re.escape(past.group(1))}\s+(?:[a-z]+ly\s+)?{past.group(2)}\b", quote):
        # (the sentence has it active: "Ruth Ambers visited ...", never "The vote was brought forward")
        # "Ambers visited crash site" (a second predicate cut from the first): the headline present
        base = headlines.base_form(past.group(2))
        person = re.search(rf"\b[A-Z][a-z]+\s+{re.escape(past.group(1))}\b", quote)   # "Ruth Ambers": one person
        verb = base if headlines.is_plural([past.group(1)]) and not person else headlines.third_person(base)
        title = f"{past.group(1)} {verb} {title[past.end():]}"
    count = re.search(r"\s([a-z]+)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)$", title)
    count = count if count and count.group(1) not in headlines._FUNCTION_END | headlines._PREPOSITIONS and \
        (headlines._is_verb_start(count.group(1)) or count.group(1) in ("back", "off", "out", "down", "away")) else None
    if count:
        # "let 14 ships through but turned back three": the number counts the thing counted before it
        at = quote.find(f" {count.group(2)}")
        noun = re.findall(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+([a-z]+s)\b",
                          quote[:at]) if at > 0 else []
        if noun and not re.match(rf"\s*(?:of\s+)?{count.group(2)}\s+[a-z]+s\b", quote[at:]):
            title = f"{title} {noun[-1]}"
    them = re.search(r"^[^:]*\s[a-z]{3,}\s+(them)\b", title)
    at = re.search(r"\bthem\b", quote) if them else None
    if them and at:
        # "recovered both flight recorders ... and flew them to the laboratory": what was counted or named with
        # "the"/"both" before the pronoun, a plural
        many = re.findall(r"\b(?:the|both|all)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s)\b(?!\s+of\b)",
                          quote[:at.start()])
        if many and not re.search(r"\b(?:they|their)\b", quote[:at.start()]):
            title = f"{title[:them.start(1)]}{many[-1]}{title[them.end(1):]}"
    dl = re.match(r"Deadline:\s+(.+)$", title)
    if not dl:
        return title
    claim = dl.group(1)
    order = re.match(rf"((?:[\w'-]+\s+){{1,4}}?)(?:instead|also|now)\s+({_ORDERING})\s+(.+)$", claim)
    if order:
        # "Deadline: judges instead orders board to hand over boxes": the adverb goes, the verb agrees
        base = order.group(2)[:-1] if order.group(2).endswith("s") else order.group(2)
        plural = headlines.is_plural(order.group(1).split())
        return _fit(f"Deadline: {order.group(1)}{base if plural else headlines.third_person(base)} {order.group(3)}")
    est = re.match(rf"((?:[\w'-]+\s+){{1,4}}?){_SAYING}\s+(?:that\s+)?([a-z]+ing)\s+((?:[\w'-]+\s+){{0,3}}?[\w'-]+)\s+"
                   r"to\s+(?:take|last|need|require)$", claim)
    if est:
        who = est.group(1).strip()
        owner = who[:1].upper() + who[1:] + ("'" if who.endswith("s") else "'s")
        task = headlines.base_form(est.group(2)[:-3] + "ed")
        return _fit(f"{owner} deadline to {task} {est.group(3)}")
    expect = re.match(rf"((?:[\w'-]+\s+){{1,4}}?)says\s+((?:[\w'-]+\s+){{1,3}}?)expected\s+(.+)$", claim)
    if expect:
        who, what = expect.group(1).strip(), expect.group(2).strip()
        what = "" if what.lower() in ("it", "they", "he", "she", "we") else what + " "
        return _fit(f"Deadline: {who} expects {what}{expect.group(3)}")
    return title


def _capitals(title: str, quote: str) -> str:
    """A name keeps its capital: "Deadline: marsk to rule" → "Deadline: Marsk to rule" (the quote writes it
    "Marsk" and never "marsk"); a speaker's claim about "its" offer says so: "Operators: Its offer is off table" →
    "Operators say its offer is off table"."""
    def cap(w: re.Match) -> str:
        word = w.group(0)
        stem = re.sub(r"['\u2019]s$", "", word)
        if re.search(r"(?<=[\w,] )" + re.escape(stem.capitalize()) + r"\b", quote) and \
                not re.search(r"\b" + re.escape(stem) + r"\b", quote):
            return word.capitalize()
        return word
    title = re.sub(r"(?<=: )[a-z][a-z'-]{2,}\b", cap, title)
    own = re.match(r"^([^:]{2,45}): (Its|Their) (?=[a-z])", title)
    if own:
        plural = own.group(2) == "Their" or own.group(1).endswith("s")
        title = f"{own.group(1)} {'say' if plural else 'says'} {own.group(2).lower()} {title[own.end():]}"
    return title


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
    what = headlines.plain(ev.title, quote, ahead, " ".join(first.paragraphs) if first else "")
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
