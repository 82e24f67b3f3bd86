"""Small text helpers shared by every stage: slugs and the normal form used to compare quotes."""
from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00a0": " ", "\u2013": "-", "\u2014": "-"})


# Letters NFKD leaves whole (they are not a base letter plus an accent), so the ASCII step would drop them
# and "Łódź" would become "odz": spelled out the way a reader of the language would type them.
_TRANSLITERATE = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss", "ẞ": "SS",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ħ": "h", "Ħ": "H", "ı": "i",
    "ŧ": "t", "Ŧ": "T", "ŋ": "ng", "Ŋ": "NG", "ƒ": "f",
})


def slugify(text: str, max_len: int = 60) -> str:
    """ASCII, lower case, hyphen-separated; cut at a word boundary to at most max_len characters.
    Accented Latin letters keep their base letter ("Łódź Café" is lodz-cafe); other scripts are dropped."""
    text = unicodedata.normalize("NFKD", str(text).translate(_TRANSLITERATE))
    text = text.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > max_len:
        cut = slug[:max_len + 1]
        slug = cut[:cut.rfind("-")] if "-" in cut else slug[:max_len]
    return slug or "untitled"


def normalize(text: str) -> str:
    """The form in which a quote and its source are compared: straight quotes, single spaces."""
    return re.sub(r"\s+", " ", str(text).translate(_QUOTES)).strip()


# ------------------------------------------------------------------------------------------- [[links]]
# The one spelling of a body link, shared by validation, rendering, plain text and ingest: "[[" and "]]"
# on one line around an id; spaces and tabs just inside the brackets are allowed and ignored
# ("[[ aleppo ]]" is "[[aleppo]]"). Group 1 is the id, already trimmed. "[[]]" and "[[  ]]" are not links.
WIKI_LINK = re.compile(r"\[\[[ \t]*([^\[\]\s](?:[^\[\]\n]*?[^\[\]\s])?)[ \t]*\]\]")

# A fenced block as render's fenced_code extension reads one: an opening line of 3+ backticks or tildes at
# the start of a line (an optional language after it), up to a line holding exactly the same fence.
_FENCE_OPEN = re.compile(r"^(`{3,}|~{3,})[ ]*(?:\{[^\n]*\}|\.?[\w#.+-]*[ ]*)$")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")
# An inline code span as Python-Markdown reads one: a run of backticks, then the same run, within a paragraph.
_CODE_SPAN = re.compile(r"(?<![`\\])(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL)


def mask_code(body: str) -> str:
    """The body with every character of its code (fenced blocks, indented blocks, `spans`) replaced by a
    space, newlines kept: the same length and the same line numbers, so a search in it finds only the text
    the site shows as prose. [[links]] in code are shown as written: never linked, never checked."""
    lines = body.split("\n")
    code = [False] * len(lines)
    i = 0
    while i < len(lines):          # fenced blocks first: they are found before anything else is parsed
        m = _FENCE_OPEN.match(lines[i])
        if m:
            close = next((j for j in range(i + 1, len(lines)) if lines[j].rstrip(" ") == m[1]), None)
            if close is not None:
                code[i:close + 1] = [True] * (close + 1 - i)
                i = close + 1
                continue
        i += 1
    prev_blank, in_code, last_block = True, False, ""
    for i, line in enumerate(lines):
        if code[i]:
            prev_blank, in_code = False, False
            continue
        blank = not line.strip()
        # An indented block after a blank line is code, unless it continues a list item.
        if not blank and _INDENTED.match(line) and (in_code or prev_blank) and not _LIST_ITEM.match(last_block):
            code[i] = in_code = True
        elif not blank:
            in_code = False
            if not _INDENTED.match(line):
                last_block = line
        prev_blank = blank
    text = "\n".join(" " * len(line) if c else line for line, c in zip(lines, code))
    if "`" not in text:
        return text
    return _CODE_SPAN.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), text)


def wiki_links(body: str):
    """The [[links]] of a Markdown body outside code, as WIKI_LINK matches (m[1] is the id, m.start() its place)."""
    if "[[" not in body:
        return iter(())
    return WIKI_LINK.finditer(mask_code(body))
