"""Event-level dating, eighth set (style of tests/test_extract_patterns_7.py): one sentence telling two happenings
gives two events, each with its own date (issue 10: no event ever covers two happenings). Short invented wire
sentences, each with the exact dated events a careful editor expects, decided by hand before the code ran.

Each case is (published, text, required, optional): `required` lists (date, words the title carries) that must
come out, each its own event; every dated event that comes out must match an entry of `required` or `optional`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from news import assert_events, extract_each

TUE = dt.date(2023, 3, 14)

CASES = {
    # A when-clause after the year or month of its main clause happened then, and is a happening of its own.
    "when-after-year": (TUE, "The two neighbours fought a short war over the strait in 2019, when marines seized "
                             "the island of Tesk.",
                        [("2019", ["war"]), ("2019", ["marines", "seize", "tesk"])], []),
    "when-after-month": (TUE, "The last strike ended in May 2019, when the government forced arbitration.",
                         [("2019-05", ["strike", "ends"]), ("2019-05", ["government", "forces"])], []),
    # ... but after a day it tells how that day's happening came about: the same happening, one event.
    "when-after-day": (TUE, "The deal collapsed on Monday, when the union's council voted against it.",
                       [("2023-03-13", ["deal", "collapses"])], []),
    # A while-clause with a subject and a simple past verb of its own, and no date of its own, happened at the same
    # time as the dated clause before it; a place may come first.
    "while-same-time": (TUE, "Prices rose 3% in February, while wages fell 1%.",
                        [("2023-02", ["prices"]), ("2023-02", ["wages", "fall"])], []),
    "while-place-first": (TUE, "The two sides opened talks in London on Monday, while in Lindvik the state lender "
                               "held talks of its own with the IMF.",
                          [("2023-03-13", ["london"]), ("2023-03-13", ["lender", "talks", "imf"])], []),
    # ... also after an aside on the dated clause, which keeps its own (counted) date.
    "while-after-aside": (TUE, "The sides opened talks in London on Monday, two days after the meeting was put off, "
                               "while in Lindvik the state lender held talks with the IMF.",
                          [("2023-03-13", ["london"]), ("2023-03-13", ["lender", "talks", "imf"])],
                          [("2023-03-11", ["meeting", "put off"])]),
    # ... but a while-clause telling a state or what has long been so is a contrast, not a happening of that day.
    "while-contrast-state": (TUE, "The bank raised rates on Monday, while the opposition has long called for cuts.",
                             [("2023-03-13", ["bank", "raises"])], []),
    "while-contrast-was": (TUE, "The bank raised rates on Monday, while the opposition was divided.",
                           [("2023-03-13", ["bank", "raises"])], []),
}


@pytest.fixture(scope="module")
def events():
    # The sentence's own happenings, before merging.py (not this stage's) joins reports: what the clause stage gives.
    return extract_each(CASES, merged=False)


@pytest.mark.parametrize("name", list(CASES))
def test_case(name, events):
    _, _, required, optional = CASES[name]
    assert_events(events[name], required, optional)
