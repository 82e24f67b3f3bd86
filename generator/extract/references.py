"""What a pronoun, a bare "the talks" or a possessive stands for: the names earlier in the sentence or the sentence
before, and the topic ("the proposal") a generic title noun names.
"""
from __future__ import annotations

import re

from . import headlines
from .entities import Mention
from .merging import uniq
from .units import _Ctx
from .titles import _claim, _shorten
from .wire import DATELINE


_PRONOUN = re.compile(r"^(?:he|she|him|her)$", re.I)

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


_DAY_WORD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday|tonight)(?:['\u2019]s)?"


_MONTH_WORD = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$")


def _dateline_country(ctx: _Ctx) -> str:
    """The country a wire dateline names after its city ("MERETH, Kaldria, Nov 14 (Reuters) -" → "Kaldria")."""
    for para in ctx.article.paragraphs[:6]:
        m = DATELINE.match(para)
        if not m or not m.group("rest"):
            continue
        for name in re.findall(r",\s*([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)", m.group("rest")):
            if not _MONTH_WORD.match(name.split()[0]):
                return name
    return ""


def _the_country(ctx: _Ctx, words: str, text_before: str = "", mentions: list[Mention] = ()) -> str:
    """"the country's biggest dock union walked out", "the copper-exporting country slid into default": a story
    filed from a country's city means that country."""
    m = re.match(r"^(?:the\s+)?(?:[a-z][\w-]*\s+)?country(['\u2019]s)?\s+(?=[a-z])", words, re.I)
    if not m:
        return words
    name = _dateline_country(ctx)
    if not name and text_before:
        # "Cassaria's parliament approved ..., a day after the country signed": the country the sentence opens on
        line = DATELINE.match(text_before)
        own = re.match(r"\s*([A-Z][\w-]+)['\u2019]s\s", text_before[line.end() if line else 0:])
        at = (line.end() if line else 0) + (own.start(1) if own else 0)
        if own and not any(x.start <= at < x.end and x.type == "person" for x in mentions):
            name = own.group(1)
    return f"{name}{m.group(1) or ''} {words[m.end():]}" if name else words


# A day or month before a verb is when, never who ("Ardania on Thursday dropped").
_WHEN_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                        r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                        r"Nov|Dec)\.?$")


def _resolve_pronoun(ctx: _Ctx, words: str, a: int, mentions: list[Mention], text: str = "") -> str:
    """"He was charged" → "Kopp was charged": a pronoun subject stands for the last person (he, she) or
    organisation (it) named before the clause, in this sentence or an earlier one; "they" and a pronoun with no
    such name before it stay as they are. An object "it" or "them" after the verb stands for the last thing named
    with "the" before the clause in the sentence ("since the opposition tabled it" after "... annul the motion")."""
    text_before = text[:a] if text else ""
    words = _the_country(ctx, headlines.strip_lead(words), text_before, mentions)
    words = _resolve_object(words, text_before)
    obj = re.match(r"^((?:[A-Z][\w'-]*\s+|[a-z][\w'-]*\s+){1,4}?(?:had\s+|has\s+|have\s+)?([a-z]{3,}))\s+(it|them)\b"
                   r"(?!\s+(?:is|was|to|would|will|are|were)\b)", words)
    if obj and (headlines._is_verb_start(obj.group(2)) or obj.group(2) in headlines._IRREGULAR) and \
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
            not (near and near.islower() and not headlines._is_verb_start(near.split()[-1])):
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
    if subject and headlines.is_plural(subject.group(1).split()) and not _PRONOUN.match(subject.group(1)):
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
    if m.group(1).lower() == "it" and re.search(r",\s+(?:which|that)\s+$", text_before):
        # "Tolmeria agreed to reopen the gate, which it had closed": the relative is the object, so "it" is the
        # country or organisation that last did something before it (a name right before a past verb).
        # A name the finder does not know counts too; a person's never does.
        doers = [d for d in re.finditer(r"\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})(?:\s+on\s+[A-Z][a-z]+)?\s+(?:had\s+|has\s+)?[a-z]{3,}ed\b",
                                        text_before) if d.group(1).split()[0] not in ("The", "A", "An")
                 and (d.start() > 0 or any(x.start == 0 and x.noun for x in mentions))   # "Officials said"
                 and not _WHEN_WORD.match(d.group(1).split()[-1])]
        last = doers[-1] if doers else None
        if last and not any(x.type == "person" and last.start(1) <= x.start < last.end(1) for x in mentions):
            known = [x for x in mentions if last.start(1) <= x.start < last.end(1) and x.noun]
            return f"{known[0].short if known else last.group(1)} {words[m.end():]}"
    if m.group(1).lower() == "it" and re.match(r"(?:began|begins|started|starts|ended|ends|opened|resumed|closed|"
                                              r"(?:had\s+been|has\s+been|was|is)\s+(?:scheduled|planned|set|postponed|"
                                              r"delayed|held|called\s+off|cancell?ed))\b", words[m.end():]):
        return words                                      # "It began on Dec. 13": a happening, not an organisation
    kinds = ("person",) if m.group(1).lower() in ("he", "she") else ("organisation",)
    here = [x for x in mentions if x.kind == "actor" and x.end <= a and x.type in kinds]
    if m.group(1).lower() == "it" and not here and re.search(r"\b(?:when|and|after|before|as|because|since)\s+$",
                                                            text_before):
        # "Cassaria has paid no interest since Nov. 14, when it missed a coupon": the clause's own subject, a
        # name the finder does not know, before any name of an earlier sentence.
        own = _prev_subject(ctx, ("organisation", "country"), text_before,
                            [x for x in mentions if x.end <= a])
        if own and own.lower() not in ("it", "they"):
            return f"{own} {words[m.end():]}"
    doc = re.match(r"\s*[Tt]he\s+(?:cabinet|government|parliament|council|assembly|senate|committee|board|court|"
                   r"ministry)\s+(?:\w+\s+)?(?:approved|passed|adopted|backed|signed|drafted|published|unveiled|"
                   r"proposed|rejected|endorsed)\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,2}?(?:bill|law|motion|resolution|"
                   r"decree|plan|proposal|deal|agreement|treaty|budget|draft))\b", ctx.prev_text or "") \
        if m.group(1).lower() == "it" and not text_before.strip() else None
    if doc and re.match(r"(?:would|will|is\s+to|could|must|is\s+expected\s+to)\s", words[m.end():]):
        # "The cabinet approved the bill. // It would suspend the strike": what the bill would do
        return f"{doc.group(1)[:1].upper()}{doc.group(1)[1:]} {words[m.end():]}"
    if m.group(1).lower() == "it" and not here and not text_before.strip() and ctx.recent_sents[-1:] == [[]]:
        # "The 19-day strike was the longest ... // It peaked in clashes": the thing the sentence before was
        # about, never a name from further back.
        thing = _prev_subject(ctx, ("thing", "organisation", "country"))
        if thing:
            return f"{thing[:1].upper()}{thing[1:]} {words[m.end():]}"
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


_NOT_NP_WORDS = {"since", "after", "before", "when", "while", "until", "because", "as", "then", "again", "ago", "now",
                 "here", "there", "too", "also", "once", "yet", "still", "instead", "later", "earlier", "today",
                 "yesterday", "tomorrow", "tonight", "itself", "themselves", "alone", "together", "where", "which",
                 "who", "whom", "whose", "what", "how", "why", "if", "whether", "though", "although", "unless",
                 "twice", "thrice", "more", "less", "much", "first", "last", "next", "already", "back", "out", "off",
                 "up", "down", "away", "home", "abroad", "overnight", "altogether", "entirely"}


def _the_noun(text: str, plural: bool) -> str:
    """The last thing named with "the" in `text`: "... annul the motion, their second challenge since " →
    "the motion"; one to three words, a singular or a plural head as asked, never a time or a quantity."""
    for m in reversed(list(re.finditer(r"\b(?:[Tt]he|an?)\s+((?:[\w'-]+\s+){0,2}?[a-z][\w-]+)\b(?![\w-])"
                                       r"(?!\s+(?:of|'s)\b)", text))):
        np = m.group(1)
        head = np.split()[-1].lower()
        if head in headlines._FUNCTION_END or any(w.lower() in headlines._FUNCTION_END for w in np.split()):
            continue                                      # "the leader of the": no noun phrase
        if head in _NOT_ANTECEDENT or any(w.lower() in _NOT_ANTECEDENT | {"and", "or"} for w in np.split()) or \
                re.search(r"\d", np):
            continue
        many = head.endswith("s") and not head.endswith(("ss", "us", "is"))
        if many != plural:
            continue
        nxt = re.match(r"\s+([a-z][\w-]*)", text[m.end():])
        if head.endswith("ing") and nxt and nxt.group(1) not in headlines._FUNCTION_END and \
                not headlines._is_verb_start(nxt.group(1)):
            continue                                      # "the striking dockworkers' union": an adjective
        more = re.match(r"\s+([a-z][\w-]*)(?=[\s,.;:]|$)", text[m.end():])
        if more and more.group(1) not in headlines._FUNCTION_END and not headlines._is_verb_start(more.group(1)) \
                and not more.group(1).endswith("ly") and len(np.split()) < 3 and more.group(1) not in _NOT_NP_WORDS and \
                (more.group(1).endswith("s") and not more.group(1).endswith(("ss", "us", "is"))) == plural:
            np = f"{np} {more.group(1)}"                  # "the indefinite strike", never "the indefinite"
        return np
    return ""


def _short_np(np: str, mentions: list[Mention]) -> str:
    np = re.sub(r"^the\s+", "", np, flags=re.I)
    return np[:1].upper() + np[1:]


def _resolve_object(words: str, text_before: str) -> str:
    """"NLF seized it in 2014" (after "... over the city since") → "NLF seized city in 2014"."""
    if not text_before:
        return words
    m = re.match(r"^((?:[A-Z][\w'-]*\s+|[a-z][\w'-]*\s+|\d[\w%,.]*\s+){1,4}?(?:had\s+|has\s+|have\s+)?[a-z]{3,}"
                 r"(?:ed|[^s]s)?)\s+(it|them)\b(?!\s+(?:is|was|to|would|will)\b)", words)
    if not m or not headlines._is_verb_start(m.group(1).split()[-1]) and \
            m.group(1).split()[-1] not in headlines._IRREGULAR:
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


_PREV_SUBJECT = re.compile(
    r"(?:[A-Z][\w.' ,]{0,40}?\((?:[A-Za-z]+)\)\s*[-\u2013\u2014]+\s*)?"          # a dateline
    r"(?P<np>(?:[Tt]he\s+)?(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)"
    r"(?:\s+\([A-Z]{2,6}\))?(?:,\s+(?:which|who)\s(?:[^,]|,(?=\d)){1,120},)?"                  # "(KDF), which represents ...,"
    r"\s+(?=(?:has|have|had|is|was|were|will|would|said|says|[a-z]{3,}ed)\b)")


def _prev_subject(ctx: _Ctx, kinds: tuple, text: str | None = None, mentions: list[Mention] | None = None) -> str:
    """The subject of the sentence just before, when it can be the owner a pronoun opening this one stands for:
    "The KDF called the strike ... // Its contract expired" → "KDF"; "Cassaria defaulted ... // Its previous
    attempt failed" → "Cassaria" (a name the finder did not know); "The 19-day strike was the longest ... // It
    peaked in clashes" → "19-day strike" (kinds "thing": a lower-case noun phrase, when no name opens it)."""
    text = ctx.prev_text if text is None else text
    mentions = ctx.prev_mentions if mentions is None else mentions
    m = _PREV_SUBJECT.match(text or "")
    if not m:
        return ""
    np = m.group("np")
    named = [x for x in mentions if m.start("np") <= x.start < m.end("np") and x.noun]
    if named:
        x = named[0]
        ok = x.type in kinds or x.kind == "place" and "country" in kinds
        return x.short if ok and x.end >= m.end("np") - 1 else ""
    words = np.split()
    if words[0].lower() == "the":
        words = words[1:]
    if not words or words[0].lower() in _NOT_ANTECEDENT:
        return ""
    # a thing only when that sentence tells what it was ("The strike was the longest ..."): after "The cabinet
    # approved the bill. // It would ...", "it" is the bill as likely as the cabinet.
    if "thing" in kinds and all(w[:1].islower() or w[:1].isdigit() for w in words) and \
            not words[-1].endswith("s") and not headlines._is_verb_start(words[-1]) and \
            re.match(r"\s*(?:is|was|had\s+been|has\s+been)\b", text[m.end("np"):]):
        return " ".join(words)
    if "organisation" in kinds and len(words) <= 3 and all(w[:1].isupper() for w in words) and \
            words[0].lower() not in ("he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "a", "an"):
        return " ".join(words)
    return ""


def _stands_for(x: Mention, kinds: tuple) -> bool:
    # A person's short name in capitals is an initialism misread as a name; an organisation's is its name
    # ("NATO", "KKR"), unless it is a news agency, the source of the story rather than a party to it.
    if not x.short.isupper():
        return True
    return kinds == ("organisation",) and not re.fullmatch(headlines._AGENCY, x.short)


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
    inner = re.search(r"\s(its|their)\s+(?=[a-z])", words) if not m else None
    if inner:
        # "87% of its members backed the strike": a possessive inside the subject stands for the organisation the
        # sentence named before the clause (the clause's own "its debt", after the verb, stays).
        cut = headlines.verb_index(words.split())
        owners = [x for x in mentions if x.kind == "actor" and x.end <= a and x.type in ("organisation", "country")]
        if cut is not None and len(words[:inner.start()].split()) < cut and owners:
            return f"{words[:inner.start(1)]}{owners[-1].short}'s {words[inner.end():]}", owners[-1].slug
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
    if not before and ctx is not None and pron in ("its", "their") and re.match(rf"\s*{pron}\b", text, re.I):
        # "The KDF called the strike. // Its contract ... expired": the subject of the sentence just before.
        owner = _prev_subject(ctx, kinds)
        if owner:
            slug = next((x.slug for x in ctx.prev_mentions if x.short == owner and x.kind == "actor"), "")
            return f"{owner}'s {words[m.end():]}", slug
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
                title = headlines.says(f"{told.group(1)}: {claim}", text).replace(f"{told.group(1)} says ",
                                                                                  f"{told.group(1)} tells {who} ", 1)
            else:
                title = f"{told.group(1)}: {claim}"
    title = headlines.says(title, text)                    # "Beric: Vote would be held" → "Beric says vote will be held"
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
    if by and not headlines.has_verb(by.group(1).split()) and not re.match(r"(?:the|a|an)\b", by.group(1), re.I) and \
            not re.match(_DAY_WORD + r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|Christmas|Easter",
                         by.group(3)):
        thing = by.group(1).strip()
        thing = thing if re.match(r"[A-Z]{2}|[\d]|(?:[A-Z][a-z]+\.?\s+\d)", thing) else thing[:1].lower() + thing[1:]
        title = f"{by.group(3)} {headlines.third_person(headlines.base_form(by.group(2)))} {thing}"
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
