"""Seeds: scraped article text back into real paragraphs, and sidecar metadata."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.seeds import paragraphs, read_seeds, scan_seeds


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


def test_source_ids_stay_unique_even_against_a_later_natural_id(tmp_path):
    for stem in ("a", "b", "c"):
        (tmp_path / f"{stem}.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("title: X\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("title: X 2\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text("title: X\n", encoding="utf-8")
    assert [a.id for a in read_seeds(tmp_path)] == ["x", "x-2", "x-3"]


def test_a_folder_named_like_a_seed_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "d.txt").mkdir()
    (tmp_path / "e.txt").write_text("Text.", encoding="utf-8")
    articles, unreadable = scan_seeds(tmp_path, tmp_path)
    assert [a.seed for a in articles] == ["e.txt"]
    assert unreadable == ["d.txt:1: warning: cannot read this seed (not a regular file) — make it a plain UTF-8 "
                          "text file; it is skipped"]


def test_a_line_repeated_far_away_is_kept_a_caption_repeated_nearby_is_not():
    caption = "A caption long enough to count as a repeated line"
    filler = [f"Sentence {i} of the article." for i in range(20)]
    assert paragraphs("\n".join([caption, *filler, caption])) == [caption, *filler, caption]
    assert paragraphs("\n".join([caption, filler[0], caption])) == [caption, filler[0]]


def test_a_sidecar_value_that_is_a_list_is_left_out_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Te\x0bxt.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("published: 2016-12-06\ntitle: [a, b]\n", encoding="utf-8")
    [article] = read_seeds(tmp_path, tmp_path)
    assert (article.title, article.text) == ("", "Text.")
    assert article.warnings == ["a.yaml:2: warning: 'title' must be a single value, not list — write it as text; "
                                "it is left out"]


@pytest.mark.parametrize("data", [
    b"Kerry met Lavrov.\x00\x00\x00",                                     # one NUL is enough
    "Kerry met Lavrov on Friday.".encode("utf-16"),                     # UTF-16 is NULs between the letters
    bytes(range(0x80, 0x100)) * 8 + b"\nKerry met Lavrov.\n",            # mostly not text, no NUL at all
])
def test_a_binary_seed_is_skipped_with_a_warning(tmp_path, data):
    (tmp_path / "photo.txt").write_bytes(data)
    (tmp_path / "e.txt").write_text("Text.", encoding="utf-8")
    articles, unreadable = scan_seeds(tmp_path, tmp_path)
    assert [a.seed for a in articles] == ["e.txt"]
    assert unreadable == ["photo.txt:1: warning: not a text article (binary data) — skipped; save the article as "
                          "UTF-8 plain text"]


def test_a_text_with_a_few_bytes_in_another_encoding_is_still_an_article(tmp_path):
    (tmp_path / "a.txt").write_bytes("Lavrov met Kerry in the caf\xe9 on Friday.\n".encode("latin-1"))
    [article] = read_seeds(tmp_path, tmp_path)
    assert article.text == "Lavrov met Kerry in the caf\ufffd on Friday.\n"


@pytest.mark.parametrize("sidecar,warning", [
    ("published: 2016-12-06\ntitle: !!int x\n",
     "a.yaml:2: warning: 'x' is not a valid !!int — remove the tag '!!int' (a plain value needs none) or correct "
     "the value; the article is ingested without its metadata"),
    ("published: !!timestamp x\n",
     "a.yaml:1: warning: 'x' is not a valid !!timestamp — remove the tag '!!timestamp' (a plain value needs none) "
     "or correct the value; the article is ingested without its metadata"),
    ("outlet: !!python/object/apply:os.system [ls]\n",
     "a.yaml:1: warning: the tag '!!python/object/apply:os.system' is not supported — remove it: content is plain "
     "text, lists and 'key: value' lines; the article is ingested without its metadata"),
    ("outlet: &o RT\ntitle: *o\n",
     "a.yaml:1: warning: YAML anchors ('&o') are not allowed — write the value out in full; put the value in "
     "quotes if '&' is part of the text; the article is ingested without its metadata"),
    ("title: [Talks\npublished: 2016-12-06\n",
     "a.yaml:1: warning: malformed YAML: the '[' on this line is never closed — close it with ']', or put the "
     "value in quotes if the '[' is part of the text; the article is ingested without its metadata"),
    ("title: a: b\n",
     "a.yaml:1: warning: malformed YAML: mapping values are not allowed here — fix the line; the article is "
     "ingested without its metadata"),
])
def test_a_sidecar_that_cannot_be_read_is_one_warning_naming_its_line(tmp_path, sidecar, warning):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(sidecar, encoding="utf-8")
    [article] = read_seeds(tmp_path, tmp_path)
    assert (article.published, article.title, article.warnings) == (None, "", [warning])
