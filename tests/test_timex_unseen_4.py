"""Generalisation cases for the temporal tagger (generator.extract.timex), fourth set: the direction of a weekday told
in a side clause or named by a gathering that was called off.

Authored for this file (invented sentences, not from TimeBank/AQUAINT, the seeds or the extraction suite).
Each case: (text, publication date, expected [(span text, TIMEX3 value), ...]) - the complete output of
`tag`, in text order, decided by hand before the tagger was run:
- a weekday in a relative clause about the speaker ("X, who had warned of it on Friday, said she would ...")
  takes its tense from that clause, not from the words said after the attribution; a parenthetical
  attribution ("the vote, officials said, will be held on Friday") belongs to no clause and is passed over;
- a gathering named by its day and called off, in any form of the verb ("by calling off Wednesday's talks",
  "cancelling the Friday meeting", "the talks on Friday were cancelled"), is the nearer such day: it was still
  ahead when it was called off;
- a scheduling verb's form after a preposition ("with 151 votes needed") is a noun, no sign of the future;
- the day a plan first had ("originally set for Friday") is ahead when the plan was brought forward, else the
  nearer such day; never read as past from "set".
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.timex import tag

D = dt.date
MON = D(2024, 3, 4)                # a Monday

CASES = [
    ("The minister, who had described the budget as reckless and unfair on Friday, said she would vote for it.", MON,
     [("Friday", "2024-03-01")]),
    ("The mayor, who had called the new bridge \"a danger to all\" on Saturday, said he would close it.", MON,
     [("Saturday", "2024-03-02")]),
    ("The port, officials said, will reopen to the public and to fishermen on Thursday.", MON,
     [("Thursday", "2024-03-07")]),
    ("The union struck on Monday, and the ministry answered by calling off Wednesday's talks.", MON,
     [("Monday", "2024-03-04"), ("Wednesday", "2024-03-06")]),
    ("The council is cancelling the Wednesday meeting because of the storm.", MON, [("Wednesday", "2024-03-06")]),
    ("Organisers said they would postpone Thursday's concert.", MON, [("Thursday", "2024-03-07")]),
    # a day right before a passive "were cancelled" names the gathering called off (the nearer such day); a day
    # after the verb, or before another clause, dates what happened that day
    ("The ministry said the talks in Oslo on Wednesday were cancelled.", MON, [("Wednesday", "2024-03-06")]),
    ("The talks were cancelled on Wednesday.", MON, [("Wednesday", "2024-02-28")]),
    ("Rebels shelled the town on Wednesday and the talks were cancelled.", MON, [("Wednesday", "2024-02-28")]),
    # a scheduling verb's form after a preposition is a noun and gives no future sense ("with 151 votes needed")
    ("Deputies had to back or reject Friday's motion, with 151 votes needed for it to pass.", MON,
     [("Friday", "2024-03-01")]),
    # ... and a comma or a number between a preposition and the verb leaves the verb a verb
    ("The truce, signed in 2016, expires on Friday.", MON, [("2016", "2016"), ("Friday", "2024-03-08")]),
    # the day a plan first had: brought forward from it, it lies ahead; else the nearer of the two
    ("The board has brought forward its vote, originally set for Friday.", MON, [("Friday", "2024-03-08")]),
    ("The vote, originally scheduled for Tuesday, was postponed.", MON, [("Tuesday", "2024-03-05")]),
    ("The vote, originally scheduled for Saturday, was postponed.", MON, [("Saturday", "2024-03-02")]),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_unseen_4(text, dct, expected):
    got = [(t.text, t.value) for t in tag(text, dct)]
    assert got == expected
