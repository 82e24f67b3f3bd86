"""Event-level dating, fourth set (style of tests/test_extract_patterns_3.py): short invented wire sentences, each with
the exact dated events a careful editor expects, decided by hand before the code ran. Each rule here was found on
the extraction suite's part C (tests/extraction_suite/gold_c.yaml), written on a story the code had never seen.

Each case is (published, text, required, optional): `required` lists (date, words the title carries) that must
come out, each its own event; every event that comes out must match an entry of `required` or `optional`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from news import assert_events, extract_each

WED, FRI, MON = (dt.date(2023, 3, day) for day in (8, 10, 20))     # a Wednesday, a Friday, a Monday

CASES = {
    # An adverb between the auxiliary and the participle ("had almost collapsed", "was now scheduled") leaves the
    # participle the clause's verb: the date is the clause's, not a modifier's.
    "had-almost": (WED, "The merger, which was announced on Friday, had almost collapsed on Monday evening when "
                        "the lenders balked.",
                   [("2023-03-03", ["merger", "announce"]), ("2023-03-06", ["merger", "collapse"])], []),
    # "had" after a subject pronoun is a verb of its own, not a participle describing a noun: the date is the clause's.
    "said-it-had": (WED, "The army said it had retaken the ridge on Sunday.", [("2023-03-05", ["army", "retaken"])], []),
    # "later that day" after a clause and a participle dated on another day: the clause's day, not the participle's.
    "later-that-day-after-a-modifier": (WED, "The ferry left port on Monday morning under the deal signed on Sunday, "
                                             "but the coast guard stopped it later that day.",
                                        [("2023-03-06", ["ferry", "leave"]), ("2023-03-05", ["deal", "sign"]),
                                         ("2023-03-06", ["coast guard", "stop"])], []),
    # A span of years ("between 2016 and 2019") gives no one date to what went on through it.
    "span-of-years": (WED, "The contractor overbilled the city between 2016 and 2019 and went bankrupt in May 2020.",
                      [("2020-05", ["contractor", "bankrupt"])], []),
    # An unnamed source's attribution (", analysts said") is no speaker: the dated plan still comes out, and the
    # headline leaves the attribution out.
    "unnamed-source": (FRI, "The governor hopes to hold a second, final auction early next month, bankers said.",
                       [("2023-04", ["governor", "auction"])], []),
    # Calling off a gathering named by its day ("by scrapping Thursday's summit"): the gathering was still ahead
    # when it was called off, whatever form the verb takes.
    "calling-off-possessive": (MON, "The union struck on Monday, and the ministry answered by calling off "
                                    "Thursday's talks on pensions.",
                               [("2023-03-20", ["union"]), ("2023-03-23", ["talks"])], []),
    # A possessive date naming an act dates that act, also after "since" and in a clause that states a fact.
    "since-possessive-act": (WED, "No lorry has crossed the border since Monday's shooting.",
                             [("2023-03-06", ["shooting"])], []),
    "possessive-act-in-a-state": (WED, "Tuesday's arrest of the mayor was the first since the reform.",
                                  [("2023-03-07", ["mayor", "arrest"])], []),
    # ... and the narrative's day after it is that act's: "the same day" that follows is Tuesday.
    "same-day-after-a-possessive-act": (WED, "Tuesday's arrest of the mayor was the first since the reform.\n"
                                             "The same day, protesters marched on the town hall.",
                                        [("2023-03-07", ["mayor", "arrest"]), ("2023-03-07", ["protesters", "march"])],
                                        []),
    # "The same day" read from a plan still ahead ("tomorrow's hearing") cannot date a clause telling of the past:
    # nothing rather than a day to come.
    "same-day-from-a-plan": (WED, "The judge replaced tomorrow's hearing with a written procedure.\n"
                                  "The same day, the defence put its witnesses on notice.",
                             [], [("2023-03-09", ["hearing"])]),
    # "Dec. 13, the day before X": "the day" restates the date just named, even one that only bounds a count.
    "the-day-before-appositive": (WED, "It was the first flight since Feb. 27, the day before the airline grounded "
                                       "its fleet.",
                                  [("2023-02-28", ["airline", "ground"])], []),
    # ... but "a day after" hangs on the clause, never on a date the clause sets.
    "a-day-after-a-set-date": (FRI, "The governor dissolved the council on Thursday and set a vote for April 2, a "
                                    "day after the mayor resigned.",
                               [("2023-03-09", ["governor", "dissolve"]), ("2023-03-08", ["mayor", "resign"])],
                               [("2023-04-02", ["vote"])]),
    # ", saying ..." after a second predicate is a reason given, a clause of its own: the predicate keeps its date.
    "second-predicate-saying": (FRI, "Customs cleared 20 lorries on Wednesday but held back four on Thursday, saying "
                                     "their papers were not in order.",
                                [("2023-03-08", ["customs", "clear"]), ("2023-03-09", ["customs", "hold"])], []),
    # A participle right after its noun, with no commas, dated there ("the ceasefire agreed on Feb. 27 broke down"):
    # the date is the participle's happening when a finite verb follows it at once, never the clause's.
    "reduced-relative": (FRI, "The ceasefire agreed on Feb. 27 broke down on Thursday.",
                         [("2023-02-27", ["ceasefire", "agree"]), ("2023-03-09", ["ceasefire", "break"])], []),
    "reduced-relative-after": (FRI, "Fighting resumed hours after the truce brokered on March 1 expired.",
                               [("2023-03-01", ["truce", "broker"])], []),
    "reduced-relative-bare-plural": (WED, "Ballots cast on Sunday were counted on Monday.",
                                     [("2023-03-05", ["ballots", "cast"]), ("2023-03-06", ["ballots", "count"])], []),
    "not-a-reduced-relative": (FRI, "The rebels attacked on Monday and killed 12 people.",
                               [("2023-03-06", ["rebels", "attack"])], []),
    # ... and a phrase set before the clause: "Despite the accord signed yesterday, clashes broke out" dates the accord.
    "fronted-modifier": (FRI, "Despite the pact signed on Monday, the militias clashed again on Thursday.",
                         [("2023-03-06", ["pact", "sign"]), ("2023-03-09", ["militias", "clash"])], []),
    # A clause after a fronted "After" happened first: its date is its own, never the main clause's.
    "fronted-after-clause": (FRI, "After the miners rejected the offer on Tuesday, the owners shut the pits.",
                             [("2023-03-07", ["miners", "reject"])], []),
    # ... and after a fronted "Since": what is counted since then did not happen on that day, nor was it called off.
    "fronted-since-clause": (MON, "Since the strike began on March 6, 40 flights have been cancelled.",
                             [("2023-03-06", ["strike", "begin"])], []),
    # "since" and a happening named by a noun: the date is that happening's, never the clause's (which is counted
    # from it).
    "since-a-named-meeting": (WED, "The talks mark the first direct contact since a summit in Oslo in early January.",
                              [("2023-01", ["summit", "Oslo"])], []),
    # ... and a since-clause inside the subject, with the main verb right after its date: each keeps its own date.
    "since-clause-in-the-subject": (WED, "The first ship since the port reopened on Feb. 27 docked on Sunday.",
                                    [("2023-02-27", ["port", "reopen"]), ("2023-03-05", ["ship", "dock"])], []),
    # The day a plan had before it was brought forward ("originally set for Friday") dates nothing, and is never
    # read as a day gone by.
    "originally-set-for": (MON, "The board has brought forward its vote on the merger, originally set for Friday "
                                "afternoon.", [], []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_pattern_gives_exactly_its_dated_events(name):
    events = extract_each({name: CASES[name]})[name]
    assert_events([e for e in events if e.date], *CASES[name][2:])


def test_a_clause_counted_since_a_fronted_happening_is_not_called_off():
    events = extract_each({"s": CASES["fronted-since-clause"]})["s"]
    assert [(e.date, e.status) for e in events if e.date] == [("2023-03-06", "held")]


def test_a_participle_dated_before_the_verb_never_lends_its_date_to_the_verb():
    # "brokered by Egypt and Qatar late on Tuesday": the brokering's day; the collapse "within hours" has none.
    events = extract_each({"t": (FRI, "The truce brokered by Egypt and Qatar late on Tuesday collapsed within hours.",
                                 [], [])})["t"]
    assert [(e.date, "collapse" in e.title.lower()) for e in events if e.date] == [("2023-03-07", False)]
