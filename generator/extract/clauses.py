"""Where the clauses of a sentence begin and end (relative, participle, coordinate, "as"/"when" clauses), what each
hangs on (its antecedent or subject), and whether a clause states a fact rather than a happening.
"""
from __future__ import annotations

import re

from . import headlines
from .titles import _possessive


_CLAUSE_OPENERS = r"which|who|where|while|after|before|when|because|although|though|since|until|as|once|amid|and|but"

_AUX = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "to", "not",
        "and", "or", "but", "who", "which", "that"}


# Adverbs that may stand between an auxiliary and its participle: "was first authorized".
_ADVERBS = {"first", "then", "also", "just", "later", "initially", "finally", "recently", "officially", "formally",
            "already", "never", "ever", "once", "twice", "again", "jointly", "only", "originally", "previously",
            "eventually", "since", "still", "not", "quickly", "unanimously", "narrowly", "reportedly", "almost", "now"}


# irregular participles beyond `headlines._PARTICIPLES` (checked together with it)
_IRREGULAR_PARTICIPLES = {"read", "spent", "dealt", "meant", "lent", "bound", "hung"}


def _modifier_clause(text: str, info: dict, t) -> dict | None:
    """The participle phrase a date dates ("passed on Thursday") and the noun it describes, when that noun is one
    thing named with a determiner ("a General Assembly resolution", "the border accord"); a counted plural
    ("1,000 phones sold in China in 2020") is a quantity, not a happening of its own."""
    verbs = [m for m in re.finditer(r"[\w'-]+", text[info["a"]:t.start])
             if m.group().islower() and headlines._is_verb_start(m.group())]
    if not verbs:
        return None
    p = info["a"] + verbs[-1].start()
    subj = _antecedent(text, info["a"], p)
    if not subj or not _DETERMINER.match(text, subj[0]) or re.search(r"[\d,;:]", text[subj[0]:subj[1]]):
        return None        # "65 cents a share, compared with ...": a comparison set off by a comma, no noun's happening
    head = re.findall(r"[\w'-]+", text[subj[0]:subj[1]])
    verb = verbs[-1].group()
    if any(w.lower() in headlines._PREPOSITIONS - {"of"} for w in head[1:]):
        return None        # "lost its majority in elections held in April": which noun the participle hangs on is unclear
    if len(head) < 2 or _DETERMINER.fullmatch(head[-1] + " "):
        return None        # "the fabled 11th century temple": an adjective after a determiner, no noun before it
    if "," in text[p:t.start] or len(text[p:t.start].split()) > 7:
        return None        # "the year ended Aug. 31 C$2.7 million, down from ... last year": not the participle's date
    if not (verb.endswith("ed") or verb in headlines._PARTICIPLES or verb in _IRREGULAR_PARTICIPLES) or \
            any(w.islower() and (headlines._is_verb_start(w) or w in _AUX) for w in head[1:]):
        return None        # "said net rose ... a year ago": a past tense, or a noun phrase that holds a verb
    if re.search(r"\b(?:will|would|shall|could|may|might|to|expected|due|set|scheduled)\b", text[info["a"]:subj[0]]) \
            and not re.search(r"\b(?:under|despite|after|following|per|with|of|to)\s+$", text[info["a"]:subj[0]]):
        # "will vote on the draft submitted by France on Monday": the day may be the vote's; "would enter under a
        # resolution passed on Thursday" names what came before.
        return None
    if head[-1].lower() in ("he", "she", "it", "they", "we", "i", "you"):
        return None        # "the city he fled in 2012": the verb has a subject of its own
    prev = re.findall(r"[\w'-]+", text[info["a"]:subj[0]])[-1:] or [""]
    appositive = bool(re.search(r",\s*$", text[info["a"]:subj[0]]))   # "a 4% rise, an offer first made on Nov. 3"
    if prev[0].islower() and not headlines._is_verb_start(prev[0]) and prev[0] not in _LINK_WORDS and not appositive:
        return None        # "the gains these issues made this week": a noun before it, "these issues" is a subject
    return {"a": p, "b": t.end, "kind": "part", "subj": (subj[0], subj[1]), "holes": []}


# Words after which a noun phrase starts afresh (not a noun before a second noun phrase).
_LINK_WORDS = headlines._PREPOSITIONS | {"despite", "amid", "like", "including", "than", "and", "or", "but", "as", "that",
                                        "which", "is", "are", "was", "were", "be", "been", "being", "of", "off", "out",
                                        "up", "down", "since", "until", "per", "among", "between", "beyond", "within",
                                        "without", "upon", "onto", "across", "along", "around", "behind", "near",
                                        "following", "regarding", "concerning", "following"}

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
    k = next((i for i, w in enumerate(words) if i and headlines._is_verb_start(w) and w.islower()), None)
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
    if headlines.is_past(nxt) or nxt in headlines._PARTICIPLES or nxt.endswith("ing") or nxt in (
            "to", "due", "set", "expected", "scheduled", "supposed", "planned", "slated", "going", "about"):
        return False
    subject = " ".join(words[:k])
    return not _EVENT_SUBJECT.search(subject)


# --------------------------------------------------------------------------- dated clauses
# "..., and rebels shot down a helicopter": an irregular past after a bare plural subject opens a clause too.
_IRREGULAR_PAST = "|".join(sorted(w for w in headlines._IRREGULAR if re.fullmatch(r"[a-z]{3,}", w)))
_OPENER = re.compile(r"(?:,\s+|\s+)(?:" + _CLAUSE_OPENERS + r")\s+(?=[A-Z]|the\b|an?\b|his\b|her\b|its\b|"
                     # "after 87% of its members backed it", "when 40 ships were waiting": a counted subject
                     r"\d[\d,.]*\s*(?:%|percent)\s+of\b|\d[\d,.]*\s+[a-z]+s\s+(?:[a-z]+ed|were|had|have)\b|"
                     r"their\b|[a-z]+\s+(?:[a-z]+ed|[a-z]+s|won|was|were|is|are|has|had)\b|[a-z]+s\s+(?:"
                     + _IRREGULAR_PAST + r")\b|"
                     # "after talks with police broke down": a bare plural, its prepositional phrase, a past verb
                     r"[a-z]+s\s+(?:with|of|between|from|in|on|over)\s+(?:the\s+)?[a-z]+\s+(?:[a-z]+ed|was|were|had|"
                     + _IRREGULAR_PAST + r")\b)")
# Relative clauses: ", which will open in 2022", "a program that began in September".
_RELATIVE = re.compile(r"(?P<comma>,\s+|\s+)(?:which|who|whose)\s+|\s+that\s+(?=(?P<verb>[a-z]+)\b)")
# A participle phrase set off by commas: "Northwind, founded in 1998 by two graduates, went public".
_PARTICIPLE = re.compile(r",\s+(?="
                         # "Talks ..., due to open in London on Thursday, have been postponed": a plan the subject had
                         r"(?:due|expected|scheduled|set|planned|slated)\s+to\s+[a-z]+\b[^,;]*,|"
                         r"(?:(?:first|initially|originally|already|[a-z]+ly)\s+)?(?:[a-z]+ed|[a-z]+en|born|built|made|held|led|known|run|set|sold|bought|won|lost|"
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
_BARE_AFTER_MODAL = re.compile(r"\b(?:will|would|shall|must|could|can|may|is\s+to|are\s+to)\s+(?:\w+ly\s+)?[a-z]+\s+[^,;]*$")
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
        if verb is not None and not (headlines._is_verb_start(verb) or verb in _THAT_VERBS):
            continue
        comma = bool(m.group("comma") and m.group("comma").startswith(","))
        # "A deal to end the strike that has shut the port was agreed on Monday": a relative clause without commas
        # that the main clause's own verb follows is set apart like one with commas
        out[m.start()] = (m.start(), m.end(), "rel", comma or _restrictive_end(text, m.end(), hi) < hi)
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
        if p1 < hi and resume and headlines._is_verb_start(resume.group(1)):
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
        if headlines._is_verb_start(m.group("verb")) and m.group("verb") not in ("need", "red"):
            out[m.start()] = (m.start(), m.end(), "coord", False)
        elif _BARE_AFTER_MODAL.search(text, max(lo, m.start() - 60), m.start()) and \
                re.match(r"[a-z]+\s+(?:by|until|on)\s+(?:the\s+end|the\s+middle|early|late|mid|[A-Z0-9])",
                         text[m.end():hi]) and m.group("verb") not in _NOT_RESUMING:
            # "The exchange will open on Feb. 5 and close by the end of the month": a second bare verb after a modal
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
        fronted = not any(w.islower() and headlines._is_verb_start(w) for w in re.findall(r"[\w'-]+", text[lo:lo + m.start()]))
        if m.group("ger") not in _ING_NOUNS and not fronted:
            out[lo + m.start()] = (lo + m.start(), lo + m.end(), "ger", False)
    # "turned back three on Thursday, saying their papers were not in order": the reason given is a clause of its own,
    # and its "were" never makes the predicate before it a state.
    for m in re.finditer(r",\s+(?:saying|adding|citing|claiming|arguing|insisting|noting|telling|warning|promising)\s+",
                         text[lo:hi]):
        out.setdefault(lo + m.start(), (lo + m.start(), lo + m.end(), "sub", False))
    # What was said is a clause of its own: "Police said on Saturday that a man was arrested on Friday".
    for m in re.finditer(r"\b(?:said|says|told\s+\w+|telling\s+\w+|announced|confirmed|reported|added)\b[^\"\u201c,;]{0,70}?"
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
        if i and w.islower() and (headlines.is_past(w) or w in ("is", "are", "was", "were", "has", "have", "had",
                                                                "will", "would")):
            # a subject before the verb: "as previously planned" has none
            return not any(x.lower() in headlines._PREPOSITIONS for x in words[:i]) and \
                any(not x.endswith("ly") and x.lower() not in _ADVERBS for x in words[:i])
    return False


_ING_NOUNS = {"morning", "evening", "spring", "nothing", "something", "anything", "everything", "during", "king",
              "building", "meeting", "hearing", "ceiling", "ring", "thing", "wing", "string", "briefing", "uprising",
              "bombing", "shooting", "killing", "fighting", "shelling", "ruling", "sitting", "opening", "landing"}


# The main clause's finite verb after a relative clause without commas: "that has shut the port| was agreed".
_RESUMING_VERB = re.compile(r"\s(?=(?:was|were)\s+(?:(?:\w+ly|first|then|later|also)\s+)?[a-z]+(?:ed|en)\b)")


def _restrictive_end(text: str, start: int, hi: int) -> int:
    """Where a relative clause without commas ends ("the strike that has shut the port was agreed ..." → before
    "was"): only after a verb of its own ("has shut") and words of its own, before any comma or conjunction."""
    if re.search(r",\s*(?:that|which|who)\s+$", text[:start]):
        return hi
    # "who was arrested on Monday appeared": a passive's participle is the clause's own verb too
    own = re.match(r"(?:(?:has|have|had)\s+(?:been\s+)?|(?:was|were)\s+(?=[a-z]+ed\s))?(?:\w+ly\s+)?([a-z]+)\s+\S",
                   text[start:hi])
    if not own or not (headlines.is_past(own.group(1)) or own.group(1) in headlines._PARTICIPLES) or \
            own.group(1) in ("was", "were", "is", "are"):
        return hi
    m = _RESUMING_VERB.search(text, start + own.end(), hi)
    ends = [x for x in (m.start() if m else None, _resuming_after_date(text, start + own.end(1), hi))
            if x is not None and not re.search(r"[,;]|\b(?:and|but|or|which|who|that)\b", text[start + own.end():x])]
    return min(ends) if ends else hi


# A date that closes a relative clause, then the main clause's past verb: "The jet that crashed near Drevna last
# weekend| pitched its nose down", "the port that closed on Monday| reopened".
_CLOSING_DATE = re.compile(r"\b(?:(?:last|this|next)\s+(?:week|weekend|month|year|night|\w+day)|yesterday|"
                           r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
                           r"in\s+(?:1[89]|20)\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                           r"(?:,\s+\d{4})?)(?=\s+([a-z]+)\b)")


def _resuming_after_date(text: str, start: int, hi: int) -> int | None:
    """Where the main clause resumes: the gap before a past verb right after a date that ends the relative clause."""
    for m in _CLOSING_DATE.finditer(text, start, hi):
        if headlines.is_past(m.group(1)) and m.group(1) not in ("was", "were", "had", "did"):
            return m.end()
    return None


def _paren_end(text: str, start: int, hi: int) -> int:
    """Where a parenthetical clause set off by a comma ends: at the comma after which the main clause
    resumes with its verb ("..., which fell 30 percent in 2022, rose 5 percent"), else at the clause end."""
    restrictive = _restrictive_end(text, start, hi)
    if restrictive < hi:
        return restrictive
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
    shared = _shared_participle(text, lo, b0, text[a:s]) if kind == "coord" else None
    if shared:
        # "a 4% rise, an offer first made on Nov. 3 and repeated on Friday": the second participle is the offer's
        return {"a": a, "b": b, "kind": "part", "subj": shared, "holes": [h for h in holes if a <= h[0] and h[0] < b]}
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
            if subj or any(w.islower() and headlines._is_verb_start(w) for w in re.findall(r"[\w'-]+", text[prev:b0])):
                break          # "the blasts which killed ... and injured ...": a clause with a verb, no subject
    if kind == "ger" and subj:
        # "the city that government forces have been trying to retake since launching an offensive": the gerund's
        # subject is that of the nearest clause with a verb, here a relative clause with a subject of its own.
        rel = list(re.finditer(r"\b(?:that|which|whom)\s+((?:the\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                               r"\s+(?:have|has|had|is|are|was|were|will|would)\b", text[subj[1]:b0]))
        if rel and not any(headlines._is_verb_start(w) for w in rel[-1].group(1).split()):
            subj = (subj[1] + rel[-1].start(1), subj[1] + rel[-1].end(1))
    return {"a": a, "b": b, "kind": kind, "subj": subj, "holes": [h for h in holes if a <= h[0] and h[0] < b]}


def _shared_participle(text: str, lo: int, b0: int, coord: str) -> tuple[int, int] | None:
    """The noun of a participle phrase set off by a comma that a second participle after "and" shares: in "..., an
    offer first made on Nov. 3 and repeated on Friday" what was repeated is the offer, not the sentence's subject."""
    if not re.match(r"(?:[a-z]+ly\s+|again\s+|later\s+)?[a-z]+ed\b", coord):
        return None
    m = re.search(r",\s+(?P<np>(?:an?|the|its|their|his|her)\s+(?:[\w'-]+\s+){0,2}?[a-z][\w-]*)\s+"
                  r"(?:(?:first|initially|originally|already|later|[a-z]+ly)\s+)?(?P<part>[a-z]+ed|[a-z]+en|made|held|"
                  r"set|won|sent|put|paid|struck|brought|built|signed)\b[^,;]*$", text[lo:b0])
    if not m or any(w in _AUX or headlines._is_verb_start(w) for w in m.group("np").split()[1:]):
        return None
    return lo + m.start("np"), lo + m.end("np")


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
            # "the dock union's council", but not "a mandate from the union's council": a preposition ends the phrase
            if d.end() == start or (re.fullmatch(r"(?:[a-z-]+\s+){1,2}", between)
                                    and not any(w in headlines._PREPOSITIONS for w in between.split())
                                    and re.search(r"['\u2019]s\s*$", seg[start:dets[-1].end()])):
                start = d.start()
            else:
                break
        # "Talks between Cassaria and its private bondholders, due to open on Thursday, ...": a noun after a
        # preposition inside a subject that has no verb yet is not the one the aside describes; the whole subject is
        lead = re.match(r"(?:[A-Z][\w.'\u2019-]*[\s,]+)+(?:[\w.' ]+\s+)?(?:\([^)]{1,30}\)\s*)?(?:-{1,2}|\u2013|\u2014)\s+",
                        seg)
        s0 = lead.end() if lead else len(seg) - len(seg.lstrip())
        if re.search(r"\b(?:between|of|with|and|for|from)\s+$", seg[:start]) and \
                re.match(r"(?:The|A|An|Its|Their|[A-Z][\w'\u2019-]*)\s", seg[s0:]) and \
                not any(w.islower() and (headlines._is_verb_start(w) or w in _AUX - {"and", "or", "to", "not"})
                        for w in re.findall(r"[\w'-]+", seg[s0:])):
            start = s0
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
        if m.start() and w.islower() and headlines._is_verb_start(w):
            rel = re.search(r"\s+(?:that|which|who)\s+$", text[lo:lo + m.start()])
            # "A deal to end the strike that has shut the port ... but collapsed": the subject ends before "that"
            return lo, lo + (rel.start() if rel and rel.start() > 0 else m.start())
    return None


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

_FINITE = {"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
           "should"}


def _inner_since_clause(text: str, t, lo: int, hi: int) -> dict | None:
    """"The first convoy since the truce took effect on Dec. 29 arrived on Monday": a since-clause inside the subject,
    dated at its end, after which the main clause's verb follows at once. The date is the since-clause's."""
    m = re.search(r"^(?P<np>[^,;]*?)\s(?P<w>since|after|before)\s+(?P<c>(?:the|a|an|its|their|his|her)\s[^,;]*?)\s*$",
                  text[lo:t.start])
    if not m or any(w.islower() and (headlines.is_past(w) or w in _FINITE) for w in re.findall(r"[\w'-]+", m.group("np"))):
        return None                    # "Troops withdrew after the talks failed on Monday": the clause has its verb
    if not any(w.islower() and headlines.is_past(w) for w in re.findall(r"[\w'-]+", m.group("c"))[1:]):
        return None                    # "since the truce of Dec. 29": a noun, `_SINCE_NAMED`
    after = re.match(r"\s+([a-z]+)\b", text[t.end + _possessive(text, t.end):hi])
    if not after or not (after.group(1) in _FINITE or headlines.is_past(after.group(1))):
        return None
    return {"a": lo + m.start("c"), "b": t.end, "kind": "sub", "subj": None, "holes": [], "opener": lo + m.start("w")}


def _reduced_relative(text: str, t, lo: int, hi: int) -> dict | None:
    """A participle without commas after the noun it describes, dated there: "The ceasefire signed on Dec. 29
    expired on Tuesday", "hours after the truce signed on Dec. 29 expired". Only when a finite verb follows the
    date at once, so that the participle cannot be the clause's own verb ("The army shelled the town on Monday")."""
    m = _REDUCED_NP.search(text[lo:t.start])
    if not m or not (headlines.is_past(m.group("part")) or m.group("part") in headlines._PARTICIPLES):
        return None
    if re.fullmatch(r"(?:scheduled|planned|set|slated|due|expected|booked|fixed)\s+(?:for|on)\s+", text[lo + m.start("part"):t.start]):
        return None        # "The meeting ... scheduled for Thursday has been called off": the meeting's day, no act of its own
    rest = text[t.end + _possessive(text, t.end):hi]
    after = re.match(r"(?:\s+(?:\w+ly|also|then|later|finally))?\s+([a-z]+)\b", rest)
    fronted = re.search(r"^\s*(?:despite|under|following|amid|in\s+spite\s+of|in\s+line\s+with)\s+$",
                        text[lo:lo + m.start("np")], re.I) and re.match(r",\s", rest) and m.start("np") < 30
    if not fronted and not (after and (after.group(1) in _FINITE or headlines.is_past(after.group(1)))):
        # "Despite the accord signed yesterday, clashes broke out": a phrase set before the clause, closed by a comma
        return None
    np0, p = lo + m.start("np"), lo + m.start("part")
    return {"a": p, "b": t.end, "kind": "part", "subj": (np0, p - 1), "holes": []}
