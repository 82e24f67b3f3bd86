"""Issue 10, third round: two happenings are never one event (a plan and the day it was called off, a vote and
its announcement, two ballots of one month), and adding an article changes only the events it reports.
Invented wire copy."""
from __future__ import annotations

import datetime as dt

from test_merge import art, events_of

D = dt.date


def cited(events) -> list[list[tuple[str, str]]]:
    """Each event as the (source, date) of its citations."""
    return [[(c.source, c.date) for c in e.sources] for e in events]


def test_a_planned_meeting_and_the_day_it_was_put_off_a_day_before_it_was_called_off_are_two_happenings():
    plan = art("wire-1", "Wire", D(2034, 11, 24),
               "Prime Minister Reva Halden said she would meet union leader Tomas Rehn on Monday.")
    off = art("agency-2", "Agency B", D(2034, 11, 28),
              "Prime Minister Reva Halden on Tuesday called off a meeting with union leader Tomas Rehn, a day after "
              "she postponed it.")
    events = events_of(plan, off)
    # The postponing, dated by its count from Tuesday, falls on the Monday of the plan: still not the meeting.
    assert sorted(cited(events)) == [[("agency-2", "2034-11-27")], [("agency-2", "2034-11-28")],
                                     [("wire-1", "2034-11-27")]]


def test_a_court_postponing_its_hearing_on_the_day_it_was_due_is_not_the_hearing():
    due = art("wire-7", "Wire", D(2032, 12, 22), "The court said it would hear the case on Dec. 28.")
    put_off = art("agency-8", "Agency B", D(2032, 12, 28),
                  "Velmora's Supreme Court on Tuesday postponed until January 4 its hearing on the opposition's "
                  "challenge.")
    events = events_of(due, put_off)
    assert [("wire-7", "2032-12-28")] in cited(events)
    assert [("agency-8", "2032-12-28")] in cited(events)


def test_the_announcement_of_a_vote_is_not_the_vote_which_the_month_another_agency_gave_it_joins():
    month = art("wire-3", "Wire", D(2030, 12, 30), "Saldonia's parliament will vote on the truce early next month.")
    said = art("agency-4", "Agency B", D(2031, 1, 2),
               "Saldonia's parliament will vote on Friday on ratifying the truce, Speaker Ozren Bakal said on "
               "Thursday.")
    events = cited(events_of(month, said))
    assert [("agency-4", "2031-01-02")] in events          # the saying, on Thursday
    # The vote, on Friday, and the plan of "early next month": one kind, and whose vote both headlines say
    # (Saldonia's parliament; a month and a kind alone are no evidence: test_two_ballots_of_one_union_...).
    assert [("wire-3", "2031-01"), ("agency-4", "2031-01-03")] in events


def test_two_ballots_of_one_union_in_one_month_stay_apart():
    strike = art("wire-5", "Wire", D(2034, 11, 14),
                 "The Kaldrian Dockworkers' Federation said 87% of its members backed the strike in last week's "
                 "ballot.")
    deal = art("agency-6", "Agency B", D(2034, 11, 29),
               "Earlier this month the Kaldrian Dockworkers' Federation council rejected the draft deal in a vote.")
    assert sorted(cited(events_of(strike, deal))) == [[("agency-6", "2034-11")], [("wire-5", "2034-11")]]


# One meeting told by two agencies in their own words, and two articles that tell other things.
OSLO_A = art("wire-10", "Wire", D(2023, 4, 11),
             "Anna Berg and Ivo Petrov met in Oslo on Monday to discuss the border dispute, officials said.")
OSLO_B = art("agency-11", "Agency B", D(2023, 4, 11),
             "The foreign ministers of Norland and Sudria, Anna Berg and Ivo Petrov, held border talks in Oslo on "
             "Monday.")
ELSEWHERE = art("post-12", "Post", D(2023, 9, 20),
                "Flooding closed the Oslo border crossing on Tuesday, and the talks on the border dispute were "
                "delayed, Anna Berg said.")
SAME_DAY = art("daily-13", "Daily", D(2023, 4, 11),
               "Envoys of Velmar and Sudria met in Riga on Monday to discuss the border dispute and fishing rights.")


def of_a_and_b(events) -> list[list[tuple[str, str]]]:
    keep = {"wire-10", "agency-11"}
    return sorted([c for c in e if c[0] in keep] for e in cited(events) if any(c[0] in keep for c in e))


def test_merges_among_two_articles_are_the_same_with_or_without_an_article_on_another_story():
    alone = of_a_and_b(events_of(OSLO_A, OSLO_B))
    assert alone == [[("wire-10", "2023-04-10"), ("agency-11", "2023-04-10")]]
    # The words another article uses ("border", "Oslo", "talks") never weigh on what these two share.
    assert of_a_and_b(events_of(OSLO_A, OSLO_B, ELSEWHERE)) == alone
    assert of_a_and_b(events_of(ELSEWHERE, OSLO_A, OSLO_B)) == alone


def test_merges_among_two_articles_are_the_same_with_an_article_on_another_happening_of_that_day():
    alone = of_a_and_b(events_of(OSLO_A, OSLO_B))
    assert of_a_and_b(events_of(OSLO_A, OSLO_B, SAME_DAY)) == alone
    assert of_a_and_b(events_of(OSLO_A, OSLO_B, SAME_DAY, ELSEWHERE)) == alone
    [riga] = [e for e in events_of(OSLO_A, OSLO_B, SAME_DAY) if e.sources[0].source == "daily-13"]
    assert [c.source for c in riga.sources] == ["daily-13"]


# Kinds of happening that agencies name in other words.
def test_a_restructuring_told_twice_at_year_precision_is_one_event():
    one = art("wire-20", "Wire", D(2034, 12, 18),
              "Cassaria last restructured its debt in 2022, a year after its previous default.")
    two = art("agency-21", "Agency B", D(2034, 12, 20),
              "The copper exporter restructured its debt in 2022 after years of crisis.")
    events = events_of(one, two)
    assert [("wire-20", "2022"), ("agency-21", "2022")] in cited(events)
    assert [("wire-20", "2021")] in cited(events)          # the default a year before is another happening


def test_a_government_brought_down_and_toppled_is_one_happening():
    one = art("wire-22", "Wire", D(2018, 12, 28),
              "Opposition leader Milena Hartova's Civic Union brought down the government of Andrej Voronec in a "
              "confidence vote on Thursday.")
    two = art("agency-23", "Agency B", D(2018, 12, 28),
              "Lawmakers toppled the government of Prime Minister Andrej Voronec on Thursday, opposition leader "
              "Milena Hartova said.")
    [fall] = events_of(one, two)
    assert cited([fall]) == [[("wire-22", "2018-12-27"), ("agency-23", "2018-12-27")]]
    assert "same kind (fall)" in fall.merge_basis


def test_a_runoff_is_a_vote():
    one = art("wire-24", "Wire", D(2032, 12, 20),
              "Velmora held its presidential runoff on Sunday between Aurel Danek and Ilona Varga.")
    two = art("agency-25", "Agency B", D(2032, 12, 22),
              "Aurel Danek and Ilona Varga faced each other in the Dec. 19 presidential runoff.")
    [runoff] = events_of(one, two)
    assert "same kind (vote)" in runoff.merge_basis


def test_a_terse_report_of_a_day_never_joins_a_happening_known_only_by_its_month():
    # "The talks took place on Nov. 26" names no one: a month and a kind alone are no evidence it is these talks.
    month = art("wire-26", "Wire", D(2034, 11, 30), "Anna Berg and Ivo Petrov held talks in November.")
    day = art("agency-27", "Agency B", D(2034, 12, 5), "The talks took place on Nov. 26.")
    assert sorted(cited(events_of(month, day))) == [[("agency-27", "2034-11-26")], [("wire-26", "2034-11")]]


def test_a_count_of_ballots_resuming_is_one_kind_whatever_the_words():
    one = art("wire-28", "Wire", D(2032, 12, 22),
              "Counting will resume on Friday, electoral board chairman Petar Ilic said.")
    two = art("agency-29", "Agency B", D(2032, 12, 23),
              "The Central Electoral Board's count of the runoff ballots is to resume on Friday.")
    [count] = events_of(one, two)
    assert count.merge_basis == "same day (2032-12-24), same kind (count)"


def test_a_span_of_time_one_report_gives_is_no_count_the_other_contradicts():
    # "in 13 years" counts no one: beside "$640 million" it is no sign of another happening.
    one = art("wire-30", "Wire", D(2034, 12, 15),
              "Cassaria slid into its second default in 13 years on Thursday when a grace period ran out.")
    two = art("agency-31", "Agency B", D(2034, 12, 16),
              "Cassaria declared a default on Thursday after failing to pay $640 million to bondholders.")
    [default] = events_of(one, two)
    assert default.merge_basis == "same day (2034-12-14), same kind (default)"
