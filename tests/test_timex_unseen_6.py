"""Generalisation cases for the temporal tagger (generator.extract.timex), sixth set: a day told after a reporting
verb and "would"/"will", with a passive aside after it.

Authored for this file (invented sentences, not from TimeBank/AQUAINT, the seeds or the extraction suite).
Each case: (text, publication date, expected [(span text, TIMEX3 value), ...]) - the complete output of
`tag`, in text order, decided by hand before the tagger was run:
- "said it would hold a summit on Jan. 9" in a December article: the telling is past, what is told lies ahead
  (next year's January), as with "could"/"might";
- a passive participle aside after the date (", hosted by the Red Cross") describes the noun; it is not the
  clause's tense;
- "would/will ... unless/until ... by Friday": the condition's past tense is reported speech's backshift; the day
  lies ahead of the telling;
- "asked the bank for an assessment by mid-January": the deadline a request sets lies ahead, as an order's does.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.timex import tag

D = dt.date
FRI = D(2026, 12, 11)              # a Friday in December
TUE = D(2026, 12, 8)               # the Tuesday before it

CASES = [
    ("The ministry said it would hold a summit in Vienna on Jan. 9, hosted by the Red Cross.", FRI,
     [("Jan. 9", "2027-01-09")]),
    ("The league said it will stage the final on Jan. 9, sponsored by a bank.", FRI, [("Jan. 9", "2027-01-09")]),
    ("The ministry said it would hold a summit on Jan. 9.", FRI, [("Jan. 9", "2027-01-09")]),
    ("The union said on Tuesday it would strike unless wages were raised by Friday.", TUE,
     [("Tuesday", "2026-12-08"), ("Friday", "2026-12-11")]),
    ("The government has asked the lender for a full report by mid-January.", FRI, [("mid-January", "2027-01")]),
    # a past happening keeps its past: the aside changes nothing
    ("The ministry held a summit on Nov. 9, hosted by the Red Cross.", FRI, [("Nov. 9", "2026-11-09")]),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_unseen_6(text, dct, expected):
    got = [(t.text, t.value) for t in tag(text, dct)]
    assert got == expected
