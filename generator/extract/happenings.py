"""A dated clause made into a unit: its title from the clause's own words (its subject, noun, resolved pronouns), and
the units of a postponement's new date, a named gathering, a nominal or year-named happening; `_rescue` gives a
unit whose headline fails the checks a plainer one.
"""
from __future__ import annotations

import re

from . import headlines
from .entities import DATELINE, Mention
from .wire import dateline as wire_dateline
from .merging import uniq
from .sentences import Sentence
from .units import _Ctx, _Unit
from .titles import _fit, _shorten, _tags
from .clauses import _BARE_AFTER_MODAL, _IRREGULAR_PAST, _clause_info, _subject_span
from .dating import (_ACT_NOUNS, _EVENT_NOUNS, _GIVEN_NOUNS, _HELD_NOUNS, _NAMED_NOUNS, _PUT_OFF, _YEAR_NOUNS,
                     _modifier, _nominal_in, _set_date)
from .counting import _ing_to_base, _ordinal_topic
from .references import (_DAY_WORD, _definite_from_prev, _person_or_org_names, _resolve_possessive, _resolve_pronoun,
                         _with_topic)


_NOMINAL = re.compile(r"\b(?:for|at|to|ahead of|before|after|during|attend\w*|host\w*|join\w*)\s+"
                      r"(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?P<noun>" + _EVENT_NOUNS + r")\s+(?:on|in|at|)\s*$", re.I)
_NOMINAL_OF = re.compile(r"\b(?P<noun>" + _EVENT_NOUNS + r")\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
                         r"[A-Z][\w'-]*)*)\s+(?:for|on|set\s+for|scheduled\s+for)\s+$")


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
        elif not text[span[0]:span[1]].strip() and info["kind"] in ("coord", "part") and info.get("subj"):
            # "The meeting had first been set for Monday, then moved to Wednesday": a second predicate without an
            # object moves what the first one told of, its subject
            span = info["subj"]
    if not span or span[1] <= span[0]:
        return []
    words = re.sub(r"\s*\([^)]*\)", "", _shorten(text, span[0], span[1], mentions))   # "Federation (KDF)": the name once
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
    words = re.sub(r"^(?:the|a|an|another|its|their|his|her)\s+(?:(?:previous|latest|last|most\s+recent)\s+)?", "",
                   words.strip(), flags=re.I)
    words = re.sub(r"\bof\s+(?:a|an)\s+", "of ", words)   # "Crash of a Marrenair jet" → "Crash of Marrenair jet"
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
    elif re.match(r"[a-z]+ed\s+[a-z][\w-]*$", words) and headlines.is_past(words.split()[0]):
        words = f"{words.split()[1]} {words.split()[0]}"      # "the missed November coupon" → "Coupon missed"
    else:
        return []
    unit.title = _fit(words[:1].upper() + words[1:])
    unit.actors = uniq([m.slug for m in mentions if m.kind == "actor" and span[0] <= m.start < span[1]])
    unit.places = uniq([m.slug for m in mentions if m.kind == "place" and span[0] <= m.start < span[1]])
    unit.tags = uniq(_tags(words))
    return [unit]


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
            if obj and not headlines._is_verb_start(obj.group(1).split()[0]):
                # "the plan, which the envoy had presented": the relative pronoun is the object; the clause has a
                # subject of its own → "Envoy presents plan".
                words = f"{obj.group(1)}{obj.group(3)} {subject[:1].lower() + subject[1:]}{obj.group(4)}"
                subject = ""
            ger = re.match(r"([a-z]+ing)\b", words) if info["kind"] == "ger" else None
            if ger:
                # "since launching an offensive" → "Government forces launch offensive"
                base = _ing_to_base(ger.group(1))
                plural = headlines.is_plural(subject.split(), _person_or_org_names(mentions))
                words = (base if plural else headlines.third_person(base)) + words[ger.end():]
            # "was first elected in 2022 and re-elected in 2027": the second participle shares the passive
            # (the same verb again, "re-elected", or one with its agent, "and released by the army"; "was agreed
            # but collapsed" is active)
            second = re.match(r"(?:re-?)?([a-z]+ed)\b(\s+by\b)?", words)
            first = re.search(r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+|first\s+|later\s+)?"
                              r"([a-z-]+(?:ed|en))\b[^,;]*$", text[s1:a])
            passive = info["kind"] == "coord" and second and first and (
                second.group(2) or second.group(1) == first.group(1) and second.group() != first.group(1))
            bare = info["kind"] == "coord" and re.match(r"[a-z]+\b", words) and \
                not headlines._is_verb_start(words.split()[0]) and _BARE_AFTER_MODAL.search(text, max(0, a - 80), a)
            if subject:
                # "will open on Feb. 5 and close by the end of the month" → "Bond exchange to close"
                words = f"{subject} {'was ' if info['kind'] in ('part', 'opener') or passive else 'to ' if bare else ''}{words}"
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
            plural = headlines.is_plural(absolute.group(1).split(), _person_or_org_names(mentions))
            base = _ing_to_base(absolute.group(2))
            words = f"{absolute.group(1)} {base if plural else headlines.third_person(base)}{absolute.group(3)}"
        words = _resolve_pronoun(ctx, words, a, mentions, text)
        words, owner = _resolve_possessive(words, text, a, mentions, ctx)
        if owner:
            actors.append(owner)
        title = headlines.make(words, "event", names=_person_or_org_names(mentions))
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
    if not title.split() or headlines.has_verb(words) or any(re.fullmatch(r"[a-z]+(?:ed|ing)|to|off|under|way", w) for w in words):
        return title
    head = re.fullmatch(r"((?:[\w'-]+\s+){0,2}?)(?:" + nouns + r")(?:\s+(?:of|in|at|on|between|with|over|for)\s+.*)?",
                        title, re.I)
    if not head or any(headlines._is_verb_start(w) or w.lower() in ("and", "of") for w in head.group(1).split()):
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


def _rescue(ctx: _Ctx, unit: _Unit, text: str, tx: list, mentions: list[Mention],
            main_dated: bool = False) -> _Unit | None:
    """A unit whose headline fails the checks of `headlines.problems` gets the best of a few plain fallbacks:
    the sentence's main clause, the headline cut before a second clause glued onto it, for a statement the
    speaker and the first clause of the claim. A unit still without a headline is dropped only when it has no
    date of its own; a dated happening keeps the plainest clause there is."""
    if not unit.title or not headlines.severe(unit.title):
        return unit
    candidates = [unit.title]
    quoted = re.match(r"^[\u201c\"](.+?)[,.]?[\u201d\"],?\s+(?:said|says)\s+(.+)$", unit.title)
    if quoted:                         # "“It helps us to win,” Geremek said" → "Geremek: It helps us to win"
        candidates.append(headlines.tidy(f"{quoted.group(2)}: {quoted.group(1)}"))
    quoted = re.match(r"^[\u201c\"](.+?)[,.]?[\u201d\"],?\s+(.+?)\s+(?:said|says)$", unit.title)
    if quoted:
        candidates.append(headlines.tidy(f"{quoted.group(2)}: {quoted.group(1)}"))
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
        candidates.append(_fit(headlines.make(words, "event", names=_person_or_org_names(mentions))))
    if unit.kind == "event":
        candidates.append(headlines.glued_cut(unit.title))
        candidates.append(headlines.core(unit.title))      # subject, verb, object: plain but whole
    else:
        head, _, claim = unit.title.partition(": ")
        if claim:
            cut = re.split(r"\s+(?:that|which|who|because|while|when|after|before|but|and)\s+|,\s*", claim)[0]
            candidates.append(headlines.tidy(f"{head}: {cut}"))
        candidates.append(headlines.glued_cut(unit.title))
        candidates.append(f"{unit.speaker_short} makes statement")
    # "makes statement" says least: it wins only over headlines with a severe problem.
    best = min(candidates, key=lambda c: (headlines.badness(c) + (1 if c.endswith(" makes statement") else 0),
                                          candidates.index(c)))
    if headlines.severe(best) and unit.state in ("bare", "meanwhile"):
        return None                    # no date of its own and no headline: nothing worth an entry
    unit.title = best
    return unit


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
