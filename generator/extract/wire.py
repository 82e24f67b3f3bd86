"""The furniture of wire copy, in one place for the entity finder and the headline writer: news agencies, the
dateline opening a story ("GENEVA, Dec. 10 (Reuters) -"), and the slug before a wire headline ("UPDATE 1-")."""
from __future__ import annotations

import re

# News agencies: sources of the story, actors in it only when they act ("AFP withdrew its staff"), never when
# they report ("Reuters reported", "told Interfax", "(AP)"). name | other names. Names that are also common
# words or names of people and places ("Petra", "Fars" province) are left out.
_AGENCIES = """\
AP|Associated Press
Reuters|Thomson Reuters
AFP|Agence France-Presse,Agence France Presse
UPI|United Press International
SANA|Syrian Arab News Agency
TASS|ITAR-TASS
Xinhua|Xinhua News Agency
Anadolu Agency|Anadolu
Interfax
RIA Novosti|RIA
Sputnik
EFE
DPA|dpa,Deutsche Presse-Agentur
Kyodo|Kyodo News
Yonhap
IRNA
IANS
Fars News Agency
Tasnim
ANSA
PTI|Press Trust of India
AAP|Australian Associated Press
Bernama
WAFA
KUNA
QNA
WAM
MENA
CNA
NNA
Prensa Latina
"""
AGENCY_FORMS: dict[str, str] = {}                  # spelling as written -> canonical name
for _line in _AGENCIES.strip().splitlines():
    _name, *_rest = _line.split("|")
    for _n in [_name, *(_rest[0].split(",") if _rest else [])]:
        AGENCY_FORMS[_n] = _name
# The alternation of every spelling, longest first (for use inside other patterns).
AGENCY = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(AGENCY_FORMS, key=lambda n: (-len(n), n)))

_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A dateline opening the copy, with a byline glued before it: "GENEVA, Dec. 10 (Reuters) -", "Aleppo, Syria, —",
# "BEIRUT (AP) --", "VELGRAD, December 12. /TASS/.", "Belgrade: ". The pattern finds the shape; `dateline`
# decides whether it is one ("Lavrov - the minister said" and "Lavrov: US withdrew" are not).
DATELINE = re.compile(
    r"^\s*(?P<by>By\s+[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,3}\s+)?"
    r"(?P<place>" + _MONTH_ABBR + r"\s+\d{1,2}(?=\s*\()|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
    r"(?P<rest>(?:\s*,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})*\s*,?\s*"
    r"(?:" + _MONTH_ABBR + r"\s+\d{1,2}(?:\s*,\s*\d{4})?\.?\s*,?\s*)?"
    r"(?:\(\s*(?:" + AGENCY + r"|[^()]{1,40})\s*\)\s*){0,2})"
    r"(?:\s*(?:-{1,2}|\u2013|\u2014)\s+|\s+(?:-{1,2}|\u2013|\u2014)\s*|\s*_\s*|\s*:\s+|/[A-Za-z-]{2,20}/\.?\s+)")
# A wire slug before the headline or the copy: "UPDATE 1-", "REFILE-", "CORRECTED-", "WRAPUP 2-".
SLUG = re.compile(r"^(?:(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|FACTBOX|INSTANT\s+VIEW|"
                  r"FOCUS|PRESS\s+DIGEST|BREAKINGVIEWS|TIMELINE|SNAP|URGENT)(?:\s+\d+)?\s*-\s*)+")


def dateline(text: str) -> re.Match | None:
    """The wire dateline (and any byline glued to it) opening a text, when it is one: a capitalised place, then
    text in lower case, and either an all-capitals place, a comma after it, an agency in brackets or slashes."""
    m = DATELINE.match(text)
    if not m or not re.search(r"[a-z]", text[m.end():m.end() + 40]) or m.group().rstrip().endswith(":"):
        return None                               # "OSCE: Russia supports ...": a speaker's claim, not a dateline
    place, rest = m.group("place"), m.group("rest")
    letters = re.sub(r"[^A-Za-z]", "", place)
    if letters.isupper() and len(letters) >= 2:
        return m
    if "," in rest or "(" in rest or m.group().rstrip().endswith(("/", "/.")):
        return m
    return None
