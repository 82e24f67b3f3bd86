"""Sentence splitting for English news paragraphs, with offsets so every citation is a verbatim slice.

News text defeats the naive "split at a full stop": "U.S.", "Dec. 2", "Mr. Kerry", "John F. Kennedy",
quotations that end a sentence before the attribution (`"We are ready." Lavrov said.`) and photo captions
without final punctuation. The rules below keep those together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    start: int          # offset in the paragraph
    end: int
    text: str           # paragraph[start:end], stripped


# Never end a sentence: titles and month abbreviations always have a name or a number after them.
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr",
           "sen", "rep", "gov", "pres", "rev", "hon", "st", "mt", "ft", "no", "nos", "vs", "v", "fig", "approx",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "messrs"}
# End a sentence only when an ordinary sentence opener follows ("... talks with the U.S. The next day ...").
_WEAK = {"inc", "corp", "co", "ltd", "jr", "sr", "etc", "bros", "plc", "llc", "dept", "est", "al"}
_OPENERS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
            "there", "but", "and", "in", "on", "at", "meanwhile", "however", "his", "her", "their", "its", "our",
            "after", "before", "when", "while", "if", "as", "some", "many", "according", "earlier", "later"}
_SPEECH = re.compile(r"\b(?:said|says|added|adds|asked|told|stated|noted|remarked|explained|insisted|stressed|"
                     r"warned|wrote|declared|replied|continued|concluded|tweeted|argued|claimed)\b", re.I)
_OPEN_Q, _CLOSE_Q = "\u201c\u2018", "\u201d\u2019"
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def is_caption(paragraph: str) -> bool:
    """A photo caption: no final punctuation (it ends in a date, a name or a credit in parentheses), or a line
    the copy labels one ("Photo: Wexford arrives for talks in London on Jan. 8.")."""
    if re.match(r"\s*(?:photo|picture|pictured|image|caption)\s*:", paragraph, re.I):
        return True
    text = re.sub(r"\s*\((?:©|\(c\)|photo|credit|image)[^)]*\)\s*$", "", paragraph.strip(), flags=re.I)
    text = re.sub(r"\s*(?:©|Photo:|Credit:).*$", "", text)
    return bool(text) and not re.search(r"""[.!?:;]["'\u201d\u2019)\]]*$""", text)


def split(paragraph: str) -> list[Sentence]:
    """The sentences of a paragraph, in order, each a verbatim slice of it."""
    text = paragraph
    straight_balanced = text.count('"') % 2 == 0
    cuts: list[int] = []
    depth = 0           # inside a quotation
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"' and straight_balanced:
            depth = depth + 1 if _opens(text, i) else max(depth - 1, 0)
        elif ch == "\u201c":
            depth += 1
        elif ch == "\u201d":
            depth = max(depth - 1, 0)
        if ch in ".!?" and depth == 0:
            end = i + 1
            while end < n and text[end] in ".!?":
                end += 1
            closed_quote = False
            while end < n and text[end] in "\"')]\u201d\u2019":
                closed_quote = closed_quote or text[end] in "\"\u201d"
                end += 1
            if _boundary(text, i, end, closed_quote):
                cuts.append(end)
            i = end
            continue
        if ch in ".!?" and depth > 0:
            # A full stop inside a quotation may close it: `."` — let the closing quote be seen next round.
            j = i + 1
            if j < n and text[j] in '"\u201d' and not (text[j] == '"' and not straight_balanced):
                depth = max(depth - 1, 0)
                end = j + 1
                if _boundary(text, i, end, True):
                    cuts.append(end)
                i = end
                continue
        i += 1
    out: list[Sentence] = []
    start = 0
    for cut in cuts + [n]:
        chunk = text[start:cut]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:
            out.append(Sentence(start + lead, start + lead + len(body), body))
        start = cut
    return out


def _opens(text: str, i: int) -> bool:
    # A straight quote opens when nothing word-like is right before it.
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{:-\u2014\u2013"


def _boundary(text: str, dot: int, end: int, closed_quote: bool) -> bool:
    rest = text[end:]
    m = re.match(r"(\s+)([\"'(\[\u201c\u2018]?)(\S+)", rest)
    if not m:
        return False
    nxt = m.group(3)
    if not (nxt[0].isupper() or nxt[0].isdigit() or m.group(2)):
        return False
    if text[dot] == "." and not closed_quote:
        word = _WORD_BEFORE.search(text[:dot])
        if word:
            w = word.group(1)
            low = w.lower().rstrip(".")
            if len(w) == 1 and w.isupper():
                return False                          # an initial: "John F. Kennedy"
            if low in _TITLES:
                return False
            if "." in w or low in _WEAK:                # "U.S.", "a.m.", "Inc."
                return nxt.strip("\"'").lower() in _OPENERS
    if closed_quote:
        # `"We are ready." Lavrov said.` — the attribution belongs to the quotation.
        tail = re.match(r"\s*([^.!?]*[.!?]?)", rest).group(1)
        if len(tail.split()) <= 6 and _SPEECH.search(tail):
            return False
    return True
