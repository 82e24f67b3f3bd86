"""Issue 10, "Growing timelines": ids and URLs stay stable whatever later articles, sidecar fixes or re-extraction
change. A sidecar typo (an unquoted colon in `title:`) must not rename a source or an event, not while it is
broken and not after the fix; an event ingest removed comes back at its old path; adding an article changes
only the events it reports.

A small stand-in extractor keeps the file names exact: every paragraph "WHEN | Title" is one report, WHEN a date
or a day count from the article's `published` date ("+1", unresolved without one: the event is then undated);
reports of one title and one date, in any article, are one event citing all of them.
"""
from __future__ import annotations

import datetime as dt
import json

from conftest import put

from generator.drafts import CitationDraft, EventDraft, Extraction
from generator.ingest import MANIFEST_NAME, run_ingest
from generator.seeds import read_seeds

SIDECAR = 'published: {published}\noutlet: {outlet}\ntitle: "{title}"\nurl: https://example.org/{stem}\n'
TYPO = "published: {published}\noutlet: {outlet}\ntitle: {title}\nurl: https://example.org/{stem}\n"


def stand_in(articles, known, retitle=lambda title: title):
    events: dict[tuple[str, str], EventDraft] = {}
    for art in articles:
        for n, para in enumerate(art.paragraphs, 1):
            if para.count("|") != 1:
                continue
            when, title = (part.strip() for part in para.split("|"))
            if when.startswith("+"):
                date = (art.published + dt.timedelta(days=int(when))).isoformat() if art.published else ""
            else:
                date = when
            ev = events.setdefault((retitle(title), date), EventDraft(
                title=retitle(title), date=date, date_text=when, date_basis="stand-in", body=f"{title}."))
            ev.sources.append(CitationDraft(art.id, n, para))
    return Extraction(events=list(events.values()), entities=[])


def seed(project, stem, paragraphs, title, outlet="Wire", published="2021-03-17", sidecar=SIDECAR):
    put(project, f"seeds/{stem}.txt", "\n\n".join(paragraphs) + "\n")
    put(project, f"seeds/{stem}.yaml", sidecar.format(published=published, outlet=outlet, title=title, stem=stem))


def ingest(project, extractor=stand_in):
    return run_ingest(project, read_seeds(project.seeds, project.root), extractor=extractor)


def tree(project) -> dict[str, bytes]:
    content = project.content
    return {p.relative_to(content).as_posix(): p.read_bytes() for p in sorted(content.rglob("*.md"))}


MEET = "+0 | Ministers meet in Geneva"
BUDGET = "2021-03-15 | Norland approves budget"


def test_a_sidecar_typo_and_its_fix_rename_no_source_and_no_event(project):
    seed(project, "001_wire", [MEET, BUDGET], "Ministers meet: border talks")
    ingest(project)
    before = tree(project)
    assert list(before) == ["events/2021-03-15-norland-approves-budget.md",
                            "events/2021-03-17-ministers-meet-in-geneva.md",
                            "sources/wire-ministers-meet-border-talks.md"]
    # The typo: YAML reads no sidecar at all, so no outlet, no title (the id would be the seed's name) and no
    # published date (the meeting's day is unresolved).
    seed(project, "001_wire", [MEET, BUDGET], "Ministers meet: border talks", sidecar=TYPO)
    report = ingest(project)
    assert report.warnings[0].startswith("seeds/001_wire.yaml:3: warning: malformed YAML")
    assert list(tree(project)) == list(before)          # undated for now, but at the same path
    assert "\ndate:\n" in (project.content / "events/2021-03-17-ministers-meet-in-geneva.md").read_text()
    seed(project, "001_wire", [MEET, BUDGET], "Ministers meet: border talks")
    ingest(project)
    assert tree(project) == before                      # the same files, byte for byte


def test_a_sidecar_retitled_keeps_the_source_id_and_a_new_article_of_that_id_moves_on(project):
    seed(project, "001_wire", [MEET], "Talks")
    ingest(project)
    seed(project, "001_wire", [MEET], "Ministers meet")
    seed(project, "002_wire", [BUDGET], "Talks")           # the id "wire-talks" is 001_wire's
    report = ingest(project)
    assert report.actions == [
        "update content/sources/wire-talks.md (regenerated: 001_wire.txt changed)",
        "create content/sources/wire-talks-2.md (new source from 002_wire.txt)",
        "create content/events/2021-03-15-norland-approves-budget.md (new event from 002_wire.txt)",
    ]
    assert "title: Ministers meet\n" in (project.content / "sources/wire-talks.md").read_text()
    assert "source: wire-talks\n" in (project.content / "events/2021-03-17-ministers-meet-in-geneva.md").read_text()


def test_an_event_extracted_again_comes_back_at_its_old_path_under_a_new_title(project):
    seed(project, "001_wire", [MEET, BUDGET], "Talks")
    ingest(project)
    seed(project, "001_wire", [MEET, BUDGET], "Talks", sidecar=TYPO.replace("published: {published}\n", ""))
    report = ingest(project)
    assert "remove content/events/2021-03-17-ministers-meet-in-geneva.md (no longer extracted, never edited)" \
        not in report.actions                               # undated, not gone: the stand-in keeps it
    # No report of the meeting at all for a run (its paragraph cut), then back, headlined otherwise.
    seed(project, "001_wire", [BUDGET], "Talks")
    report = ingest(project)
    assert "remove content/events/2021-03-17-ministers-meet-in-geneva.md (no longer extracted, never edited)" \
        in report.actions
    manifest = json.loads((project.content / MANIFEST_NAME).read_text())
    assert manifest["files"]["events/2021-03-17-ministers-meet-in-geneva.md"]["retired"] is True
    seed(project, "001_wire", [MEET, BUDGET], "Talks")
    report = ingest(project, lambda arts, known: stand_in(arts, known, lambda t: t.replace("meet", "hold talks")))
    assert "create content/events/2021-03-17-ministers-meet-in-geneva.md (new event from 001_wire.txt)" \
        in report.actions
    assert sorted(p for p in tree(project) if p.startswith("events/")) == [
        "events/2021-03-15-norland-approves-budget.md", "events/2021-03-17-ministers-meet-in-geneva.md"]
    assert "title: Ministers hold talks in Geneva\n" in \
        (project.content / "events/2021-03-17-ministers-meet-in-geneva.md").read_text()


def test_a_file_written_by_hand_where_a_retired_event_was_is_the_person_s(project):
    seed(project, "001_wire", [MEET, BUDGET], "Talks")
    ingest(project)
    seed(project, "001_wire", [BUDGET], "Talks")
    ingest(project)
    mine = put(project, "content/events/2021-03-17-ministers-meet-in-geneva.md",
               "---\ntitle: Ministers meet\ndate: 2021-03-17\n---\n\nMy words.\n")
    seed(project, "001_wire", [MEET, BUDGET], "Talks")
    report = ingest(project)
    assert "keep content/events/2021-03-17-ministers-meet-in-geneva.md (written by hand; ingest would have " \
           "created it)" in report.actions
    assert mine.read_text().endswith("My words.\n")


def test_two_events_joined_again_keep_the_file_that_held_both_reports(project):
    seed(project, "001_wire", [MEET], "Talks", outlet="Wire")
    seed(project, "002_agency", ["2021-03-17 | Ministers meet in Geneva"], "Geneva", outlet="Agency",
         published="2021-03-18")
    ingest(project)
    assert [p for p in tree(project) if p.startswith("events/")] == ["events/2021-03-17-ministers-meet-in-geneva.md"]
    # The first article's sidecar broken: its report is undated, an event of its own for a run.
    seed(project, "001_wire", [MEET], "Talks", outlet="Wire", sidecar=TYPO.replace("published: {published}\n", ""))
    ingest(project)
    assert [p for p in tree(project) if p.startswith("events/")] == [
        "events/2021-03-17-ministers-meet-in-geneva.md", "events/undated-ministers-meet-in-geneva.md"]
    seed(project, "001_wire", [MEET], "Talks", outlet="Wire")
    report = ingest(project)
    assert "remove content/events/undated-ministers-meet-in-geneva.md (no longer extracted, never edited)" \
        in report.actions
    assert [p for p in tree(project) if p.startswith("events/")] == ["events/2021-03-17-ministers-meet-in-geneva.md"]
    text = (project.content / "events/2021-03-17-ministers-meet-in-geneva.md").read_text()
    assert "source: wire-talks\n" in text and "source: agency-geneva\n" in text


def test_two_events_of_one_sentence_keep_their_own_files_whatever_comes_first(project):
    # One sentence, two happenings: the same citation. Each keeps the file of its title when the order the
    # extraction gives them in changes.
    para = "2021-03-10 | Ministers meet in Geneva"
    seed(project, "001_wire", [para], "Talks")

    def two(arts, known, flip=False):
        [ev] = stand_in(arts, known).events
        pair = [ev, EventDraft(title="Norland approves budget", date="2021-03-10", date_text="x", date_basis="x",
                               body="Budget.", sources=list(ev.sources))]
        return Extraction(events=pair[::-1] if flip else pair, entities=[])
    ingest(project, two)
    before = tree(project)
    seed(project, "001_wire", [para], "Talks, updated")
    ingest(project, lambda arts, known: two(arts, known, flip=True))
    after = tree(project)
    for name in ("events/2021-03-10-ministers-meet-in-geneva.md", "events/2021-03-10-norland-approves-budget.md"):
        assert after[name] == before[name]
