"""Named entities in English news: people, organisations, countries and places, merged across spellings.

Recognition is rule-based: capitalised runs of words, split into a descriptive prefix ("Russian Foreign
Minister"), a title and a name; a small gazetteer of countries (names, short forms, demonyms, capitals),
major cities and regions; organisation suffixes ("... Council", "... Ministry"). A `Registry` keeps every
entity seen so far, starting with the hand-corrected ones from content/, so "Sergei Lavrov", "Sergey Lavrov"
and "Lavrov" all resolve to the same slug, and a person's correction teaches every later ingest.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from ..drafts import EntityDraft
from ..text import slugify
from .wire import AGENCY, AGENCY_FORMS as _AGENCY_FORMS, DATELINE, SLUG

# --------------------------------------------------------------------------- gazetteer
# name | other names and short forms | demonyms (adjective, plural noun) | capital
_COUNTRIES = """\
United States|US,U.S.,USA,U.S.A.,America,United States of America|American,Americans|Washington
Russia|Russian Federation|Russian,Russians|Moscow
Syria|Syrian Arab Republic|Syrian,Syrians|Damascus
Turkey|Turkiye|Turkish,Turks|Ankara
Iran|Islamic Republic of Iran|Iranian,Iranians|Tehran
Iraq||Iraqi,Iraqis|Baghdad
Israel||Israeli,Israelis|Jerusalem
Lebanon||Lebanese|Beirut
Jordan||Jordanian,Jordanians|Amman
Saudi Arabia|Saudi|Saudi,Saudis|Riyadh
Qatar||Qatari,Qataris|Doha
Egypt||Egyptian,Egyptians|Cairo
Yemen||Yemeni,Yemenis|Sanaa
Libya||Libyan,Libyans|Tripoli
United Arab Emirates|UAE|Emirati,Emiratis|Abu Dhabi
Afghanistan||Afghan,Afghans|Kabul
Pakistan||Pakistani,Pakistanis|Islamabad
India||Indian,Indians|New Delhi
China|People's Republic of China,PRC|Chinese|Beijing
Japan||Japanese|Tokyo
South Korea|Republic of Korea|South Korean,South Koreans|Seoul
North Korea|DPRK|North Korean,North Koreans|Pyongyang
United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Britons|London
France||French|Paris
Germany||German,Germans|Berlin
Italy||Italian,Italians|Rome
Spain||Spanish,Spaniards|Madrid
Portugal||Portuguese|Lisbon
Netherlands|Holland|Dutch|Amsterdam
Belgium||Belgian,Belgians|Brussels
Switzerland||Swiss|Bern
Austria||Austrian,Austrians|Vienna
Poland||Polish,Poles|Warsaw
Ukraine||Ukrainian,Ukrainians|Kyiv
Belarus||Belarusian,Belarusians|Minsk
Serbia||Serbian,Serbs|Belgrade
Croatia||Croatian,Croats|Zagreb
Greece||Greek,Greeks|Athens
Hungary||Hungarian,Hungarians|Budapest
Romania||Romanian,Romanians|Bucharest
Bulgaria||Bulgarian,Bulgarians|Sofia
Czech Republic|Czechia|Czech,Czechs|Prague
Sweden||Swedish,Swedes|Stockholm
Norway||Norwegian,Norwegians|Oslo
Denmark||Danish,Danes|Copenhagen
Finland||Finnish,Finns|Helsinki
Ireland||Irish|Dublin
Georgia||Georgian,Georgians|Tbilisi
Armenia||Armenian,Armenians|Yerevan
Azerbaijan||Azerbaijani,Azerbaijanis|Baku
Kazakhstan||Kazakh,Kazakhs|Astana
Canada||Canadian,Canadians|Ottawa
Mexico||Mexican,Mexicans|Mexico City
Brazil||Brazilian,Brazilians|Brasilia
Argentina||Argentine,Argentinian,Argentines|Buenos Aires
Venezuela||Venezuelan,Venezuelans|Caracas
Colombia||Colombian,Colombians|Bogota
Cuba||Cuban,Cubans|Havana
Australia||Australian,Australians|Canberra
New Zealand||New Zealander,New Zealanders|Wellington
South Africa||South African,South Africans|Pretoria
Nigeria||Nigerian,Nigerians|Abuja
Kenya||Kenyan,Kenyans|Nairobi
Ethiopia||Ethiopian,Ethiopians|Addis Ababa
Sudan||Sudanese|Khartoum
Somalia||Somali,Somalis|Mogadishu
Algeria||Algerian,Algerians|Algiers
Morocco||Moroccan,Moroccans|Rabat
Tunisia||Tunisian,Tunisians|Tunis
Indonesia||Indonesian,Indonesians|Jakarta
Malaysia||Malaysian,Malaysians|Kuala Lumpur
Philippines||Filipino,Filipinos|Manila
Vietnam||Vietnamese|Hanoi
Thailand||Thai|Bangkok
Myanmar|Burma|Burmese|Naypyidaw
Bangladesh||Bangladeshi,Bangladeshis|Dhaka
Sri Lanka||Sri Lankan,Sri Lankans|Colombo
Palestine|Palestinian territories|Palestinian,Palestinians|Ramallah
Kuwait||Kuwaiti,Kuwaitis|Kuwait City
Oman||Omani,Omanis|Muscat
Bahrain||Bahraini,Bahrainis|Manama
"""
# city or region | country | type
_PLACES = """\
Aleppo|Syria|city
Idlib|Syria|region
Homs|Syria|city
Raqqa|Syria|city
Hama|Syria|city
Palmyra|Syria|city
Deir ez-Zor|Syria|city
Latakia|Syria|city
Ghouta|Syria|region
Mosul|Iraq|city
Basra|Iraq|city
Fallujah|Iraq|city
Kurdistan||region
Gaza|Palestine|region
West Bank|Palestine|region
Crimea|Ukraine|region
Donbas|Ukraine|region
Kharkiv|Ukraine|city
Odessa|Ukraine|city
St Petersburg|Russia|city
Geneva|Switzerland|city
Zurich|Switzerland|city
Davos|Switzerland|city
Lausanne|Switzerland|city
Istanbul|Turkey|city
New York|United States|city
Los Angeles|United States|city
Chicago|United States|city
San Francisco|United States|city
Boston|United States|city
Milan|Italy|city
Naples|Italy|city
Munich|Germany|city
Hamburg|Germany|city
Frankfurt|Germany|city
Barcelona|Spain|city
Marseille|France|city
Lyon|France|city
Manchester|United Kingdom|city
Edinburgh|United Kingdom|city
Shanghai|China|city
Hong Kong|China|city
Mumbai|India|city
Dubai|United Arab Emirates|city
Jeddah|Saudi Arabia|city
Sochi|Russia|city
Astana|Kazakhstan|city
Middle East||region
Europe||region
Africa||region
Asia||region
Balkans||region
Caucasus||region
Black Sea||region
Mediterranean||region
"""
# name | short forms
_ORGS = """\
United Nations|UN,U.N.|International organisation
European Union|EU,E.U.|Political and economic union of European states
NATO|North Atlantic Treaty Organization|Military alliance
UN Security Council|Security Council,United Nations Security Council|Organ of the United Nations
World Health Organization|WHO|Agency of the United Nations
International Committee of the Red Cross|ICRC,Red Cross|Humanitarian organisation
Organization for Security and Co-operation in Europe|OSCE|International organisation
Islamic State|ISIS,ISIL,IS,Daesh|Armed group
Hezbollah||Political party and armed group in Lebanon
Hamas||Political party and armed group in Gaza
Taliban||Armed group in Afghanistan
Kremlin||Seat of the Russian government
White House||Office of the President of the United States
Pentagon||United States Department of Defense
"""
# Organisations named by their last word: "Black Sea Economic Cooperation Council", "Syrian Army".
_ORG_SUFFIX = {"council", "ministry", "army", "organization", "organisation", "cooperation", "committee",
               "commission", "agency", "party", "union", "bank", "fund", "forces", "court", "parliament",
               "assembly", "congress", "senate", "department", "office", "institute", "university", "group",
               "company", "corporation", "corp", "inc", "ltd", "association", "federation", "front",
               "movement", "alliance", "coalition", "police", "navy", "guard", "network", "foundation",
               "authority", "service", "services", "brigade", "brigades", "bureau", "board", "program",
               "programme", "league", "corps", "command", "administration", "government", "cabinet", "house",
               "representatives", "duma", "knesset", "commons", "lords", "bundestag", "times", "post", "journal",
               "reserve", "survey", "commission", "secretariat", "tribunal", "panel", "institution", "society",
               "center", "centre", "laboratory", "laboratories", "agencies", "ministries", "inc.", "plc", "llc",
               "co", "holdings", "airlines", "airways", "motors", "industries", "technologies", "systems",
               "bancorp", "partners", "capital", "exchange", "school", "college", "academy", "hospital",
               "club", "team", "unit", "division", "directorate", "senate", "mission", "crescent"}
# A capitalised run ending in one of these names a thing, an event or a place, not a person: "World Cup",
# "Berlin Wall", "Dow Jones Industrial Average". It is kept as written, never an actor.
_THING_SUFFIX = {"cup", "wall", "street", "bridge", "square", "tower", "park", "river", "lake", "mountain",
                 "mountains", "island", "islands", "games", "olympics", "championship", "championships", "prize",
                 "award", "awards", "act", "bill", "treaty", "agreement", "accord", "accords", "war", "day",
                 "summit", "conference", "memorial", "museum", "airport", "station", "stadium", "hotel", "palace",
                 "hall", "road", "avenue", "index", "average", "strasse", "plaza", "gate", "canal", "dam", "valley",
                 "desert", "ocean", "sea", "bay", "gulf", "coast", "peninsula", "province", "county", "state",
                 "district", "open", "series", "festival", "trophy", "tournament", "marathon", "grand prix",
                 "vaccine", "virus", "law", "constitution", "declaration", "plan", "program", "programme",
                 "initiative", "project", "report", "lancet", "medal", "revolution", "era", "crisis", "cathedral",
                 "church", "mosque", "temple", "basilica", "abbey", "castle", "monument", "arena", "theatre",
                 "theater", "library", "zoo", "garden", "gardens", "forest", "reactor", "plant", "pipeline", "strait",
                 "straits", "channel"}
# Verbs and nouns that make an agency the teller of the story, not a party to it.
_REPORTING = {"reported", "reports", "report", "reporting", "said", "says", "say", "quoted", "quotes", "cited",
              "cites", "learned", "learnt", "understands", "understood", "saw", "obtained", "published", "confirmed",
              "counted", "tallied", "found", "told", "news", "agency",
              "reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists",
              "photographer", "photographers", "staff", "bureau", "sources", "photo", "photos", "images",
              "footage", "video", "report", "tally", "count", "survey", "poll", "calculations", "analysis"}
# Capitals that are units or time zones, never a party to the news: "at 0600 GMT", "40 KM".
_UNITS = {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "eet", "eest", "bst",
          "msk", "jst", "ist", "ast", "km", "kms", "kg", "kmh", "mph", "mw", "gw", "kw", "kwh", "mm", "cm", "ml",
          "bpd", "sq", "ft", "hrs", "am", "pm", "gdp", "cpi", "pc"}
# An organisation word with only these before it names no one in particular ("the Ministry", "International
# Committee", "Foreign Ministry"): which ministry the text means is not in the words.
_GENERIC = {"international", "national", "foreign", "state", "federal", "central", "general", "joint", "special",
            "defence", "defense", "interior", "security", "finance", "health", "justice", "trade",
            "economy", "economic", "education", "military", "executive", "permanent", "standing", "local",
            "regional", "provincial", "municipal", "city", "emergency", "public", "presidential", "royal", "main",
            "new", "armed", "home", "war", "energy", "environment", "information", "agriculture", "transport",
            "humanitarian", "political", "religious", "electoral", "constitutional", "ruling", "opposition"}
# Single organisation words that are names of one body: "the Duma", "the Knesset".
_PROPER_ORG_WORDS = {"duma", "knesset", "bundestag", "commons", "lords", "congress"}
# Titles before a name, longest first when matched.
_TITLES = ["Secretary of State", "Secretary General", "Secretary-General", "Foreign Minister", "Prime Minister",
           "Defense Minister", "Defence Minister", "Defense Secretary", "Defence Secretary", "Foreign Secretary",
           "Interior Minister", "Finance Minister", "Deputy Foreign Minister", "Deputy Prime Minister",
           "Vice President", "President-elect", "President", "Chancellor", "Minister", "Secretary", "King",
           "Queen", "Prince", "Crown Prince", "Pope", "Gen", "General", "Mr", "Mrs", "Ms", "Dr", "Prof",
           "Senator", "Sen", "Rep", "Representative", "Governor", "Gov", "Mayor", "Ambassador", "Chairman",
           "Chairwoman", "Chair", "Chairperson", "Chief Executive Officer", "Chief Financial Officer",
           "Chief Operating Officer", "Chief Executive", "Chief Economist", "CEO", "CFO", "Managing Director",
           "Director-General", "Director General", "Attorney General", "Solicitor General", "Chief Justice",
           "District Judge", "Magistrate", "Prosecutor", "Inspector", "Sergeant", "Sgt", "Lieutenant",
           "Brig", "Brigadier", "Marshal", "Field Marshal", "Commandant", "Superintendent", "Councillor",
           "Councilman", "Councilwoman", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman",
           "Lawmaker", "MP", "Coach", "Manager", "Captain", "Striker", "Goalkeeper", "Ayatollah", "Cardinal",
           "Father", "Reverend", "Rev", "Singer", "Actor", "Actress", "Author", "Writer", "Novelist", "Poet",
           "Rapper", "Artist", "Composer", "Businessman", "Businesswoman", "Billionaire", "Entrepreneur",
           "Officer", "Detective", "Pilot", "Astronaut", "Professor", "Scientist", "Researcher", "Chancellor", "Treasurer", "Registrar", "Economist", "Analyst", "Spokesman", "Spokeswoman", "Judge", "Justice", "Col",
           "Colonel", "Lt", "Maj", "Major", "Capt", "Captain", "Admiral", "Adm", "Sheikh", "Emir", "Sultan",
           "Speaker", "Leader", "Commissioner", "Director", "Envoy", "Special Envoy", "Deputy", "Foreign",
           "Chief", "Commander", "Premier", "Lord", "Lady", "Sir", "Dame", "Bishop", "Archbishop", "Rabbi",
           # Role nouns written before a name as a title: "Spokesperson Mark Toner" is Mark Toner.
           "Spokesperson", "Deputy Spokesman", "Deputy Spokeswoman", "Deputy Spokesperson", "Press Secretary",
           "Press Officer", "Candidate", "Nominee", "Lawyer", "Attorney", "Journalist", "Activist", "Official",
           "Adviser", "Advisor", "Aide", "Founder", "Reporter", "Correspondent", "Negotiator", "Mediator"]
# Lower-case role nouns that introduce a name: "Republican candidate Donald Trump".
_ROLE_NOUNS = {"candidate", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "envoy", "official",
               "ambassador", "commander", "founder", "chairman", "analyst", "lawyer", "journalist", "minister",
               "president", "director", "executive", "nominee", "rival", "counterpart", "opponent", "adviser",
               "advisor", "aide", "general", "senator", "governor", "mayor", "premier", "activist", "reporter",
               "judge", "arbitrator", "mediator", "negotiator", "economist", "prosecutor"}
# Capitalised words that are never names on their own.
_NOT_NAMES = {"the", "a", "an", "but", "and", "or", "if", "in", "on", "at", "of", "for", "to", "by", "with",
              "from", "as", "just", "meanwhile", "according", "some", "many", "most", "all", "he", "she", "it",
              "they", "we", "i", "you", "this", "that", "these", "those", "there", "his", "her", "their", "our",
              "its", "around", "after", "before", "when", "while", "however", "reports", "large", "an",
              "republican", "republicans", "democrat", "democrats", "democratic", "conservative", "labour",
              "liberal", "islamic", "muslim", "christian", "jewish", "sunni", "shia", "shiite", "western",
              "eastern", "northern", "southern", "east", "west", "north", "south", "central", "new", "old",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
              "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
              "nov", "dec", "l", "r", "c", "photo", "reuters", "afp", "ap", "getty", "images", "while",
              "although", "since", "because", "then", "also", "yet", "so", "still", "even", "not", "no",
              "yes", "what", "who", "which", "where", "why", "how", "we're", "it's", "i'm", "earlier", "later",
              "today", "yesterday", "tomorrow", "last", "next", "this", "during", "until", "over", "under",
              "former", "retired", "ex"}       # "Former Supreme Court judge Helena Marsk": no "Former Supreme Court"
_DIRECTIONS = {"east", "west", "north", "south", "eastern", "western", "northern", "southern", "central",
               "greater", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
               "southeastern", "southwestern"}
# Adjectives that are no name alone ("Northern", "Islamic") but part of an organisation's ("Northern
# Liberation Front", "Democratic Party").
_NAME_ADJECTIVES = {"republican", "democratic", "conservative", "labour", "liberal", "islamic", "christian",
                    "western", "eastern", "northern", "southern", "east", "west", "north", "south", "central", "new"}
# Plural nouns written with a possessive inside an organisation's name: "People's Alliance", "Farmers' Party".
_POSSESSIVE_NAME_WORDS = {"people", "peoples", "workers", "farmers", "women", "children", "citizens", "veterans",
                          "nations", "mothers", "soldiers", "students", "pensioners", "defenders", "martyrs"}
# Plural words that end the name of a department before a person's name: "... for Peace Operations Daniel Mbeki".
_OFFICE_PLURALS = {"operations", "affairs", "relations"}
_CONNECTORS = {"of", "for", "and", "de", "la", "von", "van", "der", "bin", "al", "el", "in"}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady"}
_NAME_PARTICLES = {"de", "la", "von", "van", "der", "bin", "al", "el"}
_LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "into", "around",
             "through", "toward", "towards", "here", "over", "onto", "via", "between", "among"}
_MOTION = re.compile(r"\b(?:travel\w*|fl[eyo]\w*|went|go|goes|going|arriv\w*|return\w*|head\w*|came|come|"
                     r"comes|mov\w*|withdr[ae]w\w*|evacuat\w*|deploy\w*|sent|send\w*|visit\w*|trip|journey|"
                     r"way|route|road|corridors?|passage|expel\w*|leav\w*|left|out)\s+(?:\w+\s+){0,3}$", re.I)
_PLACE_NOUNS = {"city", "capital", "town", "village", "province", "region", "territory", "border", "soil",
                "coast", "crisis", "war", "conflict", "airspace", "waters", "side", "countryside", "cities",
                "towns", "villages", "provinces", "regions", "territories", "port", "airport", "harbour",
                "harbor", "streets", "suburbs", "outskirts", "downtown", "centre", "residents", "hospitals",
                "skyline", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "district"}
# A capital before one of these names where it happened: "the Doha meeting", "the Minsk agreement".
_GATHERING_NOUNS = {"meeting", "meetings", "talks", "summit", "conference", "round", "format", "process",
                    "negotiations", "consultations", "agreement", "agreements", "accord", "accords", "deal",
                    "protocol", "declaration", "ceasefire", "truce", "session"}
_PEOPLE_NOUNS = {"counterpart", "counterparts", "officials", "official", "government", "forces", "troops",
                 "military", "side", "delegation", "diplomats", "authorities", "leadership", "officers",
                 "plan", "proposal", "proposals", "document", "position", "president", "media", "army"}


@dataclass
class Mention:
    start: int            # offsets in the sentence
    end: int
    text: str             # the surface form, as written (possessive 's removed)
    kind: str             # "actor" | "place"
    slug: str
    type: str             # person, organisation, country, city, region
    short: str            # the short name for headlines: "Lavrov", "US", "Aleppo"
    title: str = ""       # "Russian Foreign Minister" for a person so described
    noun: bool = True     # False for adjectives ("Russian plan"): kept as written in a headline


@dataclass
class _Country:
    name: str
    slug: str
    names: list[str]
    demonyms: list[str]
    capital: str


def fold(text: str) -> str:
    """Comparison form of a name: ASCII, lower case, no dots, hyphens as spaces."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace(".", "").replace("-", " ").replace("'", "").replace("\u2019", "")
    return re.sub(r"\s+", " ", text).strip()


def translit(text: str) -> str:
    """A looser form that forgives transliteration: Sergey/Sergei, Ki-moon/Ki Moon, Aleksandr/Alexander."""
    t = fold(text)
    for a, b in (("ks", "x"), ("ey", "ei"), ("iy", "i"), ("y", "i"), ("kh", "h"), ("ou", "u"), ("ph", "f"),
                 ("w", "v"), ("j", "i"), (" ", "")):
        t = t.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", t)


def _load_countries() -> list[_Country]:
    out = []
    for line in _COUNTRIES.strip().splitlines():
        name, others, dems, capital = line.split("|")
        out.append(_Country(name, slugify(name), [n for n in others.split(",") if n],
                            [d for d in dems.split(",") if d], capital))
    return out


COUNTRIES = _load_countries()
_BY_SLUG = {c.slug: c for c in COUNTRIES}
# surface form (folded) -> (slug, form): form is "name", "demonym", "plural" or "capital"
_COUNTRY_FORMS: dict[str, tuple[str, str]] = {}
for _c in COUNTRIES:
    for _n in [_c.name, *_c.names]:
        _COUNTRY_FORMS[fold(_n)] = (_c.slug, "name")
    for _d in _c.demonyms:
        # "Americans", "Syrians": a plural noun names the country as actor; "Swiss" stays an adjective.
        plural = _d.endswith("s") and fold(_d[:-1]) in {fold(x) for x in _c.demonyms}
        _COUNTRY_FORMS.setdefault(fold(_d), (_c.slug, "plural" if plural else "demonym"))
    if _c.capital:
        _COUNTRY_FORMS.setdefault(fold(_c.capital), (_c.slug, "capital"))
_PLACE_FORMS: dict[str, tuple[str, str, str]] = {}    # folded -> (name, country, type)
for _line in _PLACES.strip().splitlines():
    _name, _country, _type = _line.split("|")
    _PLACE_FORMS[fold(_name)] = (_name, _country, _type)
_ORG_FORMS: dict[str, str] = {}                          # folded -> canonical name
_ORG_DESCRIPTIONS: dict[str, str] = {}
for _line in _ORGS.strip().splitlines():
    _name, _short, _ORG_DESCRIPTIONS[_name] = _line.split("|")
    for _n in [_name, *[s for s in _short.split(",") if s]]:
        _ORG_FORMS[fold(_n)] = _name
_TITLE_FOLDS = sorted((fold(t).split() for t in _TITLES), key=len, reverse=True)
_AGENCY_RX = re.compile(r"(?<![\w.-])(?:" + AGENCY + r")(?:['\u2019]s)?(?![\w-])")
_AUX_VERBS = {"has", "have", "had", "is", "was", "were", "will", "would", "also", "later", "earlier", "then",
              "could", "can", "may", "might", "must", "should", "did", "does", "not"}

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z0-9\u00C0-\u024F][\w\u00C0-\u024F'\u2019-]*")


@dataclass
class _Tok:
    start: int
    end: int
    text: str        # without a possessive 's

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def _tokens(sentence: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(sentence):
        text = m.group()
        end = m.end()
        poss = re.search(r"['\u2019]s?$", text)
        if poss and len(text) > 2:
            text = text[:poss.start()]
            end = m.start() + len(text)
        out.append(_Tok(m.start(), end, text))
    return out


class Registry:
    """Every actor and place seen so far, the hand-corrected ones (from content/) first."""

    def __init__(self, known: list[EntityDraft] | None = None):
        self.entities: dict[tuple[str, str], EntityDraft] = {}
        self._alias: dict[tuple[str, str], str] = {}       # (kind, folded alias) -> slug
        self._known: set[tuple[str, str]] = set()
        self.recent_person: str = ""                        # for "he said"
        self._met: set[tuple[str, str]] = set()             # persons found in the text, not only known
        self.outlet: str = ""                               # the article's outlet: a source, like an agency
        self._start = list(known or [])
        self._known_rx: re.Pattern | None = None
        self._known_map: dict[str, tuple[str, str]] = {}
        for ent in known or []:
            key = (ent.kind, ent.slug)
            self.entities[key] = EntityDraft(ent.kind, ent.slug, ent.name, list(ent.aliases), ent.type,
                                             ent.description)
            self._known.add(key)
            for alias in [ent.name, *ent.aliases]:
                self._alias.setdefault((ent.kind, fold(alias)), ent.slug)

    def fresh(self, outlet: str = "") -> "Registry":
        """A registry of the known entities alone, as this one started (one per article, so that nothing one
        article registers reaches another), sharing the compiled pattern of known names. `outlet` is the
        article's own outlet (from its sidecar): named in the text ("told MRT", "(MRT / Dario Kos)") it is the
        source of the story, like a news agency, and an actor only when it acts."""
        self.known_spans("")
        new = Registry(self._start)
        new._known_rx, new._known_map = self._known_rx, self._known_map
        new.outlet = outlet.strip()
        return new

    # -- lookups
    def known_spans(self, sentence: str) -> list[tuple[int, int, str, str]]:
        """Hand-corrected names and aliases in the sentence: (start, end, kind, slug), longest first."""
        if self._known_rx is None:
            spellings: dict[str, tuple[str, str]] = {}
            for kind, slug in sorted(self._known):
                ent = self.entities[(kind, slug)]
                for spelling in [ent.name, *ent.aliases]:
                    # A country or city is left to the rules, which decide actor or place, then reuse the slug.
                    if kind != "tag" and len(spelling) >= 2 and not _gazetteer(spelling):
                        spellings.setdefault(spelling, (kind, slug))
            self._known_map = spellings
            # One pattern for all of them: 10,000 known entities must not mean 10,000 searches per sentence.
            alts = sorted(spellings, key=lambda x: (-len(x), x))
            self._known_rx = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, alts)) + r")(?!\w)") if alts \
                else re.compile(r"(?!x)x")
        found = [(m.start(), m.end(), *self._known_map[m.group()]) for m in self._known_rx.finditer(sentence)]
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        return found

    def lookup(self, kind: str, name: str) -> str | None:
        return self._alias.get((kind, fold(name)))

    def person(self, name: str) -> str | None:
        """The slug of a person already seen under this name or a spelling of it; None if new."""
        slug = self.lookup("actor", name)
        if slug:
            return slug
        parts = fold(name).split()
        if not parts:
            return None
        loose = translit(name)
        best, best_score = None, 0.0
        for (kind, slug), ent in self.entities.items():
            if kind != "actor" or ent.type != "person":
                continue
            for spelling in [ent.name, *ent.aliases]:
                other = fold(spelling).split()
                if not other:
                    continue
                if translit(spelling) == loose:
                    return slug
                if translit(other[-1]) != translit(parts[-1]):
                    continue
                if len(parts) == 1 or len(other) == 1:
                    score = 0.9                                 # "Lavrov" and "Sergey Lavrov"
                else:
                    score = difflib.SequenceMatcher(None, translit(" ".join(parts[:-1])),
                                                    translit(" ".join(other[:-1]))).ratio()
                    if parts[0][0] != other[0][0]:
                        score = 0
                if score > best_score:
                    best, best_score = slug, score
        if best_score >= 0.6:
            return best
        if len(parts) == 1:
            # "Bashar" after "Bashar al-Assad": a first name alone is the one person of this article who has
            # it, never one of two ("Anna" after Anna Berg and Anna Holt), never one only known from content/.
            first = [slug for (kind, slug), ent in self.entities.items() if (kind, slug) in self._met
                     and len(fold(ent.name).split()) > 1 and translit(fold(ent.name).split()[0]) == loose]
            if len(first) == 1:
                return first[0]
        return None

    # -- additions
    def add(self, kind: str, slug: str, name: str, type_: str, description: str, spelling: str) -> str:
        if slug == "index":         # the address of each folder's list page (site.RESERVED_IDS)
            slug = f"{slug}-{kind}"
        key = (kind, slug)
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = EntityDraft(kind, slug, name, [], type_, description)
        if not ent.type and type_:
            ent.type = type_
        if type_ == "person":
            self._met.add(key)
        if not ent.description and description:
            ent.description = description
        if spelling and fold(spelling) != fold(ent.name) and spelling not in ent.aliases:
            ent.aliases.append(spelling)
        elif spelling and spelling != ent.name and fold(spelling) == fold(ent.name) and spelling not in ent.aliases:
            ent.aliases.append(spelling)                        # "U.S." next to "US": both spellings
        self._alias.setdefault((kind, fold(spelling or name)), slug)
        self._alias.setdefault((kind, fold(name)), slug)
        return slug

    def short(self, kind: str, slug: str) -> str:
        ent = self.entities.get((kind, slug))
        if ent is None:
            return slug
        return short_name(ent)

    def entity(self, kind: str, slug: str) -> EntityDraft | None:
        return self.entities.get((kind, slug))


def short_name(ent: EntityDraft) -> str:
    """The name a headline uses: a surname, a country's short form ("US"), an organisation's acronym."""
    if ent.type == "person":
        parts = ent.name.split()
        if len(parts) == 2 and "-" not in parts[1]:
            return parts[1]
        if len(parts) == 3 and re.fullmatch(r"[A-Z]\.?", parts[1]):
            return parts[2]
        return ent.name
    if ent.type == "country":
        country = _BY_SLUG.get(ent.slug)
        if country:
            shorts = [n for n in country.names if n.isupper() and "." not in n and len(n) <= 3]
            return shorts[0] if shorts and len(ent.name) > 12 else ent.name
    if ent.type == "organisation":
        acronyms = [a for a in ent.aliases if a.isupper() and "." not in a and 2 <= len(a) <= 5]
        if acronyms and len(ent.name) > 20:
            return acronyms[0]
    return ent.name


def _is_locative(sentence: str, start: int) -> bool:
    before = sentence[:start]
    words = re.findall(r"[\w']+", before.lower())
    if not words or (words and sentence[:start].strip() == ""):
        return bool(DATELINE.match(sentence))                     # a dateline: "Belgrade: ...", "PARIS (AP) -"
    dateline = DATELINE.match(sentence)
    if dateline and start < dateline.end() and re.match(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*,\s*$", before):
        return True                                               # "KYIV, Ukraine (AP) -": where it was filed
    if re.search(r"\b(?:in|at|near|to)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s*$", before):
        return True                                               # "in Rome, Italy"
    # "in the Syrian city of Aleppo", "in eastern Aleppo"
    back = [w for w in words[-4:]]
    while back and back[-1] in _DIRECTIONS | {"the", "of", "city", "capital", "syrian"} | set(_SKIP_ADJ):
        back.pop()
    if back and back[-1] in _LOCATIVE:
        return True
    if back and back[-1] in {"to", "from"} and _MOTION.search(" ".join(words[:-1]) + " "):
        return True
    return False


_SKIP_ADJ = ("besieged", "northern", "southern", "eastern", "western", "rebel-held")


def find_mentions(sentence: str, reg: Registry) -> list[Mention]:
    """Actors and places named in one sentence, registered in reg as they are met."""
    mentions: list[Mention] = []
    taken = [False] * (len(sentence) + 1)

    def claim(start: int, end: int) -> bool:
        if any(taken[start:end]):
            return False
        for i in range(start, end):
            taken[i] = True
        return True

    # 1. Hand-corrected names first: the newsroom's spelling wins over any rule.
    for start, end, kind, slug in reg.known_spans(sentence):
        if claim(start, end):
            ent = reg.entity(kind, slug)
            mentions.append(Mention(start, end, sentence[start:end], kind, slug, ent.type, short_name(ent)))
    # 1a. A wire slug ("UPDATE 1-", "REFILE-") and a photo credit ("(MRT / Dario Kos)") are furniture of the
    # copy: the photographer is no party to the story.
    slug_m = SLUG.match(sentence)
    if slug_m:
        claim(0, slug_m.end())
    for credit in re.finditer(r"\([^()/]{1,40}/[^()]{1,40}\)", sentence):
        claim(credit.start(), credit.end())
    # 1b. News agencies, and the article's own outlet: claimed whatever their role, so that no rule below makes
    # "RIA Novosti" a person or the broadcaster "told MRT" an actor.
    found = [(m, _AGENCY_FORMS[re.sub(r"\s+", " ", re.sub(r"['\u2019]s$", "", m.group()))])
             for m in _AGENCY_RX.finditer(sentence)]
    if reg.outlet and reg.outlet not in _AGENCY_FORMS:
        found += [(m, reg.outlet) for m in re.finditer(r"(?<![\w.-])" + re.escape(reg.outlet) +
                                                       r"(?:['\u2019]s)?(?![\w-])", sentence)]
    for m, name in sorted(found, key=lambda f: (f[0].start(), -f[0].end())):
        surface = re.sub(r"['\u2019]s$", "", m.group())
        start, end = m.start(), m.start() + len(surface)
        if claim(start, end) and _agency_acts(sentence, start, end):
            slug = reg.lookup("actor", name) or slugify(name)
            reg.add("actor", slug, name, "organisation", "News agency", surface)
            mentions.append(Mention(start, end, surface, "actor", slug, "organisation",
                                    short_name(reg.entity("actor", slug))))
    toks = [t for t in _tokens(sentence) if not any(taken[t.start:t.end])]
    # 2. Hyphenated country words: "US-backed", "pro-Syrian", "Russia-backed".
    for t in toks:
        if "-" in t.text:
            for part_m in re.finditer(r"[^-]+", t.text):
                form = _COUNTRY_FORMS.get(fold(part_m.group()))
                if form and form[1] in ("name", "demonym"):
                    s = t.start + part_m.start()
                    if claim(s, s + len(part_m.group())):
                        mentions.append(_country(reg, form[0], part_m.group(), s, "actor", form[1] == "name"))
    # 3. Capitalised runs.
    runs: list[list[_Tok]] = []
    run: list[_Tok] = []
    for i, t in enumerate(toks):
        gap = sentence[run[-1].end:t.start] if run else ""
        # After ". " only an abbreviated title ("Gen.", "St.") or an initial ("J.") continues a name.
        joinable = bool(run) and (gap == " " or (gap == ". " and ((fold(run[-1].text).split() or [""])[0] in
                                                   {p[0] for p in _TITLE_FOLDS if len(p) == 1} | {"st"}
                                                   or (len(run[-1].text) == 1 and run[-1].text.isupper())))
                                  # "Kostra People's Guard", "Farmers' Party": a possessive inside the name
                                  or re.fullmatch(r"['\u2019]s? ", gap) is not None
                                  and fold(run[-1].text) in _POSSESSIVE_NAME_WORDS
                                  # "Kaldrian Dockworkers' Federation", "Terminal Operators' Association"
                                  or re.fullmatch(r"['\u2019] ", gap) is not None and run[-1].text.endswith("s")
                                  and fold(t.text) in _ORG_SUFFIX)
        plain_word = t.cap and "-" not in t.text[1:] or re.fullmatch(r"[A-Z][\w\u00C0-\u024F']*-[A-Z]?[\w]*", t.text) \
            or (bool(run) and re.fullmatch(r"(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|ben|ul|ud)-[A-Z][\w\u00C0-\u024F']*",
                                           t.text))            # "Bashar al-Assad": the article is part of the name
        if any(taken[t.start:t.end]):
            plain_word = False
        if plain_word and (joinable or not run):
            run.append(t)
        elif run and joinable and t.text.lower() in _CONNECTORS and i + 1 < len(toks) and toks[i + 1].cap:
            run.append(t)
        else:
            if run:
                runs.append(run)
            run = [t] if plain_word else []
    if run:
        runs.append(run)
    for whole in runs:
        for run in _split_run(whole):
            while run and run[-1].text.lower() in _CONNECTORS:
                run.pop()
            if run:
                mentions += _parse_run(sentence, run, reg, claim)
    mentions.sort(key=lambda m: m.start)
    # "Former Supreme Court judge Helena Marsk": the body in a former job says what the person was; it does not act
    # (a "UN envoy" acts for the UN, and the UN stays)
    roles = []
    for p in mentions:
        if p.type == "person" and re.match(r"(?:former|retired|ex-|onetime|one-time)\b", p.title, re.I):
            at = sentence.rfind(p.title, 0, p.start)
            if at >= 0 and not sentence[at + len(p.title):p.start].strip():
                roles.append((at, p.start))
    mentions = [m for m in mentions if not (m.type == "organisation" and any(a <= m.start and m.end <= b
                                                                             for a, b in roles))]
    # "640 million U.S. dollars", "Hong Kong dollars": a currency's country does not act
    mentions = [m for m in mentions if not (m.type == "country" and
                                            re.match(r"\s+(?:dollars?|cents?|euros?|pounds?)\b", sentence[m.end:]))]
    return _acronyms_in_brackets(sentence, mentions, reg)


def _acronyms_in_brackets(sentence: str, mentions: list[Mention], reg: Registry) -> list[Mention]:
    """"Doctors Without Borders (MSF)", "the Northern Liberation Front (NLF)": the short form in brackets is the
    name before it, an organisation (people have no acronyms), and every later "MSF" of the article is it."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == m.kind == "actor" and re.fullmatch(r"[A-Z]{2,6}", m.text) and \
                re.fullmatch(r"\s*\(", sentence[prev.end:m.start]) and sentence[m.end:m.end + 1] == ")" and \
                len(prev.text.split()) >= 2 and prev.slug != m.slug:
            ent = reg.entity("actor", prev.slug)
            if ent.type == "person" and ("actor", prev.slug) not in reg._known:
                ent.type, ent.description = "organisation", ent.description or "Organisation"
                reg._met.discard(("actor", prev.slug))
            if ("actor", m.slug) not in reg._known:
                reg.entities.pop(("actor", m.slug), None)
            reg.add("actor", prev.slug, ent.name, ent.type, "", m.text)
            reg._alias[("actor", fold(m.text))] = prev.slug
            prev.type, prev.short = ent.type, short_name(ent)
            continue
        out.append(m)
    return out


def _split_run(run: list[_Tok]) -> list[list[_Tok]]:
    """Connectors join an organisation ("Organization for Security and Co-operation in Europe") or a title
    ("Secretary of State"), never two names ("Angela Merkel and Emmanuel Macron")."""
    words = [fold(t.text) for t in run]
    if words and (words[-1] in _ORG_SUFFIX or _gazetteer(" ".join(t.text for t in run))):
        return [run]
    out, cur = [], []
    for i, t in enumerate(run):
        w = words[i]
        if w in _CONNECTORS and w not in _NAME_PARTICLES:
            in_title = any(words[k:k + len(p)] == p for p in _TITLE_FOLDS if w in p
                           for k in range(max(0, i - len(p) + 1), i + 1))
            in_org = any(words[j] in _ORG_SUFFIX for j in range(i + 1, len(words))) or \
                (w in ("of", "for") and i > 0 and words[i - 1] in _ORG_SUFFIX        # "University of Oxford"
                 and i + 1 < len(words) and words[i + 1] not in _NOT_NAMES)          # not "Council for Wednesday"
            if not in_title and not in_org:
                if cur:
                    out.append(cur)
                cur = []
                continue
        cur.append(t)
    if cur:
        out.append(cur)
    return out


def _country(reg: Registry, slug: str, surface: str, start: int, kind: str, noun: bool) -> Mention:
    c = _BY_SLUG[slug]
    slug = reg.lookup(kind, surface) or reg.lookup(kind, c.name) or slug
    reg.add(kind, slug, c.name, "country", "Country", surface)
    ent = reg.entity(kind, slug)
    return Mention(start, start + len(surface), surface, kind, slug, "country", short_name(ent), noun=noun)


def _parse_run(sentence: str, run: list[_Tok], reg: Registry, claim) -> list[Mention]:
    out: list[Mention] = []
    words = [t.text for t in run]
    i = 0
    # Sentence-initial filler ("But", "Meanwhile", "The") is not part of a name.
    while i < len(run) and fold(words[i]) in _NOT_NAMES and not _gazetteer(words[i]) and \
            not (fold(words[i]) in _NAME_ADJECTIVES and len(run) - i >= 2 and fold(words[-1]) in _ORG_SUFFIX):
        i += 1                                            # but "Northern Liberation Front" keeps "Northern"
    n = len(run)
    prefix: list[str] = []
    if i < n and _thing(words[i:]):
        return out                                        # "World Cup", "Berlin Wall": a thing, not an actor
    while i < n:
        # A title, with the country or organisation words before it: "Russian Foreign Minister".
        title = _match_title(words, i)
        if title:
            j = i + title
            while j < n and _match_title(words, j):
                j += _match_title(words, j)
            name_toks = run[j:]
            desc = " ".join(prefix + words[i:j])
            if name_toks and not _gazetteer(name_toks[0].text) and fold(name_toks[0].text) not in _NOT_NAMES \
                    and fold(name_toks[-1].text) not in _ORG_SUFFIX:    # "Foreign Ministry" names no person
                # A name stops where an organisation or place begins: "Ban Ki Moon" then nothing.
                k = 0
                while k < len(name_toks) and not (k and _gazetteer(name_toks[k].text)):
                    k += 1
                name_toks = name_toks[:k]
                out.append(_person(sentence, name_toks, desc, reg, claim))
                i = j + len(name_toks)
                prefix = []
                continue
            i = j
            prefix = []
            continue
        # The longest organisation, country or place in the gazetteer starting here.
        hit = None
        for k in range(n, i, -1):
            phrase = " ".join(words[i:k])
            if _gazetteer(phrase):
                hit = k
                break
        if hit:
            phrase_toks = run[i:hit]
            if hit < n and _match_title(words, hit):
                prefix += words[i:hit]                    # "Russian" in "Russian Foreign Minister"
                i = hit
                continue
            rest_org = hit < n and (fold(words[n - 1]) in _ORG_SUFFIX or _org_of(words[hit:]))
            if rest_org:
                m = _org(sentence, run[i:], reg, claim)     # "Syrian Army", "UN Security Council"
                if m:
                    out.append(m)
                break
            m = _gazetteer_mention(sentence, phrase_toks, reg, claim)
            if m:
                out.append(m)
            i = hit
            continue
        if (fold(words[n - 1]) in _ORG_SUFFIX or _org_of(words[i:])) and n - i >= 2:
            m = _org(sentence, run[i:], reg, claim)
            if m:
                out.append(m)
            break
        # A title inside the run: "Senate Majority Leader Chuck Schumer" is Chuck Schumer, so described.
        inner = next((j for j in range(i + 1, n - 1) if _match_title(words, j)
                      and fold(words[j + _match_title(words, j) - 1]) not in _ORG_SUFFIX), None)
        if inner is not None and fold(words[n - 1]) not in _ORG_SUFFIX:
            prefix += words[i:inner]
            i = inner
            continue
        # A name: two or more capitalised words, or one the registry knows, or one after a role noun.
        name_toks = run[i:]
        if any(fold(t.text) in _NOT_NAMES for t in name_toks):
            name_toks = name_toks[:next(k for k, t in enumerate(name_toks) if fold(t.text) in _NOT_NAMES)]
            if not name_toks:
                i += 1
                continue
        role = _role_before(sentence, run[i].start)
        if len(name_toks) >= 2 and (_match_title(words, i + len(name_toks) - 1)
                                    or all(fold(t.text) in _GENERIC for t in name_toks[:-1])
                                    and fold(name_toks[-1].text) in _ORG_SUFFIX | {"secretary"}):
            i += len(name_toks)                              # "State Secretary", "Foreign Minister": a title
            continue
        if len(name_toks) >= 2 and fold(name_toks[0].text) in ("port", "fort", "mount", "cape") and \
                not reg.lookup("actor", " ".join(t.text for t in name_toks)):
            # "Port Ardane", "Fort Dauphin": a place named so, never a person called "Ardane".
            a, b = name_toks[0].start, name_toks[-1].end
            if claim(a, b):
                name = sentence[a:b].title() if sentence[a:b].isupper() else sentence[a:b]
                out.append(_place(reg, sentence[a:b], name, "city", a, b))
            i += len(name_toks)
            continue
        if len(name_toks) >= 2 and not role and not reg.lookup("actor", " ".join(t.text for t in name_toks)) and \
                re.search(r"\b(?:shipping\s+line|line|company|firm|carrier|airline|lender|bank|insurer|broadcaster|"
                          r"newspaper|fund|asset\s+manager|manufacturer|producer|group|operator|union|party|charity|"
                          r"agency)\s+$", sentence[:run[i].start]):
            # "the German shipping line Nordhafen Linie": a company so named, never a person called Linie
            m = _org(sentence, name_toks, reg, claim)
            if m:
                out.append(m)
            i += len(name_toks)
            continue
        kind_of = re.search(r"\b(town|city|village|province|district|region|neighbou?rhood|suburb|camp|port|"
                            r"area|governorate|municipality)\s+of\s+$", sentence[:run[i].start], re.I)
        if kind_of and not reg.lookup("actor", " ".join(t.text for t in name_toks)):
            # "the town of Deir Hafer": a place the gazetteer does not know, not a person.
            a, b = name_toks[0].start, name_toks[-1].end
            if claim(a, b):
                out.append(_place(reg, sentence[a:b], sentence[a:b], kind_of.group(1).lower(), a, b))
            i += len(name_toks)
            continue
        if len(name_toks) >= 2 and all(not t.text.isupper() for t in name_toks):
            # "Speaker of the National Assembly Tomas Beric", "Under-Secretary-General for Peace Operations
            # Daniel Mbeki": the body's name glued before the person's is what the person is, not their name.
            office = [k for k, tk in enumerate(name_toks[:-2]) if fold(tk.text) in _ORG_SUFFIX | _OFFICE_PLURALS]
            if office:
                # The whole office, with the title before it, so that a headline drops it with the name.
                lead = re.search(r"(?:\b[A-Z][\w.-]*\s+)+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w.-]*['\u2019]s\s+)?$",
                                 sentence[:name_toks[0].start])
                role = role or sentence[lead.start() if lead else name_toks[0].start:
                                        name_toks[office[-1]].end].strip()
                name_toks = name_toks[office[-1] + 1:]
                i += office[-1] + 1
            out.append(_person(sentence, name_toks, role, reg, claim))
        elif len(name_toks) == 1:
            t = name_toks[0]
            slug = reg.person(t.text)
            if slug:
                ent = reg.entity("actor", slug)
                kind_of_ent = ent.type or "person"             # "NLF" after "Northern Liberation Front (NLF)"
                reg.add("actor", slug, ent.name, kind_of_ent, "", t.text)
                if claim(t.start, t.end):
                    out.append(Mention(t.start, t.end, t.text, "actor", slug, kind_of_ent, short_name(ent)))
                    if kind_of_ent == "person":
                        reg.recent_person = slug
            elif fold(t.text) in _ORG_SUFFIX and re.search(r"\bthe\s+$", sentence[:t.start]):
                m = _org(sentence, [t], reg, claim)        # "the Senate", "the Kremlin", "the Army"
                if m:
                    out.append(m)
            elif t.text.isupper() and len(t.text) >= 3 and not sentence[:t.start].strip() and DATELINE.match(sentence):
                # "LUSAIL, Qatar (AP) - ...": a wire dateline names the city the story is filed from.
                if claim(t.start, t.end):
                    country = re.match(r",\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", sentence[t.end:])
                    c = _COUNTRY_FORMS.get(fold(country.group(1))) if country else None
                    out.append(_place(reg, t.text, t.text.title(), "city", t.start, t.end,
                                      _BY_SLUG[c[0]].name if c else ""))
            elif t.text.isupper() and 2 <= len(t.text) <= 6 and not _outlet_after(sentence, t.end) \
                    and not _SOURCE_BEFORE.search(sentence[:t.start]) \
                    and fold(t.text) not in _UNITS and not re.search(r"\d\s*$", sentence[:t.start]):
                # Not "0600 GMT", "40 KM": capitals after a number or naming a unit measure, they do not act.
                m = _org(sentence, [t], reg, claim)
                if m:
                    out.append(m)
            elif role and prefix == []:
                out.append(_person(sentence, [t], role, reg, claim))
        i += len(name_toks) or 1
    return out


def _agency_acts(sentence: str, start: int, end: int) -> bool:
    """A news agency is a party to the story only as the subject of a verb that is not reporting: "AFP
    withdrew its staff", not "Reuters reported", "told Interfax", "(AP)", "an AFP reporter"."""
    before = sentence[:start]
    if before.count("(") > before.count(")"):
        return False                                      # "MOSCOW (TASS) -", "(Reuters photo)"
    before = re.sub(r"\b(?:[Tt]he|[Aa]n?)\s+$", "", before)       # "told the Associated Press": told
    prev = re.search(r"([\w']+)\W*$", before)
    if prev and not re.search(r"[,;:\u2013\u2014-]\s*$", before) and \
            prev.group(1).lower() not in ("and", "but", "meanwhile", "also", "then"):
        return False                                      # "according to SANA", "told Interfax", "an AFP ..."
    words = re.findall(r"[A-Za-z']+", sentence[end:])
    while words and (words[0].lower() in _AUX_VERBS or words[0].endswith("ly")):
        words.pop(0)
    if not words or not words[0].islower() or words[0] in _REPORTING:
        return False
    verb = words[0]
    return verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss")) or verb in _IRREGULAR_PAST


_IRREGULAR_PAST = {"withdrew", "sent", "won", "lost", "took", "left", "made", "paid", "sold", "bought", "fired",
                   "sued", "shut", "cut", "put", "set", "kept", "ran", "began", "brought", "chose", "fought",
                   "hired", "gave", "held", "led", "struck", "spent", "stood", "went", "came", "became"}


# "told MRT", "according to KUNA", "in an interview with RTS": initials a story was told to are its source.
_SOURCE_BEFORE = re.compile(r"\b(?:told|according\s+to|interview\s+with|speaking\s+to|quoted\s+by)\s+(?:the\s+)?$",
                            re.I)


def _outlet_after(sentence: str, end: int) -> bool:
    # "EFE news quoted ...": a news outlet reports, it is not a party to the story.
    return bool(re.match(r"\s+(?:news|agency|newspaper|reported|reports|television|TV)\b", sentence[end:], re.I))


def _role_before(sentence: str, start: int) -> str:
    m = re.search(r"((?:[A-Z][\w.-]*\s+){0,4}(?:[a-z]+\s+)?)\b([a-z]+)\s+$", sentence[:start])
    if m and m.group(2) in _ROLE_NOUNS and m.group(2) not in ("counterpart",):
        words = (m.group(1) + m.group(2)).split()
        words = [w for w in words if w.lower() not in ("the", "a", "an", "his", "her", "its", "their")]
        return " ".join(words)
    return ""


def _match_title(words: list[str], i: int) -> int:
    for parts in _TITLE_FOLDS:
        k = len(parts)
        if [fold(w) for w in words[i:i + k]] == parts:
            return k
    if i < len(words) and "-" in words[i] and fold(words[i]).split() in _TITLE_FOLDS:
        return 1                                          # "Secretary-General" written as one word
    return 0


def _gazetteer(phrase: str) -> bool:
    return _gazetteer_key(fold(phrase)) is not None


def _gazetteer_key(f: str) -> str | None:
    """The gazetteer entry a folded phrase names ("northern aleppo": "aleppo"), or None. Deciding that a
    phrase is in the gazetteer and looking it up must use this one function on the same folded text: fold
    drops letters it cannot spell in ASCII ("Ø"), so two texts that look different can fold alike, and a
    lookup of another text than the one checked is a KeyError."""
    if f in _COUNTRY_FORMS or f in _PLACE_FORMS or f in _ORG_FORMS:
        return f
    parts = f.split()
    rest = " ".join(parts[1:])
    return rest if len(parts) > 1 and parts[0] in _DIRECTIONS and rest in _PLACE_FORMS else None


def _gazetteer_mention(sentence: str, toks: list[_Tok], reg: Registry, claim) -> Mention | None:
    start, end = toks[0].start, toks[-1].end
    surface = sentence[start:end]
    # The words as _gazetteer checked them, not the surface: what stands between them may fold differently.
    f = fold(" ".join(t.text for t in toks))
    key = _gazetteer_key(f)
    if key is None or not claim(start, end):
        return None
    if f in _ORG_FORMS:
        name = _ORG_FORMS[f]
        slug = reg.lookup("actor", name) or slugify(name)
        reg.add("actor", slug, name, "organisation", _ORG_DESCRIPTIONS.get(name, "Organisation"), surface)
        return Mention(start, end, surface, "actor", slug, "organisation", short_name(reg.entity("actor", slug)))
    if f in _COUNTRY_FORMS:
        slug, form = _COUNTRY_FORMS[f]
        after = re.match(r"(?:['\u2019]s)?\s+([a-z]+)", sentence[end:])      # "Beirut's port": a place
        nxt = after.group(1) if after else ""
        locative = _is_locative(sentence, start)
        if form == "capital":
            if locative or nxt in _PLACE_NOUNS | _GATHERING_NOUNS or \
                    _COUNTRY_FORMS.get(fold(surface), ("", ""))[0] and re.match(r"\s*:", sentence[end:]):
                return _place(reg, surface, _BY_SLUG[slug].capital, "city", start, end, _BY_SLUG[slug].name)
            return _country(reg, slug, surface, start, "actor", True)   # "Washington withdrew": the government
        if form == "demonym":
            kind = "place" if nxt in _PLACE_NOUNS or locative else "actor"
            return _country(reg, slug, surface, start, kind, False)
        return _country(reg, slug, surface, start, "place" if locative or nxt in _PLACE_NOUNS else "actor", True)
    name, country, type_ = _PLACE_FORMS[key]
    return _place(reg, surface, name, type_, start, end, country)


def _place(reg: Registry, surface: str, name: str, type_: str, start: int, end: int, country: str = "") -> Mention:
    country = country or next((c.name for c in COUNTRIES if c.capital == name), "")
    if any(c.capital == name for c in COUNTRIES):
        type_ = "city"
    slug = reg.lookup("place", surface) or reg.lookup("place", name) or slugify(name)
    desc = f"{type_.capitalize()} in {country}" if country else type_.capitalize()
    reg.add("place", slug, name, type_, desc, surface)
    return Mention(start, end, surface, "place", slug, type_, short_name(reg.entity("place", slug)))


def _thing(words: list[str]) -> bool:
    """A run naming a thing, an event or a landmark ("World Cup", "Berlin Wall"), not a party to the news."""
    f = [fold(w) for w in words]
    return len(f) >= 2 and f[-1] in _THING_SUFFIX and not _gazetteer(" ".join(words)) \
        and not any(w in _ORG_SUFFIX for w in f[:-1])


def _org_of(words: list[str]) -> bool:
    """"University of Oxford", "Court of Appeals", "Bank of England": an organisation word, then of/for."""
    f = [fold(w) for w in words]
    return any(f[j] in _ORG_SUFFIX and f[j + 1] in ("of", "for") for j in range(len(f) - 2))


def _org(sentence: str, toks: list[_Tok], reg: Registry, claim) -> Mention | None:
    start, end = toks[0].start, toks[-1].end
    surface = sentence[start:end]
    words = [fold(t.text) for t in toks]
    generic = len(words) <= 2 and words[-1] in _ORG_SUFFIX - _PROPER_ORG_WORDS and \
        all(w in _GENERIC for w in words[:-1]) and fold(surface) not in _ORG_FORMS
    owner = re.search(r"\b([A-Z][\w]*)['\u2019]s\s+$", sentence[:start])
    if generic and not owner:
        claim(start, end)                               # ("Russia's Defense Ministry" says whose)
        return None                                     # "the Ministry", "International Committee": whose?
    if generic and owner and not _gazetteer(owner.group(1)) and claim(start - len(owner.group()), end):
        # "Vostrania's Transport Ministry": whose ministry is part of its name (a known country keeps its own
        # mention: "Russia's Defense Ministry")
        start = start - len(owner.group())
        surface = sentence[start:end]
    elif not claim(start, end):
        return None
    # "U.S. Federal Reserve", "UK Supreme Court": the country is where it is, not part of its name.
    name = surface                                      # "Vostrania's Transport Ministry", as written
    head = _COUNTRY_FORMS.get(fold(toks[0].text))
    if len(toks) > 1 and head and head[1] == "name" and fold(surface) not in _ORG_FORMS:
        name = sentence[toks[1].start:end]
    slug = reg.lookup("actor", surface) or reg.lookup("actor", name) or slugify(_ORG_FORMS.get(fold(name), name))
    ent = reg.entity("actor", slug)
    reg.add("actor", slug, ent.name if ent else _ORG_FORMS.get(fold(name), name), "organisation",
            "Organisation", surface)
    return Mention(start, end, surface, "actor", slug, "organisation", short_name(reg.entity("actor", slug)))


def _person(sentence: str, toks: list[_Tok], desc: str, reg: Registry, claim) -> Mention:
    start, end = toks[0].start, toks[-1].end
    surface = sentence[start:end]
    slug = reg.person(surface)
    if slug is None:
        slug = slugify(surface)
        name = surface
    else:
        name = reg.entity("actor", slug).name
        # A fuller spelling of a name first met as a surname becomes the name.
        if len(surface.split()) > len(name.split()):
            reg.entity("actor", slug).name = surface
            name = surface
    if not desc or fold(desc) in _HONORIFICS:
        appositive = re.match(r",\s+(?:the|a|an)\s+([a-z][\w -]*?(?:\s+(?:of|at|for)\s+[A-Z][\w&' -]*?)?)\.?,",
                              sentence[end:])
        desc = appositive.group(1) if appositive else ""
    description = f"{desc[:1].upper()}{desc[1:]} (as described in the sources)" if desc else ""
    reg.add("actor", slug, name, "person", description, surface)
    claim(start, end)
    reg.recent_person = slug
    return Mention(start, end, surface, "actor", slug, "person", short_name(reg.entity("actor", slug)), title=desc)
