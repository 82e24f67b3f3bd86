"""Headlines an editor keeps, fourth round (issue 9, the whole suite read as an editor): each rule with a small
invented sentence (names made up: Norland, Vestby, Tarn, Lom, Brask) and the exact headline a reader gets."""
import datetime as dt

import pytest

from generator.extract import headlines as headline
from tests import news

PUB = dt.date(2031, 3, 12)          # a Wednesday


def titles(text: str, published: dt.date = PUB) -> list[tuple[str, str]]:
    return news.titles(text, published)


# ----------------------------------------------------------------------------- one clause, one headline
@pytest.mark.parametrize("clause, title", [
    # A complement after "left"/"keeps" is the news: never "Clashes leave 14 people".
    ("The clashes left 14 people injured", "Clashes leave 14 people injured"),
    # The new day of a postponement goes from the headline, the object it put off stays.
    ("The court postponed until March 20 its hearing on the appeal", "Court postpones its hearing on appeal"),
    # "on at least 112 boxes" counts; no date went from between "on" and "at".
    ("Seals on at least 112 boxes had been broken", "Seals on at least 112 boxes broken"),
    # "had almost collapsed": the hedge stays, the verb goes to the present.
    ("The talks had almost collapsed", "Talks almost collapse"),
    # A happening's plural with a capital opening the sentence is plural.
    ("Hearings opened", "Hearings open"),
])
def test_one_clause(clause, title):
    assert headline.make(clause) == title


# ----------------------------------------------------------------------------- whole sentences
@pytest.mark.parametrize("text, expected", [
    # "it" stands for what the sentence names with "the" before it.
    ("Tarn's parliament will vote on the truce on Friday, and Vestby's parliament is to debate it on March 25.",
     [("2031-03-14", "Tarn's parliament to vote on truce"), ("2031-03-25", "Vestby's parliament to debate truce")]),
    # ... else what the sentence before names with "the" (never its opening subject).
    ("The court in Lom on Monday ordered a recount of the vote. Brask welcomed the decision as a victory. "
     "Tarn said on Monday he would respect it.",
     [("2031-03-10", "Tarn says he will respect decision"), ("2031-03-10", "Court in Lom orders recount of vote")]),
    # A happening named with "the" in a sentence about one country's affairs is that country's.
    ("Tarn's bonds fell 2 cents on Monday, their lowest since the default last Thursday.",
     [("2031-03-06", "Tarn defaults"), ("2031-03-10", "Tarn's bonds fall 2 cents")]),
    # A deadline set by an order: the adverb goes, the verb agrees with who ordered.
    ("Judges in Lom instead ordered the board to hand over the boxes by Friday.",
     [("2031-03-14", "Deadline: judges in Lom order board to hand over boxes")]),
    # "said it expected results by": the expectation, never "Deadline: court says it expected results".
    ("The court said it expected results by the end of the month.", [("2031-03", "Deadline: court expects results")]),
    # "told the nine judges that ...": the claim starts after "that", the hearer is no part of it.
    ("Lawyers for challenger Ilona Brask told the nine judges on Monday that seals on at least 112 boxes had been "
     "broken before the count.", [("2031-03-10", "Brask: Seals on at least 112 boxes had been broken")]),
    # "turned back three": the number counts what was counted before it.
    ("Norland's patrol boats let 14 ships through on Monday but turned back three on Tuesday, the port authority "
     "said.", [("2031-03-10", "Norland's patrol boats let 14 ships through"),
               ("2031-03-11", "Norland's patrol boats turn back three ships")]),
    # "The round that Tarn called off was to have been the second": what happened is the relative clause.
    ("The Lom round that Tarn called off on March 6 was to have been the second since the talks opened on March 1.",
     [("2031-03-01", "Talks open"), ("2031-03-06", "Tarn calls off Lom round")]),
    # The object relative clause inside the subject goes.
    ("A meeting between Brask and Tarn that the archbishop had proposed to host on Thursday did not take place.",
     [("2031-03-06", "Meeting between Brask and Tarn does not take place")]),
    # "as planned" is how it went, not a plan: a later suspension does not make it "as suspended".
    ("The count in Norland resumed on Friday as planned but was suspended again on Sunday after observers walked out.",
     [("2031-03-07", "Count in Norland resumes as planned"), ("2031-03-09", "Count in Norland suspended")]),
])
def test_sentence(text, expected):
    assert titles(text) == expected


def test_estimate_of_a_task_is_its_deadline():
    from generator.extract.assemble import _editor
    assert _editor("Deadline: port authority estimates that clearing backlog to take",
                   "The port authority estimates that clearing the backlog would take until mid-April.") == \
        "Port authority's deadline to clear backlog"


@pytest.mark.parametrize("title, quote, expected", [
    # A predicate left in the past by a split keeps the headline present; one person named in full is singular.
    ("Ambers visited crash site", "Prime Minister Ruth Ambers visited the crash site on Sunday and later declared "
     "mourning.", "Ambers visits crash site"),
    # A headline passive stays ("appointed as"): only a verb with its object moves.
    ("Marsk appointed as arbitrator", "Marsk was appointed as arbitrator on Dec. 4.", "Marsk appointed as arbitrator"),
])
def test_editor_present(title, quote, expected):
    from generator.extract.assemble import _editor
    assert _editor(title, quote) == expected


def test_postponed_by_a_span_keeps_its_object():
    assert headline.make("Norland's parliament postponed by a week a hearing at which Brask was to be questioned") \
        == "Norland's parliament postpones hearing"


def test_a_headline_passive_with_a_particle_stays():
    from generator.extract.assemble import _editor
    assert _editor("Vote brought forward", "The vote was brought forward to Monday.") == "Vote brought forward"


def test_a_participle_after_the_subjects_comma_is_the_headline_passive():
    assert headline.make("The data recorder, recovered badly burned from the wreckage") == \
        "Data recorder recovered burned from wreckage"


def test_a_second_predicate_cut_before_its_object_goes():
    from generator.extract.titles import _fit
    assert _fit('Planemaker Norland Aero says it "fully supports" investigation and would send team of engineers '
                'to Lom') == 'Planemaker Norland Aero says it "fully supports" investigation'


def test_them_stands_for_the_plural_named_before_it():
    from generator.extract.assemble import _editor
    assert _editor("Investigators fly them to laboratory in Lom",
                   "Investigators recovered both flight recorders from the wreckage on Sunday and flew them to the "
                   "laboratory in Lom.") == "Investigators fly flight recorders to laboratory in Lom"


def test_a_claim_cut_to_a_bare_second_predicate_loses_it():
    from generator.extract.titles import _fit
    assert _fit("Board: Investigators recovered both flight recorders from wreckage and flew them") == \
        "Board: Investigators recovered both flight recorders from wreckage"


@pytest.mark.parametrize("title, expected", [
    # A one-word fragment after a comma is what a cut left.
    ("Norland investigators publish their preliminary findings, expect", "Norland investigators publish their "
                                                                          "preliminary findings"),
    # A part of a day whose date went says nothing.
    ("Plane comes down on evening", "Plane comes down"),
])
def test_leftovers_of_a_cut_go(title, expected):
    from generator.extract.titles import _fit
    assert _fit(title) == expected


def test_a_quote_keeps_its_short_contrast():
    # "This is a corridor, not peace": cut at the comma, the quote would say the opposite of its point.
    assert titles('"This is a corridor, not peace," envoy Ilona Brask said on Monday.') == \
        [("2031-03-10", "Brask: This is a corridor, not peace")]


def test_and_a_new_subject_with_its_own_verb_is_a_clause_of_its_own():
    assert headline.make("Parliament ended the strike in a vote and the government named a retired judge") == \
        "Parliament ends strike in vote"


def test_a_day_left_in_a_claim_goes_with_its_preposition():
    from generator.extract.titles import _fit
    assert _fit("Officials: 19 crew members were freed by Norland on Thursday and flown home to Lom") == \
        "Officials: 19 crew members were freed by Norland and flown home"


def test_a_statement_resolves_its_object_pronoun_too():
    assert titles("The court in Lom on Monday ordered a recount of the vote. Envoy Ilona Brask welcomed the decision "
                  "as a victory. President Aurel Tarn said he would respect it.") == \
        [("2031-03-10", "Court in Lom orders recount of vote"), ("2031-03-12", "Tarn says he will respect decision")]


def test_a_that_clause_in_the_subject_ends_before_the_next_past_verb():
    assert headline.make("The jet that crashed near Lom pitched its nose down") == "Jet pitches its nose down"
