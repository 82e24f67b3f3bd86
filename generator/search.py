"""The prebuilt index behind search.html: one compact record per event, searched in the browser."""
from __future__ import annotations

import json

from .model import Model
from .site import event_path, period_display


def build_index(model: Model, names: dict[str, str]) -> bytes:
    """JSON {"events": [{u, t, d, a, p, b}]}: page, title, date, actor names, place names, plain body.
    Kept small (no paragraphs of sources) so that it loads quickly even for thousands of events."""
    from .render import plain_text
    records = []
    for e in model.events:
        records.append({
            "u": event_path(e.id),
            "t": e.title,
            "d": period_display(e),
            "a": [model.actors[a].name for a in e.actors if a in model.actors],
            "p": [model.places[p].name for p in e.places if p in model.places],
            "g": [model.tags[t].name for t in e.tags if t in model.tags],
            "b": plain_text(e.body, names),
        })
    return (json.dumps({"events": records}, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
