"""Headlines an editor keeps, fifth round (issue 9, suite part G read as an editor): each rule with a small invented
sentence (names made up: Norland, Vestby, Tarn, Lom, Brask) and the exact headline a reader gets."""
import datetime as dt

from generator.extract import headlines as headline
from tests import news

PUB = dt.date(2031, 3, 12)          # a Wednesday


def titles(text: str, published: dt.date = PUB) -> list[tuple[str, str]]:
    return news.titles(text, published)


def test_it_in_an_object_relative_is_who_did_the_last_thing():
    # "the levy, which it had imposed": the relative is the object, "it" the country that agreed to lift it.
    assert titles("Prices have risen since the storm struck on March 2, hours after Norland agreed to lift the "
                  "levy, which it had imposed on March 1 citing a budget gap.") == [
        ("2031-03-01", "Norland imposes levy citing budget gap"), ("2031-03-02", "Storm strikes")]


def test_as_soon_as_is_cut_whole():
    assert titles('Foreign Minister Lars Brask said on Tuesday that the port would reopen "as soon as our divers '
                  'say it is safe" and denied any link to the strike.') == [("2031-03-11", "Brask: Port would reopen")]


def test_a_cut_with_no_phrase_end_stops_after_the_last_name():
    # No preposition or comma before the limit: "draw up new [national ...]" would end inside a noun phrase.
    assert headline.fit_words("Lom says 30-member team will help Tarn draw up new national flood protection "
                              "building code", 2) == "Lom says 30-member team will help Tarn"


def test_the_claims_subject_loses_its_phrase_when_too_long():
    assert headline.shorten_to_fit("Lom says 30-member team from Vestby Water Supply Agency will help Tarn draw "
                                   "up plan") == "Lom says 30-member team will help Tarn draw up plan"


def test_a_phrase_pointing_back_goes():
    assert titles("The bill lets the agency hire staff without tenders. Opposition deputies walked out of the "
                  "Monday session in protest at that clause.") == [
        ("2031-03-10", "Opposition deputies walk out of Monday session in protest")]


def test_a_day_before_a_verb_is_never_what_it_stands_for():
    titles_ = [t for _, t in titles("Prices rose after Norland on Monday dropped its plan to raise the levy, which it had imposed "
                                    "on March 1.")]
    assert "Norland imposes levy" in titles_ and not any(t.startswith("Monday") for t in titles_), titles_


def test_a_participle_after_remains_is_its_state():
    assert headline.make("Commercial traffic remains barred") == "Commercial traffic remains barred"
    assert headline.make("The crossing remained closed") == "Crossing remains closed"


def test_a_relative_cut_before_its_verb_goes_whole():
    from generator.extract.titles import _cut_open_clause
    assert _cut_open_clause("Levy to be replaced by new tax that finance ministers") == "Levy to be replaced by new tax"
    assert _cut_open_clause("Court backs plan that ends strike") == "Court backs plan that ends strike"


def test_a_relative_with_an_adverb_keeps_its_verb():
    from generator.extract.titles import _cut_open_clause
    assert _cut_open_clause("Rebels say they will not talk to council that no longer exists") == \
        "Rebels say they will not talk to council that no longer exists"
    # after a verb, "that" opens what is estimated or said, never a relative
    assert _cut_open_clause("Deadline: port authority estimates that clearing backlog to take") == \
        "Deadline: port authority estimates that clearing backlog to take"
    # after a preposition "that" points: "on that bridge"
    assert _cut_open_clause("Nobody should be left behind on that bridge") == "Nobody should be left behind on that bridge"


def test_a_province_keeps_its_noun_after_a_describing_word():
    assert titles("The death toll from the storm in the northern province of Tarn passed 200 on Monday.") == [
        ("2031-03-10", "Death toll from storm in northern Tarn province passes 200")]
    assert titles("Rebels seized the city of Lom on Monday.") == [("2031-03-10", "Rebels seize Lom")]


def test_a_quote_opening_on_when_it_holds_gives_its_main_clause():
    assert titles('"Every day that the port is shut, families go hungry," Vestby spokesman Per Lom told reporters '
                  'on Monday.') == [("2031-03-10", "Lom: Families go hungry")]


def test_a_clause_after_the_called_off_one_is_not_called_off():
    # a headline joining two clauses with a comma: only the talks were called off, not Ardania's deadline
    found = news.titles("Tolmeria calls off border talks, Ardania sets Friday deadline\n"
                        "Tolmeria called off the border talks on Monday, officials said.", PUB)
    assert [t for _, t in found if "Ardania" in t] and not [t for _, t in found if "Ardania" in t and "off" in t]
