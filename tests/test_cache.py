"""The build cache (.timeline-cache/): a build that reuses it gives the same bytes as one without it.

Every kind of edit is made to a project built once already (so its cache is full), the project is built
again with the cache, and the site is compared file by file with a cold build of a copy without the cache.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import build
from generator.cache import FOLDER, reads_bodies
from generator.config import load_project

SOURCE = """---
title: Talks resume in Geneva
outlet: Wire
published: 2016-12-06
url: https://news.test/geneva
---

Envoys met in Geneva on Friday to resume the talks.

Ann Lee said the ceasefire would hold until Monday.
"""

EVENTS = {
    "2016-12-02-envoys-meet": ("Envoys meet in Geneva", "2016-12-02", ["ann-lee", "bo-chan"], ["geneva"],
                               "Envoys met in Geneva on Friday to resume the talks.",
                               "Ann Lee met Bo Chan in Geneva; see [[2016-12-05-ceasefire-holds]]."),
    "2016-12-05-ceasefire-holds": ("Ceasefire holds", "2016-12-05", ["ann-lee"], [],
                                   "Ann Lee said the ceasefire would hold until Monday.",
                                   "The ceasefire held, Ann Lee said."),
    "2016-12-09-talks-end": ("Talks end", "2016-12-09", ["bo-chan"], ["geneva"],
                             "Envoys met in Geneva on Friday to resume the talks.", "They ended the talks."),
}


def event_text(title: str, date: str, actors: list[str], places: list[str], quote: str, body: str) -> str:
    return (f"---\ntitle: {title}\ndate: {date}\nactors: [{', '.join(actors)}]\nplaces: [{', '.join(places)}]\n"
            f"tags: [talks]\nsources:\n- source: geneva-talks\n  quote: {quote}\n---\n\n{body}\n")


def make_project(root: Path) -> Path:
    (root / "seeds").mkdir(parents=True)
    (root / "config.yaml").write_text('title: "Cache test"\nbase_url: "https://example.org/t/"\n', encoding="utf-8")
    content = root / "content"
    for folder in ("events", "actors", "places", "tags", "sources"):
        (content / folder).mkdir(parents=True)
    (content / "sources" / "geneva-talks.md").write_text(SOURCE, encoding="utf-8")
    for slug, name in (("ann-lee", "Ann Lee"), ("bo-chan", "Bo Chan")):
        (content / "actors" / f"{slug}.md").write_text(f"---\nname: {name}\ntype: person\n---\n\nAn envoy.\n",
                                                      encoding="utf-8")
    (content / "places" / "geneva.md").write_text("---\nname: Geneva\ntype: city\n---\n", encoding="utf-8")
    (content / "tags" / "talks.md").write_text("---\nname: Talks\n---\n", encoding="utf-8")
    for slug, fields in EVENTS.items():
        (content / "events" / f"{slug}.md").write_text(event_text(*fields), encoding="utf-8")
    return root


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def built(root: Path) -> list[str]:
    outcome = build(load_project(root))
    assert outcome.code == 0, outcome.problems
    return outcome.lines


def forget_exports() -> None:
    """What a new process knows of the exports: no summary or entry kept by an earlier build in this one."""
    from generator.site import exports
    exports._known.clear()
    exports._entries.clear()


def cold_copy(root: Path, where: Path) -> dict[str, bytes]:
    """The site a build without any cache makes of the same project (in a process that has built nothing)."""
    shutil.copytree(root, where, ignore=shutil.ignore_patterns(FOLDER, "site", ".site-*"))
    forget_exports()
    built(where)
    return site_files(where / "site")


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EVENT = "content/events/2016-12-02-envoys-meet.md"


def edit_body(root):
    replace(root / EVENT, "see [[2016-12-05-ceasefire-holds]]", "then [[bo-chan]] left")


def edit_title(root):
    # Shown on its own page, the lists, its neighbours' pager, the page linking it by [[id]], the exports.
    replace(root / "content/events/2016-12-05-ceasefire-holds.md", "title: Ceasefire holds", "title: Truce holds")


def move_date_to_another_month(root):
    replace(root / EVENT, "date: 2016-12-02", "date: 2017-01-15")


def move_date_to_another_day(root):
    replace(root / "content/events/2016-12-09-talks-end.md", "date: 2016-12-09", "date: 2016-12-05")


def rename_actor(root):
    replace(root / "content/actors/bo-chan.md", "name: Bo Chan", "name: Bo Chan-Li")


def change_template(root):
    templates = root / "templates"
    templates.mkdir()
    builtin = Path(__file__).resolve().parents[1] / "templates" / "event.html"
    (templates / "event.html").write_text(builtin.read_text(encoding="utf-8").replace(
        "<h1>{{ event.title }}</h1>", "<h1 class=\"changed\">{{ event.title }}</h1>"), encoding="utf-8")


def change_config(root):
    replace(root / "config.yaml", 'title: "Cache test"', 'title: "Cache test, renamed"')


def delete_event(root):
    (root / "content/events/2016-12-09-talks-end.md").unlink()


def add_event(root):
    (root / "content/events/2016-12-07-envoys-return.md").write_text(event_text(
        "Envoys return", "2016-12-07", ["ann-lee"], ["geneva"], "Envoys met in Geneva on Friday to resume the talks.",
        "Ann Lee returned."), encoding="utf-8")


def change_status(root):
    replace(root / EVENT, "date: 2016-12-02\n", "date: 2016-12-02\nstatus: cancelled\n")


def change_actors(root):
    replace(root / "content/events/2016-12-09-talks-end.md", "actors: [bo-chan]", "actors: [ann-lee, bo-chan]")


def add_end_date(root):
    replace(root / EVENT, "date: 2016-12-02\n", "date: 2016-12-02\nend: 2016-12-04\n")


def edit_source(root):
    replace(root / "content/sources/geneva-talks.md", "outlet: Wire", "outlet: Newswire")


EDITS = [edit_body, edit_title, move_date_to_another_month, move_date_to_another_day, rename_actor, change_template,
         change_config, delete_event, add_event, edit_source, change_status, change_actors, add_end_date]


@pytest.mark.parametrize("edit", EDITS, ids=lambda f: f.__name__)
def test_a_cached_build_after_an_edit_is_byte_identical_to_a_cold_build(tmp_path, edit):
    root = make_project(tmp_path / "project")
    built(root)
    before = site_files(root / "site")
    edit(root)
    built(root)
    after = site_files(root / "site")
    assert after != before, "the edit changed nothing on the site"
    assert after == cold_copy(root, tmp_path / "cold")


@pytest.mark.parametrize("edit", EDITS, ids=lambda f: f.__name__)
def test_a_new_process_building_after_an_edit_with_the_cache_on_disk_is_byte_identical(tmp_path, edit, monkeypatch):
    # The CLI's way: the summaries and export entries come from .timeline-cache/, not from this process.
    from generator import load
    root = make_project(tmp_path / "project")
    built(root)
    edit(root)
    monkeypatch.setattr(load, "_parsed", {})
    monkeypatch.setattr(load, "_stamps", {})
    forget_exports()
    built(root)
    assert (root / FOLDER / "entries.pickle").is_file()
    assert site_files(root / "site") == cold_copy(root, tmp_path / "cold")


@pytest.mark.parametrize("edit", EDITS, ids=lambda f: f.__name__)
def test_a_build_updating_the_site_in_place_is_byte_identical_to_a_cold_build(tmp_path, edit, monkeypatch):
    # A big site with one edit moves only the changed files into site/; here every rebuild does.
    from generator import write
    monkeypatch.setattr(write, "IN_PLACE_SHARE", 1.0)
    root = make_project(tmp_path / "project")
    built(root)
    site = root / "site"
    inode = site.stat().st_ino
    edit(root)
    built(root)
    assert site.stat().st_ino == inode, "the site folder was replaced, not updated"
    assert site_files(site) == cold_copy(root, tmp_path / "cold")
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".site")) == []
    # No folder the new site does not have is left behind (the month an event moved out of).
    assert sorted(p.relative_to(site) for p in site.rglob("*") if p.is_dir() and not any(p.iterdir())) == []


def test_an_in_place_update_that_fails_leaves_the_published_site_as_it_was(tmp_path, monkeypatch):
    from generator import write
    monkeypatch.setattr(write, "IN_PLACE_SHARE", 1.0)
    root = make_project(tmp_path / "project")
    built(root)
    before = site_files(root / "site")
    edit_title(root)

    def stop(step):
        if step == "written":       # every new file is written, none is in site/ yet
            raise KeyboardInterrupt
    monkeypatch.setattr(write, "_after", stop)
    with pytest.raises(KeyboardInterrupt):
        build(load_project(root))
    monkeypatch.setattr(write, "_after", None)
    assert site_files(root / "site") == before
    built(root)
    assert site_files(root / "site") == cold_copy(root, tmp_path / "cold")


def test_a_body_edit_renders_only_the_pages_that_show_it(tmp_path):
    root = make_project(tmp_path / "project")
    built(root)
    replace(root / "content/events/2016-12-09-talks-end.md", "They ended the talks.", "They ended the talks early.")
    line = built(root)[-1]
    # Its own page, the home page, the exports (one job) and the other pages listing every event; not the
    # other events', actors', places' or archive pages (their lists show titles, not bodies).
    assert "of " in line and " pages rendered, the rest unchanged" in line
    rendered, total = map(int, line.split("(")[1].split(" pages")[0].split(" of "))
    assert rendered < total / 2


def test_a_build_with_nothing_changed_writes_nothing(tmp_path):
    root = make_project(tmp_path / "project")
    built(root)
    site = root / "site"
    inode = site.stat().st_ino
    line = built(root)[-1]
    assert line.startswith("site: site/ is up to date, ") and "(0 of " in line
    assert site.stat().st_ino == inode, "the site folder was replaced"


def test_a_hand_edited_page_in_the_site_is_rendered_again(tmp_path):
    root = make_project(tmp_path / "project")
    built(root)
    page = root / "site" / "events" / "2016-12-05-ceasefire-holds.html"
    good = page.read_bytes()
    page.write_bytes(good.replace(b"Ceasefire holds", b"Tampered"))
    built(root)
    assert page.read_bytes() == good


@pytest.mark.parametrize("damage", ["truncate", "garbage", "foreign", "delete"])
def test_a_damaged_or_foreign_cache_is_ignored_and_rebuilt(tmp_path, damage, monkeypatch):
    from generator import load

    root = make_project(tmp_path / "project")
    built(root)
    good = site_files(root / "site")
    monkeypatch.setattr(load, "_parsed", {})     # a new process, which has only the cache on disk
    monkeypatch.setattr(load, "_stamps", {})
    for path in sorted((root / FOLDER).glob("*.pickle")):
        data = path.read_bytes()
        if damage == "truncate":
            path.write_bytes(data[: len(data) // 2])
        elif damage == "garbage":
            path.write_bytes(b"\x80\x05garbage" * 100)
        elif damage == "foreign":     # another version's cache: same layout, other code digest
            path.write_bytes(data[:17] + bytes(16) + data[33:])
        else:
            path.unlink()
    built(root)
    assert site_files(root / "site") == good
    edit_title(root)
    built(root)
    assert site_files(root / "site") == cold_copy(root, tmp_path / "cold")
    # stamps.pickle only once some file is old enough for its stamp to be trusted (see load._SETTLED_NS), and
    # record.pickle (unchanged.py) only once every content file is.
    assert {"parsed.pickle", "pages.pickle", "templates.pickle", "summaries.pickle", "entries.pickle"} \
        <= {p.name for p in (root / FOLDER).glob("*.pickle")} \
        <= {"parsed.pickle", "pages.pickle", "templates.pickle", "summaries.pickle", "entries.pickle", "stamps.pickle",
            "record.pickle"}


def test_a_pickle_naming_anything_but_content_classes_is_never_loaded(tmp_path):
    import pickle

    from generator import cache

    class Boom:
        def __reduce__(self):
            return (print, ("ran code from the cache",))

    folder = tmp_path / FOLDER
    folder.mkdir()
    (folder / "pages.pickle").write_bytes(b"timeline-cache 1\n" + cache.code_digest() + pickle.dumps(Boom()))
    assert cache.BuildCache(tmp_path).pages == {}


def test_problems_keep_their_lines_when_the_file_is_read_from_the_cache(tmp_path, monkeypatch):
    from generator import load

    root = make_project(tmp_path / "project")
    replace(root / EVENT, "tags: [talks]", "tags: [talks]\ncolour: blue")
    first = build(load_project(root)).problems
    monkeypatch.setattr(load, "_parsed", {})     # as in a new process: the files come from .timeline-cache/
    second = build(load_project(root)).problems
    assert first == second
    assert second[0].startswith(f"{EVENT}:7: warning: unknown key 'colour' — it is ignored")


def test_the_cache_folder_is_ignored_by_git(tmp_path):
    root = make_project(tmp_path / "project")
    built(root)
    assert (root / FOLDER / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"


# ------------------------------------------------------------------------------ the progress line


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_one_line_rewritten_in_place_on_a_terminal():
    from generator.build import Progress

    times = iter([0.0, 2.0, 2.05, 4.0])
    out = Terminal()
    progress = Progress(out, clock=lambda: next(times))
    progress.stage("render")            # t=0
    progress(500, 2000)                 # t=2: shown
    progress(510, 2000)                 # t=2.05: too soon after the last, skipped
    progress(2000, 2000)                # t=4: the last one is always shown
    progress.clear()
    shown = out.getvalue().split("\r")
    assert shown[1:4] == ["render…", "render: 500/2000 pages, 250 pages/s", "render: 2000/2000 pages, 500 pages/s"]
    assert "\n" not in out.getvalue() and out.getvalue().endswith("\r")


def test_progress_is_silent_when_the_output_is_not_a_terminal(tmp_path):
    from generator.build import Progress

    out = io.StringIO()
    progress = Progress(out)
    progress.stage("render")
    progress(1, 2)
    progress.clear()
    assert out.getvalue() == ""
    root = make_project(tmp_path / "project")
    done = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "build"], capture_output=True,
                          text=True, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0 and "\r" not in done.stdout + done.stderr


@pytest.mark.parametrize("text, reads", [
    ('{% for e in events %}{{ e.body }}{% endfor %}', True),
    ('{{ events|map(attribute="body")|join }}', True),
    ("{{ e['body'] }}", True),
    ('{{ e|attr(name) }}', True),
    ('<body>{{ body }}</body>', False),          # the page's own body, passed in rendered
])
def test_a_template_that_shows_other_events_bodies_makes_lists_depend_on_bodies(tmp_path, text, reads):
    (tmp_path / "index.html").write_text(text, encoding="utf-8")
    assert reads_bodies([tmp_path]) is reads


def test_the_built_in_templates_show_no_body_but_the_page_s_own():
    assert reads_bodies([Path(__file__).resolve().parents[1] / "templates"]) is False


def test_a_content_file_whose_stamp_is_unchanged_is_not_read_again(tmp_path, monkeypatch):
    from generator import load

    monkeypatch.setattr(load, "_SETTLED_NS", -10 ** 12)     # trust every stamp: these files are seconds old
    root = make_project(tmp_path / "project")
    built(root)
    good = site_files(root / "site")
    monkeypatch.setattr(load, "_parsed", {})     # a new process: only the cache on disk
    monkeypatch.setattr(load, "_stamps", {})
    content = root / "content"
    real = Path.read_bytes

    def read_bytes(path):
        assert not path.is_relative_to(content), f"{path} was read again"
        return real(path)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert built(root)[-1].startswith("site: site/ is up to date")
    assert site_files(root / "site") == good


def test_an_edit_that_keeps_the_size_and_modification_time_is_still_seen(tmp_path, monkeypatch):
    import os

    from generator import load

    monkeypatch.setattr(load, "_SETTLED_NS", -10 ** 12)
    root = make_project(tmp_path / "project")
    built(root)
    path = root / "content/events/2016-12-09-talks-end.md"
    st = path.stat()
    replace(path, "Talks end", "Talks end".upper())         # same size ...
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))     # ... and the old mtime: only the ctime tells
    built(root)
    assert b"TALKS END" in (root / "site/events/2016-12-09-talks-end.html").read_bytes()
    assert site_files(root / "site") == cold_copy(root, tmp_path / "cold")


def test_summaries_kept_from_an_earlier_build_follow_a_renamed_link_target(tmp_path, monkeypatch):
    from generator.site import exports

    root = make_project(tmp_path / "project")
    built(root)
    edit_title(root)    # the body of 2016-12-02-envoys-meet links [[2016-12-05-ceasefire-holds]] by its title
    built(root)
    feed = (root / "site" / "feed.xml").read_bytes()
    assert b"see Truce holds." in feed and b"see Ceasefire holds." not in feed
    monkeypatch.setattr(exports, "_known", {})     # a new process
    assert feed == cold_copy(root, tmp_path / "cold")["feed.xml"]


# ------------------------------------------------------------------------------ nothing changed: the record


@pytest.fixture
def settled(monkeypatch):
    """Every content file counts as settled (these are seconds old; see unchanged.SETTLED_NS), so builds
    record themselves and a build with nothing changed replays the record."""
    from generator import load, unchanged

    monkeypatch.setattr(load, "_SETTLED_NS", -10 ** 12)
    monkeypatch.setattr(unchanged, "SETTLED_NS", -10 ** 12)


def full_builds_only(monkeypatch):
    """From now on a build that renders anything fails the test."""
    from generator.site import render

    def render_into(*args, **kwargs):
        raise AssertionError("rendered: the build was not replayed")
    monkeypatch.setattr(render, "render_into", render_into)


def without_timing(lines: list[str]) -> list[str]:
    return [line.rsplit(" in ", 1)[0] if line.startswith("site: ") else line for line in lines]


def test_a_build_with_nothing_changed_replays_the_last_one_s_lines_and_problems(tmp_path, settled, monkeypatch):
    root = make_project(tmp_path / "project")
    replace(root / EVENT, "tags: [talks]", "tags: [talks]\ncolour: blue")    # a warning to replay
    build(load_project(root))
    (root / FOLDER / "record.pickle").unlink()
    full = build(load_project(root))        # nothing changed, every page checked: what a replay must say
    assert full.code == 0 and full.lines[-1].startswith("site: site/ is up to date")
    site = site_files(root / "site")
    full_builds_only(monkeypatch)
    replayed = build(load_project(root))
    assert (replayed.code, replayed.problems, without_timing(replayed.lines)) == \
        (0, full.problems, without_timing(full.lines))
    assert replayed.problems[0].startswith(f"{EVENT}:7: warning: unknown key 'colour'")
    assert site_files(root / "site") == site


@pytest.mark.parametrize("edit", EDITS, ids=lambda f: f.__name__)
def test_after_any_edit_a_recorded_build_is_not_replayed(tmp_path, settled, edit):
    root = make_project(tmp_path / "project")
    built(root)
    built(root)
    assert (root / FOLDER / "record.pickle").is_file()
    edit(root)
    built(root)
    assert site_files(root / "site") == cold_copy(root, tmp_path / "cold")


@pytest.mark.parametrize("damage", ["edit a page", "add a file", "remove a file", "leftover of a build"])
def test_a_site_not_as_the_last_build_left_it_is_built_again(tmp_path, settled, damage):
    root = make_project(tmp_path / "project")
    built(root)
    good = site_files(root / "site")
    page = root / "site" / "events" / "2016-12-05-ceasefire-holds.html"
    if damage == "edit a page":
        page.write_bytes(page.read_bytes().replace(b"Ceasefire holds", b"Tampered"))
    elif damage == "add a file":
        (root / "site" / "events" / "stray.html").write_text("stray", encoding="utf-8")
    elif damage == "remove a file":
        page.unlink()
    else:
        (root / ".site-tmp-999999").mkdir()     # no such process: recover() removes it
    built(root)
    assert site_files(root / "site") == good
    assert not (root / ".site-tmp-999999").exists()


def test_a_file_changed_moments_ago_is_never_vouched_for_by_its_stamp(tmp_path, monkeypatch):
    from generator import unchanged

    root = make_project(tmp_path / "project")
    assert unchanged.content_stamps(load_project(root)) is None      # written just now
    monkeypatch.setattr(unchanged, "SETTLED_NS", -10 ** 12)
    assert unchanged.content_stamps(load_project(root)) is not None


@pytest.mark.parametrize("odd", ["subfolder", "symbolic link"])
def test_content_with_a_subfolder_or_link_is_always_read(tmp_path, settled, odd):
    from generator import unchanged

    root = make_project(tmp_path / "project")
    events = root / "content" / "events"
    if odd == "subfolder":
        (events / "later").mkdir()
    else:
        (events / "link.md").symlink_to(events / "2016-12-09-talks-end.md")
    assert unchanged.content_stamps(load_project(root)) is None


def test_a_strict_build_does_not_replay_a_lenient_one(tmp_path, settled):
    root = make_project(tmp_path / "project")
    replace(root / EVENT, "tags: [talks]", "tags: [talks]\ncolour: blue")
    assert build(load_project(root)).code == 0
    strict = build(load_project(root), strict=True)
    assert strict.code == 1 and "error: unknown key 'colour'" in strict.problems[0]


def test_a_pending_ingest_is_never_replayed_over(tmp_path, settled, monkeypatch):
    from generator import build as build_module

    root = make_project(tmp_path / "project")
    built(root)
    built(root)
    calls = []
    real = build_module._replay
    monkeypatch.setattr(build_module, "_plans_nothing", lambda report: calls.append(report) and False)
    monkeypatch.setattr(build_module, "_replay", lambda *a, **k: pytest.fail("replayed") or real(*a, **k))
    built(root)
    assert calls


def test_export_summaries_come_from_the_build_cache_in_a_new_process(tmp_path, monkeypatch):
    from generator.site import exports

    built(make_project(tmp_path / "twin"))      # this process knows every summary already ...
    root = make_project(tmp_path / "project")
    built(root)
    assert (root / FOLDER / "summaries.pickle").is_file()     # ... and still keeps them in this project's cache
    monkeypatch.setattr(exports, "_known", {})     # a new process: only the cache on disk
    real = exports.event_summary
    monkeypatch.setattr(exports, "event_summary", lambda *a: pytest.fail("a summary was worked out again"))
    move_date_to_another_day(root)       # every export is made again; no text and no name changed
    built(root)
    monkeypatch.setattr(exports, "event_summary", real)
    assert site_files(root / "site") == cold_copy(root, tmp_path / "cold")


@pytest.mark.parametrize("enabled", [True, False])
def test_a_build_leaves_the_cycle_collector_as_it_found_it(tmp_path, enabled):
    import gc

    root = make_project(tmp_path / "project")
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        built(root)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
        gc.unfreeze()


def test_the_code_digest_covers_the_modules_of_subpackages(monkeypatch):
    # The pages and exports are made in generator/site/: a change there must not reuse pages made before it.
    from generator import cache
    monkeypatch.setattr(cache, "_code", None)
    before = cache.code_digest()
    exports_py = Path(cache.__file__).resolve().parent / "site" / "exports.py"
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: real(self) + (b"#" if self == exports_py else b""))
    monkeypatch.setattr(cache, "_code", None)
    assert cache.code_digest() != before
