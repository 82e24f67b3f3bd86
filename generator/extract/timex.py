"""Rule-based temporal expression (TIMEX3) tagger for English news text.

`tag(text, dct)` finds dates, times, durations and sets and normalises them against the
publication date `dct` (document creation time).  Without a `dct`, relative expressions are
still found but keep X placeholders ("XXXX-XX-XX", "XXXX-11") and an empty basis: we never
resolve against today's date.

Design: a list of regex rules produces candidate spans; overlapping candidates are resolved
longest-first; survivors are normalised in text order by small handler functions.  Direction
of underspecified expressions (weekdays, months without a year) comes from the tense of the
surrounding clause (see `_tense`).
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta, MO, TU, WE, TH, FR, SA, SU

from . import status as _status

__all__ = ["Timex", "tag"]


@dataclass(frozen=True)
class Timex:
    start: int      # char offset into text
    end: int        # exclusive
    text: str       # text[start:end]
    type: str       # "DATE" | "TIME" | "DURATION" | "SET"
    value: str      # TIMEX3 value
    basis: str = ""  # plain-English explanation of how the value was derived ("" if unresolved)
    mod: str = ""   # optional TIMEX3 mod (START/MID/END/APPROX/...)


# ----------------------------------------------------------------------------- vocabulary
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_WD_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_RD_WD = [MO, TU, WE, TH, FR, SA, SU]

_ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "last": 4, "final": 4}

_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}

# ----------------------------------------------------------------------------- regex pieces
_MON = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
        r"|Jan|Feb|Aug|Sept|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER"
        r"|OCTOBER|NOVEMBER|DECEMBER)(?![A-Za-z])")
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
_DAYNUM = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)(?!:\d)(?!\.\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])"
_NUMW1 = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
          r"|eighty|ninety|hundred|thousand)")
_NUMW = rf"(?:{_NUMW1}(?:[- ]{_NUMW1}){{0,3}})"
_NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+1/2|\s+and\s+a\s+half)?|{_NUMW}(?:\s+and\s+a\s+half)?|a|an|a\s+few|few|several"
        r"|a\s+couple\s+of|couple\s+of|a\s+couple|many|some|a\s+number\s+of|a\s+dozen|dozens\s+of"
        r"|a\s+hundred|hundreds\s+of|thousands\s+of)")
_UNIT = (r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|years?|decades?|century|centuries"
         r"|quarters?|nights?|sessions?|semesters?)(?![a-z])")
# words that TimeBank keeps inside a duration's span ("nearly two years", "at least 30 days");
# "about", "over", "within", "just" usually stay outside
_APPROX = (r"(?:(?:around|approximately|roughly|nearly|some|more\s+than|less\s+than|fewer\s+than"
           r"|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than"
           r"|another|an\s+additional|the\s+last|the\s+past|the\s+next|the\s+first"
           r"|the\s+final|the\s+previous|the\s+following|the\s+coming|the\s+latest|the\s+same|past|last|next"
           r"|first|the|these|those|those\s+first)\s+)")
_DMOD = r"(?:(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|middle|end|beginning|start)(?:-|\s+|\s+of\s+(?:the\s+)?)|mid-|)"

_TZ = (r"(?:\s*\(?(?:(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|ET|PT)"
       r"(?![A-Za-z])|local\s+time|(?-i:[A-Z][a-z]+)\s+time(?![a-z]))\)?)?")

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z']*")


def _num_value(s: str) -> float | None:
    """'two' -> 2, 'twenty four' -> 24, '2 1/2' -> 2.5, 'a' -> 1; vague -> None."""
    s = s.lower().strip()
    half = 0.0
    for suf in (" 1/2", " and a half"):
        if s.endswith(suf):
            s = s[: -len(suf)].strip()
            half = 0.5
    s = re.sub(r"\s+", " ", s)
    if s in ("a", "an", "one"):
        return 1 + half
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s) + half
    if s in ("a couple of", "couple of", "a couple"):
        return 2
    if s == "a dozen":
        return 12
    if s == "a hundred":
        return 100
    total, cur = 0, 0
    parts = re.split(r"[- ]", s)
    ok = False
    for p in parts:
        if p in _ONES:
            cur += _ONES[p]; ok = True
        elif p in _TENS:
            cur += _TENS[p]; ok = True
        elif p == "hundred":
            cur = max(cur, 1) * 100; ok = True
        elif p == "thousand":
            total += max(cur, 1) * 1000; cur = 0; ok = True
        else:
            return None
    return (total + cur + half) if ok else None


def _fmt_num(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


# ----------------------------------------------------------------------------- tense
_PAST_IRREG = set("""said was were had did told made went came took gave met left held won lost began saw
got sent spent sold bought fell rose paid found knew thought brought ran became broke spoke wrote led struck
fought flew drove stood sat kept felt heard meant grew threw drew chose wore ate fled sought taught caught
arrived killed hit quit ago earlier previously yesterday last began shot built sank slid swung stole
bought dropped tore rode hid froze woke withdrew overthrew undertook overtook sprang sang rang swore wept slept
dealt lent dug spun stuck swept shook blew forbade arose awoke strode vowed lit beat cut shut spread upset""".split())
# forms that are also the base/present form: "to beat", "will hit", "a cut" carry no past tense
_PAST_EQ_BASE = {"hit", "quit", "beat", "cut", "shut", "spread", "upset", "set", "put", "let", "cost", "hurt"}
_BASE_BEFORE = {"to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "not",
                "cannot", "did", "does", "do", "didn't", "doesn't", "don't", "t", "never", "getting", "got", "gotten"}
_NOT_PAST_ED = set("""need needed_ feed speed indeed red bed hundred seed shed bleed breed proceed succeed exceed
united limited based proposed scheduled expected planned supposed slated due used led interested concerned
detailed advanced qualified experienced related armed""".split())
_FUTURE_WORDS = set("""will 'll shall scheduled slated expected planned plans plan plans due upcoming
next tomorrow supposed intends intend aims hopes going set""".split())
_DETS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those",
         "some", "any", "all", "no", "each", "every", "such", "more", "most", "many", "much", "other", "another"}
_NOT_VERB_AFTER_TO = {"date", "be", "about", "around", "nearly", "almost", "him", "them", "us", "me", "it", "you",
                      "what", "where", "which", "who", "whom", "reporters", "police", "death", "power", "office",
                      "court", "prison", "jail", "war", "school", "work", "home", "market", "vote", "trial", "mr",
                      "mrs", "ms", "one", "two", "three", "four", "five", "ten", "hundreds", "thousands", "million",
                      "billion", "percent", "and", "or", "local", "federal", "state", "national", "foreign", "new",
                      "old", "last", "next", "early", "late", "between", "within", "from", "with", "without", "in",
                      "on", "at", "for", "by", "as", "than", "both", "either", "do"}
_USE_TO = True
_WOULD_STRONG = True
_MODAL_FUT = {"will", "shall", "'ll", "would", "wo", "won't"}
_PRESENT_BE = {"is", "are", "am", "'s", "'re"}
_SENT_BOUND = re.compile(r"[.!?][\"'`]*\s+(?=[\"'`(]*[A-Z])|\n\s*\n|;|:\s")
_ABBREV = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs",
           "ms", "dr", "st", "gen", "gov", "sen", "rep", "co", "corp", "inc", "ltd", "u.s", "u.n", "no", "jr",
           "lt", "col", "capt", "sgt", "prof", "vs", "a.m", "p.m", "e.g", "i.e", "ft", "mt", "rev"}


_ABBR_TAIL = re.compile(r"([A-Za-z.]+)$")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 300)
    left = lo
    for m in _SENT_BOUND.finditer(text, lo, start):
        if text[m.start()] == ".":
            w = _ABBR_TAIL.search(text[max(0, m.start() - 6):m.start()])
            if w and w.group(1).lower().strip(".") in _ABBREV:
                continue
        left = m.end()
    hi = min(len(text), end + 300)
    right = hi
    for m in _SENT_BOUND.finditer(text, end, hi):
        if text[m.start()] == ".":
            w = _ABBR_TAIL.search(text[max(0, m.start() - 6):m.start()])
            if w and w.group(1).lower().strip(".") in _ABBREV:
                continue
        right = m.start()
        break
    return left, right


def _word_tense(words: list[str], i: int, gap: bool = False) -> str:
    """Tense signalled by words[i] (with a little look-around), '' if none. `gap`: a comma or a number stands
    between words[i - 1] and words[i] ("The truce, signed in 2016, expires on Friday"), so the word before is
    not the one that makes a scheduling verb a noun."""
    w = words[i].lower()
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    nxt2 = words[i + 2].lower() if i + 2 < len(words) else ""
    if w in _MODAL_FUT:
        if w == "would" and not _WOULD_STRONG:
            return "future_weak"
        return "future"
    if w in ("planned", "forecast", "forecasted", "predicted", "projected", "tipped") and i > 0 \
            and words[i - 1].lower() in _PRESENT_BE:
        return "future"  # "a rally is planned for Saturday", "rain is forecast for Tuesday"
    if w in ("going", "due", "set", "expected", "scheduled", "slated", "supposed", "planning", "plans",
             "plan", "intends", "intend", "aims", "hopes", "hoping", "prepared", "preparing",
             "expects", "expect"):
        prev = words[i - 1].lower() if i > 0 else ""
        if prev in ("originally", "initially", "previously", "first"):
            return "past"  # "the vote, originally scheduled for Tuesday": a plan that was dropped
        if prev in ("been", "had"):
            return "past"  # "had been due to expire Friday"
        if prev in _PRESENT_BE and w in ("expected", "scheduled", "slated", "planned", "set", "due", "planning"):
            return "future"  # "a rally is planned for Saturday", "thousands are expected at ..."
        if prev in ("was", "were"):
            # "were planning to drive ... on Monday" looks ahead; "was expected to" says nothing sure
            return "future" if w in ("going", "planning", "preparing", "hoping") and nxt == "to" else ""
        if prev in _DETS:
            return ""  # a noun: "a plan to the Russians"
        if w == "due" and nxt == "in" and prev.isalpha() and prev not in ("now", "still", "also", "be", "not"):
            return ""  # after its noun it says when a payment falls, not that it lies ahead: "interest due in November"
        if nxt == "to" or w in ("scheduled", "slated", "due"):
            return "future"
        if w in ("plans", "plan", "expects", "expect") and nxt == "to":
            return "future"
        return ""
    if w in _PRESENT_BE and nxt == "to" and nxt2 not in ("", "be_"):
        return "future"
    if w in ("was", "were") and nxt2 == "to" and nxt in ("planning", "going", "supposed", "scheduled", "due",
                                                         "expected", "set", "slated", "preparing", "about"):
        return "future"
    if w in ("upcoming", "tomorrow"):
        return "future"
    if w in ("must", "should", "may", "might") and nxt not in ("have", "'ve", "") and \
            not (nxt == "not" and nxt2 == "have"):
        return "future_weak"  # "applications must be submitted by Friday", "results should be known Monday"
    if (w in ("takes", "take") and nxt in ("effect", "office", "place")) or \
            (w in ("comes", "come") and nxt == "into" and nxt2 in ("force", "effect")):
        w = "opens"  # "the law takes effect Saturday", "the vote takes place Sunday"
    if w in ("go", "goes") and nxt == "to" and nxt2 in ("the", "polls"):
        w = "votes"  # "voters go to the polls on Sunday"
    if w == "face" and not (nxt == "off" or words[i + 1][:1].isupper() if i + 1 < len(words) else False) and \
            not (nxt == "the" and i + 2 < len(words) and words[i + 2][:1].isupper()):
        w = "face_"  # "face charges", "face criticism": not a fixture ("the Chiefs face the Eagles")
    if w in _SCHED_VERBS:
        prev = words[i - 1].lower() if i > 0 and not gap else ""
        if prev in _NEG_AUX:
            # "did not meet on Monday", "could not leave Friday": the auxiliary carries the tense
            return "past" if prev in ("did", "didn't", "didn") else ""
        if w in ("close", "open") and (nxt in ("to", "") or prev in (
                "very", "too", "so", "as", "remain", "remains", "remained", "stay", "stays", "stayed", "is", "are",
                "was", "were", "be", "been", "keep", "kept", "left", "wide")):
            return ""  # the adjective: "close to", "remained open"
        if prev in _PAST_IRREG or (prev.endswith("ed") and len(prev) > 3 and prev not in _NOT_PAST_ED):
            return ""  # the object of a past verb: "suspended play in November", "halted the start"
        # after a preposition it is a noun: "with 288 votes needed" (the tokens skip the number)
        if prev not in _DETS and prev not in ("of", "in", "to_", "on", "with", "for", "from", "by", "at", "about",
                                              "over", "than", "into", "without", "against", "among"):
            # present tense of a scheduling verb: "The Senate votes Tuesday", "leaders meet Monday"
            return "future"
    if w == "last" and i > 0 and words[i - 1].lower() in ("to", "will", "would", "could", "may", "might", "should",
                                                          "must", "can", "'ll", "not"):
        return ""  # the verb: "is forecast to last through Wednesday"
    if w in _PAST_IRREG:
        if i > 0 and words[i - 1].lower() in ("be", "been", "being", "is", "are", "am", "get", "gets"):
            return ""  # passive participle: "will be held", "has been set"
        if w in _PAST_EQ_BASE and i > 0 and (words[i - 1].lower() in _BASE_BEFORE or words[i - 1].lower() in _DETS):
            return ""  # "expected to hit the coast", "hopes to beat", "a rate cut": no past tense here
        return "past"
    if w.endswith("ed") and len(w) > 3 and w not in _NOT_PAST_ED:
        prev = words[i - 1].lower() if i > 0 else ""
        prev2 = words[i - 2].lower() if i > 1 else ""
        if prev.endswith("ly") and prev2 in _DETS:
            return ""  # "a closely watched election": an adjective
        if prev in _DETS or prev in ("be", "been", "being", "is", "are", "am", "get", "gets", "become", "becomes",
                                     "remain", "remains", "stay", "stays", "seem", "seems", "look", "looks"):
            # adjective ("the reduced dividend") or passive/perfect participle: no tense of its own
            return ""
        if prev in ("was", "were"):
            return "past"
        if prev in ("for", "of", "from", "with", "among", "about", "against", "between") and nxt and \
                words[i + 1][:1].islower() and nxt not in _DETS and not nxt.endswith("ly") and \
                nxt not in ("to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that", "as"):
            return ""  # "for displaced people", "of armed men": an adjective before its noun
        return "past"
    if _USE_TO and w == "to" and nxt and nxt[0].isalpha() and nxt not in _DETS and nxt not in _NOT_VERB_AFTER_TO \
            and not nxt.endswith(("ing", "tion", "ment", "ness")) and words[i + 1][0].islower():
        return "future_weak"
    if w in ("has", "have", "having"):
        return "past_weak"
    return ""


_SCHED_VERBS = set("""meets begins starts opens leaves arrives resumes holds faces returns travels visits closes
expires votes convenes heads hosts launches departs reopens testifies kicks rules appears ends sentences plays
meet begin start leave arrive resume convene depart reopen testify face play open close""".split())
_NEG_AUX = {"did", "didn't", "didn", "not", "never", "could", "couldn't", "couldn", "would", "wouldn't", "might",
            "may", "should", "must", "can", "cannot", "to", "t"}
_REPORTING = {"said", "says", "told", "tells", "added", "stated", "announced", "reported", "noted", "explained",
              "confirmed", "insisted", "argued", "claimed"}


# verbs that tell of what is said, for a modal after them ("warned that rivers could crest on Thursday"): the
# modal, not the telling, sets the time of what is told
_TELLING = _REPORTING | {"warned", "warns", "cautioned", "predicted", "indicated", "suggested", "signalled", "signaled",
                         "acknowledged", "admitted", "conceded", "agreed"}

_COMMA_PENALTY = 3


@functools.lru_cache(maxsize=16384)
def _tense(text: str, start: int, end: int, skip_reporting: bool = False) -> str:
    """'past' | 'future' | '' for the clause around text[start:end] (nearest tense marker wins)."""
    return _tense_full(text, start, end, skip_reporting)[0]


_ASIDE_OPEN = re.compile(r",\s+(?P<w>[a-z]+)\s+(?:[^,;:()\"]*?\s)?$")
_TARGET_WORD = re.compile(r"\b(?:for|to|until|till|from|due|by)\s+(?:on\s+)?$", re.I)


def _past_participle_aside(text: str, start: int, end: int, left: int, right: int) -> bool:
    """The expression sits in a participle phrase set off by commas ("its complaint, filed with the court on
    Monday, is expected to be heard"): the participle tells of a past happening, whatever the main clause says."""
    m = _ASIDE_OPEN.search(text, max(left, start - 80), start)
    if not m or not re.match(r"[^,;:()\"]{0,40}?,", text[end:right]) or _TARGET_WORD.search(text, max(0, start - 12), start):
        return False
    w = m.group("w")
    if re.search(r"\b(?:to|will|would|shall|is|are|be)\b", text[m.end("w"):start], re.I):
        return False  # "the union, hoping to meet him on Monday,": the phrase looks ahead
    if w in _PAST_EQ_BASE or w in _REPORTING or w in ("ago", "earlier", "last", "yesterday", "previously"):
        return False
    return w in _PAST_IRREG or (w.endswith("ed") and len(w) > 3 and w not in _NOT_PAST_ED)


_REDUCED_RELATIVE = re.compile(r"\b(?P<prev>[A-Za-z'’]+)\s+(?P<p>[a-z]+)\s+(?:on|in)\s+$")
_NOT_ASIDE_HEAD = {"be", "been", "being", "is", "are", "am", "was", "were", "get", "gets", "got", "become", "becomes",
                   "remain", "remains", "stay", "stays", "seem", "seems", "to", "and", "or", "but"}
_PLAN_PARTICIPLES = {"scheduled", "planned", "expected", "slated", "set", "booked", "timetabled", "fixed", "called",
                     "due", "penciled", "pencilled", "proposed", "forecast", "predicted", "projected", "tipped"}


def _reduced_relative(text: str, start: int, left: int) -> bool:
    """A noun, a past participle and the expression ("the grounding ordered on Sept. 24 would remain in force",
    "the measures announced on Friday take effect Monday"): the participle tells of a past happening, whatever the
    main verb after it says. A participle after "be" or a planning one ("a vote scheduled on Sunday") does not."""
    m = _REDUCED_RELATIVE.search(text, max(left, start - 60), start)
    if not m:
        return False
    prev, p = m.group("prev").lower(), m.group("p")
    if prev in _NOT_ASIDE_HEAD or prev in _BASE_BEFORE or prev in _DETS or prev in _MODAL_FUT or \
            prev in _REPORTING or prev in ("has", "have", "had") or p in _PLAN_PARTICIPLES or p in _PAST_EQ_BASE:
        return False
    return p in _PAST_IRREG or (p.endswith("ed") and len(p) > 3 and p not in _NOT_PAST_ED)


_WOULD_UNLESS = re.compile(r"\b(?:would|will)\s+[^.;:]*\b(?:unless|until)\s+[^.;:,]*\bby\s+$", re.I)


@functools.lru_cache(maxsize=16384)
def _tense_full(text: str, start: int, end: int, skip_reporting: bool = False) -> tuple[str, bool]:
    """(tense, strong): as `_tense`, plus whether a strong marker (a tensed verb, a modal) decided it
    rather than a weak one ("to" + verb, "has")."""
    left, right = _sentence_bounds(text, start, end)
    if _past_participle_aside(text, start, end, left, right) or _reduced_relative(text, start, left):
        return "past", True
    if _WOULD_UNLESS.search(text, left, start):
        # "said it would go to the UN unless trucks were let through by Friday": the condition's past is the
        # backshift of reported speech; its time lies after the telling
        return "future", False
    bm = list(_WORD_RE.finditer(text, left, start))
    am = list(_WORD_RE.finditer(text, end, right))
    words = [m.group() for m in bm] + [m.group() for m in am]
    nb = len(bm)
    # distance in words, plus a penalty for each comma crossed: "who was arrested on Tuesday,
    # would appear in court" - the verb across the comma belongs to another clause
    order = []
    commas = 0
    for k in range(nb - 1, max(-1, nb - 26), -1):
        commas += text.count(",", bm[k].end(), bm[k + 1].start() if k + 1 < nb else start)
        order.append((nb - 1 - k + _COMMA_PENALTY * commas, 0, k))
    commas = 0
    for k in range(0, min(len(am), 25)):
        commas += text.count(",", am[k - 1].end() if k else end, am[k].start())
        if commas and nb >= 3 and am[k].group().lower() in _REPORTING:
            if not re.match(r"\s*,", text[am[k].end():]):
                # "Oyelaran, who had called it fragile on Friday, said she would travel": what follows the
                # attribution is the words said, another clause; only a parenthetical "officials said," goes on
                break
            continue  # "... on Monday, Zelensky's office said": the attribution, not the clause's tense
        if k and am[k].group().lower() in _SCHED_VERBS and am[k - 1].group().lower() in ("and", "but"):
            continue  # "began buying in July, and holds 14.6%": a coordinated clause of its own
        if commas and k + 1 < len(am) and am[k + 1].group().lower() == "by" and \
                re.match(r"[a-z]+ed$", am[k].group()):
            continue  # "a conference on Jan. 8, co-chaired by the EU": a passive aside on the noun, not the clause's tense
        order.append((k + _COMMA_PENALTY * commas, 1, nb + k))
    order.sort()
    best = None
    weak = None
    modal_at = None  # a modal on the left ("could consider"), nearer than any strong marker found so far
    # scan outward, nearest first; left side gets priority at equal distance.  Strong markers
    # (tensed verbs, modals) anywhere in the window beat weak ones ("to" + verb, "would", "has").
    spans = [(m.start(), m.end()) for m in bm] + [(m.start(), m.end()) for m in am]
    for _, _, i in order:
        if skip_reporting and words[i].lower() in _REPORTING:
            continue
        if modal_at is not None and i < modal_at and words[i].lower() in _TELLING:
            # "said the board could consider the program in February": the reporting verb is the telling, the
            # modal sets the time of what is told
            weak = "future_weak"
            break
        # "would"/"will" too: "said it would host a conference on Jan. 8" - the telling is past, the hosting ahead
        if i < nb and words[i].lower() in ("could", "may", "might", "should", "must", "would", "will") and \
                i + 1 < len(words) and \
                words[i + 1].isalpha() and words[i + 1].islower() and words[i + 1] not in ("not", "have", "never"):
            modal_at = i if modal_at is None else modal_at
        between = text[spans[i - 1][1]:spans[i][0]] if i > 0 else ""
        # a count between a preposition and the word makes it a noun ("passed by 94 votes to 61"); a year or a
        # comma leaves it a verb ("The truce signed in 2016 expires on Friday")
        counted = bool(re.fullmatch(r"\s+\d[\d,.]*\s+", between)) and not re.search(r"\b(?:1[6-9]|20)\d\d\b", between)
        gap = i == nb or (i > 0 and bool(re.search(r"[,\d]", between)) and not counted)
        # the word right before the expression is followed by the expression, not by the first word after it
        # ("to Dec. 29, not Dec. 28": no "to" + verb)
        t = _word_tense(words[:nb] + ["Date_"], i, gap) if i == nb - 1 else _word_tense(words, i, gap)
        if t in ("future", "past"):
            best = t
            break
        if t and weak is None:
            weak = t
    strong = best is not None
    best = best or weak
    if best in ("future", "future_weak"):
        return "future", strong
    if best in ("past", "past_weak"):
        return "past", strong
    return "", False


# ----------------------------------------------------------------------------- context
class _Ctx:
    __slots__ = ("text", "dct", "last_quarter", "last_year_ref", "last_date", "last_day_at", "weekday_named")

    def __init__(self, text: str, dct: _dt.date | None):
        self.text = text
        self.dct = dct
        self.last_quarter: tuple[int, int] | None = None   # (year, q) of the latest quarter mention
        self.last_year_ref: int | None = None
        self.last_date: _dt.date | None = None
        self.last_day_at: tuple[int, _dt.date] | None = None  # (end offset, date) of the latest day-precise value
        self.weekday_named: dict[int, _dt.date] = {}  # weekday -> the date its latest bare mention ("on Thursday") got


def _iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: _dt.date) -> int:
    return (d.month - 1) // 3 + 1


_MIN_SHIFT_PAST = 5
_PAST_VERB_REACH = 5
_MIN_SHIFT_FUT = 1


def _left_past_verb(text: str, start: int, maxd: int = _PAST_VERB_REACH) -> bool:
    """A past-tense verb governs the expression from close on its left ("met in July",
    "filed for bankruptcy protection in October") with no future marker in between."""
    left, _ = _sentence_bounds(text, start, start)
    words = _WORD_RE.findall(text, max(left, start - 120), start)
    if words and words[-1].lower() in ("to", "for", "by", "until", "till", "through", "before", "after", "from",
                                       "payable", "effective", "due", "expires", "expiring", "ending", "around"):
        return False  # "extended to Nov. 16", "planned for March", "payable Dec. 15": targets, not events
    for k in range(len(words) - 1, max(-1, len(words) - 1 - maxd), -1):
        w = words[k].lower()
        if w in ("last", "earlier", "ago", "previously", "yesterday", "and", "but", "or", "that", "which", "who",
                 "until", "till", "by", "through", "scheduled", "planned", "slated", "set", "due", "expected",
                 "postponed", "delayed", "moved", "rescheduled", "pushed", "deferred", "adjourned", "extended"):
            return False  # adverbs are adjectives here; a new clause or a deadline preposition: no
        t = _word_tense(words, k)
        if t == "past":
            return True
        if t:
            return False
    return False


_SINCE_PREP = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$", re.I)


FUTURE_INTENT = re.compile(r"\b(?:signall?ed|scheduled|planned|promised|pledged|proposed|forecast|predicted|expected|"
                            r"flagged|vowed|penciled|pencilled)\s+(?:an?|the|its|their|his|her|another|new|a\s+new)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:in|for|by|from)\s+(?:(?:early|late|mid-?)\s*)?$", re.I)


# "called a snap election for Feb. 17", "moved the vote from Feb. 17 to March 10", "adjourned until January": the
# date is the target of a plan; the tense of the planning verb says nothing of which side of the publication date
# it falls on
_TARGET_PREP = re.compile(
    r"\b(?:set|sets|setting|scheduled|scheduling|planned|planning|slated|called|calls|call|calling|due|fixed|fixes|"
    r"booked|timetabled|pencill?ed|postponed|postpones|postpone|postponing|moved|moves|move|moving|delayed|delays|"
    r"rescheduled|reschedules|deferred|defers|adjourned|adjourns|pushed\s+back|pushes\s+back|put\s+off|"
    r"brought\s+forward|brings\s+forward|election|elections|vote|poll|referendum|ballot|summit|talks|meeting|"
    r"hearing|session)\b(?:\s+[\w'.-]+){0,5}?,?\s+(?:for|to|until|till|from)\s+(?:on\s+)?(?:(?:early|late|mid)-?\s*)?$",
    re.I)
def _is_target(ctx: _Ctx, start: int) -> bool:
    """The date at start is the target of a plan ("postponed to December 8", "planned for Wednesday"): not the
    day a later "the same day" or "that evening" refers to."""
    return bool(_TARGET_PREP.search(ctx.text, max(0, start - 80), start) or
                _PLANNED_FOR.search(ctx.text, max(0, start - 40), start) or
                _FUT_PREP.search(ctx.text, max(0, start - 20), start))


# an occurrence this many months or more from the publication month is "far": the nearer one of the other year wins
# unless a strong tense marker (a tensed verb or modal, not "to" + verb) points to the far one
_FAR_MONTHS = 7


_THAT_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<w>that|the\s+same|the\s+following|the\s+next|the\s+previous|"
                              r"the\s+preceding)\s+year\b", re.I)


def _year_after_month(ctx: _Ctx, end: int) -> tuple[int | None, str] | None:
    """"in November that year", "in March of the following year": the year comes from the year the text
    is telling of, never from the publication date.  None when no such phrase follows; (None, "") when it
    follows but no year was mentioned before it."""
    m = _THAT_YEAR_AFTER.match(ctx.text, end)
    if not m:
        return None
    if not ctx.last_year_ref:
        return None, ""
    w = m.group("w").lower().split()[-1]
    off = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}[w]
    y = ctx.last_year_ref + off
    return y, ("of the year under discussion" if off == 0 else
               f"of the year {'after' if off > 0 else 'before'} the year under discussion ({ctx.last_year_ref})")


def _pick_year_for_month(ctx: _Ctx, month: int, day: int | None, start: int, end: int,
                         explicit_dir: str = "") -> tuple[int, str]:
    """Year for a month (and day) given without one; returns (year, how).

    News rarely names a month or day without its year when it is far away, so the nearest occurrence
    (in the publication year, the one before or the one after) is meant: "Feb. 17" in a late-December
    article is the coming February, "Dec. 2" in a January article the December before.  The tense of
    the clause moves it to the other side of the publication date: "the company filed for bankruptcy in
    January" in a December article is this January, "elections will be held in December" in a January
    article is this December.  A far occurrence (seven or more months away) needs a strong marker
    (a tensed verb or modal, not "to retake"); a target of a plan ("called an election for Feb. 17",
    "moved the vote to March 10") takes no tense from the planning verb.
    """
    dct = ctx.dct
    y = dct.year
    diff = month - dct.month
    if diff == 0:
        return y, "same"
    if not explicit_dir and _SINCE_PREP.search(ctx.text, max(0, start - 12), start):
        explicit_dir = "past"  # "since March": the start of something already under way
    if not explicit_dir and _ORDER_BY.search(ctx.text, max(0, start - 120), start):
        explicit_dir = "future"  # "has asked the bank for an assessment by mid-January": a request's deadline is ahead
    if explicit_dir:
        tense, strong = explicit_dir, True
    elif _TARGET_PREP.search(ctx.text, max(0, start - 80), start):
        tense, strong = "", False
    else:
        tense, strong = _tense_full(ctx.text, start, end)
    if diff > 0:
        # a month still ahead in the publication year: only a past-tense clause (or a far-off
        # month) puts it in the previous year
        if diff < 5 and FUTURE_INTENT.search(ctx.text, max(0, start - 60), start):
            return y, "same"   # "signaled another increase in June": the past verb announces a happening ahead
        if tense == "past" and (diff >= _MIN_SHIFT_PAST or _left_past_verb(ctx.text, start)):
            if 12 - diff < _FAR_MONTHS or strong or _left_past_verb(ctx.text, start):
                return y - 1, "past"
        if diff >= 5 and tense != "future":
            return y - 1, "near"
        return y, "same"
    # a month already behind in the publication year: a future-tense clause needs next year's
    if tense == "future" and -diff >= _MIN_SHIFT_FUT and (12 + diff < _FAR_MONTHS or strong):
        return y + 1, "future"
    if -diff >= _FAR_MONTHS and not (tense == "past" and (strong or _left_past_verb(ctx.text, start))):
        return y + 1, "near"
    return y, "same"


# ----------------------------------------------------------------------------- rules
_rules: list[tuple[re.Pattern, object, int]] = []


def _rule(pattern: str, prio: int = 0, flags: int = re.I):
    rx = re.compile(pattern, flags)

    def deco(fn):
        _rules.append((rx, fn, prio))
        return fn
    return deco


def _mon(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _valid(y: int, m: int, d: int) -> bool:
    try:
        _dt.date(y, m, d)
        return True
    except ValueError:
        return False


_MODWORDS = {"early": "START", "earlier": "", "late": "END", "later": "", "mid": "MID", "middle": "MID",
             "end": "END", "beginning": "START", "start": "START"}


def _modof(s: str | None) -> str:
    if not s:
        return ""
    w = re.match(r"(?:the\s+)?(?:very\s+)?([a-z]+)", s.strip().lower())
    return _MODWORDS.get(w.group(1), "") if w else ""


# ---- explicit calendar dates ----------------------------------------------------------
@_rule(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})\s*(?P<day>{_DAYNUM})(?:,?\s*(?P<year>{_YEAR}))?"
       rf"|\b(?:(?P<wd2>{_WD}),?\s+)?(?:the\s+)?(?P<day2>{_DAYNUM})\s+(?:of\s+)?(?P<mon2>{_MON})(?:,?\s*(?P<year2>{_YEAR}))?",
       prio=5)
def _r_mdy(m, ctx):
    mon = _mon(m.group("mon") or m.group("mon2"))
    day = _day(m.group("day") or m.group("day2"))
    ys = m.group("year") or m.group("year2")
    if ys:
        y = int(ys)
        if not _valid(y, mon, day):
            return None
        ctx.last_date = _dt.date(y, mon, day)
        ctx.last_year_ref = y
        return "DATE", f"{y}-{mon:02d}-{day:02d}", "explicit date", ""
    if not _valid(2000, mon, day):
        return None
    ty = _year_after_month(ctx, m.end())
    if ty is not None:
        if ty[0] is None or not _valid(ty[0], mon, day):
            return "DATE", f"XXXX-{mon:02d}-{day:02d}", "", ""
        ctx.last_date = _dt.date(ty[0], mon, day)
        return "DATE", f"{ty[0]}-{mon:02d}-{day:02d}", f"{_MONTH_NAMES[mon]} {day} {ty[1]}", ""
    if ctx.dct is None:
        return "DATE", f"XXXX-{mon:02d}-{day:02d}", "", ""
    y, how = _pick_year_for_month(ctx, mon, day, m.start(), m.end())
    if not _valid(y, mon, day):
        return None
    if not _is_target(ctx, m.start()):
        ctx.last_date = _dt.date(y, mon, day)
    if how == "same":
        basis = f"{_MONTH_NAMES[mon]} {day} of the publication year {y}"
    elif how == "past":
        basis = f"the most recent {_MONTH_NAMES[mon]} {day} before the publication date {ctx.dct} (past tense)"
    elif how == "future":
        basis = f"the next {_MONTH_NAMES[mon]} {day} after the publication date {ctx.dct} (future sense)"
    else:
        basis = f"the {_MONTH_NAMES[mon]} {day} nearest the publication date {ctx.dct}"
    return "DATE", f"{y}-{mon:02d}-{day:02d}", basis, ""


@_rule(r"\b(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"
       r"|(?<![\d/.])(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[/.])(?P<b>0?[1-9]|[12]\d|3[01])(?P=sep)(?P<y2>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d)", prio=5)
def _r_numeric(m, ctx):
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        y, a, b = int(m.group("y2")), int(m.group("a")), int(m.group("b"))
        if y < 100:
            if m.group("sep") == ".":
                return None  # "3.5.16" is more likely a version or a score than a date
            y += 1900 if y > 40 else 2000
        if m.group("sep") == ".":
            mo, d = b, a          # 15.12.2016: European day.month.year
        elif a > 12 >= b:
            mo, d = b, a          # 15/12/2016: day/month (British)
        elif b > 12 >= a or a == b:
            mo, d = a, b          # 12/15/2016: month/day (American)
        else:
            # 05/06/2016 is May 6 in American and 5 June in British style: keep only the year
            if not (_valid(y, a, b) or _valid(y, b, a)):
                return None
            return "DATE", f"{y}-XX-XX", f"the year {y} (day and month order ambiguous)", ""
    if not _valid(y, mo, d):
        return None
    return "DATE", f"{y}-{mo:02d}-{d:02d}", "explicit date", ""


@_rule(r"\bon\s+(?P<span>the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th))(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|or|but|when|after|before|at|in|as|amid|with)\b)", prio=3)
def _r_the_nth(m, ctx):
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    # "on the 15th": a day of a month the reader knows from context; we do not guess which
    return ("DATE", f"XXXX-XX-{d:02d}", "", ""), m.start("span"), m.end("span")


@_rule(rf"(?-i:\b(?P<q>Q[1-4])\b)(?:\s+(?P<y>{_YEAR})|\s*['\u2019](?P<yy>\d\d)\b)?|\b(?P<y2>{_YEAR})\s*(?-i:(?P<q2>Q[1-4])\b)", prio=4)
def _r_q_abbrev(m, ctx):
    if re.search(r"(?:Audi|Infiniti|model|Model)\s*$", ctx.text[max(0, m.start() - 10):m.start()]):
        return None  # car models, not quarters
    q = int((m.group("q") or m.group("q2"))[1])
    ys = m.group("y") or m.group("y2")
    if ys:
        y = int(ys)
        basis = "explicit quarter and year"
    elif m.group("yy"):
        y = 2000 + int(m.group("yy"))
        basis = "explicit quarter and year"
    elif ctx.dct is None:
        return "DATE", f"XXXX-Q{q}", "", ""
    else:
        y = ctx.dct.year
        if q > _quarter(ctx.dct) and _tense(ctx.text, m.start(), m.end()) != "future":
            y -= 1
        basis = f"the latest quarter {q} at the publication date {ctx.dct}"
    ctx.last_quarter = (y, q)
    return "DATE", f"{y}-Q{q}", basis, ""


@_rule(rf"\b(?P<mod>{_DMOD})(?P<mon>{_MON})(?:\s+of)?,?\s+(?P<year>{_YEAR})", prio=4)
def _r_month_year(m, ctx):
    mon, y = _mon(m.group("mon")), int(m.group("year"))
    ctx.last_year_ref = y
    return "DATE", f"{y}-{mon:02d}", "explicit month and year", _modof(m.group("mod"))


@_rule(rf"\b(?P<mod>{_DMOD})(?P<mon>{_MON})\s+(?P<rel>this|last|next)\s+year\b", prio=4)
def _r_month_rel_year(m, ctx):
    mon = _mon(m.group("mon"))
    rel = m.group("rel").lower()
    if ctx.dct is None:
        return "DATE", f"XXXX-{mon:02d}", "", ""
    y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
    return "DATE", f"{y}-{mon:02d}", f"{_MONTH_NAMES[mon]} of {rel} year relative to the publication date {ctx.dct}", \
        _modof(m.group("mod"))


_MONTH_ALONE_PRE = re.compile(r"(?:\b(?:in|since|by|until|till|of|during|before|after|through|from|to|early|late|"
                              r"last|next|this|mid|end|beginning|and|or|between|for|on|next|past)\s*-?\s*)$", re.I)


@_rule(rf"\b(?P<mod>{_DMOD})(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+coming|past)\s+)?(?P<mon>{_MON})"
       r"(?!\s*\d)(?!\s*-\d)", prio=2)
def _r_month(m, ctx):
    mon_s = m.group("mon")
    mon = _mon(mon_s)
    rel = (m.group("rel") or "").lower()
    if mon_s in ("May", "March") and not rel and not m.group("mod"):
        if not _MONTH_ALONE_PRE.search(ctx.text, max(0, m.start() - 15), m.start()):
            return None
    if mon_s.rstrip(".") in ("Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec") and not mon_s.endswith("."):
        return None  # "Jan" alone is more often a name
    mod = _modof(m.group("mod"))
    if not rel:
        ty = _year_after_month(ctx, m.end())
        if ty is not None:
            if ty[0] is None:
                return "DATE", f"XXXX-{mon:02d}", "", mod
            return "DATE", f"{ty[0]}-{mon:02d}", f"{_MONTH_NAMES[mon]} {ty[1]}", mod
    if ctx.dct is None:
        return "DATE", f"XXXX-{mon:02d}", "", mod
    d = ctx.dct
    if rel in ("last", "this past", "past"):
        y = d.year if mon < d.month else d.year - 1
        basis = f"the last {_MONTH_NAMES[mon]} before the publication date {d}"
    elif rel in ("next", "this coming", "the coming"):
        y = d.year if mon > d.month else d.year + 1
        basis = f"the next {_MONTH_NAMES[mon]} after the publication date {d}"
    elif rel == "this":
        y = d.year
        basis = f"{_MONTH_NAMES[mon]} of the publication year {y}"
    else:
        y, how = _pick_year_for_month(ctx, mon, None, m.start(), m.end())
        if how == "same":
            basis = f"{_MONTH_NAMES[mon]} of the publication year {y}"
        elif how == "past":
            basis = f"the most recent {_MONTH_NAMES[mon]} before the publication date {d} (past tense)"
        elif how == "future":
            basis = f"the next {_MONTH_NAMES[mon]} after the publication date {d} (future sense)"
        else:
            basis = f"the {_MONTH_NAMES[mon]} nearest the publication date {d}"
    return "DATE", f"{y}-{mon:02d}", basis, mod


@_rule(rf"\bthe\s+(?P<wk>week|weekend)\s+of\s+(?P<mon>{_MON})\s*(?P<day>{_DAYNUM})(?:,?\s*(?P<year>{_YEAR}))?", prio=6)
def _r_week_of(m, ctx):
    mon, day = _mon(m.group("mon")), _day(m.group("day"))
    if m.group("year"):
        y = int(m.group("year"))
    elif ctx.dct is None:
        return "DATE", "XXXX-WXX", "", ""
    else:
        y, _ = _pick_year_for_month(ctx, mon, day, m.start(), m.end())
    if not _valid(y, mon, day):
        return None
    d = _dt.date(y, mon, day)
    if m.group("wk").lower() == "weekend":
        sat = d + relativedelta(weekday=SA(-1)) if d.weekday() >= 5 else d + relativedelta(weekday=SA(+1))
        return "DATE", _iso_week(sat) + "-WE", f"the weekend of {d}", ""
    return "DATE", _iso_week(d), f"the week containing {d}", ""


# ---- years, decades, centuries ------------------------------------------------------
_QUANTITY_AFTER = re.compile(r"\s*(?:percent|%|people|members|troops|soldiers|shares|units|tons|feet|miles|meters|"
                             r"employees|workers|jobs|cars)", re.I)


@_rule(rf"\b(?P<mod>{_DMOD})(?:(?:fiscal|calendar|(?:the\s+)?(?:fiscal|calendar)\s+year|(?:the\s+)?year|model\s+year)\s+)?(?P<y>{_YEAR})"
       r"(?!\s*(?:-|to)\s*\d)(?!,\d)", prio=1)
def _r_year(m, ctx):
    y = int(m.group("y"))
    pre = ctx.text[max(0, m.start() - 2):m.start()]
    if "$" in pre or "#" in pre:
        return None
    post = ctx.text[m.end():m.end() + 16]
    if _QUANTITY_AFTER.match(post):      # "2000 people" is a quantity, not a year
        return None
    if y > 2100 or y < 1600:
        return None
    ctx.last_year_ref = y
    return "DATE", str(y), "explicit year", _modof(m.group("mod"))


@_rule(r"\b(?P<the>the\s+)?(?P<mod>(?:early|mid|late)(?:-|\s+))?(?P<y>1[0-9]\d0|20[0-9]0)'?s\b"
       r"|\b(?P<the2>the\s+)(?P<mod2>(?:early|mid|late)(?:-|\s+))?'(?P<y2>\d)0s\b", prio=3)
def _r_decade(m, ctx):
    if m.group("y"):
        dec = m.group("y")[:3]
        the = bool(m.group("the"))
        mod = _modof(m.group("mod"))
    else:
        dec = "19" + m.group("y2")
        the = True
        mod = _modof(m.group("mod2"))
    val = dec if the else dec + "X"
    return "DATE", val, f"the decade {dec}0s", mod


_DECWORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
             "eighties": 8, "nineties": 9}


@_rule(r"\b(?P<the>the\s+)(?P<mod>(?:early|mid|late)(?:-|\s+))?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", prio=3)
def _r_decade_words(m, ctx):
    d = _DECWORDS[m.group("w").lower()]
    return "DATE", f"19{d}", f"the decade 19{d}0s", _modof(m.group("mod"))


@_rule(r"\b(?P<the>the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b", prio=3)
def _r_century(m, ctx):
    n = int(m.group("n"))
    return "DATE", f"{n - 1:02d}", f"the {m.group('n')} century", ""


_SPOKEN_TEENS = {"nineteen": 19, "eighteen": 18, "seventeen": 17}


@_rule(r"\b(?:the\s+year\s+)?(?P<c>nineteen|eighteen)[- ](?P<r>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
       r"|\b(?:the\s+year\s+)(?P<tt>two\s+thousand)(?:\s+and\s+(?P<r2>one|two|three|four|five|six|seven|eight|nine|ten))?\b", prio=3)
def _r_spoken_year(m, ctx):
    if m.group("tt"):
        y = 2000 + int(_num_value(m.group("r2")) or 0) if m.group("r2") else 2000
    else:
        y = _SPOKEN_TEENS[m.group("c").lower()] * 100 + int(_num_value(m.group("r")))
    ctx.last_year_ref = y
    return "DATE", str(y), "explicit year (in words)", ""


# ---- quarters and halves ----------------------------------------------------------
_QWORD = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"


@_rule(rf"\b(?:(?P<det>the|its|their|a|this|that)\s+)?(?:(?P<yr>{_YEAR})\s+|(?P<rel>this|last|next)\s+year's\s+|(?:year-earlier|year-ago|year\s+earlier|comparable|same|flat|strong|weak|disappointing)\s+)?"
       rf"(?:(?:fiscal|calendar)(?:[- ]year)?[- ])?{_QWORD}(?:[- ]fiscal)?[- ]quarters?(?!-end)"
       rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<yr2>{_YEAR})|(?P<rel2>this|last|next)\s+year|the\s+year)|\s+(?P<yr3>{_YEAR}))?", prio=4)
def _r_quarter(m, ctx):
    q = _ORD[m.group("q").lower()]
    s = m.group(0).lower()
    ys = m.group("yr") or m.group("yr2") or m.group("yr3")
    rel = (m.group("rel") or m.group("rel2") or "").lower()
    ago = "year-earlier" in s or "year-ago" in s or "year earlier" in s
    if ys:
        y = int(ys)
        basis = "explicit quarter and year"
    elif ctx.dct is None:
        return "DATE", f"XXXX-Q{q}", "", ""
    elif rel:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
        basis = f"quarter {q} of {rel} year relative to the publication date {ctx.dct}"
    else:
        y = ctx.dct.year
        cq = _quarter(ctx.dct)
        if q > cq:
            t = _tense(ctx.text, m.start(), m.end())
            if t != "future":
                y -= 1
        basis = f"the latest quarter {q} at the publication date {ctx.dct}"
        if ago:
            y -= 1
            basis = f"quarter {q} of the year before the publication year"
    if "quarters" in s:
        return "SET", f"XXXX-Q{q}", "", ""
    ctx.last_quarter = (y + (1 if ago and not ys else 0), q) if ago else (y, q)
    det = (m.group("det") or "").lower()
    if det and (det != "the" or "-quarter" in s):
        # "a third-quarter loss", "its third quarter": the determiner is not part of the expression
        start = m.end("det")
        while ctx.text[start].isspace():
            start += 1
        return ("DATE", f"{y}-Q{q}", basis, ""), start, m.end()
    return "DATE", f"{y}-Q{q}", basis, ""


_QUARTER_ENDING = re.compile(rf"\s+(?:ending|ended|that\s+ended|which\s+ended|that\s+ends|which\s+ends|through|to)\s+"
                             rf"(?P<mon>{_MON})\s*(?P<day>{_DAYNUM})?(?:,?\s*(?P<year>{_YEAR}))?", re.I)


@_rule(r"\b(?:(?P<the>the|this|that|its)\s+)?(?P<rel>latest|current|previous|prior|last|same|next|first|second|third|fourth|"
       r"year-earlier|year-ago|comparable\s+year-ago|comparable\s+year-earlier|year-before|comparable|recent|most\s+recent|"
       rf"just-ended|just\s+ended|past|fiscal|(?P<yr>{_YEAR}))?(?:\s+|-)?(?:fiscal\s+)?(?P<noun>quarter|period)(?!s)(?!-end)(?:\s+(?:a|one)\s+year\s+(?:ago|earlier))?\b", prio=2)
def _r_the_quarter(m, ctx):
    rel = (m.group("rel") or "").lower()
    qe = _QUARTER_ENDING.match(ctx.text, m.end())
    if qe and m.group("noun").lower() == "quarter" and not m.group("yr") and not ctx.last_quarter:
        # "the quarter ending June 30": the quarter is the one that ends in that month
        mo = _mon(qe.group("mon"))
        if qe.group("year"):
            y = int(qe.group("year"))
        elif ctx.dct is None:
            return "DATE", "XXXX-QX", "", ""
        else:
            y, _ = _pick_year_for_month(ctx, mo, None, qe.start("mon"), qe.end())
        q = (mo - 1) // 3 + 1
        ctx.last_quarter = (y, q)
        return "DATE", f"{y}-Q{q}", f"the quarter ending in {_MONTH_NAMES[mo]} {y}", ""
    if m.group("noun").lower() == "period":
        if not (m.group("yr") or "year" in rel or "comparable" in rel or rel == "latest"):
            return None
        if not ctx.last_quarter and rel != "latest":
            return None
    if m.group("yr"):
        q = ctx.last_quarter[1] if ctx.last_quarter else None
        if q is None:
            return None
        return "DATE", f"{m.group('yr')}-Q{q}", f"quarter {q} of {m.group('yr')} (the quarter under discussion)", ""
    the = (m.group("the") or "").lower()
    s = m.group(0).lower()
    if not the and not rel:
        return None
    if not the and rel in ("first", "second", "third", "fourth"):
        return None
    if ctx.dct is None:
        return "DATE", "XXXX-QX", "", ""
    d = ctx.dct
    cy, cq = d.year, _quarter(d)
    py, pq = (cy, cq - 1) if cq > 1 else (cy - 1, 4)
    if rel in ("current", "") and the in ("this",):
        y, q = cy, cq
        basis = f"the quarter containing the publication date {d}"
    elif rel == "current":
        y, q = cy, cq
        basis = f"the quarter containing the publication date {d}"
    elif rel in ("next",):
        y, q = (cy, cq + 1) if cq < 4 else (cy + 1, 1)
        basis = f"the quarter after the publication date {d}"
    elif "year" in rel or "a year" in s or "one year" in s:
        ry, rq = ctx.last_quarter or (py, pq)
        y, q = ry - 1, rq
        basis = "the same quarter one year before the quarter under discussion"
    elif rel in ("previous", "prior"):
        ry, rq = ctx.last_quarter or (py, pq)
        y, q = (ry, rq - 1) if rq > 1 else (ry - 1, 4)
        basis = "the quarter before the quarter under discussion"
    elif rel in ("latest", "just-ended", "just ended", "most recent", "recent", "past") or \
            (m.group("noun").lower() == "period" and rel == "latest"):
        y, q = py, pq
        basis = f"the last full quarter before the publication date {d}"
    else:
        y, q = ctx.last_quarter or (py, pq)
        basis = "the quarter under discussion" if ctx.last_quarter else \
            f"the last full quarter before the publication date {d}"
    ctx.last_quarter = ctx.last_quarter or (y, q)
    return "DATE", f"{y}-Q{q}", basis, ""


@_rule(rf"\b(?:the\s+)?(?P<h>first|second|last|latter|1st|2nd)\s+half(?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next)\s+year|the\s+year|(?P<the>the\s+)'(?P<dec>\d)0s))?", prio=3)
def _r_half(m, ctx):
    h = 1 if m.group("h").lower() in ("first", "1st") else 2
    if m.group("dec"):
        return "DATE", "19" + m.group("dec"), "the second half of the decade", "END" if h == 2 else "START"
    if m.group("y"):
        y = int(m.group("y"))
    elif ctx.dct is None:
        return "DATE", f"XXXX-H{h}", "", ""
    else:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1, "": 0}[(m.group("rel") or "").lower()]
    if not m.group("y") and not m.group("rel") and "of" not in m.group(0):
        if ctx.dct is None or not m.group(0).lower().startswith("the") or \
                re.match(r"\s*(?:of|-)", ctx.text[m.end():m.end() + 4]):
            return None
        y = _half_of_dct(ctx, h, m.start(), m.end())
        if y is None:
            return None
        return "DATE", f"{y}-H{h}", f"half {h} of {y} (financial results, publication date {ctx.dct})", ""
    return "DATE", f"{y}-H{h}", f"half {h} of {y}", ""


@_rule(rf"\b(?:the\s+)?first\s+two\s+quarters\s+of\s+(?P<y>{_YEAR})", prio=4)
def _r_first_two_q(m, ctx):
    return "DATE", f"{m.group('y')}-H1", "the first half of the year", ""


# ---- relative days ------------------------------------------------------------------
_RELDAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


@_rule(r"\b(?P<mod>(?:early|late|earlier|later|mid-?)\s+)?(?:(?P<pod0>morning|afternoon|evening|night)\s+)?"
       r"(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<pod>morning|afternoon|evening|night))?(?:'s)?\b", prio=3)
def _r_relday(m, ctx):
    w = m.group("w").lower()
    pod = (m.group("pod") or m.group("pod0") or "").lower()
    if ctx.dct is None:
        base = "XXXX-XX-XX"
        basis = ""
    else:
        d = ctx.dct + _dt.timedelta(days=_RELDAY[w])
        base = d.isoformat()
        ctx.last_date = d          # "blocked it yesterday. Later that day, ...": the day under discussion
        basis = {"today": f"the publication date {ctx.dct}", "tonight": f"the night of the publication date {ctx.dct}",
                 "yesterday": f"the day before the publication date {ctx.dct}",
                 "tomorrow": f"the day after the publication date {ctx.dct}"}[w]
    if pod:
        return "TIME", f"{base}T{_POD[pod]}", basis, ""
    return "DATE", base, basis, _modof(m.group("mod"))


@_rule(r"\b(?P<rel>this|last|tomorrow|yesterday)\s+(?P<pod>morning|afternoon|evening|night)\b"
       r"|\b(?P<later>later|earlier)\s+this\s+(?P<pod2>morning|afternoon|evening)\b"
       r"|\b(?P<ov>overnight)\b", prio=3)
def _r_pod(m, ctx):
    if m.group("ov"):
        rel, pod = "last", "night"
    else:
        rel = (m.group("rel") or "this").lower()
        pod = (m.group("pod") or m.group("pod2")).lower()
    off = {"this": 0, "last": -1 if pod == "night" else 0, "tomorrow": 1, "yesterday": -1}[rel]
    if ctx.dct is None:
        return "TIME", f"XXXX-XX-XXT{_POD[pod]}", "", ""
    d = ctx.dct + _dt.timedelta(days=off)
    if not m.group("ov"):
        ctx.last_date = d  # "resumed this morning ... That evening, he resigned": the day under discussion
    return "TIME", f"{d.isoformat()}T{_POD[pod]}", f"the {pod} of {d} relative to the publication date {ctx.dct}", ""


# ---- weekdays -------------------------------------------------------------------------
_MODIFIED_NOUNS = re.compile(
    r"\s+(?:meeting|meetings|session|sessions|consultations?|talks|vote|votes|voting|election|deadline|summit|"
    r"hearing|hearings|debate|game|match|race|deadline|ceremony|rally|conference|trip|visit|service|services|"
    r"funeral|auction|sale|opening|launch|flight|announcement|speech|address|broadcast|edition|issue|"
    r"discussions?|negotiations?|summit|show|concert|parade|march|protest|strike|meet)\b", re.I)


_AHEAD_PREP = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of|in\s+preparation\s+for)\s+"
                         r"(?:(?:the|a|this|next)\s+)?$", re.I)
# "the runoffs are on Tuesday", "the meeting is now on Friday": a present-tense copula dates an event to come
_COPULA_ON = re.compile(r"\b(?:is|are|'s|'re)\s+(?:(?:now|still|due|back|again|also|only|set)\s+)?(?:on\s+)?$", re.I)
# "called a rally for Saturday", "a vote for Tuesday": an event booked for a day
_EVENT_FOR = re.compile(r"\b(?:rally|rallies|protest|protests|strike|demonstration|march|vote|meeting|session|hearing|"
                        r"talks|summit|election|referendum|debate|ceremony|funeral)\s+(?:for|set\s+for)\s+$", re.I)
_POSS_FUT = re.compile(r"\b(?:will|'ll|shall|(?:is|are|'s|'re)\s+(?:expected|scheduled|due|set|slated|planned|preparing|gearing\s+up))"
                       r"\b[^.;,:!?]{0,40}$", re.I)
# "issued a flood watch through Saturday morning", "a curfew in force until Monday": a notice runs into the future
_NOTICE_UNTIL = re.compile(r"\b(?:watch|warning|advisory|alert|curfew|ban|closure|lockdown|restrictions|order|"
                           r"in\s+(?:place|effect|force))\b(?:(?!\b(?:was|were|had|ended|expired|lifted)\b)[^.;!?]){0,40}?"
                           r"\b(?:through|until|till)\s+(?:on\s+)?$", re.I)
# "the Chiefs face the Eagles in Sunday's Super Bowl": a fixture named by its day, in a clause that looks ahead
_POSS_EVENT = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:game|match|final|semifinal|race|election|vote|runoff|primary|"
                         r"referendum|debate|summit|meeting|talks|rally|Super\s+Bowl|Grand\s+Prix|derby|showdown|clash|"
                         r"fight|bout|opener|ceremony|parade|concert|launch|hearing|kickoff|tournament|marathon)\b")
# "the talks planned for Wednesday", "a vote scheduled for Friday", "set for Monday", "due on Thursday" (not
# "originally scheduled for Tuesday": a plan that was dropped)
_PLANNED_FOR = re.compile(r"(?<!originally\s)(?<!initially\s)(?<!previously\s)\b(?:planned|scheduled|slated|set|"
                          r"pencill?ed\s+in|booked|timetabled)\s+(?:for|on)\s+(?:on\s+)?$|\bdue\s+(?:on\s+)?$", re.I)
_TO_HAVE = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?to\s+have\s+(?:been\s+)?\w+(?:\s+[\w'-]+){0,8}?\s+(?:on\s+)?$",
                      re.I)
_PLAN_GIVEN_UP = re.compile(r"(?<!\bas\s)\b(?:originally|initially|previously|first)\s+(?:been\s+)?(?:set|scheduled|"
                            r"planned|slated|due)\s+(?:for|on)\s+$", re.I)   # "had first been set for Monday"
_BROUGHT_FORWARD = re.compile(r"\b(?:br(?:ought|ing|ings|inging)\s+(?:\w+\s+){0,4}?forward|moved\s+up|advanced)\b", re.I)
_PLAN_PAST = re.compile(r"\b(?:had\s+been|had|was|were)\s+(?:\w+ly\s+)?$", re.I)
# "talks on resuming the operation on Thursday", "plans for reopening the border crossing on Monday"
_TALKS_ON_ING = re.compile(r"\b(?:talks|discussions|negotiations|consultations|plans?|preparations|arrangements|"
                           r"agreement|deal)(?:\s+(?:with|between|among)(?:\s+[\w'-]+){1,3}?)?\s+(?:on|about|over|for|towards?)\s+(?:resuming|reopening|restarting|"
                           r"holding|starting|opening|launching|staging|convening|sending|completing)\b[^.;,:!?]{0,50}?"
                           r"\s(?:on\s+)?$", re.I)
_PAST_PERFECT = re.compile(r"[^.;!?]*?\b(?:had|hadn't)\b", re.I)
_FUT_PREP = re.compile(r"\b(?:as\s+early\s+as|as\s+soon\s+as|until|till|no\s+later\s+than|not\s+before"
                       r"|(?:adjourned|postponed|delayed|deferred|pushed\s+back|rescheduled|moved)\s+(?:to|till))\s+(?:on\s+)?$", re.I)


_CALLED_OFF = r"(?:called\s+off|cancell?ed|postponed|delayed|scrapped|put\s+off|shelved|pushed\s+back|canceled)"
_CALLED_OFF_PASSIVE = r"\s+(?:\w+ly\s+)?" + _CALLED_OFF + r"\b"       # after its auxiliary: "were (quietly) cancelled"
# only the passive: in "Thursday's storm delayed flights" the storm is what happened
_CALLED_OFF_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,4}?(?:[\w-]+\s*,[^,.;:!?]{1,140},\s*)?"
                               r"(?:was|were|is|are|has\s+been|have\s+been|"
                               r"had\s+been|been|being|got|get)" + _CALLED_OFF_PASSIVE, re.I)
# Before its object, a verb that calls off or puts off a happening says it was still ahead: "cancelled the Friday
# meeting", "by calling off Wednesday's talks" (the verb forms live in status.py).
_CALLED_OFF_BEFORE = re.compile(r"\b(?:" + _status.PUT_OFF + r")\s+(?:the\s+)?$", re.I)
# Right before such a passive, a day names the happening called off, as a possessive would: "the talks in Oslo on
# Thursday were cancelled" (a day further back, "met on Thursday and the talks were cancelled", dates the meeting).
_CALLED_OFF_NEXT = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)" + _CALLED_OFF_PASSIVE, re.I)


_ORDER_BY = re.compile(r"\b(?:ordered|told|asked|instructed|directed|required|urged|called\s+on|gave|given)\s+"
                       r"(?:[\w'\u2019-]+\s+){0,5}?(?:to\s+(?!be\b)[a-z]+|for)\b[^,;:.!?]{0,60}?\bby\s+$", re.I)


def _nearest_weekday(d: _dt.date, wd: int) -> _dt.date:
    """The weekday wd nearest d on either side, never d itself; the later one at equal distance."""
    ahead = d + relativedelta(days=+1, weekday=_RD_WD[wd](+1))
    back = d + relativedelta(days=-1, weekday=_RD_WD[wd](-1))
    return ahead if (ahead - d) <= (d - back) else back


def _weekday_date(ctx: _Ctx, wd: int, start: int, end: int, rel: str, modifier_noun: bool,
                  possessive: bool = False) -> tuple[_dt.date, str]:
    d = ctx.dct
    name = _WD_NAMES[wd]
    if rel in ("last", "this past", "past", "previous"):
        dd = d + relativedelta(days=-1, weekday=_RD_WD[wd](-1))
        return dd, f"the {name} before the publication date {d}"
    if rel in ("next", "this coming", "coming"):
        dd = d + relativedelta(days=+1, weekday=_RD_WD[wd](+1))
        return dd, f"the {name} after the publication date {d}"
    if wd == d.weekday():
        return d, f"the publication date's weekday ({name} {d})"
    if _SINCE_PREP.search(ctx.text, max(0, start - 12), start):
        dd = d + relativedelta(days=-1, weekday=_RD_WD[wd](-1))
        return dd, f"the {name} before the publication date {d} (since)"
    if _PLAN_GIVEN_UP.search(ctx.text, max(0, start - 40), start):
        # "its meeting, originally set for Tuesday evening, was brought forward": a day the plan had; brought forward
        # from it, it lies ahead, else the nearer of the two is meant
        if _BROUGHT_FORWARD.search(ctx.text, *_sentence_bounds(ctx.text, start, end)):
            return d + relativedelta(days=+1, weekday=_RD_WD[wd](+1)), \
                f"the {name} after the publication date {d} (the day a plan brought forward had)"
        return _nearest_weekday(d, wd), f"the {name} nearest the publication date {d} (the day a plan first had)"
    pm = _PLANNED_FOR.search(ctx.text, max(0, start - 40), start)
    if pm and _PLAN_PAST.search(ctx.text, max(0, pm.start() - 20), pm.start()):
        # "which had been scheduled for Wednesday, was postponed": a plan told of in the past; its day may
        # have passed already or not - the nearer of the two is meant
        dd = _nearest_weekday(d, wd)
        return dd, f"the {name} nearest the publication date {d} (a plan told of in the past)"
    if pm or _TALKS_ON_ING.search(ctx.text, max(0, start - 90), start):
        # "the consultations planned for Wednesday", "talks on resuming the airlift on Thursday": a day booked
        # ahead of the time the sentence tells of (a day given earlier in it, else the publication date)
        ref, why = d, f"the publication date {d}"
        a = ctx.last_day_at
        if a and a[0] <= start and a[1] != d and not _ANCHOR_BREAK.search(ctx.text[a[0]:start]) and \
                start - a[0] <= 200:
            ref, why = a[1], f"{a[1]}, the day the sentence tells of"
        dd = ref + relativedelta(days=+1, weekday=_RD_WD[wd](+1))
        return dd, f"the {name} after {why} (a day booked ahead)"
    if _AHEAD_PREP.search(ctx.text, max(0, start - 30), start) or _COPULA_ON.search(ctx.text, max(0, start - 40), start) \
            or _EVENT_FOR.search(ctx.text, max(0, start - 30), start):
        dd = d + relativedelta(days=+1, weekday=_RD_WD[wd](+1))
        return dd, f"the {name} after the publication date {d} (an event still ahead)"
    if not rel and (_CALLED_OFF_NEXT.match(ctx.text, end) or (possessive or modifier_noun) and (
            _CALLED_OFF_AFTER.match(ctx.text, end) or _CALLED_OFF_BEFORE.search(ctx.text, max(0, start - 40), start))):
        # "Thursday's talks were called off", "cancelled the Friday meeting": a gathering is called off before it
        # meets, so a past verb says nothing of its day; the nearer of the two is meant.
        dd = _nearest_weekday(d, wd)
        return dd, f"the {name} nearest the publication date {d} (an event called off or put off)"
    if _TO_HAVE.search(ctx.text, max(0, start - 90), start):
        # "the exchange was to have taken place on Wednesday": a plan that fell through; its day may lie on
        # either side of the publication date - the nearer of the two is meant
        dd = _nearest_weekday(d, wd)
        return dd, f"the {name} nearest the publication date {d} (a plan that fell through)"
    if possessive and not _POSS_FUT.search(ctx.text, max(0, start - 60), start) and not (
            _POSS_EVENT.match(ctx.text, end) and _tense(ctx.text, start, end) == "future"):
        # "Tuesday's ruling": an event already reported (unless the clause looks ahead:
        # "thousands are expected at Saturday's rally")
        dd = d + relativedelta(days=-1, weekday=_RD_WD[wd](-1))
        return dd, f"the {name} before the publication date {d} (an event already reported)"
    if (_FUT_PREP.search(ctx.text, max(0, start - 20), start) or _NOTICE_UNTIL.search(ctx.text, max(0, start - 80), start)) \
            and not _PAST_PERFECT.match(
            ctx.text, start, min(len(ctx.text), end + 40)):
        # ("Until Thursday, they had not called him a suspect" looks back)
        dd = d + relativedelta(days=+1, weekday=_RD_WD[wd](+1))
        return dd, f"the {name} after the publication date {d} (a deadline or earliest date)"
    if _ORDER_BY.search(ctx.text, max(0, start - 120), start):
        # "ordered the board to hand over the boxes by Friday": the deadline an order sets lies ahead of it
        dd = d + relativedelta(days=+1, weekday=_RD_WD[wd](+1))
        return dd, f"the {name} after the publication date {d} (a deadline set by an order)"
    t = _tense(ctx.text, start, end, skip_reporting=modifier_noun)
    if rel == "this" and not t:
        t = "future" if wd > d.weekday() else "past"
    if t == "future" or (not t and modifier_noun):
        dd = d + relativedelta(days=+1, weekday=_RD_WD[wd](+1))
        why = "future sense" if t else "an upcoming event"
        return dd, f"the {name} after the publication date {d} ({why})"
    dd = d + relativedelta(days=-1, weekday=_RD_WD[wd](-1))
    why = "past tense" if t else "news default: most recent"
    return dd, f"the {name} before the publication date {d} ({why})"


@_rule(rf"\b(?P<mod>(?:early|late|earlier|later|mid-?|midday)\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|previous|past)\s+)?"
       rf"(?P<wd>{_WD})(?:'s)?(?:\s+(?P<pod>morning|afternoon|evening|night))?", prio=2)
def _r_weekday(m, ctx):
    wd = _WEEKDAYS[m.group("wd").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    pod = (m.group("pod") or "").lower()
    wd_s = m.group("wd")
    if wd_s[0].islower() and not rel:
        return None
    # "the previous Friday" relative to another date: keep as before DCT
    after = ctx.text[m.end():m.end() + 30]
    modifier_noun = bool(_MODIFIED_NOUNS.match(after)) and not pod
    # weekday followed by "s" => set ("Mondays")
    if ctx.dct is None:
        base = "XXXX-XX-XX"
        basis = ""
    else:
        poss = m.group(0).endswith("'s") and not pod
        named = ctx.weekday_named.get(wd)
        if named and not rel and not m.group("mod") and (
                modifier_noun and re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 5):m.start()], re.I)
                or poss and _POSS_EVENT.match(ctx.text, m.end())):
            # "talks in London on Thursday ... welcomed the Thursday meeting": the gathering named by its day
            # is the one the article already dated, whatever the verb around it says
            dd, basis = named, f"the {_WD_NAMES[wd]} named earlier in the text ({named})"
        else:
            dd, basis = _weekday_date(ctx, wd, m.start(), m.end(), rel, modifier_noun, poss)
        if not rel and not pod:
            ctx.weekday_named[wd] = dd
        base = dd.isoformat()
        if not _is_target(ctx, m.start()):
            ctx.last_date = dd
    if pod:
        return "TIME", f"{base}T{_POD[pod]}", basis, ""
    return "DATE", base, basis, _modof(m.group("mod"))


@_rule(rf"\b(?P<wd>{_WD}),?\s+(?P<rel>next|last|this)\s+week\b", prio=4)
def _r_weekday_of_week(m, ctx):
    wd = _WEEKDAYS[m.group("wd").lower()]
    if m.group("wd")[0].islower():
        return None
    rel = m.group("rel").lower()
    if ctx.dct is None:
        return "DATE", "XXXX-XX-XX", "", ""
    d = ctx.dct + relativedelta(weeks={"next": 1, "last": -1, "this": 0}[rel])
    dd = d + relativedelta(weekday=_RD_WD[wd](-1)) if d.weekday() >= wd else d + relativedelta(weekday=_RD_WD[wd](+1))
    return "DATE", dd.isoformat(), f"{_WD_NAMES[wd]} of the week {'after' if rel == 'next' else 'before' if rel == 'last' else 'of'} the publication date {ctx.dct}", ""


@_rule(rf"\b(?:every|each|on)\s+(?P<wd>{_WD})|\b(?P<wd2>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))s(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?\b", prio=3)
def _r_weekday_set(m, ctx):
    s = m.group(0).lower()
    if s.startswith("on "):
        return None
    wd = _WEEKDAYS[(m.group("wd") or m.group("wd2")).lower()]
    pod = (m.group("pod") or "").lower().rstrip("s")
    v = f"XXXX-WXX-{wd + 1}" + (f"T{_POD[pod]}" if pod else "")
    return "SET", v, f"every {_WD_NAMES[wd]}", ""


# ---- times of day -----------------------------------------------------------------------
@_rule(rf"\b(?:(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b)(?P<tz>{_TZ})"
       rf"(?:,?\s+(?:(?:on|of)\s+)?(?:(?P<rd>today|yesterday|tomorrow)|(?P<wd>{_WD})|(?P<mon>{_MON})\s*(?P<day>{_DAYNUM})))?"
       rf"|\b(?P<h24>[01]\d|2[0-3]):?(?P<mi24>[0-5]\d)\s*(?P<tz24>(?-i:GMT|UTC|EST|EDT|CET|CEST|BST|MSK|EET|EEST|AEST|AEDT|[A-Z]{{2}}T)|local\s+time|(?:hours|hrs)\b(?:\s+local\s+time)?)(?![A-Za-z])"
       rf"(?:,?\s+(?:on\s+)?(?P<wd24>{_WD}))?"
       rf"|\b(?P<noon>noon|midnight|midday)(?:,?\s+(?:(?:on|of)\s+)?(?:(?P<rd2>today|yesterday|tomorrow)|(?P<wd2>{_WD})))?", prio=4)
def _r_time(m, ctx):
    ap = (m.group("ap") or "").lower()
    if m.group("h") is not None:
        h = int(m.group("h"))
        mi = m.group("mi")
        if h > 12 or h == 0:
            return None
        if ap.startswith("p") and h != 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
        hm = f"{h:02d}:{mi}" if mi else f"{h:02d}:00"
        rd, wds = m.group("rd"), m.group("wd")
        mon, day = m.group("mon"), m.group("day")
    elif m.group("h24") is not None:
        hm = f"{m.group('h24')}:{m.group('mi24')}"
        rd = mon = day = None
        wds = m.group("wd24")
    else:
        w = m.group("noon").lower()
        hm = "24:00" if w == "midnight" else "12:00"
        rd, wds = m.group("rd2"), m.group("wd2")
        mon = day = None
    if ctx.dct is None:
        return "TIME", f"XXXX-XX-XXT{hm}", "", ""
    if rd:
        d = ctx.dct + _dt.timedelta(days=_RELDAY[rd.lower()])
        basis = f"{hm} on {d}"
    elif wds:
        d, basis = _weekday_date(ctx, _WEEKDAYS[wds.lower()], m.start(), m.end(), "", False)
    elif mon:
        mo, dy = _mon(mon), _day(day)
        y, _ = _pick_year_for_month(ctx, mo, dy, m.start(), m.end())
        if not _valid(y, mo, dy):
            return None
        d = _dt.date(y, mo, dy)
        basis = f"{hm} on {d}"
    else:
        la = _TIME_DAY_AFTER.match(ctx.text, m.end())
        if la and la.group("rd"):
            d = ctx.dct + _dt.timedelta(days=_RELDAY[la.group("rd").lower()])
            basis = f"{hm} on {d}"
        elif la and la.group("wd"):
            d, basis = _weekday_date(ctx, _WEEKDAYS[la.group("wd").lower()], la.start("wd"), la.end("wd"), "", False)
        elif la and la.group("mon"):
            mo, dy = _mon(la.group("mon")), _day(la.group("day"))
            y, _ = _pick_year_for_month(ctx, mo, dy, la.start("mon"), la.end("day"))
            if not _valid(y, mo, dy):
                return None
            d = _dt.date(y, mo, dy)
            basis = f"{hm} on {d}"
        else:
            d = ctx.last_date or ctx.dct
            basis = f"{hm} on the day under discussion ({d})"
    return "TIME", f"{d.isoformat()}T{hm}", basis, ""


# "5am (0300 GMT) on Saturday": the day named just after a time, past a bracketed conversion
_TIME_DAY_AFTER = re.compile(rf"\)?\s*(?:\([^()\n]{{0,30}}\)\s*)?,?\s*(?:on\s+)?(?:(?P<rd>today|yesterday|tomorrow)|(?P<wd>{_WD})"
                             rf"|(?P<mon>{_MON})\s*(?P<day>{_DAYNUM})(?!,?\s*\d))", re.I)


# ---- deictic periods --------------------------------------------------------------------
@_rule(r"\b(?P<mod>(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|middle|end|beginning|start)(?:-|\s+|\s+of\s+)(?:in\s+)?)?"
       r"(?P<rel>this|last|next|the\s+coming|this\s+coming|this\s+past|the\s+past|the\s+previous|the\s+current|the\s+following|current|previous|coming|past|the)"
       r"\s+(?P<u>year|month|week|weekend|spring|summer|fall|autumn|winter|season|decade|century)(?![-a-z])(?:'s)?", prio=3)
def _r_rel_period(m, ctx):
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    u = m.group("u").lower()
    mod = _modof(m.group("mod"))
    modtxt = (m.group("mod") or "").lower()
    nxt = ctx.text[m.end():m.end() + 12].lower()
    if rel == "the":
        if u == "weekend":
            pass
        elif u in _SEASONS:
            pass
        elif u in ("year", "month", "week") and modtxt:
            # "earlier in the year", "the end of the year"
            pass
        else:
            return None
    if rel in ("the past", "past") and re.match(r"\s*(?:two|three|four|five|six|seven|eight|nine|ten|few|several|\d)", nxt):
        return None
    if u in ("week", "month") and not modtxt and (
            rel in ("the past", "this past") or
            (rel == "last" and re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 5):m.start()]))):
        # "over the past week", "he spent the last year in hiding": the span reaching back from
        # now, not the previous calendar week/year
        start = m.start() - 4 if rel == "last" else m.start()
        return ("DURATION", {"week": "P1W", "month": "P1M", "year": "P1Y"}[u], f"one {u}", ""), start, m.end()
    d = ctx.dct
    off = {"this": 0, "the current": 0, "current": 0, "last": -1, "the previous": -1, "previous": -1,
           "this past": -1, "the past": -1, "past": -1, "next": 1, "the coming": 1, "coming": 1,
           "this coming": 1, "the following": 1, "the": 0}[rel]
    if u in ("decade", "century"):
        if rel in ("the past", "past", "the last", "last") and u == "decade":
            return "DURATION", "P10Y", "ten years", ""
        if rel in ("this", "the current", "current") and u == "century":
            return "DURATION", "P100Y", "", ""
        return None
    if u == "season":
        return None
    if rel == "the" and u in _SEASONS and d is not None:
        # "the summer": the season of the publication year (the last one if it has not begun and the clause is past)
        code = _SEASONS[u]
        y = d.year
        if d.month < _SEASON_START[code] and _tense(ctx.text, m.start(), m.end()) == "past" and \
                not re.search(r"\bfor\s+$", ctx.text[max(0, m.start() - 5):m.start()], re.I):
            y -= 1  # ("was closed for the winter": the coming one)
        return "DATE", f"{y}-{code}", f"the {u} of {y} relative to the publication date {d}", mod
    if d is None:
        v = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE"}.get(u, "XXXX-" + _SEASONS.get(u, "XX"))
        return "DATE", v, "", mod
    if u == "year":
        if rel == "the following":
            # "the following year" follows the year the text is telling of, never the publication year
            if not ctx.last_year_ref:
                return "DATE", "XXXX", "", mod
            return "DATE", str(ctx.last_year_ref + 1), "the year after the year under discussion", mod
        y = d.year + off
        if rel == "the past":
            return "DATE", str(y), f"the year before the publication year {d.year}", mod
        return "DATE", str(y), (f"the publication year {y}" if off == 0 else
                                f"the year {'before' if off < 0 else 'after'} the publication year {d.year}"), mod
    if u == "month":
        if rel == "the following":
            return None
        a = ctx.last_day_at
        if rel == "the" and a and a[0] >= _sentence_bounds(ctx.text, m.start(), m.end())[0] and \
                (a[1].year, a[1].month) != (d.year, d.month):
            # "will open on Feb. 5 and close by the end of the month": the month of the day the sentence named
            return "DATE", f"{a[1].year}-{a[1].month:02d}", f"the month of {a[1]}, the day the sentence names", mod
        x = d + relativedelta(months=off)
        return "DATE", f"{x.year}-{x.month:02d}", (f"the publication month {x.year}-{x.month:02d}" if off == 0 else
                                                   f"the month {'before' if off < 0 else 'after'} the publication month"), mod
    if u == "week":
        if rel == "the following":
            return None
        x = d + relativedelta(weeks=off)
        return "DATE", _iso_week(x), (f"the week of the publication date {d}" if off == 0 else
                                      f"the week {'before' if off < 0 else 'after'} the publication week"), mod
    if u == "weekend":
        if rel == "the":
            t = _tense(ctx.text, m.start(), m.end())
            off = 1 if t == "future" else -1
            if d.weekday() >= 5:
                off = 0
        if off == 0:
            x = d + relativedelta(weekday=SA(-1)) if d.weekday() >= 5 else d + relativedelta(weekday=SA(+1))
        elif off < 0:
            x = d + relativedelta(days=-1, weekday=SA(-1))
        else:
            x = d + relativedelta(days=+1, weekday=SA(+1))
        return "DATE", _iso_week(x) + "-WE", f"the weekend of {x} relative to the publication date {d}", mod
    # seasons: a season of year y starts in month 3/6/9/12 of y and lasts three months
    code = _SEASONS[u]
    start_m = _SEASON_START[code]
    begun = (d.year, d.month) >= (d.year, start_m)
    ended = d.month >= start_m + 3 if code != "WI" else False
    if off == 0:
        y = d.year if code != "WI" or d.month >= 3 else d.year - 1
    elif off < 0:
        y = d.year if ended else d.year - 1
    else:
        y = d.year if not begun else d.year + 1
    return "DATE", f"{y}-{code}", f"the {u} of {y} relative to the publication date {d}", mod


@_rule(rf"\b(?P<mod>(?:early|late|mid-?)\s*)?(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+of)?,?\s+(?P<y>{_YEAR})", prio=4)
def _r_season_year(m, ctx):
    return "DATE", f"{m.group('y')}-{_SEASONS[m.group('s').lower()]}", "explicit season and year", _modof(m.group("mod"))


@_rule(r"\b(?P<mod>(?:earlier|later|early|late)\s+(?:in\s+)?)(?P<rel>this|that|the)\s+(?P<u>year|month|week|day)\b", prio=4)
def _r_earlier_this(m, ctx):
    rel = m.group("rel").lower()
    u = m.group("u").lower()
    d = ctx.dct
    if rel in ("that",) or (rel == "the" and u == "day"):
        if u == "year" and ctx.last_year_ref and rel == "that":
            return "DATE", str(ctx.last_year_ref), "the year under discussion", ""
        if u == "day" and ctx.last_date:
            return "DATE", ctx.last_date.isoformat(), "the day under discussion", ""
        return None
    if d is None:
        return "DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX"}[u], "", ""
    if u == "year":
        return "DATE", str(d.year), f"the publication year {d.year}", _modof(m.group("mod"))
    if u == "month":
        return "DATE", f"{d.year}-{d.month:02d}", "the publication month", _modof(m.group("mod"))
    if u == "week":
        return "DATE", _iso_week(d), f"the week of the publication date {d}", _modof(m.group("mod"))
    return "DATE", d.isoformat(), f"the publication date {d}", ""


@_rule(r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(?P<pod>morning|afternoon|evening|night)\b", prio=2)
def _r_that_evening(m, ctx):
    # "Protesters gathered on Sunday. That evening, police ...": a part of the day under discussion; with no day
    # before it, which evening is meant cannot be told.
    if not ctx.last_date:
        return None
    pod = m.group("pod").lower()
    return "TIME", f"{ctx.last_date.isoformat()}T{_POD[pod]}", f"the {pod} of the day under discussion", ""


@_rule(r"\b(?:that|the\s+same)\s+(?P<u>year|day|month)\b", prio=2)
def _r_that_year(m, ctx):
    u = m.group("u").lower()
    if u == "year" and ctx.last_year_ref:
        return "DATE", str(ctx.last_year_ref), "the year under discussion", ""
    if u == "day" and ctx.last_date:
        return "DATE", ctx.last_date.isoformat(), "the day under discussion", ""
    return None


@_rule(r"\b(?:the\s+)?(?:(?P<full>full|fiscal|calendar|current|current\s+fiscal|latest\s+fiscal|full\s+fiscal)\s+)year\b(?![-\s]+(?:end|ago|earlier))", prio=2)
def _r_fiscal_year(m, ctx):
    if ctx.dct is None:
        return "DATE", "XXXX", "", ""
    full = (m.group("full") or "").lower()
    nxt = ctx.text[m.end():m.end() + 12].lower()
    if re.match(r"\s*(?:ended|ending|that\s+ended|which\s+ended|through)", nxt):
        return "DURATION", "P1Y", "one year", ""
    if full == "latest fiscal":
        return "DATE", str(ctx.dct.year - 1), "the last full fiscal year before the publication date", ""
    return "DATE", str(ctx.dct.year), f"the publication year {ctx.dct.year}", ""


@_rule(r"\b(?:(?:around|by|at|before|after|until|through)\s+)?(?:the\s+)?year[- ]end\b|\byear's\s+end\b", prio=2)
def _r_year_end(m, ctx):
    if ctx.dct is None:
        return "DATE", "XXXX", "", "END"
    return "DATE", str(ctx.dct.year), f"the end of the publication year {ctx.dct.year}", "END"


@_rule(r"\b(?:for|in|during|through|of)\s+(?P<span>the\s+year)\b(?![-\s]+(?:ago|earlier|before|after|when|in\s+which))", prio=1)
def _r_the_year(m, ctx):
    nxt = ctx.text[m.end():m.end() + 14].lower()
    if re.match(r"\s*(?:ended|ending|to\s+date|that\s+ended)", nxt) or \
            re.match(rf"\s+to\s+(?:the\s+end\s+of\s+)?{_MON}", ctx.text[m.end():m.end() + 30]):
        # "in the year to February" (British statistics): a twelve-month span
        return ("DURATION", "P1Y", "one year", ""), m.start("span"), m.end("span")
    if re.match(r"\s*(?:\d|two|three|for|of)", nxt):
        return None
    if ctx.dct is None:
        return ("DATE", "XXXX", "", ""), m.start("span"), m.end("span")
    return ("DATE", str(ctx.dct.year), f"the publication year {ctx.dct.year}", ""), m.start("span"), m.end("span")


# ---- "N units ago", "a year earlier" ----------------------------------------------------
_YEAR_NAMED = re.compile(rf"\b(?<![$\u20ac\u00a3#])(?P<y>{_YEAR})\b(?!\s*(?:bonds?|notes?)\b)")


def _year_named_before(text: str, start: int) -> int | None:
    """The year "a year later" counts from: the last year named before it in its sentence, else in the sentence
    before ("defaulted in 2021 and restructured its debt a year later" is 2022, whatever the publication year)."""
    left, _ = _sentence_bounds(text, start, start)
    ys = [int(x.group("y")) for x in _YEAR_NAMED.finditer(text, left, start)]
    if not ys and left > 0:
        pleft, _ = _sentence_bounds(text, max(0, left - 2), max(0, left - 2))
        ys = [int(x.group("y")) for x in _YEAR_NAMED.finditer(text, pleft, left)]
    return ys[-1] if ys else None


@_rule(rf"\b(?P<ap>(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than)\s+)?"
       rf"(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+(?P<dir>ago|earlier|before|later|from\s+now|hence)\b", prio=4)
def _r_ago(m, ctx):
    n = _num_value(m.group("n"))
    u = m.group("u").lower().rstrip("s")
    if u == "centurie":
        u = "century"
    dirw = m.group("dir").lower()
    if dirw in ("earlier", "before", "later"):
        # "a year earlier" only in the sense of "than now" at the publication date
        if not (n == 1 and u in ("year",)) and dirw != "earlier":
            return None
    sign = 1 if dirw in ("later", "from now", "hence") else -1
    if ctx.dct is None:
        return "DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(u, "XXXX-XX-XX"), "", ""
    d = ctx.dct
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "", ""
    if u == "year" and n == 1 and dirw in ("ago", "earlier") and ctx.last_quarter and \
            re.search(r"quarter|period|\bsales\b|\bnet\b|earnings|profit|revenue|\bcents\b|a\s+share",
                      ctx.text[max(0, m.start() - 400):m.start()], re.I):
        y, q = ctx.last_quarter
        return "DATE", f"{y - 1}-Q{q}", "the same quarter one year earlier than the quarter under discussion", ""
    if dirw in ("earlier", "before", "later") and not (n == 1 and u == "year"):
        return None
    if dirw in ("earlier", "before", "later"):
        named = _year_named_before(ctx.text, m.start())
        if named:
            y = named + sign
            return "DATE", str(y), f"the year {'before' if sign < 0 else 'after'} {named}, the year the text names", ""
    ni = int(n)
    if n != ni:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "", ""
    if u == "year":
        return "DATE", str(d.year + sign * ni), f"{ni} year(s) {'before' if sign < 0 else 'after'} the publication year {d.year}", ""
    if u == "decade":
        return "DATE", str(d.year + sign * 10 * ni), f"{10*ni} years from the publication year", ""
    if u == "century":
        return "DATE", f"{(d.year + sign * 100 * ni) // 100:02d}", "", ""
    if u == "month":
        x = d + relativedelta(months=sign * ni)
        return "DATE", f"{x.year}-{x.month:02d}", f"{ni} month(s) from the publication month", ""
    if u == "week":
        x = d + relativedelta(weeks=sign * ni)
        return "DATE", _iso_week(x), f"{ni} week(s) from the publication week", ""
    if u == "day":
        x = d + relativedelta(days=sign * ni)
        return "DATE", x.isoformat(), f"{ni} day(s) from the publication date {d}", ""
    if u == "quarter":
        y, q = d.year, _quarter(d)
        idx = y * 4 + q - 1 + sign * ni
        return "DATE", f"{idx // 4}-Q{idx % 4 + 1}", "", ""
    return None


@_rule(r"\b(?:the\s+)?(?:year-earlier|year-ago|year\s+earlier|prior-year|year-before)(?:\s+(?:period|quarter|level|results?))?\b", prio=2)
def _r_year_earlier(m, ctx):
    if ctx.dct is None:
        return "DATE", "XXXX", "", ""
    s = m.group(0).lower()
    if ctx.last_quarter and ("period" in s or "quarter" in s or not s.endswith(("level", "result", "results"))):
        y, q = ctx.last_quarter
        return "DATE", f"{y - 1}-Q{q}", "the same quarter one year earlier than the quarter under discussion", ""
    return "DATE", str(ctx.dct.year - 1), f"the year before the publication year {ctx.dct.year}", ""


# ---- durations --------------------------------------------------------------------------
_UNIT_CODE = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
              "night": ("", "D"), "week": ("", "W"), "weekend": ("", "WE"), "month": ("", "M"), "year": ("", "Y"),
              "decade": ("", "E"), "century": ("", "C"), "quarter": ("", "Q"), "session": ("", "D"),
              "semester": ("", "M")}


def _dur_value(n: float | None, u: str) -> str:
    t, c = _UNIT_CODE[u]
    if n is None:
        return f"P{t}X{c}"
    if u == "decade":
        n, c = n * 10, "Y"
    elif u == "century":
        n, c = n * 100, "Y"
    elif u == "weekend":
        n, c = n * 2, "D"
    elif u == "semester":
        n = n * 6
    if n != int(n):
        whole = int(n)
        frac = n - whole
        sub = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
               "Q": ("M", 3)}.get(c) if t != "T" else {"H": ("M", 60), "M": ("S", 60)}.get(c)
        if sub:
            sc, mult = sub
            if c in ("D",) and sc == "H":
                return f"P{whole}DT{int(frac * mult)}H"
            if t == "T":
                return f"PT{whole}{c}{int(frac * mult)}{sc}"
            return f"P{whole}{c}{int(frac * mult)}{sc}"
    return f"P{t}{int(n)}{c}"


_VAGUE = re.compile(r"^(?:a\s+few|few|several|many|some|a\s+number\s+of|dozens\s+of|hundreds\s+of|thousands\s+of)$", re.I)


@_rule(rf"\b(?P<pre>{_APPROX}(?:{_APPROX})?)?(?P<n>{_NUM})(?:\s+(?:or\s+(?:so|more|two|three|four|five))|\s+to\s+(?P<n2>{_NUM}))?\s+"
       rf"(?:(?:more|additional|full|straight|consecutive|trading|business|calendar|long|short|whole|extra|further)\s+)?(?P<u>{_UNIT})"
       r"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?", prio=2)
def _r_duration(m, ctx):
    ns = m.group("n")
    u = m.group("u").lower()
    u = "century" if u == "centuries" else u.rstrip("s") if u.endswith("s") and u not in ("hours",) else u
    if u == "hours":
        u = "hour"
    if u == "quarters" or u == "quarter":
        u = "quarter"
    n = None if _VAGUE.match(ns.strip()) else _num_value(ns)
    if m.group("half") and n is not None:
        n += 0.5  # "a year and a half", "two hours and a half"
    pre = (m.group("pre") or "").lower()
    plural = m.group("u").lower().endswith("s") or m.group("u").lower() == "centuries"
    if n == 1 and ns.strip().lower() in ("a", "an") and not pre:
        # "a year" after an amount is a rate ("$5 million a year") -> SET
        before = ctx.text[max(0, m.start() - 30):m.start()]
        if re.search(r"(?:\d|million|billion|thousand|percent|%|times|once|twice|dollars|cents)\s*$", before, re.I):
            return "SET", _dur_value(1, u) if u != "quarter" else "P1Q", f"once per {u}", ""
        if u == "quarter":
            return None
    if u == "session":
        return None
    if u == "second" and not plural and ns.strip().lower() in ("a", "one") and not pre and \
            re.match(r"\s+(?!later|earlier|ago|before|after|or|and|to|in|of|on|at|for|too|longer|more|less|the|a)[a-z]",
                     ctx.text[m.end():m.end() + 12]):
        return None  # "a second round": an ordinal, not a duration
    if u == "night" and n is None:
        return None
    if u == "quarter":
        if n is None:
            return "DURATION", "PXQ", "", ""
        if "next" in pre:
            return "DURATION", f"P{int(n) * 3}M", "", ""
        return "DURATION", f"P{int(n)}Q", f"{_fmt_num(n)} quarters", ""
    if m.group("n2"):
        n = None if _num_value(m.group("n2")) is None or n is None else n
        if n is not None:
            return "DURATION", _dur_value(n, u), "", "APPROX"
    val = _dur_value(n, u)
    return "DURATION", val, (f"{_fmt_num(n)} {u}(s)" if n is not None else ""), ""


@_rule(rf"\b(?P<n>\d+(?:\.\d+)?|{_NUMW}|half|one|a|an)-(?P<u>second|minute|hour|day|week|month|year|decade|century|quarter)"
       r"(?P<tail>-(?:long|old))?(?![a-z])", prio=3)
def _r_dur_adj(m, ctx):
    if (m.group("tail") or "").lower() == "-old":
        return None  # ages ("6-year-old") are not temporal expressions
    ns = m.group("n").lower()
    u = m.group("u").lower()
    n = 0.5 if ns == "half" else _num_value(ns)
    if n is None:
        return None
    if u == "quarter":
        return "DURATION", f"P{_fmt_num(n)}Q", "", ""
    return "DURATION", _dur_value(n, u), f"{_fmt_num(n)} {u}(s)", ""


@_rule(r"\b(?:(?:for|in|over|within|during)\s+)(?P<span>(?:the\s+)?(?:past\s+|last\s+|coming\s+|next\s+|recent\s+)?(?P<u>years|months|weeks|days|decades|hours|minutes|centuries))\b"
       r"|\b(?P<span2>(?:the\s+)?(?:(?:past|last|coming|next|recent|several|many)\s+)?(?P<u2>years|months|weeks|days|decades|hours|minutes|centuries))(?=\s+(?:ago|of\b|to\s+come|ahead|now))", prio=1)
def _r_vague_units(m, ctx):
    span = "span" if m.group("span") else "span2"
    u = (m.group("u") or m.group("u2")).lower()
    s = m.group(span).lower()
    nxt = ctx.text[m.end():m.end() + 8].lower()
    if nxt.startswith(" of ") and not s.startswith("the"):
        return None
    if nxt.lstrip().startswith("ago"):
        return None
    unit = {"years": "year", "months": "month", "weeks": "week", "days": "day", "decades": "decade",
            "hours": "hour", "minutes": "minute", "centuries": "century"}[u]
    if "recent" in s:
        val = {"year": "PXY", "month": "PXM", "week": "PXW", "day": "PXD"}.get(unit, _dur_value(None, unit))
        return ("DURATION", val, "", ""), m.start(span), m.end(span)
    if "coming" in s or "next" in s:
        return ("DATE", "FUTURE_REF", "", ""), m.start(span), m.end(span)
    return ("DURATION", _dur_value(None, unit), "", ""), m.start(span), m.end(span)


@_rule(r"\b(?:a\s+while|some\s+time|the\s+long\s+term)\b", prio=1)
def _r_while(m, ctx):
    s = m.group(0).lower()
    if "term" in s or "run" in s:
        return "DATE", "FUTURE_REF", "", ""
    if s == "some time" and not re.search(r"(?:for|in|after)\s+$", ctx.text[max(0, m.start() - 8):m.start()]):
        return None
    return "DURATION", "PXX", "", ""


# ---- sets -------------------------------------------------------------------------------
_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
              "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M",
              "annual": "P1Y"}


@_rule(r"\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|semiannually)\b", prio=1)
def _r_set_adv(m, ctx):
    w = m.group(0).lower()
    nxt = ctx.text[m.end():m.end() + 20]
    if w in ("daily", "weekly", "monthly") and re.match(r"\s+(?:newspaper|paper|magazine|journal|news|publication|mail|telegraph|star|post|times|express|record|herald|mirror|[A-Z])", nxt):
        return None
    if w == "quarterly" and re.match(r"\s+(?:dividend|report|results|earnings|payment|rate|profit|loss|meeting|statement|magazine|journal|review)", nxt, re.I):
        return None
    unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
            "hourly": "hour", "nightly": "night", "semiannually": "half-year"}[w]
    return "SET", _SET_WORDS[w], f"every {unit}", ""


@_rule(r"\b(?:every|each|per|a|once\s+a|twice\s+a)\s+(?:other\s+)?(?P<u>day|week|month|year|quarter|hour|minute|morning|night|evening|weekend|summer|winter|spring|fall)\b(?!\s+(?:ago|earlier|later|before|after))", prio=2)
def _r_set_every(m, ctx):
    s = m.group(0).lower()
    u = m.group("u").lower()
    if s.startswith("a "):
        before = ctx.text[max(0, m.start() - 30):m.start()]
        if not re.search(r"(?:\d|million|billion|thousand|percent|%|times|once|twice|dollars|cents|hours|miles)\s*$", before, re.I):
            return None
    other = " other " in s
    if u in ("morning", "night", "evening"):
        return "SET", f"XXXX-XX-XXT{_POD[u]}", f"every {u}", ""
    if u in ("summer", "winter", "spring", "fall"):
        return "SET", f"XXXX-{_SEASONS[u]}", f"every {u}", ""
    if u == "weekend":
        return "SET", "XXXX-WXX-WE", "every weekend", ""
    if u == "quarter":
        return "SET", "P1Q", "every quarter", ""
    val = _dur_value(2 if other else 1, u)
    return "SET", val, f"every {'other ' if other else ''}{u}", ""


@_rule(rf"\bevery\s+(?P<n>\d{{1,3}}|{_NUMW}|few|couple\s+of)\s+(?P<u>(?:second|minute|hour|day|week|month|year|decade)s)\b", prio=3)
def _r_set_every_n(m, ctx):
    u = m.group("u").lower()[:-1]
    n = _num_value(m.group("n"))
    if n is None:
        if m.group("n").lower().startswith("couple"):
            n = 2
        else:
            return "SET", _dur_value(None, u), f"every few {u}s", ""
    return "SET", _dur_value(n, u), f"every {_fmt_num(n)} {u}s", ""


@_rule(rf"\b(?:every|each)\s+(?P<mon>{_MON})", prio=3)
def _r_set_month(m, ctx):
    return "SET", f"XXXX-{_mon(m.group('mon')):02d}", "every year in that month", ""


# ---- generic references -----------------------------------------------------------------
@_rule(r"\b(?:right\s+now|now|currently|current(?=\s+[a-z])|these\s+days|nowadays|at\s+present|at\s+the\s+moment|at\s+this\s+time|the\s+present|present-day)\b", prio=1)
def _r_present(m, ctx):
    s = m.group(0).lower()
    if s.startswith("at "):
        span = re.search(r"(?:present|the\s+moment|this\s+time)$", m.group(0), re.I)
        return ("DATE", "PRESENT_REF", "the publication time", ""), m.start() + span.start(), m.end()
    return "DATE", "PRESENT_REF", "the publication time", ""


@_rule(r"\b(?:recently|more\s+recently|most\s+recently|lately|in\s+the\s+past|the\s+past|in\s+recent\s+(?:years|months|weeks|days|times))\b", prio=1)
def _r_past(m, ctx):
    s = m.group(0).lower()
    if s.startswith("in the past"):
        return ("DATE", "PAST_REF", "before the publication time", ""), m.start() + 3, m.end()
    if s.startswith("in recent"):
        u = s.split()[-1]
        if u == "times":
            return ("DATE", "PAST_REF", "before the publication time", ""), m.start() + 3, m.end()
        # TimeBank reads "recent years" as a vague duration
        return ("DURATION", {"years": "PXY", "months": "PXM", "weeks": "PXW", "days": "PXD"}[u], "", ""), m.start() + 3, m.end()
    if s == "the past":
        nxt = ctx.text[m.end():m.end() + 20].lower()
        if re.match(r"\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|few|several|year|month|week|decade|day|quarter|century|hour)", nxt):
            return None
    if s == "earlier":
        if m.start() > 0 and not re.search(r"(?:^|[.\n]\s*)$", ctx.text[max(0, m.start() - 3):m.start()]):
            return None
    return "DATE", "PAST_REF", "before the publication time", ""


@_rule(r"\b(?:the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|the\s+near\s+term|the\s+short\s+term|soon|shortly|a\s+later\s+date|as\s+soon\s+as\s+possible|in\s+the\s+coming\s+(?:days|weeks|months|years))\b", prio=1)
def _r_future(m, ctx):
    s = m.group(0).lower()
    if s.startswith("in the coming"):
        return ("DATE", "FUTURE_REF", "after the publication time", ""), m.start() + 3, m.end()
    if s in ("soon", "shortly"):
        prev = ctx.text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(?:as|too|how)\s+$", prev) or "after" in ctx.text[m.end():m.end() + 7].lower():
            return None
    return "DATE", "FUTURE_REF", "after the publication time", ""


# ---- holidays ---------------------------------------------------------------------------
def _easter(y: int) -> _dt.date:
    from dateutil.easter import easter
    return easter(y)


def _nth_weekday(y: int, mo: int, wd: int, n: int) -> _dt.date:
    d = _dt.date(y, mo, 1) + relativedelta(weekday=_RD_WD[wd](n))
    return d


_HOLIDAYS = {
    "christmas day": lambda y: _dt.date(y, 12, 25), "christmas": lambda y: _dt.date(y, 12, 25),
    "christmas eve": lambda y: _dt.date(y, 12, 24), "new year's day": lambda y: _dt.date(y, 1, 1),
    "new year's eve": lambda y: _dt.date(y, 12, 31), "independence day": lambda y: _dt.date(y, 7, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "election day": lambda y: _dt.date(y, 11, 2) + relativedelta(weekday=TU(+1)),
    "easter": _easter, "easter sunday": _easter, "halloween": lambda y: _dt.date(y, 10, 31),
    "valentine's day": lambda y: _dt.date(y, 2, 14), "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _dt.date(y, 5, 31) + relativedelta(weekday=MO(-1)),
}


_HOLIDAY_THING = re.compile(r"\s+(?:market|markets|tree|trees|lights|decorations|cards?|gifts?|presents|shopping|"
                            r"sales|carols?|songs?|music|movies?|films?|jumpers?|sweaters?|pudding|cookies|candy|"
                            r"costumes?|turkey|spirit|specials?|season|holidays)\b")


@_rule(rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<h>(?-i:Christmas\s+Day|Christmas\s+Eve|Christmas|New\s+Year's\s+(?:Day|Eve)|Independence\s+Day|Thanksgiving\s+Day|Thanksgiving|Election\s+Day|Easter\s+Sunday|Halloween|Valentine's\s+Day|Labor\s+Day|Memorial\s+Day))(?:,?\s+(?P<y>{_YEAR}))?", prio=3)
def _r_holiday(m, ctx):
    if not m.group("y") and _HOLIDAY_THING.match(ctx.text, m.end()):
        return None    # "a Christmas market in Berlin", "the Halloween costumes": a kind of thing, not a day
    name = re.sub(r"\s+", " ", m.group("h").lower())
    fn = _HOLIDAYS[name]
    if m.group("y"):
        y = int(m.group("y"))
        return "DATE", fn(y).isoformat(), f"{m.group('h')} of {y}", ""
    if ctx.dct is None:
        return "DATE", "XXXX-XX-XX", "", ""
    d = ctx.dct
    rel = (m.group("rel") or "").lower()
    this = fn(d.year)
    if rel == "last":
        x = this if this < d else fn(d.year - 1)
    elif rel == "next":
        x = this if this > d else fn(d.year + 1)
    else:
        t = _tense(ctx.text, m.start(), m.end())
        x = this
        if t == "past" and this > d + _dt.timedelta(days=45):
            x = fn(d.year - 1)
        elif t == "future" and this < d - _dt.timedelta(days=45):
            x = fn(d.year + 1)
        elif not t:
            # no tense to go by: the occurrence nearest the publication date ("New Year's Eve"
            # in a January 4 article is five days ago, not next December)
            x = min((fn(d.year - 1), this, fn(d.year + 1)), key=lambda c: abs((c - d).days))
    return "DATE", x.isoformat(), f"{m.group('h')} nearest the publication date {d}", ""


# ---- year ranges, half-years, days anchored to a date in the same sentence ------------------
@_rule(rf"\b(?:from|between)\s+(?P<y>{_YEAR})(?=\s*(?:to|and|until|through|till)\s+(?:{_YEAR}))", prio=2)
def _r_year_range_start(m, ctx):
    y = int(m.group("y"))
    if y > 2100:
        return None
    ctx.last_year_ref = y
    return ("DATE", str(y), "explicit year (start of a range)", ""), m.start("y"), m.end("y")


@_rule(rf"(?-i:\b(?P<h>H[12])\b)(?![-/])(?:\s+(?P<y>{_YEAR})|\s*['\u2019](?P<yy>\d\d)\b)|\b(?P<y2>{_YEAR})\s*(?-i:(?P<h2>H[12])\b)(?![-/])", prio=4)
def _r_h_abbrev(m, ctx):
    h = int((m.group("h") or m.group("h2"))[1])
    y = int(m.group("y") or m.group("y2")) if (m.group("y") or m.group("y2")) else 2000 + int(m.group("yy"))
    return "DATE", f"{y}-H{h}", "explicit half-year and year", ""


_HALF_MONEY = re.compile(r"\b(?:profits?|revenues?|sales|earnings|income|growth|economy|economic|GDP|output|deliveries|"
                         r"shipments|results|losses|margins?|turnover|orders|exports|imports|inflation|prices)\b", re.I)
_HALF_SPORT = re.compile(r"\b(?:goals?|scored|scores?|match|game|minutes?|half-?time|penalty|led|trailed|points|"
                         r"touchdowns?|innings?|period|coach|season|kick-?off|striker|keeper|shots?)\b", re.I)


def _half_of_dct(ctx: _Ctx, h: int, start: int, end: int) -> int | None:
    """Year of a bare "the first/second half" in financial copy, or None where it is not clear."""
    left, right = _sentence_bounds(ctx.text, start, end)
    sent = ctx.text[left:right]
    if not _HALF_MONEY.search(sent) or _HALF_SPORT.search(sent):
        return None
    d = ctx.dct
    t = _tense(ctx.text, start, end)
    if h == 1:
        if d.month >= 7 or t == "future":
            return d.year
        return None
    if d.month < 7:
        return d.year - 1 if t == "past" else d.year if t == "future" else None
    return d.year if t == "future" else None


_ANCHOR_BREAK = re.compile(r"[.!?][\"')]*\s|\n\s*\n")
_ANCHOR_DAY_AFTER = re.compile(r"\s*[,.;:!?)\u2014]|\s+(?:and|but|when|while)\b|\s*$")


@_rule(r"\bthe\s+(?:(?P<rel>next|following|previous|preceding)\s+(?P<u>day|morning|afternoon|evening|night)\b"
       r"|(?P<d>day)\s+(?P<dir>before|after)\b)", prio=3)
def _r_day_anchored(m, ctx):
    """"the next day", "the following morning", "the day before," counted from a day-precise date earlier
    in the same sentence; with none there, the day is left unresolved (never the publication date)."""
    if m.group("d") and not _ANCHOR_DAY_AFTER.match(ctx.text, m.end()):
        return None  # "the day after the election": anchored to an event, not to a date
    u = (m.group("u") or "day").lower()
    a = ctx.last_day_at
    between = ctx.text[a[0]:m.start()] if a else ""
    if a is None or a[0] > m.start() or len(between) > 200 or _ANCHOR_BREAK.search(between):
        # the date must come earlier in the same sentence (a semicolon may come between); "the deal fell
        # through the next day" after a happening with no date in reach: which day cannot be told
        if m.group("d"):
            return None
        if u == "day":
            return "DATE", "XXXX-XX-XX", "", ""
        return "TIME", f"XXXX-XX-XXT{_POD[u]}", "", ""
    sign = -1 if (m.group("rel") or m.group("dir")).lower() in ("previous", "preceding", "before") else 1
    x = a[1] + _dt.timedelta(days=sign)
    basis = f"the {u} {'before' if sign < 0 else 'after'} {a[1]}, the date given earlier in the sentence"
    if m.group("d"):
        return ("DATE", x.isoformat(), basis, ""), m.start(), m.start("d") + 3
    if u != "day":
        return "TIME", f"{x.isoformat()}T{_POD[u]}", basis, ""
    return "DATE", x.isoformat(), basis, ""


# ----------------------------------------------------------------------------- driver
def tag(text: str, dct: _dt.date | None) -> list[Timex]:
    """All temporal expressions in text, sorted by start, non-overlapping."""
    if isinstance(dct, _dt.datetime):
        dct = dct.date()
    cands = []
    for idx, (rx, fn, prio) in enumerate(_rules):
        for m in rx.finditer(text):
            if m.end() <= m.start():
                continue
            s, e = m.start(), m.end()
            # trim trailing whitespace/punctuation captured by optional groups
            while e > s and text[e - 1] in " \t\r\n,":
                e -= 1
            cands.append((s, e, prio, idx, m))
    # longest first, then priority, then earliest
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    chosen = []
    occupied = bytearray(len(text) + 1)
    probe = _Ctx(text, dct)
    for s, e, prio, idx, m in cands:
        if any(occupied[s:e]):
            continue
        # probe the handler so that a rejected long candidate leaves room for shorter ones
        probe.last_quarter = (2000, 1)
        probe.last_year_ref = 2000
        probe.last_date = dct or _dt.date(2000, 1, 1)
        probe.last_day_at = (s, probe.last_date)
        try:
            if _rules[idx][1](m, probe) is None:
                continue
        except (ValueError, KeyError, OverflowError):
            continue
        chosen.append((s, e, idx, m))
        occupied[s:e] = b"\x01" * (e - s)
    chosen.sort(key=lambda c: c[0])
    ctx = _Ctx(text, dct)
    out: list[Timex] = []
    for s, e, idx, m in chosen:
        fn = _rules[idx][1]
        try:
            res = fn(m, ctx)
        except (ValueError, KeyError, OverflowError):
            res = None
        if res is None:
            continue
        if isinstance(res[0], tuple):
            (typ, val, basis, mod), s, e = res
        else:
            typ, val, basis, mod = res
        while e > s and text[e - 1] in " \t\r\n,":
            e -= 1
        if text.endswith(("'s", "\u2019s"), s, e) and e - s > 2:
            e -= 2  # possessive: "Friday's meeting" -> "Friday"
        if ctx.dct is None and "X" in val and typ in ("DATE", "TIME"):
            basis = ""  # unresolved: nothing to explain
        out.append(Timex(s, e, text[s:e], typ, val, basis, mod))
        if typ in ("DATE", "TIME") and _DAY_VALUE.match(val):
            try:
                ctx.last_day_at = (e, _dt.date.fromisoformat(val[:10]))
            except ValueError:
                pass
    return out


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")
