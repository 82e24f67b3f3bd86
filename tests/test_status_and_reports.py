"""One happening, several reports: what became of it (planned, held, postponed, cancelled), who reported it and
when, and what happens when the reports disagree on the date.

Each test writes a few content files, then checks the exact `path:line` line `check` prints, or the exact text
a reader sees on a page or in an export.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest
from conftest import put

from generator.site import render
from generator.load import load
from generator.model import Citation, Event, PartialDate, Source, compatible, date_dispute, status_history
from generator.site.render import render_site

TASS = ("---\ntitle: Lavrov and Kerry to meet in Hamburg\noutlet: TASS\npublished: 2016-12-08\n---\n\n"
        "Moscow, December 8.\n\n"
        "The foreign ministers spoke by telephone.\n\n"
        "Lavrov and Kerry will meet in Hamburg on December 15, the ministry said.\n")
AFP = ("---\ntitle: Ministers due in Hamburg\noutlet: AFP\npublished: 2016-12-09\n---\n\n"
       "Paris, December 9.\n\n"
       "The two ministers are due to meet in Hamburg on Friday.\n")
RT = ("---\ntitle: Hamburg meeting off\noutlet: RT\npublished: 2016-12-14\n---\n\n"
      "The Hamburg meeting between Lavrov and Kerry has been called off.\n")
KERRY = "---\nname: John Kerry\ntype: person\n---\n"

# The RT citation comes first in the file: the status history still follows the publication dates.
HAMBURG = """\
---
title: Lavrov and Kerry meet in Hamburg
date: 2016-12-15
status: cancelled
merge_basis: 'same meeting in Hamburg, same participants: Lavrov, Kerry'
actors: [john-kerry]
sources:
- source: rt-1
  paragraph: 1
  quote: The Hamburg meeting between Lavrov and Kerry has been called off.
  status: cancelled
- source: tass-1
  paragraph: 3
  quote: Lavrov and Kerry will meet in Hamburg on December 15
  date: 2016-12-15
  date_text: on December 15
  status: planned
- source: afp-1
  paragraph: 2
  quote: The two ministers are due to meet in Hamburg on Friday.
  date: 2016-12-16
  date_text: on Friday
  status: planned
---

The foreign ministers were to meet in Hamburg.
"""
PAGE = "events/hamburg.html"


@pytest.fixture
def base(project):
    for name, text in (("tass-1", TASS), ("afp-1", AFP), ("rt-1", RT)):
        put(project, f"content/sources/{name}.md", text)
    put(project, "content/actors/john-kerry.md", KERRY)
    return project


def problems(project) -> list[str]:
    return [str(p) for p in load(project)[1]]


def build(project, event: str = HAMBURG) -> dict[str, str]:
    put(project, "content/events/hamburg.md", event)
    model, found = load(project)
    assert model is not None, found
    return {path: data.decode("utf-8") for path, data in render_site(model, project).items()}


def definitions(html: str) -> dict[str, str]:
    """Every <dt>/<dd> pair of a page as the reader sees it: the term and its definition, as plain text."""
    return {text(dt_): text(dd) for dt_, dd in re.findall(r"<dt>(.*?)</dt>\s*<dd[^>]*>(.*?)</dd>", html, re.S)}


def definition_html(html: str, term: str) -> str:
    return re.search(r"<dt>" + re.escape(term) + r"</dt>\s*<dd[^>]*>(.*?)</dd>", html, re.S)[1]


def links(fragment: str) -> list[tuple[str, str]]:
    return [(text(t), unescape(h)) for h, t in re.findall(r'<a href="([^"]*)">(.*?)</a>', fragment, re.S)]


def text(fragment: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


# ------------------------------------------------------------------------------------------------ loading
def test_status_merge_basis_and_each_reports_date_and_status_load_into_the_model(base):
    put(base, "content/events/hamburg.md", HAMBURG)
    model, _ = load(base)
    [event] = model.events
    assert event.status == "cancelled"
    assert event.merge_basis == "same meeting in Hamburg, same participants: Lavrov, Kerry"
    assert [(c.source, c.date, c.date_text, c.status) for c in event.sources] == [
        ("rt-1", None, "", "cancelled"),
        ("tass-1", PartialDate(2016, 12, 15), "on December 15", "planned"),
        ("afp-1", PartialDate(2016, 12, 16), "on Friday", "planned")]


def test_an_event_without_status_was_held_and_a_citation_without_one_says_nothing(base):
    put(base, "content/events/hamburg.md", HAMBURG.replace("status: cancelled\nmerge_basis", "merge_basis")
        .replace("  status: cancelled\n", ""))
    model, _ = load(base)
    [event] = model.events
    assert event.status == "held"
    assert [c.status for c in event.sources] == ["", "planned", "planned"]


def test_a_status_that_is_not_one_of_the_four_is_an_error_at_its_line(base):
    put(base, "content/events/hamburg.md", HAMBURG.replace("status: cancelled\nmerge", "status: canceled\nmerge"))
    assert "content/events/hamburg.md:4: error: status 'canceled' is not one of planned, held, postponed, " \
           "cancelled — did you mean 'cancelled'? Or write one of them, or remove 'status:' (no status means " \
           "it was held)" in problems(base)


def test_a_citations_status_that_is_not_one_of_the_four_is_an_error_at_its_line(base):
    put(base, "content/events/hamburg.md", HAMBURG.replace("  status: cancelled\n", "  status: [off]\n"))
    assert "content/events/hamburg.md:11: error: status must be one word, one of planned, held, postponed, " \
           "cancelled — write 'status: cancelled', say, or remove 'status:' (if this report does not say)" \
           in problems(base)


def test_a_citations_date_that_is_not_a_date_is_an_error_at_its_line(base):
    put(base, "content/events/hamburg.md", HAMBURG.replace("  date: 2016-12-16\n", "  date: 2016-12-32\n"))
    assert "content/events/hamburg.md:21: error: date '2016-12-32' does not exist: December 2016 has 31 days — " \
           "fix this citation's date, or remove the line" in problems(base)


# ------------------------------------------------------------------------------------------------ dispute
def test_reports_that_disagree_on_the_date_are_a_warning_at_the_events_date_line(base):
    put(base, "content/events/hamburg.md", HAMBURG)
    assert problems(base) == [
        "content/events/hamburg.md:3: warning: the reports disagree on the date: 2016-12-15 (TASS, ¶3), "
        "2016-12-16 (AFP, ¶2); the event's date is 2016-12-15 — decide: set 'date:' to the right one and delete "
        "'date:' from the citations you judge wrong (or split the event, if the reports are of two happenings)"]


def test_deleting_the_wrong_reports_date_settles_the_dispute(base):
    put(base, "content/events/hamburg.md", HAMBURG.replace("  date: 2016-12-16\n  date_text: on Friday\n", ""))
    assert problems(base) == []


def test_one_report_against_the_events_own_date_is_a_warning_too(base):
    put(base, "content/events/hamburg.md", HAMBURG.replace("date: 2016-12-15\nstatus", "date: 2016-12-16\nstatus")
        .replace("  date: 2016-12-16\n  date_text: on Friday\n", ""))
    assert problems(base) == [
        "content/events/hamburg.md:3: warning: a report disagrees with the event's date (2016-12-16): 2016-12-15 "
        "(TASS, ¶3) — decide: set 'date:' to the right one and delete 'date:' from the citations you judge wrong "
        "(or split the event, if the reports are of two happenings)"]


def test_a_day_inside_the_month_the_event_gives_is_no_dispute(base):
    put(base, "content/events/hamburg.md", HAMBURG.replace("date: 2016-12-15\nstatus", "date: 2016-12\nstatus")
        .replace("  date: 2016-12-16\n  date_text: on Friday\n", ""))
    assert problems(base) == []


@pytest.mark.parametrize("a, b, agree", [
    ("2016-12-15", "2016-12-15", True), ("2016-12", "2016-12-15", True), ("2016-12-15", "2016", True),
    ("2016-12-15", "2016-12-16", False), ("2016-11", "2016-12-01", False), ("2016", "2017-01", False)])
def test_dates_agree_when_equal_or_when_one_holds_the_other(a, b, agree):
    assert compatible(PartialDate.parse(a), PartialDate.parse(b)) is agree
    assert compatible(PartialDate.parse(b), PartialDate.parse(a)) is agree


def test_a_report_inside_an_events_span_agrees_with_it():
    event = Event("e", Path("e.md"), "E", PartialDate.parse("2016-12-15"), end=PartialDate.parse("2016-12-16"),
                  sources=[Citation("s", 1, "q", date=PartialDate.parse("2016-12-16"))])
    assert date_dispute(event, {}) == []


def test_an_explicit_status_against_the_latest_report_is_the_editors_word_and_no_problem(base):
    put(base, "content/events/hamburg.md", HAMBURG.replace("status: cancelled\nmerge", "status: held\nmerge")
        .replace("  date: 2016-12-16\n  date_text: on Friday\n", ""))
    assert problems(base) == []


def test_no_status_while_the_latest_report_says_cancelled_is_a_warning_naming_that_report(base):
    put(base, "content/events/hamburg.md", HAMBURG.replace("status: cancelled\nmerge", "merge")
        .replace("  date: 2016-12-16\n  date_text: on Friday\n", ""))
    assert problems(base) == [
        "content/events/hamburg.md:1: warning: the latest report (RT, 14 December 2016) says cancelled, but the "
        "event has no 'status:', so it is shown as held — add 'status: cancelled' (or 'status: held' if it went "
        "ahead)"]


def test_no_status_while_the_latest_report_says_held_is_no_problem(base):
    put(base, "content/events/hamburg.md", HAMBURG.replace("status: cancelled\nmerge", "merge")
        .replace("  date: 2016-12-16\n  date_text: on Friday\n", "")
        .replace("  status: cancelled\n", "  status: held\n"))
    assert problems(base) == []


def test_status_history_follows_publication_dates_then_file_order_and_undated_reports_come_last():
    sources = {"late": Source("late", Path("l.md"), "L", published=dt.date(2016, 12, 9)),
               "early": Source("early", Path("e.md"), "E", published=dt.date(2016, 12, 5)),
               "undated": Source("undated", Path("u.md"), "U")}
    event = Event("e", Path("e.md"), "E", None, sources=[
        Citation("undated", 1, "q", status="held"), Citation("late", 1, "q", status="cancelled"),
        Citation("early", 1, "q", status="planned"), Citation("early", 2, "q"),
        Citation("early", 3, "q", status="postponed")])
    assert [(r.citation.source, r.citation.status) for r in status_history(event, sources)] == [
        ("early", "planned"), ("early", "postponed"), ("late", "cancelled"), ("undated", "held")]


# ------------------------------------------------------------------------------------------------ event page
def test_the_event_page_says_the_status_in_words(base):
    html = build(base)[PAGE]
    assert '<dt>Status</dt>\n<dd class="status status-cancelled">Cancelled</dd>' in html


def test_the_pages_description_says_the_status_too(base):
    html = build(base)[PAGE]
    assert '<meta name="description" content="15 December 2016 (cancelled): Lavrov and Kerry meet in Hamburg. The ' \
           'foreign ministers were to meet in Hamburg.">' in html


def test_a_held_event_shows_no_status_line(base):
    html = build(base, HAMBURG.replace("status: cancelled\nmerge", "merge"))[PAGE]
    assert "<dt>Status</dt>" not in html


def test_the_event_page_tells_the_status_history_with_each_report_linked_to_its_paragraph(base):
    html = build(base)[PAGE]
    assert definitions(html)["What became of it"] == (
        "Announced as planned on 8 December 2016 (TASS); announced as planned on 9 December 2016 (AFP); called off "
        "on 14 December 2016 (RT)")
    assert links(definition_html(html, "What became of it")) == [
        ("TASS", "../sources/tass-1.html#p3"), ("AFP", "../sources/afp-1.html#p2"), ("RT", "../sources/rt-1.html#p1")]


def test_no_status_history_when_no_report_says_what_became_of_it(base):
    html = build(base, re.sub(r"  status: \w+\n", "", HAMBURG))[PAGE]
    assert "What became of it" not in html


def test_the_event_page_lists_every_report_with_its_date(base):
    html = build(base)[PAGE]
    assert definitions(html)["Reported by"] == "TASS (8 December 2016), AFP (9 December 2016), RT (14 December 2016)"
    assert links(definition_html(html, "Reported by")) == [
        ("TASS", "../sources/tass-1.html#p3"), ("AFP", "../sources/afp-1.html#p2"), ("RT", "../sources/rt-1.html#p1")]
    assert '<h2 id="evidence-title">What the sources say</h2>' in html


def test_the_event_page_shows_the_dispute_with_every_reports_date_and_words(base):
    html = build(base)[PAGE]
    assert definitions(html)["Reports disagree on the date"] == \
        "TASS says 15 December 2016 (“on December 15”); AFP says 16 December 2016 (“on Friday”)"
    assert links(definition_html(html, "Reports disagree on the date")) == [
        ("TASS", "../sources/tass-1.html#p3"), ("AFP", "../sources/afp-1.html#p2")]
    assert definitions(html)["Date"] == "15 December 2016"     # the event keeps its own date: nothing is picked


def test_no_dispute_shown_when_the_reports_agree(base):
    html = build(base, HAMBURG.replace("  date: 2016-12-16\n  date_text: on Friday\n", ""))[PAGE]
    assert "Reports disagree" not in html


def test_each_quote_says_what_its_report_gives_as_date_and_status(base):
    html = build(base)[PAGE]
    captions = [text(c) for c in re.findall(r"<figcaption>(.*?)</figcaption>", html, re.S)]
    assert captions == ["RT, 14 December 2016, paragraph 1: reports it cancelled",
                        "TASS, 8 December 2016, paragraph 3: dates it 15 December 2016 (“on December 15”); "
                        "reports it planned",
                        "AFP, 9 December 2016, paragraph 2: dates it 16 December 2016 (“on Friday”); "
                        "reports it planned"]


def test_the_event_page_says_why_the_reports_were_taken_as_one(base):
    html = build(base)[PAGE]
    assert definitions(html)["Taken as one happening because"] == \
        "same meeting in Hamburg, same participants: Lavrov, Kerry"


def test_merge_basis_and_a_reports_date_words_are_shown_as_text_never_as_markup(base):
    hostile = HAMBURG.replace("'same meeting in Hamburg, same participants: Lavrov, Kerry'",
                              "'<script>alert(1)</script> & \"co\"'").replace("date_text: on Friday",
                                                                    "date_text: <b onclick=x>Friday</b>")
    pages = build(base, hostile)
    html = pages[PAGE]
    assert "<dd>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;co&#34;</dd>" in html
    assert "(“&lt;b onclick=x&gt;Friday&lt;/b&gt;”)" in html
    assert "<script>alert" not in html and "<b onclick" not in html
    data = json.loads(pages["model.json"])["events"][0]
    assert data["merge_basis"] == '<script>alert(1)</script> & "co"'


# ------------------------------------------------------------------------------------------------ lists
@pytest.mark.parametrize("status", ["planned", "postponed", "cancelled"])
def test_timeline_lists_label_an_event_that_did_not_take_place(base, status):
    pages = build(base, HAMBURG.replace("status: cancelled\nmerge", f"status: {status}\nmerge"))
    link = '<a href="{}events/hamburg.html">Lavrov and Kerry meet in Hamburg</a>'
    for path, prefix, level in (("index.html", "", 4), ("archive/2016-12.html", "../", 4)):
        assert f'{link.format(prefix)} <span class="tl-status">({status})</span></h{level}>' in pages[path], path
    # an actor's page lists its events one line each
    assert f'{link.format("../")} <span class="tl-status">({status})</span></li>' in pages["actors/john-kerry.html"]


def test_timeline_lists_add_nothing_for_a_held_event(base):
    pages = build(base, HAMBURG.replace("status: cancelled\nmerge", "merge"))
    assert '<a href="events/hamburg.html">Lavrov and Kerry meet in Hamburg</a></h4>' in pages["index.html"]


@pytest.mark.parametrize("status", ["planned", "held", "postponed", "cancelled"])
def test_list_items_written_in_python_match_the_template_for_every_status(status):
    from site_fixtures import sample_model, sample_project
    model = sample_model()
    for e in model.events:
        e.status = status
    s = render._Site(model, sample_project().templates)
    assert s.fast_items
    template = s.env.get_template("_event_item.html")
    for e in model.events:
        jinja = template.render(page_path="archive/x.html", absolute_links=False, e=e, level=4).strip("\n")
        assert render._event_item_html(s, e, 4, "../") == jinja


# ------------------------------------------------------------------------------------------------ JSON-LD, exports
@pytest.mark.parametrize("status, schema", [("planned", "EventScheduled"), ("held", "EventScheduled"),
                                            ("postponed", "EventPostponed"), ("cancelled", "EventCancelled")])
def test_json_ld_gives_the_schema_org_event_status(base, status, schema):
    html = build(base, HAMBURG.replace("status: cancelled\nmerge", f"status: {status}\nmerge"))[PAGE]
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1])
    assert ld["eventStatus"] == f"https://schema.org/{schema}"


@pytest.mark.parametrize("status, ics", [("planned", "TENTATIVE"), ("held", "CONFIRMED"),
                                         ("postponed", "TENTATIVE"), ("cancelled", "CANCELLED")])
def test_the_calendar_marks_the_status(base, status, ics):
    pages = build(base, HAMBURG.replace("status: cancelled\nmerge", f"status: {status}\nmerge"))
    lines = pages["events.ics"].replace("\r\n ", "").split("\r\n")
    assert lines[lines.index("SUMMARY:Lavrov and Kerry meet in Hamburg") + 1] == f"STATUS:{ics}"


def test_timelinejs_and_the_feed_put_the_status_before_the_title(base):
    pages = build(base)
    [item] = json.loads(pages["timeline.json"])["events"]
    assert item["text"]["headline"] == "Cancelled: Lavrov and Kerry meet in Hamburg"
    feed = ET.fromstring(pages["feed.xml"])
    assert feed.find("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}title").text == \
        "Cancelled: Lavrov and Kerry meet in Hamburg"


def test_a_held_event_keeps_its_plain_title_in_timelinejs_and_the_feed(base):
    pages = build(base, HAMBURG.replace("status: cancelled\nmerge", "merge"))
    assert json.loads(pages["timeline.json"])["events"][0]["text"]["headline"] == "Lavrov and Kerry meet in Hamburg"
    assert "<title>Lavrov and Kerry meet in Hamburg</title>" in pages["feed.xml"]


def test_model_json_carries_the_status_the_merge_basis_and_each_reports_claims(base):
    event = json.loads(build(base)["model.json"])["events"][0]
    assert (event["status"], event["merge_basis"], event["date_disputed"]) == \
        ("cancelled", "same meeting in Hamburg, same participants: Lavrov, Kerry", True)
    assert [(c["source"], c["date"], c["date_text"], c["status"]) for c in event["sources"]] == [
        ("rt-1", None, "", "cancelled"), ("tass-1", "2016-12-15", "on December 15", "planned"),
        ("afp-1", "2016-12-16", "on Friday", "planned")]


def test_the_same_content_gives_the_same_bytes(base):
    assert build(base) == build(base)
