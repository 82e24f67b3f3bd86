"""Events from English news articles: one dated, cited EventDraft per distinct happening.

The unit of analysis is the sentence (a photo caption is one sentence). A sentence yields
  * a statement, when it reports what someone said ("..., Lavrov said.", "According to Lavrov, ...",
    "He said ...", "X quoted Lavrov as saying", "X released a statement saying: ..."). All statements of one
    speaker on one day in one article are one event: the press conference, not each of its sentences.
    A bare "said" is dated like that speaker's dated statement in the same article, else the publication
    date, and the date_basis says so;
  * an event for each clause that carries a date of its own ("Kerry delivered a plan on Friday", "Trump won
    the election in November", "a meeting on Tuesday of the Council", "the Wednesday consultations are
    canceled") — also inside reported speech;
  * one event per clause, dated by its most precise expression; a relative clause (", which will open in
    2022"), a participle phrase (", founded in 1998,"), a second predicate ("was built in 1961 and fell on
    Nov. 9, 1989") and a when-clause after a date ("since 1939, when a quake killed ...") are clauses of their
    own, titled with the noun or subject they hang on, and never lend their date to the main clause;
  * two predicates of one subject ("was agreed late on Monday but collapsed early on Tuesday"), a clause after
    "after", "while", "as", and a gerund after "since"/"after" ("since launching an offensive in mid-October")
    are happenings of their own with their own dates; so is a noun's happening dated by its participle ("under a
    resolution passed on Thursday", "the truce signed on Dec. 29 expired", "Despite the accord signed yesterday, ...")
    and a gathering named by a date at another time than its clause ("Ahead of Friday's summit, ministers met on
    Tuesday" → "Summit planned", Friday); an act a possessive date names is dated so ("Yesterday's seizure was the
    first ...", "since Monday's seizure"), and so is a happening named after "since" ("the first talks since a
    meeting in March"), never the clause counted from it; a fronted "After/Since <clause> on Friday," keeps its
    date from the main clause;
  * "later that day", "the same day", "that evening" take the day the text was about: the last dated main clause
    (or saying) before them, not the last date named; a count since a day ("have counted 3,000 ballots since Nov.
    9", "Since Sunday, 3,400 people have left") dates the start;
  * a happening counted from another ("dissolved parliament on Friday, a day after lawmakers toppled the government",
    "in May 2017, a month after his party won", "two days before the vote on March 15", "which collapsed two days
    later") is dated by that count from the date of the clause it hangs on, at the precision both allow (days from
    a day, months from a month); with no date in that clause, a rough count ("some days after") or days counted
    from a month, it is left without a date, never given the publication date;
  * a day booked for a plan that the sentence calls off on a past day ("set for Monday, was called off on Sunday
    evening") is the first such day after that past day; "Earlier in the day" after a paragraph that told of
    several days dates nothing, as which day is meant cannot be told;
  * a wire dateline's day ("GENEVA, Dec. 9 (Reuters) -") dates the lead only when the lead names no day itself;
  * a postponement's new date ("postponed the vote until Dec. 18", "moved ... from Feb. 17 to March 10") is a plan
    of its own ("Vote set for Dec. 18"), never the postponing's date; the date given up dates nothing; a day ahead
    that bounds what is to be done ("are to leave by Dec. 20") is a deadline, an event of its own;
  * a past year naming a happening ("a 2015 bomb attack", "two failed offensives in 2016 and 2019") is an event
    with year precision; "two exchanges, on Dec. 17 and Jan. 5" are one event per day;
  * no date from an expression that counts, compares or bounds ("for the third time this year", "since 2019",
    "up from ... a year earlier", "by 2030"), from a clock time alone, or for a clause that states a fact
    with "be" ("It was the strongest quake since 1939");
  * nothing, for background ("An estimated 100,000 civilians are trapped"), unless it opens with
    "Meanwhile"/"At the same time": then it shares the date of the article's main statement.
The temporal tagger (`timex.tag`) resolves the dates; a value that is not a calendar date (a week, a season,
PAST_REF) leaves the event undated with the reason in date_basis. Nothing is ever guessed.

The stage, in the order an article goes through it (each module imports only those above it):
  units.py       the unit a sentence yields and the reading context of one article
  titles.py      a clause shortened and fitted into a headline; event-kind tags
  clauses.py     clause boundaries, what a clause hangs on, its subject
  dating.py      which dates date a happening; `_set_date`, precision, the reason for no date
  counting.py    counts since a day and the action nouns their titles use
  references.py  what a pronoun, "the talks" or a possessive stands for
  speech.py      reported speech: attribution, speaker, statement units
  happenings.py  a dated clause made into a unit; postponements, named and nominal happenings
  intervals.py   a happening dated from another ("a day after ...")
  assemble.py    one article's units into EventDrafts: grouping, status, body
  article.py     one article, paragraph by paragraph and sentence by sentence
  joining.py     entities joined across articles
and the modules they use: sentences.py (sentence splitting), timex.py (the temporal tagger, also run alone
by `python -m generator timex`), status.py (the words for what became of a happening), wire.py (agencies,
datelines), entities.py (the entity finder), headlines.py (the headline writer) and merging.py (one event for
the same happening in two articles).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..drafts import EntityDraft, EventDraft, Extraction

if TYPE_CHECKING:
    from ..seeds import Article


def extract(articles: list[Article], known: list[EntityDraft]) -> Extraction:
    """Events and the entities they reference; the same input gives the same output, in a stable order.

    Each article is read on its own, against the entities a person wrote in content/ and nothing else: what
    another article says, or what an earlier ingest wrote, never changes an article's events (a registry
    shared across articles let one article's "Secretary of State Kerry" retitle another's "Kerry ...").
    Only afterwards are the entities of all articles joined (one page for "Sergei" and "Sergey Lavrov") and
    the same happening in two articles given one event (see merging.py: it adds citations, and changes a title,
    a date or a status only as issue 10 asks)."""
    # Imported here, not at the top: `python -m generator timex` imports the tagger from this package, and
    # compiling the extractor's patterns on every run would more than double its start-up time.
    from .article import _article_events
    from .assemble import _body, _first_key
    from .entities import Registry
    from .joining import _entities, _join_entities
    from .merging import merge

    per_article: list[tuple[Article, Registry, list[EventDraft]]] = []
    start = Registry(known)
    for art in articles:
        reg = start.fresh(art.outlet or "")
        per_article.append((art, reg, [d for _, d in sorted(_article_events(art, reg), key=lambda x: x[0])]))
    entities = _join_entities(per_article)
    events = merge([ev for _, _, evs in per_article for ev in evs], entities, articles)
    events.sort(key=lambda e: (e.date == "", e.date, _first_key(e, articles)))
    by_id = {a.id: a for a in articles}
    every = Registry(list(entities.values()))
    for ev in events:
        ev.body = _body(ev, by_id, every)
    return Extraction(events=events, entities=_entities(events, entities))
