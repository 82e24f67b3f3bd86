"""Event-level dating, fifth set (style of tests/test_extract_patterns_4.py): short invented wire sentences, each with
the exact dated events a careful editor expects, decided by hand before the code ran. Each rule here was found on
the extraction suite's part D (tests/extraction_suite/gold_d.yaml), written on a story the code had never seen.

Each case is (published, text, required, optional): `required` lists (date, words the title carries) that must
come out, each its own event; every dated event that comes out must match an entry of `required` or `optional`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from news import assert_events, extract_each

TUE, THU = dt.date(2023, 3, 7), dt.date(2023, 3, 9)         # a Tuesday, a Thursday

CASES = {
    # A day booked for a plan that the sentence then says was called off on a past day lies after that day, not
    # after the publication date: the Monday is yesterday, never next week's.
    "booked-then-called-off": (TUE, "A meeting between Norway and Sweden, brokered by the bishop of Lund and set for "
                                    "Monday, was called off on Sunday evening.",
                               [("2023-03-06", ["meeting", "set"]), ("2023-03-05", ["meeting", "called off"])], []),
    # ... also when the day named is what the call-off followed ("after talks broke down on Tuesday night"); and
    # "after" + a bare plural with its own phrase ("talks with police") opens a clause of its own.
    "booked-then-called-off-after": (THU, "The union had called off a march planned for Wednesday after talks with "
                                          "police broke down on Tuesday night.",
                                     [("2023-03-08", ["march", "called off"]), ("2023-03-07", ["talks", "break"])], []),
    # "a week after X" counts from the day of the clause it hangs on, never from a date that only names which
    # thing is meant ("the Feb. 26 runoff"); that date is the runoff's, a gathering of its own.
    "interval-skips-an-attributive-date": (TUE, "Norway's Supreme Court on Tuesday began hearing the challenge to "
                                                "the Feb. 26 runoff, a week after the hearing was first postponed.",
                                           [("2023-03-07", ["supreme court", "hear"]),
                                            ("2023-02-28", ["hearing", "postpone"]), ("2023-02-26", ["runoff held"])],
                                           []),
    # An act with an object and its day before ", saying": the act's day, not the publication date.
    "act-then-saying": (TUE, "Norway's Labour Party claimed victory on Sunday, saying its own tally showed it ahead.",
                        [("2023-03-05", ["labour party", "claim"])], []),
    # A count since a day with a phrasal verb ("set aside") dates the start; the title keeps the particle.
    "set-aside-since": (TUE, "About 40,000 ballots have been set aside since early March 5.",
                        [("2023-03-05", ["setting aside", "ballots"])], []),
    # "Earlier in the day" opening a paragraph after one that told of two days: which day is meant cannot be told,
    # so it dates nothing (it did date the last one, Sunday, here).
    "earlier-in-the-day-after-several-days": (TUE, "Sweden announced on Monday evening that Norway led the count. "
                                                   "Norway's Labour Party claimed victory on Sunday, saying its tally "
                                                   "showed it ahead.\n"
                                                   "Earlier in the day, police in Oslo used tear gas on protesters.",
                                              [("2023-03-05", ["labour party", "claim"])],
                                              [("2023-03-06", ["sweden"])]),
    # A possessive date after "ahead of" in a relative clause names the ruling; when the asking was is not said.
    "ahead-of-possessive-in-relative": (THU, "Ilona Varga, who had asked her supporters to stay home ahead of "
                                             "Thursday's ruling, welcomed the decision.",
                                        [("2023-03-09", ["ruling issued"])], []),
    # A second participle of the same verb shares the passive: "re-elected", not "re-elects".
    "coordinated-passive": (THU, "Norway's king was first crowned in 2015 and re-crowned in 2020.",
                            [("2015", ["crowned"]), ("2020", ["re-crowned"])], []),
    # A headline ending in the noun "report" is a happening, not a bare "X reports".
    "report-noun": (THU, "On Thursday, the European Union's observer mission published its preliminary report.",
                    [("2023-03-09", ["observer mission", "publishes", "report"])], []),
    # A postponement's new date with the object after it ("postponed until March 14 its hearing") is a plan of its own.
    "postponed-until-object-after": (TUE, "Norway's Supreme Court on Tuesday postponed until March 14 its hearing on "
                                          "the challenge.",
                                     [("2023-03-07", ["supreme court", "postpone"]),
                                      ("2023-03-14", ["hearing", "set for march 14"])], []),
    # An order to do something by a day still ahead sets a deadline, an event of its own; a name's possessive keeps
    # its capital after "Deadline:".
    "ordered-by-deadline": (TUE, "Norway's Supreme Court ordered the ministry to release the prisoners by March 20.",
                            [("2023-03-20", ["Deadline: Norway's Supreme Court orders ministry to release"])], []),
    # "scheduled for Thursday" after a noun is the plan's day, no act of its own: the meeting is called off.
    "scheduled-for-is-no-act": (TUE, "The meeting in Oslo between the government and the Kostrava Front scheduled for "
                                     "Thursday has been called off, Norway said.",
                                [("2023-03-09", ["meeting", "called off"])], []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_pattern_gives_exactly_its_dated_events(name):
    events = extract_each({name: CASES[name]})[name]
    assert_events([e for e in events if e.date], *CASES[name][2:])


def test_a_plan_called_off_before_its_day_is_cancelled_not_held():
    events = extract_each({"b": CASES["booked-then-called-off"]})["b"]
    assert sorted((e.date, e.status) for e in events if e.date) == [("2023-03-05", "cancelled"),
                                                                    ("2023-03-06", "cancelled")]


def test_a_deadline_keeps_the_capital_of_a_possessive_name():
    events = extract_each({"d": CASES["ordered-by-deadline"]})["d"]
    assert [e.title for e in events if e.date] == ["Deadline: Norway's Supreme Court orders ministry to release prisoners"]
