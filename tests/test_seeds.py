"""Seeds: scraped article text back into real paragraphs, and sidecar metadata."""
from __future__ import annotations

import datetime as dt

from generator.seeds import paragraphs, read_seeds


def test_a_sentence_broken_before_its_speaker_is_joined():
    text = '"They have withdrawn their document,"\nLavrov said.\n\nNext paragraph.'
    assert paragraphs(text) == ['"They have withdrawn their document," Lavrov said.', "Next paragraph."]


def test_a_line_continued_in_lower_case_is_joined():
    assert paragraphs("US Secretary of State John Kerry\nhas intensified contacts.") == [
        "US Secretary of State John Kerry has intensified contacts."]


def test_one_paragraph_per_line_when_there_are_no_blank_lines():
    assert paragraphs("First sentence.\nSecond sentence.\n") == ["First sentence.", "Second sentence."]


def test_a_caption_repeated_behind_its_photo_credit_is_kept_once_with_the_credit():
    caption = "Two ministers attend a bilateral meeting in Rome, Italy December 2, 2016"
    text = f"{caption}\n© Jane Doe / ReutersTwo ministers attend a bilateral meeting in Rome, Italy December 2, 2016\nBody."
    assert paragraphs(text) == [f"{caption} (© Jane Doe / Reuters)", "Body."]


def test_a_caption_is_not_joined_to_the_next_paragraph():
    assert paragraphs("A minister in Rome, December 2, 2016\nThe talks began.") == [
        "A minister in Rome, December 2, 2016", "The talks began."]


def test_sidecar_metadata_and_source_id(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("published: 2016-12-06\noutlet: RT\ntitle: Talks fail\nurl: https://x.test/a\n",
                                     encoding="utf-8")
    [article] = read_seeds(tmp_path, tmp_path)
    assert (article.id, article.published, article.outlet, article.warnings) == (
        "rt-talks-fail", dt.date(2016, 12, 6), "RT", [])


def test_a_bad_published_date_is_a_warning_naming_the_line(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("outlet: RT\npublished: 2016-13-06\n", encoding="utf-8")
    [article] = read_seeds(tmp_path, tmp_path)
    assert article.published is None
    assert article.warnings == ["a.yaml:2: warning: published '2016-13-06' is not a date — write it as YYYY-MM-DD; "
                                "relative dates stay unresolved"]


def test_a_file_that_is_not_utf8_is_named_with_its_byte_offset(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"ok\nbad \xff here")
    [article] = read_seeds(tmp_path, tmp_path)
    assert article.warnings[0] == ("a.txt:2: warning: not UTF-8 at byte 7 — save the file as UTF-8; "
                                   "undecodable bytes were replaced")
