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
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.config import load_project  # noqa: E402
from generator.frontmatter import dump  # noqa: E402

WORDS = ("talks ceasefire proposal council minister city corridor plan meeting statement convoy envoy "
         "summit resolution truce offensive evacuation agreement vote sanctions").split()


def make_project(root: Path, n_events: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    content = root / "content"
    for sub in ("events", "actors", "places", "tags", "sources"):
        (content / sub).mkdir(parents=True, exist_ok=True)
    actors = [f"actor-{i}" for i in range(200)]
    places = [f"place-{i}" for i in range(100)]
    tags = [f"tag-{i}" for i in range(20)]
    n_sources = max(1, n_events // 5)
    for kind, ids in (("actors", actors), ("places", places), ("tags", tags)):
        for i, slug in enumerate(ids):
            name = f"{kind[:-1].title()} {i}"
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
    for e in range(n_events):
        day = start + dt.timedelta(days=rng.randrange(12000))
        s = rng.randrange(n_sources)
        p = rng.randrange(8)
        meta = {"title": f"Event {e}: {rng.choice(WORDS)} {rng.choice(WORDS)}", "date": day.isoformat(),
                "date_text": "on Friday", "date_basis": "explicit date",
                "actors": rng.sample(actors, 2), "places": rng.sample(places, 1), "tags": rng.sample(tags, 1),
                "sources": [{"source": f"source-{s}", "paragraph": p + 1, "quote": sentences[s][p]}]}
        (content / "events" / f"{day.isoformat()}-event-{e}.md").write_text(
            dump(meta, f"Something happened: {rng.choice(WORDS)}."), encoding="utf-8")
    (root / "config.yaml").write_text("title: Benchmark\nbase_url: https://bench.test/\n", encoding="utf-8")
    (root / "seeds").mkdir(exist_ok=True)


def timed(label: str, fn, results: dict):
    t0 = time.perf_counter()
    value = fn()
    results[label] = time.perf_counter() - t0
    print(f"{label:<28}{results[label]:8.2f} s", flush=True)
    return value


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10000)
    ap.add_argument("--keep", action="store_true", help="keep the generated project folder")
    ap.add_argument("--jobs", type=int, default=0,
                    help="render processes (sets TIMELINE_JOBS; default: one per available core)")
    args = ap.parse_args()
    if args.jobs > 0:
        os.environ["TIMELINE_JOBS"] = str(args.jobs)
    from generator.load import load
    from generator.render import render_site
    from generator.write import publish

    root = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    results: dict[str, float] = {}
    try:
        from generator.render import _workers
        print(f"benchmark: {args.events} events in {root}; render processes: {_workers(10 ** 6)}")
        timed("generate content", lambda: make_project(root, args.events), results)
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
        # One hand edit, then the whole build again: what a person waits for today.
        first = sorted((root / "content" / "events").glob("*.md"))[0]
        first.write_text(first.read_text(encoding="utf-8").replace("title: Event", "title: Edited event", 1),
                         encoding="utf-8")
        model = timed("rebuild: load + validate", load_checked, results)
        pages = timed("rebuild: render", lambda: render_site(model, project), results)
        timed("rebuild: write site", lambda: publish(pages, project.site), results)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'peak memory':<28}{peak:8.0f} MiB")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
