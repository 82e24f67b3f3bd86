"""Generalisation cases for the temporal tagger (generator.extract.timex), fifth set: months across New Year, years
counted from a year the text names, and days told in asides, anaphoric modifiers and orders.

Authored for this file (invented sentences, not from TimeBank/AQUAINT, the seeds or the extraction suite).
Each case: (text, publication date, expected [(span text, TIMEX3 value), ...]) - the complete output of
`tag`, in text order, decided by hand before the tagger was run:
- a month told after a reporting verb and a modal ("said the council could take it up in the middle of March")
  takes its time from the modal, not from "said": in a December article it is next year's month;
- "a year later" / "a year earlier" count from the last year named in the sentence (else the sentence before),
  not from the publication year;
- a day in a past-participle phrase set off by commas ("The appeal, lodged with the court on Monday, is expected
  ...") is past whatever the main clause says; a count between a preposition and a word makes the word a noun
  ("passed by 120 votes to 80"), so "votes" is no scheduling verb;
- "had first been set for Monday" is the day a plan first had: the nearer such day;
- "the Thursday meeting" is the Thursday the text has already named (not "last Thursday");
- "interest due in November": "due" after its noun says when a payment falls, not that it lies ahead;
- the word right before a date is followed by the date ("to Dec. 30, not Dec. 29" has no "to" + verb);
- "the end of the month" right after a day of another month ("open on March 3 and close at the end of the
  month") is that day's month; "for the winter" is the coming winter;
- a deadline an order sets ("ordered the city to reopen the archive by Friday") lies ahead;
- a week stays a week (TIMEX3 "2026-W47"): whether a week inside one month dates a happening to that month is
  the extractor's decision, not the tagger's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.timex import tag

D = dt.date
TUE = D(2026, 12, 22)              # a Tuesday in late December

CASES = [
    # months across New Year
    ("The envoy said the council could take up the plan in the middle of March.", TUE,
     [("the middle of March", "2027-03")]),
    ("Officials said the board might approve the loan in mid-February.", TUE, [("mid-February", "2027-02")]),
    ("Talks will resume early next month.", TUE, [("early next month", "2027-01")]),
    ("The port authority said clearing the backlog would take until mid-January.", TUE,
     [("mid-January", "2027-01")]),
    # a year counted from the year the text names
    ("The mine flooded in 2011 and reopened a year later.", TUE, [("2011", "2011"), ("a year later", "2012")]),
    ("The treaty was signed in 2009. A year earlier, talks had collapsed.", TUE,
     [("2009", "2009"), ("A year earlier", "2008")]),
    # the day a plan first had
    ("The hearing had first been set for Monday, then moved to Thursday.", TUE,
     [("Monday", "2026-12-21"), ("Thursday", "2026-12-24")]),
    # a counted noun is no verb
    ("The bill was passed by 120 votes to 80 late on Friday.", TUE, [("Friday", "2026-12-18")]),
    # a past-participle aside
    ("The appeal, lodged with the high court on Monday, is expected to be heard in March.", D(2026, 12, 23),
     [("Monday", "2026-12-21"), ("March", "2027-03")]),
    # "the Thursday meeting": the Thursday already named
    ("Ministers will meet in Oslo on Thursday. The strike ended last Thursday. Unions welcomed the Thursday meeting "
     "in a statement.", D(2026, 12, 21),
     [("Thursday", "2026-12-24"), ("last Thursday", "2026-12-17"), ("Thursday", "2026-12-24")]),
    # "due" after its noun
    ("The firm failed to pay bond interest due in November.", TUE, [("November", "2026-11")]),
    # a correction note
    ("(Corrects date of the report in paragraph 6 to Dec. 30, not Dec. 29)", D(2027, 1, 5),
     [("Dec. 30", "2026-12-30"), ("Dec. 29", "2026-12-29")]),
    # the month of the day just named; the coming winter
    ("The share offer will open on March 3 and close at the end of the month.", D(2027, 2, 20),
     [("March 3", "2027-03-03"), ("the end of the month", "2027-03")]),
    ("The ferry was taken out of service for the winter in late October.", D(2026, 11, 10),
     [("the winter", "2026-WI"), ("late October", "2026-10")]),
    # a deadline an order sets
    ("The judge ordered the city to reopen the archive by Friday.", TUE, [("Friday", "2026-12-25")]),
    ("The ministry published the figures by Friday.", TUE, [("Friday", "2026-12-18")]),
    # weeks stay weeks
    ("Trucks have queued at the border since last week.", D(2026, 11, 25), [("last week", "2026-W47")]),
    ("Shops have reported shortages since the weekend.", D(2026, 11, 23), [("the weekend", "2026-W47-WE")]),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_unseen_5(text, dct, expected):
    got = [(t.text, t.value) for t in tag(text, dct)]
    assert got == expected
