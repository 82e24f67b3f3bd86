"""Front matter: read with the line of every key; write stably, quoting only where YAML needs it."""
from __future__ import annotations

import pytest

from generator.frontmatter import FrontMatterError, dump, parse


def test_written_front_matter_is_plain_and_in_the_given_key_order():
    text = dump({"title": "Kerry hands Russia a plan", "date": "2016-12-02", "end": "", "actors": ["john-kerry", "russia"],
                 "sources": [{"source": "rt", "paragraph": 8, "quote": 'He said "no".'}]}, "Body.")
    assert text == ("---\n"
                    "title: Kerry hands Russia a plan\n"
                    "date: 2016-12-02\n"
                    "end:\n"
                    "actors: [john-kerry, russia]\n"
                    "sources:\n"
                    "- source: rt\n"
                    "  paragraph: 8\n"
                    "  quote: He said \"no\".\n"
                    "---\n"
                    "\n"
                    "Body.\n")


def test_a_title_with_a_colon_is_quoted_and_reads_back_the_same():
    meta = {"title": "Lavrov: US withdrew its proposal", "date": "2016-11", "year": "2016"}
    assert "title: 'Lavrov: US withdrew its proposal'\ndate: 2016-11\nyear: 2016\n" in dump(meta, "")
    assert parse(dump(meta, "")).meta == {"title": "Lavrov: US withdrew its proposal", "date": "2016-11",
                                          "year": 2016}


def test_dates_and_words_stay_text():
    doc = parse("---\ndate: 2016-02-30\ntitle: No\ndone: true\n---\n")
    assert doc.meta == {"date": "2016-02-30", "title": "No", "done": True}


def test_every_key_and_list_item_knows_its_line():
    doc = parse("---\ntitle: T\nactors:\n- a\n- b\n---\n\nBody\n")
    assert (doc.line_of("title"), doc.line_of("actors"), doc.line_of("actors", 1), doc.body_line) == (2, 3, 5, 7)
    assert doc.body.strip() == "Body"


@pytest.mark.parametrize("text,line,message", [
    ("title: T\n", 1, "missing front matter: the file must start with a line '---'"),
    ("---\ntitle: T\n", 1, "front matter is not closed: add a line '---' after the last key"),
    ("---\ntitle: T\nactors: [a, b\n---\n", 3, "malformed YAML: expected ',' or ']', but got '<stream end>'"),
    ("---\n- a\n---\n", 2, "front matter must be a mapping of keys to values (key: value)"),
])
def test_broken_front_matter_names_its_line(text, line, message):
    with pytest.raises(FrontMatterError) as exc:
        parse(text)
    assert (exc.value.line, exc.value.message) == (line, message)
