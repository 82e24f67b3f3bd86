"""Generalisation cases for the temporal tagger (generator.extract.timex), third set: year choice for a month or a
day given without its year, years anchored to the year under discussion, days counted from a date in the
same sentence, and days booked ahead.

Authored for this file (invented sentences, not from TimeBank/AQUAINT, the seeds or the extraction suite).
Each case: (text, publication date, expected [(span text, TIMEX3 value), ...]) - the complete output of
`tag`, in text order.  Expected values were decided by hand before the tagger was run:
- a month or day without a year is the nearest occurrence (this year, the one before or the one after);
  a tensed verb or modal moves it to the other side of the publication date; the target of a plan
  ("an election for March 4", "moved to April 3") takes no tense from the planning verb;
- "in October that year", "June of the following year", "the following year" come from the year the text
  is telling of, and stay unresolved (X) when no year was mentioned;
- "the next day", "the following morning" count from a date earlier in the same sentence, else stay
  unresolved; never the publication date;
- a weekday after "planned for", "scheduled for", "due on", "talks on resuming ... on" lies ahead of the day
  the sentence tells of; a target date is not "the same day" a later sentence refers to.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.timex import tag

D = dt.date

CASES = [
    # ---- month / day without a year: nearest occurrence, tense moves it
    ("The governor called a special election for March 4.", D(2021, 12, 29), [("March 4", "2022-03-04")]),
    ("The registry will close in the middle of February.", D(2021, 12, 30), [("the middle of February", "2022-02")]),
    ("The dockworkers' strike began in mid-September.", D(2021, 12, 3), [("mid-September", "2021-09")]),
    ("Troops have been trying to recapture the valley since launching an assault in early October.", D(2021, 12, 3),
     [("early October", "2021-10")]),
    ("The plant reopened on Dec. 6.", D(2022, 1, 11), [("Dec. 6", "2021-12-06")]),
    ("Production will resume in November.", D(2021, 1, 12), [("November", "2021-11")]),
    ("The firm filed for bankruptcy in January.", D(2021, 12, 10), [("January", "2021-01")]),
    ("The referendum was moved from Feb. 6 to April 3.", D(2021, 12, 20),
     [("Feb. 6", "2022-02-06"), ("April 3", "2022-04-03")]),
    ("The league suspended play in November.", D(2022, 1, 5), [("November", "2021-11")]),
    ("Ballots will be counted in December.", D(2022, 1, 5), [("December", "2022-12")]),
    ("Aid deliveries for displaced families will restart in the middle of January.", D(2021, 12, 28),
     [("the middle of January", "2022-01")]),
    ("Budget talks set for Jan. 12", D(2021, 12, 28), [("Jan. 12", "2022-01-12")]),
    ("He was elected in November.", D(2021, 1, 15), [("November", "2020-11")]),
    ("The rebels seized the town in February, officials said.", D(2021, 12, 15), [("February", "2021-02")]),
    # ---- the year under discussion
    ("The mill shut in 2009 and reopened in June of the following year.", D(2021, 5, 1),
     [("2009", "2009"), ("June", "2010-06"), ("the following year", "2010")]),
    ("Negotiators met in Vienna in 2016, and a truce was signed in October that year.", D(2021, 3, 1),
     [("2016", "2016"), ("October", "2016-10"), ("that year", "2016")]),
    ("A truce was signed in October that year.", D(2021, 3, 1), [("October", "XXXX-10")]),
    ("The following year, the plant closed.", D(2021, 3, 1), [("The following year", "XXXX")]),
    # ---- days counted from a date in the same sentence
    ("The ferry deal was signed on 4 May and unravelled the following morning.", D(2021, 5, 10),
     [("4 May", "2021-05-04"), ("the following morning", "2021-05-05TMO")]),
    ("The accord unravelled early the next morning.", D(2021, 5, 10), [("the next morning", "XXXX-XX-XXTMO")]),
    ("The accord unravelled the next day.", D(2021, 5, 10), [("the next day", "XXXX-XX-XX")]),
    # ---- days booked ahead
    ("Officials said on Monday that the hearing planned for Thursday had been postponed.", D(2021, 5, 12),
     [("Monday", "2021-05-10"), ("Thursday", "2021-05-13")]),
    ("The board said on Tuesday the ballot scheduled for Friday would go ahead.", D(2021, 5, 13),
     [("Tuesday", "2021-05-11"), ("Friday", "2021-05-14")]),
    ("The second round of flights, which had been scheduled for Wednesday, was also postponed.", D(2021, 5, 13),
     [("Wednesday", "2021-05-12")]),  # a plan told of in the past: the nearer Wednesday
    ("The handover, agreed on Monday, was to have taken place at the border post on Wednesday morning.",
     D(2021, 5, 11), [("Monday", "2021-05-10"), ("Wednesday morning", "2021-05-12TMO")]),  # fell through: nearer
    ("The ferry was to have sailed from Oslo on Saturday.", D(2021, 5, 11), [("Saturday", "2021-05-08")]),
    ("Mediators said talks with both unions on reopening the port on Saturday were continuing.", D(2021, 5, 12),
     [("Saturday", "2021-05-15")]),
    ("Sunday's rally in the capital, which organisers had hoped would draw thousands, has been cancelled.",
     D(2021, 5, 14), [("Sunday", "2021-05-16")]),
    ("The minister announced on Tuesday that the summit had been moved to May 20. The rebels agreed the same "
     "day to attend.", D(2021, 5, 12),
     [("Tuesday", "2021-05-11"), ("May 20", "2021-05-20"), ("the same day", "2021-05-11")]),
    ("Debate resumed this morning. That evening, the premier resigned.", D(2021, 5, 12),
     [("this morning", "2021-05-12TMO"), ("That evening", "2021-05-12TEV")]),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_unseen_3(text, dct, expected):
    got = [(t.text, t.value) for t in tag(text, dct)]
    assert got == expected


def test_year_under_discussion_never_the_publication_year():
    # "that year" with no year before it is not tagged; the month beside it stays unresolved
    out = [(t.text, t.value) for t in tag("Parliament was dissolved in March of that year.", D(2021, 6, 1))]
    assert out == [("March", "XXXX-03")]
