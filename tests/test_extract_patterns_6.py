"""Event-level dating, sixth set (style of tests/test_extract_patterns_5.py): short invented wire sentences, each with
the exact dated events a careful editor expects, decided by hand before the code ran. Each rule here was found on
the extraction suite's parts E and F (tests/extraction_suite/gold_e.yaml, gold_f.yaml): which date dates which
happening, and which happenings a sentence holds.

Each case is (published, text, required, optional): `required` lists (date, words the title carries) that must
come out, each its own event; every dated event that comes out must match an entry of `required` or `optional`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import status
from news import assert_events, extract_each, wire_article

MON, TUE, WED, FRI, SAT = (dt.date(2023, 3, 13), dt.date(2023, 3, 14), dt.date(2023, 3, 15), dt.date(2023, 3, 17),
                           dt.date(2023, 3, 18))

CASES = {
    # A participle phrase set off by a comma after a noun ("a demand first made on March 1") dates that noun's
    # happening; a second participle after "and" is the same noun's, not the sentence subject's.
    "appositive-participle": (TUE, "The union has demanded a 9% rise, a demand first made on March 1 and repeated on "
                                   "Monday.",
                              [("2023-03-01", ["demand", "made"]), ("2023-03-13", ["demand", "repeated"])], []),
    # Nothing done since a day says the doing stopped that day; a pronoun after "said" is the speaker.
    "since-none": (TUE, "About 20 trains were idle on Tuesday, and the rail operator said it had accepted no new "
                        "bookings since Sunday evening.",
                   [("2023-03-12", ["rail operator", "stops accepting"])], []),
    # A week that lies in one month dates its happening with that month; "after" + a counted subject opens a clause.
    "week-in-month": (WED, "The party called a strike after 80% of its members backed it in last week's vote.",
                      [("2023-03", ["members", "back"])], []),
    # "then moved to Thursday" without an object moves what the first predicate told of.
    "moved-to": (TUE, "The summit with Sweden had first been set for Monday, then moved to Thursday after the envoy "
                      "fell ill.",
                 [("2023-03-13", ["summit", "set"]), ("2023-03-16", ["summit", "set for thursday"])], []),
    # A relative clause without commas ("that has shut the port") is set apart when the main verb follows it; the
    # second predicate's subject is the deal, not the strike.
    "restrictive-relative": (TUE, "A deal to end the strike that has shut the port was agreed late on Monday but "
                                  "collapsed on Tuesday.",
                             [("2023-03-13", ["deal to end", "agreed"]), ("2023-03-14", ["deal to end", "collapses"])],
                             []),
    # "which" after "a mandate from the party's council" stands for the council, not the mandate.
    "antecedent-after-preposition": (TUE, "Berg said he needed a mandate from the party's council, which rejected the "
                                          "plan on Friday.",
                                     [("2023-03-10", ["party's council rejects"])], []),
    # "..., X said Monday, four days after ...": the saying keeps its own day; the count runs from it.
    "saying-then-count": (MON, "Norway will open talks with its lenders in Oslo on Thursday, Finance Minister Kari "
                               "Berg said Monday, four days after the country missed a payment.",
                          [("2023-03-13", ["berg"]), ("2023-03-16", ["open talks"]), ("2023-03-09", ["misses payment"])],
                          []),
    # "since the coup last Thursday": the date is the coup's, never the clause's.
    "since-named-bare": (WED, "Norway's bonds fell on Wednesday, their lowest since the coup last Thursday.",
                         [("2023-03-15", ["bonds fall"]), ("2023-03-09", ["coup"])], []),
    # A month between a participle and its noun names when that was done; it never dates the clause.
    "participle-month": (dt.date(2023, 1, 10), "Prices have fallen since the grace period on the missed November "
                                               "payment expired on Dec. 2.",
                         [("2022-11", ["payment missed"]), ("2022-12-02", ["grace period", "expires"])], []),
    # A rough count ("nearly three weeks") dates at month precision when all of its range lies in one month; the
    # put-off it names gives the main clause no status.
    "rough-interval": (dt.date(2023, 3, 27), "Norway and its lenders opened talks in Oslo on Monday, nearly three weeks "
                                             "after the meeting was first put off.",
                       [("2023-03", ["meeting", "put off"]), ("2023-03-27", ["open talks"])], []),
    # An attribution set off by commas between the day and the count does not stop the count.
    "interval-past-attribution": (MON, "Talks opened in Oslo on Monday.\nBerg met the envoy in Bergen the same day, "
                                       "her ministry said, five days after she called off a visit to Sweden.",
                                  [("2023-03-13", ["talks open"]), ("2023-03-13", ["berg meets envoy"]),
                                   ("2023-03-08", ["calls off visit"])], []),
    # "a year after its previous referendum": a happening named by its noun is counted too.
    "nominal-interval": (MON, "Norway last changed its constitution in 2014, a year after its previous referendum.",
                         [("2014", ["constitution"]), ("2013", ["referendum"])], []),
    # Deadlines: a month not yet over, "given ... until", "would" with "by", "would take until": each an event of
    # its own, never the publication date.
    "deadline-month": (TUE, "The central bank is expected to publish its review by the end of March.",
                       [("2023-03", ["deadline", "review"])], []),
    "deadline-given-until": (TUE, "The lenders want a smaller cut and have given Norway until Friday to improve its offer.",
                             [("2023-03-17", ["deadline", "improve"])], []),
    "deadline-would": (TUE, "Opposition leader Per Dahl said his party would file an appeal with the Supreme Court by "
                            "Friday.",
                       [("2023-03-17", ["deadline", "appeal"])], []),
    "deadline-take-until": (TUE, "The port authority estimates that the repairs would take until mid-April.",
                            [("2023-04", ["repairs"])], []),
    # A second bare verb after a modal ("will open ... and close by ...") is a predicate of its own, the deadline's.
    "second-bare-verb-deadline": (TUE, "The bond swap will open on March 20 and close by the end of the month.",
                                  [("2023-03-20", ["swap", "open"]), ("2023-03", ["deadline", "swap to close"])], []),
    "expected-by": (TUE, "The count will resume on Thursday, and the board said it expected results by the end of the "
                         "month.",
                    [("2023-03-16", ["count", "resume"]), ("2023-03", ["deadline", "results"])], []),
    # "came on the day of the deadline": the day the sentence before told of.
    "day-of-the-deadline": (FRI, "Norway and its lenders reached an agreement on Friday.\nThe agreement came on the day "
                                 "of the deadline the lenders had set for a better offer.",
                            [("2023-03-17", ["reach agreement"]), ("2023-03-17", ["agreement comes"])], []),
    # A wire's sign-off ("Enditem") does not make the last paragraph a caption: each clause keeps its own date.
    "sign-off": (dt.date(2023, 5, 10), "Velmora declared a default on May 4 after failing to pay bond interest due in "
                                       "April. Enditem",
                 [("2023-05-04", ["declares default"]), ("2023-04", ["fails to pay"])], []),
    # A plan in an aside ("due to open on Thursday") is the subject's, never the main clause's; what has just been
    # done (a present perfect) is dated by the day it was said.
    "perfect-told-on-a-day": (WED, "Talks between Norway and its lenders, due to open in Oslo on Thursday, have been "
                                   "postponed to April 8, the lenders' committee said on Wednesday.",
                              [("2023-03-15", ["talks", "postponed"]), ("2023-03-16", ["talks", "open"]),
                               ("2023-04-08", ["talks", "set for april 8"])], []),
    # A statement of a speaker the registry does not know keeps its own day.
    "statement-of-unnamed-speaker": (SAT, "Lenders of Norway agreed in Paris on Friday to back a new loan, the lenders' "
                                          "committee said in a statement on Saturday.",
                                     [("2023-03-17", ["agree"]), ("2023-03-18", ["issues statement"])], []),
    # ... and so does a saying of one when what was said has a day of its own.
    "saying-of-unnamed-speaker": (TUE, "Velmora will free the crew on Thursday, the Velmoran government said today.",
                                  [("2023-03-16", ["free", "crew"]), ("2023-03-14", ["government"])], []),
    # "the Thursday meeting" is the Thursday the article named before, ahead; the past welcoming is not dated by it.
    "attributive-weekday": (MON, "Norway will open talks with its lenders in Oslo on Thursday, Finance Minister Kari Berg "
                                 "said Monday.\nThe lenders' committee welcomed the Thursday meeting in a statement.",
                            [("2023-03-13", ["berg"]), ("2023-03-16", ["open talks"]), ("2023-03-16", ["meeting"])], []),
    # A doing since a recent day began that day; people or things stranded since then became so then.
    "since-plain": (TUE, "Shops in the capital have reported shortages of bread since the weekend.",
                    [("2023-03", ["shops", "reporting shortages"])], []),
    "since-stranded": (WED, "About 2,000 trucks have been stranded at the border crossing since last week.",
                       [("2023-03", ["trucks stranded"])], []),
}

EVENTS = extract_each(CASES)


@pytest.mark.parametrize("name", list(CASES))
def test_pattern(name):
    _, _, required, optional = CASES[name]
    assert_events(EVENTS[name], required, optional)


def test_a_saying_on_its_day_was_made():
    clause = "Velmora will free the crew on Thursday, the government said today."
    assert status.classify(clause, clause.find("today"), "today", "2023-03-14", "2023-03-14") == "held"


def test_the_status_of_an_aside_is_its_own():
    # "Lund, who was appointed on March 1, had been due to rule on Friday": the appointment was made, not planned.
    from generator.extract import extract
    events = extract([wire_article("lund", TUE, "Judge Anna Lund, who was appointed on March 1, had been due to rule "
                                                "on Friday but asked for more time.")], []).events
    assert [(e.date, e.status) for e in events if e.date == "2023-03-01"] == [("2023-03-01", "held")]


def test_set_for_an_aim_is_no_plan():
    clause = "The agreement came on the day of the deadline the lenders had set for a better offer."
    assert status.classify(clause, clause.find("the day of"), "on the day of", "2023-03-17", "2023-03-17") == "held"
    assert status.classify("The vote was set for Monday.", 17, "for Monday", "2023-03-20", "2023-03-17") == "planned"
