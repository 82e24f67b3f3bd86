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


def start_serve(root: Path) -> tuple[subprocess.Popen, str]:
    """`python -m generator serve` on a free port for the project at root: the process and its address."""
    proc = subprocess.Popen([sys.executable, "-u", "-m", "generator", "--root", str(root), "serve", "--port", "0"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = None
    deadline = time.monotonic() + 120
    while url is None and time.monotonic() < deadline:
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)", proc.stdout.readline())
        url = found[1] if found else None
    if url is None:
        proc.terminate()
        proc.wait(timeout=10)
        raise AssertionError("serve did not say where it serves")
    return proc, url


def test_serve_rebuilds_after_an_edit(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copy(REPO / "config.yaml", tmp_path / "config.yaml")
    proc, url = start_serve(tmp_path)
    try:
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
    assert "config.yaml:1: error: malformed YAML" in capsys.readouterr().err


# ------------------------------------------------------------------ answering as a static host would
import http.client
import socket
import threading

import pytest


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A project made by `init` and built once: its site/ is what the preview serves."""
    from generator.build import build
    from generator.config import load_project
    from generator.init import init_project

    root = tmp_path_factory.mktemp("serve") / "project"
    init_project(root)
    assert build(load_project(root)).code == 0
    return root


@pytest.fixture
def server(built):
    """The preview's server on a free loopback port, serving the built site."""
    from generator.serve import bind

    srv = bind("127.0.0.1", 0, built / "site")
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def request(srv, path: str, method: str = "GET") -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=30)
    try:
        conn.request(method, path)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_a_missing_page_is_the_sites_own_404_page(server, built, capfd):
    status, headers, body = request(server, "/events/no-such-event.html")
    assert status == 404 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"<title>Page not found \xe2\x80\x94 My timeline</title>" in body
    # Without base_url the page's links are relative to the site root; from /events/ they are made rooted,
    # so "Go to the timeline" leads to the home page at any depth.
    assert b'href="/index.html"' in body and b'href="index.html"' not in body
    assert body.replace(b'="/', b'="') == (built / "site" / "404.html").read_bytes()
    assert capfd.readouterr().err == ""


def test_a_head_request_for_a_missing_page_has_no_body(server):
    status, headers, body = request(server, "/nope.html", "HEAD")
    assert (status, body) == (404, b"") and int(headers["Content-Length"]) > 1000


@pytest.mark.parametrize("path", ["/static/", "/static", "/events/", "/content/"])
def test_a_folder_without_index_html_is_404_never_a_listing(server, path):
    status, _, body = request(server, path)
    assert status == 404 and b"Page not found" in body and b"Directory listing" not in body
    assert b"style.css" not in body.replace(b"static/style.css", b"")


def test_a_folder_with_index_html_is_served(server):
    status, headers, _ = request(server, "/actors")
    assert (status, headers["Location"]) == (301, "/actors/")
    status, _, body = request(server, "/actors/")
    assert status == 200 and b"<title>Actors \xe2\x80\x94 My timeline</title>" in body


@pytest.mark.parametrize("path, status", [
    ("/%00", 400),                         # a NUL byte: no file can have that name
    ("/events/%00.html", 400),
    ("/%ed%a0%80", 400),                   # UTF-8 of a lone surrogate
    ("/%ff%fe", 404),                      # not UTF-8 at all: read with replacement characters, not found
    ("/../../../../etc/passwd", 404),      # never outside site/
    ("/..%2f..%2fetc%2fpasswd", 404),
    ("/" + "a" * 5000, 404),               # longer than any file name
])
def test_odd_paths_are_answered_without_a_traceback(server, capfd, path, status):
    assert request(server, path)[0] == status
    assert capfd.readouterr().err == ""


def test_with_base_url_the_404_links_lead_into_the_preview_not_to_the_published_site(tmp_path):
    from generator.serve import bind

    (tmp_path / "404.html").write_text('<a href="https://example.org/t/index.html">Home</a> '
                                       '<a href="https://other.example/">elsewhere</a>', encoding="utf-8")
    srv = bind("127.0.0.1", 0, tmp_path, "https://example.org/t/")
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        status, _, body = request(srv, "/a/b/missing.html")
        assert (status, body) == (404, b'<a href="/index.html">Home</a> <a href="https://other.example/">elsewhere</a>')
    finally:
        srv.shutdown()
        srv.server_close()


def test_a_busy_port_is_one_line_before_any_build(tmp_path):
    (tmp_path / "config.yaml").write_text("title: Busy\n", encoding="utf-8")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "generator", "--root", str(tmp_path), "serve", "--port",
                               str(port)], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (f"error: port {port} is in use — pick another with --port {port + 1} "
                           f"(or --port 0 for any free port)\n")
    assert not (tmp_path / "site").exists(), "it built before finding the port busy"


def test_a_port_out_of_range_is_refused_by_the_command_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "generator", "--root", str(tmp_path), "serve", "--port", "70000"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == ("python -m generator serve: error: argument --port: '70000' is not a "
                                            "port: give a number from 1 to 65535, or 0 for any free port")
