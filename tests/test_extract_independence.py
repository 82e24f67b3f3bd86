"""One article's events depend only on that article, its sidecar and the entities a person wrote in content/.

Neither a blank line, nor another article, nor the entity files an earlier ingest wrote may retitle, redate
or otherwise change them (invented wire copy; the names are made up)."""
from __future__ import annotations

import dataclasses
import datetime as dt

from generator.extract import extract
from generator.ingest import run_ingest
from generator.seeds import read_seeds

from generator.config import load_project

from conftest import CONTENT_DIRS, put
from news import show, wire_article

HARBOUR = """OSLO, March 8 (Wire) - Opposition candidate Marta Lindqvist won the mayoral election in Bergen in October, and Foreign Minister Tomas Holm met Finnish envoy Liisa Korpela in Oslo on Tuesday to discuss fishing quotas.
Holm and Korpela agreed on Tuesday to hold a second round of talks in Helsinki in April.
"We are close to a deal," Holm told reporters on Wednesday.
Lindqvist said on Thursday that the city would not host the talks."""

FLOOD = """LYON, March 8 (Wire) - Mayor Hugo Brandt declared a state of emergency on Monday after the river burst its banks.
Rescue teams evacuated 300 residents on Tuesday, the prefecture said.
Brandt told reporters on Wednesday that the clean-up would take weeks."""

PUBLISHED = "published: 2019-03-08\noutlet: Wire\ntitle: {title}\nurl: https://example.org/{stem}\n"


def _seed(project, stem: str, text: str, title: str) -> None:
    put(project, f"seeds/{stem}.txt", text + "\n")
    put(project, f"seeds/{stem}.yaml", PUBLISHED.format(title=title, stem=stem))


def _new_project(root):
    for name in CONTENT_DIRS:
        (root / "content" / name).mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "config.yaml").write_text('title: "Test timeline"\nbase_url: "https://example.org/t/"\n', encoding="utf-8")
    return load_project(root)


def _ingest(project, edited: bool = False):
    report = run_ingest(project, read_seeds(project.seeds, project.root))
    assert edited or report.conflicts == []
    return report


def _content(project, folder: str = "") -> dict[str, bytes]:
    root = project.content / folder if folder else project.content
    return {p.relative_to(project.content).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.md"))}


def _events(text: str, *others: tuple[str, str]):
    arts = [wire_article("harbour", dt.date(2019, 3, 8), text)]
    arts += [wire_article(name, dt.date(2019, 3, 8), body) for name, body in others]
    return [e for e in extract(arts, []).events if any(c.source == "harbour" for c in e.sources)]


def test_a_blank_line_appended_changes_nothing():
    before, after = _events(HARBOUR), _events(HARBOUR + "\n\n")
    assert before == after, show(after)


def test_a_new_first_paragraph_moves_only_the_paragraph_numbers():
    before = _events(HARBOUR)
    after = _events("By Karin Dahl, Wire staff\n" + HARBOUR)

    def unnumbered(events):
        return [dataclasses.replace(e, sources=[dataclasses.replace(c, paragraph=0) for c in e.sources])
                for e in events]
    assert unnumbered(before) == unnumbered(after), show(after)
    assert [c.paragraph + 1 for e in before for c in e.sources] == [c.paragraph for e in after for c in e.sources]


def test_another_article_changes_no_event_of_the_first():
    alone = _events(HARBOUR)
    assert alone == _events(HARBOUR, ("flood", FLOOD)), show(alone)
    # Even an article that names the same people, with titles, may not retitle or redate the first one's.
    related = ("talks", "Finnish Foreign Minister Tomas Holm (sic) and Ambassador Liisa Korpela met again on "
                        "Friday in Helsinki.\nOpposition leader Marta Lindqvist said on Friday that she would run again.")
    with_related = _events(HARBOUR, related)
    assert [(e.title, e.date, e.date_text) for e in with_related] == [(e.title, e.date, e.date_text) for e in alone]


def test_adding_an_unrelated_article_leaves_the_first_articles_files_byte_for_byte(project):
    _seed(project, "001_harbour", HARBOUR, "Nordic ministers agree on second round of fishing talks")
    _ingest(project)
    before = _content(project, "events")
    assert before
    _seed(project, "002_flood", FLOOD, "Lyon declares emergency as river floods")
    _ingest(project)
    after = _content(project, "events")
    assert {rel: data for rel, data in after.items() if rel in before} == before
    assert set(before) < set(after)


def test_re_ingesting_with_ingests_own_entity_files_equals_one_ingest_from_scratch(project, tmp_path):
    # Ingest once, then change the seed trivially so that it is extracted again while the actor and place
    # files the first ingest wrote are in content/: extraction must not read them back as a person's aliases.
    _seed(project, "001_harbour", HARBOUR, "Nordic ministers agree on second round of fishing talks")
    _seed(project, "002_flood", FLOOD, "Lyon declares emergency as river floods")
    _ingest(project)
    assert _content(project, "actors")
    _seed(project, "001_harbour", HARBOUR + "\n", "Nordic ministers agree on second round of fishing talks")
    _seed(project, "002_flood", FLOOD + "\n", "Lyon declares emergency as river floods")
    _ingest(project)

    fresh = _new_project(tmp_path / "fresh")
    _seed(fresh, "001_harbour", HARBOUR + "\n", "Nordic ministers agree on second round of fishing talks")
    _seed(fresh, "002_flood", FLOOD + "\n", "Lyon declares emergency as river floods")
    _ingest(fresh)
    assert _content(project) == _content(fresh)


def test_an_entity_a_person_edited_still_teaches_the_extraction(project):
    _seed(project, "001_harbour", HARBOUR, "Nordic ministers agree on second round of fishing talks")
    _ingest(project)
    holm = project.content / "actors" / "tomas-holm.md"
    assert holm.exists()
    # The newsroom renames the minister and gives a spelling: from then on it is a person's file, and used.
    put(project, "content/actors/tomas-holm.md",
        "---\nname: Tomas Holm\naliases: [Minister Holm, T. Holm]\ntype: person\n---\n\nNorway's foreign minister.\n")
    _seed(project, "002_flood", FLOOD + "\nT. Holm visited Lyon on Thursday.", "Lyon declares emergency as river floods")
    _ingest(project, edited=True)
    visit = [p for p in (project.content / "events").glob("*.md") if "visit" in p.name]
    assert visit and "actors: [tomas-holm]" in visit[0].read_text()


def test_merging_the_same_happening_only_adds_the_other_reports_citation():
    first = wire_article("paper-a", dt.date(2019, 6, 5),
                         "Chancellor Angela Merkel met President Emmanuel Macron in Berlin on Monday.")
    second = wire_article("paper-b", dt.date(2019, 6, 5),
                          "Merkel and Macron met in Berlin on Monday to talk about trade and tariffs.")
    [alone] = extract([first], []).events
    [merged] = extract([first, second], []).events
    assert [c.source for c in merged.sources] == ["paper-a", "paper-b"]
    same = ("title", "date", "date_text", "date_basis", "actors", "places", "tags")
    assert {k: getattr(merged, k) for k in same} == {k: getattr(alone, k) for k in same}
