"""Generalisation cases for the temporal tagger (generator.extract.timex) in modern wire-copy style.

These sentences are authored for this file (not taken from TimeBank/AQUAINT) and imitate
2010s-2020s Reuters / AP / RT / BBC copy.  Each case: (sentence, publication date or None,
expected [(span text, TIMEX3 value), ...]) - the complete output of `tag`, in text order.

Conventions (TimeML): a bare weekday resolves to the nearest such day in the direction the
clause points (past report -> before the publication date, scheduled event in the present or
future tense -> after it, the publication day's own weekday -> the publication date); a month
or day without a year takes the year that makes the clause's tense true; where news usage is
genuinely ambiguous (01/02/2016, "on the 15th") the expected value keeps X placeholders.
"""
from __future__ import annotations

import datetime as dt
import random
import time

import pytest

from generator.extract.timex import tag

D = dt.date

CASES = [
    # ---- weekdays in past reports (2016-12-06 Tue, 2019-03-14 Thu, 2018-10-13 Sat, 2023-06-05 Mon)
    ("Russian Foreign Minister Sergei Lavrov said on Monday that the talks had stalled.", D(2016, 12, 6),
     [("Monday", "2016-12-05")]),
    ("Earlier Thursday, police fired tear gas at protesters in the capital.", D(2019, 3, 14),
     [("Earlier Thursday", "2019-03-14")]),
    ("Earlier Thursday, police fired tear gas at protesters in the capital.", D(2019, 3, 15),
     [("Earlier Thursday", "2019-03-14")]),
    ("The blaze broke out late Friday in a warehouse district, firefighters said.", D(2018, 10, 13),
     [("late Friday", "2018-10-12")]),
    ("Two people were killed on Sunday night when a bus overturned near Kabul.", D(2023, 6, 5),
     [("Sunday night", "2023-06-04TNI")]),
    ("The ministry said in a statement on Wednesday that 12 soldiers had died.", D(2021, 11, 19),
     [("Wednesday", "2021-11-17")]),
    ("Officials confirmed the death toll on Thursday evening.", D(2021, 11, 19),
     [("Thursday evening", "2021-11-18TEV")]),
    ("Lawmakers approved the bill on Tuesday by a vote of 52-48.", D(2019, 3, 14), [("Tuesday", "2019-03-12")]),
    ("Results of Sunday's election were announced on Monday.", D(2019, 3, 19),
     [("Sunday", "2019-03-17"), ("Monday", "2019-03-18")]),
    ("Later on Saturday, the rebels withdrew from the town.", D(2018, 10, 13), [("Saturday", "2018-10-13")]),
    ("The leaders did not meet on Monday as planned, a spokesman said.", D(2016, 12, 8), [("Monday", "2016-12-05")]),
    ("Protests erupted across the country on Friday.", D(2017, 1, 2), [("Friday", "2016-12-30")]),
    # ---- the publication day's own weekday
    ("The central bank kept interest rates on hold on Thursday.", D(2019, 3, 14), [("Thursday", "2019-03-14")]),
    ("The president, speaking on Friday, rejected the proposal.", D(2021, 11, 19), [("Friday", "2021-11-19")]),
    # ---- scheduled future in the present tense / "set to" / "ahead of"
    ("The Supreme Court rules Thursday on the government's appeal.", D(2016, 12, 6), [("Thursday", "2016-12-08")]),
    ("Parliament votes on Tuesday on the budget.", D(2023, 6, 5), [("Tuesday", "2023-06-06")]),
    ("Peace talks resume Monday in Geneva.", D(2021, 11, 19), [("Monday", "2021-11-22")]),
    ("The summit opens next week in Brussels.", D(2016, 12, 6), [("next week", "2016-W50")]),
    ("EU leaders are set to meet on Friday to discuss sanctions.", D(2022, 2, 27), [("Friday", "2022-03-04")]),
    ("The Wednesday consultations are canceled, a diplomat said.", D(2016, 12, 6), [("Wednesday", "2016-12-07")]),
    ("Voters go to the polls on Sunday in a closely watched election.", D(2019, 3, 14), [("Sunday", "2019-03-17")]),
    ("The trial is expected to begin on Monday.", D(2018, 10, 13), [("Monday", "2018-10-15")]),
    ("Stocks edged higher ahead of Friday's jobs report.", D(2019, 3, 14), [("Friday", "2019-03-15")]),
    ("The new law takes effect on Saturday.", D(2016, 12, 6), [("Saturday", "2016-12-10")]),
    ("Police arrested the suspect on Saturday and he appears in court on Monday.", D(2018, 10, 13),
     [("Saturday", "2018-10-13"), ("Monday", "2018-10-15")]),
    ("Officials said on Tuesday they would hold a referendum on Sunday.", D(2016, 12, 6),
     [("Tuesday", "2016-12-06"), ("Sunday", "2016-12-11")]),
    ("The ceasefire will expire on Monday.", D(2020, 12, 29), [("Monday", "2021-01-04")]),
    # ---- deictic periods
    ("Inflation slowed this week, data showed.", D(2020, 12, 29), [("this week", "2020-W53")]),
    ("Thousands marched through the city last weekend.", D(2016, 12, 6), [("last weekend", "2016-W48-WE")]),
    ("Over the weekend, protesters clashed with police.", D(2016, 12, 5), [("the weekend", "2016-W48-WE")]),
    ("Fuel prices rose sharply earlier this month.", D(2021, 11, 19), [("earlier this month", "2021-11")]),
    ("Elections are expected later this year.", D(2019, 3, 14), [("later this year", "2019")]),
    ("More details will be released in the coming days.", D(2019, 3, 14), [("the coming days", "FUTURE_REF")]),
    ("The vote is now expected early next year.", D(2020, 12, 29), [("now", "PRESENT_REF"), ("early next year", "2021")]),
    ("Retail sales fell last month.", D(2017, 1, 2), [("last month", "2016-12")]),
    ("Unemployment hit a record high last year.", D(2017, 1, 2), [("last year", "2016")]),
    ("A year ago, the rouble traded at 60 to the dollar.", D(2016, 12, 6), [("A year ago", "2015")]),
    ("The firm expects growth in the second half of the year.", D(2019, 3, 14),
     [("the second half of the year", "2019-H2")]),
    # ---- months, seasons, years, decades
    ("Fighting intensified in mid-November.", D(2016, 12, 6), [("mid-November", "2016-11")]),
    ("Coronavirus cases have tripled since mid-March.", D(2020, 4, 20), [("mid-March", "2020-03")]),
    ("The company's troubles began in late 2015.", D(2019, 3, 14), [("late 2015", "2015")]),
    ("The region was largely peaceful in the 1990s.", D(2019, 3, 14), [("the 1990s", "199")]),
    ("Smartphone sales boomed in the 2010s.", D(2021, 11, 19), [("the 2010s", "201")]),
    ("The two leaders last met in July.", D(2019, 3, 14), [("July", "2018-07")]),
    ("The company filed for bankruptcy protection in October.", D(2016, 6, 15), [("October", "2015-10")]),
    ("The election will be held in February.", D(2016, 9, 10), [("February", "2017-02")]),
    ("Negotiations will continue in April, the ministry said.", D(2019, 11, 20), [("April", "2020-04")]),
    ("Sales were strong in December, the company said.", D(2017, 1, 10), [("December", "2016-12")]),
    # ---- calendar dates with and without a year
    ("The ceremony took place on Thursday, Dec. 15, 2016, in Aleppo.", D(2016, 12, 20),
     [("Thursday, Dec. 15, 2016", "2016-12-15")]),
    ("The agreement was signed on 15 December.", D(2016, 12, 20), [("15 December", "2016-12-15")]),
    ("The deadline for bids is Dec 15th.", D(2016, 12, 6), [("Dec 15th", "2016-12-15")]),
    ("Trading was halted on March 9, 2020, as markets crashed.", D(2020, 3, 12), [("March 9, 2020", "2020-03-09")]),
    ("The company will report results on Thursday, Jan. 5.", D(2016, 12, 28), [("Thursday, Jan. 5", "2017-01-05")]),
    ("The new rules come into force on Jan. 1.", D(2016, 12, 28), [("Jan. 1", "2017-01-01")]),
    ("The attack on Dec. 31 killed 39 people.", D(2017, 1, 3), [("Dec. 31", "2016-12-31")]),
    ("The results, published on 12/15/2016, surprised analysts.", D(2016, 12, 20), [("12/15/2016", "2016-12-15")]),
    ("The results were published on 15/12/2016.", D(2016, 12, 20), [("15/12/2016", "2016-12-15")]),
    ("The meeting was held on 05/06/2016.", D(2016, 12, 20), [("05/06/2016", "2016-XX-XX")]),
    ("Voting ended on the 15th, officials said.", D(2016, 12, 20), [("the 15th", "XXXX-XX-15")]),
    ("The 15th anniversary of the attacks fell on Sept. 11, 2016.", D(2016, 9, 12), [("Sept. 11, 2016", "2016-09-11")]),
    ("Third-quarter profit at the bank beat forecasts, while Q4 guidance was cut.", D(2019, 10, 25),
     [("Third-quarter", "2019-Q3"), ("Q4", "2019-Q4")]),
    # ---- times
    ("The earthquake struck at 10:57 p.m. local time on Thursday.", D(2019, 3, 15),
     [("10:57 p.m. local time on Thursday", "2019-03-14T22:57")]),
    ("The blast occurred at 5am (0300 GMT) on Saturday.", D(2018, 10, 14),
     [("5am", "2018-10-13T05:00"), ("0300 GMT", "2018-10-13T03:00"), ("Saturday", "2018-10-13")]),
    ("Voting ends at noon on Friday.", D(2021, 11, 17), [("noon on Friday", "2021-11-19T12:00")]),
    ("He spoke to reporters at 3:30 p.m. EST.", D(2016, 12, 6), [("3:30 p.m. EST", "2016-12-06T15:30")]),
    # ---- durations
    ("The ceasefire lasted for two weeks.", D(2016, 12, 6), [("two weeks", "P2W")]),
    ("The economy has shrunk over the past three years.", D(2016, 12, 6), [("the past three years", "P3Y")]),
    ("It took nearly a decade to rebuild the bridge.", D(2016, 12, 6), [("nearly a decade", "P10Y")]),
    ("Rebels were given 48 hours to leave the city.", D(2016, 12, 6), [("48 hours", "PT48H")]),
    ("He served 18 months in prison.", D(2016, 12, 6), [("18 months", "P18M")]),
    ("The three-day summit ends on Wednesday.", D(2016, 12, 6), [("three-day", "P3D"), ("Wednesday", "2016-12-07")]),
    # ---- sets
    ("Protesters gather in the square every Friday.", D(2016, 12, 6), [("every Friday", "XXXX-WXX-5")]),
    ("The ministry publishes infection figures daily.", D(2020, 4, 20), [("daily", "P1D")]),
    ("Flights to the island operate twice a week.", D(2016, 12, 6), [("twice a week", "P1W")]),
    ("The committee meets every two weeks.", D(2016, 12, 6), [("every two weeks", "P2W")]),
    ("Inflation data is released monthly.", D(2016, 12, 6), [("monthly", "P1M")]),
    # ---- clause structure: attributions, commas, copulas, forecasts
    ("Ukraine and Russia will hold talks on the border on Monday, the president's office said.", D(2022, 2, 27),
     [("Monday", "2022-02-28")]),
    ("Police said the man, who was arrested on Tuesday, would appear in court on Friday.", D(2019, 3, 14),
     [("Tuesday", "2019-03-12"), ("Friday", "2019-03-15")]),
    ("Moscow Stock Exchange trading will remain closed on Monday.", D(2022, 2, 27), [("Monday", "2022-02-28")]),
    ("The Senate runoffs in Georgia are on Tuesday.", D(2021, 1, 4), [("Tuesday", "2021-01-05")]),
    ("The heatwave is forecast to last through Wednesday.", D(2023, 6, 5), [("Wednesday", "2023-06-07")]),
    ("Tens of thousands are expected at Saturday's rally.", D(2016, 12, 6), [("Saturday", "2016-12-10")]),
    ("The vote, originally scheduled for Tuesday, was postponed.", D(2019, 3, 14), [("Tuesday", "2019-03-12")]),
    ("The delegation arrived on Tuesday and leaves on Friday.", D(2019, 3, 14),
     [("Tuesday", "2019-03-12"), ("Friday", "2019-03-15")]),
    ("Since Thursday, more than 150,000 people have fled to Poland.", D(2022, 2, 27), [("Thursday", "2022-02-24")]),
    ("The bank will announce its decision on Thursday next week.", D(2019, 3, 14),
     [("Thursday next week", "2019-03-21")]),
    ("The law comes into force on Jan. 1.", D(2019, 3, 14), [("Jan. 1", "2020-01-01")]),
    ("Fireworks lit up the sky on New Year's Eve.", D(2021, 1, 4), [("New Year's Eve", "2020-12-31")]),
    ("The two sides held a second round of talks last month.", D(2019, 3, 14), [("last month", "2019-02")]),
    ("The company will publish results for the quarter ending June 30.", D(2023, 6, 5),
     [("the quarter", "2023-Q2"), ("June 30", "2023-06-30")]),
    ("In the year to February, inflation rose 1.9 percent.", D(2019, 3, 14), [("the year", "P1Y"), ("February", "2019-02")]),
    ("The earthquake struck at 02:40 GMT on Thursday.", D(2019, 3, 15), [("02:40 GMT on Thursday", "2019-03-14T02:40")]),
    ("The attack began at 5 a.m. Moscow time (0200 GMT) on Feb. 24.", D(2022, 2, 27),
     [("5 a.m. Moscow time", "2022-02-24T05:00"), ("0200 GMT", "2022-02-24T02:00"), ("Feb. 24", "2022-02-24")]),
    # ---- no publication date: found but left unresolved
    ("The minister said on Monday that talks would resume next week.", None,
     [("Monday", "XXXX-XX-XX"), ("next week", "XXXX-WXX")]),
    ("Fighting broke out in March and lasted three months.", None, [("March", "XXXX-03"), ("three months", "P3M")]),
    ("The accord was signed on Dec. 15, 2016.", None, [("Dec. 15, 2016", "2016-12-15")]),
    ("Stocks edged higher ahead of Friday's jobs report.", None, [("Friday", "XXXX-XX-XX")]),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[f"{i:03d}-{c[0][:40]}" for i, c in enumerate(CASES)])
def test_unseen(text, dct, expected):
    got = [(t.text, t.value) for t in tag(text, dct)]
    assert got == expected


# ---- robustness: hostile input must neither raise nor hang ------------------------------
# Speed is the benchmark's to measure (benchmarks/). The bound here is CPU time, not wall-clock time, so
# a busy machine cannot fail it, and generous: it catches only a runaway (quadratic or worse) pattern.
def _hostile_inputs():
    rng = random.Random(1234)
    yield ""
    yield " \t\r\n  \n\n\t "
    yield "".join(chr(rng.randrange(1, 0x2FFFF)) for _ in range(20000)).encode("utf-8", "replace").decode(
        "utf-8", "replace").replace("\ud800", "")
    yield "7" * 1_000_000
    yield "1 " * 200_000
    yield "Monday " * 10_000
    yield "on Dec. " * 5000 + "2016"
    yield ("12/" * 3000) + "2016"
    yield "the past " * 5000 + "three years"
    yield "a.m. p.m. " * 5000
    yield "\u00a0".join(["Thursday,", "Dec.", "15,", "2016"]) * 2000


@pytest.mark.parametrize("dct", [D(2016, 12, 6), None])
def test_hostile_input_is_tagged_safely(dct):
    for text in _hostile_inputs():
        cpu = time.process_time()
        out = tag(text, dct)
        cpu = time.process_time() - cpu
        assert cpu < 60, (text[:40], cpu)
        # Every tag is the very text it covers, in order and without overlap.
        last = -1
        for t in out:
            assert text[t.start:t.end] == t.text and t.start >= last
            last = t.end
