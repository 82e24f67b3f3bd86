"""The loader reads content/ into the model and reports every problem as `path:line: severity: message`.

Each test writes a few small files and checks the exact line a person would see.
"""
from __future__ import annotations

import pytest
from conftest import put

from generator.load import load
from generator.model import PartialDate

SOURCE = ("---\ntitle: US withdraws Aleppo proposals\noutlet: RT\npublished: 2016-12-06\nurl: https://rt.example/1\n"
          "seed: 000_a.txt\n---\n\n"
          "Kerry met Lavrov in Rome.\n\n"
          "Lavrov said the \u201cUS withdrew\u201d its proposal. Talks stalled.\n\n"
          "The Wednesday consultations were cancelled.\n")
KERRY = "---\nname: John Kerry\naliases: [Kerry]\ntype: person\n---\n\nUS Secretary of State.\n"


def event(**keys) -> str:
    meta = {"title": "'Lavrov: US withdrew its proposal'", "date": "2016-12-05", "actors": "[john-kerry]",
            "sources": "\n- source: rt-1\n  paragraph: 2\n  quote: Lavrov said the \"US withdrew\" its proposal."}
    meta.update(keys)
    body = meta.pop("body", "Lavrov spoke in [[rt-1]].")
    lines = [f"{k}: {v}" if v != "" else f"{k}:" for k, v in meta.items() if v is not None]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body + "\n"


@pytest.fixture
def base(project):
    put(project, "content/sources/rt-1.md", SOURCE)
    put(project, "content/actors/john-kerry.md", KERRY)
    return project


def lines(project, strict=False) -> list[str]:
    model, problems = load(project, strict=strict)
    assert (model is None) == any(p.severity == "error" for p in problems)
    return [str(p) for p in problems]


def check(project, text, *, name="2016-12-05-lavrov.md") -> list[str]:
    put(project, f"content/events/{name}", text)
    return lines(project)


# ------------------------------------------------------------------------------------------ a clean load
def test_a_valid_event_loads_into_the_model(base):
    put(base, "content/events/2016-12-05-lavrov.md", event())
    put(base, "content/events/undated-talks.md", event(date="", sources=None, title="Talks continue"))
    model, problems = load(base)
    assert problems == []
    first, undated = model.events
    assert first.id == "2016-12-05-lavrov" and first.date == PartialDate(2016, 12, 5)
    assert first.actors == ["john-kerry"] and first.body == "Lavrov spoke in [[rt-1]]."
    assert (first.sources[0].source, first.sources[0].paragraph, first.sources[0].line) == ("rt-1", 2, 8)
    assert undated.date is None and undated.sources == []
    assert model.sources["rt-1"].paragraphs[2] == "The Wednesday consultations were cancelled."
    assert model.events_by_actor == {"john-kerry": [first, undated]}   # undated events sort last
    assert model.actors["john-kerry"].aliases == ["Kerry"] and model.config["title"] == "Test timeline"


def test_a_quote_without_paragraph_gets_the_paragraph_it_is_in(base):
    put(base, "content/events/e.md", event(sources="\n- source: rt-1\n  quote: Talks   stalled."))
    model, problems = load(base)
    assert problems == [] and model.events[0].sources[0].paragraph == 2


def test_a_quote_may_skip_words_with_an_ellipsis(base):
    assert check(base, event(sources="\n- source: rt-1\n  paragraph: 2\n  quote: Lavrov said ... Talks stalled.")) \
        == []


# --------------------------------------------------------------------------------------- file problems
def test_not_utf8(base):
    put(base, "content/events/bad.md", b"---\ntitle: Caf\xe9\n---\n")
    assert lines(base)[0] == "content/events/bad.md:2: error: not UTF-8 at byte 14 — save the file as UTF-8"


def test_missing_front_matter(base):
    assert check(base, "title: no fences\n", name="e.md") == [
        "content/events/e.md:1: error: missing front matter — start the file with a line '---', then "
        "'key: value' lines, then a line '---'"]


def test_front_matter_not_closed(base):
    assert check(base, "---\ntitle: x\n", name="e.md") == [
        "content/events/e.md:1: error: front matter is not closed — add a line '---' after the last key"]


def test_malformed_yaml_points_at_its_line(base):
    assert check(base, "---\ndate: 2016-12-05\ntitle: Lavrov: no talks\n---\n", name="e.md") == [
        "content/events/e.md:3: error: malformed YAML: mapping values are not allowed here — fix this "
        "line; put a value in quotes if it contains ': ', '#' or starts with '['"]


def test_an_unclosed_bracket_is_named_at_its_own_line_not_where_yaml_gave_up(base):
    assert check(base, "---\ntitle: x\nactors: [john-kerry\ndate: 2016-12-05\nplaces: [aleppo]\n---\n",
                 name="e.md") == [
        "content/events/e.md:3: error: malformed YAML: the '[' on this line is never closed — close it with ']', "
        "or put the value in quotes if the '[' is part of the text"]


def test_front_matter_that_is_not_a_mapping(base):
    assert check(base, "---\n- a\n---\n", name="e.md") == [
        "content/events/e.md:2: error: front matter must be 'key: value' lines — write one key per line, "
        "e.g. 'title: ...'"]


@pytest.mark.parametrize("garbage", [
    b"\x00\x01\x02\xff\xfe", b"---\n: :\n---\n", b"---\n- a\n---", b"---\n" + b"[" * 3000 + b"\n---\n",
    b"---\n!!python/object:os.system {}\n---\n", b"---\ntitle: {a: [1, {b: 2}]}\ndate: {x: 1}\nactors: {a: b}\n"
    b"places: [[1], {a: 1}]\nsources: [1, [2], {source: [x], quote: {y: 1}}]\nend: [1]\n---\n",
    b"---\n? [a, b]\n: c\n---\n", b"---\ntitle: &a [*a]\n---\n", b"\xef\xbb\xbf---\ntitle: x\ndate: 2016\n---\n",
    b"---\r\ntitle: x\r\ndate: 2016\r\n---\r\n\r\nbody\r\n",
])
def test_garbage_never_raises(base, garbage):
    for folder in ("events", "actors", "sources", "tags"):
        put(base, f"content/{folder}/junk.md", garbage)
    for problem in lines(base):
        assert problem.startswith("content/") and (": error: " in problem or ": warning: " in problem)
        assert " — " in problem


# -------------------------------------------------------------------------------------------- keys
def test_missing_required_key(base):
    assert check(base, "---\ndate: 2016-12-05\n---\n", name="e.md") == [
        "content/events/e.md:1: error: missing key 'title' — add a line 'title: ...' to the front matter"]
    put(base, "content/actors/x.md", "---\naliases: []\n---\n")
    assert "content/actors/x.md:1: error: missing key 'name' — add a line 'name: ...' to the front matter" \
        in lines(base)


def test_missing_date_key(base):
    assert check(base, "---\ntitle: x\n---\n", name="e.md") == [
        "content/events/e.md:1: error: missing key 'date' — add 'date: YYYY-MM-DD' (or YYYY-MM, YYYY; leave it "
        "empty if unknown)"]


def test_empty_title(base):
    assert check(base, event(title=""), name="e.md") == [
        "content/events/e.md:2: error: 'title' is empty — write a value after 'title:'"]


def test_unknown_key_suggests_the_closest(base):
    assert check(base, event(titel="x", colour="red")) == [
        "content/events/2016-12-05-lavrov.md:9: warning: unknown key 'titel' — did you mean 'title'?",
        "content/events/2016-12-05-lavrov.md:10: warning: unknown key 'colour' — it is ignored; known keys: title, "
        "date, end, date_text, date_basis, status, merge_basis, actors, places, tags, sources, summary, importance, "
            "media"]


def test_strict_turns_warnings_into_errors(base):
    put(base, "content/events/e.md", event(titel="x"))
    assert lines(base, strict=True) == [
        "content/events/e.md:9: error: unknown key 'titel' — did you mean 'title'?"]


def test_unknown_key_in_a_citation(base):
    assert check(base, event(sources="\n- source: rt-1\n  paragraph: 2\n  qoute: x\n  quote: Talks stalled.")) == [
        "content/events/2016-12-05-lavrov.md:8: warning: unknown key 'qoute' — did you mean 'quote'?"]


# ------------------------------------------------------------------------------------------- types
def test_wrong_types(base):
    assert check(base, event(title="[a, b]", actors="john-kerry", importance="high", sources="rt-1")) == [
        "content/events/2016-12-05-lavrov.md:2: error: 'title' must be text, not a list — write 'title: some "
        "text' on one line",
        "content/events/2016-12-05-lavrov.md:4: error: 'actors' must be a list — write 'actors: [john-kerry, "
        "sergey-lavrov]'",
        "content/events/2016-12-05-lavrov.md:5: error: 'sources' must be a list of citations — write each as "
        "'- source: <source id>' with 'paragraph: N' and 'quote: ...' below",
        "content/events/2016-12-05-lavrov.md:6: error: 'importance' must be a whole number — e.g. "
        "'importance: 2'"]


def test_paragraph_that_is_not_a_number(base):
    assert check(base, event(sources="\n- source: rt-1\n  paragraph: two\n  quote: Talks stalled.")) == [
        "content/events/2016-12-05-lavrov.md:7: error: paragraph 'two' is not a paragraph number — write a whole "
        "number from 1, or remove the line"]


def test_citation_that_is_not_a_mapping(base):
    assert check(base, event(sources="\n- rt-1")) == [
        "content/events/2016-12-05-lavrov.md:6: error: citation 1 is not a mapping — write it as '- source: "
        "<source id>' with 'paragraph: N' and 'quote: ...' on the lines below"]


def test_citation_without_quote(base):
    assert check(base, event(sources="\n- source: rt-1\n  paragraph: 2")) == [
        "content/events/2016-12-05-lavrov.md:6: error: citation 1 has no quote — add 'quote: ' with the sentence "
        "from the source that supports this event"]


# ------------------------------------------------------------------------------------------- dates
@pytest.mark.parametrize("value, message", [
    ("2016-02-30", "date '2016-02-30' does not exist: February 2016 has 29 days"),
    ("2016-13", "date '2016-13' has no month 13: months run 01 to 12"),
    ("December 2016", "date 'December 2016' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2016-W49", "date '2016-W49' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_invalid_date(base, value, message):
    assert check(base, event(date=value)) == [
        f"content/events/2016-12-05-lavrov.md:3: error: {message} — fix the date or leave 'date:' empty if the "
        f"date is unknown"]


def test_partial_dates_are_valid(base):
    for i, value in enumerate(("2016", "2016-11", "2016-12-31", "", "null")):
        put(base, f"content/events/e{i}.md", event(date=value))
    model, problems = load(base)
    assert problems == []
    assert [str(e.date) for e in model.events] == ["2016", "2016-11", "2016-12-31", "None", "None"]


def test_end_before_date(base):
    assert check(base, event(date="2016-12-05", end="2016-12-01")) == [
        "content/events/2016-12-05-lavrov.md:9: error: end 2016-12-01 is before date 2016-12-05 — swap them or "
        "fix the end date"]


def test_end_in_the_same_month_as_a_month_date_is_fine(base):
    assert check(base, event(date="2016-12", end="2016-12-20")) == []


def test_source_published_not_a_date(base):
    put(base, "content/sources/rt-2.md", "---\ntitle: x\npublished: yesterday\n---\n\nText.\n")
    assert lines(base) == ["content/sources/rt-2.md:3: error: published 'yesterday' is not a date — write it as "
                           "YYYY-MM-DD or leave it empty"]


# -------------------------------------------------------------------------------------- references
def test_unknown_actor_with_suggestion(base):
    assert check(base, event(actors="[john-kerry, jon-kerry]")) == [
        "content/events/2016-12-05-lavrov.md:4: error: unknown actor 'jon-kerry' — did you mean 'john-kerry'? "
        "Or create content/actors/jon-kerry.md"]


def test_unknown_place_and_tag_on_their_own_lines(base):
    assert check(base, event(places="\n- aleppo", tags="\n- ceasefire\n- talks")) == [
        "content/events/2016-12-05-lavrov.md:10: error: unknown place 'aleppo' — create content/places/aleppo.md "
        "or correct the slug",
        "content/events/2016-12-05-lavrov.md:12: error: unknown tag 'ceasefire' — create content/tags/ceasefire.md "
        "or correct the slug",
        "content/events/2016-12-05-lavrov.md:13: error: unknown tag 'talks' — create content/tags/talks.md or "
        "correct the slug"]


def test_unknown_source(base):
    assert check(base, event(sources="\n- source: rt-2\n  quote: x")) == [
        "content/events/2016-12-05-lavrov.md:7: error: unknown source 'rt-2' — did you mean 'rt-1'? Or create "
        "content/sources/rt-2.md"]


def test_a_reference_to_a_broken_file_is_reported_once(base):
    put(base, "content/actors/sergey-lavrov.md", "---\nname: [\n---\n")
    put(base, "content/events/e.md", event(actors="[sergey-lavrov]"))
    assert [p.split(": error:")[0] for p in lines(base)] == ["content/actors/sergey-lavrov.md:2"]


def test_unknown_link_in_a_body(base):
    put(base, "content/events/2016-12-05-lavrov.md",
        event(body="Kerry, [[john-kerry]], met\nLavrov ([[sergey-lavrov]])."))
    put(base, "content/actors/john-kerry.md", KERRY + "\nSee [[2016-12-05-lavrov]] and [[2016-12-05-lavorv]].\n")
    assert lines(base) == [
        "content/actors/john-kerry.md:9: error: unknown link [[2016-12-05-lavorv]] — did you mean "
        "[[2016-12-05-lavrov]]? Or link to the id (file name without .md) of an actor, place, tag, source or event",
        "content/events/2016-12-05-lavrov.md:12: error: unknown link [[sergey-lavrov]] — link to the id (file name "
        "without .md) of an actor, place, tag, source or event"]


# ---------------------------------------------------------------------------------------------- quotes
def test_quote_not_in_the_source(base):
    assert check(base, event(sources="\n- source: rt-1\n  paragraph: 2\n  quote: Lavrov said the US lied.")) == [
        "content/events/2016-12-05-lavrov.md:8: error: quote \"Lavrov said the US lied.\" is not in source 'rt-1' "
        "— copy the sentence exactly from content/sources/rt-1.md, paragraph 2"]


def test_quote_in_another_paragraph(base):
    assert check(base, event(sources="\n- source: rt-1\n  paragraph: 1\n  quote: Talks stalled.")) == [
        "content/events/2016-12-05-lavrov.md:8: warning: the quote is in paragraph 2 of source 'rt-1', not in "
        "paragraph 1 — set 'paragraph: 2'"]


def test_paragraph_out_of_range(base):
    assert check(base, event(sources="\n- source: rt-1\n  paragraph: 9\n  quote: Talks stalled.")) == [
        "content/events/2016-12-05-lavrov.md:8: error: paragraph 9 is out of range: source 'rt-1' has 3 "
        "paragraphs — the quote is in paragraph 2: set 'paragraph: 2'"]


def test_quotes_compare_with_straight_quotes_and_single_spaces(base):
    assert check(base, event(sources="\n- source: rt-1\n  paragraph: 2\n  quote: 'Lavrov  said the \u201cUS "
                                     "withdrew\u201d its proposal.'")) == []


# --------------------------------------------------------------------------------------------- ids
def test_file_name_that_is_not_a_slug(base):
    assert check(base, event(), name="Lavrov Speaks.md") == [
        "content/events/Lavrov Speaks.md:1: error: file name 'Lavrov Speaks.md' is not a valid id — rename it to "
        "lavrov-speaks.md (ids use only a-z, 0-9 and '-')"]


def test_two_files_for_one_address(base):
    put(base, "content/actors/John-Kerry.md", KERRY)
    assert lines(base) == [
        "content/actors/John-Kerry.md:1: error: file name 'John-Kerry.md' is not a valid id and would be "
        "published at the same address as john-kerry.md — merge the two files, or rename this one to "
        "john-kerry-2.md"]


def test_misnamed_content_files_are_pointed_out(base):
    put(base, "content/events/notes.markdown", "x")
    put(base, "content/events/.draft.md", "not read")
    put(base, "content/events/x.md~", "editor backup")
    assert lines(base) == ["content/events/notes.markdown:1: warning: 'notes.markdown' is ignored: content files "
                           "end in '.md' — rename it to 'notes.md' if it is content"]


def test_problems_come_sorted_by_path_and_line(base):
    put(base, "content/events/b.md", event(date="x", actors="[nobody]"))
    put(base, "content/events/a.md", event(titel="t"))
    assert [p.split(": ", 1)[0] for p in lines(base)] == ["content/events/a.md:9", "content/events/b.md:3",
                                                          "content/events/b.md:4"]


def test_list_items_of_the_wrong_kind(base):
    assert check(base, event(actors="\n- john-kerry\n- [a, b]")) == [
        "content/events/2016-12-05-lavrov.md:6: error: item 2 of 'actors' is not an id — write one per item, "
        "e.g. 'actors: [john-kerry, sergey-lavrov]'"]
    put(base, "content/actors/x.md", "---\nname: X\naliases: [{a: 1}]\n---\n")
    assert "content/actors/x.md:3: error: item 1 of 'aliases' is not a name — write one per item, e.g. " \
           "'aliases: [Sergei Lavrov, Lavrov]'" in lines(base)


def test_an_end_without_a_date(base):
    assert check(base, event(date="", end="2016-12-01")) == [
        "content/events/2016-12-05-lavrov.md:9: error: an 'end' without a 'date' — set the date too, or remove "
        "'end'"]


# ------------------------------------------------------------------- [[links]]: one rule with render
def test_spaces_inside_link_brackets_are_trimmed(base):
    assert check(base, event(body="Kerry ([[ john-kerry ]]) met Lavrov ([[ sergey-lavrov ]]).")) == [
        "content/events/2016-12-05-lavrov.md:11: error: unknown link [[sergey-lavrov]] — link to the id (file name "
        "without .md) of an actor, place, tag, source or event"]


def test_links_in_code_are_not_checked(base):
    assert check(base, event(body="Write `[[nope]]` to link.\n\n```\n[[nope]]\n```\n\n    [[nope]]")) == []


# ------------------------------------------------------------------------------------ reserved ids
@pytest.mark.parametrize("folder", ["actors", "places", "tags", "sources", "events"])
def test_an_id_that_is_a_page_of_the_site_is_rejected(base, folder):
    text = event() if folder == "events" else SOURCE if folder == "sources" else KERRY
    put(base, f"content/{folder}/index.md", text)
    assert lines(base) == [
        f"content/{folder}/index.md:1: error: 'index' is not available as an id: the site's own page "
        f"{folder}/index.html has that address — rename the file (e.g. to index-1.md, or a name that says what it is)"]


# ------------------------------------------------------------------------------------ empty quotes
def test_an_empty_quote_is_an_error(base):
    assert check(base, event(sources="\n- source: rt-1\n  paragraph: 2\n  quote: '   '")) == [
        "content/events/2016-12-05-lavrov.md:8: error: the quote is empty — copy the sentence that supports this "
        "event from content/sources/rt-1.md"]


def test_an_empty_quote_gets_its_paragraph_range_checked_too(base):
    assert check(base, event(sources="\n- source: rt-1\n  paragraph: 9\n  quote: \"\"")) == [
        "content/events/2016-12-05-lavrov.md:8: error: paragraph 9 is out of range: source 'rt-1' has 3 paragraphs "
        "— set the number of the paragraph that holds the quote",
        "content/events/2016-12-05-lavrov.md:8: error: the quote is empty — copy the sentence that supports this "
        "event from content/sources/rt-1.md"]


# ----------------------------------------------------------------------------------- quote search cost
def test_a_quote_in_its_cited_paragraph_is_one_search(base, monkeypatch):
    from generator import validate
    put(base, "content/sources/long.md", "---\ntitle: Long\n---\n\n" +
        "\n\n".join(f"Paragraph number {n}." for n in range(1, 1001)) + "\n")
    for i in range(20):
        put(base, f"content/events/e{i}.md", event(
            body="x", sources=f"\n- source: long\n  paragraph: {500 + i}\n  quote: Paragraph number {500 + i}."))
    calls = []
    real = validate._contains
    monkeypatch.setattr(validate, "_contains", lambda text, pieces: calls.append(1) or real(text, pieces))
    assert lines(base) == []
    assert len(calls) == 20


def test_a_quote_in_another_paragraph_is_still_found_by_a_scan(base):
    put(base, "content/sources/long.md", "---\ntitle: Long\n---\n\n" +
        "\n\n".join(f"Paragraph number {n}." for n in range(1, 101)) + "\n")
    assert check(base, event(body="x", sources="\n- source: long\n  paragraph: 3\n  quote: Paragraph number 70.")) == [
        "content/events/2016-12-05-lavrov.md:8: warning: the quote is in paragraph 70 of source 'long', not in "
        "paragraph 3 — set 'paragraph: 70'"]


# ------------------------------------------------------------------------------------ not files
def test_a_folder_named_like_a_content_file_is_not_read(base):
    put(base, "content/events/2016-12-05-lavrov.md", event())
    (base.content / "events" / "x.md").mkdir()
    (base.content / "actors" / "y.md").mkdir()
    model, problems = load(base)
    assert problems == [] and [e.id for e in model.events] == ["2016-12-05-lavrov"]
