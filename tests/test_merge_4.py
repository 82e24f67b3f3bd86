"""Issue 10, fourth round: a happening held keeps no plan title, reports of one happening join whatever words
they name its participants in, and a strike is a stoppage of work or an attack by the words around it.
Invented wire copy."""
from __future__ import annotations

import datetime as dt

from test_merge import art, events_of

D = dt.date


def test_a_plan_joined_by_a_report_that_it_was_held_takes_the_held_reports_headline_and_status():
    plan = art("wire-1", "Wire", D(2034, 12, 5),
               "Arbitrator Helena Marsk will hold hearings in Mereth from Dec. 11, the labour ministry said.")
    held = art("agency-2", "Agency B", D(2034, 12, 20),
               "Arbitrator Helena Marsk opened hearings in Mereth on Dec. 11, and the union walked out for an hour.")
    [event] = events_of(plan, held)
    assert (event.title, event.date, event.status) == \
        ("Arbitrator Helena Marsk opens hearings in Mereth", "2034-12-11", "held")
    # Each change of status is cited: the plan by its report, the hearing by its own.
    assert [(c.source, c.status or "held") for c in event.sources] == [("wire-1", "planned"), ("agency-2", "held")]


def test_a_vote_announced_then_held_is_titled_by_the_vote_not_by_the_saying_of_the_plan():
    said = art("wire-3", "Wire", D(2034, 11, 28),
               "Prime Minister Reva Halden said parliament would vote on Friday on a law ordering an end to the dock "
               "strike.")
    passed = art("agency-4", "Agency B", D(2034, 12, 5),
                 "Parliament passed the law ending the dock strike by 94 votes to 61 on Friday, Reva Halden said.")
    [event] = events_of(said, passed)
    assert (event.title, event.date, event.status) == \
        ("Parliament passes law ending dock strike by 94 votes to 61", "2034-12-01", "held")


def test_a_later_line_recalling_the_plan_never_turns_a_held_vote_back_into_a_plan():
    passed = art("agency-4", "Agency B", D(2034, 12, 2),
                 "Parliament passed the law ending the dock strike by 94 votes to 61 on Friday, Reva Halden said.")
    recalled = art("paper-5", "Paper", D(2034, 12, 9),
                   "Parliament was due to vote on the law ending the dock strike on Dec. 1, Reva Halden said.")
    [event] = events_of(passed, recalled)
    assert (event.title, event.status) == ("Parliament passes law ending dock strike by 94 votes to 61", "held")
    assert [(c.source, c.status or "held") for c in event.sources] == [("agency-4", "held"), ("paper-5", "planned")]


def kind_of(title: str, sentence: str) -> str:
    from generator.drafts import CitationDraft, EventDraft
    from generator.extract.merging import _kind
    return _kind(EventDraft(title, "2034-11-13", "", "", sources=[CitationDraft("wire", 1, sentence)]))


def test_a_strike_is_a_stoppage_of_work_or_an_attack_by_the_words_around_it():
    assert kind_of("Israeli air strike kills 12", "An Israeli air strike killed 12 people.") == "attack"
    assert kind_of("Missile strike hits fuel depot", "A missile strike hit the depot.") == "attack"
    assert kind_of("Strike by dockworkers shuts Mereth", "A strike by dockworkers shut the port.") == "labour strike"
    assert kind_of("General strike halts Ardane", "A general strike halted the capital.") == "labour strike"
    assert kind_of("Miners go on strike", "Miners went on strike on Monday.") == "labour strike"
    # A bare "strike" is placed by the rest of the report, and left open when nothing tells.
    assert kind_of("Strike enters third week", "The strike by port workers entered its third week.") == \
        "labour strike"
    assert kind_of("Strike hits convoy", "The strike, by two drones, hit the convoy.") == "attack"
    assert kind_of("Strike ends", "It ended on Monday.") == "strike"
    # Ending a strike is not the strike: what parliament did was vote.
    assert kind_of("Parliament ends strike in vote", "Parliament ended the strike in Friday's vote.") == "vote"


def test_a_dock_strike_and_an_air_strike_of_one_day_and_place_are_two_happenings():
    dock = art("wire-6", "Wire", D(2034, 11, 14),
               "Dockworkers at the port of Mereth went on strike on Monday over pay.")
    air = art("agency-7", "Agency B", D(2034, 11, 14),
              "An air strike hit a fuel depot at the port of Mereth on Monday, the army said.")
    assert len(events_of(dock, air)) == 2


def one_event(*articles) -> list[tuple[str, str]]:
    """The (source, date) of each citation, when the articles give exactly one event."""
    [event] = events_of(*articles)
    return [(c.source, c.date) for c in event.sources]


def test_an_appointment_a_law_passed_and_a_return_to_work_are_kinds_two_agencies_share():
    assert one_event(art("dpa-1", "DPA", D(2034, 12, 5), "Former judge Helena Marsk was appointed as arbitrator on Monday."),
                     art("xin-2", "Xinhua", D(2034, 12, 20),
                         "Retired judge Helena Marsk, who was appointed on Dec. 4, asked for more time to rule.")) == \
        [("dpa-1", "2034-12-04"), ("xin-2", "2034-12-04")]
    assert one_event(art("dpa-1", "DPA", D(2034, 12, 5), "The law was passed by 94 votes to 61 late on Friday."),
                     art("xin-2", "Xinhua", D(2034, 12, 20),
                         "The back-to-work law was passed on Dec. 1 after a 19-day stoppage.")) == \
        [("dpa-1", "2034-12-01"), ("xin-2", "2034-12-01")]
    assert one_event(art("dpa-1", "DPA", D(2034, 12, 5),
                         "Dockworkers returned to the cranes in the port of Mereth on Monday."),
                     art("xin-2", "Xinhua", D(2034, 12, 20),
                         "Cargo traffic has risen since the dockworkers returned on Dec. 4, the port authority said.")) \
        == [("dpa-1", "2034-12-04"), ("xin-2", "2034-12-04")]


def test_a_plan_for_next_month_and_the_vote_held_that_month_by_the_country_both_headlines_name():
    plan = art("ap-1", "AP", D(2034, 12, 18), "Saldonia's parliament will vote on the sea truce early next month.")
    held = art("rt-2", "Reuters", D(2035, 1, 4),
               "Saldonia's parliament ratified the sea truce with Drennia by 211 votes to 4 on Jan. 3.")
    assert one_event(plan, held) == [("ap-1", "2035-01"), ("rt-2", "2035-01-03")]


def test_a_country_is_named_alike_by_its_name_its_possessive_and_its_adjective():
    from generator.drafts import CitationDraft, EventDraft
    from generator.extract.merging import _lead_names, _proper_names

    def report(title, sentence):
        return EventDraft(title, "2034-12-14", "", "", sources=[CitationDraft("wire", 1, sentence)])
    # (Not the first word of a sentence, which any word may be.)
    assert _proper_names(report("Default", "Officials said Cassarian bonds fell after Cassaria's default.")) == \
        {"cassaria"}
    assert _lead_names(report("Saldonia's parliament to vote on truce", "The parliament will vote next month."),
                       {}) == {"saldonia"}
    assert _lead_names(report("Talks begin in London", "Talks began in London."), {}) == {"london"}

