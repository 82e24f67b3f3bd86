"""The eight dating patterns of issue 9, one group per pattern: short invented wire sentences, each with the exact
dated events a careful editor expects, decided by hand before the code ran.

Each case is (published, text, required, optional): `required` lists (date, words the title carries) that must
come out; every event that comes out must match an entry of `required` or `optional` (a happening the editor
would accept but does not insist on). An event with a date the text does not support fails the case. Title words
are stems ("shel", "resum") so that these tests judge dates and the split into happenings, not headline grammar.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import extract
from news import assert_events, extract_each, wire_article

WED = dt.date(2023, 3, 8)          # a Wednesday
SAT = dt.date(2023, 3, 11)         # a Saturday

CASES = {
    # 1. Two happenings, one sentence, two dates: coordinated predicates, "but", "after", "while" split them.
    "1-but": (WED, "A prisoner exchange between the two factions was agreed late on Monday but collapsed early on "
                   "Tuesday when gunmen fired on a bus at the crossing.",
              [("2023-03-06", ["exchange", "agreed"]), ("2023-03-07", ["collapse"])], []),
    "1-and": (WED, "The rebels shelled the airport on Saturday and seized the main road to the port on Sunday.",
              [("2023-03-04", ["rebels", "shel", "airport"]), ("2023-03-05", ["seize", "road"])], []),
    "1-after": (WED, "Talks resumed in Geneva on Tuesday after the two delegations met in Vienna on Monday.",
                [("2023-03-07", ["talks", "resum"]), ("2023-03-06", ["delegations", "meet"])], []),
    "1-while": (WED, "The army shelled the northern suburbs on Monday while rebels attacked a checkpoint near the "
                     "airport on Tuesday.",
                [("2023-03-06", ["army", "shel"]), ("2023-03-07", ["rebels", "attack"])], []),
    "1-as-no-subject": (WED, "The president let the offensive begin as previously planned on Saturday night.",
                        [("2023-03-04", ["offensive", "begin"])], []),
    "1-as": (WED, "Fighting resumed on Monday as government troops moved into the eastern districts.",
             [("2023-03-06", ["fighting", "resum"])], []),
    "1-and-irregular": (dt.date(2017, 1, 4), "Government forces shelled the valley on Sunday, and rebels shot down a "
                                             "helicopter there the same day.",
                        [("2017-01-01", ["government forces", "valley"]), ("2017-01-01", ["rebels", "helicopter"])],
                        []),
    "1-but-after-when": (dt.date(2016, 12, 16), "The deal, first announced late on Tuesday, collapsed on Wednesday "
                                                "morning when shelling resumed, but was revived late that night.",
                         [("2016-12-13", ["deal", "announced"]), ("2016-12-14", ["deal", "collapse"]),
                          ("2016-12-14", ["deal", "revived"])], []),
    "1-reported": (dt.date(2024, 3, 15), "Prosecutors said the defendant had met the victim in 2019 and moved into "
                                         "her apartment the following year.",
                   [("2019", ["defendant", "meet"]), ("2020", ["defendant", "move"])], []),
    "1-signaled": (dt.date(2024, 3, 15), "The central bank raised rates on Tuesday and signaled another increase in "
                                         "June.",
                   [("2024-03-12", ["bank", "raise"]), ("2024-06", ["increase"])], []),
    "1-agreed-then": (dt.date(2016, 12, 15), "A deal to evacuate rebels and civilians from eastern Aleppo was reached "
                                             "on Tuesday evening but fell apart on Wednesday morning as shelling "
                                             "resumed.",
                      [("2016-12-13", ["deal", "reach"]), ("2016-12-14", ["deal", "fall", "apart"])], []),
    # 2. A date inside a noun's modifier dates that noun's happening, titled from the noun phrase.
    "2-passed": (SAT, "Aid trucks entered the city under a General Assembly resolution passed on Thursday.",
                 [("2023-03-09", ["resolution", "pass"])], []),
    "2-signed": (SAT, "Trucks crossed the border on Friday despite the trade accord signed on Wednesday.",
                 [("2023-03-10", ["trucks", "cross"]), ("2023-03-08", ["accord", "signed"])], []),
    "2-which": (SAT, "The airlift, which started on Sunday, has brought 300 tonnes of food to the city.",
                [("2023-03-05", ["airlift", "start"])], []),
    "2-imposed": (SAT, "Officials defended the curfew imposed on Monday.",
                  [("2023-03-06", ["curfew", "imposed"])], []),
    "2-comparison": (WED, "The company earned $45 million, or 65 cents a share, compared with $84 million a year "
                          "earlier.", [], []),
    "2-may-be-the-vote": (WED, "The Security Council will vote on the draft submitted by France on Monday.", [], []),
    "2-own-subject": (WED, "He returned to the city he fled in 2012.", [], []),
    "2-which-noun": (dt.date(2023, 5, 22), "The ruling party lost its majority in elections held in April.", [], []),
    # 3. Possessive and attributive dates take their direction from the clause, not the first weekday found.
    "3-tomorrow": (WED, "Lawmakers are preparing for tomorrow's vote on the budget.",
                   [("2023-03-09", ["vote"])], []),
    "3-past-summit": (WED, "Monday's summit in Cairo ended without a deal.",
                      [("2023-03-06", ["summit"])], []),
    "3-future-summit": (WED, "Delegates will travel to Cairo for Friday's summit.",
                        [("2023-03-10", ["summit"])], []),
    "3-past-hearings": (WED, "Opposition parties boycotted the Thursday hearings.",
                        [("2023-03-02", ["hearings"])], []),
    "3-future-hearings": (WED, "The committee will hold the Thursday hearings behind closed doors.",
                          [("2023-03-09", ["hearings"])], []),
    "3-seizure": (WED, "Sunday's seizure of the port by rebels drew condemnation from the United Nations.",
                  [("2023-03-05", ["seizure", "port"])], []),
    "3-ahead-of": (WED, "Ahead of Friday's summit, the ministers met in Cairo on Tuesday.",
                   [("2023-03-07", ["ministers", "meet"]), ("2023-03-10", ["summit", "planned"])], []),
    "3-in-the-debate": (WED, "In Sunday's debate, the senator attacked his rival over a 2019 vote.",
                        [("2023-03-05", ["senator", "attack"])], []),
    "3-called-off": (WED, "Thursday's talks were called off.", [("2023-03-09", ["talks", "called off"])], []),
    "3-after-the-game": (dt.date(2023, 5, 22), "Manchester City clinched the title on Saturday after Arsenal lost at "
                                               "Nottingham Forest, and will lift the trophy after Sunday's game "
                                               "against Chelsea.",
                         [("2023-05-20", ["City", "clinch"]), ("2023-05-28", ["game"])], []),
    # 4. A since-phrase whose start is itself a happening dates that start; a state since a year dates nothing.
    "4-counted": (dt.date(2022, 11, 12), "Election workers in Pima County have counted 3,000 ballots since early "
                                         "Nov. 9.",
                  [("2022-11-09", ["ballots"])], []),
    "4-rain": (SAT, "Rain has fallen on the region since Saturday.", [], []),
    "4-led": (SAT, "The party has been led by Ana Costa since 2019.", [], []),
    "4-evacuated": (dt.date(2016, 12, 20), "Aid workers have evacuated 2,500 civilians since Dec. 15.",
                    [("2016-12-15", ["aid workers", "evacuating"])], []),
    "4-passive": (dt.date(2022, 11, 12), "About 3,000 ballots have been counted since early Nov. 9, county officials "
                                         "said.", [("2022-11-09", ["counting", "ballots"])], []),
    "4-toll": (SAT, "More than 200 people have been killed in the region since Oct. 1.", [], []),
    "4-percent": (SAT, "The index has gained 12 percent since Jan. 3.", [], []),
    # 5. Month-level future across New Year: the right month of the right year, never a day.
    "5-middle": (dt.date(2016, 12, 28), "The two sides will meet again in the middle of February.",
                 [("2017-02", ["meet"])], []),
    "5-mid": (dt.date(2016, 12, 28), "A new round of talks is expected in mid-February.",
              [("2017-02", ["talks"])], []),
    "5-early-next": (dt.date(2016, 12, 28), "The envoy will return to Geneva early next month.",
                     [("2017-01", ["envoy", "return"])], []),
    "5-past-december": (dt.date(2017, 1, 10), "The ceasefire took effect in the middle of December.",
                        [("2016-12", ["ceasefire"])], []),
    "5-mid-march": (dt.date(2017, 1, 10), "Elections will be held in mid-March.",
                    [("2017-03", ["elections"])], []),
    # 6. "Later that day", "earlier in the day", "the same day", "that evening" take the date of what came before.
    "6-later": (WED, "Rebels shelled the airport on Monday.\nLater that day, government jets bombed the rebel-held "
                     "district of Saqba.",
                [("2023-03-06", ["rebels", "shel"]), ("2023-03-06", ["jets", "bomb"])], []),
    "6-earlier": (WED, "The foreign ministers met in Ankara on Tuesday. Earlier in the day, the Turkish president "
                       "received the Russian envoy.",
                  [("2023-03-07", ["ministers", "meet"]), ("2023-03-07", ["president", "receive"])], []),
    "6-evening": (WED, "Protesters gathered outside parliament on Sunday. That evening, police dispersed them with "
                       "tear gas.",
                  [("2023-03-05", ["protesters", "gather"]), ("2023-03-05", ["police", "disperse"])], []),
    "6-same-day": (WED, "The UN suspended aid deliveries on Monday. The same day, the Red Cross withdrew its staff "
                        "from the city.",
                   [("2023-03-06", ["suspend"]), ("2023-03-06", ["Red Cross", "withdraw"])], []),
    "6-yesterday": (dt.date(2016, 12, 6), "China and Russia blocked the draft yesterday. Later that day, the envoy "
                                          "left Geneva.",
                    [("2016-12-05", ["block", "draft"]), ("2016-12-05", ["envoy", "leave"])], []),
    "6-aside": (dt.date(2016, 12, 30), "The White House on Thursday ordered 35 diplomats to leave the country.\n"
                                       "Donald Trump, who takes office on Jan. 20, praised the decision in a tweet "
                                       "later that day.",
                [("2016-12-29", ["White House", "order"]), ("2016-12-29", ["Trump", "praise"]),
                 ("2017-01-20", ["Trump", "take office"])], []),
    "6-aside-no-anchor": (dt.date(2016, 12, 30), "Donald Trump, who takes office on Jan. 20, praised the decision in "
                                                 "a tweet later that day.",
                          [("2017-01-20", ["Trump", "take office"])], [("", ["Trump", "praise"])]),
    "6-two-back": (dt.date(2016, 12, 20), "A truck plowed into a Christmas market in Berlin on Monday evening.\n"
                                          "Police have been on high alert since the Nice attack in July.\n"
                                          "That night, Chancellor Angela Merkel said she was in mourning.",
                   [("2016-12-19", ["truck", "plow"]), ("2016-07", ["Nice attack"]), ("2016-12-19", ["Merkel"])],
                   []),
    "6-no-anchor": (WED, "Later that day, police arrested 12 people.", [], [("", ["police", "arrest"])]),
    # 7. Background years: a stated happening is an event of that year; a state is none.
    "7-seized": (WED, "The militia seized the town in 2014.", [("2014", ["militia", "seize"])], []),
    "7-state": (WED, "The town has been under militia control since 2014.", [], []),
    "7-fell": (WED, "The city fell to rebels in 2012 and was retaken by the army in 2016.",
               [("2012", ["city", "fall"]), ("2016", ["retaken"])], []),
    "7-retaken": (WED, "The town, which fell to rebels in 2012, was retaken on Sunday.",
                  [("2012", ["town", "fall"]), ("2023-03-05", ["town", "retaken"])], []),
    "7-held-since": (WED, "The militia, which has held the town since 2014, withdrew on Sunday.",
                     [("2023-03-05", ["militia", "withdr"])], []),
    # 8. A second date in a sentence never steals the first.
    "8-yesterday": (dt.date(2016, 12, 6), "China and Russia yesterday blocked a draft Security Council resolution "
                                          "demanding a truce in Aleppo, where government forces have advanced "
                                          "rapidly since launching an offensive in mid-October.",
                    [("2016-12-05", ["block", "draft"])], [("2016-10", ["offensive"])]),
    "8-had": (dt.date(2016, 12, 6), "Rebels on Sunday rejected the plan, which the envoy had presented in early "
                                    "November.",
              [("2016-12-04", ["rebels", "reject"]), ("2016-11", ["present"])], []),
    "8-retaking": (dt.date(2016, 12, 6), "Government forces have gained ground since retaking Palmyra in March.",
                   [("2016-03", ["retake", "Palmyra"])], []),
    "8-fronted": (dt.date(2023, 5, 22), "After meeting on Tuesday, the ministers will travel to Brussels for talks on "
                                        "Thursday.",
                  [("2023-05-23", ["ministers", "meet"]), ("2023-05-25", ["ministers", "travel"])], []),
    "8-which-and": (SAT, "Kenya on Friday condemned the car bombings which killed 20 people and wounded 300 others in "
                         "Mombasa earlier in the day.",
                    [("2023-03-10", ["Kenya", "condemn"])], [("2023-03-10", ["bombings"])]),
    # All patterns in one wire story: every happening its own event and its own date.
    "all-in-one": (dt.date(2016, 12, 16), "\n".join([
        "ALEPPO, Syria (Wire) - The evacuation of rebel-held eastern Aleppo was halted on Friday, a day after the "
        "first convoys left the city under a deal brokered by Russia and Turkey.",
        "Buses carrying about 8,000 people have crossed into rebel territory since early Thursday, the Red Cross said.",
        "The deal, first announced late on Tuesday, collapsed on Wednesday morning when shelling resumed, but was "
        "revived late that night.",
        "Earlier in the day, government forces had fired on a convoy near the Ramouseh crossing.",
        "The UN Security Council will meet on Sunday to discuss a French draft resolution on monitoring the evacuation.",
        "Government forces have retaken more than 90 percent of the eastern districts since launching an offensive "
        "in mid-November.",
        "Rebels seized the eastern half of the city in 2012, and it has been divided since.",
        "A new round of peace talks is planned for the middle of January in Astana."]),
        [("2016-12-16", ["evacuation", "halt"]), ("2016-12-15", ["buses", "crossing"]),
         ("2016-12-13", ["deal", "announced"]), ("2016-12-14", ["deal", "collapse"]),
         ("2016-12-14", ["deal", "revived"]), ("2016-12-14", ["government forces", "fire", "convoy"]),
         ("2016-12-18", ["Security Council", "meet"]), ("2016-11", ["offensive"]),
         ("2012", ["rebels", "seize"]),
         ("2017-01", ["talks", "planned"])],
        [("2016-12-16", ["Red Cross"]),
         ("2016-12-15", ["first convoys", "leave"])]),   # "halted on Friday, a day after the first convoys left"
}


@pytest.fixture(scope="module")
def extracted():
    return extract_each(CASES)


@pytest.mark.parametrize("name", list(CASES))
def test_pattern(extracted, name):
    _, _, required, optional = CASES[name]
    assert_events(extracted[name], required, optional)


def _one(name: str, words: str):
    return next(e for e in _extract(name) if words in e.title.lower())


def _extract(name: str):
    pub, text, _, _ = CASES[name]
    return extract([wire_article(name, pub, text)], []).events


def test_the_part_of_the_day_goes_with_the_date():
    assert _one("1-but", "agreed").date_text == "late on Monday"
    assert _one("1-but", "collapse").date_text == "early on Tuesday"


def test_a_count_since_a_day_says_it_dates_the_start():
    ev = _one("4-counted", "ballots")
    assert ev.date_text == "early Nov. 9" and ev.date_basis.startswith("the day it began")


def test_a_day_under_discussion_from_an_aside_is_replaced_by_the_day_before():
    ev = _one("6-aside", "praise")
    assert ev.date == "2016-12-29" and "sentences before" in ev.date_basis
    undated = _one("6-aside-no-anchor", "praise")
    assert undated.date == "" and undated.date_basis


def test_a_gathering_called_off_is_the_nearer_day():
    assert _one("3-called-off", "talks").date_basis.endswith("(an event called off or put off)")
