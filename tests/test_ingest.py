"""Ingest writes each article's entries once; after that the files belong to people.

A fake extractor stands in for generator.extract: every paragraph written as
"DATE | Title | actor-slug, actor-slug" becomes one event citing that paragraph.
"""
from __future__ import annotations

import json

from conftest import put

from generator import frontmatter
from generator.drafts import CitationDraft, EntityDraft, EventDraft, Extraction
from generator.ingest import MANIFEST_NAME, known_entities, run_ingest
from generator.load import load
from generator.seeds import read_seeds

SIDECAR = "published: 2016-12-06\noutlet: Wire\ntitle: {title}\nurl: https://example.org/{stem}\n"


def fake_extract(articles, known):
    names = {(e.kind, e.slug): e for e in known}
    events, entities = [], {}
    for art in articles:
        for n, para in enumerate(art.paragraphs, 1):
            if para.count("|") != 2:
                continue
            date, title, actors = (part.strip() for part in para.split("|"))
            slugs = [a.strip() for a in actors.split(",") if a.strip()]
            events.append(EventDraft(title=title, date=date, date_text=date, date_basis="written in the article",
                                     actors=slugs, sources=[CitationDraft(art.id, n, para)],
                                     body=f"{title}."))
            for slug in slugs:
                entities[slug] = names.get(("actor", slug)) or EntityDraft(
                    "actor", slug, slug.replace("-", " ").title(), description="Named in the sources.")
    return Extraction(events=events, entities=[entities[k] for k in sorted(entities)])


calls = []


def counting_extract(articles, known):
    calls.append(len(articles))
    return fake_extract(articles, known)


def seed(project, stem, paragraphs, title="Talks"):
    put(project, f"seeds/{stem}.txt", "\n\n".join(paragraphs) + "\n")
    put(project, f"seeds/{stem}.yaml", SIDECAR.format(title=title, stem=stem))


def ingest(project, **kw):
    return run_ingest(project, read_seeds(project.seeds, project.root), extractor=counting_extract, **kw)


def files(project):
    content = project.content
    return sorted(p.relative_to(content).as_posix() for p in content.rglob("*.md"))


KERRY = "2016-12-02 | Kerry delivers plan | john-kerry"
LAVROV = "2016-12-05 | Lavrov rejects plan | sergey-lavrov, john-kerry"


def test_first_ingest_creates_sources_events_and_actors(project):
    seed(project, "001_a", ["Background only.", KERRY])
    report = ingest(project)
    assert report.actions == [
        "create content/sources/wire-talks.md (new source from 001_a.txt)",
        "create content/events/2016-12-02-kerry-delivers-plan.md (new event from 001_a.txt)",
        "create content/actors/john-kerry.md (new actor from 001_a.txt)",
    ]
    assert report.changed and report.conflicts == []
    assert (project.content / "sources/wire-talks.md").read_text() == (
        "---\ntitle: Talks\noutlet: Wire\npublished: 2016-12-06\nurl: https://example.org/001_a\n"
        "seed: 001_a.txt\n---\n\nBackground only.\n\n" + KERRY + "\n")
    assert (project.content / "events/2016-12-02-kerry-delivers-plan.md").read_text() == (
        "---\ntitle: Kerry delivers plan\ndate: 2016-12-02\ndate_text: '2016-12-02'\n"
        "date_basis: written in the article\nactors: [john-kerry]\nplaces: []\ntags: []\nsources:\n"
        "- source: wire-talks\n  paragraph: 2\n  quote: 2016-12-02 | Kerry delivers plan | john-kerry\n---\n\n"
        "Kerry delivers plan.\n")
    # What ingest writes, the loader reads without a single problem.
    model, problems = load(project)
    assert problems == []
    assert model.sources["wire-talks"].paragraphs == ["Background only.", KERRY]
    assert [e.id for e in model.events] == ["2016-12-02-kerry-delivers-plan"]


def test_second_ingest_with_unchanged_seeds_does_not_even_extract(project):
    seed(project, "001_a", [KERRY])
    ingest(project)
    before = {p: (project.content / p).read_bytes() for p in files(project)}
    calls.clear()
    report = ingest(project)
    assert calls == [] and report.actions == [] and not report.changed
    assert {p: (project.content / p).read_bytes() for p in files(project)} == before


def test_manifest_records_hashes_and_seeds(project):
    seed(project, "001_a", [KERRY])
    ingest(project)
    manifest = json.loads((project.content / MANIFEST_NAME).read_text())
    assert sorted(manifest["files"]) == ["actors/john-kerry.md", "events/2016-12-02-kerry-delivers-plan.md",
                                         "sources/wire-talks.md"]
    entry = manifest["files"]["events/2016-12-02-kerry-delivers-plan.md"]
    assert entry["seeds"] == ["001_a.txt"] and len(entry["sha256"]) == 64
    assert manifest["seeds"]["001_a.txt"]["source"] == "wire-talks"


def test_changed_seed_regenerates_untouched_entries(project):
    seed(project, "001_a", [KERRY])
    ingest(project)
    seed(project, "001_a", ["A new first paragraph.", KERRY])
    report = ingest(project)
    assert report.actions == [
        "update content/sources/wire-talks.md (regenerated: 001_a.txt changed)",
        "update content/events/2016-12-02-kerry-delivers-plan.md (regenerated: 001_a.txt changed)",
    ]
    doc = frontmatter.parse((project.content / "events/2016-12-02-kerry-delivers-plan.md").read_text())
    assert doc.meta["sources"][0]["paragraph"] == 2


def test_hand_edit_is_kept_and_the_conflict_reported(project):
    seed(project, "001_a", [KERRY])
    ingest(project)
    event = project.content / "events/2016-12-02-kerry-delivers-plan.md"
    edited = event.read_text().replace("title: Kerry delivers plan", "title: Kerry hands Lavrov a plan")
    event.write_text(edited)
    seed(project, "001_a", ["2016-12-03 | Kerry delivers plan | john-kerry"])
    report = ingest(project)
    assert event.read_text() == edited
    assert "keep content/events/2016-12-02-kerry-delivers-plan.md (edited by hand; the new extraction would " \
           "say: date 2016-12-03, date_text 2016-12-03, sources 1 citation (wire-talks ¶1))" in report.actions
    assert report.conflicts == [
        "content/events/2016-12-02-kerry-delivers-plan.md:3: warning: edited by hand, not updated — the new "
        "extraction would set date: 2016-12-03; date_text: 2016-12-03; sources: 1 citation (wire-talks ¶1)"]
    # The event was recognised by its citation: no second file under the new date.
    assert files(project) == ["actors/john-kerry.md", "events/2016-12-02-kerry-delivers-plan.md",
                              "sources/wire-talks.md"]


def test_edited_file_is_kept_even_when_its_extraction_did_not_change(project):
    seed(project, "001_a", [KERRY])
    ingest(project)
    actor = project.content / "actors/john-kerry.md"
    actor.write_text("---\nname: John F. Kerry\naliases: [Kerry]\ntype: person\n---\n\nUS Secretary of State.\n")
    seed(project, "001_a", [KERRY, LAVROV])
    report = ingest(project)
    # The fake extractor reuses known names, so its new output equals the edit; the file stays the person's.
    assert "keep content/actors/john-kerry.md (edited by hand; the new extraction agrees)" in report.actions
    assert report.conflicts == []
    assert "John F. Kerry" in actor.read_text()


def test_hand_edited_entity_names_reach_the_extractor(project):
    put(project, "content/actors/john-kerry.md", "---\nname: John F. Kerry\naliases: [Kerry]\n---\n\nHis page.\n")
    put(project, "content/actors/broken.md", "---\nname: [\n---\n")
    assert known_entities(project.content) == [
        EntityDraft("actor", "john-kerry", "John F. Kerry", ["Kerry"], "", "His page.")]


def test_deleted_entry_is_never_recreated(project):
    seed(project, "001_a", [KERRY])
    ingest(project)
    (project.content / "events/2016-12-02-kerry-delivers-plan.md").unlink()
    seed(project, "001_a", [KERRY, LAVROV])
    report = ingest(project)
    assert "skip content/events/2016-12-02-kerry-delivers-plan.md (deleted by hand; not recreated)" in report.actions
    assert "create content/events/2016-12-05-lavrov-rejects-plan.md (new event from 001_a.txt)" in report.actions
    assert not (project.content / "events/2016-12-02-kerry-delivers-plan.md").exists()
    seed(project, "001_a", [KERRY, LAVROV, "More text."])
    ingest(project)
    assert not (project.content / "events/2016-12-02-kerry-delivers-plan.md").exists()


def test_entry_no_longer_extracted_is_removed_unless_edited(project):
    seed(project, "001_a", [KERRY, LAVROV])
    ingest(project)
    lavrov = project.content / "events/2016-12-05-lavrov-rejects-plan.md"
    lavrov.write_text(lavrov.read_text() + "\nMy note.\n")
    seed(project, "001_a", ["Nothing dated any more."])
    report = ingest(project)
    assert report.actions == [
        "update content/sources/wire-talks.md (regenerated: 001_a.txt changed)",
        "keep content/events/2016-12-05-lavrov-rejects-plan.md (edited by hand; no longer extracted, "
        "so not updated)",
        # The kept event still names both actors: removing them would break it.
        "keep content/actors/john-kerry.md (no longer extracted, but content/events/2016-12-05-lavrov-rejects-plan.md"
        " refers to it)",
        "keep content/actors/sergey-lavrov.md (no longer extracted, but content/events/2016-12-05-lavrov-rejects-"
        "plan.md refers to it)",
        "remove content/events/2016-12-02-kerry-delivers-plan.md (no longer extracted, never edited)",
    ]
    assert files(project) == ["actors/john-kerry.md", "actors/sergey-lavrov.md",
                              "events/2016-12-05-lavrov-rejects-plan.md", "sources/wire-talks.md"]


def test_hand_written_file_at_a_generated_path_is_kept(project):
    mine = put(project, "content/events/2016-12-02-kerry-delivers-plan.md",
               "---\ntitle: Kerry delivers plan\ndate: 2016-12-02\n---\n\nMy own words.\n")
    put(project, "content/actors/john-kerry.md", "---\nname: John Kerry\n---\n")
    seed(project, "001_a", [KERRY])
    report = ingest(project)
    assert "keep content/events/2016-12-02-kerry-delivers-plan.md (written by hand; ingest would have " \
           "created it)" in report.actions
    assert report.conflicts == [
        "content/events/2016-12-02-kerry-delivers-plan.md:1: warning: written by hand, not replaced — the "
        "extraction would write: title: Kerry delivers plan; date: 2016-12-02"]
    assert mine.read_text().endswith("My own words.\n")
    assert (project.content / "actors/john-kerry.md").read_text() == "---\nname: John Kerry\n---\n"
    # ... and stays a hand-written file on the next run too.
    seed(project, "001_a", [KERRY, "More."])
    ingest(project)
    assert mine.read_text().endswith("My own words.\n")


def test_dry_run_reports_and_writes_nothing(project):
    seed(project, "001_a", [KERRY])
    report = ingest(project, dry_run=True)
    assert report.changed and len(report.actions) == 3
    assert files(project) == [] and not (project.content / MANIFEST_NAME).exists()


def test_only_limits_ingest_to_the_named_seeds(project):
    seed(project, "001_a", [KERRY], title="One")
    seed(project, "002_b", [LAVROV], title="Two")
    report = ingest(project, only=["002_b"])
    assert report.actions == [
        "create content/sources/wire-two.md (new source from 002_b.txt)",
        "create content/events/2016-12-05-lavrov-rejects-plan.md (new event from 002_b.txt)",
        # Kerry is named by both articles' events (extraction always sees every article).
        "create content/actors/john-kerry.md (new actor from 001_a.txt, 002_b.txt)",
        "create content/actors/sergey-lavrov.md (new actor from 002_b.txt)",
    ]
    report = ingest(project)
    assert report.actions == [
        "create content/sources/wire-one.md (new source from 001_a.txt)",
        "create content/events/2016-12-02-kerry-delivers-plan.md (new event from 001_a.txt)",
    ]


def test_removed_seed_takes_its_untouched_entries_with_it(project):
    seed(project, "001_a", [KERRY], title="One")
    seed(project, "002_b", [LAVROV], title="Two")
    ingest(project)
    for suffix in ("txt", "yaml"):
        (project.seeds / f"002_b.{suffix}").unlink()
    report = ingest(project)
    assert report.actions == [
        "remove content/actors/sergey-lavrov.md (no longer extracted, never edited)",
        "remove content/events/2016-12-05-lavrov-rejects-plan.md (no longer extracted, never edited)",
        "remove content/sources/wire-two.md (no longer extracted, never edited)",
    ]
    assert "002_b.txt" not in json.loads((project.content / MANIFEST_NAME).read_text())["seeds"]


def test_interrupted_ingest_is_finished_by_the_next_run(project):
    seed(project, "001_a", [KERRY])
    ingest(project)
    (project.content / MANIFEST_NAME).unlink()      # as if killed before the manifest was written
    report = ingest(project)
    assert report.actions == [] and report.conflicts == []    # identical files are recognised as ours
    seed(project, "001_a", ["2016-12-03 | Kerry delivers plan | john-kerry"])
    assert "update content/events/2016-12-02-kerry-delivers-plan.md (regenerated: 001_a.txt changed)" \
        in ingest(project).actions


def test_unreadable_manifest_stops_ingest_with_a_warning(project):
    seed(project, "001_a", [KERRY])
    put(project, f"content/{MANIFEST_NAME}", "<<<<<<< HEAD\n")
    report = ingest(project)
    assert report.warnings == [
        "content/.ingest-manifest.json:1: warning: the ingest manifest cannot be read (Expecting value), so "
        "nothing was ingested — fix it (a merge conflict?) or delete it to start afresh (entries you deleted "
        "may then come back)"]
    assert report.actions == [] and files(project) == []


def test_seed_warnings_are_passed_through(project):
    put(project, "seeds/001_a.txt", KERRY + "\n")
    report = ingest(project, dry_run=True)
    assert report.warnings == ["seeds/001_a.txt:1: warning: no sidecar 001_a.yaml — add one with "
                               "'published: YYYY-MM-DD', outlet, title and url; relative dates stay "
                               "unresolved until then"]


def test_two_events_with_the_same_date_and_title_get_numbered_files(project):
    seed(project, "001_a", [KERRY, "2016-12-02 | Kerry delivers plan | sergey-lavrov"])
    ingest(project)
    assert [f for f in files(project) if f.startswith("events/")] == [
        "events/2016-12-02-kerry-delivers-plan-2.md", "events/2016-12-02-kerry-delivers-plan.md"]


def test_ingest_output_is_byte_identical_across_projects(project, tmp_path_factory):
    from generator.config import load_project
    other = tmp_path_factory.mktemp("other")
    (other / "content").mkdir()
    (other / "config.yaml").write_text("title: Other\n", encoding="utf-8")
    for p in (project, load_project(other)):
        seed(p, "001_a", [KERRY, LAVROV])
        ingest(p)
    ours = {f: (project.content / f).read_bytes() for f in files(project) + [MANIFEST_NAME]}
    theirs = {f: (other / "content" / f).read_bytes() for f in files(load_project(other)) + [MANIFEST_NAME]}
    assert ours == theirs


def test_edited_event_is_kept_when_the_seed_changes_elsewhere(project):
    seed(project, "001_a", [KERRY])
    ingest(project)
    event = project.content / "events/2016-12-02-kerry-delivers-plan.md"
    event.write_text(event.read_text() + "\nA note of mine.\n")
    seed(project, "001_a", [KERRY, "Unrelated new paragraph."])
    report = ingest(project)
    assert "keep content/events/2016-12-02-kerry-delivers-plan.md (edited by hand; the extraction has not " \
           "changed)" in report.actions
    assert report.conflicts == [] and event.read_text().endswith("A note of mine.\n")


def test_ingest_killed_while_writing_is_completed_by_the_next_run(project, monkeypatch):
    import generator.ingest as ingest_module
    seed(project, "001_a", [KERRY])
    ingest(project)
    seed(project, "001_a", ["Intro.", KERRY, LAVROV])
    real, writes = ingest_module.write_atomic, []

    def dies_after_two(path, data):
        if len(writes) == 2:          # the journal, then one content file
            raise KeyboardInterrupt
        writes.append(path)
        real(path, data)
    monkeypatch.setattr(ingest_module, "write_atomic", dies_after_two)
    try:
        ingest(project)
    except KeyboardInterrupt:
        pass
    monkeypatch.setattr(ingest_module, "write_atomic", real)
    report = ingest(project)
    assert report.conflicts == [] and not any(a.startswith(("keep", "skip")) for a in report.actions)
    manifest = json.loads((project.content / MANIFEST_NAME).read_text())
    assert not any("pending" in entry for entry in manifest["files"].values())
    model, problems = load(project)
    assert problems == [] and [e.id for e in model.events] == ["2016-12-02-kerry-delivers-plan",
                                                               "2016-12-05-lavrov-rejects-plan"]


def test_entry_still_referred_to_by_a_kept_file_is_not_removed(project):
    seed(project, "001_a", [LAVROV])
    ingest(project)
    event = project.content / "events/2016-12-05-lavrov-rejects-plan.md"
    event.write_text(event.read_text().replace("Lavrov rejects plan.", "Lavrov rejects [[john-kerry]]'s plan."))
    seed(project, "001_a", ["Nothing dated any more."])
    report = ingest(project)
    assert "keep content/actors/john-kerry.md (no longer extracted, but " \
           "content/events/2016-12-05-lavrov-rejects-plan.md refers to it)" in report.actions
    assert "keep content/actors/sergey-lavrov.md (no longer extracted, but " \
           "content/events/2016-12-05-lavrov-rejects-plan.md refers to it)" in report.actions
    # The source text changed under the kept event: the loader says so, and nothing else is missing.
    assert [p.message.split(" — ")[0] for p in load(project)[1]] == [
        'quote "2016-12-05 | Lavrov rejects plan | sergey-lavrov, john-kerry" is not in source \'wire-talks\'']


def test_manifest_is_one_line_per_seed_and_per_file(project):
    seed(project, "001_a", [KERRY])
    ingest(project)
    text = (project.content / MANIFEST_NAME).read_text()
    assert [line.split(":")[0] for line in text.splitlines()] == [
        "{", ' "files"', '  "actors/john-kerry.md"', '  "events/2016-12-02-kerry-delivers-plan.md"',
        '  "sources/wire-talks.md"', " },", ' "seeds"', '  "001_a.txt"', " },", ' "version"', "}"]
    assert json.loads(text)["version"] == 1


def test_deleting_an_actor_removes_it_from_the_generated_events(project):
    seed(project, "001_a", [LAVROV])
    ingest(project)
    (project.content / "actors/john-kerry.md").unlink()
    seed(project, "001_a", [LAVROV, "More."])
    report = ingest(project)
    assert "skip content/actors/john-kerry.md (deleted by hand; not recreated)" in report.actions
    doc = frontmatter.parse((project.content / "events/2016-12-05-lavrov-rejects-plan.md").read_text())
    assert doc.meta["actors"] == ["sergey-lavrov"]
    assert load(project)[1] == []


def test_a_manifest_path_outside_the_content_folders_is_ignored(project):
    import hashlib
    seed(project, "001_a", [KERRY])
    ingest(project)
    victim = put(project, "victim.txt", "precious")
    also = put(project, "victim.md", "precious")
    manifest_path = project.content / MANIFEST_NAME
    manifest = json.loads(manifest_path.read_text())
    sha = hashlib.sha256(b"precious").hexdigest()
    for rel in ("../victim.txt", "events/../../victim.md"):
        manifest["files"][rel] = {"sha256": sha, "seeds": ["001_a.txt"]}
    manifest_path.write_text(json.dumps(manifest))
    seed(project, "001_a", ["Nothing dated any more."])
    report = ingest(project)
    assert victim.read_text() == "precious" and also.read_text() == "precious"
    assert report.warnings == [
        f"content/{MANIFEST_NAME}:1: warning: the ingest manifest names {rel!r}, which is not a content file "
        f"(<folder>/<name>.md inside content/), so ingest ignores it — remove that entry"
        for rel in ("../victim.txt", "events/../../victim.md")]
    assert not any("victim" in line for line in report.actions)
    assert not any("victim" in rel for rel in json.loads(manifest_path.read_text())["files"])


def test_a_folder_named_like_a_content_file_never_crashes_ingest(project):
    (project.content / "events" / "x.md").mkdir()
    (project.content / "actors" / "y.md").mkdir()
    (project.content / "events" / "2016-12-02-kerry-delivers-plan.md").mkdir()   # where ingest wants to write
    seed(project, "001_a", [KERRY])
    report = ingest(project)
    assert report.actions == [
        "create content/sources/wire-talks.md (new source from 001_a.txt)",
        "skip content/events/2016-12-02-kerry-delivers-plan.md (not a file; not written)",
        "create content/actors/john-kerry.md (new actor from 001_a.txt)"]
    assert report.warnings == ["content/events/2016-12-02-kerry-delivers-plan.md:1: warning: not a file, so ingest "
                               "did not write the event it would have put here — rename or remove it"]
    assert [e.slug for e in known_entities(project.content)] == ["john-kerry"]
    model, problems = load(project)
    assert problems == [] and model.events == [] and list(model.actors) == ["john-kerry"]
