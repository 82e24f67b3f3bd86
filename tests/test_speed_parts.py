"""The parts rewritten for speed at scale (issue 11) give what the simple versions gave: iCalendar folding,
finding names to link, related events, and the summaries the exports carry instead of whole bodies."""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import Citation, Entity, Event, Model, PartialDate, Source, link
from generator.site.render import BodyRenderer, LinkTable, Target, plain_prose, render_site, sanitize_body
from generator.site import exports
from generator.site import pages as site
from site_fixtures import sample_project


# Every property test runs without hypothesis's per-example deadline: tests check behaviour, never timing.


# ------------------------------------------------------------------------------------------------ ics folding
def fold_char_by_char(line: str) -> str:
    """RFC 5545 folding the plain way: add characters while the line stays within 75 octets."""
    out, current, size, limit = [], [], 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n".join(out)


# Characters of one to four octets in UTF-8, so cuts land before, inside and after multi-octet characters.
ICS_TEXT = st.text(alphabet=st.sampled_from(["a", " ", ",", "é", "Ж", "€", "中", "😀", "\\"]), max_size=400)


@settings(database=None, deadline=None)
@given(ICS_TEXT)
def test_every_folded_line_fits_75_octets_and_unfolding_gives_the_line_back(line):
    folded = exports.ics_fold(line)
    parts = folded.encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in parts)
    assert all(p.startswith(b" ") for p in parts[1:])
    assert folded.replace("\r\n ", "") == line


@settings(database=None, deadline=None)
@given(ICS_TEXT)
def test_folding_is_the_same_as_folding_character_by_character(line):
    assert exports.ics_fold(line) == fold_char_by_char(line)


def test_folding_fills_each_line_and_cuts_before_a_character_that_would_pass_the_limit():
    folded = exports.ics_fold("X:" + "a" * 72 + "€" + "b" * 80)
    # 2 + 72 = 74 octets, and "€" (3 octets) would make 77: it starts the next line, after the space.
    assert folded.split("\r\n") == ["X:" + "a" * 72, " €" + "b" * 71, " " + "b" * 9]


# ------------------------------------------------------------------------------------------------ name links
def names_by_one_alternation(names: list[str], text: str) -> list[tuple[int, int, str]]:
    """The plain rule: one regex alternation over every name, longest first, at word boundaries."""
    if not names:
        return []
    ordered = sorted(names, key=lambda n: (-len(n), n))
    pattern = re.compile(r"(?<![\w\[])(" + "|".join(map(re.escape, ordered)) + r")(?![\w\]])")
    return [(m.start(), m.end(), m[1]) for m in pattern.finditer(text)]


def table_of(names) -> LinkTable:
    table = LinkTable()
    for name in names:
        table.add_name(name, Target("actors/x.html", name, f"actor:{name}"))
    table.compile()
    return table


# Short names over a small alphabet (letters of both cases, digits, "_", brackets, punctuation, spaces and
# newlines): names that share a lead ("Ab", "Ab c"), sit inside words, follow "[" or precede "]".
PIECES = st.sampled_from(["A", "a", "b", "B", "é", "1", "_", " ", "-", "'", ".", "[", "]", "\n", "Ab", "ab c"])
NAME = st.lists(PIECES, min_size=1, max_size=5).map("".join)
TEXT = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=300, database=None, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=8), TEXT)
def test_names_are_found_where_one_alternation_over_all_names_finds_them(names, text):
    table = table_of(names)
    assert list(table.find(text)) == names_by_one_alternation(list(table.by_name), text)


def test_names_sharing_a_first_word_are_told_apart_by_length_then_by_word_end():
    table = table_of(["Actor 1", "Actor 12", "Actor 123", "Actor"])
    assert list(table.find("Actor 12 met Actor 1, Actor 1234 and Actor 123.")) == [
        (0, 8, "Actor 12"), (13, 20, "Actor 1"), (22, 27, "Actor"), (37, 46, "Actor 123")]


def test_a_name_starting_with_punctuation_and_one_inside_it():
    table = table_of(["-Ab", "Ab"])
    assert list(table.find("x -Ab, ]-Abc Ab")) == [(2, 5, "-Ab"), (13, 15, "Ab")]


# ------------------------------------------------------------------------------------------------ related
def _model(events: list[Event]) -> Model:
    actors = {k: Entity(k, "actor", None, k.title()) for k in ("a", "b")}
    places = {"p": Entity("p", "place", None, "P")}
    return link(Model({"title": "T"}, events, actors, places, {}, {}))


def test_related_events_are_the_best_scored_listed_in_date_order():
    day = PartialDate.parse
    events = [Event("x", Path("x"), "X", day("2016-12-10"), actors=["a", "b"], places=["p"]),
              Event("far-both", Path("x"), "F", day("2016-01-01"), actors=["a", "b"]),    # 6 points
              Event("near-a", Path("x"), "N", day("2016-12-11"), actors=["a"]),           # 3 + 2 near
              Event("place", Path("x"), "P", day("2016-12-30"), places=["p"]),            # 2
              Event("none", Path("x"), "Z", day("2016-12-10"))]
    model = _model(events)
    x = model.events_by_id["x"]
    assert [e.id for e in site.related_events(model, x)] == ["far-both", "near-a", "place"]
    assert [e.id for e in site.related_events(model, x, limit=2)] == ["far-both", "near-a"]


# ------------------------------------------------------------------------------------------------ summaries
LONG = " ".join(f"w{i}" for i in range(100))


def _one_event(body: str, **meta) -> Model:
    src = Source("src", Path("s.md"), "Story", "Outlet", dt.date(2016, 12, 6), "https://example.com/s",
                 "seeds/s.txt", ["It happened."])
    event = Event("e1", Path("e1.md"), "Talks", PartialDate.parse("2016-12-02"),
                  sources=[Citation("src", 1, "It happened.")], body=body, meta=meta)
    return link(Model({"title": "T", "base_url": "https://t.test/"}, [event], {}, {}, {}, {"src": src}))


def test_the_exports_carry_the_first_words_of_a_long_body():
    from generator.site.exports import SUMMARY_WORDS

    pages = render_site(_one_event(LONG), sample_project())
    start = " ".join(f"w{i}" for i in range(SUMMARY_WORDS)) + "…"      # SUMMARY_WORDS of the 100
    feed = ET.fromstring(pages["feed.xml"])
    assert feed.find("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}summary").text == \
        f"2 December 2016. {start}"
    assert f"\r\nDESCRIPTION:{start}\r\n" in pages["events.ics"].decode().replace("\r\n ", "")
    event = json.loads(pages["timeline.json"])["events"][0]
    assert event["text"]["text"].startswith(f"<p>{start}</p>")
    [entry] = json.loads(pages["model.json"])["events"]
    assert entry["summary"] == start and "body" not in entry and entry["page"] == "events/e1.html"
    assert json.loads(pages["search-index.json"])["events"][0]["b"] == start
    assert b"w99" not in pages["feed.xml"] + pages["events.ics"] + pages["timeline.json"] + pages["model.json"]


def test_an_events_own_summary_is_what_the_exports_carry():
    pages = render_site(_one_event(LONG, summary="Talks *resume* in [[src]]."), sample_project())
    assert json.loads(pages["model.json"])["events"][0]["summary"] == "Talks resume in Story."
    assert "<summary>2 December 2016. Talks resume in Story.</summary>" in pages["feed.xml"].decode()


def test_a_short_body_is_carried_whole_without_a_mark():
    assert exports.event_summary(_one_event("Talks in *Rome*.").events[0], {}) == "Talks in Rome."


# ------------------------------------------------------------------------------------------------ markdown
@functools.cache
def prose_renderer() -> BodyRenderer:
    """Names that share leads, hold characters Markdown escapes (&, <, "), and a page to skip."""
    table = LinkTable()
    for slug, names in (("ann", ["Ann", "Ann Lee", "Lee"]), ("att", ["AT&T", "A<B>"]), ("q", ['"Q" Ltd', "Élan"])):
        target = Target(f"actors/{slug}.html", names[0], f"actor:{slug}")
        table.add_slug(slug, target)
        for name in names:
            table.add_name(name, target)
    table.compile()
    return BodyRenderer(table)


# Prose pieces: words, names, digits, every punctuation mark plain_prose allows, spaces, line breaks and
# blank lines, and characters it refuses (so the test also sees bodies that take the Markdown path).
PROSE = st.lists(st.sampled_from(
    ["Ann", "Lee", "Ann Lee", "AT", "T", "Élan", "Q", "Ltd", "word", "1", "12", "1986", " ", " ", "  ", "\n", "\n\n",
     "\n\n\n", ".", ",", ";", ":", "!", "?", "'", '"', "(", ")", "/", "%", "–", "—", "‘", "’", "“", "”", "…", "é", "١", "²", "ß",
     "-", "_", "*", "#", "[", "<", "&", "\t", "=", "`"]), max_size=40).map("".join)


@settings(max_examples=600, database=None, deadline=None)
@given(PROSE, st.sampled_from(["index.html", "events/e.html", "actors/ann.html"]), st.booleans())
def test_a_plain_prose_body_renders_as_python_markdown_renders_it(body, page, skip_page):
    renderer = prose_renderer()
    skip = ("actor:ann",) if skip_page else ()
    if plain_prose(body):
        assert renderer.prose_html(body, page, skip) == renderer.markdown_html(body, page, skip)
    expected = sanitize_body(renderer.markdown_html(body, page, skip)) if body.strip() else ""
    assert renderer.render(body, page, skip) == expected


def test_what_counts_as_plain_prose():
    assert plain_prose("Ann met Lee in Aleppo (Syria) on 2 December: “talks”.\n\nThen 1986 – again…")
    for markdown_syntax in ["*a*", "a_b", "# A", "- a", "1. a", "a\n2) b", "    code", "a  \nb", "[[ann]]", "a &amp; b",
                            "<b>", "> quote", "A\n===", "```", "a\tb"]:
        assert not plain_prose(markdown_syntax), markdown_syntax


# ------------------------------------------------------------------------------------------------ date disputes
def test_a_date_dispute_is_worked_out_again_when_a_cited_source_is_another_object():
    from generator.model import date_dispute

    def source(outlet: str) -> Source:
        return Source("a", Path("a.md"), "Story", outlet, dt.date(2016, 12, 6))

    event = Event("e", Path("e.md"), "Talks", PartialDate.parse("2016-12-02"),
                  sources=[Citation("a", 1, "q", date=PartialDate.parse("2016-12-03"))])
    first = source("Wire")
    assert [r.name for r in date_dispute(event, {"a": first})] == ["Wire"]
    assert [r.name for r in date_dispute(event, {"a": first})] == ["Wire"]     # a new dict, the same source
    assert [r.name for r in date_dispute(event, {"a": source("Post")})] == ["Post"]
    assert [r.name for r in date_dispute(event, {})] == ["a"]      # the source gone: named by its id
