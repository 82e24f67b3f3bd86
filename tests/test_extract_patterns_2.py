"""More event-level dating rules, in the style of tests/test_extract_patterns.py: short invented wire sentences, each
with the exact dated events a careful editor expects, decided by hand before the code ran.

Each case is (published, text, required, optional): `required` lists (date, words the title carries) that must
come out, each its own event; every event that comes out must match an entry of `required` or `optional`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from news import assert_events, extract_each

WED = dt.date(2023, 3, 8)          # a Wednesday
SAT = dt.date(2023, 3, 11)         # a Saturday

CASES = {
    # A wire dateline's day is when the story was filed: the lead's own weekday dates its happening.
    "dateline-city": (WED, "PORT ELLIS, Norland, March 8 (Wire) - Dockworkers at the northern port walked off the job "
                           "late on Monday, the union said.",
                      [("2023-03-06", ["dockworkers", "walk"])], []),
    "dateline-bare": (WED, "March 8 (Wire) -- Farmers blocked the ring road around the capital on Tuesday with "
                           "hundreds of tractors.",
                      [("2023-03-07", ["farmers", "block"])], []),
    "dateline-slashes": (WED, "KALDER, March 8. /Wire/. The regional council on Monday approved a new water tariff.",
                         [("2023-03-06", ["council", "approve"])], []),
    # "The same day", "that evening" take the day of the narrative's main clause before them, not the last date named.
    "same-day-after-target": (SAT, "Labour mediator Karin Holm announced on Thursday that the wage talks planned for "
                                   "Friday had been put off to March 20. The union accepted the new date the same day.",
                              [("2023-03-09", ["Holm", "announce"]), ("2023-03-09", ["union", "accept"]),
                               ("2023-03-20", ["wage talks", "set for"])],
                              [("2023-03-10", ["talks"])]),
    "that-evening-next-paragraph": (WED, "Rebel fighters left the hill town of Dorva on Sunday, ending a siege that "
                                         "began on Feb. 2.\nArmy units moved into the town that evening.",
                                    [("2023-03-05", ["fighters", "Dorva"]), ("2023-03-05", ["army", "mov"])],
                                    [("2023-02-02", ["siege"])]),
    "that-evening-after-side-clause": (WED, "The assembly voted to dissolve itself today.\nThe vote came after a "
                                            "debate that opened on Monday evening.\nThat evening, the prime "
                                            "minister handed in his resignation.",
                                       [("2023-03-08", ["assembly", "vote"]), ("2023-03-08", ["resignation"])],
                                       [("2023-03-06", ["debate"])]),
    # A postponement's new date is a planned happening of its own; the postponing keeps its own day.
    "postponed-until": (WED, "The mayor on Tuesday postponed the council vote on the new bridge until March 21.",
                        [("2023-03-07", ["mayor", "postpone"]), ("2023-03-21", ["council vote", "set for"])], []),
    "postponed-which": (WED, "The speaker on Monday postponed the budget debate, which had been scheduled for "
                             "Thursday, until March 15.",
                        [("2023-03-06", ["speaker", "postpone"]), ("2023-03-15", ["budget debate", "set for"]),
                         ("2023-03-09", ["debate"])], []),
    "moved-from-to": (WED, "The commission on Monday moved the regional election from April 2 to April 23.",
                      [("2023-03-06", ["commission", "move"]), ("2023-04-23", ["regional election", "set for"])],
                      []),
    "passive-rescheduled": (WED, "The final hearing has been rescheduled for March 29.",
                            [("2023-03-29", ["hearing", "set for"])], []),
    "pronoun-put-off": (WED, "The Friday consultations on the port did not take place.\nThey were pushed back to "
                             "March 14 at the request of the ministry.",
                        [("2023-03-14", ["consultations", "set for"])], [("2023-03-03", ["consultations"])]),
    "pronoun-unknown": (WED, "Prices rose sharply in February.\nThey were pushed back to March 14.",
                        [("2023-02", ["prices"])], []),
    "put-off-possessive": (WED, "Party leaders on Wednesday put off tomorrow's leadership vote until next month.",
                           [("2023-03-08", ["leaders", "put off"]), ("2023-03-09", ["leadership vote"])],
                           [("2023-04", ["vote"])]),
    # A count since a day whose start is a happening dates the start; a toll or a state dates nothing.
    "since-fronted": (WED, "Since early Sunday, 1,200 families have left the flooded valley, officials said.",
                      [("2023-03-05", ["families", "leav"])], []),
    "since-after-said": (WED, "The organisers said 5,000 signatures had been gathered since March 1 for a petition "
                              "against the new tax.",
                         [("2023-03-01", ["gathering", "signatures"])], []),
    "since-long-phrase": (dt.date(2023, 3, 12), "More than 900 people have been ferried across the river to the "
                                                "safe southern bank since early Friday, the Red Cross said Sunday.",
                          [("2023-03-10", ["ferrying", "people"])], [("2023-03-12", ["Red Cross"])]),
    "since-toll": (WED, "Since Sunday, 40 people have been killed in the clashes, the ministry said.", [], []),
    # A gathering one is invited to on another day is an event of its own, on its day.
    "invited-to-talks": (dt.date(2023, 3, 7), "The mediator on Tuesday invited the union and the employers to "
                                              "talks in Bergen on March 16, the first meeting in a year.",
                         [("2023-03-07", ["mediator", "invite"]), ("2023-03-16", ["talks", "planned"])], []),
    # Possessive and attributive dates.
    "possessive-first-to": (WED, "Monday's ferry was the first to reach the island since the storm.",
                            [("2023-03-06", ["ferry"])], []),
    "possessive-and-own-day": (WED, "Tomorrow's vote on the budget was requested on Tuesday by 40 deputies.",
                               [("2023-03-07", ["requested"]), ("2023-03-09", ["vote", "planned"])], []),
    "participle-adjective": (WED, "The 14 rescued miners returned to the surface on Monday afternoon.",
                             [("2023-03-06", ["miners", "surface"])], []),
    "attributive-date": (dt.date(2023, 5, 2), "The May 21 date was chosen by the electoral board on April 28.",
                         [("2023-04-28", ["date", "chosen"])], []),
    "with-absolute": (WED, "Polls will open on March 26, with the campaign starting on March 12.",
                      [("2023-03-26", ["polls"]), ("2023-03-12", ["campaign", "start"])], []),
    # Background years: a past year naming a happening ("a 2017 rocket attack") is an event with year precision; a
    # when-clause after a date its own clause does not take happened then.
    "year-attributive": (WED, "Two men convicted over a 2017 rocket attack on the airport were freed on Tuesday.",
                         [("2017", ["rocket attack"]), ("2023-03-07", ["freed"])], []),
    "year-when": (WED, "The last time the border was open was in June 2021, when 300 trucks crossed in a single day.",
                  [("2021-06", ["trucks", "cross"])], []),
    "year-nominal-twins": (WED, "The port has stayed in rebel hands ever since, through two failed army offensives "
                                "in 2019 and 2021.",
                           [("2019", ["army offensive", "fail"]), ("2021", ["army offensive", "fail"])], []),
    "year-ahead": (WED, "The 2024 election will be the first since the war.", [], []),
    "moved-second-predicate": (WED, "The hearing had first been set for March 2 and was then moved to March 23 "
                                    "after the defence asked for more time.",
                               [("2023-03-23", ["hearing", "set for"])], [("2023-03-02", ["hearing"])]),
    # What was said keeps its saying's day when the clause's other date only counts or bounds.
    "said-that-since": (WED, "The regional police said on Monday that they had retaken the old port, which smugglers "
                             "had controlled since 2019.",
                        [("2023-03-06", ["police", "retaken"])], []),
    "told-long-that": (WED, "The envoy told members of the security council in private on Tuesday that both sides "
                            "would attend talks opening on March 20.",
                       [("2023-03-20", ["both sides", "attend"])], [("2023-03-07", ["envoy"])]),
    # Two happenings counted, then each day named: one event per day.
    "two-days-named": (WED, "The army launched two offensives on the valley, in 2016 and 2019.",
                       [("2016", ["army", "offensive"]), ("2019", ["army", "offensive"])], []),
    "two-days-exchanges": (WED, "Some 80 detainees remain in custody after two exchanges, on Feb. 3 and Feb. 21.",
                           [("2023-02-03", ["exchange"]), ("2023-02-21", ["exchange"])], []),
    "two-days-range": (WED, "Talks were held between Monday and Tuesday.", [], [("2023-03-06", ["talks"])]),
    # A day still ahead that bounds what is to be done is a deadline, an event of its own; a vague bound dates nothing.
    "deadline": (WED, "Tenants must leave the building by March 31, the court ruled on Tuesday.",
                 [("2023-03-31", ["deadline", "tenants", "leave"]), ("2023-03-07", ["court"])], []),
    "deadline-vague": (WED, "The company will cut 800 jobs by the end of the year.", [], []),
}


@pytest.fixture(scope="module")
def extracted():
    return extract_each(CASES)


@pytest.mark.parametrize("name", list(CASES))
def test_pattern(extracted, name):
    _, _, required, optional = CASES[name]
    assert_events(extracted[name], required, optional)
