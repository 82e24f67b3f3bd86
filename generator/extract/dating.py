"""Which dates date a happening: the timexes of a paragraph and their anchors (dateline, the narrative's day, the
day of a saying), the dates that name, bound or modify something else (possessive and attributive dates,
deadlines, "in 2016 and 2019"), a date's precision, and `_set_date`, which gives a unit its date, date_text
and date_basis (or the reason it has none).
"""
from __future__ import annotations

import datetime as dt
import re

from . import headlines
from . import status as _status
from . import timex as _timex
from .sentences import is_caption
from .timex import tag as _tag
from .units import _Ctx, _Unit
from .titles import _PREP, _possessive
from .clauses import _ADVERBS, _AUX, _clause_info, _reduced_relative


_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_EVENT_NOUNS = ("meeting|meetings|talks|summit|consultations|session|vote|election|conference|visit|ceremony|"
                "hearing|trial|rally|negotiations|discussion|discussions|round|debate|referendum|launch|"
                "deadline|signing|funeral|match|game|strike|protest|march|festival|release|presentation")

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
                     r"could|may|might|should|must|can|shall|"      # "warned that rivers could crest on Thursday": ahead
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


_CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
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
    verbs = [i for i, w in enumerate(words) if w.islower() and headlines._is_verb_start(w)
             # "The 20 freed soldiers arrived ...": a participle between a determiner or number and its noun
             and not (i and i + 1 < len(words) and (words[i - 1].lower() in _ADJ_BEFORE or
                                                    re.fullmatch(r"\d[\d,.]*", words[i - 1]))
                      # "the missed November coupon": a month or weekday naming which coupon is no verb either
                      and (words[i + 1].islower() or words[i + 1].lower() in _CALENDAR_WORDS)
                      and not headlines._is_verb_start(words[i + 1])
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
    return (headlines.is_past(words[last]) or words[last] in headlines._PARTICIPLES) and before not in _AUX \
        and not before.endswith("ly") and words[last - 1][:1].islower() and last - 1 not in verbs


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


def _precision(t) -> tuple:
    value = _day_value(t)
    return (bool(_DATE_VALUE.match(value)), len(value) if _DATE_VALUE.match(value) else 0, -t.start)


def _blank(text: str, holes: list) -> str:
    for h0, h1 in holes:
        text = text[:h0] + " " * (h1 - h0) + text[h1:]
    return text


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
              "storming|sinking|boarding|detention|expulsion|withdrawal|massacre|default|earthquake|quake")
_ATTRIBUTIVE_ACT = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:" + _ACT_NOUNS + r")\b(?:\s+of\s+(?:the\s+|an?\s+)?"
                              r"(?:[\w-]+\s+){0,2}?[\w-]+(?=[,;.]|\s+(?:was|were|is|are|has|had|by|in|on|at|and|but)\b|$))?")
_POSSESSIVE_ACT = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+)?(?:" + _ACT_NOUNS + r")\b(?:\s+of\s+(?:the\s+|an?\s+)?"
                             r"(?:[\w-]+\s+){0,2}?[\w-]+(?=[,;.]|\s+(?:was|were|is|are|has|had|by|in|on|at|and|but)\b|$))?")


def _possessive_act(text: str, t) -> tuple[int, int] | None:
    """"Yesterday's seizure was the first since ...", "since Monday's seizure": the possessive date dates the act it
    names, whatever the clause says of it (a state, a count since then)."""
    m = _POSSESSIVE_ACT.match(text[t.end:])
    return (t.start, t.end + m.end()) if m else None


# "since" and a happening named by a noun, dated after it: "the first talks since another meeting in March", "their
# lowest since the default last Thursday".
_SINCE_NAMED = re.compile(r"\bsince\s+(?P<np>(?:an?|the|another|its|their|his|her|last\s+year's|[A-Z][\w-]*['\u2019]s)\s+"
                          r"[^,;]{1,60}?)\s+(?:(?:in|on|at|of)\s+(?:(?:early|late|mid)[-\s]+)?)$", re.I)
# ... and one dated by a bare "last Thursday" after it: "their lowest since the default last Thursday"
_SINCE_BARE = re.compile(_SINCE_NAMED.pattern.replace(r"\s+(?:(?:in|on|at|of)\s+(?:(?:early|late|mid)[-\s]+)?)$", r"\s+$"), re.I)
# A clause set before the main one that happened first: "After the talks collapsed on Friday, ...", "Since the
# ceasefire began on January 19, 16 hostages have been freed" (the freeing is counted from that day, not on it).
_FRONTED_CLAUSE = re.compile(r"\s*(?:After|Once|Following|Since)\s+(?P<c>(?:the|a|an|its|their|his|her|[A-Z][\w'-]*)\s[^,;]*)$")


def _attributive_gathering(text: str, t) -> tuple[int, int] | None:
    """"began hearing the challenge to the Dec. 19 presidential runoff on Tuesday": a day naming which gathering is
    meant ("the Dec. 19 runoff", "the March 10 election") is that gathering's, when its clause has a day of its own."""
    if not _attributive(text, t) or len(_day_value(t)) != 10:
        return None
    m = re.match(r"\s+(?:[a-z][\w-]*\s+)?(" + _NAMED_NOUNS + r")\b", text[t.end:])
    if m and _HELD_NOUNS.match(m.group(1)):
        return t.start, t.end + m.end()
    # "published its report into the Sept. 22 crash of a Marrenair jet on Tuesday": a day naming which act is meant
    act = _ATTRIBUTIVE_ACT.match(text, t.end)
    return (t.start, act.end()) if act else None


def _attributive_act(text: str, t) -> tuple[int, int] | None:
    """"since the grace period on the missed November coupon expired on Dec. 14": a date between a participle and its
    noun names when that was done (the coupon missed in November), when its clause has a date of its own."""
    before = re.search(r"\bthe\s+([a-z]+ed)\s+$", text[:t.start])
    after = re.match(r"\s+[a-z][\w-]*\b", text[t.end:])
    if not before or not after or not headlines.is_past(before.group(1)) or before.group(1) in _STANDING_PARTICIPLES:
        return None
    return before.start(1), t.end + after.end()


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
    """"are to leave the city by Dec. 20", "must sign by Friday", "is to vote by the end of January", "have given
    Cassaria until Friday to improve its offer": a day after the publication date (or a month not yet over) that bounds
    what is to be done; never a year or a vaguer bound ("cut 800 jobs by the end of the year")."""
    pub = ctx.article.published
    if pub is None:
        return False
    # a day still ahead, or a month not yet over ("is expected to deliver it by the end of December" on Dec. 20)
    day = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)) and t.value > pub.isoformat()
    month = bool(re.fullmatch(r"\d{4}-\d{2}", t.value)) and t.value >= pub.isoformat()[:7]
    if not day and not month:
        return False
    before = text[lo:t.start]
    if re.search(r"\b(?:given|gave|give|gives|giving|granted|grants?)\s+(?:[\w'\u2019-]+\s+){1,4}?until\s+"
                 r"(?:(?:early|late|mid)[-\s]+|the\s+(?:end|middle)\s+of\s+)?$", before, re.I) or \
            re.search(r"\b(?:would|will|could|is\s+expected\s+to|are\s+expected\s+to)\s+(?:take|last)\s+until\s+"
                      r"(?:(?:early|late|mid)[-\s]+|the\s+(?:end|middle)\s+of\s+)?$", before, re.I):
        return True                    # "have given Cassaria until Friday to improve its offer", "would take until mid-January"
    if not re.search(r"\bby\s+(?:(?:early|late|mid)[-\s]+|the\s+(?:end|middle)\s+of\s+)?$", before):
        return False
    return bool(re.search(r"\b(?:(?:is|are)\s+(?:due\s+|expected\s+)?to|must|has\s+to|have\s+to|will|would|shall|should|deadline|"
                          r"expects?|expected|due|"                 # "said it expected results by the end of the month", "now due by Jan. 12"
                          r"(?:was|were)\s+(?:told|ordered|given\s+until)\s+to|"
                          # "ordered the board to hand over the boxes by Friday": the order's deadline
                          # "asked the World Bank for a full assessment by mid-January": a request's deadline
                          r"(?:ordered|instructed|directed|required|told|asked|requested)\s+(?:[\w'\u2019-]+\s+){1,5}?(?:to|for))\s+(?:\w+\s+){0,8}?[^,;]*$",
                          before, re.I))


def _when_clause(text: str, t, when, hi: int, by_clause: dict) -> None:
    """"The last time civilians could leave was in March 2024, when 2,000 people were taken out": a date its own
    clause does not take still dates the when-clause after it, which happened then."""
    w0 = t.end + when.end()
    info = _clause_info(text, w0, w0, w0, hi)
    info["date_words"] = t
    by_clause.setdefault((info["a"], info["b"]), []).append((t, info))


# ", while in Lindvik the lender held talks of its own": "while", a place it may name first, then the clause.
_WHILE = re.compile(r",\s+while\s+(?:(?:in|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,?\s+)?")
_NOT_NOW = {"had", "has", "have", "is", "are", "was", "were", "would", "could", "might", "should", "will", "used"}


def _while_clause(text: str, t, info: dict, own, hi: int, by_clause: dict) -> None:
    """"The sides opened talks in London on Monday, while in Lindvik the lender held talks with the IMF": a
    while-clause with a subject and a simple past verb of its own, and no date of its own, happened at the same time
    as the dated clause before it. Not "while X had long ..." or "while X was ..." (a contrast, a state)."""
    # right after the clause, right after its date (no clause boundary is seen before "while in <Place>"), or after
    # an aside on the same clause ("..., nearly three weeks after the meeting was put off, while ...")
    later = _WHILE.search(text, t.end, hi)
    aside = later is not None and not re.search(r";|,\s+(?:and|but|or)\s|\b(?:said|says|told)\b",
                                                  text[t.end:later.start()])
    at = next((p for p in (info["b"], t.end) if _WHILE.match(text[p:hi])), later.start() if aside else None)
    if at is None:
        return
    w0 = at + _WHILE.match(text[at:hi]).end()
    w = _clause_info(text, w0, w0, w0, hi)
    if any(w0 <= x.start < max(w["b"], hi) for x in own):
        return                         # a date of its own dates it (and is placed by its own clause)
    words = re.findall(r"[\w'-]+", text[w0:w["b"]])[:8]
    verb = next((i for i, x in enumerate(words) if i and x.islower() and
                 (headlines.is_past(x) or x in _NOT_NOW or x.endswith("ly"))), None)
    if verb is None or words[verb] in _NOT_NOW or not headlines.is_past(words[verb]) or \
            words[0].lower() in headlines._PREPOSITIONS:
        return
    w["date_words"] = t
    by_clause.setdefault((w["a"], w["b"]), []).append((t, w))


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


def _attributive_year(text: str, t) -> str:
    """"convicted of a 2015 bomb attack in Velgrad", "the 2014 ceasefire": a past year naming a happening; the
    happening's verb ("carried out", "held", "signed"), "" when the year names nothing of the kind."""
    if not re.fullmatch(r"\d{4}", t.value) or not re.fullmatch(r"\d{4}", t.text) or \
            not re.search(r"(?:\b(?:a|an|the|its|their)|\w['\u2019]s|\ws['\u2019])\s+$", text[:t.start], re.I):
        # "the two countries' 1994 transit treaty": an owner's year names the happening as a determiner's does
        return ""
    m = re.match(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?(?:\s+([a-z][\w-]*))?", text[t.end:])
    return next((_YEAR_NOUNS[w] for w in (m.groups() if m else ()) if w in _YEAR_NOUNS), "")


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
    month = _week_month(value)
    if month:
        unit.date, unit.state = month, "dated"
        unit.date_basis = f"'{t.text}' is the week {value}, all of it in {_MONTHS[int(month[5:])]} {month[:4]}"
    elif _DATE_VALUE.match(value):
        unit.date, unit.date_basis, unit.state = value, t.basis or "explicit date", "dated"
    else:
        unit.date, unit.date_basis, unit.state = "", _undated_reason(t), "undated"


def _week_month(value: str) -> str:
    """The month of a week ("2034-W46") or its weekend ("2034-W46-WE") when all its days lie in that month: "last
    week's ballot" happened in November when the whole week was November's; "" when the week spans two months."""
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if not m:
        return ""
    try:
        first = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if m.group(3) else 1)
    except ValueError:
        return ""
    last = first + dt.timedelta(days=1 if m.group(3) else 6)
    return first.isoformat()[:7] if first.month == last.month else ""


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


_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
