"""Reported speech: the attribution ("..., Lavrov said.", "According to ...", "X quoted Y as saying"), the speaker it
names, and the statement unit titled with the claim.
"""
from __future__ import annotations

import re

from ..drafts import EntityDraft
from . import headlines
from .entities import Mention, Registry, fold
from .merging import uniq
from .sentences import Sentence
from .units import _Ctx, _Unit
from .titles import _claim, _fit, _shorten, _tags
from .dating import _dates_a_modifier, _modifier, _own, _set_date
from .references import _PRONOUN, _with_topic


_SPEECH = (r"said|says|added|adds|remarked|stated|noted|stressed|warned|insisted|explained|declared|announced|"
           r"claimed|argued|confirmed|denied|acknowledged|admitted|complained|urged|vowed|wrote|tweeted|replied|"
           r"told\s+(?:reporters|journalists|the\s+\w+|an?\s+\w+|\w+)")
_PRE = r"(?P<pre>(?:(?:But|And|Meanwhile|However|Also|Separately|In addition|At the same time|In the meantime|Still),?\s+)*)"
_TAIL = (r'(?P<tail>(?:\s+(?:here|there|on|in|at|last|this|earlier|late|early|today|yesterday|tonight|during|'
         r'after|before|when|while|to|from|by|outside|inside|near|following|ahead|\w+day)\b[^,;"\u201c\u201d]{0,60}?)?)')
# "..., Ederveen said Monday, four days after the country slid into default.": a happening counted from the saying's
# day may follow the attribution; the saying keeps its day (dating: intervals.py).
_COUNTED_TAIL = (r'(?:,\s+(?:(?:just|only|barely)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+'
                 r'(?:days?|weeks?|months?|hours?)\s+(?:after|before)\s+[^"\u201c\u201d]+?)?')
_TRAIL = re.compile(r'^(?P<content>.+?)(?P<sep>,["\u201d\u2019]?|["\u201d])\s+(?P<who>[^,;:"\u201c\u201d]{1,90}?)\s+'
                    rf'(?P<verb>{_SPEECH}){_TAIL}{_COUNTED_TAIL}\s*[.!?]?$', re.S)
_TRAIL_INV = re.compile(r'^(?P<content>.+?)(?P<sep>,["\u201d\u2019]?|["\u201d])\s+(?P<verb>said|added|says)\s+'
                        r'(?P<who>[^,;"]{1,90}?)(?P<tail>\s+(?:on|in|at|last|this|earlier|late|early|here)\b[^,;"]*)?'
                        r'\s*[.!?]?$', re.S)
_QUOTED = re.compile(r'^(?P<content>.+?),\s+(?P<outlet>[^,]{1,60}?)\s+quoted\s+(?P<who>[^,]{1,60}?)\s+as\s+saying'
                     r'(?P<tail>[^,"]*)[.!?]?$', re.S)
_LEAD = re.compile(_PRE + r'(?P<who>[^,;:"\u201c]{1,80}?(?:,\s+[^,;:"\u201c]{1,80}?,)?)(?P<mid>(?:\s+(?:\w+ly|earlier|also|later|previously|'
                   r'again|then|on\s+\w+day|last\s+\w+|here|publicly))*)\s+(?P<verb>' + _SPEECH + r')\b'
                   r'(?P<rest>.*)$', re.S)
_ACCORDING = re.compile(_PRE + r'According to (?P<who>[^,]{1,80}),\s*(?P<content>.+)$', re.S)
_STATEMENT = re.compile(_PRE + r'(?P<who>[^,;:"\u201c]{1,80}?)(?P<mid>(?:\s+\w+ly|\s+earlier|\s+also)*)\s+'
                        r'(?P<verb>released|issued|published|put out|made)\s+(?:a|an)\s+(?:\w+\s+)?statement\b'
                        r'(?P<rest>.*)$', re.S)
_SAYING = re.compile(_PRE + r'(?P<who>[^,;:"\u201c]{1,60}?)(?P<mid>(?:\s+(?:\w+ly|earlier|also|later|previously))*)'
                     r'\s+(?P<verb>\w+ed|\w+)\b(?P<rest>[^"\u201c]*?),\s+saying\s+(?:that\s+)?(?P<content>.+)$', re.S)
_MEANWHILE = re.compile(r"^(?:Meanwhile|At the same time|In the meantime|Simultaneously)\b,?\s*", re.I)
# Words that place a saying at a time other than the day of the report: "earlier", "before the tournament",
# "after the two-day meeting". Dated to the publication day, the saying would carry a wrong date.
_UNDATED_ADVERB = re.compile(r"\b(earlier|previously|recently|before that|in the past|"
                             r"(?:before|after|during|ahead of|following)\s+(?:the|a|an|his|her|its|their|this|that|"
                             r"last)\s+[\w-]+(?:\s+(?!that\b)[a-z][\w-]*)?)\b", re.I)

_THE_TITLE = re.compile(r"^the\s+(?:\w+\s+)?(minister|president|secretary|secretary-general|spokesman|spokeswoman|"
                        r"chancellor|premier|envoy|ambassador|chief|official|leader|mayor|governor|senator|"
                        r"general|diplomat|prime minister)$", re.I)


# --------------------------------------------------------------------------- reported speech
def _attribution(ctx: _Ctx, text: str, mentions: list[Mention], tx: list = ()) -> dict | None:
    """Who said it, where the reported words are, and the span that may date the saying."""
    for rx, style in ((_QUOTED, "claim"), (_TRAIL, "claim"), (_TRAIL_INV, "claim"), (_ACCORDING, "claim"),
                      (_STATEMENT, "statement"), (_LEAD, "claim"), (_SAYING, "event")):
        m = rx.match(text)
        if not m:
            continue
        who0, who1 = m.span("who")
        if len(m.group("who").split()) > 12:
            continue
        if rx is _TRAIL_INV and re.search(r"\b(?:that|would|will|could)\b|^\w+day\b", m.group("who")):
            continue                  # "His lawyer, Mark Benson, said Saturday that ...": no inverted speaker
        if rx is _LEAD and any(w.islower() and headlines._is_verb_start(w)
                               for w in re.findall(r"[\w'-]+", m.group("who").split(",")[0])[1:]):
            continue                  # "X declared mourning and said ...": "said" is a second predicate
        if rx is _LEAD and re.search(r"\band\s+(?:said|says|told|added|stated)\b", m.group("rest")) and \
                not re.match(r"\s*(?:that\b|:|,|\")", m.group("rest")):
            continue                  # "Erdogan declared seven days of mourning and said ...": an act, then a saying
        if rx is _LEAD and re.match(r"\s+(?!that\b)[^,;:\"\u201c]{1,60}?,\s+saying\b", m.group("rest")):
            continue                  # "X claimed victory on Monday, saying ...": an act with its own day, then what was said
        speaker = _speaker(ctx, text, who0, who1, mentions)
        if not speaker:
            continue
        if rx is _LEAD:
            rest_start = m.start("rest")
            rest = m.group("rest")
            # "told reporters after the two-day meeting that the labor market was strong": the claim is
            # what follows "that"; the words before it say when or where it was said.
            # "told the nine judges that ...": the hearer's last words ("nine" ended the verb's match) go too
            hearer = r"(?:(?!that\b)[\w'-]+\s+){0,2}?" if m.group("verb").startswith("told") else ""
            lead = re.match(r"\s*" + hearer + r"(?:(?P<tail>(?:on|in|at|last|this|earlier|here|after|before|during|"
                            r"following|ahead\s+of|when|while|to)\b[^\"\u201c]*?)\s+)?that\s+", rest)
            if lead:
                content = (rest_start + lead.end(), len(text))
            else:
                skip = re.match(r"[\s,:]*", rest).end()
                # "said on Wednesday it would ...": the day dates the saying, not the words said.
                when = next((t for t in tx if rest_start <= t.start <= rest_start + skip + 12
                             and re.fullmatch(r"[\s,:]*(?:(?:on|in|at|last|this|late|early)\s+)?",
                                              text[rest_start:t.start])), None)
                if when:
                    skip = when.end - rest_start + re.match(r"[\s,:]*(?:that\s+)?", text[when.end:]).end()
                content = (rest_start + skip, len(text))
            if content[1] - content[0] < 8:
                continue
        elif rx is _STATEMENT:
            rest = m.group("rest")
            colon = re.search(r"(?:saying|which said|that)?\s*[:,]?\s*", rest)
            skip = re.match(r"[^:\"\u201c]*[:]?\s*", rest).end() if ":" in rest else colon.end()
            content = (m.start("rest") + skip, len(text))
        else:
            content = m.span("content")
        ctx.last_speaker = speaker.slug if speaker.type == "person" else ctx.last_speaker
        return {"speaker": speaker, "content": content, "style": style, "verb": m.groupdict().get("verb") or "said",
                "who": (who0, who1), "main": (m.end("pre") if "pre" in m.groupdict() and m.group("pre") is not None
                                              else 0, m.end("rest") if rx is _SAYING else content[0])}
    return None


def _speaker(ctx: _Ctx, text: str, a: int, b: int, mentions: list[Mention]) -> Mention | None:
    if re.match(r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds)\s+[a-z]+s\s+"
                r"(?:of|from)\b", text[a:b].strip(), re.I):
        return None                    # "Four deputies of the Farmers' Union said": some of its members, not the party
    inside = [m for m in mentions if m.kind == "actor" and a <= m.start and m.end <= b]
    for kind in ("person", "organisation", "country"):
        for m in inside:
            if m.type == kind:
                return m
    who = text[a:b].strip()
    reg = ctx.reg
    if _PRONOUN.match(who):
        slug = ctx.last_speaker or (ctx.persons[-1] if ctx.persons else "")
        return _mention_of(reg, slug, a, b, who) if slug else None
    title = _THE_TITLE.match(who)
    if title:
        noun = title.group(1).lower()
        for slug in reversed(ctx.persons):
            ent = reg.entity("actor", slug)
            if ent and noun in ent.description.lower():
                return _mention_of(reg, slug, a, b, who)
    return None


def _mention_of(reg: Registry, slug: str, a: int, b: int, text: str) -> Mention:
    ent = reg.entity("actor", slug)
    return Mention(a, b, text, "actor", slug, ent.type, reg.short("actor", slug))


def _statement_unit(ctx: _Ctx, p_no: int, sent: Sentence, text: str, att: dict, outer: list, mentions, meanwhile,
                    inner: list = ()):
    speaker: Mention = att["speaker"]
    c0, c1 = att["content"]
    unit = _Unit("statement", p_no, sent, "", speaker=speaker.slug, speaker_short=speaker.short, quote=sent.text)
    dated = [t for t in outer if _own(t)]
    vague = [t for t in outer if not _own(t) and t.type == "DATE"]
    said_part = text[:c0] + " " + text[c1:]
    if dated:
        _set_date(unit, dated[0], text)
    elif vague or _UNDATED_ADVERB.search(said_part):
        words = vague[0].text if vague else _UNDATED_ADVERB.search(said_part).group(1)
        unit.state, unit.date_text = "undated", words
        unit.date_basis = f"'{words}' gives no day; set the date by hand"
    else:
        unit.state = "meanwhile" if meanwhile else "bare"
    if att["style"] == "event":
        m0, m1 = att["main"]
        unit.title = headlines.make(_shorten(text, m0, m1, mentions, drop=outer), "event")
    else:
        # "said on Sunday that the government would announce measures on Tuesday": the date is in `date` of
        # the event of its own, never in the statement's headline.
        claim = _claim(text, c0, c1, mentions, drop=[t for t in inner if not _modifier(text, t)
                                                              and not _dates_a_modifier(text, c0, t)])
        verb = att["verb"].split()[0].lower()
        own_title = _own_title(claim, ctx.reg.entity("actor", speaker.slug))
        verdict = re.match(r"^(.+?)\s+(?:is|are|was|were)\s+(not\s+acceptable|unacceptable|acceptable)\b", claim)
        if verdict and verdict.group(2) != "acceptable":
            thing = verdict.group(1)
            if thing.split()[0] not in _short_names(mentions):
                thing = thing[:1].lower() + thing[1:]          # "Proposal" → "proposal", but "US" stays
            unit.title = f"{speaker.short} rejects {thing}"
        elif verdict:
            unit.title = f"{speaker.short} accepts {verdict.group(1)}"
        elif own_title:
            unit.title = f"{speaker.short} {own_title}"      # "The secretary-general is alarmed" → "Ban ... alarmed"
        elif att["style"] == "statement":
            unit.title = f"{speaker.short} issues statement" + (f": {claim}" if claim else "")
        elif verb in ("said", "says", "added", "adds", "remarked", "stated", "noted", "told", "wrote"):
            if re.match(r"(?:it|they|we|he|she|i)\b", claim, re.I):
                unit.title = f"{speaker.short} says {claim if _FIRST_PERSON.match(claim) else claim[:1].lower() + claim[1:]}"
            else:
                unit.title = f"{speaker.short}: {claim}" if claim else f"{speaker.short} makes statement"
        else:
            claim = claim[:1].lower() + claim[1:] if claim[:2].istitle() or claim[:2] == "It" else claim
            unit.title = f"{speaker.short} {headlines.third_person(headlines.base_form(verb))} {claim}".strip()
        unit.title = _fit(_with_topic(unit.title, text, mentions))
    unit.actors = uniq([speaker.slug] + [m.slug for m in mentions if m.kind == "actor" and c0 <= m.start < c1])
    unit.places = uniq([m.slug for m in mentions if m.kind == "place"])
    unit.tags = uniq(["statement"] + _tags(text))
    return unit


_FIRST_PERSON = re.compile(r"I\b")


def _short_names(mentions: list[Mention]) -> set[str]:
    return {m.short for m in mentions}


def _own_title(claim: str, ent: EntityDraft | None) -> str:
    """The rest of a claim whose subject is the speaker's own title, as quoted by their office."""
    if not ent or not ent.description or not claim:
        return ""
    words = claim.split()
    for n in (3, 2, 1):
        head = fold(" ".join(words[:n]))
        if len(words) > n and len(head) >= 5 and f" {head} " in f" {fold(ent.description.split('(')[0])} ":
            rest = words[n:]
            if rest[0].lower() in ("is", "are", "was", "were") and len(rest) > 1:
                rest = rest[1:]
            return " ".join(rest)
    return ""
