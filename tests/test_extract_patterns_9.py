"""Event-level dating, ninth set (style of tests/test_extract_patterns_8.py): dates that name another happening than
their clause's, and deadlines. Short invented wire sentences, each with the exact dated events a careful editor
expects, decided by hand before the code ran.

Each case is (published, text, required, optional): `required` lists (date, words the title carries) that must
come out, each its own event; every dated event that comes out must match an entry of `required` or `optional`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from news import assert_events, extract_each

FRI = dt.date(2025, 3, 14)
TUE = dt.date(2025, 3, 11)

CASES = {
    # A possessive date naming an act ("Monday's earthquake") dates that act; the clause keeps its own day.
    "possessive-act-own-day": (FRI, "The death toll from Monday's earthquake passed 900 on Thursday.",
                               [("2025-03-13", ["toll", "passes"]), ("2025-03-10", ["earthquake"])], []),
    # An owner's year names a happening as a determiner's does ("the two countries' 1994 treaty").
    "owner-year-names": (FRI, "The row over fees, which the two countries' 1994 border treaty never settled, "
                              "flared again in 2019.",
                         [("1994", ["treaty"])], [("2019", ["row"])]),
    # "due by" a day ahead is a deadline of its own.
    "due-by-deadline": (TUE, "The ministry must finish its audit, now due by March 20.",
                        [("2025-03-20", ["audit"])], []),
    # "would ... unless ... by Friday": the deadline lies ahead (a backshifted condition), an event of its own.
    "unless-by-deadline": (TUE, "The union said on Tuesday it would strike unless wages were raised by Friday.",
                           [("2025-03-11", ["union", "strike"]), ("2025-03-14", ["strike"])], []),
    # A headline joining two headlines with a comma: the day named in one ("Friday strike") never dates the other.
    "headline-comma-join": (TUE, "Police arrest protest leader, union calls Friday strike\n"
                                 "Police arrested the protest leader on Monday.",
                            [("2025-03-10", ["police", "arrest"])], [("2025-03-14", ["strike"])]),
    # A thing in a state since a day, set off by commas ("the bridge, closed since March 3,"): brought about that day.
    "state-since-aside": (TUE, "The bridge, closed since March 3, will reopen on Friday.",
                          [("2025-03-03", ["bridge", "close"]), ("2025-03-14", ["bridge", "reopen"])], []),
    # A state someone has kept up since a day ("has kept the port closed since Sunday") was brought about that day.
    "kept-shut-since": (TUE, "The navy has kept the port closed since Sunday.", [("2025-03-09", ["navy", "port"])], []),
    "kept-shut-since-relative": (TUE, "Ships waited outside a port that the navy has kept closed since Sunday.",
                                 [("2025-03-09", ["navy", "port"])], []),
}


@pytest.fixture(scope="module")
def events():
    # The sentence's own happenings, before merging.py (not this stage's) joins reports: what the clause stage gives.
    return extract_each(CASES, merged=False)


@pytest.mark.parametrize("name", list(CASES))
def test_case(name, events):
    _, _, required, optional = CASES[name]
    assert_events(events[name], required, optional)
