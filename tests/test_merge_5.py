"""Issue 10, fifth round: background facts told in a year by several articles ("entered service in 2031",
"defaulted in 2021") are one happening when their headlines name one subject and one kind; an air accident's
happenings have kinds of their own (crash, grounding, memorial, a report published); and a name a sentence gives
counts against another article's report only when that article never gives it, and a figure only against a
figure of the same thing (money, a share, "hostages"). Invented wire copy."""
from __future__ import annotations

import datetime as dt

from test_merge import art, events_of

D = dt.date


def test_a_machine_entering_service_in_a_year_told_by_two_articles_is_one_happening():
    first = art("wire-1", "Wire", D(2035, 9, 23),
                "Marrenair grounded its jets on Monday. The HX-90, a 150-seat jet, entered service in 2031.")
    second = art("agency-2", "Agency B", D(2035, 10, 2),
                 "Investigators met on Tuesday. The HX-90 first flew in 2029 and entered service in 2031.")
    entered = [e for e in events_of(first, second) if e.date == "2031"]
    assert [(e.title, [c.source for c in e.sources]) for e in entered] == \
        [("HX-90 enters service", ["wire-1", "agency-2"])]


def test_a_default_in_a_year_told_in_other_words_by_another_article_joins_on_its_subject_and_kind():
    shut_out = art("wire-1", "Wire", D(2034, 12, 18),
                   "Talks opened on Monday. Cassaria has been shut out of international markets since its 2021 "
                   "default.")
    defaulted = art("agency-2", "Agency B", D(2034, 12, 20),
                    "Talks with Cassaria were put off on Wednesday. Cassaria, a copper exporter, defaulted in 2021 "
                    "and restructured its debt a year later.")
    in_2021 = [e for e in events_of(shut_out, defaulted) if e.date == "2021"]
    assert [[c.source for c in e.sources] for e in in_2021] == [["wire-1", "agency-2"]]
    assert "same names (Cassaria)" in in_2021[0].merge_basis


def test_defaults_of_two_countries_in_one_year_stay_apart():
    shut_out = art("wire-1", "Wire", D(2034, 12, 18),
                   "Talks opened on Monday. Velmark has been shut out of international markets since its 2021 "
                   "default.")
    defaulted = art("agency-2", "Agency B", D(2034, 12, 20),
                    "Talks with Cassaria were put off on Wednesday. Cassaria, a copper exporter, defaulted in 2021 "
                    "and restructured its debt a year later.")
    in_2021 = [e for e in events_of(shut_out, defaulted) if e.date == "2021"]
    assert sorted(e.title for e in in_2021) == ["Cassaria defaults", "Velmark shut out of international markets"]


def test_a_year_and_one_subject_do_not_join_two_kinds():
    fell = art("wire-1", "Wire", D(2034, 12, 18),
               "Talks opened on Monday. Talks with Cassaria collapsed in 2029 and the government fell.")
    defaulted = art("agency-2", "Agency B", D(2034, 12, 20),
                    "Talks with Cassaria were put off on Wednesday. Cassaria defaulted in 2029.")
    in_2029 = [e for e in events_of(fell, defaulted) if e.date == "2029"]
    assert all(len({c.source for c in e.sources}) == 1 for e in in_2029)


def test_an_air_crash_told_in_other_words_by_two_articles_is_one_happening():
    crashed = art("wire-1", "Wire", D(2035, 9, 23),
                  "A Vantair jet crashed into farmland near Drevna on Sept. 22, killing all 142 people on board.")
    came_down = art("agency-2", "Agency B", D(2035, 10, 2),
                    "The plane came down near Drevna on Sept. 22, killing 142 people.")
    [crash] = events_of(crashed, came_down)
    assert (crash.title, crash.date, [c.source for c in crash.sources]) == \
        ("Vantair jet crashes into farmland near Drevna", "2035-09-22", ["wire-1", "agency-2"])


def test_a_fleet_grounded_and_the_grounding_taking_effect_that_day_are_one_happening():
    grounded = art("wire-1", "Wire", D(2035, 9, 25),
                   "Marrenia's aviation regulator grounded every HX-90 jet in the country on Sept. 24.")
    in_effect = art("agency-2", "Agency B", D(2035, 10, 2),
                    "The grounding of the country's HX-90 fleet took effect on Sept. 24, the regulator said.")
    [grounding] = events_of(grounded, in_effect)
    assert [c.source for c in grounding.sources] == ["wire-1", "agency-2"]


def test_a_memorial_planned_and_held_is_one_happening():
    held = art("wire-1", "Wire", D(2035, 10, 1),
               "Thousands of people gathered in Drevna on Sunday for a memorial service for the victims.")
    planned = art("agency-2", "Agency B", D(2035, 9, 27),
                  "Relatives of the victims plan to hold a memorial service in Drevna on Sunday.")
    [memorial] = events_of(held, planned)
    assert (memorial.date, memorial.status, sorted(c.source for c in memorial.sources)) == \
        ("2035-09-30", "held", ["agency-2", "wire-1"])


def test_a_report_due_in_a_month_and_published_on_a_day_of_it_is_one_happening():
    due = art("agency-2", "Agency B", D(2035, 10, 2),
              "The Air Accident Investigation Board will publish its preliminary findings in October.")
    published = art("wire-1", "Wire", D(2035, 11, 1),
                    "The Air Accident Investigation Board published its preliminary report into the crash on Oct. 30.")
    [report] = events_of(due, published)
    assert [c.source for c in report.sources] == ["agency-2", "wire-1"]


def test_publishing_two_different_things_is_no_one_happening():
    calendar = art("wire-12", "Wire", D(2023, 4, 20),
                   "The Central Election Commission said it would publish the election calendar in May.")
    lists = art("agency-13", "Agency B", D(2023, 4, 21),
                "The Central Election Commission said it would publish the final voter lists in May.")
    assert len(events_of(calendar, lists)) == 2


def test_a_name_the_other_article_gives_elsewhere_is_no_evidence_of_another_happening():
    # A month-level report naming Drevna and a day-level one naming Sulvik: each article names the other place
    # in another sentence, so neither name tells a different crash.
    month = art("wire-1", "Wire", D(2035, 10, 5),
                "The Halcyon jet crashed near Drevna in September, investigators said. Its operator flies from Sulvik.")
    day = art("agency-2", "Agency B", D(2035, 10, 6),
              "Reporters in Sulvik were told of the crash of the Halcyon jet on Sept. 22. Rescuers searched the "
              "fields around Drevna on Tuesday.")
    crashes = [e for e in events_of(month, day) if e.date.startswith("2035-09")]
    assert [[c.source for c in e.sources] for e in crashes] == [["wire-1", "agency-2"]]


def test_a_name_neither_other_article_gives_still_keeps_month_level_crashes_apart():
    month = art("wire-1", "Wire", D(2035, 10, 5), "The Halcyon jet crashed near Drevna in September, investigators said.")
    day = art("agency-2", "Agency B", D(2035, 10, 6),
              "Reporters in Sulvik were told of the crash of the Halcyon jet on Sept. 22.")
    crashes = [e for e in events_of(month, day) if e.date.startswith("2035-09")]
    assert len(crashes) == 2


def test_figures_of_different_things_are_no_conflict_a_price_and_a_sum_of_money():
    missed = art("wire-1", "Wire", D(2034, 12, 15),
                 "Cassaria missed a $640 million coupon payment on its bonds in November.")
    priced = art("agency-2", "Agency B", D(2034, 12, 16),
                 "Cassaria missed a coupon payment on its bonds in November, and they fell to 35 cents on the dollar.")
    [coupon] = events_of(missed, priced)
    assert (coupon.date, [c.source for c in coupon.sources]) == ("2034-11", ["wire-1", "agency-2"])


def test_two_counts_of_the_same_thing_in_a_month_still_keep_two_happenings_apart():
    forty = art("wire-1", "Wire", D(2034, 12, 15), "Gunmen in Tolmar freed 40 hostages in November.")
    twelve = art("agency-2", "Agency B", D(2034, 12, 16), "Gunmen in Tolmar freed 12 hostages in November.")
    assert sorted(e.title for e in events_of(forty, twelve)) == \
        ["Gunmen in Tolmar frees 12 hostages", "Gunmen in Tolmar frees 40 hostages"]
