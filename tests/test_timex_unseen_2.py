"""More generalisation cases for the temporal tagger (generator.extract.timex), second set.

Authored for this file (not taken from TimeBank/AQUAINT, and not overlapping tests/test_timex_unseen.py):
2015-2025 news copy from many beats - wire datelines (AP, Reuters, AFP), BBC/Guardian/NYT/Bloomberg,
local news, sports, markets, courts, elections, weather, health and tech.  Each case:
(text, publication date or None, expected [(span text, TIMEX3 value), ...]) - the complete output of
`tag`, in text order.  Expected values were decided by TimeML / TempEval-3 conventions before the
tagger was run: spans leave out prepositions ("on", "in", "by") but keep determiners and modifiers
("the end of the year", "late Tuesday", "more than a decade"); "overnight" in a report is the night
before the publication day; holidays take the year the tense points to.  Anchored expressions follow the
TimeBank/AQUAINT annotation: in "three days later" only "three days" is a TIMEX3 (a DURATION, "later" is a
signal), while in "the day before" the span "the day" is a DATE counted from the date it is anchored to.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.timex import tag

D = dt.date

CASES = [
    # ---- datelines and wire leads
    ("KYIV, Ukraine (AP) — Russian drones struck energy facilities overnight, officials said Wednesday.",
     D(2024, 3, 6), [("overnight", "2024-03-05TNI"), ("Wednesday", "2024-03-06")]),
    ("LONDON, March 3 (Reuters) - British house prices rose in February, a survey showed on Sunday.",
     D(2024, 3, 3), [("March 3", "2024-03-03"), ("February", "2024-02"), ("Sunday", "2024-03-03")]),
    ("NEW YORK, Oct 4 (Reuters) - Wall Street's main indexes opened lower on Wednesday as Treasury yields "
     "hit 16-year highs.", D(2023, 10, 4), [("Oct 4", "2023-10-04"), ("Wednesday", "2023-10-04"), ("16-year", "P16Y")]),
    ("PARIS (AFP) – French farmers blocked motorways around the capital on Wednesday.", D(2024, 1, 31),
     [("Wednesday", "2024-01-31")]),
    ("WASHINGTON (AP) — The Senate passed a stopgap spending bill late Thursday, averting a government "
     "shutdown hours before the deadline.", D(2024, 3, 1), [("late Thursday", "2024-02-29")]),  # bare "hours before": untagged, as in TBAQ
    # ---- parts of days
    ("Police said the shooting happened on Monday night outside a bar in the city's east end.", D(2023, 10, 10),
     [("Monday night", "2023-10-09TNI")]),
    ("The storm is expected to make landfall late Tuesday or early Wednesday.", D(2024, 10, 7),
     [("late Tuesday", "2024-10-08"), ("early Wednesday", "2024-10-09")]),
    ("Schools closed Tuesday morning as snow blanketed the region.", D(2025, 1, 7), [("Tuesday morning", "2025-01-07TMO")]),
    ("Temperatures are expected to reach 40C on Thursday afternoon.", D(2022, 7, 18),
     [("Thursday afternoon", "2022-07-21TAF")]),
    ("The National Weather Service issued a flood watch through Saturday morning.", D(2023, 1, 12),
     [("Saturday morning", "2023-01-14TMO")]),
    ("Ticket sales opened Monday morning and sold out within 20 minutes.", D(2023, 3, 22),
     [("Monday morning", "2023-03-20TMO"), ("20 minutes", "PT20M")]),
    # ---- weekends, weeks, months, years relative to the publication date
    ("The festival returns this weekend with more than 200 acts.", D(2023, 6, 21), [("this weekend", "2023-W25-WE")]),
    ("Three people were injured in a shooting in the park over the weekend, police said.", D(2022, 8, 8),
     [("the weekend", "2022-W31-WE")]),
    ("The film topped the North American box office this past weekend.", D(2023, 7, 24),
     [("this past weekend", "2023-W29-WE")]),
    ("Bitcoin has fallen more than 20% over the past two weeks.", D(2022, 5, 12), [("the past two weeks", "P2W")]),
    ("Hospitals have reported a surge in flu cases in recent weeks.", D(2025, 1, 10), [("recent weeks", "PXW")]),
    ("The company said earlier this week that it would cut 1,200 jobs.", D(2023, 1, 19),
     [("earlier this week", "2023-W03")]),
    ("The central bank will publish its decision later this month.", D(2022, 9, 6), [("later this month", "2022-09")]),
    ("The park is scheduled to reopen next spring.", D(2023, 10, 12), [("next spring", "2024-SP")]),
    ("The airline aims to restore full service by the end of the year.", D(2021, 7, 15),
     [("the end of the year", "2021")]),
    ("Mortgage rates are forecast to fall below 6% by the end of 2024.", D(2023, 11, 2), [("the end of 2024", "2024")]),
    ("Shares of the company have more than doubled since the start of the year.", D(2024, 6, 10),
     [("the start of the year", "2024")]),
    ("The S&P 500 has gained 12% so far this year.", D(2023, 6, 15), [("this year", "2023")]),
    ("The company began laying off staff late last year.", D(2023, 3, 1), [("late last year", "2022")]),
    ("The ministry will announce new measures in the coming weeks.", D(2021, 4, 2), [("the coming weeks", "FUTURE_REF")]),
    ("The city council will vote on the proposal at its meeting next Tuesday.", D(2023, 5, 17),
     [("next Tuesday", "2023-05-23")]),
    ("Two years ago, the factory employed 800 people.", D(2022, 4, 12), [("Two years ago", "2020")]),
    # ---- months and years with a year given
    ("Schools in the state closed in March 2020 and did not fully reopen until the fall of 2021.", D(2023, 5, 1),
     [("March 2020", "2020-03"), ("the fall of 2021", "2021-FA")]),
    ("The WHO declared the outbreak a global health emergency in January 2020.", D(2023, 5, 5),
     [("January 2020", "2020-01")]),
    ("The yen weakened past 150 per dollar for the first time since October 2022.", D(2023, 11, 1),
     [("October 2022", "2022-10")]),
    ("The unemployment rate fell to 3.4% in January, the lowest since May 1969.", D(2023, 2, 3),
     [("January", "2023-01"), ("May 1969", "1969-05")]),
    ("He served as mayor from 2019 to 2021.", D(2024, 9, 1), [("2019", "2019"), ("2021", "2021")]),
    ("Russia interfered in the 2016 election, a Senate panel concluded.", D(2020, 8, 18), [("2016", "2016")]),
    ("A 2019 report by the agency warned of staffing shortages.", D(2024, 2, 14), [("2019", "2019")]),
    ("She won gold at the 2024 Paris Olympics.", D(2025, 2, 1), [("2024", "2024")]),
    ("The couple met in the summer of 2019 at a music festival.", D(2023, 8, 30), [("the summer of 2019", "2019-SU")]),
    ("Ministers had promised the scheme would be in place by spring 2025.", D(2024, 11, 20), [("spring 2025", "2025-SP")]),
    ("Prices have risen every year since 2015.", D(2023, 9, 9), [("every year", "P1Y"), ("2015", "2015")]),
    # ---- fiscal periods, quarters, halves
    ("Revenue for fiscal 2023 rose 8% to $4.1 billion.", D(2023, 11, 15), [("fiscal 2023", "2023")]),
    ("The budget for fiscal year 2025 includes $850 billion for defense.", D(2024, 3, 11), [("fiscal year 2025", "2025")]),
    ("Sales in China fell 8% in the first quarter, the company said on Thursday.", D(2024, 5, 3),
     [("the first quarter", "2024-Q1"), ("Thursday", "2024-05-02")]),
    ("The retailer is due to report Q3 results next week.", D(2023, 11, 14), [("Q3", "2023-Q3"), ("next week", "2023-W47")]),
    ("Airbus delivered 323 jets in H1 2024.", D(2024, 7, 10), [("H1 2024", "2024-H1")]),
    ("Profits doubled in the first half, the bank said.", D(2023, 8, 2), [("the first half", "2023-H1")]),
    # ---- anchored relative expressions
    ("The suspect was arrested on Jan. 6, 2021, and charged three days later.", D(2021, 2, 1),
     [("Jan. 6, 2021", "2021-01-06"), ("three days", "P3D")]),
    ("The clinic opened in 2015 and closed two years later.", D(2020, 6, 1), [("2015", "2015"), ("two years", "P2Y")]),
    ("The company's shares fell 5% on Tuesday after rising 3% a day earlier.", D(2024, 5, 8),
     [("Tuesday", "2024-05-07"), ("a day", "P1D")]),
    ("The strike began on Oct. 12; the day before, the minister had met union leaders.", D(2023, 10, 20),
     [("Oct. 12", "2023-10-12"), ("the day", "2023-10-11")]),
    # ---- holidays
    ("Families gathered at the church on Christmas Eve.", D(2022, 12, 27), [("Christmas Eve", "2022-12-24")]),
    ("Airports expect record crowds over Thanksgiving.", D(2023, 11, 20), [("Thanksgiving", "2023-11-23")]),
    ("The new minimum wage takes effect on New Year's Day.", D(2024, 12, 10), [("New Year's Day", "2025-01-01")]),
    ("Churches were packed on Easter Sunday.", D(2024, 4, 2), [("Easter Sunday", "2024-03-31")]),
    # ---- decades and centuries
    ("Crime in the city peaked in the 1980s.", D(2019, 5, 2), [("the 1980s", "198")]),
    ("The band was at its height in the late 1990s.", D(2020, 1, 15), [("the late 1990s", "199")]),
    ("Housing prices soared in the mid-2000s.", D(2019, 5, 2), [("the mid-2000s", "200")]),
    ("It was one of the deadliest floods of the 20th century.", D(2021, 7, 20), [("the 20th century", "19")]),
    # ---- calendar dates: ordinals, ISO, European order
    ("The deadline is March 3rd.", D(2025, 2, 20), [("March 3rd", "2025-03-03")]),
    ("Nominations close on the 3rd of March.", D(2025, 2, 20), [("the 3rd of March", "2025-03-03")]),
    ("The filing, dated 2024-03-03, was made public on Friday.", D(2024, 3, 12),
     [("2024-03-03", "2024-03-03"), ("Friday", "2024-03-08")]),
    ("The by-election will be held on 3 March 2024.", D(2024, 2, 1), [("3 March 2024", "2024-03-03")]),
    ("The ban comes into force on 1 January 2025.", D(2024, 6, 30), [("1 January 2025", "2025-01-01")]),
    ("The judge set sentencing for Sept. 12.", D(2023, 6, 5), [("Sept. 12", "2023-09-12")]),
    ("Early voting runs through Nov. 2.", D(2024, 10, 20), [("Nov. 2", "2024-11-02")]),
    ("The iPhone maker will unveil its new models on Sept. 9, the company said Tuesday.", D(2025, 8, 26),
     [("Sept. 9", "2025-09-09"), ("Tuesday", "2025-08-26")]),
    # ---- sports, courts, elections: weekdays and clock times
    ("Manchester City beat Arsenal 2-0 on Sunday to go top of the Premier League.", D(2024, 4, 1),
     [("Sunday", "2024-03-31")]),
    ("The Chiefs face the Eagles in Sunday's Super Bowl.", D(2023, 2, 8), [("Sunday", "2023-02-12")]),
    ("A federal jury on Thursday found the former executive guilty on all counts.", D(2023, 11, 3),
     [("Thursday", "2023-11-02")]),
    ("The 48-year-old was jailed for six years at Leeds Crown Court on Friday.", D(2024, 2, 10),
     [("six years", "P6Y"), ("Friday", "2024-02-09")]),
    ("Polls close at 8 p.m. ET on Tuesday.", D(2024, 11, 4), [("8 p.m. ET on Tuesday", "2024-11-05T20:00")]),
    ("Applications must be submitted by 11:59 p.m. ET on Friday.", D(2025, 4, 14),
     [("11:59 p.m. ET on Friday", "2025-04-18T23:59")]),
    ("The World Cup final kicks off at 4 p.m. local time (1500 GMT) on Sunday.", D(2022, 12, 16),
     [("4 p.m. local time", "2022-12-18T16:00"), ("1500 GMT", "2022-12-18T15:00"), ("Sunday", "2022-12-18")]),
    ("The outage, which began at 2 a.m. Pacific time, lasted nearly six hours.", D(2024, 7, 19),
     [("2 a.m. Pacific time", "2024-07-19T02:00"), ("nearly six hours", "PT6H")]),
    # ---- durations and sets
    ("Negotiators worked for 24 hours straight to reach a deal.", D(2023, 4, 4), [("24 hours", "PT24H")]),
    ("More than 100 rockets were fired into Israel in the past 24 hours, the army said.", D(2023, 10, 8),
     [("the past 24 hours", "PT24H")]),
    ("The border has been closed for more than a decade.", D(2022, 3, 3), [("more than a decade", "P10Y")]),
    ("The conflict has displaced millions over two decades.", D(2021, 8, 16), [("two decades", "P20Y")]),
    ("Inflation hit 9.1%, its highest level in more than 40 years.", D(2022, 7, 13), [("more than 40 years", "P40Y")]),
    ("Patients must wait an average of 18 weeks for treatment.", D(2024, 1, 9), [("18 weeks", "P18W")]),
    ("The marathon draws 30,000 runners every year.", D(2024, 1, 10), [("every year", "P1Y")]),
    ("The newsletter is published weekly.", D(2024, 1, 10), [("weekly", "P1W")]),
    ("The agency updates the figures each month.", D(2024, 1, 10), [("each month", "P1M")]),
    # ---- no publication date: found, relative values left unresolved
    ("The plant will close by the end of the year, the company said on Tuesday.", None,
     [("the end of the year", "XXXX"), ("Tuesday", "XXXX-XX-XX")]),
    ("Hospitals reported more cases overnight, and schools will reopen next spring.", None,
     [("overnight", "XXXX-XX-XXTNI"), ("next spring", "XXXX-SP")]),
    ("The clinic opened in 2015 and closed two years later.", None, [("2015", "2015"), ("two years", "P2Y")]),
    # ---- the day under discussion, and gatherings called off (issue 9)
    ("Protesters gathered outside parliament on Sunday. That evening, police dispersed them.", D(2023, 3, 8),
     [("Sunday", "2023-03-05"), ("That evening", "2023-03-05TEV")]),
    ("That night, police sealed off the square.", D(2023, 3, 8), []),      # no day under discussion
    ("China and Russia blocked the draft yesterday. Later that day, the envoy left Geneva.", D(2016, 12, 6),
     [("yesterday", "2016-12-05"), ("Later that day", "2016-12-05")]),
    ("Thursday's talks were called off.", D(2023, 3, 8), [("Thursday", "2023-03-09")]),      # tomorrow's talks
    ("Thursday's talks were called off.", D(2023, 3, 10), [("Thursday", "2023-03-09")]),     # yesterday's
    ("The government cancelled the Monday meeting.", D(2023, 3, 10), [("Monday", "2023-03-13")]),
    ("Thursday's storm delayed flights across the region.", D(2023, 3, 13), [("Thursday", "2023-03-09")]),  # it happened
    ("The two sides will meet again in the middle of February.", D(2016, 12, 28),
     [("the middle of February", "2017-02")]),
    ("The envoy will return to Geneva early next month.", D(2016, 12, 28), [("early next month", "2017-01")]),
    ("The ceasefire took effect in the middle of December.", D(2017, 1, 10), [("the middle of December", "2016-12")]),
    # a past verb announcing a happening still ahead, against a past one
    ("The central bank raised rates on Tuesday and signaled another increase in June.", D(2024, 3, 15),
     [("Tuesday", "2024-03-12"), ("June", "2024-06")]),
    ("The company reported a loss in June.", D(2024, 3, 15), [("June", "2023-06")]),
    # a holiday naming a kind of thing is no date
    ("A truck plowed into a Christmas market in Berlin on Monday evening.", D(2016, 12, 20),
     [("Monday evening", "2016-12-19TEV")]),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[f"{i:03d}-{c[0][:40]}" for i, c in enumerate(CASES)])
def test_unseen_2(text, dct, expected):
    got = [(t.text, t.value) for t in tag(text, dct)]
    assert got == expected
