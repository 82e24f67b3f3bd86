"""The embed/ pages: the whole timeline and each actor's, place's and topic's, made for an <iframe> in a
newsroom's article, as TimelineJS is used (the list only: the overview strip would fill a frame's height). An
entity's embed page lists its events as its own page does, a line each (date and headline).
The "Embed" box on each timeline page offers the snippet (the embed_box macro of _macros.html writes it).

embed/index.html is the whole timeline, embed/actors/<id>.html (places/, tags/) one entity's. The pages use
templates/embed.html: no site chrome, links open in the top window, a list scrolling inside the frame.
"""
from __future__ import annotations

import functools

from ..model import Model
from .pages import entity_path, group_events, home_lists_every_event


def embed_path(page_path: str) -> str:
    """The embed page of a timeline page: index.html -> embed/index.html, actors/x.html -> embed/actors/x.html."""
    return "embed/" + page_path


def embed_jobs(s, model: Model, title: str, fp=None) -> list[tuple[str, object, tuple | None]]:
    """(path, job, cache key) for each embed page: the whole timeline, then each entity with events. A job
    renders its page into s.pages (see render._run_jobs); the key says what the page is made of when a page
    cache compares them (`fp`: render's Fingerprints), else None."""
    m = model
    jobs: list[tuple[str, object, tuple | None]] = []

    def whole() -> None:
        s.page("embed/index.html", "embed.html", title=f"{title} — embedded timeline",
               description=f"{title}: the timeline, for embedding in another page.",
               jsonld={"@type": "WebPage", "name": title}, section="embed", heading=title,
               kind_label="Timeline", count=len(m.events), full_page="index.html", lines=False,
               listed=home_lists_every_event(m.events), groups=group_events(m.events))

    def entity(kind: str, label: str, ent, events) -> None:
        path = entity_path(kind, ent.id)
        s.page(embed_path(path), "embed.html", title=f"{ent.name} — {title} — embedded timeline",
               description=f"{ent.name}: {len(events)} event{'s' if len(events) != 1 else ''}, for embedding.",
               jsonld={"@type": "WebPage", "name": f"{ent.name} — {title}"}, section="embed", heading=ent.name,
               kind_label=label, count=len(events), full_page=path, listed=True, lines=True,
               groups=group_events(events))

    jobs.append(("embed/index.html", whole, ("embed", fp.catalogue()) if fp else None))
    for kind, label, pool, index in (("actor", "Actor", m.actors, m.events_by_actor),
                                     ("place", "Place", m.places, m.events_by_place),
                                     ("tag", "Topic", m.tags, m.events_by_tag)):
        for key in sorted(pool):
            events = index.get(key)
            if events:
                ent = pool[key]
                jobs.append((embed_path(entity_path(kind, key)),
                             functools.partial(entity, kind, label, ent, events),
                             ("embed", fp.of(kind, ent), fp.events(events)) if fp else None))
    return jobs
