"""Front matter: read with the line of every key; write stably, quoting only where YAML needs it."""
from __future__ import annotations

import pytest

from generator.frontmatter import FrontMatterError, YAMLProblem, dump, load_with_lines, parse


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
    assert "title: 'Lavrov: US withdrew its proposal'\ndate: 2016-11\nyear: '2016'\n" in dump(meta, "")
    assert parse(dump(meta, "")).meta == meta


def test_only_date_keys_are_written_bare():
    meta = {"title": "0123", "date": "2016", "end": "2016-12-02", "date_text": "1989"}
    assert dump(meta, "") == "---\ntitle: '0123'\ndate: 2016\nend: 2016-12-02\ndate_text: '1989'\n---\n"


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
    ("---\ntitle: T\nactors: [a, b\n---\n", 3, "malformed YAML: the '[' on this line is never closed"),
    ("---\n- a\n---\n", 2, "front matter must be a mapping of keys to values (key: value)"),
])
def test_broken_front_matter_names_its_line(text, line, message):
    with pytest.raises(FrontMatterError) as exc:
        parse(text)
    assert (exc.value.line, exc.value.message) == (line, message)


# ------------------------------------------------------------------------------------- hostile YAML
BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def problem(text: str) -> tuple[int, str, str | None]:
    with pytest.raises(YAMLProblem) as exc:
        load_with_lines(text)
    return exc.value.line, exc.value.message, exc.value.fix


def test_an_alias_bomb_is_refused_at_its_first_anchor():
    assert problem("title: x\n" + BILLION_LAUGHS) == (
        2, "YAML anchors ('&a') are not allowed",
        "write the value out in full; put the value in quotes if '&' is part of the text")


def test_an_alias_is_refused_at_its_own_line():
    assert problem("title: x\nactors: [*a]\n") == (
        2, "YAML aliases ('*a') are not allowed",
        "write the value out in full; put the value in quotes if '*' is part of the text")


def test_ampersands_and_stars_inside_values_are_text():
    assert load_with_lines("title: AT&T *exclusive*\nquote: 'a & b'\n") == (
        {"title": "AT&T *exclusive*", "quote": "a & b"}, {"title": 1, "quote": 2})


@pytest.mark.parametrize("text,line,message,fix", [
    ("title: T\nauthor: !!int\n", 2, "'' is not a valid !!int",
     "remove the tag '!!int' (a plain value needs none) or correct the value"),
    ("published: !!timestamp x\n", 1, "'x' is not a valid !!timestamp",
     "remove the tag '!!timestamp' (a plain value needs none) or correct the value"),
    ("title: T\nactors:\n- a\n- !!float abc\n", 4, "'abc' is not a valid !!float",
     "remove the tag '!!float' (a plain value needs none) or correct the value"),
    ("x: !!binary abc\n", 1, "'abc' is not a valid !!binary",
     "remove the tag '!!binary' (a plain value needs none) or correct the value"),
    ("x: !!bool maybe\n", 1, "'maybe' is not a valid !!bool",
     "remove the tag '!!bool' (a plain value needs none) or correct the value"),
    ("x: !!set [a]\n", 1, "a list is not a valid !!set", "remove the tag '!!set'"),
    ("x: 0x_\n", 1, "'0x_' is not a valid number", "put it in quotes to keep it as text, or correct the number"),
    ("title: T\nx: !!python/object:os.system {}\n", 2, "the tag '!!python/object:os.system' is not supported",
     "remove it: content is plain text, lists and 'key: value' lines"),
])
def test_a_value_its_tag_cannot_make_names_its_line(text, line, message, fix):
    assert problem(text) == (line, message, fix)


@pytest.mark.parametrize("text,line,message", [
    ("title: T\nactors: [a, b\ndate: 2016\nplaces: [c]\n", 2, "malformed YAML: the '[' on this line is never closed"),
    ("title: T\nactors: {a: b\nplaces: c\n", 2, "malformed YAML: the '{' on this line is never closed"),
    ("title: [\n", 1, "malformed YAML: the '[' on this line is never closed"),
])
def test_an_unclosed_bracket_is_named_where_it_opened(text, line, message):
    close = "]" if "'['" in message else "}"
    bracket = "[" if close == "]" else "{"
    assert problem(text) == (line, message, f"close it with '{close}', or put the value in quotes if the "
                                            f"'{bracket}' is part of the text")


def test_an_unclosed_quote_is_named_where_it_opened():
    assert problem('title: T\nquote: "He said\nplaces: [c]\ndate: 2016\n') == (
        2, 'malformed YAML: the quote " opened on this line is never closed',
        'end the value with "; a " inside the value is written \\"')
    assert problem("quote: 'He said\nplaces: [c]\n") == (
        1, "malformed YAML: the quote ' opened on this line is never closed",
        "end the value with '; a ' inside the value is written ''")


def test_a_bracket_closed_later_is_not_blamed_for_a_missing_comma():
    assert problem('title: T\nactors: [a,\n  "b" c]\n') == (
        3, "malformed YAML: expected ',' or ']', but got '<scalar>'", None)


@pytest.mark.parametrize("nesting", ["[" * 100_000, "[" * 200 + "]" * 200, "\n" + "- " * 100_000 + "x"])
def test_nesting_deeper_than_content_ever_needs_is_refused(nesting):
    # 100,000 levels crash libyaml's composer outright (a segfault, not an exception), so this must be caught
    # before composing.
    line, message, fix = problem("title: T\nactors: " + nesting + "\n")
    assert (message, fix) == ("lists and mappings are nested more than 100 deep",
                              "content needs three levels at most: check the brackets and '- ' items on this line")
    assert line == (2 if nesting.startswith("[") else 3)


def test_front_matter_problems_count_lines_from_the_top_of_the_file():
    with pytest.raises(FrontMatterError) as exc:
        parse("---\ntitle: T\nactors: [*kerry]\n---\n")
    assert (exc.value.line, exc.value.message) == (3, "YAML aliases ('*kerry') are not allowed")


def test_a_character_yaml_refuses_is_named_at_its_line():
    assert problem("title: T\nquote: a\x07b\n") == (
        2, "malformed YAML: the character U+0007 is not allowed", "delete it; most editors do not show it, so retype "
                                                                 "the line")


@pytest.mark.parametrize("text", [
    "\x00", "[" * 60_000, "{a: " * 60_000, "- " * 60_000, ": :", "? [a]\n: b", "x: !!python/name:os.system",
    "x: !!binary ====", "*a", "&a", "a: 1\n---\nb: 2\n", "a: 0b_", "'", '"\\x"', "\t a: 1", "a: !!omap x",
    "<<: x", "a: &a [*a]", "a: \ud800", "\ufeffa: 1\n\ufeffb: 2",
])
def test_no_text_raises_anything_but_a_one_line_problem(text):
    try:
        load_with_lines(text)
    except YAMLProblem as exc:
        assert exc.line >= 1 and "\n" not in exc.message and "\n" not in (exc.fix or "")
