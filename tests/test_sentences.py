"""Sentence splitting: each sentence a verbatim slice of its paragraph, abbreviations and quotations intact."""
from generator.extract.sentences import is_caption, split


def texts(paragraph: str) -> list[str]:
    return [s.text for s in split(paragraph)]


def test_plain_sentences_split_at_full_stops():
    assert texts("Talks began. They ended at noon! Why? Nobody knows.") == [
        "Talks began.", "They ended at noon!", "Why?", "Nobody knows."]


def test_abbreviations_titles_and_months_do_not_end_a_sentence():
    assert texts("The U.S. envoy met Mr. Smith and Gen. Jones on Dec. 2 in Washington. He left.") == [
        "The U.S. envoy met Mr. Smith and Gen. Jones on Dec. 2 in Washington.", "He left."]


def test_initials_do_not_end_a_sentence():
    assert texts("John F. Kennedy arrived. J. R. Smith followed.") == [
        "John F. Kennedy arrived.", "J. R. Smith followed."]


def test_an_acronym_ends_a_sentence_only_before_an_ordinary_opener():
    assert texts("Talks with the U.S. began late.") == ["Talks with the U.S. began late."]
    assert texts("He flew to the U.S. The talks began.") == ["He flew to the U.S.", "The talks began."]


def test_a_quotation_stays_with_its_attribution():
    assert texts('"We are ready. The plan is good." Lavrov said. Then he left.') == [
        '"We are ready. The plan is good." Lavrov said.', "Then he left."]
    assert texts('"They have a new one," Lavrov said.') == ['"They have a new one," Lavrov said.']


def test_a_quotation_that_ends_a_sentence_is_cut_after_the_closing_quote():
    assert texts('He said "no." Then he left.') == ['He said "no."', "Then he left."]
    assert texts("She wrote \u201cWe won.\u201d The crowd cheered.") == [
        "She wrote \u201cWe won.\u201d", "The crowd cheered."]


def test_offsets_slice_the_paragraph_exactly():
    para = "  First one.   Second, with U.S. words.  "
    for s in split(para):
        assert para[s.start:s.end] == s.text
    assert texts(para) == ["First one.", "Second, with U.S. words."]


def test_a_paragraph_without_final_punctuation_is_one_caption():
    caption = "Minister A (L) and Minister B (R) attend a meeting in Rome, Italy December 2, 2016 (\u00a9 J. Doe / Reuters)"
    assert is_caption(caption)
    assert texts(caption) == [caption]
    assert not is_caption("Kerry delivered a new plan on Friday.")
    assert not is_caption('"We are ready," he said.')
