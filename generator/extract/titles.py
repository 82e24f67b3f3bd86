"""The words of a headline: a clause shortened (dates, asides and initials out), a claim cut to its first clause,
a title fitted to length, and the event-kind tags its words give.
"""
from __future__ import annotations

import re

from . import headlines
from .entities import Mention


# "late on Monday", "early on Tuesday": the part of the day goes with the date, in date_text and out of titles.
# "bonds due 2038", "a coupon due in November": a maturity goes with its date.
_PREP = re.compile(r"\b((?:due\s+)?(?:(?:early|late)\s+)?(?:on|in|at|during|by|since|until|from|as of|for)|due|early|late)"
                   r"\s+$", re.I)

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
        contrast = re.match(r"[\"\u201c](.+?,\s+not\s+(?:[^\s,.;:!?\"\u201d]+\s+){0,3}[^\s,.;:!?\"\u201d]+)[.!?,]?"
                            r"(?:[\"\u201d]|$)", content) \
            if first and first.group(1).endswith(",") else None
        if contrast and len(contrast.group(1).split()) <= 11:
            first = contrast                              # "This is a corridor, not peace": the point is the contrast
        # (an "if" or "unless" clause is the point itself: "If he has nothing to hide, let him ...")
        sub = re.match(r"[\"\u201c]((?:every|each)\s+(?:day|time|hour|week)|when|whenever|while|once|"
                       r"as\s+long\s+as)\b[^,.;:!?]*,\s+", content, re.I) \
            if first and first.group(1).endswith(",") else None
        main = re.match(r"([^,.;:!?\"\u201d]+[.!?,]?)", content[sub.end():]) if sub else None
        if main and len(main.group(1).split()) >= 3:
            # "Every day that bridge is shut, people sleep in the snow": the opener only says when; the point is
            # the clause after it.
            start, c1 = start + sub.end(), start + sub.end() + len(main.group(1))
        else:
            end = start + 1 + len(first.group(1)) if first else c1
            start += 1
            c1 = end
    # "Just as ..., which ..., Washington withdrew its proposal": the main clause is the last with a verb.
    if re.match(r"(?:just\s+)?(?:as|when|while|after|before|although|though|if|because|since|despite|amid|"
                r"following|with)\b", text[start:c1], re.I):
        for m in reversed(list(re.finditer(r",\s+", text[start:c1]))):
            seg = text[start + m.end():c1]
            if any(headlines._is_verb_start(w) for w in seg.split()[1:]):
                start = start + m.end()
                break
    claim = _shorten(text, start, c1, mentions, drop=drop)
    # "the consultations planned for Wednesday had been postponed", its date gone: "planned" goes with it.
    claim = re.sub(r"\b(?:planned|scheduled|set|due)\s+(?=(?:had|has|have|was|were|is|are|would|will)\s)", "", claim)
    return headlines.make(claim, "claim")


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
    # "... supports investigation and would send", its object cut: the second predicate goes whole.
    title = re.sub(r"(?<=\w)\s+and\s+(?:would|will|could|can|may|might|should|must|to)\s+[a-z]+$", "", title)
    # "... recovered both flight recorders and flew them", the rest cut: the bare second predicate goes too.
    title = re.sub(r"(?<=[a-z])\s+and\s+[a-z]{3,}\s+(?:them|it)$", "", title) if ": " in title else title
    # "... publish their preliminary findings, expect" (", expected later this month" cut): a one-word fragment
    # after a comma goes; so does a part of a day its date left ("Plane comes down on evening").
    title = re.sub(r"(?<=\w),\s+[a-z]+$", "", title)
    title = re.sub(r"(?<=\w)\s+(?:on|in|during)\s+(?:morning|evening|afternoon|night)$", "", title)
    # "... wins election on promise": a noun that needs its "to ..." is no end; its phrase goes.
    title = re.sub(r"(?<=\w)\s+(?:on|with|after|under|amid)\s+(?:promise|pledge|vow|bid|threat|call|hope)s?$", "", title)
    # "... attend talks in Oslo opening", its date gone: a participle left after its noun goes too.
    if len(title.split()) >= 5:
        title = re.sub(r"(?<=[a-z])\s+(?:opening|starting|beginning|ending)$", "", title)
    # "... walk out in protest at that clause": a phrase pointing back at a sentence the title does not carry goes.
    if len(title.split()) >= 6 and ": " not in title:     # a quote keeps its words
        title = re.sub(r"(?<=\w)\s+(?:at|over|against|about)\s+(?:that|this|these|those)\s+[a-z]+$", "", title)
    # "Vote, Sandrak says ...": a leftover of a fronted phrase ("Speaking ... after the vote,") before the speaker.
    title = re.sub(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+(?=[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:says|tells)\b)", "",
                   title)
    # "... replaced by longer-term protocol that foreign ministers", the relative's verb cut: the relative goes whole.
    rel = re.search(r"(?<=[a-z])\s+(?:that|which|who)\s+(?P<rest>[^,;:]*)$", title)
    if rel and len(title[:rel.start()].split()) >= 3 and not _CLAUSE_VERB.search(rel.group("rest")) and \
            len(rel.group("rest").split()) <= 4 and rel.group("rest")[:1].islower() and \
            not headlines._is_verb_start(headlines._bare(rel.group("rest").split()[0])) and \
            not headlines._looks_verb(rel.group("rest").split()[0]) and \
            not re.search(r"\b(?:no|not|never|still|also|now|already|longer|to)\b", rel.group("rest")) and \
            not headlines._looks_verb(title[:rel.start()].split()[-1]) and \
            headlines._bare(title[:rel.start()].split()[-1]) not in headlines._PREPOSITIONS and \
            not re.search(r"\b(?:says?|said|tells?|told|warns?|insists?|adds?|believes?|hopes?|fears?)$",
                          title[:rel.start()]):
        title = title[:rel.start()]
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
    line = headlines.dateline(title)
    if line:                                            # "London, Dec 20 (Reuters) - Talks ... set for Jan. 8"
        title = title[line.end():]
        title = title[:1].upper() + title[1:]
    title = headlines.verbal(headlines.drop_adverb_days(title))
    keep = title.index(": ") + 2 if ": " in title[:40] else 0
    # "Transport Ministry: About 3,000 trucks carrying grain and timber stranded": the claim's own verb, so that
    # no cut falls inside its subject
    claim_verb = headlines.verb_index(title[keep:].split()) if keep else None
    verb_at = len(title[:keep].split()) + (claim_verb if claim_verb else 1)
    title = _cut_open_clause(headlines.fit_words(title, verb_at))
    if len(title) <= headlines.MAX_LEN:
        return title
    title = re.sub(r"\bUnited Nations\b(?!['\u2019]s)", "UN", title)     # headline style, when the words run long
    title = re.sub(r"\bInternational Monetary Fund\b", "IMF", title)
    if len(title) <= headlines.MAX_LEN:
        return title
    return _cut_open_clause(headlines.shorten_to_fit(title, len(title[:keep].split()) + 1))


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
                not re.match(r"\s+of\b", text[t.end:]) and not re.search(r"\bof\s*$", text[t.start:t.end]):
            # "on the future of Harzan", "on the day of the deadline": a noun, not a date
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
    # "Ardania's mountain province of Vessk" → "Ardania's mountain Vessk province": a word describing the province
    # stays with its noun, never on the bare name ("mountain Vessk").
    result = re.sub(r"(?<=[a-z] )(province|region)\s+of\s+([A-Z][\w'-]*)(?!['\u2019\w-])", r"\2 \1", result)
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
