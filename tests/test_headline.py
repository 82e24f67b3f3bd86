"""Headline rules: present tense, plural subjects, passives, and what a headline never carries."""
import pytest

from generator import headline


@pytest.mark.parametrize("verb, base", [("issued", "issue"), ("argued", "argue"), ("invaded", "invade"),
                                        ("traded", "trade"), ("loaded", "load"), ("died", "die")])
def test_more_past_forms_to_base_forms(verb, base):
    assert headline.base_form(verb) == base


@pytest.mark.parametrize("clause, title", [
    # A name with "and" inside is one party; two names joined by "and" are two.
    ("Food and Drug Administration authorized a booster", "Food and Drug Administration authorizes booster"),
    ("Lavrov and Kerry met in Rome", "Lavrov and Kerry meet in Rome"),
    # The head noun decides: the last word before a preposition.
    ("The company's shares fell 30 percent", "Company's shares fall 30 percent"),
    ("Researchers at University of Oxford published a study", "Researchers at University of Oxford publish study"),
    ("About 12 million people visited the cathedral", "About 12 million people visit cathedral"),
    ("Police arrested a man", "Police arrest man"),
    # An adverb between "was" and its participle stays with the participle.
    ("The vaccine was first authorized for emergency use", "Vaccine first authorized for emergency use"),
    # A comma after the verb still ends the headline.
    ("Germany reunited, less than a year after", "Germany reunites"),
    # "says that X" → "says X"; a closing relative clause goes.
    ("Erdogan said that 45 countries had offered help", "Erdogan says 45 countries had offered help"),
    ("Macron vowed to rebuild the cathedral, which was completed in 1345", "Macron vows to rebuild cathedral"),
])
def test_headline_rules(clause, title):
    names = ["Food and Drug Administration", "Lavrov", "Kerry", "Erdogan", "Macron"]
    assert headline.make(clause, "event", names=names) == title


def test_a_surname_ending_in_s_is_not_a_plural():
    assert not headline.is_plural(["Sanders"], names=["Sanders"])
    assert headline.is_plural(["Germans"])
    assert not headline.is_plural(["General", "Motors"])
