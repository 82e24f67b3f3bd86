"""What became of a happening: planned, held, postponed or cancelled. The one lexicon of those words, used by the
extractor (an event's status, `assemble.status_of`) and by the headline writer (a title keeps the sense of its
sentence: "X planned" → "X called off", "Council meets" → "Council to meet")."""

from __future__ import annotations

import re

# Called off: the happening did not and will not take place.
CANCEL = re.compile(r"\b(?:call(?:ed|s|ing)?\s+(?:\w+\s+)?off|cancell?(?:ed|s|ing|ations?)|cancel|scrap(?:ped|s)|"
                    r"abandoned|d(?:id|oes)\s+not\s+(?:go\s+ahead|take\s+place|happen)|didn't\s+(?:go\s+ahead|take\s+"
                    r"place|happen)|never\s+took\s+place|was\s+not\s+held|were\s+not\s+held)\b", re.I)
# Put off to a later day. "moved to Dec. 18" only with a day after it ("moved to Geneva" is a place).
_DAYISH = (r"(?:(?:the|next|a|late|early|mid)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
           r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
           r"apr|jun|jul|aug|sept?|oct|nov|dec|tomorrow|\d)")
POSTPONE = re.compile(r"\b(?:postpon(?:ed|es|e|ing|ement)|(?:was|were|been|is|are|be)\s+(?:\w+\s+)?delayed|"
                      r"delay(?:ed|s)?\s+(?:the|it|until|by|to)\b|pushed\s+back|puts?\s+off|deferred|"
                      r"(?:moved|rescheduled|re-scheduled)\s+(?:back\s+)?(?:to|until|till|for)\s+(?=" + _DAYISH +
                      r"))\b", re.I)
# Every form of a verb that calls off or puts off a happening, as it stands before what it puts off ("by calling
# off Wednesday's talks", "postponed tomorrow's vote"): the tagger and the extractor read the day after it as a plan.
PUT_OFF = (r"postpon(?:ed|es|e|ing)|put(?:s|ting)?\s+off|call(?:ed|s|ing)?\s+off|cancell?(?:ed|s|ing)?|cancel|"
           r"delay(?:ed|s|ing)?|scrap(?:ped|s|ping)?|push(?:ed|es|ing)?\s+back|suspend(?:ed|s|ing)?|shelv(?:e|es|ed|ing)")
# Words the headline writer also treats as "did not happen as planned" ("talks suspended", "deal fell through"),
# but that make no status of their own: a suspension or a collapse is itself a happening.
_ENDED = r"shelve[sd]?|suspend(?:s|ed)?|f[ae]lls?\s+through|collapse[sd]?|abort(?:s|ed)?|delay(?:s|ed)?"
CALLED_OFF = re.compile(r"(?:" + CANCEL.pattern + r")|(?:" + POSTPONE.pattern + r")|\b(?:" + _ENDED + r")\b", re.I)
# "was not postponed", "has never been cancelled": the words say the opposite.
NEGATED = re.compile(r"\b(?:not|n't|never|no)\s+(?:been\s+|be\s+)?(?:called\s+off|cancell?ed|scrapped|postponed|"
                     r"delayed|put\s+off|pushed\s+back|shelved|suspended|abandoned|deferred|moved|rescheduled)\b", re.I)
# Planned: "was supposed to", "will meet", "is due to", "scheduled for".
PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:supposed|scheduled|due|set|meant|slated|planned|"
                       r"expected)\s+(?:to|for)\b", re.I)
# What "set for", "planned for" books: a time ("set for Monday", "planned for next week"), not an aim ("the deadline the
# creditors had set for an improved offer").
_WHEN_SET = (r"\s+(?:(?:the|this|next|later|early|late|mid)[-\s]+)?(?:(?-i:[A-Z0-9])|tomorrow|tonight|today|later|next|this|"
             r"end|start|beginning|middle|spring|summer|autumn|fall|winter|weekend|coming|following|same)")
PLAN = re.compile(r"\b(?:will|shall|would|'ll)\s+(?!not\b|have\b)\w+|\b(?:is|are|was|were)\s+(?:due|"
                  r"scheduled|set|expected|slated|planned|going)\s+(?:to|for)\b|\b(?:plans?|planning|intends?)"
                  r"\s+to\b|\bto\s+be\s+held\b|\b(?:is|are)\s+to\s+(?:meet|hold|vote|sign|visit|begin|start|"
                  r"open|resume|travel)\b|\b(?:scheduled|planned|set)\s+for\b(?=" + _WHEN_SET + r")|\bupcoming\b|"
                  r"\bexpect(?:s|ed)\s+(?:[\w'-]+\s+){0,6}?by\b", re.I)      # "expected results by the end of the month"
# The same sense in a sentence a headline is written from, with the verb planned ("are expected to sign").
PLANNED_VERB = re.compile(r"\b(?:(?:was|were|is|are|had\s+been|has\s+been)\s+(?:supposed|scheduled|due|set|expected|"
                          r"planned|slated|to)\s+(?:to\s+)?|will|plans?\s+to|planned\s+to|intends?\s+to|"
                          r"is\s+going\s+to|are\s+going\s+to)\s+(?P<verb>[a-z]+)", re.I)
# A headline that already says the happening is ahead.
PLANNED_IN_TITLE = re.compile(r"\b(?:to|planned|plans?|scheduled|due|set|expected|upcoming|proposed|will)\b", re.I)


_ANOTHER_HAPPENING = re.compile(r",\s+(?:(?:just|only|nearly|almost|about|some|more\s+than)\s+)?(?:an?|the|one|two|three|"
                                r"four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:days?|weeks?|months?|years?|"
                                r"hours?)\s+(?:after|before)\s|,\s+(?:[^,;]{1,40}\s+)?(?:said|says|told\s+\w+),\s+"
                                r"(?:[\w-]+\s+){1,3}(?:after|before)\s", re.I)


def unnegated(text: str) -> str:
    """The text with every negated status word ("was not postponed") blanked out, same length."""
    return NEGATED.sub(lambda m: " " * len(m.group()), text)


def called_off(sentence: str) -> re.Match | None:
    """The first words of the sentence saying a happening was called off, put off or halted, not negated."""
    return CALLED_OFF.search(unnegated(sentence))


def classify(clause: str, at: int = -1, date_text: str = "", date: str = "", published: str = "") -> str:
    """planned, held, postponed or cancelled: what `clause` says became of the happening whose dating words
    (`date_text`) start at `at` in it (-1: not found). Cancelled and postponed win over planned: "the meeting,
    which was scheduled for Tuesday, was called off" was called off. The new date of a postponement ("postponed
    the vote until December 18", "moved to Dec. 18") is not itself postponed. Planned only when the text says so
    ("were supposed to") or the date is not before the publication date ("will meet on Friday"; a day still
    ahead is planned whatever the verb)."""
    clause = unnegated(clause)
    if at >= 0 and re.search(r"\b(?:said|says|announced|told\s+\w+)(?:\s+in\s+an?\s+(?:\w+\s+)?statement)?\s+$",
                             clause[:at], re.I) and date and published and date <= published[:len(date)]:
        return "held"                  # "..., the government said today": the saying's day; what was said is another's
    if at >= 0:
        # "opened talks on Monday, nearly three weeks after the meeting was first put off": what the clause is counted
        # from, or what it followed, is another happening; its words say nothing of this one.
        later = _ANOTHER_HAPPENING.search(clause, at + len(date_text))
        clause = clause[:later.start()] if later else clause
        aside = re.search(r",\s+(?:who|which)\s[^,;]*$", clause[:at])
        end = clause.find(",", at + len(date_text))
        if aside and not re.search(r"\b(?:scheduled|planned|due|set|slated|expected|supposed|meant|to)\b",
                                   clause[aside.start():end if end >= 0 else len(clause)]):
            # "Marsk, who was appointed on Dec. 4, had been due to rule on Friday": the aside's happening; the words
            # after its closing comma tell of the main clause's (but the fate of a plan the aside tells of is the main
            # clause's: "The round, which had been scheduled for Wednesday, was also postponed")
            clause = clause[aside.start():end] if end >= 0 else clause[aside.start():]
            at = at - aside.start()
    if CANCEL.search(clause):
        return "cancelled"
    put_off = POSTPONE.search(clause)
    target = at > put_off.start() and bool(re.search(r"\b(?:to|until|till|for)\s+$", clause[:at], re.I) or
                                           re.match(r"(?:to|until|till)\s", date_text, re.I)) if put_off else False
    if put_off and not target:
        return "postponed"
    if PAST_PLAN.search(clause):
        return "planned"
    ahead = bool(date and published and date >= published[:len(date)])
    if (PLAN.search(clause) or put_off) and (ahead or not date):
        return "planned"
    if date and published and date > published[:len(date)]:
        return "planned"
    return "held"
