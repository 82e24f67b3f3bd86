"""A count since a day ("have counted 3,000 ballots since Nov. 9", "Since Sunday, 3,400 people have left"): the start
it dates, and the action nouns ("registration", "bus transfer") its title is made of.
"""
from __future__ import annotations

import re

from . import headlines
from .clauses import _clause_info
from .dating import _week_month


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
# "the port authority said it had taken no new bookings since Monday morning": nothing done since a day says the doing
# stopped that day ("Port authority stops taking new bookings"); a pronoun after "said" is the speaker.
_SINCE_NONE = re.compile(r"(?P<subj>[^,;]+?)(?:\s+(?:said|says|reported|added)\s+(?:that\s+)?(?:it|they))?\s+(?:have|has|had)\s+"
                         r"(?:(?:\w+ly|now|so\s+far|already)\s+)?(?P<verb>[a-z]+ed|[a-z]+en|" + _SINCE_IRREGULAR + r")\s+"
                         r"no\s+(?P<obj>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+since\s+(?:(?:early|late)\s+)?$")
# ... and a doing with no count, since a recent day or week: "Supermarkets have reported shortages of fruit since the weekend"
_SINCE_PLAIN = re.compile(r"(?P<subj>[^,;]+?)\s+(?:have|has)\s+(?:(?:\w+ly|now|also|repeatedly)\s+)?(?P<verb>[a-z]+ed)\s+"
                          r"(?P<obj>(?!(?:to|in|on|at|for|by|with|from|since)\b)[a-z][^,;]{2,70}?)\s+since\s+$")
# perfects that tell how things stand, not a doing that began: "has led the party since 2020", "have stayed home since"
_STATE_VERBS = {"been", "had", "led", "lived", "stayed", "remained", "served", "kept", "controlled", "ruled", "worked",
                "waited", "owned", "held", "known", "wanted", "needed", "hoped", "seemed", "belonged", "existed"}
_SINCE_REDUCED = re.compile(r"\b" + _COUNT + r"\s+(?P<obj>[a-z][\w-]*)\s+(?P<verb>[a-z]+ed)\s+since\s+(?:(?:early|late)\s+)?$")
# the count before what is counted: "3,000 ballots" → "ballots"
_COUNT_HEAD = re.compile(r"^.*?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+")

_E_BASES = {b for b in headlines._IRREGULAR.values() if b.endswith("e")} | {
    "seize", "capture", "invade", "evacuate", "negotiate", "retire", "resume", "raise", "close", "announce",
    "produce", "reduce", "introduce", "force", "face", "charge", "change", "secure", "declare", "release"}


def _ing_to_base(word: str) -> str:
    """"retaking" → "retake", "launching" → "launch", "stopping" → "stop"."""
    stem = headlines._ing_base(word)
    if not stem.endswith("e") and any((stem + "e").endswith(b) for b in _E_BASES if len(b) >= 4):
        return stem + "e"
    return stem


def _gerund(past: str) -> str:
    base = headlines.base_form(past)
    if re.search(r"([bdgmnprt])\1ed$", past) and not base.endswith(past[-3] * 2) or \
            re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", base):
        return base + base[-1] + "ing"                    # "stopped" → "stopping", "set" → "setting"
    return (base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing"


_ACTION_NOUNS = {"register": "registration", "deliver": "delivery", "distribute": "distribution", "deport": "deportation",
                 "install": "installation", "produce": "production", "destroy": "destruction", "remove": "removal",
                 "recover": "recovery", "demolish": "demolition", "administer": "administration"}
_TRANSPORT = {"bus": "bus", "buss": "bus", "ferry": "boat", "airlift": "air", "fly": "air", "truck": "truck", "ship": "sea"}

# Participles that leave people or things stuck somewhere: the start is when they became so, no "Stranding ... began".
_STRANDED = {"strand", "trap", "maroon", "stick", "block", "hold up", "hold"}

_SAME_NOUN = {"exchange", "release", "transfer", "swap", "return", "handover", "airlift", "vote", "count", "visit"}


def _action_noun(verb: str) -> str:
    """The noun English names a verb's happening with: "exchanged" → "exchange", "evacuated" → "evacuation",
    "collected" → "collection"; "" when there is none the rules know."""
    base = headlines.base_form(verb)
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


def _passive_start_title(verb: str, things: str, rest: str = "") -> str:
    """"9,000 voters have been registered since May 2" → "Registration of voters began": the action noun when
    English has one ("-ate" → "-ation", "-ect" → "-ection", a few others), else the gerund ("Counting of ballots");
    people moved by a vehicle ("have been bused out of the town of Lenk") → "People began leaving Lenk by bus"."""
    base = headlines.base_form(verb)
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
    if not noun and base in _STRANDED:
        # "3,000 trucks have been stranded at the border since last week" → "Trucks stranded at the border"
        return f"{things[:1].upper() + things[1:]} were {verb}{rest or ''}"
    return f"{(noun or _gerund(verb)).capitalize()} of {things} began"


def _day_value_of(t) -> str:
    return t.value.split("T")[0]


def _counted_since(text: str, t, lo: int, hi: int) -> dict | None:
    """"Workers have counted 3,000 ballots since early Nov. 9": a count of things done since a day says when
    the doing began, a happening of that day ("Workers begin counting ballots"). A state or a process with no
    count ("Rain has fallen since Saturday", "has led the party since 2020") dates nothing, nor does a year."""
    # a day, or a week that lies in one month ("since last week": the start, in that month)
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", t.value.split("T")[0]) and not _week_month(t.value):
        return None
    since = re.search(r"\s+since\s+(?:(?:early|late)\s+)?$", text[lo:t.start])
    if not since:
        return _counted_since_fronted(text, t, lo, hi)
    # "the grounding of the fleet, in force since Sept. 24, would stay": the noun's measure took effect that day;
    # "the gate, shut since Dec. 10, will open": a state since a day says it was brought about that day
    for pattern, done in ((_IN_FORCE_SINCE, lambda m: "takes effect"), (_SHUT_SINCE, lambda m: m.group("p").lower())):
        aside = pattern.search(text, lo, t.start)
        if aside and aside.end() == t.start:
            np = re.sub(r"^(?:the|a|an)\s+", "", aside.group("np"), flags=re.I)
            return {"a": aside.end("np"), "b": t.end, "kind": "part", "subj": (aside.start("np"), aside.end("np")),
                    "holes": [], "since_title": f"{np[:1].upper() + np[1:]} {done(aside)}", "aside": True}
    # "since" may open a clause of its own ("since Oct. 30"): the count is in the clause before it.
    k = lo + since.start()
    info = _clause_info(text, k, k, lo, hi)
    info["b"] = max(info["b"], t.end)
    # "Marrenair, which flies six of the jets, has cancelled 40 flights since Monday": the aside is no part of the count
    before, at = "", info["a"]
    for h0, h1 in sorted(info.get("holes") or []):
        if at <= h0 and h1 <= t.start:
            before, at = before + text[at:h0] + " ", h1
    before = re.sub(r"\s{2,}", " ", before + text[at:t.start])
    perfect, reduced = _SINCE_PERFECT.match(before), _SINCE_REDUCED.search(before)
    kept = _KEPT_SHUT.search(before)
    if kept:
        # "Tolmeria has kept the crossing closed since Wednesday", "a crossing that Tolmeria has kept closed since
        # Wednesday": a state someone keeps up since a day was brought about by them that day
        obj = (kept.group("obj") or kept.group("head") or "").strip()
        if obj:
            obj = re.sub(r"^(?:the|a|an)\s+", "", obj, flags=re.I)
            subj = re.sub(r"^(?:the)\s+", "", kept.group("subj"), flags=re.I)
            return {**info, "since_title": f"{subj[:1].upper() + subj[1:]} {_SHUT_PRESENT[kept.group('p')]} {obj}"}
    none = _SINCE_NONE.match(before)
    if none and none.group("verb") not in ("been", "had") and not _TOLL_VERB.match(none.group("verb")) and \
            not re.search(r"\b(?:he|she|it|they|we|i|you)$", none.group("subj"), re.I):
        return {**info, "since_title": f"{none.group('subj')} stopped {_gerund(none.group('verb'))} {none.group('obj')}"}
    counted = _SINCE_SUBJECT.match(before)
    plain = _SINCE_PLAIN.match(before) if len(_day_value_of(t)) == 10 or _week_month(t.value) else None
    if plain and not (perfect or counted or reduced) and not _TOLL_VERB.match(plain.group("verb")) and \
            plain.group("verb") not in _STATE_VERBS and not re.search(r"[\d%$]", plain.group("obj")) and \
            not re.search(r"\b(?:he|she|it|they|we|i|you)$", plain.group("subj"), re.I):
        # "Supermarkets have reported shortages since the weekend": what has gone on since then began then
        return {**info, "since_title": f"{plain.group('subj')} began {_gerund(plain.group('verb'))} {plain.group('obj')}"}
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


# A noun phrase set off by commas, then what it has been since a day: "The curfew, in place since Monday,",
# "The gate, shut since Dec. 10,".
_ASIDE = r"\b(?P<np>(?:the|a|an|its|their)\s+[^,;:\"\u201c]{2,70}?),\s+(?:which\s+has\s+been\s+|(?:still\s+)?)"
_SINCE_DAY = r"\s+since\s+(?:(?:early|late)\s+)?"
_IN_FORCE_SINCE = re.compile(_ASIDE + r"in\s+(?:force|place|effect)" + _SINCE_DAY, re.I)
_SHUT_SINCE = re.compile(_ASIDE + r"(?P<p>closed|shut|suspended|sealed|halted|blocked|banned|barred|frozen)" + _SINCE_DAY,
                         re.I)

# "has kept the crossing closed since", "a crossing that Tolmeria has kept closed since": who shut it, and what.
_KEPT_SHUT = re.compile(r"(?:(?P<head>(?:the|a|an|its|their)\s+[\w\s-]{1,40}?)\s+(?:that|which)\s+)?"
                        r"(?P<subj>(?:(?:the|its|their)\s+)?(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+)\s+(?:has|have|had)\s+kept\s+"
                        r"(?P<obj>(?:[\w'\u2019-]+\s+){1,5}?)?(?P<p>closed|shut|sealed|suspended|halted|blocked|frozen)\s+"
                        r"since\s+(?:(?:early|late)\s+)?$")
_SHUT_PRESENT = {"closed": "closes", "shut": "shuts", "sealed": "seals", "suspended": "suspends", "halted": "halts",
                 "blocked": "blocks", "frozen": "freezes"}

# "200 people have been killed since Oct. 1": a toll counted from a day, not a start.
_TOLL_VERB = re.compile(r"(?:kill|injur|wound|hurt|arrest|detain|di|displac|los|lost|jail|sentenc|execut)(?:ed|en)?$")
