"""Issue 10, more stories: one event per happening however terse, late or oddly worded a report is, and two
happenings never one event. Invented wire copy: talks between the government of Velmar and the Kostrava Front,
told by several agencies on the same days, in their own words and at their own precision."""
from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

from generator import frontmatter
from generator.ingest import run_ingest
from generator.load import load
from generator.model import Citation, Event, PartialDate, Source, date_dispute
from generator.seeds import read_seeds

from conftest import put
from news import show
from test_merge import art, citing, events_of

D = dt.date

# Monday 10 April 2023: the talks open in Oslo, told four ways; the fourth agency knows only the month, the third
# names no one and nowhere.
OSLO_WIRE = art("wire-1", "Wire", D(2023, 4, 11),
                "OSLO, April 11 (Wire) - Talks between the Velmar government and the Kostrava Front opened in Oslo on "
                "Monday, the first direct negotiations in two years.")
OSLO_AGENCY = art("agency-2", "Agency B", D(2023, 4, 11),
                  "Delegations of Velmar and the Kostrava Front began talks in Oslo on Monday under Norwegian "
                  "mediation.")
OSLO_TERSE = art("post-3", "Post", D(2023, 4, 12), "The talks opened on Monday after weeks of delays.")
OSLO_MONTH = art("daily-4", "Daily", D(2023, 4, 13),
                 "Velmar and the Kostrava Front opened talks in April, officials said.")
# The same Monday, envoys of two other countries meet in another capital.
RIGA = art("agency-5", "Agency B", D(2023, 4, 11),
           "Envoys of Velmar and Sudria met in Riga on Monday to discuss fishing rights.")


def sources(event) -> list[str]:
    return [c.source for c in event.sources]


def test_four_reports_of_one_opening_are_one_event_whoever_they_name_and_however_precise():
    events = events_of(OSLO_WIRE, OSLO_AGENCY, OSLO_TERSE, OSLO_MONTH)
    assert len(events) == 1, show(events)
    [talks] = events
    assert sources(talks) == ["wire-1", "agency-2", "post-3", "daily-4"]
    assert talks.date == "2023-04-10"
    assert [(c.date, c.date_text) for c in talks.sources] == [
        ("2023-04-10", "on Monday"), ("2023-04-10", "on Monday"), ("2023-04-10", "on Monday"), ("2023-04", "in April")]
    assert talks.merge_basis.startswith("same day (2023-04-10), compatible dates (2023-04-10 is in 2023-04), "
                                        "same kind (talks), same place (Oslo)")


def test_the_order_the_articles_come_in_changes_neither_the_events_nor_their_titles():
    one = events_of(OSLO_WIRE, OSLO_AGENCY, OSLO_TERSE, OSLO_MONTH, RIGA)
    other = events_of(RIGA, OSLO_MONTH, OSLO_TERSE, OSLO_AGENCY, OSLO_WIRE)
    assert sorted((e.title, e.date, tuple(sorted(sources(e)))) for e in one) == \
        sorted((e.title, e.date, tuple(sorted(sources(e)))) for e in other)


def test_a_terse_report_joins_the_talks_of_its_day_not_the_meeting_in_another_capital():
    events = events_of(OSLO_WIRE, RIGA, OSLO_TERSE)
    assert len(events) == 2, show(events)
    [riga] = citing(events, "agency-5")
    assert sources(riga) == ["agency-5"] and riga.merge_basis == ""
    [talks] = citing(events, "wire-1")
    assert sources(talks) == ["wire-1", "post-3"]


def test_a_year_and_a_month_of_one_ceasefire_are_one_event_each_report_keeping_its_own_date():
    year = art("wire-6", "Wire", D(2023, 4, 24),
               "A ceasefire was signed in Vienna in 2016 and has been broken almost daily.")
    month = art("agency-7", "Agency B", D(2023, 4, 25),
                "Velmar and the rebels signed a ceasefire in Vienna in November 2016.")
    [truce] = events_of(year, month)
    assert sources(truce) == ["wire-6", "agency-7"]
    assert truce.date == "2016"                       # a merge never redates the first report's event
    assert [c.date for c in truce.sources] == ["2016", "2016-11"]
    assert "compatible dates (2016-11 is in 2016)" in truce.merge_basis and "same place (Vienna)" in truce.merge_basis


def test_exchanged_is_an_exchange_like_exchange():
    one = art("wire-8", "Wire", D(2023, 4, 18),
              "Velmar and the Kostrava Front exchanged 40 detainees at the Orsk bridge on Monday.")
    two = art("agency-9", "Agency B", D(2023, 4, 19), "A first group of 40 detainees was exchanged on Monday.")
    [swap] = events_of(one, two)
    assert sources(swap) == ["wire-8", "agency-9"]
    assert swap.merge_basis == "same day (2023-04-17), same kind (exchange), same figures (40)"


def test_a_ceasefire_falling_apart_is_no_capture_of_the_town_it_held():
    collapse = art("wire-10", "Wire", D(2023, 4, 19), "The ceasefire in Orsk fell apart on Tuesday.")
    capture = art("agency-11", "Agency B", D(2023, 4, 19), "Kostrava Front fighters seized Orsk on Tuesday.")
    assert len(events_of(collapse, capture)) == 2


def test_a_port_sealed_off_is_a_blockade_and_a_trawler_rammed_and_sunk_an_attack():
    sealed = art("wire-32", "Wire", D(2023, 6, 6), "Navy ships sealed off the port of Tolmar on Monday.")
    blockade = art("agency-33", "Agency B", D(2023, 6, 7),
                   "A naval blockade of Tolmar began on Monday, port officials said.")
    [event] = events_of(sealed, blockade)
    assert event.merge_basis == "same day (2023-06-05), same kind (blockade), same place (Tolmar)"
    rammed = art("wire-34", "Wire", D(2023, 6, 6),
                 "A coast guard cutter rammed and sank a fishing trawler off Tolmar on Monday.")
    sank = art("agency-35", "Agency B", D(2023, 6, 7),
               "A fishing trawler sank off Tolmar on Monday after a collision with a coast guard cutter.")
    [event] = events_of(rammed, sank)
    assert sources(event) == ["wire-34", "agency-35"]
    # A blockade and a sinking on one day off one port are two happenings.
    assert len(events_of(sealed, sank)) == 2


def test_a_word_of_a_name_is_no_kind_of_happening():
    # "Election" in "Central Election Commission" is no election: two different publications stay apart.
    calendar = art("wire-12", "Wire", D(2023, 4, 20),
                   "The Central Election Commission said it would publish the election calendar in May.")
    lists = art("agency-13", "Agency B", D(2023, 4, 21),
                "The Central Election Commission said it would publish the final voter lists in May.")
    assert len(events_of(calendar, lists)) == 2


def test_what_someone_says_of_a_planned_meeting_its_announcement_and_its_calling_off_are_one_event():
    said = art("wire-14", "Wire", D(2023, 4, 24), "Anna Berg said she would meet Ivo Petrov in Oslo on Friday.")
    planned = art("agency-15", "Agency B", D(2023, 4, 25),
                  "Anna Berg and Ivo Petrov will meet in Oslo on Friday to discuss the border.")
    off = art("post-16", "Post", D(2023, 4, 29),
              "The meeting of Anna Berg and Ivo Petrov in Oslo on Friday was called off, officials said.")
    [meeting] = events_of(said, planned, off)
    assert sources(meeting) == ["wire-14", "agency-15", "post-16"]
    assert [c.status for c in meeting.sources] == ["planned", "planned", "cancelled"]
    assert meeting.status == "cancelled" and meeting.date == "2023-04-28"


def test_talks_due_on_a_day_and_the_talks_of_that_day_called_off_later_are_one_event():
    due = art("wire-30", "Wire", D(2023, 6, 5),
              "The delegations are due to resume their talks on Thursday, the mediator said.")
    off = art("agency-31", "Agency B", D(2023, 6, 9),
              "The mediator called off Thursday's talks with the delegations after a walkout.")
    [talks] = events_of(due, off)
    assert sources(talks) == ["wire-30", "agency-31"]
    assert [c.status for c in talks.sources] == ["planned", "cancelled"]
    assert talks.status == "cancelled" and talks.date == "2023-06-08"
    assert talks.merge_basis == "same day (2023-06-08), same kind (talks)"


def test_two_sentences_of_one_article_telling_one_suspension_in_other_words_are_one_event():
    article = art("wire-17", "Wire", D(2023, 5, 2),
                  "The Velmar army suspended combat operations around Orsk on Monday, the defence ministry said.\n"
                  "Combat actions of the Velmar army around Orsk were suspended on Monday to let civilians leave, "
                  "the ministry added.")
    [halt] = events_of(article)
    assert [c.paragraph for c in halt.sources] == [1, 2]
    first = art("wire-17", "Wire", D(2023, 5, 2), article.paragraphs[0])
    assert halt.title == events_of(first)[0].title     # the first sentence's headline
    assert halt.merge_basis == "same day (2023-05-01), same kind (suspension), same names (Orsk, Velmar)"


def test_two_suspensions_of_one_article_in_two_towns_stay_apart():
    article = art("wire-18", "Wire", D(2023, 5, 2),
                  "The Velmar army suspended combat operations around Orsk on Monday.\n"
                  "The Velmar army suspended combat operations around Brezno on Monday.")
    assert len(events_of(article)) == 2


# ------------------------------------------------------------------------------------------- the model side
def test_a_dispute_is_worked_out_once_and_again_only_when_the_event_changes():
    sources = {s: Source(s, Path(f"{s}.md"), s, outlet=s.title(), published=D(2023, 4, 14))
               for s in ("wire", "agency")}
    event = Event("deal", Path("deal.md"), "Deal signed", PartialDate.parse("2023-04"), sources=[
        Citation("wire", 1, "signed on Thursday", date=PartialDate.parse("2023-04-13")),
        Citation("agency", 1, "signed on Friday", date=PartialDate.parse("2023-04-14"))])
    first = date_dispute(event, sources)
    assert [r.citation.source for r in first] == ["wire", "agency"]
    assert event._dispute is not None and date_dispute(event, sources) == first
    first.clear()                                   # the caller's copy: the cached answer is untouched
    assert len(date_dispute(event, sources)) == 2
    # The build cache keeps events pickled: the answer is not kept with them, only what the file says.
    assert pickle.loads(pickle.dumps(event))._dispute is None
    event.sources[1].date = PartialDate.parse("2023-04-13")     # the editor settles it
    assert date_dispute(event, sources) == []


# ------------------------------------------------------------------------------------------- the ingest side
def _seed(project, stem: str, text: str, published: str, outlet: str) -> None:
    put(project, f"seeds/{stem}.txt", text + "\n")
    put(project, f"seeds/{stem}.yaml", f"published: {published}\noutlet: {outlet}\ntitle: Talks\n"
                                       f"url: https://example.org/{stem}\n")


def _events(project) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted((project.content / "events").glob("*.md"))}


def test_each_later_report_joins_the_same_file_even_when_it_gives_the_event_a_better_headline(project):
    _seed(project, "001_post", OSLO_TERSE.paragraphs[0], "2023-04-12", "Post")
    run_ingest(project, read_seeds(project.seeds, project.root))
    [name] = _events(project)
    assert frontmatter.parse(_events(project)[name]).meta["title"] == "Talks open"
    _seed(project, "002_wire", OSLO_WIRE.paragraphs[0], "2023-04-13", "Wire")
    _seed(project, "003_daily", OSLO_MONTH.paragraphs[0], "2023-04-14", "Daily")
    run_ingest(project, read_seeds(project.seeds, project.root))
    after = _events(project)
    assert list(after) == [name]                      # the same file, so the same id and the same page
    doc = frontmatter.parse(after[name])
    assert doc.meta["title"] == "Talks between Velmar government and Kostrava Front open in Oslo"
    assert [c["source"] for c in doc.meta["sources"]] == ["post-talks", "wire-talks", "daily-talks"]
    model, problems = load(project)
    assert model is not None and not [p for p in problems if p.severity != "info"], problems


# ------------------------------------------------------------------- kinds a headline names in other words
def _one(*articles):
    events = events_of(*articles)
    assert len(events) == 1, show(events)
    return events[0]


def test_a_draft_blocked_and_a_draft_vetoed_are_one_vote():
    # "block a draft" names no vote word, only the draft put to the vote; the truce it calls for is not the kind.
    one = art("wire-k1", "Wire", D(2023, 5, 9),
              "Russia and China vetoed a draft resolution on Ostrava at the Security Council on Monday.")
    two = art("agency-k2", "Agency B", D(2023, 5, 9),
              "Russia and China on Monday blocked a French draft calling for a humanitarian truce in Ostrava.")
    vote = _one(one, two)
    assert sources(vote) == ["wire-k1", "agency-k2"]
    assert "same kind (vote)" in vote.merge_basis


def test_registering_and_registration_are_one_kind():
    one = art("wire-k3", "Wire", D(2023, 6, 2),
              "About 3,100 displaced voters began registering in Brezno on Thursday, officials said.")
    two = art("agency-k4", "Agency B", D(2023, 6, 3),
              "The registration of displaced voters began in Brezno on Thursday.")
    # (Brezno, where both headlines place it, is no registered place yet: a name both give.)
    assert _one(one, two).merge_basis == "same day (2023-06-01), same kind (registration), same names (Brezno)"


# ---------------------------------------------------------------- a terse report: the only happening of its kind
THURSDAY_DUE = art("wire-t1", "Wire", D(2023, 6, 6), "The talks are due to resume on Thursday.")
THURSDAY_OFF = art("agency-t2", "Agency B", D(2023, 6, 7),
                   "Envoy Maria Lund called off Thursday's meeting in Oslo between Velmar and the Kostrava Front, "
                   "her office said on Wednesday.")


def test_a_report_naming_no_one_joins_the_only_happening_of_its_kind_that_day():
    events = events_of(THURSDAY_DUE, THURSDAY_OFF)
    [thursday] = citing(events, "wire-t1")
    assert sources(thursday) == ["wire-t1", "agency-t2"], show(events)
    assert thursday.date == "2023-06-08" and thursday.status == "cancelled"
    assert thursday.merge_basis == \
        "same day (2023-06-08), same kind (talks/meeting), a report naming no one the only one of its kind at its date"


def test_a_report_naming_no_one_stays_alone_when_two_happenings_of_its_kind_share_its_day():
    riga = art("daily-t3", "Daily", D(2023, 6, 7),
               "Envoys of Norland and Sudria will meet in Riga on Thursday to discuss fishing rights.")
    events = events_of(THURSDAY_DUE, THURSDAY_OFF, riga)
    [terse] = citing(events, "wire-t1")
    assert sources(terse) == ["wire-t1"], show(events)
    assert sources(citing(events, "daily-t3")[0]) == ["daily-t3"]


def test_a_report_naming_no_one_never_settles_a_day_for_another_report():
    # Wednesday, not Thursday: a terse report is no evidence that the two tell one happening on disputed days.
    wednesday = art("wire-t4", "Wire", D(2023, 6, 6), "The talks are due to resume on Wednesday.")
    events = events_of(wednesday, THURSDAY_OFF)
    assert sources(citing(events, "wire-t4")[0]) == ["wire-t4"], show(events)
