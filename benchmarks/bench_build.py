"""Build benchmark: a synthetic timeline of N events, timed stage by stage, with peak memory.

    python benchmarks/bench_build.py --events 10000

Prints one line per stage (seconds) and the peak resident memory. Numbers, not assertions: speed is
tracked here, never by a timed unit test.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.config import load_project  # noqa: E402
from generator.frontmatter import dump  # noqa: E402

WORDS = ("talks ceasefire proposal council minister city corridor plan meeting statement convoy envoy "
         "summit resolution truce offensive evacuation agreement vote sanctions").split()


# The corpus of issue 11's side-by-side measurements: 500 actors, 200 places, 1,000 sources per 10,000 events,
# 250-word bodies naming their actors and places (so the name linker has real work). "small" is the corpus
# this benchmark used before (200 actors, 100 places, a source per 5 events, one-line bodies).
CORPORA = ("issue", "small")
FIRST = ("Amira Boris Chen Dalia Emil Farah Gustav Hana Ilya Jonas Karim Lena Marek Nadia Omar Petra Rami "
         "Sofia Tariq Uma Viktor Wen Yusuf Zara Anton").split()
LAST = ("Haddad Ivanov Okafor Lindqvist Moreau Tanaka Novak Rahman Costa Weber Kowalski Silva Nakamura "
        "Petrov Mensah Larsen Duval Aziz Horvat Quinn").split()
PLACE_HEADS = "Al Bar Kar Mes Tal Zur Nor Vel Sam Dor Hal Qar Ras Bel Kor".split()
PLACE_TAILS = "abad ova ena um ir eh ton ia ul and ak esh ora in".split()


def make_project(root: Path, n_events: int, seed: int = 1, corpus: str = "issue") -> None:
    """A synthetic project of n_events events in root (content/, config.yaml, an empty seeds/): the same
    seed always gives the same files."""
    rng = random.Random(seed)
    content = root / "content"
    for sub in ("events", "actors", "places", "tags", "sources"):
        (content / sub).mkdir(parents=True, exist_ok=True)
    if corpus == "small":
        actors = {f"actor-{i}": f"Actor {i}" for i in range(200)}
        places = {f"place-{i}": f"Place {i}" for i in range(100)}
        n_sources = max(1, n_events // 5)
    else:
        actors = {f"actor-{i}": f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST)]}" for i in range(500)}
        places = {f"place-{i}": f"{PLACE_HEADS[i % len(PLACE_HEADS)]}{PLACE_TAILS[i // len(PLACE_HEADS)]}"
                  for i in range(200)}
        n_sources = max(1, n_events // 10)
    tags = {f"tag-{i}": f"Tag {i}" for i in range(20)}
    for kind, pool in (("actors", actors), ("places", places), ("tags", tags)):
        for slug, name in pool.items():
            (content / kind / f"{slug}.md").write_text(dump({"name": name, "aliases": []}, f"About {name}."),
                                                       encoding="utf-8")
    sentences = {}
    for s in range(n_sources):
        paras = [" ".join(rng.choice(WORDS) for _ in range(20)).capitalize() + "." for _ in range(8)]
        sentences[s] = paras
        meta = {"title": f"Article {s}", "outlet": f"Outlet {s % 7}", "published": "2016-12-06",
                "url": f"https://news.test/{s}", "seed": f"{s:05d}.txt"}
        (content / "sources" / f"source-{s}.md").write_text(dump(meta, "\n\n".join(paras)), encoding="utf-8")
    start = dt.date(1990, 1, 1)
    actor_ids, place_ids, tag_ids = list(actors), list(places), list(tags)
    for e in range(n_events):
        day = start + dt.timedelta(days=rng.randrange(12000))
        s = rng.randrange(n_sources)
        p = rng.randrange(8)
        meta = {"title": f"Event {e}: {rng.choice(WORDS)} {rng.choice(WORDS)}", "date": day.isoformat(),
                "date_text": "on Friday", "date_basis": "explicit date",
                "actors": rng.sample(actor_ids, 2), "places": rng.sample(place_ids, 1), "tags": rng.sample(tag_ids, 1),
                "sources": [{"source": f"source-{s}", "paragraph": p + 1, "quote": sentences[s][p]}]}
        if corpus == "small":
            body = f"Something happened: {rng.choice(WORDS)}."
        else:
            named = [actors[a] for a in meta["actors"]] + [places[meta["places"][0]]] + \
                [actors[a] for a in rng.sample(actor_ids, 2)]
            body = _prose(rng, 250, named)
        (content / "events" / f"{day.isoformat()}-event-{e}.md").write_text(dump(meta, body), encoding="utf-8")
    (root / "config.yaml").write_text("title: Benchmark\nbase_url: https://bench.test/\n", encoding="utf-8")
    (root / "seeds").mkdir(exist_ok=True)


def _prose(rng: random.Random, n_words: int, names: list[str]) -> str:
    """About n_words words of plain prose in three paragraphs of sentences, each name mentioned once."""
    words = [rng.choice(WORDS) for _ in range(n_words - sum(len(n.split()) for n in names))]
    for name in names:
        words.insert(rng.randrange(len(words) + 1), name)
    sentences, k = [], 0
    while k < len(words):
        n = rng.randrange(8, 15)
        chunk = words[k:k + n]
        sentences.append(chunk[0][:1].upper() + chunk[0][1:] + " " + " ".join(chunk[1:]) + ".")
        k += n
    cuts = [len(sentences) * k // 3 for k in range(4)]
    return "\n\n".join(" ".join(sentences[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a)


def timed(label: str, fn, results: dict):
    t0 = time.perf_counter()
    value = fn()
    results[label] = time.perf_counter() - t0
    print(f"{label:<28}{results[label]:8.2f} s", flush=True)
    return value


def _children_cpu() -> float:
    """CPU seconds used by this process's finished children (the CLI builds, the render workers)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10000)
    ap.add_argument("--corpus", choices=CORPORA, default="issue",
                    help="issue: 250-word bodies, 500 actors, 200 places (default); small: one-line bodies")
    ap.add_argument("--keep", action="store_true", help="keep the generated project folder")
    ap.add_argument("--jobs", type=int, default=0,
                    help="render processes (sets TIMELINE_JOBS; default: one per available core)")
    args = ap.parse_args()
    if args.jobs > 0:
        os.environ["TIMELINE_JOBS"] = str(args.jobs)
    from generator.load import load
    from generator.site.render import render_site
    from generator.write import publish

    root = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    results: dict[str, float] = {}
    try:
        from generator.site.render import _workers
        print(f"benchmark: {args.events} events in {root}; render processes: {_workers(10 ** 6)}")
        timed("generate content", lambda: make_project(root, args.events, corpus=args.corpus), results)
        project = load_project(root)

        def load_checked():
            model, problems = load(project)
            errors = [p for p in problems if p.severity == "error"]
            if model is None:
                raise SystemExit(f"benchmark content did not validate: {errors[:3]}")
            return model

        model = timed("load + validate", load_checked, results)
        pages = timed("render", lambda: render_site(model, project), results)
        timed("write site", lambda: publish(pages, project.site), results)
        total = results["load + validate"] + results["render"] + results["write site"]
        print(f"{'full build (load→write)':<28}{total:8.2f} s   ({len(pages)} files)")
        # Rebuilds as a person runs them: `python -m generator build` in a fresh process, with the build
        # cache in .timeline-cache/ (the first one fills it), then serve's way: one process keeping the model
        # and the cache in memory, timed from the edit to the changed page on disk.
        cli_peaks: list[float] = []
        # `python -m generator build`, then the build process's own peak memory (VmHWM: Linux starts it afresh
        # at exec, whereas getrusage's maxrss of a child starts from this big process's).
        cli = ("import runpy, sys\nsys.argv = ['generator', '--root', sys.argv[1], 'build']\ntry:\n"
               "    runpy.run_module('generator', run_name='__main__')\nfinally:\n"
               "    print(*[l for l in open('/proc/self/status') if l.startswith('VmHWM')], file=sys.stderr)")

        def cli_build(label: str) -> None:
            def run() -> None:
                done = subprocess.run([sys.executable, "-c", cli, str(root)], capture_output=True, text=True)
                if done.returncode != 0:
                    raise SystemExit(f"{label} failed:\n{done.stdout}{done.stderr}")
                peak = re.search(r"VmHWM:\s+(\d+) kB", done.stderr)
                if peak:
                    cli_peaks.append(int(peak[1]) / 1024)
            before = _children_cpu()
            timed(label, run, results)
            # CPU seconds too (the build and its render workers): wall time on a busy machine says little.
            print(f"{'':<28}{_children_cpu() - before:8.2f} s CPU", flush=True)

        def edit(word: str) -> Path:
            """Put `word` at the start of the first event's title; the path of its page."""
            first = sorted((root / "content" / "events").glob("*.md"))[0]
            text = re.sub(r"^title: (['\"]?)", lambda m: f"title: {m[1]}{word} ",
                          first.read_text(encoding="utf-8"), count=1, flags=re.MULTILINE)
            first.write_text(text, encoding="utf-8")
            return root / "site" / "events" / f"{first.stem}.html"

        cli_build("build, cold cache")
        cli_build("rebuild, nothing changed")
        edit("Edited")
        cli_build("rebuild after one edit")
        from generator.build import Progress, build
        from generator.cache import BuildCache
        cache = BuildCache(root)
        quiet = Progress(open(os.devnull, "w"))
        build(project, cache=cache, progress=quiet)      # serve's first build: its caches are now in memory

        def serve_edit() -> None:
            page = edit("Again")
            if build(project, cache=cache, progress=quiet).code != 0 or b"Again Edited" not in page.read_bytes():
                raise SystemExit("serve-style rebuild did not publish the edit")
        cpu = time.process_time(), _children_cpu()
        timed("serve: edit → page on disk", serve_edit, results)
        print(f"{'':<28}{time.process_time() - cpu[0] + _children_cpu() - cpu[1]:8.2f} s CPU", flush=True)
        if cli_peaks:
            print(f"{'peak memory, CLI build':<28}{max(cli_peaks):8.0f} MiB   (the largest of the three; main process)")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'peak memory':<28}{peak:8.0f} MiB")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
