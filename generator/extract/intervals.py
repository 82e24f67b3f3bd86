"""A happening dated from another: "a day after lawmakers toppled the government", "two days before the vote on
March 15", "which collapsed two days later" - the count from the date of the clause it hangs on.
"""
from __future__ import annotations

import datetime as dt
import re

from . import headlines
from . import timex as _timex
from .entities import Mention
from .sentences import Sentence
from .units import _Ctx, _Unit
from .clauses import _ING_NOUNS, _boundaries, _clause_info, _subject_span
from .dating import _ACT_NOUNS, _DATE_VALUE, _NAMED_NOUNS, _attributive, _count_from, _dateline_date, _day_value, _own
from .happenings import _clause_unit, _named_event_unit


# ----------------------------------------------------------------------- a happening dated from another
# "dissolved parliament on Friday, a day after lawmakers toppled the government": the toppling is the day before
# the dissolving. "the day after", "a day after", "two days before", "three weeks after", "a month after".
_INTERVAL_AFTER = re.compile(r"\s+(?P<rel>after|before)\s+")
_THE_DAY = re.compile(r"(?<![\w-])(?:on\s+)?the\s+day\s+(?=(?:after|before)\s)", re.I)
_ROUGHLY = re.compile(r"\b(?:some|about|around|nearly|almost|roughly|less|more|over|under|fewer|approximately|"
                      r"several|few|couple|many|within|barely)\b", re.I)
_NOMINAL_HAPPENING = re.compile(r"(?:the|its|their|his|her|[A-Z][\w-]*['\u2019]s)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" +
                                _ACT_NOUNS + "|" + _NAMED_NOUNS + r")")
# How far a rough count may lie from its number, in its own units: "nearly three weeks" is a little under three.
# ("about", "some" may lie on either side of it: left undated, as a count that cannot be sure.)
_ROUGH_RANGE = {"nearly": (-1, 0), "almost": (-1, 0)}


def _count_range(value: str, sign: int, n, per: str) -> str:
    """_count_from for an exact count; for a rough one (a range (lo, hi)) the month when both ends lie in it."""
    if isinstance(n, int):
        return _count_from(value, sign, n, per)
    a, b = (_count_from(value, sign, k, per) for k in n)
    return a[:7] if a and b and len(a) == 10 and a[:7] == b[:7] else ""


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
        if t.type != "DURATION" or not m or not unit_m or re.search(r"\b(?:than|over|under|within|for)\s+$",
                                                                    text[:t.start], re.I):
            continue
        n = int(unit_m.group(1))
        rough = _ROUGHLY.search(t.text) or re.search(r"\b(?:some|about|around|nearly|almost|roughly)\s+$", text[:t.start], re.I)
        if rough:
            # "nearly three weeks after": somewhere in a range of days, dated only when all of it lies in one month
            word = rough.group().split()[0].lower()
            if word not in _ROUGH_RANGE or unit_m.group(2) not in "DW":
                continue
            lo_n, hi_n = _ROUGH_RANGE[word]
            spans.append((t.start, m.end(), m.group("rel").lower(), (n + lo_n, n + hi_n), unit_m.group(2)))
            continue
        spans.append((t.start, m.end(), m.group("rel").lower(), n, unit_m.group(2)))
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
            date = _count_range(value, 1 if rel == "after" else -1, n, per)
            if not date or pub is not None and date > pub.isoformat()[:len(date)]:
                continue
            span = (info["a"], e0)
            unit_info = {"kind": "main", "subj": None, "holes": info["holes"]}
            anchor_text, anchor_value = y.text, value
        else:
            words = list(re.finditer(r"[\w'\u2019-]+", text[c0:c1]))
            verb = next((i for i, w in enumerate(words) if i and w.group().islower()
                         and (headlines.is_past(w.group()) or w.group() == "had")), None)
            # "resigned on Thursday, a day after losing a confidence vote": the gerund's subject is the clause's
            ger = bool(words) and re.fullmatch(r"[a-z]{2,}ing", words[0].group()) and words[0].group() not in _ING_NOUNS
            # "in 2022, a year after its previous default": a happening named by its noun, dated by the count too
            nominal = None if ger or verb is not None else _NOMINAL_HAPPENING.fullmatch(text[c0:c1].strip())
            if not ger and not nominal and (verb is None or words[0].group().lower() in headlines._PREPOSITIONS or
                                            any(w.group().islower() and headlines._is_verb_start(w.group())
                                                for w in words[:verb])):
                continue               # no clause of its own: "a day after the talks in Geneva"
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
                # "met Oduya the same day, her ministry said, five days after she called off ...": an attribution set
                # off by commas stands between the day and the count, which still counts from that day
                between = re.sub(r"^,\s+(?:[\w'\u2019-]+\s+){1,5}?(?:said|says|told\s+\w+|reported),\s*$", ", ", text[x.end:s0])
                if info["kind"] in ("main", "coord", "sub") and not _SIDE_OPENER.search(between) and \
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
            date = _count_range(value, -1 if rel == "after" else 1, n, per)
            if not date or pub is not None and (value[:len(date)] > pub.isoformat()[:len(date)]
                                                or date > pub.isoformat()[:len(date)]):
                continue               # a past verb for a day still ahead: the reading is unsure
            span = (c0, c1)
            unit_info = {"kind": "ger" if ger else "sub", "subj": subj, "holes": []}
            anchor_text, anchor_value = anchor.text, value
        later = (rel == "after") == bool(inside)
        if isinstance(n, int):
            noun = {"D": "day", "W": "week", "M": "month", "Y": "year"}[per] + ("s" if n > 1 else "")
            basis = (f"{n} {noun} {'after' if later else 'before'} '{anchor_text}' ({anchor_value}), counted as "
                     f"'{phrase}' says")
        else:
            basis = f"'{phrase}' '{anchor_text}' ({anchor_value}): a rough count, all of whose range lies in {date}"
        t = _timex.Timex(s0, c0, text[s0:c0], "DATE", date, basis, "")
        if not inside and nominal:
            for unit in _named_event_unit(ctx, p_no, sent, text, t, mentions, (c0, c0 + len(text[c0:c1].rstrip()))):
                unit.clause, unit.date_text = "interval", phrase
                units.append(unit)
            continue
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
        if not (word.islower() and headlines._is_verb_start(word)):
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
