"""Event-level dating, seventh set (style of tests/test_extract_patterns_6.py): short invented wire sentences, each
with the exact dated events a careful editor expects, decided by hand before the code ran. Each rule here was found on
the extraction suite's part H (tests/extraction_suite/gold_h.yaml: an airliner crash, the grounding of the type and
the hearing that followed) or is the known storm case of tests/test_extract_unseen_2.py.

Each case is (published, text, required, optional): `required` lists (date, words the title carries) that must
come out, each its own event; every dated event that comes out must match an entry of `required` or `optional`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import timex
from news import assert_events, extract_each

TUE = dt.date(2023, 3, 14)

CASES = {
    # A modal after a verb of saying looks ahead: the weekday is the coming one, not the day it was said.
    "modal-after-warned": (TUE, "Forecasters warned that the river could flood the valley on Thursday.",
                           [("2023-03-16", ["river", "flood"])], []),
    "modal-after-said-on": (TUE, "Mediator Anna Berg said on Monday that the talks might resume on Friday.",
                            [("2023-03-13", ["berg"]), ("2023-03-17", ["talks", "resume"])], []),
    # A past participle right after its noun dates that noun's happening, whatever the main verb says after it.
    "participle-before-modal": (TUE, "The court said the export ban ordered on November 20 would stay in place.",
                                [("2022-11-20", ["ban", "ordered"])], []),
    # A relative clause closed by its date ends before the main clause's past verb; a bare plural speaker with a day
    # dates the saying.
    "relative-closed-by-date": (TUE, "The ferry that sank off Kemp last weekend carried 300 passengers, coast guard "
                                     "officials said Monday.",
                                [("2023-03", ["ferry", "sinks"]), ("2023-03-13", ["officials", "ferry"])], []),
    # ... also a passive one ("who was arrested on Monday"), and one closed by a year.
    "passive-relative-closed-by-date": (TUE, "The man who was arrested on Monday appeared in court on Tuesday.",
                                        [("2023-03-13", ["man", "arrested"]), ("2023-03-14", ["man", "court"])], []),
    "relative-closed-by-year": (TUE, "Shares in the firm that listed in 2009 fell 14% on Monday.",
                                [("2009", ["firm", "lists"]), ("2023-03-13", ["shares", "14%"])], []),
    # A day naming an act ("the March 2 bombing") dates that act when the clause has a day of its own.
    "attributive-act": (TUE, "Police on Monday arrested two men over the March 2 bombing of a bus depot.",
                        [("2023-03-13", ["police", "arrest"]), ("2023-03-02", ["bus depot"])], []),
    # A measure "in place since" a day took effect that day; the main clause keeps its subject.
    "in-force-since": (TUE, "The curfew, in place since Saturday, will be lifted on Friday.",
                       [("2023-03-11", ["curfew", "takes effect"]), ("2023-03-17", ["curfew", "lifted"])], []),
    # What a participle of saying tells ("telling reporters that ...") is a clause of its own with its own date.
    "telling-that": (TUE, "The minister resigned on Monday, telling reporters that elections would be held in June.",
                     [("2023-03-13", ["minister", "resigns"]), ("2023-06", ["elections"])], []),
    # A count since a day reaches its subject across a relative clause set off by commas.
    "since-across-relative": (TUE, "The airline, which flies 12 of the jets, has cancelled about 60 flights since "
                                   "Sunday.",
                              [("2023-03-12", ["airline", "cancel"])], []),
    # An attribution with an appositive name ("the town's mayor, Anna Berg, said") leaves what was said its event.
    "appositive-attribution": (TUE, "Residents plan to march to the town hall on Saturday, the town's mayor, Anna "
                                    "Berg, said.",
                               [("2023-03-18", ["residents", "march"])], []),
}

EVENTS = extract_each(CASES)


@pytest.mark.parametrize("name", list(CASES))
def test_pattern(name):
    _, _, required, optional = CASES[name]
    assert_events(EVENTS[name], required, optional)


def test_a_modal_after_warned_reads_ahead_in_the_tagger():
    text = "The agency warned that rivers could crest on Thursday."
    assert [t.value for t in timex.tag(text, TUE)] == ["2023-03-16"]


def test_a_participle_after_its_noun_is_past_in_the_tagger():
    text = "The grounding ordered on September 24 would remain in force."
    assert [t.value for t in timex.tag(text, dt.date(2035, 10, 11))] == ["2035-09-24"]
