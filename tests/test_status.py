"""What became of a happening (planned, held, postponed, cancelled): one lexicon, `generator.extract.status`, read by the
extractor's statuses and by the headline writer alike. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import extract, status
from generator.extract import headlines as headline
from generator.extract.assemble import status_of

from news import show, wire_article

PUB = "2021-03-17"    # a Wednesday


@pytest.mark.parametrize("sentence, words, date, expected", [
    # The old and the new day of a postponement: the old one is postponed, the new one planned.
    ("The council vote, originally set for March 23, was moved to March 26.", "March 26", "2021-03-26", "planned"),
    ("The council vote, originally set for March 23, was moved to March 26.", "for March 23", "2021-03-23",
     "postponed"),
    ("The ballot, originally set for Dec. 13, was moved to Dec. 18.", "Dec. 18", "2021-12-18", "planned"),
    ("The ballot, originally set for Dec. 13, was moved to Dec. 18.", "for Dec. 13", "2021-12-13", "postponed"),
    ("The ferry talks were rescheduled for Friday.", "Friday", "2021-03-19", "planned"),
    # "moved to" a place is no postponement.
    ("The talks on Friday were moved to Bergen.", "on Friday", "2021-03-19", "planned"),
    ("The talks on Monday were moved to Bergen.", "on Monday", "2021-03-15", "held"),
    # A plan that had been made, then put off.
    ("The port talks, which had been scheduled for Thursday, was postponed.", "for Thursday", "2021-03-18",
     "postponed"),
    ("The port talks had been scheduled for Thursday, was postponed.", "for Thursday", "2021-03-11", "postponed"),
    # Did not go ahead: called off.
    ("The harbour festival on Saturday did not go ahead.", "on Saturday", "2021-03-13", "cancelled"),
    ("The harbour festival planned for Saturday does not go ahead.", "for Saturday", "2021-03-20", "cancelled"),
    # Negated: the words say the opposite.
    ("The budget vote on Monday was not postponed.", "on Monday", "2021-03-15", "held"),
    ("The budget vote on Friday has not been postponed.", "on Friday", "2021-03-19", "planned"),
    ("The regatta on Monday was never cancelled.", "on Monday", "2021-03-15", "held"),
])
def test_status_of_the_clause(sentence, words, date, expected):
    assert status_of(sentence, words, date, PUB) == expected


def test_classify_is_the_one_reading_of_the_words():
    assert status.classify("The summit was called off.") == "cancelled"
    assert status.classify("The summit was pushed back.") == "postponed"
    assert status.classify("The summit was not pushed back.") == "held"
    assert status.classify("The ministers will meet.") == "planned"
    # A suspension or a collapse is itself a happening: no status of its own (the headline still says so).
    assert status.classify("The talks on Monday were suspended.", 15, "on Monday", "2021-03-15", PUB) == "held"
    assert status.called_off("The talks on Monday were suspended.").group() == "suspended"


@pytest.mark.parametrize("sentence, title, expected", [
    # Negated words retitle nothing.
    ("The ferry strike planned for Friday was not postponed, the union said.", "Ferry strike planned",
     "Ferry strike planned"),
    ("The regatta planned for Friday has never been cancelled.", "Regatta planned", "Regatta planned"),
    # Words both readings share now mean the same in both: abandoned, never took place → called off;
    # pushed back, moved to a day → postponed (not "called off").
    ("The regatta planned for Friday was abandoned.", "Regatta planned", "Regatta called off"),
    ("The regatta planned for Friday never took place.", "Regatta planned", "Regatta called off"),
    ("The regatta planned for Friday was pushed back.", "Regatta planned", "Regatta postponed"),
    ("The regatta planned for Friday was moved to Sunday.", "Regatta planned", "Regatta postponed"),
    ("The regatta planned for Friday was moved to Bergen.", "Regatta planned", "Regatta planned"),
    ("The regatta planned for Friday was postponed.", "Regatta planned", "Regatta postponed"),
])
def test_headline_reads_the_same_words(sentence, title, expected):
    assert headline.cancelled(title, sentence) == expected


def test_a_title_that_already_says_so_is_recognised():
    for title in ("Vote postponed", "Talks suspended", "Deal falls through", "Festival called off"):
        assert headline._CANCELLED.search(title), title
    for title in ("Council to meet", "Vote planned", "Summit scheduled"):
        assert headline._PLANNED_IN_TITLE.search(title), title


def _events(published: dt.date, text: str):
    return extract([wire_article("status", published, text)], []).events


def test_the_new_day_of_a_postponement_is_planned_and_the_old_one_postponed():
    events = _events(dt.date(2021, 3, 17), "The council vote, originally set for March 23, was moved to March 26, "
                                           "the speaker said on Wednesday.")
    by_date = {e.date: e for e in events}
    assert by_date["2021-03-23"].status == "postponed", show(events)
    assert by_date["2021-03-26"].status == "planned", show(events)
    assert not any(w in by_date["2021-03-26"].title for w in ("postponed", "called off")), show(events)


def test_a_planned_happening_ahead_is_not_retitled_by_the_postponement_of_another():
    # The new day, still ahead on the day of the report: planned, and its title never says "postponed".
    events = _events(dt.date(2021, 3, 17), "The port authority postponed the ferry talks until Friday.")
    friday = next(e for e in events if e.date == "2021-03-19")
    assert friday.status == "planned", show(events)
    assert "postponed" not in friday.title and "called off" not in friday.title, show(events)


def test_negated_and_did_not_go_ahead_in_an_article():
    events = _events(dt.date(2021, 3, 17), "A ferry strike planned for Friday was not postponed, the union said.")
    assert [e.status for e in events if e.date == "2021-03-19"] == ["planned"], show(events)
    assert all("postponed" not in e.title.replace("not postponed", "") for e in events), show(events)
    events = _events(dt.date(2021, 3, 17), "The harbour festival on Saturday did not go ahead, organisers said.")
    assert [e.status for e in events if e.date == "2021-03-13"] == ["cancelled"], show(events)
