"""The reader's timeline in Chromium: the overview strip's targets and its following the filter, search
over quotes and spelling variants, sorted by date.

Uses the browser, fixture site and server of test_site_quality (skips without Chromium, fails under CI)."""
from __future__ import annotations

import pytest

from test_site_quality import _page, browser, seed_site, server, site_dir  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

# The visible strip's marks, each as [its events, is it hidden]; the other layout is display: none.
VISIBLE_MARKS = """() => Array.from(document.querySelectorAll('.overview .ov-mark'))
    .filter(a => a.getClientRects().length)
    .map(a => a.getAttribute('data-events').split(' '))"""


@pytest.mark.parametrize("width", [320, 390, 960, 1280])
def test_every_mark_of_the_strip_is_a_target_of_at_least_24_pixels(browser, server, width):
    context, page, requests, errors = _page(browser, width=width)
    page.goto(server + "index.html")
    sizes = page.evaluate("""() => Array.from(document.querySelectorAll('.overview .ov-hit'))
        .filter(h => h.getClientRects().length)
        .map(h => { const r = h.getBoundingClientRect(); return [r.width, r.height]; })""")
    context.close()
    assert len(sizes) > 5 and min(min(s) for s in sizes) >= 24, sizes
    assert errors == []


@pytest.mark.parametrize("width", [390, 1280])
def test_the_strip_follows_the_active_filter(browser, server, width):
    context, page, requests, errors = _page(browser, width=width)
    page.goto(server + "index.html")
    everything = {e for mark in page.evaluate(VISIBLE_MARKS) for e in mark}
    page.locator(".facet[data-facet=place] button", has_text="Belgrade").click()
    listed = set(page.evaluate("Array.from(document.querySelectorAll('.tl-event:not([hidden])')).map(li => li.id)"))
    assert listed == {"event-2016-12-12-lavrov-rejects-us-ceasefire-proposal",
                      "event-2016-12-13-black-sea-economic-cooperation-meeting"}
    shown = page.evaluate(VISIBLE_MARKS)
    assert shown and all(set(ids) & listed for ids in shown)            # every mark left holds a listed event
    assert {e for ids in shown for e in ids} >= listed
    counts = page.evaluate("""() => Array.from(document.querySelectorAll('.overview .ov-mark'))
        .filter(a => a.getClientRects().length && a.querySelector('.ov-count'))
        .map(a => [a.querySelector('.ov-count').textContent, a.getAttribute('href')])""")
    assert all(n == "1" or int(n) <= 2 for n, _ in counts)
    assert all(href[1:] in listed for _, href in counts)
    assert "Marks shown: the 2 events with Belgrade." in page.locator("#overview-filter").inner_text()
    names = page.evaluate("""() => Array.from(document.querySelectorAll('.overview .ov-mark'))
        .filter(a => a.getClientRects().length).map(a => a.getAttribute('aria-label'))""")
    assert all("Belgrade" in n or "Black Sea" in n for n in names), names
    page.locator("#filter-status button").click()
    assert {e for mark in page.evaluate(VISIBLE_MARKS) for e in mark} == everything
    assert page.locator("#overview-filter").is_hidden()
    context.close()
    assert errors == []


def _results(page, query: str) -> list[str]:
    page.fill("#q", query)
    page.wait_for_function("document.getElementById('search-status').textContent.includes('found')")
    return page.locator("#search-results li a").all_inner_texts()


def test_search_finds_the_words_of_the_quoted_articles_and_spelling_variants(browser, server):
    context, page, requests, errors = _page(browser)
    page.goto(server + "search.html")
    page.wait_for_function("document.getElementById('search-status').textContent === ''")
    # "acceptable" is only in a quoted sentence, never in a headline or a body.
    assert _results(page, "acceptable") == ["Lavrov rejects the US ceasefire proposal in Belgrade"]
    ban = ["Ban Ki Moon alarmed by reports of atrocities in Aleppo"]
    assert _results(page, "Ban Ki-moon") == ban
    assert _results(page, "ban ki‐moon") == ban             # a Unicode hyphen
    assert _results(page, "BANKIMOON") == ban               # written as one word
    assert _results(page, "Lávrov belgrade") == ["Lavrov rejects the US ceasefire proposal in Belgrade",
                                                 "Lavrov attends the Black Sea Economic Cooperation meeting"]
    context.close()
    assert errors == []


def test_search_results_can_be_sorted_by_date(browser, server):
    context, page, requests, errors = _page(browser)
    page.goto(server + "search.html?q=lavrov&sort=date")
    page.wait_for_selector("#search-results li")
    assert page.locator("#sort").input_value() == "date"
    by_date = page.locator("#search-results li a").all_inner_texts()
    timeline = page.evaluate("fetch('search-index.json').then(r => r.json()).then(d => d.events.map(e => e.t))")
    assert len(by_date) >= 4 and by_date == [t for t in timeline if t in by_date]     # timeline order
    page.select_option("#sort", "relevance")
    by_score = page.locator("#search-results li a").all_inner_texts()
    assert sorted(by_score) == sorted(by_date) and by_score != by_date
    context.close()
    assert errors == []


# ------------------------------------------------------------------------------------------------ embedding
@pytest.fixture(scope="module")
def bare_site(tmp_path_factory):
    """The fixture timeline without a base_url, as config.yaml ships."""
    from generator.site.render import render_site
    from site_fixtures import sample_model, sample_project
    from test_site_quality import write_site
    return write_site(render_site(sample_model({"base_url": ""}), sample_project()), tmp_path_factory.mktemp("bare"))


def test_the_embed_snippet_shows_the_timeline_in_a_frame_on_another_site(browser, bare_site, tmp_path):
    from test_site_quality import _Server
    timeline, newsroom = _Server(bare_site), _Server(tmp_path)         # two origins: two ports
    try:
        context, page, requests, errors = _page(browser, width=1100)
        refused = []
        page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
        page.goto(timeline.url + "actors/sergey-lavrov.html")
        page.locator(".embed-box summary").click()
        snippet = page.locator("#embed-code").input_value()
        src = timeline.url + "embed/actors/sergey-lavrov.html"
        # 180 px and 60 px a line for four events (the page lists them a line each).
        assert snippet == (f'<iframe src="{src}" title="Sergey Lavrov — timeline" width="100%" height="420" '
                           'style="border:0" loading="lazy"></iframe>')
        (tmp_path / "article.html").write_text(
            f"<!DOCTYPE html><html lang=en><title>Article</title><h1>Our story</h1><p>Text.</p>{snippet}",
            encoding="utf-8")
        page.goto(newsroom.url + "article.html")
        frame = page.frame_locator("iframe")
        assert frame.locator("h1").inner_text() == "Sergey Lavrov"
        assert frame.locator(".site-header, .site-footer, .skip-link").count() == 0
        inner = page.frames[1]
        assert inner.url == src
        # The page is exactly as high as the frame, and a short list fits it: neither scrolls.
        assert inner.evaluate("document.documentElement.scrollHeight <= window.innerHeight")
        assert inner.evaluate("(l => l.scrollHeight <= l.clientHeight)(document.querySelector('.embed-list'))")
        assert inner.evaluate("getComputedStyle(document.querySelector('.embed-list')).overflowY") == "auto"
        frame.locator(".lines a", has_text="Lavrov rejects the US ceasefire proposal").click()
        page.wait_for_url(timeline.url + "events/2016-12-12-lavrov-rejects-us-ceasefire-proposal.html")
        assert page.locator("h1").inner_text() == "Lavrov rejects the US ceasefire proposal in Belgrade"
        context.close()
        assert refused == [] and errors == []
    finally:
        timeline.close()
        newsroom.close()


def test_the_whole_timeline_embeds_and_links_to_the_top_window(browser, bare_site, tmp_path):
    from test_site_quality import _Server
    timeline, newsroom = _Server(bare_site), _Server(tmp_path)
    try:
        context, page, requests, errors = _page(browser, width=390, height=800)
        page.goto(timeline.url + "index.html")
        snippet = page.locator("#embed-code").input_value()
        assert f'src="{timeline.url}embed/index.html"' in snippet
        (tmp_path / "a.html").write_text(f"<!DOCTYPE html><html lang=en><title>A</title>{snippet}", encoding="utf-8")
        page.goto(newsroom.url + "a.html")
        frame = page.frame_locator("iframe")
        assert frame.locator(".tl-event").count() == 11
        frame.locator(".embed-head h1 a").click()
        page.wait_for_url(timeline.url + "index.html")
        context.close()
        assert errors == []
    finally:
        timeline.close()
        newsroom.close()


# ------------------------------------------------------------------------------------------------ screenshots
@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory):
    """A 1,000-event timeline (benchmarks/bench_build.py's synthetic project), built with the command line."""
    import subprocess
    import sys
    from test_site_quality import ROOT
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_build import make_project
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    root = tmp_path_factory.mktemp("synthetic")
    make_project(root, 1000)
    proc = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "build"], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return root / "site"


@pytest.mark.parametrize("which", ["seeds", "1000-events"])
def test_screenshots_of_the_home_page_with_the_seeds_and_a_big_timeline(browser, request, which):
    from test_site_quality import SCREENSHOTS, _Server
    built = request.getfixturevalue("seed_site" if which == "seeds" else "synthetic_site")
    server = _Server(built)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = []
    try:
        for name, (w, h) in (("phone", (390, 844)), ("desktop", (1280, 900))):
            for scheme in ("light", "dark"):
                context, page, requests, errors = _page(browser, scheme, w, h)
                page.goto(server.url + "index.html")
                assert page.locator(".overview-phone" if name == "phone" else ".overview-wide").is_visible()
                assert page.evaluate("document.documentElement.scrollWidth") <= w
                target = SCREENSHOTS / f"home-{which}-{name}-{scheme}.png"
                page.screenshot(path=str(target), full_page=True)
                shots.append(target)
                missing = [u for u in requests if u.endswith("favicon.ico")]
                context.close()
                assert errors == [] and missing == []
    finally:
        server.close()
    assert all(p.stat().st_size > 10_000 for p in shots)



def test_brushing_a_stretch_of_the_strip_keeps_its_events(browser, server):
    context, page, requests, errors = _page(browser, width=1280)
    page.goto(server + "index.html")
    total = page.locator(".tl-event").count()
    # Screen positions of the start of 5 December and the end of 7 December on the wide strip's axis.
    xs, y = page.evaluate("""() => {
        const svg = document.querySelector('.overview-wide svg');
        const x0 = +svg.dataset.x0, scale = +svg.dataset.scale, start = Date.parse(svg.dataset.start) / 864e5;
        const at = iso => { const p = svg.createSVGPoint(); p.x = x0 + (Date.parse(iso) / 864e5 - start) * scale;
                            p.y = 0; return p.matrixTransform(svg.getScreenCTM()).x; };
        const area = svg.querySelector('.ov-brush-area').getBoundingClientRect();
        return [[at('2016-12-05') + 2, at('2016-12-08') - 2], area.bottom - 3];
    }""")
    page.mouse.move(xs[0], y)
    page.mouse.down()
    page.mouse.move(xs[1], y, steps=5)
    page.mouse.up()
    listed = page.evaluate("Array.from(document.querySelectorAll('.tl-event:not([hidden])')).map(li => li.id)")
    assert sorted(listed) == ["event-2016-12-05-us-withdraws-its-proposal",
                              "event-2016-12-06-armed-groups-refuse-to-withdraw",
                              "event-2016-12-06-lavrov-says-wednesday-consultations-cancelled",
                              "event-2016-12-07-us-russia-experts-consultations-on-aleppo"]
    assert "Showing 4 of 11 events from 5 December 2016 to 7 December 2016." in \
        page.locator("#filter-status").inner_text()
    assert all(set(ids) & set(listed) for ids in page.evaluate(VISIBLE_MARKS))
    page.locator("#filter-status button").click()
    assert page.locator(".tl-event:visible").count() == total
    context.close()
    assert errors == []
