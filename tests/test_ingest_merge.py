"""Issue 10, ingest side: a new article about a happening already on the timeline adds its citation to that
event (same file, same id), the event's status follows the latest report, and an event a person edited is
left alone with the exact `sources:` entry to paste. Invented wire copy (two ministers of invented countries)."""
from __future__ import annotations

from generator import frontmatter
from generator.ingest import run_ingest
from generator.load import load
from generator.seeds import read_seeds

from conftest import put

SIDECAR = "published: {published}\noutlet: {outlet}\ntitle: {title}\nurl: https://example.org/{stem}\n"

PLANNED = "Anna Berg and Ivo Petrov will meet in Geneva on Thursday to discuss the border dispute."
HELD = "Anna Berg and Ivo Petrov met in Geneva on Thursday to discuss the border dispute, officials said."
CALLED_OFF = "Anna Berg and Ivo Petrov called off their meeting in Geneva on Thursday, officials said."
OTHER = "Norland's parliament approved the budget on Wednesday."


def seed(project, stem: str, text: str, published: str, outlet: str, title: str = "Ministers") -> None:
    put(project, f"seeds/{stem}.txt", text + "\n")
    put(project, f"seeds/{stem}.yaml", SIDECAR.format(published=published, outlet=outlet, title=title, stem=stem))


def ingest(project):
    return run_ingest(project, read_seeds(project.seeds, project.root))


def events(project) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted((project.content / "events").glob("*.md"))}


def test_a_later_report_of_the_same_happening_joins_its_event_in_the_same_file(project):
    seed(project, "001_wire", PLANNED, "2021-03-16", "Wire")
    seed(project, "000_other", OTHER, "2021-03-18", "Post", "Budget")
    ingest(project)
    before = events(project)
    [planned] = [name for name, text in before.items() if "Geneva" in text]
    assert "status: planned" in before[planned]
    seed(project, "002_agency", HELD, "2021-03-19", "Agency")
    report = ingest(project)
    after = events(project)
    assert set(after) == set(before)                     # no second event: the same file, the same id
    doc = frontmatter.parse(after[planned])
    assert [c["source"] for c in doc.meta["sources"]] == ["wire-ministers", "agency-ministers"]
    assert "status" not in doc.meta                      # the latest report says it took place: held
    # Each report's word, so the status history reads "announced as planned; reported held".
    assert [c["status"] for c in doc.meta["sources"]] == ["planned", "held"]
    assert [(c["date"], c["date_text"]) for c in doc.meta["sources"]] == [("2021-03-18", "on Thursday")] * 2
    assert doc.meta["merge_basis"].startswith("same day (2021-03-18), same kind (meeting")
    assert f"update content/events/{planned} (regenerated: its seeds are unchanged, " not in report.actions
    # The other article's event is byte for byte what it was.
    assert {n: t for n, t in after.items() if n != planned} == {n: t for n, t in before.items() if n != planned}
    model, problems = load(project)
    assert model is not None and not [p for p in problems if p.severity == "error"]
    assert not [p for p in problems if "latest report" in p.message]


def test_a_meeting_announced_then_called_off_is_one_event_whose_status_follows_the_latest_report(project):
    seed(project, "001_wire", PLANNED, "2021-03-16", "Wire")
    ingest(project)
    [name] = events(project)
    seed(project, "002_agency", CALLED_OFF, "2021-03-19", "Agency")
    ingest(project)
    assert list(events(project)) == [name]
    doc = frontmatter.parse(events(project)[name])
    assert doc.meta["status"] == "cancelled"
    assert [c.get("status") for c in doc.meta["sources"]] == ["planned", "cancelled"]
    model, problems = load(project)
    [event] = model.events.values() if isinstance(model.events, dict) else model.events
    assert event.status == "cancelled"
    assert not [p for p in problems if "latest report" in p.message]


def test_an_event_edited_by_hand_is_kept_and_the_new_report_given_as_a_sources_entry_to_paste(project):
    seed(project, "001_wire", PLANNED, "2021-03-16", "Wire")
    ingest(project)
    [name] = events(project)
    path = project.content / "events" / name
    edited = "\n".join("title: Ministers meet on the border dispute" if line.startswith("title: ") else line
                       for line in path.read_text().split("\n"))
    path.write_text(edited)
    seed(project, "002_agency", HELD, "2021-03-19", "Agency")
    report = ingest(project)
    assert path.read_text() == edited and list(events(project)) == [name]     # untouched, no second event
    [warning] = [c for c in report.conflicts if "add this to sources:" in c]
    head, _, paste = warning.partition("add this to sources:\n")
    line = edited.splitlines().index("sources:") + 1
    assert head.startswith(f"content/events/{name}:{line}: warning: edited by hand, not updated — Agency "
                           f"(2021-03-19) also reports this happening: ")
    assert paste.startswith("- source: agency-ministers\n  paragraph: 1\n  quote: ")
    # Pasted under 'sources:' as it stands, the entry is valid and cites the new report.
    path.write_text(edited.replace("sources:\n", "sources:\n" + paste + "\n", 1))
    model, problems = load(project)
    assert model is not None and not [p for p in problems if p.severity == "error"], problems
    doc = frontmatter.parse(path.read_text())
    assert [c["source"] for c in doc.meta["sources"]] == ["agency-ministers", "wire-ministers"]


def test_a_held_happening_from_one_report_is_written_as_before(project):
    seed(project, "001_wire", HELD, "2021-03-19", "Wire")
    ingest(project)
    [text] = events(project).values()
    meta = frontmatter.parse(text).meta
    assert list(meta) == ["title", "date", "date_text", "date_basis", "actors", "places", "tags", "sources"]
    assert list(meta["sources"][0]) == ["source", "paragraph", "quote"]


def test_re_ingesting_a_merged_event_changes_nothing(project):
    seed(project, "001_wire", PLANNED, "2021-03-16", "Wire")
    seed(project, "002_agency", HELD, "2021-03-19", "Agency")
    ingest(project)
    before = events(project)
    seed(project, "002_agency", HELD + "\n", "2021-03-19", "Agency")      # re-extracted, same result
    report = ingest(project)
    assert events(project) == before and report.conflicts == []


def test_a_split_made_by_hand_is_respected(project):
    seed(project, "001_wire", PLANNED, "2021-03-16", "Wire")
    seed(project, "002_agency", HELD, "2021-03-19", "Agency")
    ingest(project)
    [name] = events(project)
    path = project.content / "events" / name
    doc = frontmatter.parse(path.read_text())
    first, second = doc.meta["sources"]
    # The editor judges the two reports to be of two meetings: the second moves to a file of its own.
    put(project, "content/events/second-meeting.md", frontmatter.dump(
        {"title": "Berg and Petrov meet again", "date": "2021-03-18", "sources": [second]}, "Another meeting.\n"))
    path.write_text(frontmatter.dump({**{k: v for k, v in doc.meta.items() if k != "merge_basis"},
                                      "sources": [first]}, doc.body))
    split = path.read_text()
    # A third report comes in: it is offered for pasting, the report the editor moved out is not.
    seed(project, "003_post", "Anna Berg and Ivo Petrov met in Geneva on Thursday to discuss the border dispute, "
                              "a spokesman said.", "2021-03-20", "Post")
    report = ingest(project)
    assert path.read_text() == split
    [paste] = [c for c in report.conflicts if "add this to sources" in c]
    assert "- source: post-ministers" in paste and "agency-ministers" not in paste


def test_reports_that_disagree_on_the_day_give_one_event_the_validator_flags_for_an_editor(project):
    seed(project, "001_wire", "Anna Berg and Ivo Petrov signed a border agreement in Vienna on Thursday.",
         "2021-03-12", "Wire")
    seed(project, "002_agency", "Anna Berg and Ivo Petrov signed the border agreement in Vienna on Friday, ending "
                                "a decade of dispute.", "2021-03-13", "Agency")
    ingest(project)
    [(name, text)] = events(project).items()
    doc = frontmatter.parse(text)
    assert str(doc.meta["date"]) == "2021-03"
    assert [(str(c["date"]), c["date_text"]) for c in doc.meta["sources"]] == [
        ("2021-03-11", "on Thursday"), ("2021-03-12", "on Friday")]
    model, problems = load(project)
    [warning] = [p for p in problems if "disagree" in p.message]
    assert str(warning).startswith(f"content/events/{name}:{doc.line_of('date')}: warning: the reports disagree "
                                   f"on the date: 2021-03-11 (Wire, ¶1), 2021-03-12 (Agency, ¶1)")


# Two reports of one Tuesday that ingest kept as two events, and a later article that tells both at once.
TUESDAY_NAMES = "Anna Berg and Ivo Petrov met on Tuesday."
TUESDAY_PLACE = "The foreign ministers of Norland and Sudria met in Vienna on Tuesday."
TUESDAY_BOTH = ("Anna Berg and Ivo Petrov, the foreign ministers of Norland and Sudria, held talks in Vienna on "
                "Tuesday on the border.")


def test_a_later_article_never_joins_two_existing_events_its_citation_goes_to_one_of_them(project):
    seed(project, "001_wire", TUESDAY_NAMES, "2021-03-10", "Wire")
    seed(project, "002_agency", TUESDAY_PLACE, "2021-03-10", "Agency")
    ingest(project)
    before = events(project)
    assert len(before) == 2
    seed(project, "003_post", TUESDAY_BOTH, "2021-03-11", "Post")
    report = ingest(project)
    after = events(project)
    assert set(after) == set(before), report.actions      # both files stay: no URL disappears
    cited = {name: [c["source"] for c in frontmatter.parse(text).meta["sources"]] for name, text in after.items()}
    assert sorted(cited.values()) == [["agency-ministers"], ["wire-ministers", "post-ministers"]] or \
        sorted(cited.values()) == [["agency-ministers", "post-ministers"], ["wire-ministers"]]
    assert not [a for a in report.actions if a.startswith("remove ")]
    # Ingested together from the start, the three reports are one event: the split is only kept, never made.
    from generator.extract import extract
    together = extract(read_seeds(project.seeds, project.root), [])
    assert [sorted(c.source for c in e.sources) for e in together.events] == [
        ["agency-ministers", "post-ministers", "wire-ministers"]]
