"""The prebuilt index behind search.html: one compact record per event, searched in the browser."""
from __future__ import annotations

from .exports import Summaries, _entry, _json_text
from ..model import Event, Model
from .pages import event_path, period_display

# How much of an event's cited quotes the index keeps (bounded() also cuts the exports' summaries). The browser
# downloads the whole index before the first result, so one event citing pages of text must not make every
# search slow; the start is where the matter is.
BODY_WORDS = 300
BODY_CHARS = 3000


def bounded(text: str, words: int = BODY_WORDS, chars: int = BODY_CHARS) -> str:
    """The first `words` words of one-line plain text, and at most `chars` characters of them (cut after a
    whole word when there is one: a text without spaces is cut where the limit falls)."""
    parts = text.split(" ", words)
    if len(parts) > words:
        text = " ".join(parts[:words])
    if len(text) > chars:
        cut = text[:chars + 1]
        space = cut.rfind(" ")
        text = cut[:space] if space > 0 else text[:chars]
    return text


def build_index(model: Model, names: dict[str, str], summaries: Summaries | None = None) -> bytes:
    """JSON {"events": [{u, t, d, a, p, g, b, q}]}: page, title, date, actor, place and topic names, the event's
    summary (exports.event_summary), the start of the cited quotes (see BODY_WORDS), in timeline order
    (search.js sorts by date by it). Kept small (no paragraphs of sources, no whole bodies) so that it loads
    quickly even for thousands of events."""
    summaries = summaries if summaries is not None else Summaries(names)
    return ('{"events":[' + ",".join(search_record(model, e, summaries) for e in model.events)
            + "]}\n").encode("utf-8")


def search_record(model: Model, e: Event, summaries: Summaries) -> str:
    """An event's record in the index, as JSON text (kept by exports' _entry, by what it is made of)."""
    def make() -> str:
        return _json_text({
            "u": event_path(e.id),
            "t": e.title,
            "d": period_display(e),
            "a": [model.actors[a].name for a in e.actors if a in model.actors],
            "p": [model.places[p].name for p in e.places if p in model.places],
            "g": [model.tags[t].name for t in e.tags if t in model.tags],
            "b": summaries.of(e),    # the summary the exports carry, not the whole body
            # The cited sentences: a reader searches for the words of the articles ("corridors", "truce").
            "q": bounded(" ".join(dict.fromkeys(" ".join(c.quote.split()) for c in e.sources if c.quote.strip()))),
        })
    return _entry("search", summaries.inputs(model, e), make)
