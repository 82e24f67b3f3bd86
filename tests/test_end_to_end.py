"""End to end: the shipped seeds, built with `python -m generator build` in a fresh folder."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.frontmatter import parse

REPO = Path(__file__).resolve().parents[1]

# (words of the cited sentence, the date the event must carry)
SEED_EVENTS = [
    ("attend a bilateral meeting in Rome, Italy December 2, 2016", "2016-12-02"),
    ("Kerry delivered a new plan for an Aleppo settlement to the Russians on Friday.", "2016-12-02"),
    ("On Tuesday, the US and Russia were supposed to discuss particular details of the withdrawal.", "2016-12-06"),
    ("He said the Wednesday consultations are canceled at this point.", "2016-12-07"),
    ("Republican candidate Donald Trump won the presidential election in November.", "2016-11"),
    ("Russian Foreign Minister Sergei Lavrov said here on Monday.", "2016-12-12"),
    ("for a meeting on Tuesday of the Black Sea Economic Cooperation Council.", "2016-12-13"),
    ("UN Secretary General Ban Ki Moon released a statement saying", "2016-12-12"),
]


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), *args],
                          cwd=REPO, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copy(REPO / "config.yaml", root / "config.yaml")
    result = run(root, "build")
    assert result.returncode == 0, result.stderr + result.stdout
    return root


def events(root: Path) -> dict[str, dict]:
    return {p.stem: parse(p.read_text(encoding="utf-8")).meta for p in sorted((root / "content/events").glob("*.md"))}


def event_citing(root: Path, words: str) -> tuple[str, dict]:
    found = [(eid, meta) for eid, meta in events(root).items()
             if any(words in c["quote"] for c in meta.get("sources") or [])]
    assert len(found) == 1, f"expected one event quoting {words!r}, found {[e for e, _ in found]}"
    return found[0]


@pytest.mark.parametrize("words,date", SEED_EVENTS)
def test_seed_event_has_the_date_the_article_gives(built, words, date):
    _, meta = event_citing(built, words)
    assert str(meta["date"]) == date
    assert meta["date_text"], "the words that date the event are kept"
    assert meta["date_basis"], "the derivation of the date is kept"


def test_every_event_cites_a_sentence_of_its_source_paragraph(built):
    sources = {p.stem: parse(p.read_text(encoding="utf-8")) for p in (built / "content/sources").glob("*.md")}
    assert len(sources) == 2
    for eid, meta in events(built).items():
        assert meta["sources"], eid
        for cite in meta["sources"]:
            paragraphs = [p.strip() for p in sources[cite["source"]].body.split("\n\n") if p.strip()]
            assert cite["quote"] in paragraphs[cite["paragraph"] - 1], (eid, cite)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]


def page_links(page: Path) -> list[str]:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.hrefs


def event_page(site: Path, eid: str) -> Path:
    pages = [p for p in site.rglob("*.html") if p.stem == eid or (p.name == "index.html" and p.parent.name == eid)]
    assert len(pages) == 1, f"one page for event {eid}, found {pages}"
    return pages[0]


def resolve(page: Path, href: str) -> tuple[Path, str]:
    target, _, fragment = href.partition("#")
    path = (page.parent / target).resolve() if target else page
    if path.is_dir():
        path = path / "index.html"
    return path, fragment


def test_every_event_page_links_to_its_source_paragraph_and_its_actors(built):
    site = built / "site"
    for eid, meta in events(built).items():
        page = event_page(site, eid)
        targets = [resolve(page, h) for h in page_links(page) if not re.match(r"^[a-z]+:", h)]
        for cite in meta["sources"]:
            want = (f"p{cite['paragraph']}", cite["source"])
            assert any(frag == want[0] and path.stem == want[1] and path.exists() for path, frag in targets), \
                f"{eid}: no link to paragraph {cite['paragraph']} of {cite['source']}"
        for actor in meta.get("actors") or []:
            assert any(path.exists() and (path.stem == actor or path.parent.name == actor) for path, _ in targets), \
                f"{eid}: no link to actor {actor}"


def test_a_second_build_changes_nothing(built):
    before = {p: p.read_bytes() for p in sorted((built / "site").rglob("*")) if p.is_file()}
    content_before = {p: p.read_bytes() for p in sorted((built / "content").rglob("*")) if p.is_file()}
    result = run(built, "build")
    assert result.returncode == 0, result.stderr
    assert {p: p.read_bytes() for p in sorted((built / "site").rglob("*")) if p.is_file()} == before
    assert {p: p.read_bytes() for p in sorted((built / "content").rglob("*")) if p.is_file()} == content_before


def test_an_article_without_sidecar_builds_with_a_warning_and_stays_undated(tmp_path):
    (tmp_path / "config.yaml").write_text("title: Notes\n", encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "note.txt").write_text(
        "The minister said on Friday that talks would resume.\n", encoding="utf-8")
    result = run(tmp_path, "build")
    assert result.returncode == 0, result.stderr
    assert "seeds/note.txt:1: warning: no sidecar note.yaml" in result.stderr.replace(str(tmp_path) + "/", "")
    for meta in events(tmp_path).values():
        assert not meta.get("date"), "a relative date is never resolved without a publication date"


def test_hostile_article_text_is_escaped_on_every_page(tmp_path):
    (tmp_path / "config.yaml").write_text("title: Hostile\n", encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "x.txt").write_text(
        'The <script>alert(1)</script> minister said on Friday that "{{ 7*7 }}" talks '
        "[failed](javascript:alert(2)) in Rome.\n", encoding="utf-8")
    (tmp_path / "seeds" / "x.yaml").write_text(
        "published: 2016-12-06\noutlet: <b>Evil</b>\ntitle: '<img src=x onerror=alert(3)>'\nurl: javascript:alert(4)\n",
        encoding="utf-8")
    result = run(tmp_path, "build")
    assert result.returncode == 0, result.stderr
    pages = [p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.html")]
    assert pages
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Evil" not in html
        assert 'href="javascript:' not in html
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in html for html in pages)


def test_the_shipped_content_is_what_ingest_makes_of_the_shipped_seeds(built):
    def tree(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    shipped, fresh = tree(REPO / "content"), tree(built / "content")
    assert sorted(shipped) == sorted(fresh), "regenerate content/: rm -r content && python -m generator ingest"
    assert [name for name in shipped if shipped[name] != fresh[name]] == []
