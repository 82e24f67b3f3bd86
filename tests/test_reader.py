"""What a reader meets on the timeline: cards that say each thing once, dates in words, a site that works
without a base_url, an icon, and search that finds the articles' words and their spelling variants."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import base_url_note, load_project
from generator.model import Entity, link
from generator.site.render import render_site
from generator.site import pages as site
from site_fixtures import sample_model, sample_project

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def home() -> str:
    return render_site(sample_model(), sample_project())["index.html"].decode("utf-8")


def card(home: str, event_id: str) -> str:
    return re.search(rf'<li class="tl-event" id="event-{event_id}".*?</li>', home, re.S)[0]


# ------------------------------------------------------------------------------------------------ cards
def test_a_card_does_not_repeat_the_date_its_day_heading_gives(home):
    kerry = card(home, "2016-12-02-kerry-delivers-a-new-aleppo-plan")
    assert "<time" not in kerry and "tl-date" not in kerry
    assert '<h3 class="tl-day-title"><time datetime="2016-12-02">Friday 2 December 2016</time></h3>' in home
    november = card(home, "2016-11-donald-trump-wins-the-presidential-election")
    assert "November 2016" not in november and "month only" not in november


def test_a_card_of_a_period_says_only_when_it_ends():
    model = sample_model()
    event = model.events_by_id["2016-12-12-lavrov-rejects-us-ceasefire-proposal"]
    event.end = type(event.date).parse("2016-12-14")
    home = render_site(model, sample_project())["index.html"].decode("utf-8")
    assert '<p class="tl-date">Until <time datetime="2016-12-14">14 December 2016</time></p>' in \
        card(home, event.id)


def test_an_undated_card_says_why_it_has_no_date(home):
    assert '<h2 class="tl-month-title">Date unknown</h2>' in home and "Not yet dated" not in home
    assert ('<p class="tl-date tl-why"><span class="tl-label">No date</span> the article does not say which '
            'Tuesday</p>') in card(home, "undated-us-russia-withdrawal-talks")


def test_an_undated_card_without_a_basis_still_says_why():
    model = sample_model()
    model.events_by_id["undated-us-russia-withdrawal-talks"].date_basis = ""
    home = render_site(model, sample_project())["index.html"].decode("utf-8")
    assert '<span class="tl-label">No date</span> the sources do not say when it happened</p>' in home


def test_an_undated_card_tells_the_reader_why_without_the_note_to_the_editor():
    model = sample_model()
    model.events_by_id["undated-us-russia-withdrawal-talks"].date_basis = "'earlier' gives no day; set the date by hand"
    home = render_site(model, sample_project())["index.html"].decode("utf-8")
    assert '<span class="tl-label">No date</span> &#39;earlier&#39; gives no day</p>' in home
    assert "by hand" not in home


def test_a_name_that_is_actor_and_place_of_one_event_is_listed_under_who_only():
    model = sample_model()
    model.actors["syria"] = Entity("syria", "actor", None, "Syria", type="country")
    model.events_by_id["2016-syria-civilians-trapped"].actors.append("syria")
    home = render_site(link(model), sample_project())["index.html"].decode("utf-8")
    trapped = card(home, "2016-syria-civilians-trapped")
    assert ('<p class="tl-who"><span class="tl-label">Who</span> <a href="actors/syrian-army.html">Syrian Army</a>, '
            '<a href="actors/syria.html">Syria</a></p>') in trapped
    assert ('<p class="tl-where"><span class="tl-label">Where</span> <a href="places/aleppo.html">Aleppo</a></p>'
            in trapped)
    assert 'data-place="aleppo syria"' in trapped      # the place filter still finds it


# ------------------------------------------------------------------------------------------------ prose dates
@pytest.mark.parametrize("basis, shown", [
    ("the Friday before the publication date 2016-12-06 (past tense)",
     "the Friday before the day of publication, 6 December 2016 (past tense)"),
    ("the publication date's weekday (Tuesday 2016-12-13)",
     "the publication date's weekday (Tuesday 13 December 2016)"),
    ("explicit date 2016-02-30", "explicit date 2016-02-30"),           # not a day: left as written
    ("see 2016-12-06-kerry-plan", "see 2016-12-06-kerry-plan"),         # part of an id: left as written
])
def test_dates_in_running_prose_read_as_words(basis, shown):
    assert site.prose_dates(basis) == shown


def test_the_event_page_writes_its_dating_basis_in_words():
    model = sample_model()
    event = model.events_by_id["2016-12-02-kerry-delivers-a-new-aleppo-plan"]
    event.date_basis = "the Friday before the publication date 2016-12-06 (past tense)"
    page = render_site(model, sample_project())[f"events/{event.id}.html"].decode("utf-8")
    assert ("<dd>From the words “on Friday”: the Friday before the day of publication, 6 December 2016 "
            "(past tense)</dd>") in page


# ------------------------------------------------------------------------------------------------ base_url, icon
def test_the_shipped_config_has_no_base_url_and_build_says_what_needs_one(tmp_path):
    project = load_project(ROOT)
    assert project.settings["base_url"] == ""
    assert base_url_note(project) == (
        "base_url: not set — canonical links, sitemap.xml and web-address feed ids need it (set it in config.yaml "
        "when the site is published); every page, link, search, feed and export works without it")
    (tmp_path / "config.yaml").write_text('title: T\nbase_url: "https://news.example/t/"\n', encoding="utf-8")
    assert base_url_note(load_project(tmp_path)) == ""


def test_build_prints_the_base_url_line(tmp_path):
    (tmp_path / "config.yaml").write_text("title: T\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "generator", "--root", str(tmp_path), "build"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1].startswith("base_url: not set — canonical links, sitemap.xml")


def test_without_a_base_url_the_404_page_and_the_feed_need_no_address():
    pages = render_site(sample_model({"base_url": ""}), sample_project())
    notfound = pages["404.html"].decode("utf-8")
    assert '<a class="button" href="index.html">Go to the timeline</a>' in notfound
    assert "https://example.org" not in notfound and 'rel="canonical"' not in notfound
    feed = pages["feed.xml"].decode("utf-8")
    assert re.search(r"<id>urn:uuid:[0-9a-f-]{36}</id>", feed) and "example.org" not in feed


def test_every_page_declares_the_sites_icon():
    pages = render_site(sample_model(), sample_project())
    assert pages["static/favicon.svg"].startswith(b"<svg xmlns=\"http://www.w3.org/2000/svg\"")
    for path in ("index.html", "events/2016-12-05-us-withdraws-its-proposal.html", "archive/2016-12.html"):
        depth = "../" * path.count("/")
        assert f'<link rel="icon" href="{depth}static/favicon.svg" type="image/svg+xml">' in pages[path].decode()


def test_the_footer_links_are_a_named_navigation_not_a_named_list(home):
    assert '<nav aria-label="Data and feeds">\n<ul class="footer-links">' in home
    assert not re.search(r"<ul[^>]* aria-label=", home)


def test_the_exports_are_offered_on_the_home_page_only():
    pages = render_site(sample_model(), sample_project())
    assert '<a href="events.ics">Calendar (.ics)</a>' in pages["index.html"].decode()
    event = pages["events/2016-12-05-us-withdraws-its-proposal.html"].decode()
    assert "footer-links" not in event and '<footer class="site-footer">' in event
    # Every page still names the feed for a browser or feed reader to find.
    assert '<link rel="alternate" type="application/atom+xml" title="Aleppo' in event


# ------------------------------------------------------------------------------------------------ search index
def test_the_search_index_carries_the_cited_quotes():
    import json
    pages = render_site(sample_model(), sample_project())
    records = {r["u"]: r for r in json.loads(pages["search-index.json"])["events"]}
    lavrov = records["events/2016-12-12-lavrov-rejects-us-ceasefire-proposal.html"]
    assert lavrov["q"].startswith("The US proposal for implementing a ceasefire in the Syrian city of Aleppo")
    assert [r["u"] for r in json.loads(pages["search-index.json"])["events"]] == \
        [f"events/{e.id}.html" for e in sample_model().events]          # timeline order: sorting by date


# ------------------------------------------------------------------------------------------------ overview strip
def spread(*specs) -> list:
    """Events from (date, actors, citations) triples, in timeline order."""
    from generator.model import Citation, Event, PartialDate
    events = [Event(f"e{i}", Path("x"), f"E{i}", PartialDate.parse(d), actors=list(actors),
                    sources=[Citation("s", 1, "q")] * cites) for i, (d, actors, cites) in enumerate(specs)]
    return sorted(events, key=lambda e: e.sort_key)


ACTORS = {a: Entity(a, "actor", None, a.upper()) for a in ("a", "b", "c", "d")}


def test_a_month_only_event_does_not_take_the_days_room():
    events = spread(("2016-11", "a", 1), ("2016-12-02", "a", 1), ("2016-12-13", "b", 1))
    strip = site.overview(events, ACTORS)
    assert strip.unit == "day" and (strip.start, strip.end) == (dt.date(2016, 12, 1), dt.date(2016, 12, 15))
    assert [(e.label, e.side) for e in strip.edges] == [("Nov 2016", "before")]
    days = sorted(m.x for lane in strip.lanes for m in lane.marks if m.kind == "day")
    assert (days[-1] - days[0]) / (strip.right - strip.left) > 0.75        # the days get the axis (25% before)
    assert strip.caption.startswith("3 dated events, 2 of them from 2 December 2016 to 13 December 2016; 1 event "
                                    "known only to the month or year, in the boxes at the edge")


def test_a_vague_period_after_the_days_goes_to_the_right_edge_and_one_inside_stays_in_place():
    events = spread(("2016-03-02", "a", 1), ("2016-06", "a", 1), ("2016-12-20", "a", 1), ("2017", "b", 1))
    strip = site.overview(events, ACTORS)
    assert strip.unit == "month"
    assert [(e.label, e.side) for e in strip.edges] == [("2017", "after")]
    june = next(m for lane in strip.lanes for m in lane.marks if m.href == "#event-e1")
    assert june.kind == "band" and strip.left < june.x < strip.right
    assert strip.legend == ["day", "band", "edge"]


def test_lanes_go_to_the_most_cited_actors_ties_to_the_first_to_appear():
    events = spread(("2016-12-01", "cb", 1), ("2016-12-02", "b", 1), ("2016-12-03", "d", 3), ("2016-12-04", "a", 1))
    assert site.lane_order(events, ACTORS) == ["d", "b", "c", "a"]   # d: 3 citations; b: 2 events; c before a
    strip = site.overview(events, ACTORS, max_lanes=3)
    assert [lane.label for lane in strip.lanes] == ["D", "B", "Others"]


def test_marks_closer_than_a_target_become_one_numbered_mark():
    events = spread(*[(f"2016-12-{d:02d}", "a", 1) for d in (1, 2, 3, 20)])
    phone = site.overview(events, ACTORS, width=400, compact=True)
    marks = phone.lanes[0].marks
    assert [(m.kind, m.count) for m in marks] == [("cluster", 3), ("day", 1)]
    assert marks[0].label.startswith("3 events: 1 December 2016: E0; 2 December 2016: E1; 3 December 2016: E2")
    assert marks[1].x - marks[0].x >= 2 * phone.hit
    wide = site.overview(events, ACTORS)
    assert [m.kind for m in wide.lanes[0].marks] == ["day"] * 4        # room enough on a wide screen
    assert wide.legend == ["day"] and phone.legend == ["day", "cluster"]


def test_the_legend_shows_only_the_marks_drawn():
    model = sample_model()
    for e in model.events:
        if e.date and e.date.precision != "day":
            e.date = None
    html = render_site(model, sample_project())["index.html"].decode("utf-8")
    wide = re.search(r'<div class="overview-wide">.*?</div>', html, re.S)[0]
    assert re.findall(r'<span class="(lg-[a-z]+)"', wide) == ["lg-dot"]
    assert "past the edge" not in html


# ------------------------------------------------------------------------------------------------ big timelines
def big_model(n: int):
    """n events, one every three days from 1 January 2010, two actors each, one citation each."""
    from generator.model import Citation, Event, Model, PartialDate
    actors = {f"a{i}": Entity(f"a{i}", "actor", None, f"Actor {i}") for i in range(12)}
    events = [Event(f"e{i:05d}", Path(f"content/events/e{i:05d}.md"), f"Event {i}",
                    PartialDate.parse((dt.date(2010, 1, 1) + dt.timedelta(days=3 * i)).isoformat()),
                    actors=[f"a{i % 12}", f"a{(i * 7) % 12}"], sources=[Citation("s", 1, "q")]) for i in range(n)]
    config = {"title": "Big", "description": "", "base_url": "", "language": "en", "author": ""}
    return link(Model(config, events, actors, {}, {}, {}))


def test_a_timeline_over_the_budget_lists_its_months_on_the_home_page():
    model = big_model(site.HOME_EVENTS + 1)
    pages = render_site(model, sample_project())
    home = pages["index.html"].decode("utf-8")
    assert 'class="tl-event"' not in home and 'data-events=' not in home
    assert ('<li><a href="archive/2010-01.html"><time datetime="2010-01">January 2010</time></a> '
            '<span class="index-count">11 events</span></li>') in home
    assert '<h3 class="mi-year-title"><a href="archive/2010.html"><time datetime="2010">2010</time></a></h3>' in home
    # The strip's marks lead to the events on their months' pages.
    first = re.search(r'<a class="ov-mark ov-[a-z]+" href="([^"]+)"', home)[1]
    path, anchor = first.split("#")
    assert f'id="{anchor}"' in pages[path].decode("utf-8")
    assert len(pages["index.html"]) < 400_000
    small = render_site(big_model(site.HOME_EVENTS), sample_project())["index.html"].decode("utf-8")
    assert small.count('<li class="tl-event"') == site.HOME_EVENTS


@pytest.mark.parametrize("n", [site.HOME_EVENTS, site.HOME_EVENTS + 1])
def test_an_event_pages_timeline_link_lands_on_its_entry(n):
    pages = render_site(big_model(n), sample_project())
    for event_id in ("e00000", f"e{n - 1:05d}"):
        page = pages[f"events/{event_id}.html"].decode("utf-8")
        href = re.search(r'<a href="\.\./([^"]+)">Timeline</a>', page)[1]
        path, anchor = href.split("#")
        assert path == "index.html" if n == site.HOME_EVENTS else re.fullmatch(r"archive/\d{4}-\d\d\.html", path)
        assert f'id="{anchor}"' in pages[path].decode("utf-8")


# ------------------------------------------------------------------------------------------------ embedding
def test_embed_pages_have_no_site_chrome_and_open_links_in_the_top_window():
    pages = render_site(sample_model(), sample_project())
    lavrov = pages["embed/actors/sergey-lavrov.html"].decode("utf-8")
    assert '<base target="_top">' in lavrov and '<meta name="robots" content="noindex">' in lavrov
    assert 'rel="canonical"' not in lavrov and 'property="og:' not in lavrov      # never a page to share or index
    assert "site-header" not in lavrov and "site-footer" not in lavrov and "skip-link" not in lavrov
    assert '<h1><a href="../../actors/sergey-lavrov.html">Sergey Lavrov</a></h1>' in lavrov
    assert '<a href="../../events/2016-12-05-us-withdraws-its-proposal.html">' in lavrov
    assert lavrov.count('<li><time datetime=') == 4 and '<li class="tl-event"' not in lavrov   # a line each, as its page
    whole = pages["embed/index.html"].decode("utf-8")
    assert '<figure class="overview">' not in whole and whole.count('<li class="tl-event"') == 11
    assert {"embed/places/aleppo.html", "embed/tags/ceasefire.html"} <= set(pages)
    assert b"embed/" not in pages["sitemap.xml"]


def test_the_embed_box_offers_an_escaped_snippet():
    import html
    model = sample_model()
    model.actors["sergey-lavrov"].name = "<b>\"Tom\" & 'Jerry'</b>"
    pages = render_site(model, sample_project())
    page = pages["actors/sergey-lavrov.html"].decode("utf-8")
    box = re.search(r'<textarea class="embed-code"[^>]*>(.*?)</textarea>', page, re.S)[1]
    assert html.unescape(box) == (
        '<iframe src="https://example.org/aleppo-timeline/embed/actors/sergey-lavrov.html" '
        'title="&lt;b&gt;&#34;Tom&#34; &amp; &#39;Jerry&#39;&lt;/b&gt; — timeline" width="100%" height="420" '
        'style="border:0" loading="lazy"></iframe>')
    assert '<b>"Tom"' not in page
    embed = pages["embed/actors/sergey-lavrov.html"].decode("utf-8")
    assert '<b>"Tom"' not in embed and "&lt;b&gt;&#34;Tom&#34; &amp; &#39;Jerry&#39;&lt;/b&gt;" in embed


def test_without_a_base_url_the_snippet_is_relative_and_says_so():
    page = render_site(sample_model({"base_url": ""}), sample_project())["index.html"].decode("utf-8")
    assert 'data-src="embed/index.html" data-relative="yes">&lt;iframe src=&#34;embed/index.html&#34;' in page
    assert "The address is relative to this page" in page
