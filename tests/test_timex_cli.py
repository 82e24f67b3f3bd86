"""`python -m generator timex FILE --dct D`: one JSON object per temporal expression, with its basis.

The TBAQ scorer (../shared/tools/timex_score.py) runs this command once per document and reads start, end,
text, type and value from each line; the other keys are for people and must not disturb it.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.extract.timex import tag

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = SHARED / "data" / "tbaq"
SCORER = SHARED / "tools" / "timex_score.py"

ARTICLE = "Kerry delivered a new plan on Friday; the talks will resume next week.\n"
EXPECTED = [
    {"start": 30, "end": 36, "text": "Friday", "type": "DATE", "value": "2016-12-02",
     "basis": "the Friday before the publication date 2016-12-06 (past tense)"},
    {"start": 60, "end": 69, "text": "next week", "type": "DATE", "value": "2016-W50",
     "basis": "the week after the publication week"},
]


def timex(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "timex", *args], input=stdin, capture_output=True,
                          cwd=REPO)


def lines(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def test_each_line_carries_the_basis_in_words(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = timex(str(tmp_path / "a.txt"), "--dct", "2016-12-06")
    assert (done.returncode, done.stderr) == (0, b"")
    assert lines(done.stdout) == EXPECTED


def test_an_unresolved_expression_has_an_empty_basis(tmp_path):
    (tmp_path / "a.txt").write_text("The talks resume on Friday.", encoding="utf-8")
    done = timex(str(tmp_path / "a.txt"))
    assert lines(done.stdout) == [{"start": 20, "end": 26, "text": "Friday", "type": "DATE",
                                   "value": "XXXX-XX-XX", "basis": ""}]


def test_dash_reads_standard_input():
    done = timex("-", "--dct", "2016-12-06", stdin=ARTICLE.encode("utf-8"))
    assert (done.returncode, done.stderr) == (0, b"")
    assert lines(done.stdout) == EXPECTED


def test_standard_input_keeps_crlf_so_offsets_index_the_raw_text():
    text = "Talks broke down.\r\nKerry delivered a new plan on Friday."
    done = timex("-", "--dct", "2016-12-06", stdin=text.encode("utf-8"))
    (found,) = lines(done.stdout)
    assert text[found["start"]:found["end"]] == "Friday" and found["start"] == 49


def test_text_that_is_not_utf8_is_one_line_naming_the_file(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 opened on Friday.".encode("latin-1"))
    done = timex(str(tmp_path / "latin1.txt"))
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr.decode() == (f"{tmp_path / 'latin1.txt'}: error: not UTF-8 at byte 3 — save the file as UTF-8"
                                    "\n")
    done = timex("-", stdin=b"\xff")
    assert (done.returncode, done.stderr.decode()) == (2, "<stdin>: error: not UTF-8 at byte 0 — pipe in UTF-8 text\n")


def test_a_missing_file_is_one_line():
    done = timex("no/such/file.txt")
    assert done.returncode == 2
    assert done.stderr.decode() == ("no/such/file.txt: error: cannot read: No such file or directory — "
                                    "check the path\n")


def test_the_scorer_reads_the_command_as_it_reads_the_tagger(tmp_path):
    """The scorer run on the command gives exactly the scores of the tagger's own output, with no input
    problem: the extra basis key is ignored, offsets and text agree."""
    if not (GOLD.is_dir() and SCORER.is_file()):
        why = f"TBAQ dev set or scorer not found under {SHARED} (expected ../shared beside the repo)"
        if os.environ.get("CI"):
            pytest.fail(f"{why}; required when CI is set")
        pytest.skip(why)
    spec = importlib.util.spec_from_file_location("timex_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("timex_score", scorer)     # its dataclasses look their module up there
    spec.loader.exec_module(scorer)
    gold, system = tmp_path / "gold", tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    for name in ("AQUAINT/APW20000107.0318.tml", "AQUAINT/APW20000210.0328.tml", "AQUAINT/APW20000128.0316.tml"):
        shutil.copy(GOLD / name, gold)
        doc = scorer.parse_tml(GOLD / name, Path(name).stem)
        found = tag(doc.text, dt.date.fromisoformat(doc.dct))
        (system / f"{doc.doc_id}.jsonl").write_text("".join(
            json.dumps({"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}) + "\n"
            for t in found), encoding="utf-8")

    def score(*how: str) -> dict:
        done = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), *how, "--json"], cwd=REPO,
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    by_command = score("--system-cmd", f"{sys.executable} -m generator timex {{text_file}} --dct {{dct}}")
    in_process = score("--system-dir", str(system))
    problems = by_command["input_problems"]
    assert problems["lines"] > 40
    assert (problems["bad_json"], problems["bad_offsets"], problems["text_mismatch"], problems["failed_docs"]) \
        == (0, 0, 0, [])
    assert by_command["all"] == in_process["all"]
