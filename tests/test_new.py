"""`new` starts a content file by hand, in the same form ingest writes, and never overwrites one."""
from __future__ import annotations

import pytest
from conftest import put

from generator.load import load
from generator.new import NewEntryError, new_entry


def test_new_event_with_date_actors_and_places(project):
    put(project, "content/actors/john-kerry.md", "---\nname: John Kerry\n---\n")
    put(project, "content/places/rome.md", "---\nname: Rome\n---\n")
    path = new_entry(project, "event", "Kerry meets Lavrov in Rome", date="2016-12-02",
                     actors=["john-kerry"], places=["rome"])
    assert path == project.content / "events/2016-12-02-kerry-meets-lavrov-in-rome.md"
    assert path.read_text() == ("---\ntitle: Kerry meets Lavrov in Rome\ndate: 2016-12-02\ndate_text:\n"
                                "date_basis:\nactors: [john-kerry]\nplaces: [rome]\ntags: []\nsources: []\n---\n")
    model, problems = load(project)
    assert problems == [] and model.events[0].title == "Kerry meets Lavrov in Rome"


def test_new_undated_event(project):
    path = new_entry(project, "event", "Talks resume")
    assert path.name == "undated-talks-resume.md"
    assert "date:\n" in path.read_text()


@pytest.mark.parametrize("kind, folder", [("actor", "actors"), ("place", "places"), ("tag", "tags")])
def test_new_entities(project, kind, folder):
    path = new_entry(project, kind, "Sergey Lavrov")
    assert path == project.content / folder / "sergey-lavrov.md"
    assert path.read_text() == "---\nname: Sergey Lavrov\naliases: []\n---\n"


def test_refuses_to_overwrite(project):
    put(project, "content/actors/sergey-lavrov.md", "---\nname: Mine\n---\n")
    with pytest.raises(NewEntryError) as exc:
        new_entry(project, "actor", "Sergey Lavrov")
    assert str(exc.value) == "content/actors/sergey-lavrov.md already exists — edit it, or choose another title"
    assert (project.content / "actors/sergey-lavrov.md").read_text() == "---\nname: Mine\n---\n"


@pytest.mark.parametrize("date, message", [
    ("2016-02-30", "--date '2016-02-30' does not exist: February 2016 has 29 days"),
    ("Dec 2", "--date 'Dec 2' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_rejects_a_bad_date(project, date, message):
    with pytest.raises(NewEntryError, match="^" + message.replace("(", r"\(") + "$"):
        new_entry(project, "event", "x", date=date)


def test_partial_dates_are_fine(project):
    assert new_entry(project, "event", "Election", date="2016-11").name == "2016-11-election.md"


def test_rejects_an_unknown_actor_with_a_suggestion(project):
    put(project, "content/actors/john-kerry.md", "---\nname: John Kerry\n---\n")
    with pytest.raises(NewEntryError) as exc:
        new_entry(project, "event", "x", actors=["jon-kerry"])
    assert str(exc.value) == ("unknown actor 'jon-kerry' — did you mean 'john-kerry'? Or create it first: "
                              "python -m generator new actor \"Name\"")
    assert list((project.content / "events").iterdir()) == []


def test_rejects_unknown_kinds_and_empty_titles(project):
    with pytest.raises(NewEntryError, match="choose one of: event, actor, place, tag"):
        new_entry(project, "person", "x")
    with pytest.raises(NewEntryError, match="needs a title"):
        new_entry(project, "event", "  ")
    with pytest.raises(NewEntryError, match="Latin letters"):
        new_entry(project, "actor", "Алеппо")


def test_a_title_of_digits_stays_text(project):
    path = new_entry(project, "event", "0123")
    assert path == project.content / "events/undated-0123.md"
    assert path.read_text() == ("---\ntitle: '0123'\ndate:\ndate_text:\ndate_basis:\nactors: []\nplaces: []\n"
                                "tags: []\nsources: []\n---\n")
    model, problems = load(project)
    assert problems == [] and model.events[0].title == "0123"


def test_a_name_that_looks_like_a_year_stays_text(project):
    path = new_entry(project, "tag", "1989")
    assert path.read_text() == "---\nname: '1989'\naliases: []\n---\n"
    model, problems = load(project)
    assert problems == [] and model.tags["1989"].name == "1989"


def test_names_with_letters_outside_ascii_keep_them_in_the_file_name(project):
    path = new_entry(project, "actor", "Łódź Café")
    assert path == project.content / "actors/lodz-cafe.md"
    assert path.read_text() == "---\nname: Łódź Café\naliases: []\n---\n"


def test_the_command_line_prints_the_path_of_the_new_file(project):
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-m", "generator", "--root", str(project.root), "new", "event", "0123"],
                          capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, "content/events/undated-0123.md\n", "")
    assert "title: '0123'\n" in (project.content / "events/undated-0123.md").read_text()
