"""A small but realistic timeline, built in memory, for the render, export and site-quality tests.

It has what real content has: day, month and year precision dates, an undated event, an event citing
two sources, several actors per event, aliases, [[slug]] links, and text that needs escaping; and a meeting
announced by one report and called off by the next, the two giving different days for it (the announcing
report, "Geneva Wire", is invented).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.config import PACKAGE_TEMPLATES, Project
from generator.model import Citation, Entity, Event, Model, PartialDate, Source, link

SETTINGS = {
    "title": "Aleppo, December 2016: the US–Russia negotiation",
    "description": "A dated, cited timeline of the US–Russia talks over Aleppo in December 2016.",
    "base_url": "https://example.org/aleppo-timeline/",
    "language": "en",
    "author": "Timeline desk",
}

RT = [
    "Just as the US and Russia were preparing to discuss a solution for Aleppo, Washington abruptly "
    "withdrew its own proposal, Russia's Foreign Minister Sergey Lavrov said.",
    "According to Lavrov, the Americans are currently working on an alternative plan for the city. "
    "He said the Wednesday consultations are canceled at this point.",
    "\"They have withdrawn their document and have a new one. Our initial impression is that this new "
    "document backtracks, and is an attempt to buy time for the militants,\" Lavrov said.",
    "US Secretary of State John Kerry has intensified contacts with his Russian counterpart after "
    "Republican candidate Donald Trump won the presidential election in November.",
    "Kerry delivered a new plan for an Aleppo settlement to the Russians on Friday.",
    "On Tuesday, the US and Russia were supposed to discuss particular details of the withdrawal.",
    "Some of the armed groups in eastern Aleppo said they would not agree to withdrawal, & pledged "
    "to continue the fight.",
]

UMMID = [
    "The US proposal for implementing a ceasefire in the Syrian city of Aleppo is not acceptable to "
    "Moscow, Russian Foreign Minister Sergei Lavrov said here on Monday.",
    "An estimated 100,000 civilians are trapped in the eastern section of the city amid continued bombing.",
    "Russia thinks it is necessary to define in advance the corridors to be used by the rebels in "
    "leaving the besieged city.",
    "\"We have already gone through this. This will mean that militants will once again get a respite,\" "
    "Lavrov said.",
    "Lavrov travelled to Belgrade for bilateral talks with the Serbian government and for a meeting on "
    "Tuesday of the Black Sea Economic Cooperation Council.",
    "Meanwhile, UN Secretary General Ban Ki Moon released a statement saying he is alarmed over reports "
    "of atrocities against civilians in Aleppo.",
]


WIRE = [
    "Russian and US military experts will meet in Geneva on Thursday to work out the withdrawal of militants "
    "from eastern Aleppo, Foreign Minister Sergey Lavrov said on Monday.",
    "The consultations were agreed in a telephone call between Lavrov and US Secretary of State John Kerry.",
]


def _entity(kind: str, id: str, name: str, aliases=(), type: str = "", body: str = "") -> Entity:
    folder = {"actor": "actors", "place": "places", "tag": "tags"}[kind]
    return Entity(id=id, kind=kind, path=Path(f"content/{folder}/{id}.md"), name=name,
                  aliases=list(aliases), type=type, body=body)


def _event(id: str, title: str, date: str | None, *, date_text="", date_basis="", actors=(), places=(),
           tags=(), sources=(), body="", end: str | None = None, status="held", merge_basis="") -> Event:
    """`sources`: (source, paragraph, quote) or (source, paragraph, quote, date, date_text, status)."""
    cites = [Citation(c[0], c[1], c[2]) if len(c) == 3 else
             Citation(c[0], c[1], c[2], date=PartialDate.parse(c[3]) if c[3] else None, date_text=c[4], status=c[5])
             for c in sources]
    return Event(id=id, path=Path(f"content/events/{id}.md"), title=title,
                 date=PartialDate.parse(date) if date else None,
                 end=PartialDate.parse(end) if end else None,
                 date_text=date_text, date_basis=date_basis, actors=list(actors), places=list(places),
                 tags=list(tags), sources=cites, body=body, status=status, merge_basis=merge_basis)


def _quote(paragraphs: list[str], n: int, start: str) -> tuple[int, str]:
    """The sentence of paragraph n (1-based) that starts with `start`, exactly as written."""
    text = paragraphs[n - 1]
    i = text.index(start)
    end = min((j for j in (text.find(". ", i), text.find(".\"", i)) if j != -1), default=len(text) - 1)
    return n, text[i:end + 1] + ("\"" if text[end + 1:end + 2] == "\"" else "")


def sample_model(settings: dict | None = None) -> Model:
    rt, um = "rt-2016-12-06-us-withdraws-aleppo-proposals", "ummid-2016-12-13-russia-rejects-us-truce"
    wire = "geneva-wire-2016-12-05-experts-to-meet-on-aleppo"
    actors = [
        _entity("actor", "sergey-lavrov", "Sergey Lavrov", ["Sergei Lavrov", "Lavrov"], "person",
                "Foreign Minister of Russia since 2004; Moscow's voice in the Aleppo talks."),
        _entity("actor", "john-kerry", "John Kerry", ["Kerry"], "person",
                "US Secretary of State, 2013–2017. Negotiated with [[sergey-lavrov]] over Aleppo."),
        _entity("actor", "united-states", "United States", ["US", "Washington"], "country"),
        _entity("actor", "russia", "Russia", ["Moscow"], "country"),
        _entity("actor", "donald-trump", "Donald Trump", ["Trump"], "person"),
        _entity("actor", "ban-ki-moon", "Ban Ki Moon", [], "person", "UN Secretary-General, 2007–2016."),
        _entity("actor", "armed-groups", "Armed groups in eastern Aleppo", [], "organisation"),
        _entity("actor", "syrian-army", "Syrian Army", [], "organisation"),
    ]
    places = [
        _entity("place", "aleppo", "Aleppo", ["East Aleppo", "eastern Aleppo"], "city",
                "Syria's largest city before the war, divided since 2012."),
        _entity("place", "rome", "Rome", [], "city"),
        _entity("place", "belgrade", "Belgrade", [], "city"),
        _entity("place", "syria", "Syria", [], "country"),
    ]
    tags = [
        _entity("tag", "ceasefire", "Ceasefire", body="Proposals for a truce in Aleppo."),
        _entity("tag", "diplomacy", "Diplomacy"),
        _entity("tag", "civilians", "Civilians"),
        _entity("tag", "us-election", "US election"),
    ]
    sources = [
        Source(rt, Path(f"content/sources/{rt}.md"), "US withdraws Aleppo proposals, says no consultations yet – Lavrov",
               "RT", dt.date(2016, 12, 6), "https://www.rt.com/news/369312-us-withdraw-aleppo-proposal/",
               "seeds/000_526fe3c2f244ee9f.txt", list(RT)),
        Source(um, Path(f"content/sources/{um}.md"), "Russia rejects US call for truce in Aleppo", "ummid.com",
               dt.date(2016, 12, 13),
               "https://ummid.com/news/2016/December/13.12.2016/russia-rejects-us-call-for-truce-in-aleppo.html",
               "seeds/003_680c2337bcaf5e11.txt", list(UMMID)),
        Source(wire, Path(f"content/sources/{wire}.md"), "Russian and US experts to meet on Aleppo", "Geneva Wire",
               dt.date(2016, 12, 5), "https://wire.example/2016/12/05/experts-to-meet-on-aleppo",
               "seeds/900_geneva_wire.txt", list(WIRE)),
    ]
    events = [
        _event("2016-11-donald-trump-wins-the-presidential-election", "Donald Trump wins the US presidential election",
               "2016-11", date_text="in November", date_basis="month named in the article published 6 December 2016",
               actors=["donald-trump", "united-states"], tags=["us-election"], sources=[(rt, *_quote(RT, 4, "US Secretary"))],
               body="Kerry's contacts with [[russia]] intensify after the election."),
        _event("2016-12-02-kerry-delivers-a-new-aleppo-plan", "Kerry delivers a new plan for an Aleppo settlement",
               "2016-12-02", date_text="on Friday", date_basis="the Friday before publication on 6 December 2016",
               actors=["john-kerry", "russia"], places=["aleppo", "rome"], tags=["diplomacy"],
               sources=[(rt, *_quote(RT, 5, "Kerry delivered"))],
               body="John Kerry hands Sergey Lavrov a new plan for eastern Aleppo; see [[rome]]."),
        _event("2016-12-05-us-withdraws-its-proposal", "US withdraws its Aleppo proposal, Lavrov says",
               "2016-12-05", date_text="abruptly", date_basis="day before publication (6 December 2016)",
               actors=["united-states", "sergey-lavrov"], places=["aleppo"], tags=["diplomacy", "ceasefire"],
               sources=[(rt, *_quote(RT, 1, "Just as")), (rt, *_quote(RT, 3, "\"They have"))],
               body="Lavrov says Washington withdrew its document and that the new one \"backtracks\"."),
        _event("2016-12-06-lavrov-says-wednesday-consultations-cancelled",
               "Lavrov says the Wednesday consultations are cancelled", "2016-12-06",
               date_text="at this point", date_basis="publication date of the article",
               actors=["sergey-lavrov", "united-states", "russia"], places=["aleppo"], tags=["diplomacy"],
               sources=[(rt, *_quote(RT, 2, "He said"))]),
        _event("2016-12-06-armed-groups-refuse-to-withdraw", "Armed groups in eastern Aleppo refuse to withdraw",
               "2016-12-06", date_text="said", date_basis="publication date of the article",
               actors=["armed-groups"], places=["aleppo"], tags=["ceasefire"],
               sources=[(rt, *_quote(RT, 7, "Some of the armed"))],
               body="They pledge to continue the fight & reject the withdrawal plan <b>as reported</b>."),
        _event("2016-12-07-us-russia-experts-consultations-on-aleppo",
               "US and Russian experts' consultations on the Aleppo withdrawal", "2016-12-07",
               date_text="the Wednesday consultations", date_basis="the Wednesday after publication on 6 December 2016",
               actors=["united-states", "russia"], places=["aleppo"], tags=["diplomacy"], status="cancelled",
               merge_basis="the same consultations of Russian & US experts on the withdrawal from eastern Aleppo, "
                           "in the same week: announced by Geneva Wire, called off according to RT",
               sources=[(wire, *_quote(WIRE, 1, "Russian and US"), "2016-12-08", "on Thursday", "planned"),
                        (rt, *_quote(RT, 2, "He said"), "2016-12-07", "the Wednesday consultations", "cancelled")]),
        _event("2016-12-12-lavrov-rejects-us-ceasefire-proposal", "Lavrov rejects the US ceasefire proposal in Belgrade",
               "2016-12-12", date_text="on Monday", date_basis="the Monday before publication on 13 December 2016",
               actors=["sergey-lavrov", "russia", "united-states"], places=["belgrade", "aleppo"],
               tags=["ceasefire", "diplomacy"],
               sources=[(um, *_quote(UMMID, 1, "The US proposal")), (um, *_quote(UMMID, 4, "\"We have"))],
               body="Russia wants corridors for rebels leaving Aleppo defined in advance."),
        _event("2016-12-13-ban-ki-moon-alarmed-by-atrocities", "Ban Ki Moon alarmed by reports of atrocities in Aleppo",
               "2016-12-13", date_text="in recent hours", date_basis="publication date of the article",
               actors=["ban-ki-moon"], places=["aleppo"], tags=["civilians"],
               sources=[(um, *_quote(UMMID, 6, "Meanwhile"))]),
        _event("2016-12-13-black-sea-economic-cooperation-meeting", "Lavrov attends the Black Sea Economic Cooperation meeting",
               "2016-12-13", date_text="on Tuesday", date_basis="the Tuesday of the week of publication",
               actors=["sergey-lavrov"], places=["belgrade"], tags=["diplomacy"],
               sources=[(um, *_quote(UMMID, 5, "Lavrov travelled"))]),
        _event("2016-syria-civilians-trapped", "Civilians trapped in eastern Aleppo", "2016",
               date_text="this year", date_basis="year of publication; the article gives no closer date",
               actors=["syrian-army"], places=["aleppo", "syria"], tags=["civilians"],
               sources=[(um, *_quote(UMMID, 2, "An estimated"))]),
        _event("undated-us-russia-withdrawal-talks", "US and Russia to discuss details of the withdrawal", None,
               date_text="On Tuesday", date_basis="the article does not say which Tuesday",
               actors=["united-states", "russia"], places=["aleppo"], tags=["diplomacy"],
               sources=[(rt, *_quote(RT, 6, "On Tuesday"))]),
    ]
    model = Model(config={**SETTINGS, **(settings or {})}, events=events,
                  actors={e.id: e for e in actors}, places={e.id: e for e in places},
                  tags={e.id: e for e in tags}, sources={s.id: s for s in sources})
    return link(model)


def sample_project(root: Path | None = None, settings: dict | None = None) -> Project:
    """A project whose templates are the shipped ones, wherever the test runs."""
    root = Path(root) if root else PACKAGE_TEMPLATES.parent
    return Project(root=root, settings={**SETTINGS, "templates": str(PACKAGE_TEMPLATES), **(settings or {})})
