"""The live preview in a browser: the open page reloads after an edit, and a failed build shows its problems
over the last good page. Headless Chromium (the fixtures of test_site_quality); skipped without it locally,
failing under CI."""
from __future__ import annotations

import urllib.request

import pytest

from test_cache import make_project, replace
from test_serve import start_serve
from test_site_quality import browser  # noqa: F401 - the shared Chromium fixture

EVENT = "content/events/2016-12-05-ceasefire-holds.md"
PAGE = "events/2016-12-05-ceasefire-holds.html"


@pytest.fixture
def preview(tmp_path):
    """`python -m generator serve` on a free port for a small project: (project folder, base URL)."""
    root = make_project(tmp_path / "project")
    proc, url = start_serve(root)
    try:
        yield root, url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_open_page_reloads_after_an_edit_and_shows_a_failed_build_over_the_last_good_page(preview, browser):  # noqa: F811
    root, url = preview
    page = browser.new_page()
    blocked = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(url + PAGE)
    assert page.locator("h1").inner_text() == "Ceasefire holds"
    page.wait_for_function("() => performance.getEntriesByType('resource').some(r => r.name.includes('/_preview/state'))")

    replace(root / EVENT, "title: Ceasefire holds", "title: Truce holds")
    page.wait_for_function("() => document.querySelector('h1').textContent === 'Truce holds'", timeout=60_000)

    replace(root / EVENT, "date: 2016-12-05", "date: 2016-13-05")     # no month 13: the build fails
    overlay = page.locator("#preview-error")
    overlay.wait_for(timeout=60_000)
    assert overlay.get_attribute("role") == "alert"
    assert f"{EVENT}:3: error: date " in overlay.inner_text()
    assert page.locator("h1").inner_text() == "Truce holds", "the last good page stays"
    assert b"Truce holds" in (root / "site" / PAGE).read_bytes()

    replace(root / EVENT, "date: 2016-13-05", "date: 2016-12-05")
    overlay.wait_for(state="detached", timeout=60_000)
    assert page.locator("h1").inner_text() == "Truce holds"
    assert blocked == [], "the preview's script broke the Content-Security-Policy"
    page.close()


def test_the_reload_script_is_added_by_the_preview_only_never_to_the_built_site(preview):
    root, url = preview
    with urllib.request.urlopen(url + PAGE, timeout=10) as response:
        served = response.read()
    built = (root / "site" / PAGE).read_bytes()
    assert served == built.replace(b"</body>", b'<script src="/_preview/live.js"></script>\n</body>')
    assert not any(b"_preview" in p.read_bytes() for p in (root / "site").rglob("*") if p.is_file())
    with urllib.request.urlopen(url + "_preview/live.js", timeout=10) as response:
        assert response.headers["Content-Type"] == "text/javascript; charset=utf-8"
