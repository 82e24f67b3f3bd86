"""The shared [[link]] rule: one pattern, spaces inside the brackets trimmed, code left alone.

validate (which links it reports), render (which links it draws), plain_text and ingest all use
generator.text.WIKI_LINK and text.wiki_links, so they cannot disagree.
"""
from __future__ import annotations

import re

import pytest

from generator.site.render import BodyRenderer, LinkTable, Target
from generator.text import WIKI_LINK, mask_code, wiki_links


@pytest.mark.parametrize("text, ids", [
    ("[[aleppo]]", ["aleppo"]),
    ("[[ aleppo ]]", ["aleppo"]),
    ("[[\taleppo  ]] and [[rome]]", ["aleppo", "rome"]),
    ("[[Not An Id]]", ["Not An Id"]),       # still a link: validation reports it as unknown
    ("[[]] [[  ]] [[a\nb]] [single]", []),
    ("[[[aleppo]]]", ["aleppo"]),
])
def test_wiki_link_spelling(text, ids):
    assert [m[1] for m in WIKI_LINK.finditer(text)] == ids


@pytest.mark.parametrize("body, ids", [
    ("See `[[nope]]` and [[aleppo]].", ["aleppo"]),
    ("``a ` [[nope]]`` [[aleppo]]", ["aleppo"]),
    ("Text\n\n```\n[[nope]]\n\n[[nope2]]\n```\n\n[[aleppo]]", ["aleppo"]),
    ("~~~ python\n[[nope]]\n~~~\n[[aleppo]]", ["aleppo"]),
    ("```\n[[aleppo]] (a fence never closed is not code)", ["aleppo"]),
    ("Para\n\n    [[nope]]\n\n[[aleppo]]", ["aleppo"]),      # an indented code block
    ("Para\n    [[aleppo]]", ["aleppo"]),                    # indented, but continuing a paragraph
    ("- item\n\n    [[aleppo]]", ["aleppo"]),                # indented, but a list item's paragraph
])
def test_links_in_code_are_not_links(body, ids):
    assert [m[1] for m in wiki_links(body)] == ids


def test_mask_code_keeps_length_and_lines():
    body = "a `[[x]]` b\n```\n[[y]]\n```\nc"
    masked = mask_code(body)
    assert len(masked) == len(body) and masked.count("\n") == body.count("\n")
    assert masked == "a         b\n   \n     \n   \nc"


@pytest.mark.parametrize("body", [
    "See `[[aleppo]]` and [[ rome ]].",
    "Text\n\n```\n[[aleppo]]\n\n[[rome]]\n```\n\n[[ aleppo ]]",
    "Para\n\n    [[aleppo]]\n\n[[rome]]",
    "- item\n\n    [[aleppo]]",
    "Para\n    [[aleppo]] and `[[rome]]`",
])
def test_render_links_exactly_what_validation_checks(body):
    table = LinkTable()
    for slug in ("aleppo", "rome"):
        table.add_slug(slug, Target(f"places/{slug}.html", slug.title(), f"place:{slug}"))
    table.compile()
    html = BodyRenderer(table).render(body, "events/e.html")
    linked = re.findall(r'<a href="\.\./places/([a-z]+)\.html">', html)
    assert linked == [m[1] for m in wiki_links(body)]


@pytest.mark.parametrize("text, slug", [
    ("Łódź Café", "lodz-cafe"),                   # ł has no NFKD decomposition; é does
    ("Øresund Bridge", "oresund-bridge"),
    ("Novak Đoković", "novak-dokovic"),
    ("Straße des 17. Juni", "strasse-des-17-juni"),
    ("Æbeltoft Œuvre", "aebeltoft-oeuvre"),
    ("Þingvellir", "thingvellir"),
    ("São Paulo — Zürich", "sao-paulo-zurich"),
    ("Алеппо", "untitled"),                        # other scripts are left out, not guessed
    ("Kerry meets Lavrov in Rome", "kerry-meets-lavrov-in-rome"),
])
def test_slugs_keep_the_letters_of_latin_names(text, slug):
    from generator.text import slugify
    assert slugify(text) == slug


def test_a_long_slug_is_cut_at_a_word_boundary():
    from generator.text import slugify
    assert slugify("Władysław Łokietek crosses the Oder near Wrocław", 30) == "wladyslaw-lokietek-crosses-the"
