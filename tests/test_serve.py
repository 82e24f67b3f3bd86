"""Live preview: `serve` builds, serves site/ on localhost and rebuilds when content changes."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def test_serve_rebuilds_after_an_edit(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copy(REPO / "config.yaml", tmp_path / "config.yaml")
    proc = subprocess.Popen([sys.executable, "-u", "-m", "generator", "--root", str(tmp_path), "serve", "--port", "0"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = None
        deadline = time.monotonic() + 60
        while url is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            url = found[1] if found else None
        assert url, "serve did not say where it serves"
        assert "Trump wins presidential election" in fetch(url)

        event = next((tmp_path / "content" / "events").glob("2016-11-*.md"))
        event.write_text(event.read_text(encoding="utf-8").replace(
            "title: Trump wins presidential election", "title: Trump elected president"), encoding="utf-8")
        for _ in range(120):                       # up to a minute, in half-second steps
            if "Trump elected president" in fetch(url):
                break
            time.sleep(0.5)
        assert "Trump elected president" in fetch(url)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_broken_config_during_serve_is_reported_and_the_server_keeps_serving(tmp_path, capsys):
    from generator.serve import rebuild

    (tmp_path / "config.yaml").write_text("title: [\n", encoding="utf-8")
    rebuild(tmp_path)
    assert "config.yaml:2: error: malformed YAML" in capsys.readouterr().err
