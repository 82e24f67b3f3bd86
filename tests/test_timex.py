"""Specification of the temporal-expression tagger (generator.extract.timex).

Each case: (text, publication date or None, expected [(span text, type, value), ...]).
The expected list is the complete output of `tag`, in text order.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.timex import Timex, tag

D = dt.date

CASES = [
    # ---- explicit and partial calendar dates
    ("The talks were held in Rome, Italy December 2, 2016", D(2016, 12, 6), [("December 2, 2016", "DATE", "2016-12-02")]),
    ("Thursday, Dec. 15, 2016, the council met.", D(2016, 12, 16), [("Thursday, Dec. 15, 2016", "DATE", "2016-12-15")]),
    ("He arrived on 2 December.", D(2016, 12, 6), [("2 December", "DATE", "2016-12-02")]),
    ("He arrived Dec. 2 and left.", D(2016, 12, 6), [("Dec. 2", "DATE", "2016-12-02")]),
    ("The paper said in an editorial on Saturday, April 25: the court erred.", D(1998, 4, 24), [("Saturday, April 25", "DATE", "1998-04-25")]),
    ("Trump won the presidential election in November.", D(2016, 12, 6), [("November", "DATE", "2016-11")]),
    ("Prices fell in mid-November.", D(2016, 12, 6), [("mid-November", "DATE", "2016-11")]),
    ("Output slowed in late 2015.", D(2016, 12, 6), [("late 2015", "DATE", "2015")]),
    ("The law was passed in 2016.", D(2016, 12, 6), [("2016", "DATE", "2016")]),
    ("The firm was founded in July 1997.", D(1998, 2, 1), [("July 1997", "DATE", "1997-07")]),
    ("It was popular in the 1990s.", D(2016, 12, 6), [("the 1990s", "DATE", "199")]),
    ("It was built in nineteen ninety-six.", D(1998, 2, 1), [("nineteen ninety-six", "DATE", "1996")]),
    ("The report was published on 2016-11-30.", D(2016, 12, 6), [("2016-11-30", "DATE", "2016-11-30")]),
    ("The parade is on Christmas Day.", D(2016, 12, 6), [("Christmas Day", "DATE", "2016-12-25")]),
    ("He was elected on Election Day.", D(1998, 11, 5), [("Election Day", "DATE", "1998-11-03")]),
    ("May I ask?", D(2016, 12, 6), []),
    ("The march on Jan was not a date.", D(2016, 12, 6), []),
    ("About 2000 people marched.", D(2016, 12, 6), []),
    # ---- fiscal quarters, halves, seasons
    ("Net income rose in the third quarter.", D(1989, 10, 27), [("the third quarter", "DATE", "1989-Q3")]),
    ("Third-quarter profit rose.", D(1989, 10, 27), [("Third-quarter", "DATE", "1989-Q3")]),
    ("Sales in the fourth quarter of 2015 fell.", D(2016, 12, 6), [("the fourth quarter of 2015", "DATE", "2015-Q4")]),
    ("Fourth-quarter sales fell.", D(1998, 1, 20), [("Fourth-quarter", "DATE", "1997-Q4")]),
    ("Profit rose in the third quarter. A year ago, it earned $5 million.", D(1989, 10, 27),
     [("the third quarter", "DATE", "1989-Q3"), ("A year ago", "DATE", "1988-Q3")]),
    ("Revenue rose in the latest quarter.", D(1989, 10, 27), [("the latest quarter", "DATE", "1989-Q3")]),
    ("Sales rose in the first half of 1990.", D(1990, 8, 15), [("the first half of 1990", "DATE", "1990-H1")]),
    ("It opened this summer.", D(1998, 8, 15), [("this summer", "DATE", "1998-SU")]),
    ("It opened last summer.", D(2016, 12, 6), [("last summer", "DATE", "2016-SU")]),
    ("It opened last fall.", D(1998, 3, 1), [("last fall", "DATE", "1997-FA")]),
    ("The results for fiscal 1989 were weak.", D(1989, 10, 27), [("fiscal 1989", "DATE", "1989")]),
    # ---- deictic words
    ("Revenue grew this year.", D(2016, 12, 6), [("this year", "DATE", "2016")]),
    ("Revenue grew last month.", D(2016, 12, 6), [("last month", "DATE", "2016-11")]),
    ("Revenue will grow next month.", D(2016, 12, 6), [("next month", "DATE", "2017-01")]),
    ("Revenue grew last year.", D(2016, 12, 6), [("last year", "DATE", "2015")]),
    ("He resigned earlier this year.", D(2016, 12, 6), [("earlier this year", "DATE", "2016")]),
    ("The vote is due early next year.", D(1989, 10, 27), [("early next year", "DATE", "1990")]),
    ("He met her last week.", D(2016, 12, 6), [("last week", "DATE", "2016-W48")]),
    ("He will meet her next week.", D(2016, 12, 6), [("next week", "DATE", "2016-W50")]),
    ("He arrived today.", D(2016, 12, 6), [("today", "DATE", "2016-12-06")]),
    ("He arrived yesterday.", D(2016, 12, 6), [("yesterday", "DATE", "2016-12-05")]),
    ("He arrives tomorrow.", D(2016, 12, 6), [("tomorrow", "DATE", "2016-12-07")]),
    ("He speaks tonight.", D(2016, 12, 6), [("tonight", "DATE", "2016-12-06")]),
    ("Officials were not available late yesterday.", D(1989, 10, 27), [("late yesterday", "DATE", "1989-10-26")]),
    ("The price is now higher.", D(2016, 12, 6), [("now", "DATE", "PRESENT_REF")]),
    ("The rate is currently 5%.", D(2016, 12, 6), [("currently", "DATE", "PRESENT_REF")]),
    ("Prices rose recently.", D(2016, 12, 6), [("recently", "DATE", "PAST_REF")]),
    ("Prices may rise in the future.", D(2016, 12, 6), [("the future", "DATE", "FUTURE_REF")]),
    ("Talks will continue in the coming days.", D(2016, 12, 6), [("the coming days", "DATE", "FUTURE_REF")]),
    ("The plant closed two years ago.", D(1998, 2, 1), [("two years ago", "DATE", "1996")]),
    ("The plant closed five months ago.", D(1998, 3, 1), [("five months ago", "DATE", "1997-10")]),
    ("The plant closed 10 days ago.", D(1998, 3, 22), [("10 days ago", "DATE", "1998-03-12")]),
    # ---- weekdays: direction from tense and context
    ("Kerry delivered a plan to the Russians on Friday.", D(2016, 12, 6), [("Friday", "DATE", "2016-12-02")]),
    ("He said the Wednesday consultations are canceled.", D(2016, 12, 6), [("Wednesday", "DATE", "2016-12-07")]),
    ("On Tuesday, the US and Russia were supposed to discuss details.", D(2016, 12, 6), [("Tuesday", "DATE", "2016-12-06")]),
    ("Lavrov said here on Monday.", D(2016, 12, 13), [("Monday", "DATE", "2016-12-12")]),
    ("Lavrov travelled to Belgrade for a meeting on Tuesday of the council.", D(2016, 12, 13), [("Tuesday", "DATE", "2016-12-13")]),
    ("The minister will travel to Paris on Thursday.", D(2016, 12, 6), [("Thursday", "DATE", "2016-12-08")]),
    ("The meeting is scheduled for Friday.", D(2016, 12, 6), [("Friday", "DATE", "2016-12-09")]),
    ("The summit is to open on Monday.", D(2016, 12, 6), [("Monday", "DATE", "2016-12-12")]),
    ("The vote is due Wednesday.", D(2016, 12, 6), [("Wednesday", "DATE", "2016-12-07")]),
    ("He plans to visit on Friday.", D(2016, 12, 6), [("Friday", "DATE", "2016-12-09")]),
    ("Protesters were planning to drive to the airport on Monday.", D(2000, 1, 7), [("Monday", "DATE", "2000-01-10")]),
    ("Officials postponed the hearing until Tuesday.", D(2000, 3, 30), [("Tuesday", "DATE", "2000-04-04")]),
    ("Earlier Thursday, the rebels attacked.", D(2016, 12, 8), [("Earlier Thursday", "DATE", "2016-12-08")]),
    ("Sunday", D(2016, 12, 8), [("Sunday", "DATE", "2016-12-04")]),
    ("The king met Bush last Friday.", D(1989, 10, 30), [("last Friday", "DATE", "1989-10-27")]),
    ("The GM move follows Tuesday's declaration by Ford.", D(1989, 10, 27), [("Tuesday", "DATE", "1989-10-24")]),
    ("Sony completed its offer by the Tuesday deadline.", D(1989, 11, 2), [("Tuesday", "DATE", "1989-10-31")]),
    # ---- years omitted near New Year
    ("The deal was signed Dec. 2.", D(2017, 1, 10), [("Dec. 2", "DATE", "2016-12-02")]),
    ("The plant will open Jan. 5.", D(2016, 12, 10), [("Jan. 5", "DATE", "2017-01-05")]),
    ("The dividend is payable Jan. 2 to holders of record.", D(1989, 11, 2), [("Jan. 2", "DATE", "1990-01-02")]),
    ("Sales were strong in December.", D(1998, 1, 20), [("December", "DATE", "1997-12")]),
    ("The merger is expected to close in January.", D(1989, 10, 26), [("January", "DATE", "1990-01")]),
    ("Shares rose in March.", D(2016, 4, 10), [("March", "DATE", "2016-03")]),
    # ---- times
    ("The blast came at 10:57 PM.", D(2016, 12, 6), [("10:57 PM", "TIME", "2016-12-06T22:57")]),
    ("The quake struck at 5am (0300 GMT).", D(2016, 12, 6), [("5am", "TIME", "2016-12-06T05:00"), ("0300 GMT", "TIME", "2016-12-06T03:00")]),
    ("He spoke this morning.", D(2016, 12, 6), [("this morning", "TIME", "2016-12-06TMO")]),
    ("He spoke last night.", D(1998, 1, 20), [("last night", "TIME", "1998-01-19TNI")]),
    ("The offer expires at 5 p.m. EST, Nov. 6.", D(1989, 10, 27), [("5 p.m. EST, Nov. 6", "TIME", "1989-11-06T17:00")]),
    ("The bomb exploded Friday morning.", D(1998, 8, 8), [("Friday morning", "TIME", "1998-08-07TMO")]),
    ("It will close at noon Thursday.", D(1998, 2, 10), [("noon Thursday", "TIME", "1998-02-12T12:00")]),
    # ---- durations
    ("They talked for three days.", D(2016, 12, 6), [("three days", "DURATION", "P3D")]),
    ("They talked for two weeks.", D(2016, 12, 6), [("two weeks", "DURATION", "P2W")]),
    ("It took a decade.", D(2016, 12, 6), [("a decade", "DURATION", "P10Y")]),
    ("Prices rose over the past three years.", D(2016, 12, 6), [("the past three years", "DURATION", "P3Y")]),
    ("Sales rose in the first nine months.", D(1989, 10, 27), [("the first nine months", "DURATION", "P9M")]),
    ("It lasted 2 1/2 years.", D(2016, 12, 6), [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("It lasted several years.", D(2016, 12, 6), [("several years", "DURATION", "PXY")]),
    ("They signed a two-year contract.", D(2016, 12, 6), [("two-year", "DURATION", "P2Y")]),
    ("The talks lasted more than four hours.", D(2016, 12, 6), [("more than four hours", "DURATION", "PT4H")]),
    ("The talks lasted for years.", D(2016, 12, 6), [("years", "DURATION", "PXY")]),
    ("A 6-year-old boy was rescued.", D(2000, 1, 7), []),
    # ---- sets
    ("The market opens every Friday.", D(2016, 12, 6), [("every Friday", "SET", "XXXX-WXX-5")]),
    ("The paper is printed daily.", D(2016, 12, 6), [("daily", "SET", "P1D")]),
    ("The prize is awarded annually.", D(2016, 12, 6), [("annually", "SET", "P1Y")]),
    ("It earns $5 million a year.", D(2016, 12, 6), [("a year", "SET", "P1Y")]),
    ("They meet each month.", D(2016, 12, 6), [("each month", "SET", "P1M")]),
    # ---- no publication date: found, but left unresolved
    ("Trump won the election in November; on Friday he met.", None, [("November", "DATE", "XXXX-11"), ("Friday", "DATE", "XXXX-XX-XX")]),
    ("He said yesterday that tomorrow it rains.", None, [("yesterday", "DATE", "XXXX-XX-XX"), ("tomorrow", "DATE", "XXXX-XX-XX")]),
    ("Profits rose last year.", None, [("last year", "DATE", "XXXX")]),
    ("The deal was signed Dec. 2, 2016.", None, [("Dec. 2, 2016", "DATE", "2016-12-02")]),
    ("They talked for three days.", None, [("three days", "DURATION", "P3D")]),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[f"{i:03d}-{c[0][:40]}" for i, c in enumerate(CASES)])
def test_tag(text, dct, expected):
    got = [(t.text, t.type, t.value) for t in tag(text, dct)]
    assert got == expected


@pytest.mark.parametrize("text,dct", [(c[0], c[1]) for c in CASES], ids=[f"{i:03d}" for i in range(len(CASES))])
def test_invariants(text, dct):
    out = tag(text, dct)
    last_end = -1
    for t in out:
        assert isinstance(t, Timex)
        assert text[t.start:t.end] == t.text
        assert t.start >= last_end, "sorted and non-overlapping"
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if dct is None and t.type in ("DATE", "TIME") and "X" in t.value:
            assert t.basis == "", "unresolved values carry no basis"


def test_basis_explains_weekday():
    (t,) = tag("Kerry delivered a plan to the Russians on Friday.", D(2016, 12, 6))
    assert t.basis == "the Friday before the publication date 2016-12-06 (past tense)"
    (t,) = tag("On Tuesday, the talks resumed.", D(2016, 12, 13))
    assert t.basis == "the publication date's weekday (Tuesday 2016-12-13)"
    (t,) = tag("The plant closed in November.", D(2016, 12, 6))
    assert t.basis == "November of the publication year 2016"


def test_mod_for_early_mid_late():
    assert [t.mod for t in tag("in early 2015, mid-November and late 2016", D(2016, 12, 6))] == ["START", "MID", "END"]


def test_never_uses_today():
    # without a publication date nothing relative may be resolved (e.g. against the clock)
    for t in tag("Yesterday, last week, this year, on Monday, in March, tonight, next month.", None):
        assert t.value.startswith("X") or t.value.endswith("_REF"), t


def test_crlf_offsets():
    text = "Line one.\r\nHe left on Dec. 2, 2016.\r\n"
    (t,) = tag(text, D(2016, 12, 6))
    assert text[t.start:t.end] == "Dec. 2, 2016"
