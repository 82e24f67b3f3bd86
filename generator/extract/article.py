"""One article read paragraph by paragraph and sentence by sentence: each sentence's units (statements, dated
clauses, happenings counted from another), and what the next sentence may refer back to.
"""
from __future__ import annotations

import re

from ..drafts import EventDraft
from ..seeds import Article
from . import headlines
from . import status as _status
from . import timex as _timex
from .entities import Mention, Registry, find_mentions
from .sentences import Sentence, is_caption, split
from .units import _Ctx, _Unit
from .titles import _claim, _fit, _possessive
from .clauses import (_boundaries, _clause_info, _inner_since_clause, _is_state, _modifier_clause, _paren_end,
                      _reduced_relative)
from .dating import (_EVENT_NOUNS, _FRONTED_CLAUSE, _SINCE_BARE, _SINCE_NAMED, _WEEKDAYS, _attributive, _attributive_act, _attributive_gathering,
                     _attributive_year, _blank, _booked_then_called_off, _dateline_date, _dates_a_modifier, _deadline,
                     _event_named, _narrative_anchor, _nominal_in, _not_a_date_of_the_happening, _own, _past_anchor,
                     _day_value, _possessive_act, _possessive_named, _precision, _reanchor, _saying_day, _set_date, _shift, _timexes,
                     _undated_reason, _when_clause, _while_clause)
from .counting import _counted_since
from .references import _person_or_org_names
from .speech import _MEANWHILE, _attribution, _statement_unit
from .happenings import (_NEW_DATE, _OLD_DATE, _clause_unit, _named_event_unit, _nominal_unit, _rescheduled_unit,
                         _rescue, _year_named_unit)
from .intervals import _FRONTED_AFTER, _INTERVAL_AFTER, _counted_later, _interval_units
from .assemble import _assemble


_CREDIT = re.compile(r"\s*\((?:©|\(c\)|photo|credit|image)[^)]*\)\s*$", re.I)

# A correction or an editor's note tells the reader about the story, not about the world: "This story has been
# corrected to show ...", "An earlier version of this story misstated ...", "(Corrects day of meeting in paragraph 3)",
# "(Reporting by ...; Editing by ...)", "Writing by ...". Such a sentence gives no event; a paragraph opening
# "Correction:" or "Editor's note:" gives none at all (its "It began on Dec. 13, not Dec. 12." restates the story).
_NOTE_PARAGRAPH = re.compile(r"\s*\(?\s*(?:correction|clarification|editor['\u2019]?s\s+note|update)\s*[:\-\u2013\u2014]",
                             re.I)
_EDITORS_NOTE = re.compile(
    r"\s*\(?\s*(?:(?:this|the)\s+(?:story|article|report|item|version)\s+(?:(?:has|had|have)\s+been|was|is)\s+"
    r"(?:corrected|updated|amended|clarified|refiled|changed)\b|an?\s+(?:earlier|previous)\s+version\s+of\s+this\b|"
    r"(?:corrects|updates|adds|recasts|refiles|fixes|changes|clarifies|removes|deletes|restores)\s+[^)]{0,120}\)|"
    r"(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|compilation|translation|translated)\s+by\b)", re.I)


_SIGN_OFF = re.compile(r"(?<=[.!?\"\u201d])\s+(?:Enditem|ENDITEM|\(END\)|END|ENDS)\s*$")

# "came on the day of the deadline", "fell on the same day as the vote": the day of another happening, told before
_SAME_DAY_AS = re.compile(r"\bon\s+(the\s+(?:very\s+)?day\s+of)\s+(?:the|a|an|its|their)\s+[a-z]")


# --------------------------------------------------------------------------- one article
def _article_events(art: Article, reg: Registry) -> list[tuple[tuple, EventDraft]]:
    ctx = _Ctx(art, reg)
    units: list[_Unit] = []
    for p_no, para in enumerate(art.paragraphs, 1):
        para = _SIGN_OFF.sub("", para)      # "... due in November. Enditem": the wire's sign-off is no caption's credit
        timexes = _timexes(para, art.published, art.paragraphs[p_no - 2] if p_no > 1 else "", ctx.last_day,
                           several=len(set(ctx.para_days)) > 1)
        ctx.para_days = []
        if is_caption(para):
            text = _CREDIT.sub("", para).strip()
            sentences = [Sentence(0, len(text), text)]
        else:
            sentences = split(para)
        for sent in sentences:
            body = _CREDIT.sub("", sent.text)
            tx = [_shift(t, -sent.start) for t in timexes if sent.start <= t.start and t.end <= sent.start + len(body)]
            mentions = find_mentions(body, reg)
            for m in mentions:
                if m.type == "person":
                    ctx.persons.append(m.slug)
            found = [] if _NOTE_PARAGRAPH.match(para) or _EDITORS_NOTE.match(body) else \
                _sentence_units(ctx, p_no, sent, body, tx, mentions, caption=is_caption(para))
            main_dated = any(u.kind == "event" and u.clause == "main" for u in found)
            units += [u for u in (_rescue(ctx, u, body, tx, mentions, main_dated) for u in found) if u is not None]
            for t in tx:
                if t.type == "DATE" and t.text.lower() in _WEEKDAYS and len(t.value) == 10 and \
                        not _attributive(body, t) and not _possessive_named(body, t):
                    ctx.weekdays.setdefault(t.text.lower(), set()).add(t.value)
            ctx.recent_sents.append([m for m in mentions if m.kind == "actor"])
            ctx.prev_text, ctx.prev_mentions = body, mentions
            days = [u.date for u in found if u.state == "dated" and len(u.date) == 10
                    and u.clause in ("main", "sub", "and")]
            # The narrative's day is the main clause's: in "Lindqvist announced on Tuesday that the talks had been
            # put off to Dec. 8. The NLF confirmed the same day ...", the same day is Tuesday.
            days = [u.date for u in found if u.state == "dated" and len(u.date) == 10 and u.kind == "statement"] or \
                [u.date for u in found if u.state == "dated" and len(u.date) == 10 and u.clause == "main"] or days
            # "Yesterday's seizure was the first since the truce. The same day, ...": a sentence about an act its
            # possessive date names is about that day; a named plan still ahead ("tomorrow's round") is not.
            days = days or [u.date for u in found if u.state == "dated" and len(u.date) == 10 and u.clause == "named"
                            and art.published and u.date <= art.published.isoformat()]
            ctx.last_day = days[-1] if days else ctx.last_day
            # what the paragraph told of, for "Earlier in the day" opening the next: any predicate's day, a
            # participle's too ("With 91% counted, the board announced on Tuesday evening ...")
            ctx.para_days += days[-1:] or [u.date for u in found if u.state == "dated" and len(u.date) == 10
                                           and u.clause in ("part", "coord")][-1:]
            ctx.day_sent = bool(days)
            ctx.one_day = bool(days) and len({t.value[:10] for t in tx if _own(t)}) == 1
            gathering = re.match(r"(?:[A-Z][^,]{0,40},\s+)?(?:[Tt]he|[Aa]n?)\s+((?:[\w-]+\s+){0,2}?(?:" + _EVENT_NOUNS +
                                 r"))\b", body)
            ctx.last_gathering = " ".join(w for w in gathering.group(1).split() if w.lower() not in _WEEKDAYS) \
                if gathering else ""
    return _assemble(ctx, units)


_MONTH_WORD = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday"


def _sentence_units(ctx: _Ctx, p_no: int, sent: Sentence, text: str, tx: list, mentions: list[Mention],
                    caption: bool) -> list[_Unit]:
    if ctx.day_sent:                   # only the day the sentence just before was about, never an older one
        tx = [_narrative_anchor(ctx, t, tx) for t in tx]
    tx = [_booked_then_called_off(ctx, text, t, tx) for t in tx]
    tx = [_saying_day(ctx, text, t) for t in tx]
    tx = [_named_weekday(ctx, text, t) for t in tx]
    tx = [_past_anchor(ctx, text, t, tx) for t in tx]
    tx = _counted_later(ctx, text, tx)
    same = _SAME_DAY_AS.search(text)
    if same and ctx.day_sent and ctx.one_day and not any(_own(t) for t in tx):
        # "... reached an agreement on Friday. The agreement came on the day of the deadline the creditors had set": the
        # day the sentence before told of, the only one it named
        tx = sorted(tx + [_timex.Timex(same.start(1), same.end(1), same.group(1), "DATE", ctx.last_day,
                                       f"the day the sentence before is about ({ctx.last_day})", "")],
                    key=lambda t: t.start)
    own = [t for t in tx if _own(t)]
    if len(own) > 1 and _dateline_date(text, own[0]):
        # The lead's own words date its happenings; the dateline's day only when the lead names none.
        own = own[1:]
    if not re.search(r"\b[a-z]{2,}\b", re.sub(r"\([^)]*\)", "", text)):
        return []                      # "NICOSIA, August 8 (Xinhua) --": a dateline, no sentence, no happening
    if caption:
        if not own:
            return []
        # "Harzan empties as last buses leave; Doha meeting set for January": a headline line joins two
        # headlines with a semicolon; the dated one is the happening's.
        # A comma before a new subject and its verb joins them too ("Tolmeria calls off talks, Ardania sets Friday
        # deadline"): the day is the dated headline's, never the other's.
        joins = [m for m in re.finditer(r";\s+|,\s+(?=[A-Za-z][\w'\u2019-]*\s+(?:[a-z]{2,}s|to\s+[a-z]{2,})\b)", text)
                 if not re.match(r"(?i:" + _MONTH_WORD + r")\b", text[m.end():])]
        lo = max((m.end() for m in joins if m.end() <= own[0].start), default=0)
        hi = min((m.start() for m in joins if m.start() >= own[0].end), default=len(text))
        unit = _clause_unit(ctx, p_no, sent, text, own[0], mentions, (lo, hi))
        unit.date_basis = f"photo caption dated '{own[0].text}'" + (f"; {unit.date_basis}" if unit.date_basis
                                                                    and unit.date else "")
        if not unit.date:
            unit.date_basis = _undated_reason(own[0])
        return [unit]
    att = _attribution(ctx, text, mentions, tx)
    meanwhile = bool(_MEANWHILE.match(text))
    if att:
        c0, c1 = att["content"]
        inner = [t for t in own if c0 <= t.start and t.end <= c1]
        # A date in a parenthetical about the speaker ("Nadella, who took over in 2014, told analysts on
        # Tuesday ...") dates that parenthetical's happening, never the saying.
        parens = [(b1, _paren_end(text, b1, len(text))) for b0, b1, kind, paren in _boundaries(text, 0, c0) if paren]
        aside = [t for t in own if t.end <= c0 and any(p0 <= t.start and t.end <= p1 for p0, p1 in parens)]
        outer = [t for t in tx if not (c0 <= t.start and t.end <= c1) and t not in aside]
        units = _dated_units(ctx, p_no, sent, text, aside, tx, mentions, 0, len(text))
        units += _dated_units(ctx, p_no, sent, text, inner, tx, mentions, c0, c1, extra_actor=att["speaker"])
        units += _interval_units(ctx, p_no, sent, text, [t for t in tx if c0 <= t.start and t.end <= c1], inner,
                                 mentions)
        # "..., Ederveen said Monday, four days after the country slid into default": counted from the saying's day
        units += _interval_units(ctx, p_no, sent, text, [t for t in tx if t.start >= c1],
                                 [t for t in outer if _own(t) and t.start >= c1], mentions)
        statement = _statement_unit(ctx, p_no, sent, text, att, outer, mentions, meanwhile, inner)
        # "He said the Wednesday consultations are canceled": the dated news is the event; the saying is
        # an event of its own only when the sentence dates it too ("said on Wednesday it would ...").
        if units and statement.state != "dated":
            return units
        return [statement] + units
    trail = _TRAILING_SAYING.search(text)
    said = next((t for t in own if trail and trail.start("when") <= t.start < trail.end("when")), None)
    if said is not None and len(_day_value(said)) == 10:
        units = _trailing_saying_units(ctx, p_no, sent, text, own, tx, mentions, trail, said)
    else:
        units = _dated_units(ctx, p_no, sent, text, own, tx, mentions, 0, len(text))
    units += _interval_units(ctx, p_no, sent, text, tx, own, mentions)
    if units:
        return units
    if meanwhile and any(m.kind == "actor" and m.start < 60 for m in mentions):
        unit = _clause_unit(ctx, p_no, sent, text, None, mentions, (0, len(text)))
        unit.state = "meanwhile"
        return [unit]
    return []


def _named_weekday(ctx: _Ctx, text: str, t):
    """"welcomed the Thursday meeting", "ahead of Thursday's talks": a weekday that names which gathering is meant is
    the day the article gave that weekday before ("will open talks in London on Thursday"), not one the tense of its
    own clause suggests; only when the article named one such day."""
    day = t.text.lower()
    seen = ctx.weekdays.get(day, set())
    if t.type != "DATE" or day not in _WEEKDAYS or len(seen) != 1 or t.value in seen or \
            not (_attributive(text, t) or _possessive_named(text, t)):
        return t
    value = next(iter(seen))
    return type(t)(t.start, t.end, t.text, t.type, value, f"the {t.text} the article named before ({value})", t.mod)


# "..., the creditors' committee said in a statement on Saturday.": a saying whose speaker is no registered name (so no
# statement of `speech`), told after what was said, with a day of its own.
# The speaker may be a bare plural ("Marrenian crash investigators said Thursday"), and a participle phrase may
# follow the day (", pointing to a faulty sensor.").
_TRAILING_SAYING = re.compile(r",\s+(?P<who>(?:the|an?)\s+[^,;\"\u201c\u201d]{3,80}?|(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}"
                              r"(?:officials|investigators|authorities|police|prosecutors|analysts|diplomats|sources|"
                              r"witnesses|residents|experts|organizers|organisers|lawyers|doctors|rescuers|regulators))"
                              r"\s+(?:said|announced|reported)"
                              r"(?P<how>\s+in\s+an?\s+(?:joint\s+|written\s+)?statement)?\s+(?P<when>(?:on\s+)?\w+day)"
                              r"(?:,\s+[a-z]+ing\b[^;\"\u201c\u201d]*)?\s*[.!]?$")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:\w+ly|also|now|just)\s+)?(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en)\b")


def _trailing_saying_units(ctx: _Ctx, p_no: int, sent: Sentence, text: str, own: list, tx: list,
                           mentions: list[Mention], trail: re.Match, said) -> list[_Unit]:
    """What was said, dated by its own words; the saying's day dates it only when it tells of what has just been done
    (a present perfect: "Talks ... have been postponed to Jan. 8, the committee said on Wednesday"), else the saying is
    a happening of its own ("..., the committee said in a statement on Saturday") when what was said has a date of its
    own: a statement, as `speech` makes of a registered speaker's."""
    c1 = trail.start()
    units = _dated_units(ctx, p_no, sent, text, [t for t in own if t.end <= c1], tx, mentions, 0, c1)
    main = _clause_info(text, 0, 0, 0, c1)
    body = _blank(text, main["holes"])[main["a"]:main["b"]]
    if not any(u.kind == "event" and u.clause == "main" and u.date for u in units) and _PERFECT.search(body) and \
            said.value[:10] <= (ctx.article.published.isoformat() if ctx.article.published else ""):
        unit = _clause_unit(ctx, p_no, sent, text, said, mentions, (main["a"], main["b"]), info=main,
                            others=[x for x in tx if x.type in ("DATE", "TIME")])
        if unit.date and len(unit.title.split()) >= 2:
            unit.date_basis = f"what has just been done, told the day it was said; {unit.date_basis}"
            return [unit] + units
    if units:
        unit = _Unit("event", p_no, sent, "", quote=sent.text if text == sent.text else text, clause="saying")
        _set_date(unit, said, text)
        who = re.sub(r"^(?:the|an?)\s+", "", trail.group("who"))
        who = who[:1].upper() + who[1:]
        claim = "" if trail.group("how") else _claim(text, 0, c1, mentions, drop=[t for t in own if t.end <= c1])
        unit.title = _fit(f"{who}: {claim}" if claim else f"{who} issues statement")
        unit.actors = [m.slug for m in mentions if m.kind == "actor" and trail.start("who") <= m.start < trail.end("who")]
        units.append(unit)
    return units


def _dated_units(ctx: _Ctx, p_no: int, sent: Sentence, text: str, own: list, tx: list, mentions: list[Mention],
                 lo: int, hi: int, extra_actor: Mention | None = None) -> list[_Unit]:
    """One event per clause that carries a date of its own, dated by its most precise expression."""
    by_clause: dict[tuple[int, int], list] = {}
    # Time expressions a headline drops; a season that is a noun ("the fall of the Wall") stays as words.
    dated_words = [x for x in tx if x.type in ("DATE", "TIME") and _not_a_date_of_the_happening(text, x) not in ("noun", "period")
                   and not re.match(r"\s+(?:ended|ending)\b", text[x.end:])]
    # "The vote came three weeks after ...": the interval goes with the happening counted from, not the headline.
    dated_words += [x for x in tx if x.type == "DURATION" and _INTERVAL_AFTER.match(text, x.end)]
    own = [_reanchor(ctx, text, t, tx, lo, hi) for t in own]
    moved: list[_Unit] = []
    placed_nominal: list = []
    participles: list[tuple[int, int]] = []
    resumed: dict[int, tuple[int, int]] = {}     # a since-clause's start → its span, after which the main clause resumes
    twins = {}
    for t in own:
        prev = next((y for y in own if y is not t and y.end <= t.start
                     and re.fullmatch(r",?\s+and\s+(?:on\s+|in\s+)?", text[y.end:t.start])), None)
        if prev is not None and re.search(r"\b(?:two|three|four|both)\s+(?:[\w-]+\s+){0,3}?[a-z]+s\b[^;.]*$",
                                          text[lo:prev.start], re.I) \
                and not re.search(r"\bbetween\s+(?:(?:on|in)\s+)?$", text[lo:prev.start], re.I):
            # "after two exchanges, on Dec. 17 and Jan. 5": one happening on each day
            twins[t.start] = (t, prev)
    for t in own:
        if t.start in twins:
            continue                   # placed below, as its twin is
        if _OLD_DATE.search(text[lo:t.start]):
            continue                   # "moved the election from Feb. 17 to March 10": the date given up dates nothing
        if _timex._PLAN_GIVEN_UP.search(text[lo:t.start]) and _timex._BROUGHT_FORWARD.search(text[lo:hi]):
            continue                   # "brought forward its vote, originally set for Friday": nor the day it had
        target = _NEW_DATE.search(text[lo:t.start])
        if target:
            # "postponed the vote until Dec. 18": the new date is the happening's, a plan of its own; the
            # postponing is dated by the clause's other words, never by it.
            moved += _rescheduled_unit(ctx, p_no, sent, text, t, mentions, lo, hi, lo + target.start("verb"),
                                       lo + target.end("verb"), lo + target.start("prep"))
            continue
        when = re.match(r",\s+when\s+", text[t.end:hi])
        kind = _attributive_year(text, t)
        if kind:
            moved += _year_named_unit(ctx, p_no, sent, text, t, mentions, kind)
            continue
        if _not_a_date_of_the_happening(text, t, lo):
            act = _possessive_act(text, t)
            if act and re.search(r"\bsince\s+$", text[lo:t.start], re.I):
                moved += _named_event_unit(ctx, p_no, sent, text, t, mentions, act)  # "since Monday's seizure"
                continue
            start = _counted_since(text, t, lo, hi)
            if start:
                # its own key: another date of the clause ("..., the Red Cross said Monday") dates the rest
                by_clause.setdefault((start["a"], t.end, "since"), []).append((t, start))
                if start.get("aside"):
                    # "The curfew, in place since Monday, will be lifted": the main clause resumes after the aside
                    end = t.end + len(re.match(r",?", text[t.end:]).group())
                    participles.append((start["a"], end))
                    resumed[t.start] = (start["a"], end)
                continue
            if _deadline(ctx, text, t, lo):
                # "25,000 people are to leave the city by Dec. 20": a day still ahead that bounds a plan is its deadline
                info = _clause_info(text, t.start, t.end, lo, hi)
                by_clause.setdefault((info["a"], t.end, "by"), []).append((t, {**info, "deadline": True}))
                continue
            if when:
                # "since 1939, when a quake killed 33,000 people": the when-clause happened then, though the
                # clause the date stands in only counts or compares.
                w0 = t.end + when.end()
                info = _clause_info(text, w0, w0, w0, hi)
                info["date_words"] = t
                by_clause.setdefault((info["a"], info["b"]), []).append((t, info))
            continue
        if _FRONTED_AFTER.match(text[lo:t.start]) and re.match(r"[^,;]*,\s", text[t.end:hi]):
            # "Two days after the vote on March 15, the minister resigned": the date is the vote's; the minister's day is
            # counted from it (`_interval_units`) or not told.
            named = _event_named(text, t)
            if named:
                moved += _named_event_unit(ctx, p_no, sent, text, t, mentions, named)
            continue
        since = _SINCE_NAMED.search(text[lo:t.start]) or \
            (_SINCE_BARE.search(text[lo:t.start]) if re.match(r"(?:last|this)\s+\w+$", t.text, re.I) else None)
        if since and not any(w.islower() and (headlines._is_verb_start(w) or headlines.is_past(w))
                             for w in re.findall(r"[\w'-]+", since.group("np"))):
            # "their first talks since another meeting in Istanbul in late March": the date is that meeting's, and
            # the clause's happening is counted from it
            moved += _named_event_unit(ctx, p_no, sent, text, t, mentions, (lo + since.start("np"), t.end))
            continue
        fronted = _FRONTED_CLAUSE.match(text[lo:t.start])
        comma = re.match(r"[^,;]*,\s", text[t.end:hi])
        if fronted and comma and any(headlines.is_past(w) for w in re.findall(r"[a-z][\w-]*", fronted.group("c"))[1:]):
            # "After the talks collapsed on Friday, the army attacked": the date is the after-clause's; what came after
            # it is not dated by it
            info = {"a": lo + fronted.start("c"), "b": t.end + comma.end() - 2, "kind": "sub", "subj": None, "holes": []}
            by_clause.setdefault((info["a"], info["b"]), []).append((t, info))
            continue
        inner = _inner_since_clause(text, t, lo, hi)
        if inner:
            # "The first convoy since the truce took effect on Dec. 29 arrived on Monday": the truce's date
            by_clause.setdefault((inner["a"], inner["b"]), []).append((t, inner))
            participles.append((inner["opener"], inner["b"]))
            resumed[inner["a"]] = (inner["opener"], inner["b"])
            continue
        reduced = _reduced_relative(text, t, lo, hi)
        if reduced:
            # "The ceasefire signed on Dec. 29 expired on Tuesday": the signing's date, never the expiry's
            by_clause.setdefault((reduced["a"], reduced["b"]), []).append((t, reduced))
            participles.append((reduced["a"], reduced["b"]))
            continue
        info = _clause_info(text, t.start, t.end, lo, hi)
        that = re.match(r"\s+that\s+", text[info["b"]:hi])
        if that and not any(info["b"] < x.start < hi and not _not_a_date_of_the_happening(text, x, lo) for x in own) and \
                re.search(r"\b(?:said|says|told\s+\w+|announced|confirmed|reported|added)\b", text[info["a"]:info["b"]]):
            # "Erdogan ... said on Tuesday that 45 countries had offered help": the day dates the saying and
            # what was said is its headline; only a date of its own makes what was said an event apart.
            inner = _clause_info(text, info["b"] + that.end(), info["b"] + that.end(), lo, hi)
            info["b"] = inner["b"]
        blanked = _blank(text, info["holes"])
        if _dates_a_modifier(blanked, info["a"], t):
            # "under a General Assembly resolution passed on Thursday", "despite the accord signed yesterday": the
            # date is the noun's happening, an event of its own titled from the noun phrase, never the clause's.
            mod = _modifier_clause(blanked, info, t)
            if mod:
                by_clause.setdefault((mod["a"], mod["b"]), []).append((t, mod))
            elif _nominal_in(text, t, lo):
                moved += _nominal_unit(ctx, p_no, sent, text, t, mentions, lo)
                placed_nominal.append(t)
            elif when:
                _when_clause(text, t, when, hi, by_clause)
            continue
        if _is_state(blanked, info):
            act = _possessive_act(text, t)
            if act:
                moved += _named_event_unit(ctx, p_no, sent, text, t, mentions, act)  # "Yesterday's seizure was ..."
            if when:
                _when_clause(text, t, when, hi, by_clause)
            continue
        by_clause.setdefault((info["a"], info["b"]), []).append((t, info))
        if when and info["b"] <= t.end + 1 and re.fullmatch(r"\d{4}(?:-\d{2})?", t.value):
            # "fought a war in 2019, when marines seized Tesk": within a year or a month the when-clause is a
            # happening of its own; on a day it tells how that day's happening came about ("fell on Nov. 9, 1989,
            # when border guards opened the crossings"), the same happening
            _when_clause(text, t, when, hi, by_clause)
        _while_clause(text, t, info, own, hi, by_clause)
    for t, prev in twins.values():
        if prev in placed_nominal and _nominal_in(text, prev, lo):
            moved += _nominal_unit(ctx, p_no, sent, text, t, mentions, lo, prev)
            continue
        found = next(((key, info) for key, group in by_clause.items() for x, info in group if x is prev), None)
        if found:
            by_clause.setdefault(found[0][:2] + (t.start,), []).append((t, found[1]))
    for group in by_clause.values():
        for _, info in group:
            if info["a"] in resumed and info["b"] > resumed[info["a"]][1] and info.get("kind") == "sub":
                # "... since the truce took effect on Dec. 29 arrived in Korvel on Monday": Monday is the main clause's
                info.update(a=lo, kind="main", subj=None)
            # the main clause's headline leaves out a participle phrase dated on its own ("signed on Dec. 29")
            info["holes"] = info["holes"] + [(p0, p1) for p0, p1 in participles
                                             if info["a"] < p0 and p1 < info["b"] and (p0, p1) not in info["holes"]]
    units = []
    for key in sorted(by_clause):
        # "Ahead of Friday's summit, the ministers met on Tuesday": a date naming another happening ("Friday's
        # summit", "the Thursday hearings") never dates the clause when the clause has a date of its own; that
        # happening, when still ahead, is an event of its own.
        plain = [x for x in by_clause[key] if not _event_named(text, x[0]) and not _attributive(text, x[0])]
        # "Tomorrow's vote was requested on Tuesday": a possessive date names its happening when the clause has as
        # precise a day of its own; "In Sunday's debate, he attacked the 2019 vote" keeps Sunday.
        # So does an act's ("The toll from Tuesday's earthquake passed 2,300 on Friday").
        days = [x for x in plain if not (_possessive_named(text, x[0]) or _possessive_act(text, x[0]))]
        if len(days) < len(plain) and days and max(_precision(x[0])[1] for x in days) >= \
                max(_precision(x[0])[1] for x in plain if x not in days):
            plain = days
        if not plain and all(_event_named(text, x) and _possessive(text, x.end) for x, _ in by_clause[key]):
            # "Varga, who had asked her supporters to stay home ahead of Thursday's ruling, ...": the day is the
            # ruling's; when the asking was is not said
            for x, _ in by_clause[key]:
                units += _named_event_unit(ctx, p_no, sent, text, x, mentions, _event_named(text, x))
            continue
        pub = ctx.article.published.isoformat() if ctx.article.published else ""
        ahead = [x for x, _ in by_clause[key] if pub and x.value[:10] > pub and
                 (_attributive_gathering(text, x) or _possessive_named(text, x))]
        if not plain and len(ahead) == len(by_clause[key]) and _timex._tense(text, ahead[0].start, ahead[0].end) == "past" \
                and not _status.called_off(text[key[0]:key[1]]):   # ("the Wednesday consultations are canceled": their fate)
            # "The committee welcomed the Thursday meeting": the meeting is ahead, the welcoming is past; the day is
            # the meeting's, and when the welcoming was is not said
            for x in ahead:
                units += _named_event_unit(ctx, p_no, sent, text, x, mentions,
                                           _attributive_gathering(text, x) or _possessive_named(text, x))
            continue
        t, info = max(plain or by_clause[key], key=lambda x: _precision(x[0]))
        for x, _ in by_clause[key]:
            named = (_event_named(text, x) or _possessive_named(text, x) or _attributive_gathering(text, x) or
                     _attributive_act(text, x) or _possessive_act(text, x)) if plain and x is not t else None
            if named:
                units += _named_event_unit(ctx, p_no, sent, text, x, mentions, named)
        unit = _clause_unit(ctx, p_no, sent, text, t, mentions, (info["a"], info["b"]), extra_actor=extra_actor,
                            info=info, others=dated_words)
        if info.get("date_words") is t:
            unit.date_text = t.text
        if t.start in twins or any(t is p for _, p in twins.values()):
            one = re.sub(r"\b(?:two|three|four|both)\s+", "", unit.title, count=1, flags=re.I)
            if len(one.split()) >= 2:                                  # one of them: "Army launches offensives ..."
                unit.title = one[:1].upper() + one[1:]
            elif re.fullmatch(r"[A-Za-z]+s", one.strip()):             # "Two exchanges" → "Exchange takes place"
                unit.title = one.strip()[:1].upper() + one.strip()[1:-1] + " takes place"
        if info.get("deadline") and unit.date:
            unit.title = _fit("Deadline: " + unit.title[:1].lower() + unit.title[1:]
                              if not re.match(r"[A-Z]{2}|[A-Z][a-z]+(?:['\u2019]s)?\s+[A-Z]", unit.title) else "Deadline: " + unit.title)
            given = re.search(r"\b(?:given|gave|give|gives|granted|grants?)\s+(?P<who>(?:[\w'\u2019-]+\s+){1,4}?)until\s+$",
                              text[lo:t.start], re.I)
            aim = re.match(r"\s+(to\s+[a-z][^,;.]{3,60}?)(?=[,;.]|$)", text[t.end:])
            if given and aim:          # "have given Cassaria until Friday to improve its offer"
                unit.title = _fit(f"Deadline for {given.group('who').strip()} {aim.group(1)}")
            unit.date_basis = f"the deadline set; {unit.date_basis}"
        if info.get("since_title") and unit.date:
            unit.title = _fit(headlines.make(info["since_title"], "event", names=_person_or_org_names(mentions)))
            unit.date_basis = f"the day it began, counted since then; {unit.date_basis}"
        if unit.date and "(past tense)" in (t.basis or "") and re.search(
                r"\b(?:will|would|could|can|may|might|shall|should)\s+(?:not\s+)?(?:be\s+)?[a-z]+\b[^,;.]*$",
                text[info["a"]:t.start]):
            # "warned that rivers could crest on Thursday": a modal looks ahead; a weekday read as past is doubtful.
            unit.date, unit.state = "", "undated"
            unit.date_basis = (f"'{t.text}' was read as past, but its clause says what could or will happen; "
                               f"set the date by hand")
        # "Oyelaran hopes to hold a round early next month, diplomats said": an unnamed source's attribution is no
        # speaker (`_speaker`), and it is cut from the headline rather than dropping the happening with it.
        source = re.search(r",\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?:says?|said|tells?\s+\w+|reports?|adds?)$", unit.title)
        if source and len(unit.title[:source.start()].split()) >= 3:
            unit.title = unit.title[:source.start()]
        # "..., the town's mayor, Ilse Varga, said.": the appositive left out of the headline leaves its verb behind
        lone = re.search(r"\s+(?:says?|said)$", unit.title)
        if lone and len(unit.title[:lone.start()].split()) >= 3 and \
                re.search(r",\s+[^,;\"\u201c\u201d]{2,60},\s+[^,;\"\u201c\u201d]{2,60},\s+said\s*[.!]?$", text):
            unit.title = unit.title[:lone.start()]
        # A headline names who and what, never one word; "Apple did so" and "Police say" say neither.
        said = re.search(r"\s(?:said|told\s+\w+|reported|added)$", unit.title)
        bare = re.search(r"\b(?:(?:do|does|did|done|doing)\s+(?:so|it|that)|says?|tells?\s+\w+|announces?|confirms?|"
                         r"reports?|adds?)$", unit.title, re.I)
        if bare and re.search(r"\b(?:its|their|his|her|the|a|an|preliminary|final|annual|new)\s+(?:[\w-]+\s+)*?reports?$",
                              unit.title, re.I):
            bare = None                # "Mission publishes its preliminary report": the noun, not "X reports"
        if len(unit.title.split()) >= 2 and not bare and not (
                said and len(unit.title[:said.start()].split()) <= 4
                and not any(headlines._is_verb_start(w) for w in unit.title[:said.start()].split()[1:])):
            units.append(unit)
    return units + moved
