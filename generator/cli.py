"""Command line: `python -m generator <command>`.

Each command imports only what it needs, so `timex` (run once per document by the scorer) starts fast.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD") from None


def cmd_timex(args: argparse.Namespace) -> int:
    from .extract.timex import tag

    if args.file == "-":
        # The bytes, decoded here: text-mode stdin would turn "\r\n" into one character and shift every offset.
        try:
            text = sys.stdin.buffer.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            print(f"<stdin>: error: not UTF-8 at byte {exc.start} — pipe in UTF-8 text", file=sys.stderr)
            return 2
    else:
        path = Path(args.file)
        try:
            # newline="" keeps "\r\n" as two characters, so offsets index the file exactly as Python reads it raw.
            with open(path, encoding="utf-8", newline="") as fh:
                text = fh.read()
        except UnicodeDecodeError as exc:
            print(f"{path}: error: not UTF-8 at byte {exc.start} — save the file as UTF-8", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"{path}: error: cannot read: {exc.strerror or exc} — check the path", file=sys.stderr)
            return 2
    out = sys.stdout
    for t in tag(text, args.dct):
        out.write(json.dumps({"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                              "basis": t.basis}, ensure_ascii=False) + "\n")
    return 0


def _project(args: argparse.Namespace):
    from .config import load_project

    return load_project(args.root)


def cmd_build(args: argparse.Namespace) -> int:
    from . import build
    from .config import base_url_note

    project = _project(args)
    outcome = build.build(project, strict=args.strict)
    if outcome.code == 0 and base_url_note(project):
        outcome.lines.append(base_url_note(project))
    return outcome.emit()


def cmd_check(args: argparse.Namespace) -> int:
    from . import build

    return build.check(_project(args), strict=args.strict).emit()


def cmd_ingest(args: argparse.Namespace) -> int:
    from . import build

    return build.ingest(_project(args), only=args.seeds or None, dry_run=args.dry_run).emit()


def cmd_eval(args: argparse.Namespace) -> int:
    from .eval import run

    return run(_project(args), args.gold, as_json_output=args.json)


def cmd_new(args: argparse.Namespace) -> int:
    from .new import NewEntryError, new_entry
    from .problems import display_path

    project = _project(args)
    try:
        path = new_entry(project, args.kind, args.title, date=args.date, actors=args.actor or [],
                         places=args.place or [])
    except NewEntryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(display_path(path, project.root))
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from .init import InitError, init_project

    try:
        written = init_project(args.dir)
    except InitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    print(f"created a timeline project in {args.dir} — add articles to its seeds/ folder (name.txt with a "
          f"name.yaml sidecar, as the example shows), then: python -m generator --root {args.dir} build")
    return 0


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: give a number from 1 to 65535, or 0 for any "
                                         f"free port")
    return port


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    return serve(Path(args.root), host=args.host, port=args.port)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn news articles in seeds/ into dated, cited event entries in content/ "
                    "and a cross-linked HTML timeline in site/.")
    p.add_argument("--root", default=".", help="project folder holding config.yaml, seeds/, content/ (default: .)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("timex", help="print the temporal expressions of a text file as JSON lines",
                       description="Tag the temporal expressions in FILE (UTF-8 text; - reads standard input) "
                                   "and print one JSON object per line: start, end (character offsets), text, "
                                   "type (DATE, TIME, DURATION, SET), value (TIMEX3), resolved against the "
                                   "publication date --dct, and basis (how the value was derived, in words; "
                                   "empty when unresolved).")
    s.add_argument("file", metavar="FILE", help="the text file to tag, or - for standard input")
    s.add_argument("--dct", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="publication (document creation) date; without it relative dates stay unresolved")
    s.set_defaults(func=cmd_timex)

    s = sub.add_parser("build", help="ingest new seeds, validate content/ and render site/",
                       description="Ingest articles in seeds/ not ingested yet (never overwriting a content file "
                                   "edited by hand), validate everything in content/, and render the site into "
                                   "site/. On any content error nothing is rendered and site/ stays as it was.")
    s.add_argument("--strict", action="store_true", help="treat warnings as errors")
    s.set_defaults(func=cmd_build)

    s = sub.add_parser("check", help="validate content/ without rendering; list every problem as path:line",
                       description="Load and validate content/ exactly as build does, without rendering. Prints "
                                   "each problem as 'path:line: error|warning: message', then a count; exits 1 "
                                   "when there are errors.")
    s.add_argument("--strict", action="store_true", help="treat warnings as errors")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("ingest", help="turn new or changed seeds into content files (and say what and why)",
                       description="Extract events, actors, places and tags from the articles in seeds/ into "
                                   "content/. Prints each file it creates, updates, keeps (edited by hand) or "
                                   "skips (deleted by hand), and why.")
    s.add_argument("seeds", nargs="*", metavar="SEED", help="only these seed files (default: all)")
    s.add_argument("--dry-run", action="store_true", help="print what would happen; write nothing")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("eval", help="score the events in content/ against hand-made gold files",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Score the events in content/ (as ingested from seeds/, hand edits included)\n"
                                   "against one or more gold files. A gold happening is dated right when some\n"
                                   "event cites a sentence of that seed's article containing its quote and has\n"
                                   "exactly its date, or its citation of that sentence gives exactly that date\n"
                                   "(a finer date than the gold is a guess, and wrong). Prints, per article and\n"
                                   "in total, the share dated right, each miss (expression, wanted date, the\n"
                                   "dates that came out) and events per gold happening; with 'happening:' keys\n"
                                   "(one name for the entries of one happening), the merges: which became one\n"
                                   "event, which events lump two happenings, events per happening.\n"
                                   "Exit 0 when scored, 1 when content/ has errors, 2 for a malformed gold file.",
                       epilog="gold file format (YAML: seed file name -> list of happenings):\n\n"
                              "  some_article.txt:              # a file in seeds/\n"
                              "  - date: '2016-12-02'           # YYYY, YYYY-MM or YYYY-MM-DD: the precision "
                              "the text allows\n"
                              "    expression: on Friday        # the words that date it\n"
                              "    event: Kerry hands Russia a new US plan for Aleppo\n"
                              "    quote: Kerry delivered a new plan for an Aleppo settlement to the Russians "
                              "on Friday\n\n"
                              "The quote is the article's exact words, from one sentence. Run ingest (or build) "
                              "first.\nexample: python -m generator --root tests/extraction_suite eval "
                              "gold_a.yaml gold_b.yaml")
    s.add_argument("gold", nargs="+", metavar="GOLD",
                   help="a gold YAML file (a path from the current folder, or else inside the project folder)")
    s.add_argument("--json", action="store_true", help="print the scores as one JSON object, for tools")
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser("new", help="write a new, well-formed event, actor, place or tag file",
                       description="Write a new content file and print its path.")
    s.add_argument("kind", choices=["event", "actor", "place", "tag"])
    s.add_argument("title", help="the event's title, or the actor's, place's or tag's name")
    s.add_argument("--date", help="event date: YYYY, YYYY-MM or YYYY-MM-DD")
    s.add_argument("--actor", action="append", metavar="SLUG", help="an actor of the event (repeatable)")
    s.add_argument("--place", action="append", metavar="SLUG", help="a place of the event (repeatable)")
    s.set_defaults(func=cmd_new)

    s = sub.add_parser("init", help="start a new, empty timeline project in a folder",
                       description="Write a new timeline project into DIR (a new or empty folder): config.yaml "
                                   "with comments, seeds/ with one invented example article and its sidecar, "
                                   "the content/ folders and a .gitignore for the built site. It builds as it "
                                   "is: python -m generator --root DIR build. A non-empty DIR is refused.")
    s.add_argument("dir", metavar="DIR", help="the folder to create the project in (new, or empty)")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("serve", help="build, serve site/ on localhost and rebuild on every change",
                       description="Build, then serve site/ at http://HOST:PORT/ and rebuild whenever a file in "
                                   "seeds/, content/, templates/ or config.yaml changes. Reload the page to see it.")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    s.add_argument("--port", type=_port, default=8000, help="port (default: 8000; 0 picks a free one)")
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .config import ConfigError

    try:
        return args.func(args)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.filename:
            print(f"{exc.filename}: error: {exc.strerror or exc} — check that it exists and can be written; "
                  f"site/ is unchanged", file=sys.stderr)
        else:
            print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
