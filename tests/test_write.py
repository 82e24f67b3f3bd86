"""Atomic writes: a file or a whole site is replaced in one step; interrupted, the old one stays whole."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from generator import write
from generator.write import publish, write_atomic

ROOT = Path(__file__).resolve().parent.parent


def tree(folder: Path) -> dict[str, bytes]:
    """The site's pages (the marker publish adds to every site folder aside)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != write.SITE_MARKER}


def test_write_atomic_replaces_the_file_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "events" / "a.md"
    write_atomic(target, "first\n")
    write_atomic(target, "zweite – ü\n")
    assert target.read_text(encoding="utf-8") == "zweite – ü\n"
    assert os.listdir(target.parent) == ["a.md"]


def test_write_atomic_failure_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "a.md"
    target.write_text("old\n")

    def broken(*args):
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomic(target, "new\n")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["a.md"]


def test_publish_writes_exactly_the_pages(tmp_path):
    site = tmp_path / "site"
    publish({"index.html": b"<p>1</p>", "events/a.html": b"a"}, site)
    assert tree(site) == {"events/a.html": b"a", "index.html": b"<p>1</p>"}
    # A page that is gone from the model is gone from the site: nothing stale survives.
    publish({"index.html": b"<p>2</p>"}, site)
    assert tree(site) == {"index.html": b"<p>2</p>"}
    assert sorted(os.listdir(tmp_path)) == ["site"]


def test_publish_marks_the_folder_as_its_own(tmp_path):
    publish({"index.html": b"x"}, tmp_path / "site")
    assert (tmp_path / "site" / ".timeline-site").read_text().startswith("This folder is written by the timeline")


@pytest.mark.parametrize("name", ["docs", ".git", "tests"])
def test_publish_never_replaces_a_folder_it_did_not_write(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "notes.md").write_text("mine\n")
    with pytest.raises(write.ForeignSiteFolder, match="holds files this tool did not write"):
        publish({"index.html": b"x"}, folder)
    assert tree(folder) == {"notes.md": b"mine\n"}


def test_publish_takes_an_empty_folder(tmp_path):
    (tmp_path / "site").mkdir()
    publish({"index.html": b"x"}, tmp_path / "site")
    assert tree(tmp_path / "site") == {"index.html": b"x"}


@pytest.mark.parametrize("bad", ["../x.html", "/etc/x", "a/../../x", "a//b", "", "a\\..\\x"])
def test_publish_refuses_paths_outside_the_site(tmp_path, bad):
    with pytest.raises(ValueError, match="escapes the site folder"):
        publish({bad: b"x"}, tmp_path / "site")
    assert not (tmp_path / "site").exists()


def test_publish_cleans_up_what_a_killed_build_left(tmp_path):
    site = tmp_path / "site"
    publish({"index.html": b"old"}, site)
    dead = 2 ** 22 + 12345          # above the default pid_max: no such process
    (tmp_path / f".site-tmp-{dead}" / "events").mkdir(parents=True)
    publish({"index.html": b"new"}, site)
    assert sorted(os.listdir(tmp_path)) == ["site"]


def test_publish_restores_the_old_site_moved_aside_by_a_killed_build(tmp_path):
    # The fallback swap (no atomic exchange) renames site/ away before renaming the new one in.
    old = tmp_path / f".site-old-{2 ** 22 + 7}"
    old.mkdir()
    (old / "index.html").write_bytes(b"old")
    write.recover(tmp_path / "site")
    assert tree(tmp_path / "site") == {"index.html": b"old"}


def test_publish_ctrl_c_while_writing_keeps_the_old_site(tmp_path, monkeypatch):
    site = tmp_path / "site"
    publish({"index.html": b"old", "a/b.html": b"b"}, site)

    def interrupt(step):
        raise KeyboardInterrupt
    monkeypatch.setattr(write, "_after", interrupt)
    with pytest.raises(KeyboardInterrupt):
        publish({"index.html": b"new"}, site)
    assert tree(site) == {"a/b.html": b"b", "index.html": b"old"}
    assert sorted(os.listdir(tmp_path)) == ["site"]


CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from generator import write
    step = os.environ.get("KILL_AT")
    if step:
        write._after = lambda s: os.kill(os.getpid(), signal.SIGKILL) if s == step else None
    pages = {{f"events/e{{i:05d}}.html": (b"new page %d " % i) * 200 for i in range(int(sys.argv[2]))}}
    pages["index.html"] = b"new"
    write.publish(pages, Path(sys.argv[1]))
""")


def old_site(site: Path) -> dict[str, bytes]:
    pages = {f"events/e{i:05d}.html": b"old %d" % i for i in range(300)}
    pages["index.html"] = b"old"
    publish(pages, site)
    return tree(site)


def run_child(site: Path, count: int, **env) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT)), str(site), str(count)],
                            env={**os.environ, **env})


def wait_until_writing(folder: Path, child: subprocess.Popen) -> None:
    """Return once the child's temporary site folder holds some pages: it is in the middle of writing."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        tmps = list(folder.glob(".site-tmp-*/events"))
        if tmps and len(os.listdir(tmps[0])) > 50:
            return
        assert child.poll() is None, "the child finished before it could be interrupted: make it write more pages"
        time.sleep(0.005)


def test_publish_killed_midway_keeps_the_old_site_complete(tmp_path):
    site = tmp_path / "site"
    before = old_site(site)
    child = run_child(site, 20000)
    wait_until_writing(tmp_path, child)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert tree(site) == before
    # The next build cleans up and publishes completely.
    publish({"index.html": b"next"}, site)
    assert tree(site) == {"index.html": b"next"}
    assert sorted(os.listdir(tmp_path)) == ["site"]


@pytest.mark.parametrize("step", ["written", "moved-aside", "swapped"])
def test_publish_killed_at_each_step_leaves_a_complete_site(tmp_path, step, monkeypatch):
    site = tmp_path / "site"
    before = old_site(site)
    env = {"KILL_AT": step}
    child = run_child(site, 400, **env)
    child.wait()
    if child.returncode != -signal.SIGKILL:
        # "moved-aside" only happens without an atomic exchange; with it the child simply finishes.
        assert step == "moved-aside" and child.returncode == 0
    write.recover(site)
    after = tree(site)
    new = {f"events/e{i:05d}.html": (b"new page %d " % i) * 200 for i in range(400)}
    new["index.html"] = b"new"
    assert after in (before, new)
    if step == "written":
        assert after == before
    if step == "swapped":
        assert after == new
    assert sorted(os.listdir(tmp_path)) == ["site"]


def test_publish_fallback_swap_killed_between_renames_keeps_the_old_site(tmp_path):
    site = tmp_path / "site"
    before = old_site(site)
    script = CHILD.replace("write.publish(", "write._exchange = lambda a, b: False\nwrite.publish(")
    child = subprocess.Popen([sys.executable, "-c", script.format(root=str(ROOT)), str(site), "50"],
                             env={**os.environ, "KILL_AT": "moved-aside"})
    assert child.wait() == -signal.SIGKILL
    assert not site.exists()            # killed the moment the old site was moved aside ...
    write.recover(site)                 # ... the next build starts by putting it back, whole
    assert tree(site) == before
    assert sorted(os.listdir(tmp_path)) == ["site"]


def test_publish_ctrl_c_in_a_subprocess_keeps_the_old_site(tmp_path):
    site = tmp_path / "site"
    before = old_site(site)
    child = run_child(site, 20000)
    wait_until_writing(tmp_path, child)
    child.send_signal(signal.SIGINT)
    child.wait()
    assert child.returncode != 0
    assert tree(site) == before
    assert sorted(os.listdir(tmp_path)) == ["site"]     # Ctrl-C cleans up its own temp folder


def test_publish_reuses_unchanged_files_and_never_writes_into_the_old_site(tmp_path):
    site = tmp_path / "site"
    publish({"same.html": b"same", "changed.html": b"old", "sub/gone.html": b"x"}, site)
    same_inode = (site / "same.html").stat().st_ino
    old_changed = site / "changed.html"
    held = open(old_changed, "rb")      # a reader of the previous site keeps reading the previous bytes
    try:
        publish({"same.html": b"same", "changed.html": b"new!", "sub/new.html": b"y"}, site)
        assert held.read() == b"old"
    finally:
        held.close()
    assert tree(site) == {"changed.html": b"new!", "same.html": b"same", "sub/new.html": b"y"}
    assert (site / "same.html").stat().st_ino == same_inode         # hard-linked, not rewritten
    assert (site / "same.html").stat().st_nlink == 1                # the previous site is gone
    assert sorted(os.listdir(tmp_path)) == ["site"]


def test_publish_never_links_to_a_symlink_in_the_old_site(tmp_path):
    site = tmp_path / "site"
    outside = tmp_path / "outside.html"
    outside.write_bytes(b"same")
    publish({"a.html": b"other"}, site)
    (site / "a.html").unlink()
    (site / "a.html").symlink_to(outside)
    publish({"a.html": b"same"}, site)
    assert not (site / "a.html").is_symlink() and (site / "a.html").read_bytes() == b"same"
    assert (site / "a.html").stat().st_ino != outside.stat().st_ino


def test_a_few_files_moved_in_place_are_flushed_one_by_one_not_with_every_other_process_s_writes(tmp_path,
                                                                                                monkeypatch):
    from generator import write

    publish({"a.html": b"a", "b.html": b"b"}, tmp_path / "site")
    flushed = []
    monkeypatch.setattr(write.os, "sync", lambda: pytest.fail("os.sync() flushes the whole machine"))
    monkeypatch.setattr(write.os, "fsync", lambda fd: flushed.append(os.readlink(f"/proc/self/fd/{fd}")))
    writer = write.SiteWriter(tmp_path / "site")
    writer.expect(1, 10)
    assert writer.reuse("a.html", write.file_stamp(os.lstat(tmp_path / "site" / "a.html")))
    writer.put("b.html", b"B")
    writer.commit()
    assert (tmp_path / "site" / "b.html").read_bytes() == b"B"
    assert [Path(p).name for p in flushed if not Path(p).is_dir() and p.endswith(".html")] == ["b.html"]
