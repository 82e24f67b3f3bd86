"""Across articles: one entity per actor or place (the slugs of every event renamed to it), and the entities the
events reference, event-kind tags included.
"""
from __future__ import annotations

import re

from ..drafts import EntityDraft, EventDraft
from ..seeds import Article
from .entities import Registry, fold, translit
from .merging import uniq


# Event-kind tags: general words of news, never names of this story.
TAGS = {
    "statement": ("Statements", "Things said on the record: remarks, interviews, press releases."),
    "meeting": ("Meetings", "Meetings between officials, delegations or organisations."),
    "proposal": ("Proposals", "Plans, proposals and documents put forward by one side."),
    "ceasefire": ("Ceasefires", "Ceasefires, truces and pauses in fighting."),
    "election": ("Elections", "Elections, votes and their results."),
    "talks": ("Talks", "Talks, consultations and negotiations."),
    "cancellation": ("Cancellations", "Events called off, cancelled or postponed."),
    "military": ("Military action", "Offensives, shelling, strikes and fighting."),
    "humanitarian": ("Humanitarian", "Civilians, aid, evacuations and safe corridors."),
    "announcement": ("Announcements", "Announcements of products, decisions and results."),
}


def _join_entities(per_article: list[tuple[Article, Registry, list[EventDraft]]]
                   ) -> dict[tuple[str, str], EntityDraft]:
    """One entity per actor or place across articles, the slugs in every event renamed to it.

    Gazetteer names and hand-written entities already share one slug in every article; a person found by
    the rules joins a person of an earlier article (in the order given) whose full name is a spelling of
    theirs ("Sergei Lavrov", "Sergey Lavrov"). A name alone ("Lavrov") joins only a person who is the
    only one of that surname. What is renamed is the slug in `actors`/`places`; titles keep the words of
    their own article."""
    joined: dict[tuple[str, str], EntityDraft] = {}
    for art, reg, events in per_article:
        rename: dict[tuple[str, str], str] = {}
        used = [("actor", s) for e in events for s in e.actors] + [("place", s) for e in events for s in e.places]
        for kind, slug in dict.fromkeys(used):
            ent = reg.entity(kind, slug)
            if ent is None:
                continue
            target = (kind, slug) if (kind, slug) in joined else _same_person(ent, joined)
            if target is None:
                joined[(kind, slug)] = EntityDraft(kind, slug, ent.name, list(ent.aliases), ent.type,
                                                   ent.description)
                continue
            rename[(kind, slug)] = target[1]
            into = joined[target]
            for spelling in [ent.name, *ent.aliases]:
                if spelling != into.name and spelling not in into.aliases:
                    into.aliases.append(spelling)
            into.type = into.type or ent.type
            into.description = into.description or ent.description
        for ev in events:
            ev.actors = uniq([rename.get(("actor", s), s) for s in ev.actors])
            ev.places = uniq([rename.get(("place", s), s) for s in ev.places])
    # An organisation one article names only by its short form ("NLF") is the one another names in full with that
    # short form ("Northern Liberation Front (NLF)"), whichever article came first: one page.
    orgs = [(key, ent) for key, ent in joined.items() if key[0] == "actor" and ent.type == "organisation"]
    short = {}
    for key, ent in orgs:
        owners = [k for k, e in orgs if k != key and fold(ent.name) in {fold(x) for x in e.aliases}]
        if not owners and re.search(r"['\u2019]s\s", ent.name):
            # "Quessen's Finance Ministry" in one article, "Quessen Finance Ministry" in another
            plain = fold(re.sub(r"['\u2019]s\s", " ", ent.name))
            owners = [k for k, e in orgs if k != key and fold(e.name) == plain]
        if not owners and re.fullmatch(r"[A-Z]{2,6}", ent.name):
            # "IMF" in one article, "International Monetary Fund" in another: the initials of one name
            owners = [k for k, e in orgs if k != key and _initials(e.name) == ent.name]
        if len(owners) == 1:
            short[key[1]] = owners[0][1]
    for slug in short:
        joined.pop(("actor", slug))
    for art, reg, events in per_article:
        for ev in events:
            ev.actors = uniq([short.get(s, s) for s in ev.actors])
        for (kind, slug), ent in reg.entities.items():
            if kind == "tag":
                joined.setdefault((kind, slug), ent)
    return joined


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in ("of", "for", "and", "the"))


def _same_person(ent: EntityDraft, joined: dict[tuple[str, str], EntityDraft]) -> tuple[str, str] | None:
    if ent.kind != "actor" or ent.type != "person":
        return None
    mine = [fold(n).split() for n in [ent.name, *ent.aliases] if fold(n)]
    full = {translit(" ".join(p)) for p in mine if len(p) > 1}
    surname = {translit(p[-1]) for p in mine}
    matches = []
    for key, other in joined.items():
        if key[0] != "actor" or other.type != "person":
            continue
        theirs = [fold(n).split() for n in [other.name, *other.aliases] if fold(n)]
        if full & {translit(" ".join(p)) for p in theirs if len(p) > 1}:
            return key
        if not full and surname & {translit(p[-1]) for p in theirs}:
            matches.append(key)
    return matches[0] if len(matches) == 1 else None


# --------------------------------------------------------------------------- entities out
def _entities(events: list[EventDraft], entities: dict[tuple[str, str], EntityDraft]) -> list[EntityDraft]:
    used = {("actor", s) for e in events for s in e.actors} | {("place", s) for e in events for s in e.places}
    out = [entities[key] for key in sorted(used) if key in entities]
    for slug in sorted({t for e in events for t in e.tags}):
        if ("tag", slug) in entities:
            out.append(entities[("tag", slug)])
        else:
            name, desc = TAGS.get(slug, (slug.capitalize(), ""))
            out.append(EntityDraft("tag", slug, name, [], "", desc))
    return out
