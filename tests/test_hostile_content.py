"""Hostile or accidental input: every bad file is one `path:line: severity: message — what to do` line,
never a traceback, a hang or a file published from outside the project.

Each test builds a small project and checks the exact lines a person would see.
"""
from __future__ import annotations

import os

import pytest
from conftest import put
from test_frontmatter import BILLION_LAUGHS  # nine lines that stand for a billion strings once expanded

from generator.config import ConfigError, load_project
from generator.ingest import run_ingest
from generator.load import load
from generator.seeds import read_seeds, scan_seeds

KERRY = "---\nname: John Kerry\n---\n\nUS Secretary of State.\n"
EVENT = "---\ntitle: Kerry meets Lavrov\ndate: 2016-12-05\nactors: [john-kerry]\n---\n\nThey met.\n"

ANCHORS_REFUSED = ("YAML anchors ('&a') are not allowed — write the value out in full; put the value in quotes "
                   "if '&' is part of the text")


def lines(project) -> list[str]:
    model, problems = load(project)
    assert (model is None) == any(p.severity == "error" for p in problems)
    return [str(p) for p in problems]


@pytest.fixture
def base(project):
    put(project, "content/actors/john-kerry.md", KERRY)
    return project


# ------------------------------------------------------------------------------- YAML alias bombs
def test_an_alias_bomb_in_front_matter_is_refused_at_its_first_anchor(base):
    put(base, "content/events/e.md", "---\ntitle: T\ndate: 2016\n" + BILLION_LAUGHS + "---\n")
    assert lines(base) == [f"content/events/e.md:4: error: {ANCHORS_REFUSED}"]


def test_an_alias_bomb_in_config_yaml_is_refused_at_its_first_anchor(tmp_path):
    (tmp_path / "config.yaml").write_text("title: T\n" + BILLION_LAUGHS, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_project(tmp_path)
    assert str(exc.value) == f"config.yaml:2: error: {ANCHORS_REFUSED}"


def test_an_alias_bomb_in_a_seed_sidecar_is_a_warning_and_the_article_is_still_read(project):
    put(project, "seeds/a.txt", "Kerry met Lavrov.\n")
    put(project, "seeds/a.yaml", "published: 2016-12-06\n" + BILLION_LAUGHS)
    [article] = read_seeds(project.seeds, project.root)
    assert (article.paragraphs, article.warnings) == (["Kerry met Lavrov."], [
        f"seeds/a.yaml:2: warning: {ANCHORS_REFUSED}; the article is ingested without its metadata"])


# ---------------------------------------------------------------------------- tags with bad values
def test_a_tag_that_cannot_make_its_value_names_the_line(base):
    put(base, "content/events/e.md", EVENT.replace("actors:", "importance: !!int high\nactors:"))
    assert lines(base) == ["content/events/e.md:4: error: 'high' is not a valid !!int — remove the tag '!!int' (a "
                           "plain value needs none) or correct the value"]


# ------------------------------------------------------------------------------- symbolic links
def test_a_link_to_a_file_outside_the_project_is_refused_under_the_links_own_name(base, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "secret.md"
    outside.write_text(EVENT, encoding="utf-8")
    os.symlink(outside, base.content / "events" / "x.md")
    model, problems = load(base)
    assert model is None
    assert [str(p) for p in problems] == [
        f"content/events/x.md:1: error: a symbolic link to {outside.resolve()}, outside the project — copy the "
        f"file into the project instead; files outside it are never published"]


def test_a_reference_to_a_refused_link_is_not_reported_twice(base, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "lavrov.md"
    outside.write_text(KERRY, encoding="utf-8")
    os.symlink(outside, base.content / "actors" / "sergey-lavrov.md")
    put(base, "content/events/e.md", EVENT.replace("[john-kerry]", "[john-kerry, sergey-lavrov]"))
    assert [p.split(": error:")[0] for p in lines(base)] == ["content/actors/sergey-lavrov.md:1"]


def test_a_file_reached_through_a_link_in_the_project_is_read_and_reported_under_the_link(base):
    put(base, "drafts/kerry.md", EVENT.replace("2016-12-05", "2016-13"))
    os.symlink("../../drafts/kerry.md", base.content / "events" / "kerry.md")
    assert lines(base) == ["content/events/kerry.md:3: error: date '2016-13' has no month 13: months run 01 to 12 "
                           "— fix the date or leave 'date:' empty if the date is unknown"]


def test_a_link_in_the_project_is_published_under_its_own_id(base):
    put(base, "drafts/kerry.md", EVENT)
    os.symlink("../../drafts/kerry.md", base.content / "events" / "kerry-meets-lavrov.md")
    model, problems = load(base)
    assert problems == [] and [e.id for e in model.events] == ["kerry-meets-lavrov"]


def test_links_that_lead_nowhere_are_warnings(base):
    events = base.content / "events"
    os.symlink("loop-b.md", events / "loop-a.md")
    os.symlink("loop-a.md", events / "loop-b.md")
    os.symlink("gone.md", events / "dangling.md")
    assert lines(base) == [
        "content/events/dangling.md:1: warning: 'dangling.md' is a symbolic link to gone.md, which does not exist, "
        "and is not read — point the link at a file, or remove it",
        "content/events/loop-a.md:1: warning: 'loop-a.md' is a symbolic link that leads back to itself (a loop) "
        "and is not read — point the link at a file, or remove it",
        "content/events/loop-b.md:1: warning: 'loop-b.md' is a symbolic link that leads back to itself (a loop) "
        "and is not read — point the link at a file, or remove it"]


# ------------------------------------------------------------------------------------ subfolders
def test_content_files_in_subfolders_are_pointed_out_not_read(base):
    put(base, "content/events/2016/december.md", EVENT)
    put(base, "content/actors/people/deep/lavrov.md", KERRY)
    put(base, "content/events/2016/notes.txt", "not content")
    put(base, "content/events/.git/HEAD.md", "a hidden folder is nobody's content")
    os.symlink("2016", base.content / "events" / "same-again")     # reported once, where it really is
    model, problems = load(base)
    assert model.events == []
    assert [str(p) for p in problems] == [
        "content/actors/people/deep/lavrov.md:1: warning: 'lavrov.md' is in a subfolder and is not read — move it "
        "to content/actors/",
        "content/events/2016/december.md:1: warning: 'december.md' is in a subfolder and is not read — move it to "
        "content/events/"]


# ------------------------------------------------------------------------------------ huge bodies
def test_a_body_over_one_megabyte_is_a_warning_at_the_body(base):
    put(base, "content/events/e.md", EVENT.replace("They met.", "é" * 500_001))     # 1,000,002 bytes
    put(base, "content/actors/big.md", KERRY.replace("US Secretary of State.", "x" * 1_000_000))   # the limit
    assert lines(base) == [
        "content/events/e.md:7: warning: the body is 1,000,002 bytes, over the limit of 1 MB (1,000,000 bytes) — "
        "shorten it to a few sentences; the full text of an article belongs in content/sources/"]


# ------------------------------------------------------------------------------------------ seeds
def test_a_binary_seed_is_skipped_with_a_warning_naming_it(project):
    put(project, "seeds/photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    put(project, "seeds/a.txt", "Kerry met Lavrov.\n")
    articles, skipped = scan_seeds(project.seeds, project.root)
    assert [a.seed for a in articles] == ["a.txt"]
    assert skipped == ["seeds/photo.txt:1: warning: not a text article (binary data) — skipped; save the article "
                       "as UTF-8 plain text"]


def test_a_letter_without_an_ascii_spelling_before_a_country_is_ingested(project):
    # 'Ø' folds to nothing: the run "Ø:Russia" passed the gazetteer check as "Russia", then was looked up by
    # its surface ":russia", a KeyError that stopped ingest.
    put(project, "seeds/a.txt", "Russian Foreign Minister Sergey Lavrov met Ø:Russia on Friday.\n")
    put(project, "seeds/a.yaml", "published: 2016-12-06\noutlet: Wire\ntitle: Talks\n")
    run_ingest(project, read_seeds(project.seeds, project.root))
    model, problems = load(project)
    assert problems == []
    assert sorted(model.actors) == ["russia", "sergey-lavrov"]
    assert [(e.date_text, e.actors) for e in model.events] == [("on Friday", ["sergey-lavrov", "russia"])]
