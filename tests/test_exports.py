"""Exports: the Atom feed, sitemap, robots.txt, iCalendar, TimelineJS JSON, model JSON and search index."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from generator.site.render import render_site
from generator.site import exports
from site_fixtures import sample_model, sample_project

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def pages() -> dict[str, bytes]:
    return render_site(sample_model(), sample_project())


def vevents(ics: str) -> dict[str, list[str]]:
    """UID -> unfolded content lines of that VEVENT."""
    lines = ics.replace("\r\n ", "").split("\r\n")
    out, current = {}, None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT":
            uid = next(x for x in current if x.startswith("UID:"))[4:]
            out[uid] = current
            current = None
        elif current is not None:
            current.append(line)
    return out


# ------------------------------------------------------------------------------------------------ ics
def test_ics_is_crlf_folded_at_75_octets(pages):
    ics = pages["events.ics"]
    assert ics.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:") and ics.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in ics.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))


def test_ics_day_event_is_one_all_day_event(pages):
    ev = vevents(pages["events.ics"].decode())["2016-12-02-kerry-delivers-a-new-aleppo-plan@example.org"]
    assert ev[:5] == ["UID:2016-12-02-kerry-delivers-a-new-aleppo-plan@example.org", "DTSTAMP:20161213T000000Z",
                      "DTSTART;VALUE=DATE:20161202", "DTEND;VALUE=DATE:20161203",
                      "SUMMARY:Kerry delivers a new plan for an Aleppo settlement"]
    assert "LOCATION:Aleppo\\, Rome" in ev
    assert "URL:https://example.org/aleppo-timeline/events/2016-12-02-kerry-delivers-a-new-aleppo-plan.html" in ev


def test_ics_month_and_year_precision_span_their_period_and_say_so(pages):
    events = vevents(pages["events.ics"].decode())
    month = events["2016-11-donald-trump-wins-the-presidential-election@example.org"]
    assert "DTSTART;VALUE=DATE:20161101" in month and "DTEND;VALUE=DATE:20161201" in month
    assert any(x.startswith("DESCRIPTION:Date known to the month only (November 2016)\\; shown as spanning the "
                            "whole month.") for x in month)
    year = events["2016-syria-civilians-trapped@example.org"]
    assert "DTSTART;VALUE=DATE:20160101" in year and "DTEND;VALUE=DATE:20170101" in year


def test_ics_leaves_out_undated_events(pages):
    assert "undated-us-russia-withdrawal-talks@example.org" not in vevents(pages["events.ics"].decode())
    assert len(vevents(pages["events.ics"].decode())) == 10


def test_ics_text_escaping():
    assert exports.ics_escape('a,b;c\\d\ne') == "a\\,b\\;c\\\\d\\ne"


def test_ics_folding_never_splits_a_character():
    folded = exports.ics_fold("DESCRIPTION:" + "é" * 60)
    parts = folded.encode("utf-8").split(b"\r\n")
    assert [len(p) for p in parts] == [74, 59]        # 12 + 31×2 = 74: one more 2-byte "é" would pass 75
    assert "".join(p[1:] if i else p for i, p in enumerate(folded.split("\r\n"))) == "DESCRIPTION:" + "é" * 60


# ------------------------------------------------------------------------------------------------ timelinejs
def test_timelinejs_json(pages):
    data = json.loads(pages["timeline.json"])
    assert data["title"] == {"text": {"headline": "Aleppo, December 2016: the US–Russia negotiation",
                                      "text": "<p>A dated, cited timeline of the US–Russia talks over Aleppo in "
                                              "December 2016.</p>"}}
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert "undated-us-russia-withdrawal-talks" not in by_id and len(by_id) == 10
    month = by_id["2016-11-donald-trump-wins-the-presidential-election"]
    assert month["start_date"] == {"year": 2016, "month": 11}
    assert month["display_date"] == "November 2016"
    assert month["group"] == "Donald Trump"
    day = by_id["2016-12-02-kerry-delivers-a-new-aleppo-plan"]
    assert day["start_date"] == {"year": 2016, "month": 12, "day": 2} and "display_date" not in day
    assert day["text"]["headline"] == "Kerry delivers a new plan for an Aleppo settlement"
    assert day["text"]["text"].endswith('<p><a href="https://example.org/aleppo-timeline/events/'
                                        '2016-12-02-kerry-delivers-a-new-aleppo-plan.html">Sources and details</a></p>')


# ------------------------------------------------------------------------------------------------ feed, sitemap
def test_atom_feed_is_dated_from_the_content(pages):
    feed = ET.fromstring(pages["feed.xml"])
    assert feed.find(f"{ATOM}updated").text == "2016-12-13T00:00:00Z"
    assert feed.find(f"{ATOM}id").text == "https://example.org/aleppo-timeline/"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 11
    first = entries[0]
    assert first.find(f"{ATOM}title").text == "Lavrov attends the Black Sea Economic Cooperation meeting"
    assert first.find(f"{ATOM}link").get("href") == \
        "https://example.org/aleppo-timeline/events/2016-12-13-black-sea-economic-cooperation-meeting.html"
    assert first.find(f"{ATOM}updated").text == "2016-12-13T00:00:00Z"


def test_atom_feed_carries_the_newest_entries_only():
    assert exports.FEED_ENTRIES == 100
    full = ET.fromstring(exports.atom_feed(sample_model(), {}))
    newest = ET.fromstring(exports.atom_feed(sample_model(), {}, limit=3))
    titles = [e.find(f"{ATOM}title").text for e in full.findall(f"{ATOM}entry")]
    assert [e.find(f"{ATOM}title").text for e in newest.findall(f"{ATOM}entry")] == titles[:3]
    assert newest.find(f"{ATOM}updated").text == full.find(f"{ATOM}updated").text


def test_atom_feed_escapes_text():
    model = sample_model()
    model.events[0].title = "A <b>&</b> B"
    feed = ET.fromstring(exports.atom_feed(model, {}))
    assert "A <b>&</b> B" in [t.text for t in feed.iter(f"{ATOM}title")]


def test_sitemap_and_robots(pages):
    urls = [u.text for u in ET.fromstring(pages["sitemap.xml"]).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert urls[:2] == ["https://example.org/aleppo-timeline/actors/armed-groups.html",
                        "https://example.org/aleppo-timeline/actors/ban-ki-moon.html"]
    assert "https://example.org/aleppo-timeline/" in urls
    assert not any(u.endswith("404.html") for u in urls)
    assert pages["robots.txt"] == b"User-agent: *\nAllow: /\nSitemap: https://example.org/aleppo-timeline/sitemap.xml\n"


# ------------------------------------------------------------------------------------------------ data
def test_model_json_holds_the_whole_model(pages):
    data = json.loads(pages["model.json"])
    assert [k for k in data] == ["title", "description", "base_url", "language", "author", "events", "actors",
                                 "places", "tags", "sources"]
    event = next(e for e in data["events"] if e["id"] == "2016-11-donald-trump-wins-the-presidential-election")
    assert event["date"] == "2016-11" and event["precision"] == "month"
    assert event["sources"][0]["paragraph"] == 4
    undated = next(e for e in data["events"] if e["id"] == "undated-us-russia-withdrawal-talks")
    assert undated["date"] is None
    rt = next(s for s in data["sources"] if s["outlet"] == "RT")
    assert len(rt["paragraphs"]) == 7 and rt["published"] == "2016-12-06"
    assert data["actors"][0] == {"id": "armed-groups", "name": "Armed groups in eastern Aleppo", "aliases": [],
                                 "type": "organisation", "description": "", "page": "actors/armed-groups.html"}


def test_search_index_has_titles_bodies_and_actors(pages):
    records = json.loads(pages["search-index.json"])["events"]
    kerry = next(r for r in records if r["u"] == "events/2016-12-02-kerry-delivers-a-new-aleppo-plan.html")
    assert kerry == {"u": "events/2016-12-02-kerry-delivers-a-new-aleppo-plan.html",
                     "t": "Kerry delivers a new plan for an Aleppo settlement", "d": "2 December 2016",
                     "a": ["John Kerry", "Russia"], "p": ["Aleppo", "Rome"], "g": ["Diplomacy"],
                     "b": "John Kerry hands Sergey Lavrov a new plan for eastern Aleppo; see Rome.",
                     "q": "Kerry delivered a new plan for an Aleppo settlement to the Russians on Friday."}


def test_exports_are_deterministic():
    a, b = sample_model(), sample_model()
    assert exports.render_exports(a, ["index.html"], {}) == exports.render_exports(b, ["index.html"], {})


def test_a_renamed_name_recomputes_only_the_summaries_that_link_it(monkeypatch):
    model = sample_model()
    names = {"russia": "Russia", "rome": "Rome", "sergey-lavrov": "Sergey Lavrov"}
    monkeypatch.setattr(exports, "_known", {})
    first = exports.Summaries(names)
    for event in model.events:
        first.of(event)
    worked = []
    real = exports.event_summary
    monkeypatch.setattr(exports, "event_summary", lambda event, n: worked.append(event.id) or real(event, n))
    again = exports.Summaries({**names, "rome": "Roma"})
    summaries = {event.id: again.of(event) for event in model.events}
    linking_rome = [event.id for event in model.events if "[[rome]]" in event.body]
    assert len(linking_rome) == 1 and worked == linking_rome
    assert summaries[linking_rome[0]].endswith("see Roma.")


def test_an_export_spliced_from_its_entries_texts_is_the_json_of_the_whole():
    from generator.site.exports import _json, _spliced
    assert _spliced({"a": 1, "b": "é"}, "events", ['{"x":1}', "2"], {"z": [3]}) == \
        _json({"a": 1, "b": "é", "events": [{"x": 1}, 2], "z": [3]})
    assert _spliced({"a": 1}, "events", []) == _json({"a": 1, "events": []})
