"""Event-level dating, third set (style of tests/test_extract_patterns_2.py): short invented wire sentences, each with
the exact dated events a careful editor expects, decided by hand before the code ran.

Each case is (published, text, required, optional): `required` lists (date, words the title carries) that must
come out, each its own event; every event that comes out must match an entry of `required` or `optional`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import extract
from news import assert_events, extract_each, wire_article

WED = dt.date(2023, 3, 8)          # a Wednesday
FRI = dt.date(2023, 3, 10)         # a Friday
MON = dt.date(2023, 3, 20)         # a Monday

CASES = {
    # A happening told after "a day after", "two weeks after", "a month after" is dated from the clause it hangs on,
    # at the precision both allow.
    "a-day-after": (FRI, "The regional governor dissolved the assembly on Thursday, a day after councillors rejected "
                         "his budget.",
                    [("2023-03-09", ["governor", "dissolve"]), ("2023-03-08", ["councillors", "reject"])], []),
    "weeks-after-possessive": (WED, "Tuesday's strike came two weeks after the rail union rejected the pay offer.",
                               [("2023-02-21", ["rail union", "reject"])], [("2023-03-07", ["strike"])]),
    "a-month-after-month": (WED, "Halvorsen became party leader in June 2021, a month after his rival quit the race.",
                            [("2021-06", ["Halvorsen", "become"]), ("2021-05", ["rival", "quit"])], []),
    "the-day-after": (WED, "Dockers returned to work on Monday, the day after the port authority signed the pay deal.",
                      [("2023-03-06", ["dockers", "return"]), ("2023-03-05", ["port authority", "sign"])], []),
    "had-walked-out": (FRI, "Talks on the pipeline resumed on Thursday morning, three days after the northern "
                            "delegation had walked out.",
                       [("2023-03-09", ["talks", "resume"]), ("2023-03-06", ["delegation", "walk"])], []),
    # Days cannot be counted back from a month: the happening stays without an event rather than a guessed day.
    "days-from-a-month": (WED, "The mayor took office in April 2022, two days after the council confirmed her.",
                          [("2022-04", ["mayor", "take"])], []),
    # No date in the clause: never the publication date.
    "no-anchor": (WED, "Farmers blocked the highway two days after the ministry cut fuel subsidies.", [], []),
    # A rough interval dates nothing.
    "rough-interval": (WED, "The port reopened on Monday, some three days after the storm hit the coast.",
                       [("2023-03-06", ["port", "reopen"])], []),
    # The interval hangs on the nearest predicate: when that one has no date, nothing is counted.
    "undated-second-predicate": (WED, "The pact was signed on Monday and ratified a day after the senators voted.",
                                 [("2023-03-06", ["pact", "sign"])], []),
    "another-subject-between": (WED, "The army took the town on Monday and rebels fled a day after the shelling "
                                     "began.",
                                [("2023-03-06", ["army", "take"])], []),
    "told-by-a-speaker": (FRI, "Parliament was dissolved on Thursday, a day after lawmakers toppled the government, "
                               "President Ivo Sandrak said.",
                          [("2023-03-09", ["parliament", "dissolve"]), ("2023-03-08", ["lawmakers", "topple"])], []),
    # A date set for a plan ("called an election for May 7") is not the clause the interval counts from.
    "for-a-plan-date": (WED, "The president dissolved parliament on Tuesday and called an early election for May 7, "
                             "a day after the coalition collapsed.",
                        [("2023-03-07", ["president", "dissolve"]), ("2023-03-06", ["coalition", "collapse"])],
                        [("2023-05-07", ["election"])]),
    # The reverse: the clause has no date of its own, the happening it is counted from has one.
    "two-days-before-dated": (MON, "The finance minister resigned two days before the budget vote on March 15.",
                              [("2023-03-13", ["finance minister", "resign"])], [("2023-03-15", ["vote"])]),
    "a-week-after-dated": (MON, "Troops entered the border town a week after the truce of March 2.",
                           [("2023-03-09", ["troops", "enter"])], [("2023-03-02", ["truce"])]),
    # A gerund after the interval is the clause's subject's happening.
    "a-day-after-losing": (WED, "The prime minister resigned on Thursday, a day after losing a confidence vote.",
                           [("2023-03-02", ["prime minister", "resign"]), ("2023-03-01", ["prime minister", "lose"])],
                           []),
    # "two days later", "two years later": counted from the date given before it in the sentence.
    "two-days-later-in-sentence": (WED, "The two coastal towns agreed on March 3 to a fishing truce, which collapsed "
                                        "two days later.",
                                   [("2023-03-03", ["towns", "agree"]), ("2023-03-05", ["truce", "collapse"])], []),
    "years-later": (WED, "Rebels seized the hill town in 2014 and lost it two years later.",
                    [("2014", ["rebels", "seize"]), ("2016", ["rebels", "lose"])], []),
    "rough-later": (WED, "Rebels seized the hill town in 2014 and lost it some years later.",
                    [("2014", ["rebels", "seize"])], []),
    # ... never from a day of another sentence, which of its days is meant cannot be told.
    "earlier-next-sentence": (WED, "The ministry said on Tuesday that its gunners had shot down a drone on Sunday.\n"
                                   "A week earlier, rebel forces had retaken the river port.",
                              [], [("2023-03-07", ["ministry"]), ("2023-03-05", ["drone"])]),
    # "The next day" opening a sentence counts from the day the sentence before named, when it named only one.
    "next-day-next-sentence": (WED, "Wage talks were held in the port city on Monday.\nThe dockers' union walked out "
                                    "of them early the next morning.",
                               [("2023-03-06", ["talks", "held"]), ("2023-03-07", ["union", "walk"])], []),
    "next-day-after-two-days": (WED, "The ministry said on Tuesday that its gunners had shot down a drone on Sunday. "
                                     "The next day, rebel forces retook the river port.",
                                [], [("2023-03-07", ["ministry"]), ("2023-03-05", ["drone"])]),
    # A past verb counted to a day after the paper came out: the count is unsure, no date.
    "later-past-publication": (WED, "The bill passed the lower house on Tuesday; the senate threw it out two days "
                                    "later.",
                               [("2023-03-07", ["bill", "pass"])], []),
    # "later than planned" is a delay, not a date.
    "later-than-planned": (WED, "The new terminal opened two weeks later than planned.", [], []),
    # A fronted count from a dated happening dates the clause after the comma; the date is never the clause's own.
    "fronted-two-days-after": (MON, "Two days after the budget vote on March 15, the finance minister resigned.",
                               [("2023-03-17", ["finance minister", "resign"])], [("2023-03-15", ["vote"])]),
    "fronted-a-week-after": (MON, "A week after the floods of March 2, the government announced an inquiry.",
                             [("2023-03-09", ["government", "announce"])], []),
    "fronted-before": (MON, "Before the vote on March 15, the finance minister resigned.",
                       [], [("2023-03-15", ["vote"])]),
    "fronted-ahead-of": (MON, "Ahead of the summit on March 15, ministers met in Rome.",
                         [], [("2023-03-15", ["summit"])]),
    # The second predicate of an aside takes its own relative date.
    "aside-second-predicate": (WED, "The pay deal, which was signed on March 1 and collapsed the following morning, "
                                    "had been brokered by the labour ministry.",
                               [("2023-03-01", ["pay deal", "sign"]), ("2023-03-02", ["pay deal", "collapse"])], []),
    "participle-second-predicate": (WED, "The old ferry, launched in 1988 and retired on Monday, will become a "
                                         "museum.",
                                    [("1988", ["ferry", "launch"]), ("2023-03-06", ["ferry", "retire"])], []),
    # "fell through" is a verb and its particle, not a bound: the next day dates the falling through.
    "fell-through-the-next-day": (WED, "On March 2, the two dock unions agreed to merge, but the merger fell through "
                                       "the next day.",
                                  [("2023-03-02", ["unions", "agree"]), ("2023-03-03", ["merger"])], []),
    # A participle of how things stand ("led by", "backed by") takes no date: the clause's verb does.
    "led-by-on-monday": (WED, "The inquiry was demanded by a bloc of 12 states led by Chile and Peru on Monday.",
                         [("2023-03-06", ["inquiry", "demand"])], []),
    "backed-by-possessive": (WED, "Tomorrow's hearing was requested by a group of tenants backed by the mayor on "
                                  "Monday.",
                             [("2023-03-06", ["hearing", "request"])], [("2023-03-09", ["hearing"])]),
    # A subject's appositive holds a relative clause of its own: its date is not the subject's.
    "subject-appositive": (WED, "The handover, the final step of a plan that was agreed on Feb. 20, was to have "
                                "taken place on Tuesday morning.",
                           [("2023-03-07", ["handover"])], [("2023-02-20", [])]),
    # The weekday after a verb of telling, and the setting it was told in, dates the telling, though "would" follows.
    "informed-in-a-session": (WED, "The envoy informed the council in a closed session on Tuesday that both sides "
                                   "would attend the talks.",
                              [("2023-03-07", ["envoy", "inform"])], []),
    "told-in-a-briefing": (WED, "The mediator told the assembly in a closed-door briefing on Tuesday that both "
                                "unions would return to the table.",
                           [("2023-03-07", ["mediator", "tell"])], []),
}


@pytest.fixture(scope="module")
def extracted():
    return extract_each(CASES)


@pytest.mark.parametrize("name", list(CASES))
def test_pattern(extracted, name):
    _, _, required, optional = CASES[name]
    assert_events([e for e in extracted[name] if e.date], required, optional)


def test_interval_basis_says_how_it_was_counted(extracted):
    ev = next(e for e in extracted["a-day-after"] if e.date == "2023-03-08")
    assert ev.date_text == "a day after"
    assert "1 day before 'Thursday' (2023-03-09)" in ev.date_basis


def test_next_day_without_a_day_in_reach_says_so():
    """"The next day" with no day named before it is left undated, and the reason is the missing day, not a
    missing publication date."""
    events = extract([wire_article("next-day", WED, "The merger of the two dock unions fell apart the next day.")],
                     []).events
    assert [e.date for e in events] == [""]
    assert "counts from another day" in events[0].date_basis
    assert "publication date" not in events[0].date_basis


def test_a_second_reported_clause_keeps_its_date_to_itself():
    """"said A and that B in June": June dates B, never A (A is left undated rather than given B's month)."""
    text = ("Mayor Tom Hale said he would appeal the ruling and that new hearings would be held in June.\n"
            "The union said on Tuesday that talks had failed and that a strike would begin on Friday.")
    events = extract([wire_article("reported", WED, text)], []).events
    assert sorted((e.date, e.title) for e in events if e.date) == [
        ("2023-03-10", "Strike to begin"), ("2023-06", "New hearings to be held")]
