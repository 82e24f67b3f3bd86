"""What a hostile content file can and cannot do to a reader: every page and export escapes what it did not
write itself, a body's links can never run script, and the browser refuses anything but the site's own files.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.model import Citation, Entity, Event, Model, PartialDate, Source, link
from generator.site.render import BodyRenderer, LinkTable, Target, render_site, sanitize_body, web_url
from site_fixtures import sample_model, sample_project

POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
          "base-uri 'none'; form-action 'self'")


def renderer() -> BodyRenderer:
    table = LinkTable()
    aleppo = Target("places/aleppo.html", "Aleppo", "place:aleppo")
    table.add_slug("aleppo", aleppo)
    table.add_name("Aleppo", aleppo)
    table.compile()
    return BodyRenderer(table)


def body(text: str) -> str:
    return renderer().render(text, "events/e.html")


class _Urls(HTMLParser):
    """Every href and src as the browser reads it: character references decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.urls += [value for name, value in attrs if name in ("href", "src") and value is not None]


def urls(html: str) -> list[str]:
    parser = _Urls()
    parser.feed(html)
    return parser.urls


def scheme(url: str) -> str:
    """The scheme a browser would use: it ignores tabs and newlines anywhere and spaces at the ends."""
    cleaned = re.sub(r"[\t\n\r]", "", url).strip("".join(map(chr, range(0x21)))).lower()
    m = re.match(r"([a-z][a-z0-9+.-]*):", cleaned)
    return m[1] if m else ""


def model_with(body: str = "", actor_name: str = "Ann Lee", source_url: str = "https://example.com/s") -> Model:
    actor = Entity("ann-lee", "actor", Path("content/actors/ann-lee.md"), actor_name, [], "person", "")
    src = Source("src", Path("content/sources/src.md"), "Story", "Outlet", dt.date(2016, 12, 6), source_url,
                 "seeds/s.txt", ["It happened."])
    event = Event("e1", Path("content/events/e1.md"), "Talks", PartialDate.parse("2016-12-02"),
                  actors=["ann-lee"], sources=[Citation("src", 1, "It happened.")], body=body)
    config = {"title": "T", "description": "D", "base_url": "", "language": "en", "author": ""}
    return link(Model(config, [event], {"ann-lee": actor}, {}, {}, {"src": src}))


# ------------------------------------------------------------------------------------------------ body links
HOSTILE_LINKS = [
    "[x](javascript&#58;alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](javascript&#x3a;alert(1))",
    "[x](JavaScript&#X3A;alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](java&#x09;script&#58;alert(1))",
    "[x](&#x20;javascript:alert(1))",
    "[x](vbscript&#58;msgbox(1))",
    "[x][r]\n\n[r]: javascript&#58;alert(1)",
    "[x][r]\n\n[r]: <javascript&colon;alert(1)>",
    "![x](javascript&#58;alert(1))",
    "![x][r]\n\n[r]: javascript&#x3a;alert(1)",
    "[x](data&#58;text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data&#58;image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<javascript&#58;alert(1)>",
]


@pytest.mark.parametrize("text", HOSTILE_LINKS)
def test_a_hostile_link_in_a_body_never_becomes_a_script_or_data_url(text):
    html = body(text)
    assert [u for u in urls(html) if scheme(u) not in ("", "http", "https", "mailto")] == [], html
    assert "javascript:" not in html.lower().replace("&lt;javascript:", "")   # shown as text at most


def test_a_javascript_link_written_with_a_character_reference_keeps_its_text_and_loses_its_target():
    assert body("[x](javascript&#58;alert(1))") == "<p><a>x</a></p>"
    assert body("Read [the plan][p].\n\n[p]: javascript&colon;alert(document.cookie)") == "<p>Read <a>the plan</a>.</p>"


def test_an_image_with_a_data_url_is_its_alt_text_only():
    assert body("![map](data&#58;text/html;base64,PHNjcmlwdD4=)") == "<p><a>map</a></p>"


def test_web_mail_relative_and_wiki_links_survive():
    html = body('See [[aleppo]], [the report](https://example.com/r?a=1&b=2 "Report"), '
                "[mail](mailto:desk@example.com), [paragraph 2](../sources/s.html#p2) and [top](#main).")
    assert html == ('<p>See <a href="../places/aleppo.html">Aleppo</a>, '
                    '<a href="https://example.com/r?a=1&amp;b=2" title="Report">the report</a>, '
                    '<a href="mailto:desk@example.com">mail</a>, <a href="../sources/s.html#p2">paragraph 2</a> '
                    'and <a href="#main">top</a>.</p>')


def test_markdown_structure_passes_the_sanitiser_unchanged():
    text = "## Background\n\n*Talks* and **plans** in Aleppo:\n\n1. one\n2. two\n\n> quoted\n\n---\n\n```python\nx < 1\n```"
    assert body(text) == ('<h2>Background</h2>\n<p><em>Talks</em> and <strong>plans</strong> in '
                          '<a href="../places/aleppo.html">Aleppo</a>:</p>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n'
                          '<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>\n'
                          '<pre><code class="language-python">x &lt; 1\n</code></pre>')


def test_the_sanitiser_alone_removes_what_markdown_would_never_write():
    # The second line of defence, fed HTML directly as if the Markdown set-up had let it through.
    dirty = ('<p onclick="alert(1)"><a href="javascript&#58;alert(1)" target="_blank" class="x">a</a>'
             '<img src="x" onerror="alert(1)"><script>alert(1)</script><iframe src="https://evil.example"></iframe>'
             '<a href="data:text/html,x">b</a><span style="color:red">c</span><a href="https://ok.example/">d</a></p>')
    assert sanitize_body(dirty) == '<p><a>a</a><a>b</a>c<a href="https://ok.example/">d</a></p>'


def test_a_hostile_body_link_on_a_built_event_page_is_inert():
    pages = render_site(model_with(body="[x](javascript&#58;alert(1)) and ![y](data&#58;text/html,z)"),
                        sample_project())
    event = pages["events/e1.html"].decode()
    assert "<p><a>x</a> and <a>y</a></p>" in event
    assert [u for u in urls(event) if scheme(u) in ("javascript", "data", "vbscript")] == []


def test_a_source_url_written_with_a_character_reference_is_shown_not_linked():
    assert web_url("javascript&#58;alert(1)") == "" and web_url("https&#58;//example.com/") == ""
    pages = render_site(model_with(source_url="javascript&#58;alert(1)"), sample_project())
    source = pages["sources/src.html"].decode()
    assert "<dt>Original</dt><dd>javascript&amp;#58;alert(1)</dd>" in source
    assert "cite=" not in pages["events/e1.html"].decode()


# ------------------------------------------------------------------------------------------------ policy
@pytest.fixture(scope="module")
def pages() -> dict[str, bytes]:
    return render_site(sample_model(), sample_project())


def test_every_page_carries_the_content_security_policy_before_anything_it_governs(pages):
    html_pages = [p for p in pages if p.endswith(".html")]
    assert len(html_pages) > 20
    for path in html_pages:
        text = pages[path].decode()
        metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', text)
        assert len(metas) == 1, path
        first_load = min(i for i in (text.find("<link rel=\"stylesheet\""), text.find("<style>"),
                                     text.find("<script")) if i != -1)
        assert text.index("Content-Security-Policy") < first_load, path
        if path != "404.html":
            assert metas[0] == POLICY, path


def test_the_404_page_allows_exactly_its_inlined_stylesheet(pages):
    text = pages["404.html"].decode()
    css = re.search(r"<style>(.*?)</style>", text, re.S)[1]
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    assert f"style-src 'self' 'sha256-{digest}'; " in text
    assert "unsafe-inline" not in text


def test_no_page_holds_what_the_policy_would_block(pages):
    # Inline style attributes, event handlers and inline scripts would be refused: the pages must not need them.
    for path, data in pages.items():
        if path.endswith(".html"):
            text = data.decode()
            assert not re.search(r"<[^>]*\s(?:style|on[a-z]+)=", text), path
            assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", text) == ['<script type="application/ld+json">'], path


def test_a_hostile_title_is_text_in_the_one_line_lists():
    model = model_with()
    model.events[0].title = '<img src=x onerror=alert(1)> "T"'
    model.events[0].date = PartialDate.parse("2016")          # listed a line on its year's page too
    pages = render_site(model, sample_project())
    line = ('<time datetime="2016">2016</time> <a href="{}events/e1.html">&lt;img src=x onerror=alert(1)&gt; '
            '&#34;T&#34;</a></li>')
    for path, up in (("actors/ann-lee.html", "../"), ("archive/2016.html", "../"), ("embed/actors/ann-lee.html", "../../")):
        html = pages[path].decode()
        assert line.format(up) in html and "<img" not in html, path


# ------------------------------------------------------------------------------------------------ exports
def test_the_timelinejs_group_is_escaped_like_the_headline():
    pages = render_site(model_with(actor_name="</script><b>Ann"), sample_project())
    event = json.loads(pages["timeline.json"])["events"][0]
    assert event["group"] == "&lt;/script&gt;&lt;b&gt;Ann"
    assert event["text"]["headline"] == "Talks"


def test_the_search_index_keeps_only_the_start_of_a_huge_body():
    words = " ".join(f"w{i}" for i in range(200_000))          # about 1.3 MB of text
    pages = render_site(model_with(body=words), sample_project())
    record = json.loads(pages["search-index.json"])["events"][0]
    assert record["b"] == " ".join(f"w{i}" for i in range(30)) + "…"     # the summary the exports carry
    assert len(pages["search-index.json"]) < 1_000


def test_the_search_index_cuts_a_body_without_spaces_at_two_hundred_and_fifty_characters():
    pages = render_site(model_with(body="x" * 1_000_000), sample_project())
    assert json.loads(pages["search-index.json"])["events"][0]["b"] == "x" * 250 + "…"


def test_the_search_index_keeps_a_short_body_whole():
    pages = render_site(model_with(body="Talks in [[ann-lee]]'s office."), sample_project())
    assert json.loads(pages["search-index.json"])["events"][0]["b"] == "Talks in Ann Lee's office."
