"""Rendering, as a reader sees it: the exact bits of HTML that matter."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from generator.model import Citation, Entity, Event, Model, PartialDate, Source, link
from generator.site.render import BodyRenderer, LinkTable, Target, json_ld, plain_text, render_site
from generator.site import pages as site
from site_fixtures import sample_model, sample_project

EVENT = "events/2016-12-05-us-withdraws-its-proposal.html"
SOURCE = "sources/rt-2016-12-06-us-withdraws-aleppo-proposals.html"


@pytest.fixture(scope="module")
def pages() -> dict[str, bytes]:
    return render_site(sample_model(), sample_project())


def page(pages, path) -> str:
    return pages[path].decode("utf-8")


def tiny_model(title="A", body="", quote="It happened.", name="Ann Lee", date="2016-12-02", settings=None) -> Model:
    actor = Entity("ann-lee", "actor", Path("content/actors/ann-lee.md"), name, ["Lee"], "person", "")
    src = Source("src", Path("content/sources/src.md"), "Story", "Outlet", dt.date(2016, 12, 6), "https://example.com/s",
                 "seeds/s.txt", ["First paragraph.", f"Before. {quote} After."])
    event = Event("e1", Path("content/events/e1.md"), title, PartialDate.parse(date) if date else None,
                  actors=["ann-lee"], sources=[Citation("src", 2, quote)], body=body)
    config = {"title": "T", "description": "D", "base_url": "", "language": "en", "author": "", **(settings or {})}
    return link(Model(config, [event], {"ann-lee": actor}, {}, {}, {"src": src}))


# ------------------------------------------------------------------------------------------------ pages
def test_the_site_has_every_page_and_export(pages):
    for path in ("index.html", "404.html", "search.html", EVENT, SOURCE, "actors/sergey-lavrov.html",
                 "places/aleppo.html", "tags/ceasefire.html", "actors/index.html", "places/index.html",
                 "tags/index.html", "sources/index.html", "archive/index.html", "archive/2016-12.html",
                 "archive/2016-11.html", "archive/2016.html", "feed.xml", "sitemap.xml",
                 "robots.txt", "events.ics", "timeline.json", "model.json", "search-index.json",
                 "static/style.css", "static/filter.js", "static/search.js"):
        assert path in pages, path


def test_rendering_twice_gives_identical_bytes():
    assert render_site(sample_model(), sample_project()) == render_site(sample_model(), sample_project())


def test_partial_dates_are_shown_as_such(pages):
    home = page(pages, "index.html")
    assert '<h3 class="tl-day-title">Some time in <time datetime="2016-11">November 2016</time></h3>' in home
    assert '<h3 class="tl-day-title"><time datetime="2016-12-02">Friday 2 December 2016</time></h3>' in home


def test_undated_events_come_last_under_date_unknown(pages):
    home = page(pages, "index.html")
    last_month = home.rindex('<li class="tl-month"')
    assert home.index('<h2 class="tl-month-title">Date unknown</h2>') > last_month
    assert home.index('id="event-undated-us-russia-withdrawal-talks"') > last_month
    assert '<h3 class="tl-day-title">Not dated by the sources</h3>' in home
    assert ('<p class="tl-date tl-why"><span class="tl-label">No date</span> the article does not say which '
            'Tuesday</p>') in home


def test_timeline_is_an_ordered_list_of_months_days_and_events(pages):
    home = page(pages, "index.html")
    assert '<ol class="timeline">' in home and '<ol class="tl-days">' in home and '<ol class="tl-events">' in home
    order = [m for m in re.findall(r'<li class="tl-event" id="event-([^"]+)"', home)]
    assert order == [e.id for e in sample_model().events]


def test_links_are_relative_to_the_page_they_are_on(pages):
    home, event = page(pages, "index.html"), page(pages, EVENT)
    assert f'<a href="{EVENT}">US withdraws its Aleppo proposal, Lavrov says</a>' in home
    assert '<link rel="stylesheet" href="../static/style.css">' in event
    assert '<li><a href="../actors/sergey-lavrov.html">Sergey Lavrov</a></li>' in event
    assert '<a href="../index.html#event-2016-12-05-us-withdraws-its-proposal">Timeline</a>' in event
    assert not re.search(r'(href|src)="/', "".join(p.decode() for k, p in pages.items() if k.endswith(".html")))


def test_base_url_feeds_only_canonical_links_and_absolute_exports(pages):
    event = page(pages, EVENT)
    assert f'<link rel="canonical" href="https://example.org/aleppo-timeline/{EVENT}">' in event
    assert '<link rel="canonical" href="https://example.org/aleppo-timeline/">' in page(pages, "index.html")
    assert event.count("https://example.org/") == 2 + event.count('"url":"https://example.org')  # canonical + og:url
    bare = render_site(sample_model({"base_url": ""}), sample_project())
    assert 'rel="canonical"' not in bare[EVENT].decode()
    assert "sitemap.xml" not in bare
    assert bare["robots.txt"] == b"User-agent: *\nAllow: /\n"


def test_event_page_shows_dating_quotes_and_paragraph_links(pages):
    event = page(pages, EVENT)
    assert '<dt>How it was dated</dt>\n<dd>From the words “abruptly”: day before publication (6 December 2016)</dd>' in event
    assert ('<blockquote cite="https://www.rt.com/news/369312-us-withdraw-aleppo-proposal/">\n<p>Just as the US '
            'and Russia were preparing') in event
    assert f'<a href="../{SOURCE}#p1">RT, 6 December 2016, paragraph 1</a>' in event
    assert f'<a href="../{SOURCE}#p3">RT, 6 December 2016, paragraph 3</a>' in event


def test_event_page_links_previous_next_and_related_events(pages):
    event = page(pages, EVENT)
    assert '<a class="pager-prev" href="../events/2016-12-02-kerry-delivers-a-new-aleppo-plan.html" rel="prev">' in event
    assert '<a class="pager-next" href="../events/2016-12-06-armed-groups-refuse-to-withdraw.html" rel="next">' in event
    related = re.search(r'<ul class="related-list">(.*?)</ul>', event, re.S)[1]
    # The three best related events (site.RELATED), in date order.
    assert re.findall(r'href="([^"]+)"', related) == [
        "../events/2016-12-06-lavrov-says-wednesday-consultations-cancelled.html",   # 2 actors, Aleppo, a tag, a day later
        "../events/2016-12-07-us-russia-experts-consultations-on-aleppo.html",
        "../events/2016-12-12-lavrov-rejects-us-ceasefire-proposal.html"]            # as many points, a week later
    # Each with its date, plainly after the link.
    assert ('<li><a href="../events/2016-12-07-us-russia-experts-consultations-on-aleppo.html">') in related
    assert re.search(r'</a> <time datetime="2016-12-07">7 December 2016</time></li>', related)
    # Five, with the two that score less (Armed groups..., and the undated talks):
    five = [e.id for e in site.related_events(sample_model(), sample_model().events_by_id[EVENT[7:-5]], limit=5)]
    assert five[0] == "2016-12-06-armed-groups-refuse-to-withdraw" and five[-1] == "undated-us-russia-withdrawal-talks"


def test_source_page_numbers_paragraphs_and_marks_cited_sentences(pages):
    src = page(pages, SOURCE)
    assert '<li class="para cited" id="p5">\n<a class="pnum" href="#p5" aria-label="Paragraph 5">5</a>' in src
    assert ('<p><mark><a href="../events/2016-12-02-kerry-delivers-a-new-aleppo-plan.html">Kerry delivered a new '
            'plan for an Aleppo settlement to the Russians on Friday.</a></mark></p>') in src
    assert '<a class="external" href="https://www.rt.com/news/369312-us-withdraw-aleppo-proposal/"' in src
    assert '<dt>Published</dt><dd><time datetime="2016-12-06">6 December 2016</time></dd>' in src


def test_a_quote_with_other_quote_marks_and_spacing_is_still_found():
    model = tiny_model(quote="It  “happened”.")
    model.sources["src"].paragraphs[1] = 'Before. It "happened". After.'
    html = render_site(model, sample_project())["sources/src.html"].decode()
    assert '<mark><a href="../events/e1.html">It &#34;happened&#34;.</a></mark>' in html


def test_entity_pages_have_their_own_timeline(pages):
    actor = page(pages, "actors/sergey-lavrov.html")
    assert "<h1>Sergey Lavrov</h1>" in actor
    assert '<p class="aliases">Also written: Sergei Lavrov, Lavrov</p>' in actor
    # A line an event (date, headline), by year: the event's page has the rest.
    assert '<li class="lines-group"><h3 class="lines-title"><time datetime="2016">2016</time></h3>' in actor
    assert ('<li><time datetime="2016-12-05">5 December 2016</time> <a href="../events/2016-12-05-us-withdraws-its-'
            'proposal.html">US withdraws its Aleppo proposal, Lavrov says</a></li>') in actor
    assert len(re.findall(r'<li><time', actor)) == 4 and '<li class="tl-event"' not in actor
    kerry = page(pages, "actors/john-kerry.html")
    assert ('<p><a href="../actors/united-states.html">US</a> Secretary of State, 2013–2017. Negotiated with '
            '<a href="../actors/sergey-lavrov.html">Sergey Lavrov</a> over <a href="../places/aleppo.html">Aleppo</a>.</p>') in kerry


def test_archive_pages_per_year_and_month(pages):
    month = page(pages, "archive/2016-12.html")
    assert '<h1><time datetime="2016-12">December 2016</time></h1>' in month
    assert len(re.findall(r'<li class="tl-event"', month)) == 8
    assert '<li class="tl-day" id="d-2016-12-13">' in month
    index = page(pages, "archive/index.html")
    assert '<a href="../archive/2016-12.html"><time datetime="2016-12">December 2016</time></a>' in index
    # A day links to its heading on its month's page.
    assert ('<li><a href="../archive/2016-12.html#d-2016-12-13"><time datetime="2016-12-13">Tuesday 13 December 2016'
            '</time></a> <span class="index-count">2 events</span></li>') in index


def test_a_year_page_lists_its_months_and_the_events_known_only_to_the_year(pages):
    year = page(pages, "archive/2016.html")
    assert '<li class="tl-event"' not in year
    assert ('<li><a href="../archive/2016-12.html"><time datetime="2016-12">December 2016</time></a> '
            '<span class="index-count">8 events</span></li>') in year
    # The overview strip links to an event known only to its year on the year's page.
    assert ('<h2 class="lines-title">Some time in <time datetime="2016">2016</time></h2>\n<ol>\n'
            '<li id="event-2016-syria-civilians-trapped"><time datetime="2016">2016</time> '
            '<a href="../events/2016-syria-civilians-trapped.html">Civilians trapped in eastern Aleppo</a></li>') in year
    assert len(re.findall(r'<li id="event-', year)) == 1


def test_a_year_known_only_as_a_year_has_no_month_list():
    year = page(render_site(tiny_model(date="2016"), sample_project()), "archive/2016.html")
    assert "mi-months" not in year
    assert '<li id="event-e1"><time datetime="2016">2016</time> <a href="../events/e1.html">A</a></li>' in year


def test_404_works_from_any_depth(pages):
    nf = page(pages, "404.html")
    assert "<style>" in nf and 'rel="stylesheet"' not in nf
    assert '<a class="button" href="https://example.org/aleppo-timeline/index.html">' in nf


def test_404_links_are_absolute_only_with_a_base_url():
    nf = page(render_site(tiny_model(), sample_project()), "404.html")     # tiny_model has no base_url
    assert '<a class="button" href="index.html">Go to the timeline</a> or <a href="search.html">' in nf


def test_every_page_has_landmarks_skip_link_and_json_ld(pages):
    for path, data in pages.items():
        if path.endswith(".html"):
            html = data.decode()
            chrome = ('<a class="skip-link" href="#main">', "<header", '<nav class="site-nav" aria-label="Site">',
                      "<footer")
            for needle in (() if path.startswith("embed/") else chrome) + (   # embed pages: no site chrome
                    '<main class="embed" id="main"' if path.startswith("embed/") else '<main id="main"',
                    '<script type="application/ld+json">', "<h1"):
                assert needle in html, (path, needle)
            ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
            assert json.loads(ld)["@context"] == "https://schema.org"


def test_search_page_works_without_javascript_by_saying_so(pages):
    search = page(pages, "search.html")
    assert '<form class="search-form" action="search.html" method="get" role="search"' in search
    assert "<noscript>" in search and "needs JavaScript" in search


# ------------------------------------------------------------------------------------------------ escaping
HOSTILE = '<script>alert("x")</script>'


def test_hostile_text_is_escaped_everywhere():
    model = tiny_model(title=f"Title {HOSTILE}", body=f"Body {HOSTILE} <img src=x onerror=alert(1)> [x](javascript:alert(1))",
                       quote=f"Quote {HOSTILE}.", name=f'Ann "><script>alert(1)</script>')
    pages = render_site(model, sample_project())
    for path, data in pages.items():
        text = data.decode("utf-8")
        if path.endswith(".html"):
            # Inside JSON-LD the text stays JSON ("</" written "<\/"); everywhere else it is escaped HTML.
            text = re.sub(r'<script type="application/ld\+json">.*?</script>', "", text, flags=re.S)
            assert "<script>alert" not in text, path
            assert "<img" not in text and "javascript:" not in text, path
    event = pages["events/e1.html"].decode()
    assert "<h1>Title &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</h1>" in event
    assert "<p>Body &lt;script&gt;alert(\"x\")&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; <a>x</a></p>" in event
    assert '"name":"Title \\u003cscript\\u003ealert(\\"x\\")\\u003c/script\\u003e"' in event   # JSON-LD: no markup


def test_json_ld_cannot_close_its_script_element():
    assert str(json_ld({"name": "</script><!-- & >"})) == '{"name":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u003e"}'


# ------------------------------------------------------------------------------------------------ markdown bodies
def _renderer() -> BodyRenderer:
    table = LinkTable()
    lavrov = Target("actors/sergey-lavrov.html", "Sergey Lavrov", "actor:sergey-lavrov")
    aleppo = Target("places/aleppo.html", "Aleppo", "place:aleppo")
    table.add_slug("sergey-lavrov", lavrov)
    table.add_slug("aleppo", aleppo)
    for name in ("Sergey Lavrov", "Lavrov"):
        table.add_name(name, lavrov)
    for name in ("Aleppo", "East Aleppo"):
        table.add_name(name, aleppo)
    table.compile()
    return BodyRenderer(table)


def test_slug_links_and_first_mentions_become_relative_links():
    html = _renderer().render("Lavrov spoke. Lavrov again, on [[aleppo]] and [[nobody]].", "events/e.html")
    assert html == ('<p><a href="../actors/sergey-lavrov.html">Lavrov</a> spoke. Lavrov again, on '
                    '<a href="../places/aleppo.html">Aleppo</a> and [[nobody]].</p>')


def test_longest_name_wins_and_words_are_not_split():
    html = _renderer().render("Shelling in East Aleppo. Aleppoans and Lavrovian prose.", "index.html")
    assert html == '<p>Shelling in <a href="places/aleppo.html">East Aleppo</a>. Aleppoans and Lavrovian prose.</p>'


def test_names_inside_links_and_code_are_left_alone():
    html = _renderer().render("[Lavrov's page](https://example.com) and `Aleppo`, then Aleppo.", "index.html")
    assert html == ('<p><a href="https://example.com">Lavrov\'s page</a> and <code>Aleppo</code>, then '
                    '<a href="places/aleppo.html">Aleppo</a>.</p>')


def test_a_page_does_not_link_to_itself():
    html = _renderer().render("Lavrov in Aleppo.", "actors/sergey-lavrov.html", skip=("actor:sergey-lavrov",))
    assert html == '<p>Lavrov in <a href="../places/aleppo.html">Aleppo</a>.</p>'


def test_images_become_links_so_no_request_leaves_the_site():
    assert _renderer().render("![map](https://example.com/m.png)", "index.html") == \
        '<p><a href="https://example.com/m.png">map</a></p>'


def test_plain_text_of_a_body():
    assert plain_text("**Lavrov** met [[john-kerry]] in [Rome](https://x).\n\nThen left.", {"john-kerry": "John Kerry"}) \
        == "Lavrov met John Kerry in Rome. Then left."


# ------------------------------------------------------------------------------------------------ derived data
def test_relative_urls_between_pages():
    assert site.relative("index.html", "events/a.html") == "events/a.html"
    assert site.relative("events/a.html", "actors/b.html") == "../actors/b.html"
    assert site.relative("events/a.html", "events/b.html#x") == "../events/b.html#x"
    assert site.relative("events/a.html", "events/a.html#x") == "#x"
    assert site.relative("archive/2016-12.html", "index.html#e1") == "../index.html#e1"


def test_groups_place_partial_dates_at_the_start_of_their_period():
    groups = site.group_events(sample_model().events)
    assert [(g.key, g.label) for g in groups] == [("2016", "2016"), ("2016-11", "November 2016"),
                                                  ("2016-12", "December 2016"), ("undated", "Date unknown")]
    assert [d.label for d in groups[2].days] == ["Friday 2 December 2016", "Monday 5 December 2016",
                                                 "Tuesday 6 December 2016", "Wednesday 7 December 2016",
                                                 "Monday 12 December 2016", "Tuesday 13 December 2016"]


def test_related_events_rank_shared_actors_then_places_then_nearness_and_list_in_date_order():
    model = sample_model()
    event = model.events_by_id["2016-12-13-black-sea-economic-cooperation-meeting"]
    # The best three (Lavrov and Belgrade; Lavrov, a week earlier; then the next best), listed by date.
    assert [e.id for e in site.related_events(model, event, limit=3)] == [
        "2016-12-05-us-withdraws-its-proposal",
        "2016-12-06-lavrov-says-wednesday-consultations-cancelled",
        "2016-12-12-lavrov-rejects-us-ceasefire-proposal"]
    assert [e.id for e in site.related_events(model, event, limit=2)] == [
        "2016-12-06-lavrov-says-wednesday-consultations-cancelled",
        "2016-12-12-lavrov-rejects-us-ceasefire-proposal"]


def _spread(dates: list[str]) -> list[Event]:
    return [Event(f"e{i}", Path("x"), f"E{i}", PartialDate.parse(d), actors=["a"]) for i, d in enumerate(dates)]


@pytest.mark.parametrize("dates, unit, first_label", [
    (["2016-12-02", "2016-12-13"], "day", "1 Dec"),
    (["2016-01-15", "2017-06-01"], "month", "Jan 2016"),
    (["1989-11-09", "2019-11-09"], "year", "1989"),
])
def test_overview_scale_follows_the_span(dates, unit, first_label):
    actors = {"a": Entity("a", "actor", None, "A")}
    strip = site.overview(_spread(dates), actors)
    assert strip.unit == unit
    assert strip.ticks[0].label == first_label
    assert len(strip.ticks) <= 16
    xs = [m.x for m in strip.lanes[0].marks]
    assert strip.left <= min(xs) < max(xs) <= strip.right


def test_overview_lanes_are_the_busiest_actors_and_others():
    model = sample_model()
    strip = site.overview(model.events, model.actors, max_lanes=4)
    assert [lane.label for lane in strip.lanes] == ["United States", "Russia", "Sergey Lavrov", "Others"]
    assert {m.href for lane in strip.lanes for m in lane.marks} == \
        {f"#event-{e.id}" for e in model.events if e.date is not None}


def test_overview_gives_the_axis_to_the_days_and_vague_periods_a_box_at_the_edge():
    model = sample_model()
    strip = site.overview(model.events, model.actors)
    assert (strip.start, strip.end) == (dt.date(2016, 12, 1), dt.date(2016, 12, 15))    # not from 1 November
    assert [(e.label, e.side) for e in strip.edges] == [("2016", "before"), ("Nov 2016", "before")]
    year = next(m for lane in strip.lanes for m in lane.marks if m.href == "#event-2016-syria-civilians-trapped")
    assert year.kind == "edge" and year.x == strip.edges[0].x
    assert strip.breaks and strip.edges[-1].x + strip.edges[-1].width < strip.breaks[0] < strip.left


def test_overview_marks_are_links_with_accessible_names(pages):
    home = page(pages, "index.html")
    assert ('<a class="ov-mark ov-day" href="#event-2016-12-02-kerry-delivers-a-new-aleppo-plan" '
            'data-events="event-2016-12-02-kerry-delivers-a-new-aleppo-plan" aria-label="Russia — '
            '2 December 2016: Kerry delivers a new plan for an Aleppo settlement"><title>2 December 2016: Kerry '
            'delivers a new plan for an Aleppo settlement</title><circle class="ov-hit"') in home


def test_archive_runs_year_then_months_in_order_and_indexes_days():
    pages = site.archives(sample_model().events)
    assert [(p.path, len(p.events)) for p in pages] == [
        ("archive/2016.html", 10), ("archive/2016-11.html", 1), ("archive/2016-12.html", 8)]
    [(year, months)] = site.archive_tree(pages)
    assert [(m.label, [d.label for d in days]) for m, days in months] == [
        ("November 2016", []),
        ("December 2016", ["Friday 2 December 2016", "Monday 5 December 2016", "Tuesday 6 December 2016",
                           "Wednesday 7 December 2016", "Monday 12 December 2016", "Tuesday 13 December 2016"])]
    days = months[1][1]
    assert [(d.path, len(d.events)) for d in days][-1] == ("archive/2016-12.html#d-2016-12-13", 2)


def test_a_name_shared_by_an_actor_and_a_place_says_which_in_the_title():
    model = sample_model()
    model.actors["syria"] = Entity("syria", "actor", None, "Syria", type="country")
    pages = render_site(link(model), sample_project())
    assert "<title>Syria (actor) — " in pages["actors/syria.html"].decode()
    assert "<title>Syria (place) — " in pages["places/syria.html"].decode()
    assert "<title>Aleppo — " in pages["places/aleppo.html"].decode()


def test_a_source_url_that_is_not_a_web_address_is_shown_not_linked():
    model = tiny_model()
    model.sources["src"].url = "javascript:alert(1)"
    pages = render_site(model, sample_project())
    assert "<dt>Original</dt><dd>javascript:alert(1)</dd>" in pages["sources/src.html"].decode()
    assert 'href="javascript:' not in pages["sources/src.html"].decode()
    assert "<blockquote>" in pages["events/e1.html"].decode()


def test_an_empty_timeline_still_renders_a_site():
    empty = Model({"title": "Empty", "description": "", "base_url": "", "language": "en", "author": ""},
                  [], {}, {}, {}, {})
    pages = render_site(link(empty), sample_project())
    home = pages["index.html"].decode()
    assert '<p class="empty">No events yet.</p>' in home and "<svg" not in home
    assert json.loads(pages["timeline.json"])["events"] == []
    assert b"BEGIN:VEVENT" not in pages["events.ics"]


def test_overview_phone_layout_puts_names_above_lanes_and_fits_the_whole_span():
    model = sample_model()
    wide, phone = site.overview(model.events, model.actors), site.overview(model.events, model.actors, width=400,
                                                                            compact=True)
    assert (phone.start, phone.end) == (wide.start, wide.end)
    assert [e.label for e in phone.edges] == [e.label for e in wide.edges] == ["2016", "Nov 2016"]
    assert [t.label for t in phone.ticks] == ["1 Dec", "8"] and len(wide.ticks) > len(phone.ticks)
    home = render_site(model, sample_project())["index.html"].decode()
    assert '<div class="overview-wide">' in home and '<div class="overview-phone">' in home
    assert f'<text class="ov-lane-label" x="{phone.left}" y="' in home     # above the days, clear of the edge boxes


# ------------------------------------------------------------------------------------------------ speed paths
def hostile_model() -> Model:
    """Every field an event list item shows holds characters that must be escaped."""
    bad = "<b>\"Tom\" & 'Jerry'</b>"
    actor = Entity("a&b", "actor", Path("content/actors/a.md"), bad, [], "person", "")
    place = Entity("p", "place", Path("content/places/p.md"), "Ras <al> 'Ain'", [], "", "")
    src = Source("s<1>", Path("content/sources/s.md"), bad, "", dt.date(2016, 12, 6), "", "", ["Text."])
    src2 = Source("s2", Path("content/sources/s2.md"), "T", "O&O", None, "", "", ["Text."])
    events = [
        Event("e-1", Path("content/events/e-1.md"), bad, PartialDate.parse("2016-12"), actors=["a&b", "missing"],
              places=["p"], tags=["t\"x"], sources=[Citation("s<1>", 1, "Text."), Citation("s2", 1, "Text.")]),
        Event("e-2", Path("content/events/e-2.md"), "Plain", PartialDate.parse("2016-12-02"),
              end=PartialDate.parse("2016-12-05")),
        Event("e-3", Path("content/events/e-3.md"), "Undated", None, places=["p"]),
    ]
    config = {"title": "T", "description": "D", "base_url": "", "language": "en", "author": ""}
    return link(Model(config, events, {"a&b": actor}, {"p": place}, {}, {"s<1>": src, "s2": src2}))


@pytest.mark.parametrize("model", [sample_model(), hostile_model()], ids=["sample", "hostile"])
def test_event_list_items_written_in_python_match_the_template_exactly(model):
    from generator.site import render
    s = render._Site(model, sample_project().templates)
    assert s.fast_items, "templates/_macros.html changed: update render._event_item_html, then _ITEM_MACROS_SHA256"
    template = s.env.get_template("_event_item.html")
    for e in model.events:
        for page_path in ("index.html", "events/x.html", "a/b/c.html"):
            for level in (4, 5):
                jinja = template.render(page_path=page_path, absolute_links=False, e=e, level=level).strip("\n")
                assert render._event_item_html(s, e, level, "../" * page_path.count("/")) == jinja


def test_a_project_that_changes_the_item_macros_renders_items_with_its_own_templates(tmp_path):
    import shutil
    from generator.site import render
    from generator.config import PACKAGE_TEMPLATES
    shutil.copytree(PACKAGE_TEMPLATES, tmp_path / "templates")
    macros = tmp_path / "templates" / "_macros.html"
    macros.write_text(macros.read_text(encoding="utf-8").replace('<article class="tl-card">', '<article class="card">'),
                      encoding="utf-8")
    assert not render._Site(sample_model(), tmp_path / "templates").fast_items
    project = sample_project(settings={"templates": str(tmp_path / "templates")})
    home = render_site(sample_model(), project)["index.html"].decode("utf-8")
    assert '<article class="card">' in home and 'class="tl-card"' not in home


def test_rendering_in_parallel_gives_the_same_bytes(monkeypatch):
    from generator.site import render
    model = sample_model()
    monkeypatch.setenv("TIMELINE_JOBS", "1")
    serial = render_site(model, sample_project())
    monkeypatch.setattr(render, "PARALLEL_MIN_JOBS", 1)
    monkeypatch.setenv("TIMELINE_JOBS", "3")
    assert render._workers(10) == 3
    assert render_site(model, sample_project()) == serial
    assert list(render_site(model, sample_project())) == list(serial)


def test_a_failing_worker_share_is_rendered_again_here(monkeypatch):
    from generator.site import render
    model = sample_model()
    serial = render_site(model, sample_project())
    monkeypatch.setattr(render, "PARALLEL_MIN_JOBS", 1)
    monkeypatch.setenv("TIMELINE_JOBS", "2")
    parent = __import__("os").getpid()
    real = render._run_share

    def flaky(s, jobs):
        if __import__("os").getpid() != parent:
            raise RuntimeError("worker dies")
        return real(s, jobs)
    monkeypatch.setattr(render, "_run_share", flaky)
    assert render_site(model, sample_project()) == serial


def test_a_killed_worker_share_is_rendered_again_here(monkeypatch):
    import os
    import signal
    from generator.site import render
    model = sample_model()
    serial = render_site(model, sample_project())
    monkeypatch.setattr(render, "PARALLEL_MIN_JOBS", 1)
    monkeypatch.setenv("TIMELINE_JOBS", "2")
    parent = os.getpid()
    real = render._run_share

    def killed(s, jobs):
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(s, jobs)
    monkeypatch.setattr(render, "_run_share", killed)
    assert render_site(model, sample_project()) == serial


# ------------------------------------------------------------------------ [[links]]: one rule everywhere
def test_spaces_inside_link_brackets_link_like_without():
    html = page(render_site(tiny_model(body="Met [[ ann-lee ]] and [[src]]."), sample_project()), "events/e1.html")
    assert '<p>Met <a href="../actors/ann-lee.html">Ann Lee</a> and <a href="../sources/src.html">Story</a>.</p>' in html


def test_links_in_code_stay_as_written():
    body = "Write `[[ann-lee]]`.\n\n```\n[[src]]\n```"
    html = page(render_site(tiny_model(body=body), sample_project()), "events/e1.html")
    assert "<p>Write <code>[[ann-lee]]</code>.</p>\n<pre><code>[[src]]\n</code></pre>" in html


def test_plain_text_keeps_code_and_trims_link_spaces():
    assert plain_text("See `[[x]]` and [[ ann-lee ]].", {"ann-lee": "Ann Lee"}) == "See [[x]] and Ann Lee."


def test_event_and_source_links_read_as_their_titles_in_plain_text():
    pages = render_site(tiny_model(title="Talks fail", body="After [[e1]], as [[src]] says."), sample_project())
    text = "After Talks fail, as Story says."
    assert f'<meta name="description" content="2 December 2016: Talks fail. {text}">' in page(pages, "events/e1.html")
    assert json.loads(pages["search-index.json"])["events"][0]["b"] == text
    assert f"<summary>2 December 2016. {text}</summary>" in page(pages, "feed.xml")
    assert f"DESCRIPTION:{text.replace(',', chr(92) + ',')}" in page(pages, "events.ics").replace("\r\n ", "")


# ------------------------------------------------------------------------------------- element ids
@pytest.mark.parametrize("event_id", ["main", "timeline", "filter-status", "filters-title", "overview-caption",
                                      "m-2016-12", "d-2016-12-02"])
def test_an_event_id_never_duplicates_an_element_id(event_id):
    model = tiny_model()
    model.events[0].id = event_id
    pages = render_site(link(model), sample_project())
    for path in ("index.html", "actors/ann-lee.html", "archive/2016-12.html"):
        ids = re.findall(r'\sid="([^"]+)"', page(pages, path))
        # An entity page lists its events a line each, without anchors: the lists with cards have them.
        assert len(ids) == len(set(ids)) and (f"event-{event_id}" in ids) == (path != "actors/ann-lee.html"), path
    assert f'<a href="../index.html#event-{event_id}">Timeline</a>' in page(pages, f"events/{event_id}.html")


def test_no_template_id_starts_with_the_event_anchor_prefix():
    for tpl in (Path(__file__).parent.parent / "templates").glob("*.html"):
        assert not re.search(r'\sid="event-', tpl.read_text(encoding="utf-8")), tpl
