"""Small text helpers shared by every stage: slugs and the normal form used to compare quotes."""
from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00a0": " ", "\u2013": "-", "\u2014": "-"})


def slugify(text: str, max_len: int = 60) -> str:
    """ASCII, lower case, hyphen-separated; cut at a word boundary to at most max_len characters."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > max_len:
        cut = slug[:max_len + 1]
        slug = cut[:cut.rfind("-")] if "-" in cut else slug[:max_len]
    return slug or "untitled"


def normalize(text: str) -> str:
    """The form in which a quote and its source are compared: straight quotes, single spaces."""
    return re.sub(r"\s+", " ", str(text).translate(_QUOTES)).strip()
