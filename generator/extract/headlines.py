"""Headlines in plain words from one clause of news text: "Kerry delivers new plan for Aleppo settlement".

General rules, no table of sentences: entity names become their short forms, time expressions, articles,
adverbs, parentheses and relative clauses go, the main verb moves to the headline present ("delivered" →
"delivers", "has intensified" → "intensifies", "are canceled" → "canceled", "were supposed to discuss" →
"to discuss"), and the object is cut at the first comma or subordinate clause.
"""
from __future__ import annotations

import re

from . import status as _status
from .wire import AGENCY, SLUG, dateline

MAX_LEN = 80

_IRREGULAR = {
    "was": "be", "were": "be", "had": "have", "did": "do", "said": "say", "told": "tell", "made": "make",
    "met": "meet", "died": "die", "lied": "lie", "tied": "tie", "vied": "vie", "held": "hold", "won": "win", "lost": "lose", "withdrew": "withdraw", "took": "take",
    "gave": "give", "went": "go", "came": "come", "began": "begin", "rose": "rise", "fell": "fall",
    "left": "leave", "sent": "send", "spoke": "speak", "brought": "bring", "bought": "buy", "sold": "sell",
    "wrote": "write", "led": "lead", "ran": "run", "saw": "see", "found": "find", "thought": "think",
    "kept": "keep", "struck": "strike", "fought": "fight", "broke": "break", "chose": "choose",
    "drew": "draw", "grew": "grow", "became": "become", "flew": "fly", "fled": "flee", "shot": "shoot",
    "stood": "stand", "understood": "understand", "paid": "pay", "laid": "lay", "sought": "seek",
    "taught": "teach", "caught": "catch", "felt": "feel", "meant": "mean", "built": "build", "spent": "spend",
    "lent": "lend", "dealt": "deal", "heard": "hear", "knew": "know", "threw": "throw", "wore": "wear",
    "swore": "swear", "froze": "freeze", "woke": "wake", "rode": "ride", "drove": "drive", "ate": "eat",
    "overtook": "overtake", "undertook": "undertake", "forgave": "forgive", "forbade": "forbid",
    "sank": "sink", "sang": "sing", "rang": "ring", "drank": "drink", "swam": "swim", "shrank": "shrink",
    "sprang": "spring", "spun": "spin", "slid": "slide", "hid": "hide", "bled": "bleed", "fed": "feed",
    "sped": "speed", "wept": "weep", "slept": "sleep", "swept": "sweep", "crept": "creep", "knelt": "kneel",
    "split": "split", "bent": "bend", "dug": "dig", "stuck": "stick", "hung": "hang", "swung": "swing",
    "clung": "cling", "stung": "sting", "flung": "fling", "forgot": "forget", "got": "get", "shook": "shake",
    "mistook": "mistake", "arose": "arise", "awoke": "awake", "tore": "tear", "shone": "shine",
    "underwent": "undergo", "oversaw": "oversee", "withstood": "withstand", "overcame": "overcome",
    "misled": "mislead", "overran": "overrun", "stole": "steal", "bore": "bear", "bit": "bite",
    "rebuilt": "rebuild", "upheld": "uphold", "withheld": "withhold", "overthrew": "overthrow",
    "shed": "shed", "bred": "breed", "hit": "hit", "set": "set", "put": "put", "cut": "cut", "quit": "quit", "shut": "shut", "let": "let",
    "cast": "cast", "hurt": "hurt", "sat": "sit", "bet": "bet", "spread": "spread", "read": "read", "beat": "beat",
}
_PARTICIPLES = {"withdrawn", "taken", "given", "gone", "begun", "fallen", "written", "seen", "chosen", "drawn",
                "grown", "broken", "spoken", "known", "thrown", "shown", "driven", "eaten", "frozen", "stolen",
                "forgotten", "hidden", "beaten", "done", "been", "born", "sworn", "won", "held", "met", "made",
                "sent", "left", "built", "cut", "hit", "set", "put", "shut", "kept", "lost", "paid", "sold",
                "told", "found", "brought", "bought", "fought", "caught", "sought", "struck", "overtaken",
                "undertaken", "shot", "led", "laid", "upheld", "withheld"}
# Regular past forms whose base keeps the final e: "announced" → "announce".
_E_ENDINGS = ("ced", "ged", "sed", "zed", "ved", "ated", "uded", "ided", "oded", "ired", "ored", "ured",
              "iled", "oled", "ined", "oned", "amed", "aked", "uted", "ited", "ased", "osed", "uced", "iced",
              "aped", "iped", "oped", "ubed", "ibed", "ryed", "ated", "eted", "oted", "ured", "ared", "aled",
              "ened", "uled", "ated", "umed")
_NOT_E = {"opened", "happened", "listened", "threatened", "strengthened", "worsened", "weakened", "widened",
          "reopened", "awakened", "hardened", "softened", "visited", "edited", "credited", "limited",
          "exited", "inherited", "exhibited", "prohibited", "deposited", "audited", "benefited", "targeted",
          "budgeted", "marketed", "pivoted", "allotted", "rocketed", "offered", "entered", "delivered",
          "considered", "ordered", "gathered", "answered", "covered", "discovered", "suffered", "bothered",
          "registered", "triggered", "altered", "filtered", "murdered", "hindered", "wondered", "rendered",
          "remembered", "numbered", "lowered", "powered", "towered", "empowered", "fostered", "mastered",
          "bolstered", "steered", "cheered", "pioneered", "volunteered", "engineered", "signaled",
          "labeled", "traveled", "canceled", "modeled", "fueled", "leveled", "totaled", "rivaled",
          "appealed", "revealed", "sealed", "healed", "equaled", "dialed", "trailed", "failed", "hailed",
          "mailed", "nailed", "sailed", "jailed", "derailed", "prevailed", "entailed", "assailed",
          "detailed", "curtailed", "boiled", "spoiled", "toiled", "coiled", "foiled", "controlled",
          "returned", "warned", "earned", "turned", "burned", "learned", "mourned", "concerned", "governed",
          "joined", "gained", "remained", "explained", "complained", "maintained", "obtained", "contained",
          "sustained", "trained", "claimed", "reclaimed", "proclaimed", "seemed", "deemed", "redeemed",
          "formed", "informed", "reformed", "performed", "transformed", "confirmed", "alarmed", "armed",
          "disarmed", "harmed", "warmed", "banned", "planned", "scanned", "spanned", "manned",
          "stressed", "pressed", "expressed", "addressed", "passed", "crossed", "missed", "dismissed",
          "discussed", "assessed", "possessed", "professed", "confessed", "witnessed", "harnessed",
          "focused", "biased", "caused", "accused", "refused", "used", "abused", "paused", "praised",
          "raised", "appraised", "amused", "fused", "mused", "reused", "excused", "housed", "roused",
          "aroused", "espoused", "ceased", "released", "increased", "decreased", "leased", "pleased",
          "eased", "teased", "creased", "erased", "based", "chased", "purchased", "phased", "cased",
          "closed", "opposed", "proposed", "imposed", "exposed", "disposed", "supposed", "posed",
          "composed", "deposed", "enclosed", "disclosed", "collapsed", "lapsed", "elapsed", "relapsed",
          "reversed", "dispersed", "traversed", "immersed", "conversed", "nursed", "cursed", "rehearsed",
          "endorsed", "reimbursed", "disbursed", "licensed", "sensed", "condensed", "dispensed", "rinsed"}
_BASE_E = {"caused", "accused", "refused", "used", "abused", "paused", "praised", "raised", "appraised",
           "amused", "fused", "mused", "reused", "excused", "housed", "roused", "aroused", "espoused",
           "ceased", "released", "increased", "decreased", "leased", "pleased", "eased", "teased", "creased",
           "erased", "based", "chased", "purchased", "phased", "cased", "closed", "opposed", "proposed",
           "imposed", "exposed", "disposed", "supposed", "posed", "composed", "deposed", "enclosed",
           "disclosed", "collapsed", "lapsed", "elapsed", "relapsed", "reversed", "dispersed", "traversed",
           "immersed", "conversed", "nursed", "cursed", "rehearsed", "endorsed", "reimbursed", "disbursed",
           "licensed", "sensed", "condensed", "dispensed", "rinsed", "focused", "biased"}
_UNDOUBLE_KEEP = {"added", "called", "rolled", "pulled", "filled", "killed", "spilled", "stalled", "installed",
                  "fulfilled", "polled", "tolled", "compelled", "expelled", "dispelled", "propelled", "excelled",
                  "controlled", "patrolled", "enrolled", "pressed", "passed", "crossed", "missed", "dismissed",
                  "discussed", "assessed", "possessed", "stressed", "expressed", "addressed", "buzzed",
                  "staffed", "stuffed", "bluffed", "sniffed", "puffed", "odded", "egged", "erred", "purred"}

_LL_UNDOUBLE = {"controlled", "patrolled", "compelled", "expelled", "dispelled", "propelled", "repelled", "excelled",
                "rebelled", "annulled", "enrolled", "travelled", "cancelled", "labelled", "modelled", "quarrelled",
                "signalled", "channelled", "counselled", "totalled", "marshalled", "levelled", "fuelled", "equalled",
                "dialled", "rivalled", "tunnelled", "funnelled", "shovelled", "unravelled", "initialled", "libelled"}
_ONED_E = {"phoned", "toned", "zoned", "atoned", "postponed", "cloned", "honed", "condoned", "dethroned",
           "enthroned", "stoned", "intoned", "droned"}
_AUX_HAVE = {"has", "have", "had"}
_AUX_BE = {"is", "are", "was", "were", "be", "been", "being", "am"}
_MODALS = {"will", "would", "shall", "should", "could", "can", "may", "might", "must"}
_SCHEDULED = re.compile(r"^(?:is|are|was|were)\s+(?:supposed|scheduled|due|set|expected|planned|slated|going)\s+to\s+",
                        re.I)
_DROP_WORDS = {"a", "an", "the", "own", "very", "currently", "earlier", "here", "now", "still", "also", "just",
               "abruptly", "apparently", "reportedly", "allegedly", "initially", "subsequently",
               "finally", "already", "again", "then", "once", "previously", "recently", "meanwhile",
               "particular", "certain", "various", "several", "some"}
_KEEP_LY = {"only", "early", "family", "italy", "july", "supply", "rally", "ally", "apply", "reply",
            "assembly", "fly", "daily", "weekly", "monthly", "yearly", "likely", "holy", "sly", "ugly",
            "july", "anomaly", "monopoly", "bully", "belly", "jelly", "lily", "friendly", "elderly",
            # a hedge keeps the meaning: "talks nearly broke down" never "talks break down"
            "nearly", "partly", "partially", "barely", "narrowly"}
_DISCOURSE = re.compile(r"^(?:(?:but|and|meanwhile|however|also|moreover|in addition|at the same time|separately|"
                        r"in the meantime|still|yet|now|then|earlier|later|instead|simultaneously|so),?\s+)+",
                        re.I)
_CLAUSE_END = re.compile(r"\s*(?:[,;:(\u2014\u2013]|\s-\s|\b(?:which|who|whom|whose|where|while|because|although|"
                         r"though|after|before|when|since|until|unless|as well as|amid|despite|saying|according)\b)")
_BE_ADVERBS = {"first", "later", "also", "then", "since", "once", "formally", "officially", "initially", "finally",
               "originally", "eventually", "quickly", "unanimously", "narrowly", "jointly", "again"}
_PREPOSITIONS = {"in", "on", "at", "for", "to", "from", "with", "of", "by", "over", "about", "against",
                 "into", "after", "before", "during", "under", "via", "through", "towards", "toward"}


def base_form(verb: str) -> str:
    """The base form of a past-tense or past-participle verb: "delivered" → "deliver"."""
    v = verb.lower()
    if v in _IRREGULAR:
        return _IRREGULAR[v]
    for part, base in (("withdrawn", "withdraw"), ("taken", "take"), ("given", "give"), ("gone", "go"),
                       ("begun", "begin"), ("fallen", "fall"), ("written", "write"), ("seen", "see"),
                       ("chosen", "choose"), ("drawn", "draw"), ("grown", "grow"), ("broken", "break"),
                       ("spoken", "speak"), ("known", "know"), ("thrown", "throw"), ("shown", "show"),
                       ("driven", "drive"), ("been", "be"), ("done", "do")):
        if v == part:
            return base
    if v.endswith("ied") and len(v) > 4:
        return v[:-3] + "y"
    if not v.endswith("ed") or len(v) <= 3:
        return v
    if v in _BASE_E:
        return v[:-1]
    if v in _NOT_E:
        stem = v[:-2]
        if stem.endswith("ll") and v in ("traveled", "labeled", "canceled", "modeled", "fueled", "signaled"):
            return stem
        if v in _LL_UNDOUBLE:
            return stem[:-1]                              # controlled → control
        if v in ("banned", "planned", "scanned", "spanned", "manned", "allotted"):
            return stem[:-1]
        return stem
    stem = v[:-2]
    if v in ("bused", "bussed"):
        return "bus"
    if stem.endswith("ll"):
        # "killed", "shelled", "installed" keep both; only a stressed last syllable ("controlled") or the British
        # doubling ("travelled") has one.
        return stem[:-1] if v in _LL_UNDOUBLE else stem
    if re.search(r"[bcdfgkpstz]led$", v) or v.endswith(("iked", "oked", "imed")) or \
            v.endswith("omed") and not v.endswith("oomed") or v in _ONED_E:
        return v[:-1]                                     # tabled → table, encircled → encircle, welcomed → welcome
    if v.endswith(("oured", "oared", "eaked", "eened", "oomed", "oned")):
        return stem                                       # poured → pour, leaked → leak, summoned → summon
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in "bdgklmnprtvz" and v not in _UNDOUBLE_KEEP:
        return stem[:-1]                                  # stopped → stop, travelled → travel
    if v.endswith(("eared", "aided")) or v.endswith("eated") and not v.endswith("created"):
        return v[:-2]                                     # appeared → appear, raided → raid, repeated → repeat
    if v.endswith("eed"):
        return v[:-1]                                     # agreed → agree
    if re.search(r"[^aeiou]aded$", v):
        return v[:-1]                                     # invaded → invade, traded → trade (not loaded)
    if v.endswith("ued"):
        return v[:-1]                                     # issued → issue, argued → argue
    if v.endswith(_E_ENDINGS):
        return v[:-1]
    return stem


def third_person(base: str) -> str:
    """The headline present: "deliver" → "delivers", "try" → "tries", "go" → "goes"."""
    if base in ("be",):
        return "is"
    if base == "have":
        return "has"
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def is_past(word: str) -> bool:
    w = word.lower()
    return not _compound_adjective(w) and (w in _IRREGULAR or (w.endswith("ed") and len(w) > 3))


def _compound_adjective(w: str) -> bool:
    """"self-proclaimed", "Russian-backed", "so-called": a hyphenated participle describes a noun; only a verb's
    own prefix makes a verb of one ("re-elected", "co-sponsored")."""
    return "-" in w and w.split("-")[0] not in ("re", "co", "pre", "de", "un", "over", "under", "out", "cross")


def _is_verb_start(word: str) -> bool:
    w = word.lower()
    return not _compound_adjective(w) and (w in _AUX_HAVE or w in _AUX_BE or w in _MODALS or w in _IRREGULAR or w in ("did", "does", "do")
            or (w.endswith("ed") and len(w) > 3 and w not in ("red", "bed", "shed", "need", "speed", "seed")))


def clean(text: str) -> str:
    """Drop what a headline never carries: parentheses, relative clauses, discourse openers, articles, adverbs."""
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = re.sub(r"\s*\b(?:at this point|at the moment|for now|for the time being|so far)\b", "", text, flags=re.I)
    text = re.sub(r",\s*(?:which|who|whose|where)\b[^,]*,", "", text)
    text = re.sub(r",\s*(?:which|who|whose)\b[^,]*$", "", text)      # a closing relative clause too
    text = _DISCOURSE.sub("", text.strip())
    # "captured its main town, Orsk," → "captured Orsk": the name in apposition says whose town.
    text = re.sub(r"\b(?:its|their|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z]+,\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)"
                  r"(?:,|$)", r"\1", text)
    # "told the Council in a closed-door briefing [that ...]" → "briefed the Council": the briefing is the happening.
    text = re.sub(r"\b(?:told|tells|tell)\s+((?:the\s+)?(?:[A-Z][\w.'-]*\s+)*[A-Z][\w.'-]*)\s+(?:in|at|during)\s+(?:an?|the)\s+"
                  r"(?:[\w-]+\s+)?briefing\b(?:\s+that\b.*)?", r"briefed \1", text)
    # "says that X" → "says X"
    text = re.sub(r"\b(said|says|told\s+\w+|announced|warned|acknowledged|admitted|confirmed|insisted|stressed|"
                  r"noted|added|argued|claimed|conceded|denied)\s+that\s+", r"\1 ", text)
    words = []
    split = text.split()
    for i, w in enumerate(split):
        bare = w.strip(",.;:!?\"'\u201c\u201d").lower()
        if bare in ("several", "some") and i + 1 < len(split) and \
                _bare(split[i + 1]) in ("thousand", "hundred", "dozen", "million"):
            words.append(w)                               # "several thousand of their supporters": a number
            continue
        if bare in _DROP_WORDS and not (bare in ("a", "an") and words and (_bare(words[-1]) in _AUX_BE or
                                                                          re.search(r"\d|^(?:once|twice)$", _bare(words[-1])))):
            continue                                      # but "evacuation is an end", never "is end"; "$500 a week"
        if bare.endswith("ly") and len(bare) > 4 and bare not in _KEEP_LY and w[:1].islower():
            continue
        words.append(w)
    return " ".join(words).strip(" ,;:")


# A verb of state before a participle: the participle says the state ("remains closed"), the copula is the verb.
_COPULAS = {"remains", "remain", "remained", "stays", "stay", "stayed"}


def make(clause: str, mode: str = "event", names: tuple | list = ()) -> str:
    """A headline from one clause whose names are already in their short forms.

    mode "event": the main verb goes to the headline present; mode "claim": the words of reported speech
    keep their tense ("US withdrew its proposal"). `names` are the names in the clause, each one party however
    many words it has ("Food and Drug Administration" is one).
    """
    clause = SLUG.sub("", clause)                         # "UPDATE 1-Marovian president dissolves ..."
    line = dateline(clause)
    if line:
        clause = clause[line.end():]                      # "GENEVA, Dec. 10 (Reuters) - Talks resumed ..."
    # "postponed until January 4 its hearing on ...", "postponed by a week a hearing": the new day or the span goes
    # (the date says it), the object stays.
    clause = re.sub(r"\b((?:postponed|delayed|deferred|adjourned|moved|pushed\s+back|put\s+off))\s+(?:(?:until|till|to)\s+"
                    r"(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?|[A-Z][a-z]+day|next\s+[a-z]+)|by\s+(?:a|an|one|two|three|\d+)\s+"
                    r"(?:days?|weeks?|months?))\s+(?=(?:its|their|his|her|the|an?)\s)", r"\1 ", clause)
    text = clean(clause).rstrip(".!?\"'\u201d ")
    text = re.sub(r"^(?:-{1,2}|\u2013|\u2014|_)\s*", "", text)    # "(UPI) -- Negotiators ..." after the date went
    text = re.sub(r"^(?:that|whether|if)\s+", "", text, flags=re.I)
    text = re.sub(r"^[\"'`\u201c\u2018]+\s*", "", text)   # '"[A week ago] we did not know': the quote mark is no word
    text = strip_lead(text)
    # "UN envoy, Lindqvist, invites ...", "UN's humanitarian chief, Berg visits ...": the name in apposition to a
    # role is the subject.
    appos = re.match(r"^(?:[\w.'\u2019-]+\s+){0,5}?(?:envoy|chief|spokesman|spokeswoman|spokesperson|minister|"
                     r"leader|president|director|head|commander|negotiator|mediator|ambassador|representative|"
                     r"secretary|chairman|chairwoman|official)(?:\s+(?:for|of|to)\s+[A-Z][\w'-]+)?,\s+"
                     r"((?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+),?\s+(?=[a-z])", text)
    if appos and not any(w[:1].islower() and _is_verb_start(_bare(w)) or _bare(w) in _MODALS | _PLURAL_PRONOUNS | {"he", "she", "it"}
                         for w in text[:appos.start(1)].split()):
        text = appos.group(1) + " " + text[appos.end():]
    # "the collapse of a deal with the rebels, agreed in Geneva": a noun phrase and a participle after it, no verb
    # between; what is agreed, signed or reached is the agreement, not its collapse.
    np_part = re.match(r"^([^,]+),\s+((?:agreed|signed|reached|brokered|struck|negotiated|sealed|adopted|passed|"
                       r"announced)\b.*)$", text)
    if np_part and not any(w[:1].islower() and _is_verb_start(_bare(w)) for w in np_part.group(1).split()[1:]):
        deal = re.search(r"\b(?:deal|agreement|accord|truce|ceasefire|pact|treaty|protocol|swap|resolution|"
                         r"plan)\b", np_part.group(1), re.I)
        head = np_part.group(1)[deal.start():] if deal else np_part.group(1)
        text = f"{head[:1].upper()}{head[1:]} was {np_part.group(2)}"      # the headline passive: "Deal agreed"
    # "Representatives of the government and the rebels agreed": the parties agree, their envoys only speak.
    text = re.sub(r"^(?:[Rr]epresentatives|[Dd]elegations|[Dd]elegates|[Ee]nvoys|[Nn]egotiators)\s+(?:of|from|for)\s+"
                  r"(?=[^,]*?\band\b)", "", text)
    # "The meeting in Oslo ... scheduled has been called off" (its day went to the date): the bare participle goes,
    # or it would be read as the predicate ("Kostrava Front scheduled")
    bare_plan = _BARE_PLAN.match(text)
    if bare_plan and not has_verb(bare_plan.group("np").split()) and (
            bare_plan.group("np").split()[-1][:1].isupper() or _bare(bare_plan.group("np").split()[-1]) in _HAPPENING_NOUNS):
        text = bare_plan.group("np") + text[bare_plan.end():]
    words = text.split()
    if not words:
        return ""
    # The subject runs up to the first verb-looking word after the first word.
    # A past form after a preposition or an article ("on besieged city") or opening a noun phrase after a number
    # ("20 freed soldiers arrived") is an adjective, not the verb.
    k = next((i for i in range(1, len(words)) if _is_verb_start(words[i].strip(",")) and
              words[i][:1].islower() and not _adjective_participle(words, i)), None)  # "Mohamed" is a name
    head_end = k
    if k is not None:
        k = _after_reduced_relative(words, k)
    if k is not None and k + 1 < len(words) and is_past(_bare(words[k])) and words[k + 1][:1].islower() and \
            _bare(words[k]) not in _AUX_BE | _AUX_HAVE and \
            _bare(words[k - 1]) not in _AUX_BE | _AUX_HAVE and \
            not any(_bare(w) in _CLAUSE_WORDS for w in words[:k]) and \
            (_bare(words[k - 1]) in _REDUCED_HEADS or "of" in [_bare(w) for w in words[:k]]) and (
                _bare(words[k + 1]) in (_FINITE_AUX - {"do", "does"}) or
                _bare(words[k + 1]) in _IRREGULAR and _bare(words[k + 1]) not in _PARTICIPLES or
                is_past(_bare(words[k + 1]))):
        k += 1                                            # "The number of those evacuated rose": "evacuated" is not it
    if k is not None and k >= 2 and _bare(words[k - 1]) in _COPULAS and words[k - 1][:1].islower() and \
            (is_past(_bare(words[k])) or _bare(words[k]) in _PARTICIPLES):
        k -= 1                                            # "traffic remains barred": the participle is its state
    if k is not None and k >= 2 and words[k - 1].lower() in ("who", "which", "that") and \
            (not has_verb(words[:k - 1]) or not any(w[:1].islower() and _is_verb_start(_bare(w)) for w in words[:k - 1])):
        # ("A deal to end the strike that has shut the port was agreed": "end" and "strike" are no finite verbs)
        # "The official who saw the confessions was quoted": the relative clause's verb is not the main one;
        # the main verb is the next auxiliary before any comma, and the relative clause goes.
        j = next((i for i in range(k + 1, min(len(words), k + 20)) if words[i].lower() in _FINITE_AUX), None)
        if j is None and words[k - 1].lower() == "that":
            # "The jet that crashed near Drevna pitched its nose down": the next past verb after a name or a noun
            # (never after a preposition or an auxiliary) is the main one
            j = next((i for i in range(k + 2, min(len(words), k + 10)) if words[i][:1].islower() and
                      is_past(_bare(words[i])) and _bare(words[i]) not in _PARTICIPLES - set(_IRREGULAR) and
                      _bare(words[i - 1]) not in _PREPOSITIONS | _AUX_BE | _AUX_HAVE | {"and", "or", "that"}), None)
        if j is not None and not any(w.endswith((",", ";", ":")) for w in words[k:j]):
            words = words[:k - 1] + words[j:]
            k = k - 1
    if k is None:
        k = next((i for i in range(1, len(words)) if words[i][:1].islower() and words[i - 1][:1].isupper()
                  and words[i] not in ("and", "of", "for", "in") and _looks_verb(words[i])), None)
    if k is None:
        return _finish(words, 0)
    subject, rest = words[:k], words[k:]
    if len(subject) > 1 and subject[-1] == "last" and is_past(_bare(rest[0])):
        subject = subject[:-1]                            # "Cassaria last restructured its debt": the time goes
    if len(subject) > 2 and _bare(subject[0]) == "later" and subject[1][:1].islower():
        subject = [subject[1][:1].upper() + subject[1][1:]] + subject[2:]   # "A later attempt ... collapsed"
    after = re.search(r"^(?:the|an?)\s[^,]{2,40},\s+" + re.escape(_bare(rest[0])) + r"\b\s*([\w'-]*)", clause.strip(),
                      re.I) if subject[-1].endswith(",") else None
    if mode == "event" and after and sum(w.endswith(",") for w in subject) == 1 and \
            (_bare(rest[0]).endswith("ed") or _bare(rest[0]) in _PARTICIPLES) and \
            (not after.group(1) or after.group(1).lower() in _PREPOSITIONS or after.group(1).endswith("ly")):
        # "The data recorder, recovered badly burned from the wreckage": a participle after the comma is the
        # headline passive ("Data recorder recovered burned from wreckage"), never "recovers"
        return _finish(subject[:-1] + [subject[-1].rstrip(",")] + rest, len(subject))
    plural = is_plural(subject[:head_end] if head_end and head_end < k else subject, names)
    if mode == "event":
        talks = _planned_talks(subject, rest)
        if talks:
            return talks
        head = next((_bare(w) for i, w in enumerate(subject) if i + 1 == len(subject) or
                     _bare(subject[i + 1]) in _PREPOSITIONS | {"between", "among"}), "")
        if (_bare(subject[0]) in _HAPPENING_NOUNS or head in _HAPPENING_NOUNS) and len(subject) <= 16 and \
                _THING_DONE.match(" ".join(rest)) and \
                (len(subject) == 1 or head in _HAPPENING_NOUNS or _bare(subject[1]) in _PREPOSITIONS | {"between", "among"}):
            # "meeting ... called off altogether" (a second predicate after "was postponed and then"): a meeting is
            # called off, it does not call anything off.
            return _finish(subject + rest, len(subject))
        rest = _present(rest, plural)
    return _finish(subject + rest, len(subject))


_QUANTITY = re.compile(r"^(?:[\d,.]+|about|some|around|nearly|almost|over|more|than|at|least|most|up|to|only|"
                       r"another|all|the|a|an|these|those|first|last)$", re.I)
_NOT_RELATIVE = {"say", "tell", "announce", "add", "warn", "state", "report", "claim", "deny", "insist", "argue",
                 "think", "believe", "know", "hope", "fear", "confirm", "explain", "write", "note"}


def _adjective_participle(words: list[str], i: int) -> bool:
    """"on besieged city", "the wounded": a past form after a preposition or an article; "20 freed soldiers":
    one after a number opening the clause, with a noun after it and a verb later."""
    w, prev = _bare(words[i]), _bare(words[i - 1])
    if w in _AUX_BE | _AUX_HAVE | _MODALS or not (w.endswith("ed") or w in _PARTICIPLES):
        return False
    if prev in (_PREPOSITIONS - {"to", "by"}) | {"the", "a", "an", "its", "their", "his", "her"}:
        return True
    if all(_QUANTITY.match(_bare(x) or "x") for x in words[:i]) and any(c.isdigit() for c in " ".join(words[:i])) \
            and i + 1 < len(words) and words[i + 1][:1].islower() and _bare(words[i + 1]) not in _PREPOSITIONS and \
            not _is_verb_start(_bare(words[i + 1])):
        return any(_is_verb_start(_bare(x)) and x[:1].islower() for x in words[i + 2:i + 8])
    return False


_PLAN_PARTICIPLES = {"scheduled", "planned", "set", "slated", "booked", "due", "expected"}
# A plan's participle whose day went with the date ("talks scheduled have been called off", "the Kostrava Front
# scheduled has been"): right after the noun it describes and before the finite verb, it says nothing left.
_BARE_PLAN = re.compile(r"^(?P<np>(?:(?!(?:has|have|had|was|were|is|are|will)\b)[\w'\u2019.,-]+\s+){1,14}?)"
                        r"(?:scheduled|planned|slated|booked)\s+(?=(?:has|have|had|was|were|is|are)\s+\w)")


def _after_reduced_relative(words: list[str], k: int) -> int:
    """"A ceasefire signed in Vienna is broken almost daily", "Talks mediated by OSCE produced a ceasefire": a
    participle with its phrase after the subject, then the main verb, with no comma or conjunction between."""
    w = _bare(words[k])
    # a plan's participle ("The meeting in Oslo between the government and the rebels scheduled for Thursday has
    # been called off") follows a subject of any length: the meeting is scheduled, it schedules nothing
    if k > (12 if w in _PLAN_PARTICIPLES else 5) or k + 2 >= len(words) or w in _AUX_BE | _AUX_HAVE | _MODALS or \
            not (w.endswith("ed") or w in _PARTICIPLES) or base_form(w) in _NOT_RELATIVE or \
            _bare(words[k + 1]) not in _PREPOSITIONS - {"to"} or words[k].endswith((",", ";", ":")):
        return k
    for j in range(k + 2, min(len(words), k + 10)):
        b, x = _bare(words[j]), words[j]
        if x[:1].isupper() or not b:
            continue
        if b in ("and", "or", "but", "nor") and words[j - 1][:1].isupper() and j + 1 < len(words) and \
                words[j + 1][:1].isupper():
            continue                                      # "Organization for Security and Co-operation"
        if b in ("and", "or", "but", "nor") or b in _CLAUSE_WORDS or words[j - 1].endswith((",", ";", ":", "\u2014")):
            return k
        if (b in ("is", "are", "was", "were", "has", "have", "had") or b in _MODALS or
                is_past(b) and b not in _PARTICIPLES) and \
                (j + 1 >= len(words) or _bare(words[j + 1]) != "by") and not words[j - 1][:1].islower():
            return j                                      # the word before the verb ends the phrase: a name
        if b in _PREPOSITIONS or b in ("the", "a", "an"):
            continue
        if not words[j - 1][:1].islower() or _bare(words[j - 1]) in _PREPOSITIONS:
            continue
    return k


_HAPPENING_NOUNS = {"meeting", "meetings", "talks", "vote", "summit", "session", "hearing", "election", "visit",
                    "conference", "consultations", "negotiations", "ceremony", "referendum", "match", "trip"}
_THING_DONE = re.compile(r"^(?:called\s+off|cancell?ed|postponed|scrapped|shelved|suspended|delayed|scheduled|"
                         r"rescheduled|moved|put\s+off|pushed\s+back|brought\s+forward)\b")


def is_plural(subject: list[str], names: tuple | list = ()) -> bool:
    """A plural subject: two parties joined by "and" ("Lavrov and Kerry", not "Food and Drug Administration"),
    or a plural head noun, the last word before a preposition: "shares", "Company's shares", "Researchers at
    University of Oxford", "Germans" (a capitalised plural of a people or a trade, never a person's name)."""
    while len(subject) > 1 and (_bare(subject[-1]) in _BE_ADVERBS | {"first", "last", "already", "now", "jointly"}
                                or re.fullmatch(r"[a-z]{3,}ly", subject[-1])):
        subject = subject[:-1]                            # "Government forces first encircled", "Talks nearly broke"
    if len(subject) == 1 and _bare(subject[0]) in _PLURAL_PRONOUNS:
        return True                                       # "they put", "we hope", "I will"
    text = " ".join(subject)
    for n in sorted(names, key=len, reverse=True):
        if " and " in n:
            text = text.replace(n, "N")
    both = re.search(r"\band\b", text)
    inner = re.match(r"^([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})\s+(?:of|between|in|from|for|with)\s", text[:1].lower() +
                     text[1:])
    if both and inner and inner.end() < both.start() and not re.search(r"\b(?:minister|president|leader|chief|"
                                                                      r"head|secretary)\b", inner.group(1)):
        both = None                                       # "Convoy of 22 buses and 10 ambulances": one convoy
    if both:
        return True
    last = _bare(subject[-1]) if subject else ""
    if len(subject) >= 2 and subject[-1][:1].islower() and subject[-2][:1].isupper() and \
            re.fullmatch(r"[a-z]{3,}s", last) and not last.endswith(("ss", "us", "is")):
        return True                                       # "International Committee of Red Cross trucks deliver"
    head_words: list[str] = []
    for w in subject:
        if w.lower() in _PREPOSITIONS | {"between", "among", "outside", "inside", "near", "across", "around", "along",
                                         "beyond", "behind", "near"} and head_words or \
                head_words and w[:1].islower() and w.lower().endswith("ing") and len(w) > 5:
            break                                         # "Buses carrying 8,000 people": the head is "Buses"
        head_words.append(w)
    if not head_words:
        return False
    if len(head_words) == 1 and _bare(head_words[0]) in _PLURAL_PRONOUNS:
        return True                                       # "We in fact see ..."
    if re.fullmatch(r"[\d.,]+%|half|two-thirds|majority|most|many|some|none|all|one-third|a\s+third", head_words[-1].lower()) \
            and len(head_words) < len(subject) and _bare(subject[len(head_words)]) == "of":
        return is_plural(subject[len(head_words) + 1:], names) or \
            bool(re.search(r"s$", _bare(subject[-1])))    # "87% of its members back it"
    head = re.sub(r"['\u2019]s?$", "", head_words[-1].strip(",;:"))
    h = head.lower()
    if h in ("news", "series", "species", "us", "this", "its", "his") or head in names or head.isupper():
        return False
    if h in ("people", "police", "children", "men", "women", "troops", "staff", "crew", "tens", "dozens",
             "hundreds", "thousands", "millions", "scores"):
        return True
    if h in ("thousand", "hundred", "dozen", "million") and len(head_words) > 1 and \
            _bare(head_words[-2]) in ("several", "few", "many", "some"):
        return True                                       # "Several thousand of their supporters rally"
    if head[:1].islower():
        return h.endswith("s") and not h.endswith(("ss", "us", "is"))
    if len(head_words) == 1 and (h[:-1] in _HAPPENING_NOUNS or h in ("findings", "funerals", "killings", "bombings",
                                                                     "clashes", "protests", "strikes")):
        return True                                       # "Hearings opened": a happening's plural, never a name
    # A capitalised plural opening the clause ("Rebels seized", "Buses began"): only endings no common name has.
    return len(head_words) == 1 and h.endswith(("ers", "ists", "ans", "ents", "ors", "ies", "als", "ees", "ants",
                                                "els", "ses", "xes", "ches", "shes", "ites", "ives", "ions", "alks",
                                                "ops", "ards", "kets", "ships", "ments", "ities"))


def _looks_verb(word: str) -> bool:
    w = word.lower().strip(",")
    return w.endswith(("ed", "es", "s")) or w in _IRREGULAR or w in ("attend", "meet", "say", "sign", "agree",
                                                                    "hold", "visit", "discuss", "reject")


def _present(rest: list[str], plural: bool) -> list[str]:
    joined = " ".join(rest)
    sched = _SCHEDULED.match(joined)
    if sched:
        return ["to"] + joined[sched.end():].split()
    rest = [w for w in rest if w]
    w0 = rest[0].lower().strip(",.")
    if w0 in _MODALS and len(rest) > 1:
        if w0 in ("will", "would", "shall") and rest[1].lower() != "not":
            return ["to"] + rest[1:]
        return rest
    if w0 in ("had", "has", "have") and len(rest) > 3 and _bare(rest[1]) == "been" and _bare(rest[3]) == "to" and \
            _bare(rest[2]) in ("due", "supposed", "scheduled", "set", "expected", "slated", "meant", "planned"):
        # "Marsk had been due to rule": a plan of the past, never "is due to rule"
        return ["were" if plural else "was"] + rest[2:]
    if w0 in _AUX_HAVE and len(rest) > 3 and _bare(rest[1]) in _BE_ADVERBS and _bare(rest[2]) == "been":
        rest = [rest[0], rest[2], rest[1]] + rest[3:]     # "had first been set" → "first set"
        if is_past(_bare(rest[3])) or _bare(rest[3]) in _PARTICIPLES:
            return rest[2:]
    if w0 in _AUX_HAVE and len(rest) > 2 and rest[1].lower() == "been":
        nxt = rest[2].lower()
        if nxt.endswith("ing") and len(nxt) > 5:         # "have been demonstrating" → "demonstrate"
            verb = _ing_base(nxt)
            return [verb if plural else third_person(verb)] + rest[3:]
        if is_past(nxt) or nxt in _PARTICIPLES:
            return rest[2:]                               # "has been expanded" → "expanded"
    if w0 in _AUX_HAVE and len(rest) > 2 and _bare(rest[1]) in ("almost", "nearly", "never", "already") and \
            (is_past(rest[2]) or rest[2].lower() in _PARTICIPLES):
        verb = base_form(rest[2])                         # "had almost collapsed" → "almost collapses"
        return [rest[1], verb if plural else third_person(verb)] + rest[3:]
    if w0 in _AUX_HAVE and len(rest) > 1 and (is_past(rest[1]) or rest[1].lower() in _PARTICIPLES):
        verb = base_form(rest[1])
        return [verb if plural else third_person(verb)] + rest[2:]
    if w0 in _AUX_BE and len(rest) > 1:
        nxt = _bare(rest[1])                              # "was halted, a day after": the comma is no part of it
        if nxt == "not" and len(rest) > 2 and (is_past(rest[2]) or rest[2].lower() in _PARTICIPLES):
            return ["not"] + rest[2:]
        if nxt in _BE_ADVERBS and len(rest) > 2 and (is_past(rest[2]) or rest[2].lower() in _PARTICIPLES):
            return rest[1:]                               # "was first authorized" → "first authorized"
        if is_past(nxt) or nxt in _PARTICIPLES:
            return rest[1:]                               # "are canceled" → "canceled": the headline passive
        if nxt.endswith("ing") and len(nxt) > 5:
            verb = _ing_base(nxt)
            return [verb if plural else third_person(verb)] + rest[2:]
        if nxt == "to" and len(rest) > 3 and _bare(rest[2]) == "have" and \
                (is_past(_bare(rest[3])) or _bare(rest[3]) in _PARTICIPLES):
            # "was to have taken place" (a plan that did not happen) → "to take place"; "were to have been
            # held" → "to be held"
            return ["to", "be" if _bare(rest[3]) == "been" else base_form(_bare(rest[3]))] + rest[4:]
        if nxt == "to" and len(rest) > 2 and rest[2][:1].islower():
            return rest[1:]                               # "is to leave" → "to leave"
        return [("are" if plural else "is")] + rest[1:]
    if w0 in ("did", "does", "do") and len(rest) > 2 and rest[1].lower() == "not":
        return [("do" if plural else "does"), "not"] + rest[2:]
    if is_past(w0):
        verb = base_form(w0)
        if verb in _TAKES_OBJECT and (len(rest) == 1 or _bare(rest[1]) in _PREPOSITIONS - {"to"}) and not plural \
                and (w0 in _PARTICIPLES or w0.endswith("ed")) and \
                not (verb == "call" and len(rest) > 1 and _bare(rest[1]) == "on"):   # "Selin called on X to ..."
            return rest                                   # "Doha meeting set", "Deal signed in Geneva": the passive
        tail = rest[0][len(rest[0].rstrip(",.;:")):]    # "reunited, less than a year after" keeps its comma
        more = rest[1:]
        if len(more) > 1 and more[0] == "and" and is_past(_bare(more[1])) and _bare(more[1]) not in _PARTICIPLES - \
                set(_IRREGULAR) and not tail:
            second = base_form(_bare(more[1]))            # "rammed and sank" → "rams and sinks"
            more = ["and", second if plural else third_person(second)] + more[2:]
        return [(verb if plural else third_person(verb)) + tail] + more
    return rest


def shorten_to_fit(text: str, keep: int = 2) -> str:
    """At most MAX_LEN characters, ending before the last prepositional phrase that would be cut in two:
    "alarmed over reports of atrocities against large number" → "alarmed over reports of atrocities"."""
    if len(text) > MAX_LEN:
        text = re.sub(r"\bUnited Nations\b(?!['\u2019]s)", "UN", text)   # headline style, when the words run long
        text = re.sub(r"\bInternational Monetary Fund\b", "IMF", text)
    if len(text) > MAX_LEN and ": " not in text[:45]:
        # A phrase of the subject goes before the predicate is cut: "Second stage of prisoner exchange with
        # separatist Kostra People's Guard goes ahead" → "Second stage of prisoner exchange goes ahead".
        appos = re.match(r"^([^,]+),\s+(?:[^,]|,(?=\d))+,\s+(?=[a-z])", text)
        if appos and has_verb(f"{appos.group(1)} {text[appos.end():]}".split()):
            return shorten_to_fit(f"{appos.group(1)} {text[appos.end():]}", keep)   # "Lindra, carrying ..., clears"
        words = text.split()
        k = verb_index(words)
        if k is None:                                     # "... complaint against law to be heard": the "to" verb
            k = next((i for i in range(2, len(words) - 1) if _bare(words[i]) == "to" and
                      _bare(words[i + 1]) in _BASE_VERBS | {"be", "resume", "open", "close"}), None)
        plain = [w for i, w in enumerate(words) if not (i < (k or 0) - 1 and w[:1].islower() and
                                                        _compound_adjective(w) and w.endswith("ed"))]
        if len(" ".join(plain)) <= MAX_LEN and len(plain) < len(words):
            return " ".join(plain)                        # "self-proclaimed Vestby authorities" → "Vestby authorities"
        for p in sorted((i for i, w in enumerate(words[:k or 0]) if i >= 1 and _bare(w) in _PREPOSITIONS
                         and "," not in " ".join(words[:k])), reverse=True):
            short = " ".join(words[:p] + words[k:])
            if len(short) <= MAX_LEN:
                return short
        claim = verb_index(words[k + 1:]) if k is not None and _bare(words[k]) in ("says", "say", "tells") else None
        if claim:
            # "Arakawa says 20-member team from Japan's aid agency will help ...": the claim's subject loses its
            # phrase the same way.
            c = k + 1 + claim
            p = next((i for i in range(k + 2, c) if _bare(words[i]) in _PREPOSITIONS), None)
            if p is not None and "," not in " ".join(words[k + 1:c]):
                short = " ".join(words[:p] + words[c:])
                if len(short) <= MAX_LEN:
                    return short
    parts = text[:MAX_LEN + 1].split()
    if len(text) > MAX_LEN:
        parts = text[:MAX_LEN].rsplit(" ", 1)[0].split()
        preps = [i for i, w in enumerate(parts) if w.lower() in _PREPOSITIONS and i > keep + 1]
        if preps:
            cut = preps[-1]
            # "against large number of" → the "of" phrase hangs on the one before: cut both.
            if parts[cut].lower() == "of" and len(preps) > 1 and cut - preps[-2] <= 4:
                cut = preps[-2]
            parts = parts[:cut]
    rest = text[len(" ".join(parts)):].split()
    if rest and rest[0][:1].isupper() and parts and parts[-1][:1].isupper() and len(parts) > keep + 1:
        # Never end inside a name: "... invites government and Northern Liberation" → "... invites government".
        while len(parts) > keep + 1 and parts[-1][:1].isupper():
            parts.pop()
    if len(text) > MAX_LEN and len(parts) > keep + 1 and re.search(r"\w(?:['\u2019]s?)$", parts[-1]):
        parts.pop()                                       # "... at creditors' [request]": a possessive needs its noun
    while parts and parts[-1].lower() in _PREPOSITIONS | {"and", "or", "the", "a", "an", "that", "is", "are"}:
        parts.pop()
    between = next((i for i in range(keep + 1, len(parts)) if _bare(parts[i]) == "between"), None)
    if len(text) > MAX_LEN and between is not None and "and" not in [_bare(w) for w in parts[between:]]:
        parts = parts[:between]                           # "offers to mediate [between strikers and operators]"
    return " ".join(parts).rstrip(",;:")


def _ing_base(word: str) -> str:
    stem = word[:-3]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if stem.endswith("u") or stem.endswith("our"):
        return stem + "e" if stem.endswith("u") else stem   # continuing → continue, touring → tour
    if stem.endswith(("v", "dg", "rg", "nc", "rc", "rs", "ps", "ns", "ls", "lg")):
        return stem + "e"                                 # serving → serve, charging → charge, sensing → sense
    if re.search(r"[^aeiou][aeiou][cgsvz]$", stem) or stem.endswith(("at", "ar", "ur", "id")):
        return stem + "e"                                 # preparing → prepare, making → make
    return stem


def _finish(words: list[str], verb_at: int) -> str:
    # Cut the object at the first comma or subordinate clause, keep at most MAX_LEN characters.
    out: list[str] = []
    for i, w in enumerate(words):
        if i > verb_at and i > 1 and _CLAUSE_END.match(" " + w) and not w.startswith("("):
            if w.lower().strip(",") in ("after", "before") and _bare(words[i - 1]) in _SPANS:
                pass                                      # "resigns hours after losing vote": the span needs its "after"
            elif w.lower().strip(",") in ("which", "who", "whom", "whose", "where", "while", "because", "although",
                                         "though", "after", "before", "when", "since", "until", "unless",
                                         "amid", "despite", "saying", "according"):
                break
        if i > verb_at and _bare(w) == "and" and (_second_clause(words, i) or i + 1 < len(words) and
                                                  _bare(words[i + 1]) in _PREPOSITIONS | {"without"}):
            break                                         # "Deal falls apart and only 40 detainees have been ...",
            #                                               "power station hit and with bread rationed"
        if w in ("--", "-", "_", "\u2014", "\u2013") and i > verb_at:
            break                                         # "identified as two suspects -- one Arab, one ..."
        out.append(w)
        if w.endswith(",") and i >= verb_at and i + 1 < len(words) and _bare(words[i + 1]) == "not" and \
                len(words) - i <= 5 and not any(x.endswith((",", ";", ":")) for x in words[i + 1:-1]):
            continue                                      # "This is a corridor, not peace": the contrast is the point
        if w.endswith((",", ";", ":")) and i >= verb_at:
            out[-1] = w.rstrip(",;:")
            break
    text = " ".join(out).strip(" ,;:.\"'\u201c\u201d")
    text = re.sub(r"\s+", " ", text)
    text, verb_at = _short_subject(text, verb_at)
    before = text.split()
    text = fit_words(text, verb_at)
    after = text.split()
    tail = len(before) - verb_at
    if len(after) < len(before) and 0 < tail < len(after) and after[-tail:] == before[verb_at:]:
        verb_at = len(after) - tail                       # the subject lost its appositive: the verb moved up
    if len(text) > MAX_LEN:
        text = shorten_to_fit(text, verb_at)
    text = re.sub(r"\s+(?:and|or|of|to|for|with|in|on|at|by)$", "", text)
    # "postponed to [a date gone] at Drennia's request": a preposition left before another goes.
    text = re.sub(r"\b(?:to|until|till|for|on)\s+(?=(?:at|on|in|by|with|from|after)\b)(?!at\s+(?:least|most)\b)", "",
                  text)                                 # ("seals on at least 112 boxes": a count, no date gone)
    # "... sails under sea truce signed [on Sunday]": a participle left at the end by its date goes.
    ends = text.split()
    if len(ends) > verb_at + 3 and re.fullmatch(r"[a-z]+ed", ends[-1]) and ends[-2][:1].islower() and \
            _bare(ends[-2]) not in _AUX_BE | _AUX_HAVE | _FUNCTION_END | _BASE_VERBS | _MORE_VERBS | {"not"} and \
            not _bare(ends[-2]).endswith(("ly", "ed", "s")) and _bare(ends[-3]) not in _FUNCTION_END and \
            _bare(ends[verb_at]) not in ("leave", "leaves", "keep", "keeps", "find", "finds", "render", "renders"):
        # ("Clashes leave 14 people injured": what the people are left is the news)
        text = " ".join(ends[:-1])
    # "Monday's vote came three weeks after ...", its span gone: "Vote comes" says nothing; the vote took place.
    came = re.fullmatch(r"(\S+(?:\s+\S+){0,3}?)\s+(comes|come)", text)
    if came and _bare(came.group(1).split()[-1]).lower() in _HAPPENING_NOUNS:
        text = f"{came.group(1)} {'takes' if came.group(2) == 'comes' else 'take'} place"
    return tidy(text)


_SPANS = {"hours", "days", "weeks", "months", "years", "minutes", "hour", "day", "week", "month", "year", "shortly",
          "soon", "moments", "just", "long", "decades"}


def _second_clause(words: list[str], i: int) -> bool:
    """"and" opening a clause of its own after the verb: "and has held it since", "and stalled twice", "and only
    40 detainees have been exchanged"; not "civilians and wounded fighters", "Kerry and Lavrov"."""
    nxt = [_bare(w) for w in words[i + 1:i + 6]]
    raw = words[i + 1:i + 6]
    if not nxt or not raw[0][:1].islower():
        return False
    if nxt[0] in _FINITE_AUX:
        return True
    if (is_past(nxt[0]) and nxt[0] not in ("red", "bed")) and \
            (len(nxt) == 1 or nxt[1] in _PREPOSITIONS | {"twice", "again", "later", "soon", "within", "until", "overnight"}
             or nxt[1].endswith("ly")):
        return True                                       # "and stalled twice", "and collapsed within hours"
    if len(nxt) >= 3 and not is_past(nxt[0]) and not _is_verb_start(nxt[0]) and nxt[0] not in _FUNCTION_END and \
            is_past(nxt[1]) and (nxt[1].endswith("ed") or nxt[1] in _IRREGULAR) and \
            nxt[2] not in _PREPOSITIONS | {"by", "and", "or"} and not nxt[2].endswith("ly"):
        return True                                       # "and government named retired judge": a subject of its own
    for j in range(1, len(nxt)):
        if nxt[j] in ("is", "are", "was", "were", "has", "have", "had") and raw[j][:1].islower() and \
                not any(x in _PREPOSITIONS | {"and", "or"} for x in nxt[:j]):
            return True                                   # "and only 40 detainees have been exchanged"
    return False


_OFFICE = re.compile(r"\b(?:Speaker|Minister|Secretary|President|Vice|Chancellor|Premier|Ambassador|Envoy|Spokesman|"
                     r"Spokeswoman|Spokesperson|Director|Chairman|Chairwoman|Chief|General|Commander|Governor|"
                     r"Mayor|Senator|Sen\.|Rep\.|Representative|Judge|Justice|Prosecutor|Officer|Leader|Head)\b")


def _short_subject(text: str, verb_at: int) -> tuple[str, int]:
    """A subject of more than five words drops the offices before each name: "Russian Foreign Minister Lavrov
    and U.S. Secretary of State Kerry" → "Lavrov and Kerry"."""
    parts = text.split()
    if verb_at <= 5 or verb_at > len(parts):
        return text, verb_at
    subject = " ".join(parts[:verb_at])
    out = []
    for party in re.split(r"\s+(and|or)\s+", subject):
        m = re.fullmatch(r"(?:(?:[A-Z][\w.'-]*|of|the)\s+)+([A-Z][\w'-]+)", party)
        out.append(m.group(1) if m and _OFFICE.search(party[:m.start(1)]) else party)
    short = " ".join(out).split()
    return " ".join(short + parts[verb_at:]), len(short)


_CUT_BEFORE = _PREPOSITIONS | {"and", "or", "but", "as", "that", "which", "who", "while", "including", "amid",
                               "despite", "because", "after", "before", "when", "where", "than", "so"}


# Verbs whose "to ..." is what they say: "agree to exchange", never "rally ... to demand".
_TO_VERBS = {"agree", "decide", "vote", "plan", "refuse", "promise", "pledge", "offer", "threaten", "fail", "try",
             "seek", "vow", "move", "undertake", "resolve"}


# Words in -ing that describe a noun rather than start a participle phrase: "the striking dockers".
_ING_ADJECTIVES = {"striking", "ruling", "leading", "governing", "opposing", "warring", "remaining", "outgoing",
                   "incoming", "ongoing", "existing", "neighbouring", "neighboring", "rising", "growing", "coming",
                   "following", "pending", "missing", "surrounding", "fighting", "building", "shipping", "working"}


def fit_words(text: str, verb_at: int = 1, limit: int | None = None) -> str:
    """At most MAX_WORDS words, cut where a phrase ends: an appositive inside the subject goes first ("Swavely,
    president of Compaq's North America division, attributes ..."), then the object ends before the last
    preposition, conjunction or comma that leaves the verb something to act on; never after a bare verb."""
    limit = limit or MAX_WORDS
    parts = text.split()
    if len(_words(text)) <= limit:
        return text
    subject = parts[:verb_at]
    appos = re.match(r"^(.+?),\s+[^,]+,\s*$", " ".join(subject) + " ") if len(subject) > 3 else None
    if appos and len(appos.group(1).split()) >= 1:
        short = appos.group(1).split()
        parts = short + parts[verb_at:]
        verb_at = len(short)
    if len(_words(" ".join(parts))) <= limit:
        return " ".join(parts)
    if verb_at > 6:
        # A long subject keeps its head and what names the happening: "Deal for Marovia's government and
        # separatist fighters in northern Kostra region to exchange 212 prisoners agreed" → "Deal to exchange 212
        # prisoners agreed".
        subject = parts[:verb_at]
        prep = next((i for i, w in enumerate(subject) if i and _bare(w) in _PREPOSITIONS), None)
        inf = next((i for i, w in enumerate(subject) if i and _bare(w) == "to" and i + 1 < len(subject) and
                    subject[i + 1][:1].islower() and _bare(subject[i + 1]) not in _FUNCTION_END), None)
        second = next((i for i, w in enumerate(subject) if prep is not None and i > prep + 1 and
                       _bare(w) in (_PREPOSITIONS | {"between", "among"}) - {"of"}), None)
        if prep is not None and not any(w.endswith(",") for w in subject) and (inf is not None and inf > prep or
                                                                              second is not None):
            # ... or its head and first phrase: "Meeting in Geneva between ... and leader of ... militia postponed"
            # → "Meeting in Geneva postponed".
            short = subject[:prep] + subject[inf:] if inf is not None and inf > prep else subject[:second]
            parts = short + parts[verb_at:]
            verb_at = len(short)
            if len(_words(" ".join(parts))) <= limit:
                return " ".join(parts)
        subject = parts[:verb_at]
        last = max((i for i, w in enumerate(subject) if i > 1 and _bare(w) in _PREPOSITIONS - {"to"}), default=None)
        if last is not None and not any(w.endswith((",", ":")) for w in subject):
            # "First grain ship to leave port of Korvel sails under sea truce": the subject's last phrase goes
            # before the predicate is cut; a participle it hangs on goes with it ("team [led by Oduya] arrives").
            if last > 2 and subject[last - 1][:1].islower() and (re.fullmatch(r"[a-z]+ed", subject[last - 1]) or
                                                                 subject[last - 1] in _PARTICIPLES):
                last -= 1
            parts = subject[:last] + parts[verb_at:]
            verb_at = last
            if len(_words(" ".join(parts))) <= limit:
                return " ".join(parts)
    ing = next((i for i in range(1, verb_at - 1) if re.fullmatch(r"[a-z]{3,}ing", parts[i]) and
                parts[i] not in _ING_ADJECTIVES and parts[i - 1][:1].islower() and
                _bare(parts[i - 1]) not in _FUNCTION_END | {"and", "or"} and
                not parts[i - 1].endswith((",", ":"))), None) if verb_at > 4 else None
    if ing is not None:
        # "About 3,000 trucks [carrying grain and timber] have been stranded at the border": the participle's
        # phrase goes before the predicate is cut.
        return fit_words(" ".join(parts[:ing] + parts[verb_at:]), ing, limit)
    # "... agree in Geneva to exchange 212 detainees": the place goes before what was agreed.
    to = next((j for j in range(verb_at + 2, min(len(parts) - 1, verb_at + 6)) if _bare(parts[j]) == "to" and
               parts[j + 1][:1].islower() and _bare(parts[j + 1]) not in _FUNCTION_END), None)
    if to is not None and present_base(_bare(parts[verb_at])) in _TO_VERBS and \
            _bare(parts[verb_at + 1]) in _PREPOSITIONS - {"to", "of"} and \
            not any(p.endswith((",", ";", ":")) for p in parts[verb_at:to]) and \
            len(_words(" ".join(parts[:verb_at + 1] + parts[to:to + 3]))) <= limit:
        return fit_words(" ".join(parts[:verb_at + 1] + parts[to:]), verb_at, limit)
    cuts = [j for j in range(verb_at + 2, min(len(parts), limit + 1))
            if _bare(parts[j]) in _CUT_BEFORE or parts[j - 1].endswith((",", ";", ":"))]
    cut = cuts[-1] if cuts else limit
    if cuts and _bare(parts[cut]) == "as" and cut - 2 > verb_at and _bare(parts[cut - 2]) == "as":
        cut -= 2                                          # "would reopen [as soon as ...]": the first "as" goes too
    if not cuts and cut < len(parts) and parts[cut][:1].islower() and \
            _bare(parts[cut]) not in _PLURAL_PRONOUNS | {"he", "she", "it"}:
        # No phrase ends before the limit, so the cut falls inside one ("... help Ardania draw up new [building
        # code]"): the title ends on the last name after the verb's first word, where a phrase does end.
        # The name must come after the claim's own verb ("will help Ardania"), never inside its subject.
        aux = max((j for j in range(verb_at, cut) if _bare(parts[j]) in _MODALS | {"to"}), default=verb_at)
        name = next((j for j in range(cut - 1, aux + 1, -1) if parts[j][:1].isupper() and
                     not parts[j].endswith(("'s", "\u2019s", "'"))), None)
        if name is not None:
            cut = name + 1
    between = next((j for j in range(verb_at + 1, cut) if _bare(parts[j]) == "between"), None)
    if between is not None and between > verb_at + 1 and "and" not in [_bare(w) for w in parts[between:cut]]:
        cut = between                                     # "offers to mediate [between strikers and operators]"
    sub_prep = next((i for i, w in enumerate(parts[:verb_at]) if i and _bare(w) in _PREPOSITIONS - {"of", "to"}), None)
    if cuts and _bare(parts[cut]) == "to" and sub_prep is not None and \
            not any(w.endswith((",", ":")) for w in parts[:verb_at]):
        # "UN envoy for Taravia invites government and rebels to talks in Geneva": the "to" the verb needs stays;
        # the subject's phrase goes.
        return fit_words(" ".join(parts[:sub_prep] + parts[verb_at:]), sub_prep, limit)
    if cuts and _bare(parts[cut]) == "of" and len(cuts) > 1 and cut - cuts[-2] <= 3 and parts[cuts[-2] - 1][:1].isupper():
        cut = cuts[-2]                                    # "in Geneva under auspices [of UN envoy]": the phrase goes
    out = parts[:cut]
    while len(out) > verb_at + 1 and (_bare(out[-1]) in _FUNCTION_END or out[-1] in ("--", "-", "_") or
                                      len(out) < len(parts) and re.fullmatch(r"[a-z]{3,}ing", out[-1]) and
                                      _bare(parts[len(out)]) in _PREPOSITIONS and
                                      _bare(out[-2]) not in _FUNCTION_END | {"any", "each", "every", "no", "its"}):
        out.pop()                                         # "... table motion calling [for inquiry]": it goes too
    if len(out) < len(parts) and len(out) > verb_at + 2 and (re.fullmatch(r"[a-z]+ed", out[-1]) or
                                                             out[-1] in _PARTICIPLES) and \
            _bare(parts[len(out)]) in ("of", "by", "for", "in", "on", "at", "with", "from") and \
            re.fullmatch(r"[a-z]+[^s\W]s", out[-2]) and _bare(out[-2]) not in _FINITE_AUX and \
            not is_past(_bare(out[-3])):
        out.pop()                                         # "... free two rebel commanders convicted [of ...]": it goes
        if len(out) > verb_at + 3 and _bare(out[-2]) in _PREPOSITIONS - {"of"}:
            out = out[:-2]                                # "... leave city for areas [held by ...]": so does its phrase
    if len(out) > verb_at + 1 and _bare(out[-1]) in _NEEDS_OBJECT:
        earlier = [c for c in cuts if c < cut and c > verb_at + 1 and _bare(parts[c - 1]) not in _NEEDS_OBJECT | _FUNCTION_END]
        if earlier and _bare(parts[cut]) in ("that", "whether", "if"):
            out = parts[:earlier[-1]]                     # "rally in Velgrad to demand that ..." → "rally in Velgrad"
        else:
            out = parts[:min(len(parts), cut + 2)]        # the verb keeps a word of its object
    return " ".join(out).rstrip(",;:")


def tidy(text: str) -> str:
    """Quotation marks balanced or gone, no word a headline cannot end on, a capital first letter."""
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    if text.count("\u201c") != text.count("\u201d") or text.count('"') % 2:
        text = re.sub(r"\s*[\u201c\u201d\"]\s*", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-_'`")
    parts = text.split()
    while len(parts) > 2 and (_bare(parts[-1]) in _FUNCTION_END or parts[-1] in ("--", "-", "_")):
        parts.pop()
    text = " ".join(parts).rstrip(",;:")
    # "New contract to take effect and run [until the end of 2036]": a verb left without what it needs goes
    text = re.sub(r"\s+and\s+(?:run|runs|last|lasts|continue|continues|remain|remains|stay|stays|close|closes|"
                  r"end|ends|finish|finishes)$", "", text)
    # "calls off that meeting": which one is the sentence's, not the headline's
    text = re.sub(r"\b(?:that|this)\s+(?=(?:meeting|visit|vote|session|trip|round|plan|deal|offer|decision|debate|"
                  r"hearing|talks)\b)", "", text)
    text = re.sub(r"\b(says|say)\s+(it|he|she|they|we)\s+to\s+(?=[a-z])", r"\1 \2 will ", text)   # "says it will free"
    text = re.sub(r"\bto\s+likely\s+(?=[a-z])", "likely to ", text)   # "Any recount likely to take place"
    text = re.sub(r"\b([a-z][a-z-]*s)['\u2019]s\b", r"\1'", text)   # "bondholders's talks" → "bondholders' talks"
    return text[:1].upper() + text[1:] if text else text


# Sentence adverbials that open a clause without a comma: "By all accounts foreign companies bought ...".
_LEAD_IDIOMS = re.compile(r"^(?:by\s+all\s+accounts|in\s+all|in\s+effect|in\s+fact|in\s+addition|as\s+expected|"
                          r"of\s+course|in\s+turn|in\s+general|on\s+balance|in\s+short|in\s+contrast|even\s+so|"
                          r"meanwhile|meantime|moreover|however|nevertheless|furthermore|instead|separately|"
                          r"at\s+the\s+same\s+time|in\s+the\s+meantime|on\s+the\s+other\s+hand|but|and|so|yet)"
                          r"\b,?\s+", re.I)


_NOT_LEAD = re.compile(r"^(?:first|second|third|last|next|still|then|later|earlier|yet|so|also|at\s+least|"
                       r"at\s+most|(?-i:[A-Z]{2,}\b))", re.I)


def strip_lead(text: str) -> str:
    """The clause without what leads into it: a prepositional or adverbial phrase or a subordinate clause set
    off by a comma ("In Revolution Square, they put up ...", "After touring the capital, the FBI chief said
    ...", "By all accounts foreign companies ..."), when a subject and its verb follow."""
    # "Under the deal some 25,000 people are to leave", its comma gone with an aside: the phrase before a number
    # that opens the clause.
    text = re.sub(r"^(?:[Uu]nder|[Aa]ccording\s+to|[Ii]n\s+line\s+with|[Aa]s\s+part\s+of)\s+(?:[\w'-]+\s+){1,3}?"
                  r"(?=\d[\d,.]*\s+[a-z])", "", text)
    for _ in range(4):
        idiom = _LEAD_IDIOMS.match(text)
        if idiom and len(text[idiom.end():].split()) >= 2:
            text = text[idiom.end():]
            continue
        if not _LEAD_OPENERS.match(text) or _NOT_LEAD.match(text):
            break
        cut = None
        for m in re.finditer(r",\s+", text):
            seg = re.split(r",\s+", text[m.end():])[0].split()
            if len(seg) >= 2 and any(_is_verb_start(_bare(w)) or (_bare(w).endswith("s") and i <= 3 and
                                                                      w[:1].islower() and _looks_verb(w))
                                     for i, w in enumerate(seg[1:], 1)) \
                    and not _is_verb_start(_bare(seg[0])) and not seg[0].lower().endswith("ing"):
                cut = m.end()
                break
        if cut is None:
            # "In an interview, W. Brent LeGere, chairman and chief executive, said ...": the name after the
            # leading phrase has an appositive before its verb.
            first = re.search(r",\s+", text)
            rest = text[first.end():] if first else ""
            appos = re.match(r"([A-Z][^,]{0,40}?),\s+[^,]{3,80},\s+(?=(\w+))", rest)
            if appos and _is_verb_start(appos.group(2)) and appos.group(2).islower():
                text = appos.group(1) + " " + rest[appos.end():]
                continue
            break
        text = text[cut:]
    return text


# --------------------------------------------------------------------------- validity of a headline
_FUNCTION_END = _PREPOSITIONS | {"and", "or", "but", "nor", "the", "a", "an", "that", "which", "who", "whom",
                                 "whose", "as", "than", "if", "whether", "because", "while", "when", "where",
                                 "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
                                 "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
                                 "does", "did", "will", "would", "shall", "should", "could", "can", "may",
                                 "might", "must", "not", "between", "among", "including", "like", "such",
                                 "whether", "there", "so", "'s", "s", "be", "to", "i"}
_FUNCTION_END -= {"over", "about", "like", "through"}  # particles too: "Nadella takes over", "Deal falls through"
_LEAD_OPENERS = re.compile(
    r"^(?:in|on|at|by|for|from|after|before|during|with|without|since|despite|contrary\s+to|unlike|like|amid|over|"
    r"under|following|ahead\s+of|as|once|when|while|although|though|because|if|unless|until|upon|besides|"
    r"meanwhile|meantime|moreover|however|even\s+so|still|instead|also|otherwise|nevertheless|furthermore|"
    r"yet|thus|so|then|later|earlier|separately|additionally|indeed|finally|first|second|third|last|next)\b",
    re.I)
# "This", "that" open a headline as pronouns only before a verb: "That's typical", not "These results compare".
_PRONOUN_SUBJECT = re.compile(r"^(?:it|he|she|they|we|i|you|(?:this|that|these|those)(?='s\b|\u2019s\b|\s+(?:is|are|"
                              r"was|were|has|have|had|will|would|can|could|may|might)\b))\b", re.I)
_PLURAL_PRONOUNS = {"they", "we", "i", "you"}
_DATE_WORDS = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
                         r"tonight|january|february|march|april|june|july|august|september|october|november|"
                         r"december|(?:jan|feb|aug|sept?|oct|nov|dec)\.|(?:19|20)\d\d)\b", re.I)
_FINITE_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
               "must", "should", "shall", "does", "do", "did"}


def _bare(word: str) -> str:
    return word.strip(",.;:!?\"'`()\u201c\u201d\u2018\u2019-_").lower()


def has_verb(words: list[str]) -> bool:
    """A headline verb among the words after the first: a finite form, a headline passive ("killed"), "to" + verb."""
    for i, w in enumerate(words[1:], 1):
        b = _bare(w)
        if not b or not w[:1].isalpha() or w[:1].isupper() and not _bare(words[i - 1]) in ("to",):
            if not (w[:1].isupper() and b in _FINITE_AUX):
                continue
        if b in _FINITE_AUX or b in _IRREGULAR or b in _PARTICIPLES or is_past(b):
            return True
        if b.endswith("s") and not b.endswith(("ss", "us", "is", "'s")) and len(b) > 3 and i <= 12:
            return True
        if _bare(words[i - 1]) == "to" and not b.endswith("s"):
            return True
        if _bare(words[i - 1]) in _PLURAL_PRONOUNS | {"people", "police", "officials"} and len(b) > 2:
            return True
        prev = _bare(words[i - 1])
        if b in _BASE_VERBS and "and" in [x.lower() for x in words[1:i - 1]] and w[:1].islower():
            return True                                   # "Netanyahu and Arafat meet"
        if b in _BASE_VERBS and (prev.endswith("s") and not prev.endswith(("ss", "us", "'s")) or
                                 prev in ("people", "police", "men", "women", "children")):
            return True                                   # "Bombings kill", "Protesters plan"
        if b in _BASE_VERBS and w[:1].islower() and i <= 8 and prev not in _PREPOSITIONS | {"the", "a", "an", "and"} \
                and is_plural(words[:i]):
            return True                                   # "Talks on exchange open", "Civilians from Orsk board"
    return False


_BASE_VERBS = set("""kill claim plan say meet agree vote rally march join win lose take leave return call begin end
face seek urge ask want hold launch set open close rise fall drop gain get go come make give pay report file reach
back reject accept approve warn arrive fly fight flee protest demand charge sign release remain stay continue expect
hope need seem appear show attend visit discuss offer announce deny confirm condemn support oppose fear hit cut put
run share trade post buy sell lead help start stop try move turn keep tell think know see find use work play live die
believe plead receive raise lift oust arrest free mourn honor praise criticize blame sue order ban block rule decide
elect name pick choose hire fire quit resign perish clash strike bomb shell attack invade capture seize issue
predict reemerge emerge walk veto board cross enter storm hand swap step pull push stage topple retake recapture
evacuate shell free resume""".split())
_EVENT_NOUN_WORDS = (r"(?:talks|consultations|meeting|meetings|summit|vote|session|hearing|negotiations|"
                     r"conference|deadline|rally|ceremony|election|explosions?|blasts?|attacks?|bombings?|"
                     r"strikes?|clashes|protests?|shooting)\b")
_NOMINAL_HEADS = re.compile(r"\b(?:meeting|meetings|talks|summit|consultations|session|vote|election|conference|"
                            r"visit|ceremony|hearing|trial|rally|negotiations|referendum|launch|deadline|signing|"
                            r"funeral|strike|protest|march|festival|release|takeover|crash|founding|bombing|"
                            r"bombings|slaying|attack|attacks|uprising|coup(?: d'etat)?|invasion|war|revolution|"
                            r"collapse(?: of [\w ]+)?|explosion|blast|shooting|killing|murder|assassination|"
                            r"earthquake|flood|fire|accident|ruling|verdict|merger|acquisition|sale|offer|"
                            r"auction|election|inauguration|opening|closing|resignation|arrest|raid|"
                            r"power-grab|crackdown|agreement|accord|treaty|deal)$", re.I)


def problems(title: str) -> list[str]:
    """Why a headline is not one (empty when it is): a fragment without a verb, a pronoun or a phrase
    for a subject, a clause cut off on a function word, two clauses glued, a leading adverbial, date words."""
    out: list[str] = []
    t = title.strip()
    if not t:
        return ["empty"]
    if len(t) > MAX_LEN:
        out.append("too long")
    body = t
    speaker = re.match(r"^([A-Z][^:]{0,40}):\s+(.*)$", t)
    if speaker:
        body = speaker.group(2)
        if len(body.split()) < 2:
            out.append("claim too short")
    words = body.split()
    if not t[:1].isalnum():
        out.append("starts with punctuation")
    if re.match(r"^(?:which|who|whom|whose|that|to|and|but|or|than)\b[ ,]", t, re.I) and not \
            re.match(r"^to\s+[a-z]+\s", t):
        out.append("starts with a function word")
    if re.search(r"(?:\b[a-z]{3,}|\d)[.!?]\s+[\u201c\"]?[A-Z]", body):
        out.append("two sentences")
    if len(t.split()) < 2:
        out.append("one word")
    elif not has_verb(words) and not (not speaker and _NOMINAL_HEADS.search(_bare(t) if " " not in t else
                                                                       t.rstrip(".").lower())):
        if not speaker:
            out.append("no verb")
    last = _bare(words[-1]) if words else ""
    if last in _FUNCTION_END or words and words[-1].endswith(("'s", "\u2019s")) and len(words) > 1 and \
            not words[-1][:1].isupper():
        out.append(f"ends on '{last}'")
    lead = body if speaker else t
    if _LEAD_IDIOMS.match(lead) or _LEAD_OPENERS.match(lead) and not _NOT_LEAD.match(lead) and (
            "," in lead or re.match(r"^(?:in|on|at|by|for|after|before|during|with|since|despite|amid|as|once|when|"
                                    r"while|although|though|because|if|unless|until|upon)\s", lead, re.I)):
        out.append("leading adverbial")
    if not speaker and _PRONOUN_SUBJECT.match(t):
        out.append("pronoun subject")
    if re.search(r"\b(?:they|we|i|you)\s+(?!has\b|is\b|was\b)\w+(?<!s)s\b", t, re.I) and \
            re.search(r"\b(?:they|we|i|you)\s+(?:\w+s)\b", t, re.I):
        m = re.search(r"\b(?:they|we|i|you)\s+(\w+)\b", t, re.I)
        if m and m.group(1).endswith("s") and not m.group(1).endswith("ss") and m.group(1).lower() not in ("has", "is", "was", "always", "perhaps"):
            out.append("agreement")
    if re.search(r"\b(?:they|we|you)\s+(?:is|has|was)\b|\bi\s+(?:is|has)\b", t, re.I):
        out.append("agreement")
    # "Harzan wounds fighters out of besieged Harzan": a name for subject that comes back as its own object was
    # taken from the wrong place (a dateline, another clause).
    k = verb_index(words) if not speaker else None
    if k == 1 and words[0][:1].isupper() and _bare(words[0]) in {_bare(w) for w in words[2:]}:
        out.append("subject repeated")
    # Two finite verbs glued without a conjunction: "Bomb explodes was identified".
    if glued_cut(body) != body:
        out.append("two clauses glued")
    # "Wednesday consultations canceled": a weekday naming which talks is how an editor tells them apart.
    # A month or year naming an earlier happening ("1998 abortion clinic bombing") is part of its name; one after a
    # preposition ("in October") is the date, which belongs in the date field.
    dated = re.sub(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['\u2019]s)?\s+"
                   r"(?=" + _EVENT_NOUN_WORDS + r")", "", t)
    dated = re.sub(r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                   r"December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)\s+)?(?:\d{1,2},?\s+)?(?:(?:19|20)\d\d\s+)?"
                   r"(?=[a-z]+\b(?<!\bto)(?<!\band))(?<!\bin )(?<!\bon )(?<!\bsince )", "", dated)
    if _DATE_WORDS.search(re.sub(r"\b(?:march|may)\b", "", dated)):     # "Protesters march", "may" are no months
        out.append("date words")
    if re.search(r"(?:^|\s)'s\b|\s,|,,|\s's\s|^s\s", t, re.I):
        out.append("dangling possessive")
    if (t.count("``") != t.count("''")) or t.count('"') % 2 or t.count("\u201c") != t.count("\u201d"):
        out.append("unbalanced quotes")
    out += [p for p in _editor_problems(t, body, speaker is not None) if not (p.startswith("noun phrase") and
                                                                             "no verb" in out)]
    return out


_SEVERE = ("empty", "one word", "no verb", "ends on", "leading adverbial", "two clauses glued", "claim too short",
           "starts with a function word", "two sentences",
           "starts with punctuation", "dangling possessive", "unbalanced quotes", "too long", "too many words",
           "dateline", "byline", "unbalanced brackets", "cut after its verb", "subject repeated")


def badness(title: str) -> int:
    """How far a headline is from a good one: 2 for each severe problem, 1 for each mild one (a pronoun
    subject, date words, a verb that does not agree)."""
    return sum(2 if p.startswith(_SEVERE) else 1 for p in problems(title))


def severe(title: str) -> bool:
    return any(p.startswith(_SEVERE) for p in problems(title))


def glued_cut(title: str) -> str:
    """The headline before a second finite verb glued onto it: "Bomb explodes was identified" → "Bomb explodes"."""
    m = re.search(r"\b[a-z]{3,}(?<!ss)s(?=\s+(?:was|were|has|had|is|are)\s+(?:\w+ed|quoted|identified|\w+en)\b)",
                  title)
    if not m or len(title[:m.start()].split()) > 4 or has_verb(title[:m.start()].split() + ["x"]):
        return title                                      # "Erdogan says 45 countries had offered help" is fine
    return tidy(title[:m.end()])


# --------------------------------------------------------------------------- what an editor would send back
MAX_WORDS = 12
_AGENCY = AGENCY
_AGENCY_NAME = re.compile(_AGENCY)
_AGENCY_IN_BRACKETS = re.compile(r"\((?:" + _AGENCY + r")\)")
_BYLINE = re.compile(r"^By\s+[A-Z][a-z]+(?:\s+[A-Z][\w.'-]*){1,3}(?:\s*[,|]\s*|\s+(?=[A-Z]{2,}))")
# Verbs a headline cannot end on: they need their object ("... and Kerry attend").
_NEEDS_OBJECT = set("""attend attends deliver delivers discuss discusses sign signs reach reaches hold holds
seize seizes capture captures accuse accuses urge urges condemn condemns reject rejects accept accepts
approve approves visit visits host hosts join joins send sends offer offers submit submits issue issues
launch launches demand demands receive receives give gives bring brings declare declares""".split())
# Verbs that need an object: after a thing with none, their past form is the headline passive ("Meeting set").
_TAKES_OBJECT = {w for w in _NEEDS_OBJECT if w + "s" in _NEEDS_OBJECT or w + "es" in _NEEDS_OBJECT} | {
    "set", "schedule", "plan", "postpone", "call", "announce", "sign", "agree", "adopt", "approve", "cancel"}
_VAGUE_HEADS = {"process", "operation", "move", "plan", "plans", "proposal", "talks", "meeting", "consultations",
                "decision", "deal", "agreement", "effort", "efforts", "situation", "document", "programme",
                "program", "initiative", "mission", "evacuation", "ceasefire", "truce", "session", "it", "this",
                "work", "measure", "measures", "step", "steps", "exchange", "operations", "event"}


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(c.isalnum() for c in w)]


def verb_index(words: list[str]) -> int | None:
    """Where a headline's verb is: the first word after the subject that is a finite form, a headline passive,
    "to" + verb, or a base form after a plural subject."""
    for i, w in enumerate(words[1:], 1):
        b = _bare(w)
        if not b or not w[:1].islower() or w.endswith(("'", "\u2019")):
            continue                                      # a name, or a plural possessive ("countries'")
        if i >= 2 and words[i - 1][:1].islower() and _bare(words[i - 1]).endswith("ing") and len(words[i - 1]) > 5 \
                and b not in _FINITE_AUX and b not in _PREPOSITIONS:
            continue                                      # "Buses carrying evacuees cross": the object of "carrying"
        if b in ("of", "between", "among"):
            return _later_verb(words, i)                  # "Talks between two ministers ... planned"
        if b in _PREPOSITIONS - {"to"}:
            if i + 1 < len(words) and words[i + 1][:1].isupper():
                continue                                  # "Talks in Astana to begin": a name, then the verb
            return None
        if b in _FINITE_AUX or b in _IRREGULAR or b in _PARTICIPLES or is_past(b):
            return i
        if b == "to" and i + 1 < len(words) and words[i + 1][:1].islower():
            return i
        if b in _BASE_VERBS and _bare(words[i - 1]) in _ORDINALS:
            continue                                      # "Second stage", "First round"
        if b.endswith("s") and not b.endswith(("ss", "us", "is", "'s")) and len(b) > 2:
            if _counted(words[i - 1]):
                continue                                  # "Five deputies", "Last buses": a counted noun
            nxt = _bare(words[i + 1]) if i + 1 < len(words) else ""
            after = _bare(words[i + 2]) if i + 2 < len(words) else ""
            prev = words[i - 1]
            if nxt in _FINITE_AUX - {"do", "does", "did"} and words[i + 1][:1].islower():
                continue                                  # "Candy businesses have sales": the verb is next
            if (prev[:1].islower() or prev.endswith(("'s", "\u2019s"))) and \
                    words[i + 1:i + 2] and words[i + 1][:1].islower() and (nxt in _BASE_VERBS or nxt in _FINITE_AUX or
                                                                     is_past(nxt) and nxt not in _PARTICIPLES or
                                                                     after == "to" and nxt not in _FUNCTION_END
                                                                     and not nxt.endswith("s")):
                continue                                  # "Company's shares fall": the noun before the verb
            if words[i + 1:i + 2] and words[i + 1][:1].islower() and \
                    (nxt in _PARTICIPLES or is_past(nxt) and nxt not in _IRREGULAR) and \
                    (after == "" or after in _PREPOSITIONS | {"off", "again", "as"}):
                continue                                  # "Wednesday consultations canceled", "Talks held in"
            return i
        if b in _BASE_VERBS:
            if not is_plural(words[:i]) and _bare(words[i - 1]) not in _MODALS | {"to"} and \
                    any(is_past(_bare(w)) or _bare(w) in _FINITE_AUX for w in words[i + 1:i + 6]
                        if w[:1].islower()):
                continue                                  # "Bomb attack in Velgrad carried out": a noun
            return i
    return None


_ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "next", "final", "latest", "new"}
_COUNT_WORDS = _ORDINALS | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
                "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                "several", "many", "few", "both", "first", "second", "third", "last", "next", "other"}


def _counted(word: str) -> bool:
    """A number or ordinal before a noun: "Five deputies", "20 trucks", "Last buses"."""
    b = _bare(word)
    return b in _COUNT_WORDS or bool(re.fullmatch(r"\d[\d,.]*", b))


def _later_verb(words: list[str], start: int) -> int | None:
    # "Number of evacuees rises": the verb after a prepositional phrase in the subject; "Evacuation of patients to
    # continue": the "to" of the infinitive; a base verb before any plural noun ("Relatives of prisoners hold").
    singular = not _bare(words[start - 1]).endswith("s")       # "Second stage of prisoner swap ... goes"
    for i in range(start + 1, min(len(words), start + 10)):
        b = _bare(words[i])
        base_ok = not singular or _bare(words[i - 1]) == "to"
        if words[i][:1].islower() and (b in _FINITE_AUX or b in _BASE_VERBS and base_ok and _bare(words[i - 1]) not in
                                       (_PREPOSITIONS - {"to"}) | {"the", "a", "an", "and", "of"}):
            return i - 1 if _bare(words[i - 1]) == "to" else i
    for i in range(start + 1, min(len(words), start + 10)):
        b = _bare(words[i])
        if _counted(words[i - 1]) and b.endswith("s"):
            continue                                      # "Convoy of 22 buses and 10 ambulances crosses"
        if words[i][:1].islower() and b.endswith("s") and present_base(b) in _BASE_VERBS and \
                _bare(words[i - 1]) not in _PREPOSITIONS | {"those", "these", "the", "a", "an", "and", "who", "that"}:
            return i
        if words[i][:1].islower() and (b in _FINITE_AUX or b in _BASE_VERBS and (not singular or i + 1 == len(words))
                                       or is_past(b) or b in _IRREGULAR or
                                       b.endswith("s") and not b.endswith(("ss", "us", "is")) and
                                       _bare(words[i - 1]) not in _PREPOSITIONS | {"the", "a", "an", "and", "of"}
                                       and not words[i - 1][:1].islower()):
            return i
    return None


def _agreement(words: list[str]) -> str:
    k = verb_index(words)
    if not k:
        return ""
    subject, verb = words[:k], _bare(words[k])
    if any(_bare(w) in ("and", "or", "nor") for w in subject) or _PRONOUN_SUBJECT.match(" ".join(subject)):
        return ""                                         # two parties, or a pronoun: checked elsewhere
    plural = is_plural(subject)
    head = next((w for w in subject if _bare(w) in _PREPOSITIONS), None)
    head_word = _bare(subject[subject.index(head) - 1] if head and subject.index(head) else subject[-1])
    if _AGENCY_NAME.fullmatch(_strip(subject[0])) and len(subject) == 1:
        plural = False                                    # "Reuters reports"
    elif len(subject) == 1 and subject[0][:1].isupper():
        # One capitalised word may be a name: "Sanders wins", "Sanders win" are both left alone; "Buses begins"
        # and "Lavrov meet" are not.
        word = _strip(subject[0])
        if verb.endswith("s"):
            plural = bool(re.fullmatch(r"[A-Z][a-z]+(?:ses|xes|ches|shes|zes|ies)", word)) or word.lower() in (
                    "people", "police", "men", "women", "children", "troops")
        elif word.endswith("s"):
            plural = True
    if plural and verb in ("is", "has", "was", "does"):
        return "agreement"
    if plural and verb.endswith("s") and not verb.endswith(("ss", "us")) and not is_past(verb) and \
            verb not in _PARTICIPLES and len(verb) > 2:
        return "agreement"
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if not plural and verb in _BASE_VERBS and verb not in _IRREGULAR and not head_word.endswith("s") and (
            head is not None and _bare(head) == "of" or
            len(subject) == 1 and not (nxt[:1].islower() and _bare(nxt).endswith("s"))):
        return "agreement"                                # "Number of evacuees rise", "Lavrov meet Kerry"
    return ""


def _strip(word: str) -> str:
    return word.strip(",.;:!?\"'`()\u201c\u201d\u2018\u2019")


def _editor_problems(title: str, body: str, speaker: bool) -> list[str]:
    """The rules of issue 9: at most MAX_WORDS words, no dateline or byline, no bracket left open, no verb left
    without its object, a verb, a subject that says whose, and a verb that agrees with it."""
    out: list[str] = []
    words = _words(title)
    if len(words) > MAX_WORDS:
        out.append("too many words")
    if dateline(title) or _AGENCY_IN_BRACKETS.search(title) or SLUG.match(title) or \
            re.match(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s+-\s+", title):
        out.append("dateline")
    if _BYLINE.match(title):
        out.append("byline")
    if title.count("(") != title.count(")") or title.count("[") != title.count("]"):
        out.append("unbalanced brackets")
    bw = body.split()
    if len(bw) >= 2 and _bare(bw[-1]) in _NEEDS_OBJECT and bw[-1][:1].islower() and \
            verb_index(bw) == len(bw) - 1:
        out.append("cut after its verb")                  # "... and Kerry attend", not "Jones launches offer"
    if not speaker and len(bw) >= 2 and not has_verb(bw) and "no verb" not in " ".join(out):
        # Mild, unlike "no verb": a happening named by a noun ("Hussein's power-grab") is still that happening,
        # and a fallback to the sentence's main clause would title another one.
        out.append("noun phrase without a verb")
    if not speaker:
        k = verb_index(bw)
        if k == 1 and _bare(bw[0]) in _VAGUE_HEADS:
            out.append("vague subject")
        agree = _agreement(bw)
        if agree:
            out.append(agree)
        if k and _bare(bw[k]) in _PAST_ONLY:
            out.append("past tense")                      # "Number of evacuees rose": a headline says "rises"
        if k and k + 1 < len(bw) and bw[k + 1][:1].islower() and _bare(bw[k]) not in _FINITE_AUX and \
                (_bare(bw[k + 1]) in _FINITE_AUX - {"do", "does", "did"} or
                 is_past(_bare(bw[k])) and is_past(_bare(bw[k + 1])) and _bare(bw[k]) not in _COMPLEMENT_VERBS or
                 _bare(bw[k + 1]) in _IRREGULAR and _bare(bw[k + 1]) not in _PARTICIPLES):
            out.append("two verbs")                       # "Number of those evacuates rose"
    return out


# Past forms no participle shares: a headline with one is in the wrong tense ("Number of evacuees rose").
_PAST_ONLY = set("""rose fell went came began ran saw took gave wrote broke chose drew grew flew threw knew wore
swore froze woke rode drove ate forgave forbade overtook undertook withdrew overthrew became spoke stole sank sang
rang drank swam shrank sprang shook mistook arose awoke tore underwent oversaw overcame""".split())
# Verbs whose participle takes a second one as its complement: "car found abandoned", "rifle discovered buried".
_COMPLEMENT_VERBS = {"found", "discovered", "left", "seen", "kept", "held", "declared", "reported", "pronounced",
                     "spotted", "believed", "presumed", "feared", "said", "considered", "listed"}
# The words of what became of a happening are those of `status`, shared with the extractor's statuses.
_CANCELLED = _status.CALLED_OFF          # in a title: it already says so ("Vote postponed", "Talks suspended")
_PLANNED = _status.PLANNED_VERB
_PLANNED_IN_TITLE = _status.PLANNED_IN_TITLE


def title_problems(title: str, sentence: str = "") -> list[str]:
    """Every reason an editor would send a headline back, given the sentence it was written from: the checks of
    `problems`, and the sense of the sentence kept: a happening called off says so, a planned one says it is
    planned, not done."""
    out = problems(title)
    if not sentence or ": " in title[:45]:
        return out
    low = fold_title(title)
    cancel = _status.called_off(sentence)    # "was not postponed" is no postponement
    if cancel and not _CANCELLED.search(title) and _near(low, sentence, cancel.start(), cancel.end()) and \
            not _RESCHEDULED.search(sentence, cancel.end()):
        out.append("cancellation lost")
    plan = _PLANNED.search(sentence)
    if plan and not _PLANNED_IN_TITLE.search(title) and not _CANCELLED.search(title):
        verb = plan.group("verb").lower()
        forms = {verb, third_person(verb), verb + "s", verb + "es"}
        if verb not in ("be", "have", "not") and any(w in forms for w in low.split()):
            out.append("planned sense lost")
    return out


def fold_title(text: str) -> str:
    return re.sub(r"[^a-z0-9' -]", " ", text.lower())


def _near(title_low: str, sentence: str, a: int, b: int) -> bool:
    # The title is about the happening the cancel words speak of: it shares a content word with the words around
    # ("meeting" and "meet" count as one).
    # After the cancel words, only up to a comma that opens another clause: in "X calls off the talks, Y sets a
    # deadline" Y's deadline was not called off.
    after = sentence[b:b + 30]
    after = after[:m.start()] if (m := re.search(r"[,;]\s+[A-Z]", after)) else after
    around = fold_title(sentence[max(0, a - 40):b] + after).split()
    keep = {w[:4] for w in around if len(w) > 3 and w not in _FUNCTION_END}
    return bool(keep & {w[:4] for w in title_low.split() if len(w) > 3})


# "..., who postponed the vote twice, said it would be held on Dec. 27": what is said after the postponement is the
# new date, not a happening called off.
_RESCHEDULED = re.compile(r"\b(?:will|would)\s+(?:now\s+)?(?:be\s+held|go\s+ahead|take\s+place|resume)\b", re.I)


def cancelled(title: str, sentence: str) -> str:
    """A planned happening the sentence says did not happen says so: "Meeting of US and Russian experts in Geneva
    planned" with "..., but the meeting did not go ahead" → "... called off"; "Experts to meet in Geneva" → "Plan
    for experts to meet in Geneva called off". A postponement says "postponed", a suspension "suspended"."""
    cancel = _status.called_off(sentence)    # "was not postponed" is no postponement
    if not cancel or _CANCELLED.search(title) or ": " in title[:45] or \
            not _near(fold_title(title), sentence, cancel.start(), cancel.end()) or _RESCHEDULED.search(sentence,
                                                                                                     cancel.end()):
        return title
    said = cancel.group().lower()
    word = "postponed" if re.search(r"postpon|put|delay|push|defer|moved|sched", said) else \
        "suspended" if said.startswith("suspend") else "called off"
    if title.endswith(" planned") and not title.endswith((" as planned", " than planned")):
        return title[:-len(" planned")] + f" {word}"   # ("Count resumes as planned": it did, then stopped)
    words = title.split()
    k = verb_index(words)
    if k and _bare(words[k]) == "to" and not any(w[:1].islower() and (is_past(_bare(w)) or _bare(w) in _PARTICIPLES)
                                                   for w in words[k + 2:]):
        out = f"Plan for {_lower_first(title, sentence)} {word}"
        return out if len(_words(out)) <= MAX_WORDS else title
    return title


_PAST_PLAN = re.compile(r"^(?:was|were|had\s+been)\s+(?:supposed|scheduled|due|set|expected|planned|slated|meant)\s+"
                        r"to\s+(?P<verb>hold\s+talks|have\s+talks|discuss|negotiate|talk|meet)\b\s*"
                        r"(?:on|about|over)?\s*",
                        re.I)


def _planned_talks(subject: list[str], rest: list[str]) -> str:
    """Talks that "were supposed to" happen are planned talks, not done and not still ahead: "the US and Russia
    were supposed to discuss details of the withdrawal" → "US-Russia talks on details of withdrawal planned"."""
    m = _PAST_PLAN.match(" ".join(rest))
    if not m:
        return ""
    obj = " ".join(rest)[m.end():]
    meet = m.group("verb").lower() == "meet"
    if meet and obj.split()[:1] and _bare(obj.split()[0]) not in _PREPOSITIONS:
        return ""                                         # "was supposed to meet Kerry": "X to meet Kerry"
    noun = "meeting" if meet else "talks"
    parties = [p.strip(" ,") for p in re.split(r"\s+and\s+|,\s+", " ".join(subject)) if p.strip(" ,")]
    if len(parties) == 2 and all(len(p.split()) <= 2 for p in parties) and not meet:
        who = "-".join(parties) + " talks"
    elif meet:
        who = f"Meeting of {' '.join(subject)}"
    else:
        who = f"Talks {'between' if is_plural(subject) else 'with'} {' '.join(subject)}"
    if meet:
        where = _finish(obj.split(), 0) if obj else ""
        head = f"{who} {where[:1].lower() + where[1:]}".strip() if where else who
        if len(_words(head)) >= MAX_WORDS:
            head = fit_words(head, len(who.split()), MAX_WORDS - 1)
        return tidy(f"{head} planned")
    first = obj[:1]
    obj = _finish(obj.split(), 0) if obj else ""
    about = f" on {first + obj[1:]}" if obj else ""
    head = f"{who}{about}"
    if len(_words(head)) >= MAX_WORDS:
        head = fit_words(head, len(who.split()), MAX_WORDS - 1)
    return tidy(f"{head} planned")


_NOUN_VERB = {"meeting": ("meets", "meet"), "meetings": ("meets", "meet"), "vote": ("votes", "vote"),
              "summit": ("holds summit", "hold summit"), "talks": ("holds talks", "hold talks"),
              "consultations": ("holds consultations", "hold consultations"),
              "negotiations": ("holds negotiations", "hold negotiations"),
              "session": ("holds session", "hold session"), "conference": ("holds conference", "hold conference"),
              "hearing": ("holds hearing", "hold hearing"), "rally": ("holds rally", "hold rally"),
              "election": ("holds election", "hold election"), "referendum": ("holds referendum",
                                                                              "hold referendum")}


# A happening named by a noun, and the verb it comes from: what the agent ("Iraq's invasion of Kuwait" → "Iraq
# invades Kuwait") and the patient ("collapse of communism" → "Communism collapses", "NATO's founding" → "NATO
# founded") do.
_NOUN_ACTIVE = {"invasion": "invades", "capture": "captures", "seizure": "seizes", "occupation": "occupies",
                "annexation": "annexes", "bombing": "bombs", "shelling": "shells", "blockade": "blockades",
                "rejection": "rejects", "approval": "approves", "acceptance": "accepts", "purchase": "buys",
                "acquisition": "acquires", "sale": "sells", "release": "releases", "recognition": "recognizes",
                "withdrawal": "withdraws", "visit": "visits", "attack": "attacks", "siege": "besieges",
                "takeover": "takes over", "evacuation": "evacuates", "liberation": "liberates",
                "announcement": "announces", "launch": "launches", "signing": "signs", "adoption": "adopts"}
_NOUN_PATIENT = {"founding": "founded", "collapse": "collapses", "fall": "falls", "death": "dies",
                 "resignation": "resigns", "arrest": "arrested", "election": "elected", "release": "released",
                 "capture": "captured", "invasion": "invaded", "siege": "besieged", "evacuation": "evacuated",
                 "liberation": "liberated", "signing": "signed", "opening": "opens", "closure": "closed",
                 "bombing": "bombed", "destruction": "destroyed", "assassination": "assassinated",
                 "killing": "killed", "murder": "murdered", "slaying": "slain", "adoption": "adopted",
                 "approval": "approved", "passage": "passed", "launch": "launched", "start": "starts",
                 "end": "ends", "outbreak": "breaks out", "surrender": "surrenders", "withdrawal": "withdraws",
                 "inauguration": "inaugurated", "dissolution": "dissolved",
                 "reunification": "reunified", "breakup": "breaks up", "trial": "tried", "conviction": "convicted",
                 "execution": "executed", "kidnapping": "kidnapped", "abduction": "abducted",
                 # the possessor acts, with no object: "Hussein's power-grab" → "Hussein grabs power"
                 "power-grab": "grabs power", "takeover": "takes over", "coup": "stages coup",
                 "offensive": "launches offensive", "retreat": "retreats", "victory": "wins", "defeat": "defeated",
                 "default": "defaults", "walkout": "walks out", "strike": "strikes"}


def _nominal_verb(title: str) -> str:
    t = title.strip()
    m = re.fullmatch(r"(?P<x>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})['\u2019]s\s+(?P<noun>[a-z-]+)"
                     r"(?:\s+(?P<prep>of|from|to|on)\s+(?P<y>.+))?", t)
    if m and not _DATE_WORDS.search(m.group("x")):
        x, noun, prep, y = m.group("x", "noun", "prep", "y")
        if y and noun in _NOUN_ACTIVE:
            verb = _NOUN_ACTIVE[noun]
            link = f" {prep}" if prep in ("from", "to", "on") and noun in ("withdrawal", "visit", "attack") \
                else ""
            link = "" if noun == "visit" else link
            return f"{x} {verb}{link} {y}"
        if not y and noun in _NOUN_PATIENT:
            return f"{x} {_NOUN_PATIENT[noun]}"
    m = re.fullmatch(r"(?P<noun>[A-Z][a-z-]+)\s+of\s+(?P<y>(?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,5})", t)
    if m and m.group("noun").lower() in _NOUN_PATIENT and not _DATE_WORDS.search(m.group("y")):
        y = re.sub(r"^the\s+", "", m.group("y"))
        return f"{y[:1].upper() + y[1:]} {_NOUN_PATIENT[m.group('noun').lower()]}"
    return title


def drop_adverb_days(title: str) -> str:
    """A day named as an adverb between a name and its verb goes: the date field holds it ("Clinton Saturday
    vows" → "Clinton vows"); one naming which talks stays ("Wednesday consultations")."""
    return re.sub(r"(?<=[A-Za-z.])(?:\s+(?:on|last|this))?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
                  r"tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?(?=\s+[a-z])(?!\s+" +
                  _EVENT_NOUN_WORDS + ")", "", title)


def verbal(title: str) -> str:
    """A happening named by a noun after its party gets a verb: "Black Sea Economic Cooperation Council meeting"
    → "Black Sea Economic Cooperation Council meets", "Lavrov and Kerry talks" → "Lavrov and Kerry hold talks",
    "Iraq's invasion of Kuwait" → "Iraq invades Kuwait", "Collapse of communism" → "Communism collapses"."""
    if not has_verb(title.split()):
        nominal = _nominal_verb(title)
        if nominal != title:
            return nominal
    m = re.fullmatch(r"(?P<who>[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|of|for|and|the|on|de|al-\w+))*?)\s+"
                     r"(?P<noun>" + "|".join(_NOUN_VERB) + r")", title.strip())
    if not m or has_verb(title.split()) or m.group("who").split()[-1] in ("of", "for", "and", "the", "on") or \
            _DATE_WORDS.search(m.group("who")) or m.group("who").endswith(("'s", "\u2019s")):
        return title
    who = m.group("who")
    single, plural = _NOUN_VERB[m.group("noun")]
    return f"{who} {plural if is_plural(who.split()) else single}"


def present_base(verb: str) -> str:
    """The base of a headline present: "meets" → "meet", "discusses" → "discuss", "tries" → "try"."""
    v = verb.lower()
    if v in ("is", "are"):
        return "be"
    if v == "has":
        return "have"
    if re.search(r"[^aeiou]ies$", v):
        return v[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", v):
        return v[:-2]
    return v[:-1] if v.endswith("s") and not v.endswith("ss") else v


# Nouns a participle follows as a reduced relative clause: "those evacuated", "people killed".
_REDUCED_HEADS = {"those", "people", "civilians", "persons", "residents", "men", "women", "children", "fighters",
                  "rebels", "troops", "families", "number", "total"}
_CLAUSE_WORDS = {"who", "which", "that", "before", "after", "when", "while", "because", "since", "until", "as"}
_PAST_OF = {}
for _past, _base in _IRREGULAR.items():
    _PAST_OF.setdefault(_base, _past)


def past_forms(base: str) -> set[str]:
    """The past forms a base verb may have in the text: "fall" → {"fell", "fallen"}, "plan" → {"planned"}."""
    out = {_PAST_OF.get(base, "")} | {p for p in _PARTICIPLES if base_form(p) == base}
    if base.endswith("e"):
        out.add(base + "d")
    elif re.search(r"[^aeiou]y$", base):
        out.add(base[:-1] + "ied")
    else:
        out |= {base + "ed", base + base[-1:] + "ed"}
    return out - {""}



def _told_past(sentence: str, base: str) -> bool:
    """The sentence has a past form of the verb: it tells the happening as done."""
    return bool(set(fold_title(sentence).split()) & past_forms(base))


def planned(title: str, sentence: str = "") -> str:
    """The headline of a happening still ahead: "Council meets" → "Council to meet", "Deal signed" → "Deal to be
    signed"; one that already says so ("to", "planned", called off) stays, and so does one the sentence tells in
    the past tense ("shares, which fell 30 percent in 2022"): the text, not the calendar, says what is done."""
    if ": " in title[:45] or _PLANNED_IN_TITLE.search(title) or _CANCELLED.search(title) or "'t" in title or \
            problems(title):
        return title
    words = title.split()
    k = verb_index(words)
    if not k or any(_bare(w) in _FINITE_AUX | _MODALS for w in words[k:]):
        return title
    v = _bare(words[k])
    if present_base(v) in _SPEECH_VERBS or v in _SPEECH_VERBS:
        return title                                      # "says" on a later day is a misread, not a plan
    base = present_base(v) if v.endswith("s") and not is_past(v) else base_form(v)
    if sentence and _told_past(sentence, base) and not is_past(v):
        return title
    if is_past(v) or v in _PARTICIPLES:
        out = " ".join(words[:k] + ["to", "be"] + words[k:])
    elif v.endswith("s") or v in _BASE_VERBS:
        out = " ".join(words[:k] + ["to", present_base(v) if v.endswith("s") else v] + words[k + 1:])
    else:
        return title
    return out if not problems(out) and len(_words(out)) <= MAX_WORDS else title


_SPEECH_VERBS = {"say", "said", "tell", "told", "announce", "announced", "add", "added", "note", "noted", "stress",
                 "claim", "warn", "insist", "explain", "declare", "report", "reported", "predict", "expect"}


# Two-syllable verbs stressed on the last syllable double their final consonant: "submitted", "referred".
_DOUBLE_FINAL = {"submit", "commit", "admit", "permit", "omit", "emit", "transmit", "refer", "prefer", "occur",
                 "incur", "deter", "compel", "control", "patrol", "regret", "forget", "equip", "acquit", "rebel",
                 "expel", "propel", "repel", "transfer", "confer", "defer", "infer"}


def past_of(base: str) -> str:
    """The simple past of a base verb: "meet" → "met", "plan" → "planned", "try" → "tried"."""
    if base in _PAST_OF:
        return "was" if base == "be" else _PAST_OF[base]
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", base) or base in _DOUBLE_FINAL:
        return base + base[-1] + "ed"                     # plan → planned, stop → stopped (one syllable), submit
    return base + "ed"


def plain(title: str, sentence: str = "", ahead: bool = False, article: str = "") -> str:
    """The headline as a plain clause in the past tense, to follow "reported that": "Kerry delivers new plan" →
    "Kerry delivered new plan", "Talks planned" → "talks were planned", "Council to meet" → "Council would
    meet", "Lavrov: US withdrew its proposal" → "Lavrov said US withdrew its proposal". Empty when the verb cannot
    be told: the body then does without the clause. `ahead`: the happening is not over on the day it was reported
    and the sentence does not tell it in the past ("for a meeting on Tuesday"): "Council would meet". `article`:
    the whole text, where a word opening the sentence may be met in lower case ("Government forces ...")."""
    words_seen = f"{sentence} {article}"
    speaker, sep, claim = title.partition(": ")
    if sep and speaker == "Deadline" and claim:
        return f"the deadline was set for {_lower_first(claim, words_seen)}"   # "Deadline: 25,000 people to leave city"
    if title.startswith("Deadline for "):
        return f"a deadline was set for {title[len('Deadline for '):]}"         # "Deadline for Tarn to improve offer"
    if sep and len(speaker) <= 45 and claim:
        return f"{speaker} said {_lower_first(claim, words_seen)}"
    words = title.split()
    ending = re.search(r"\s(planned|called off|canceled|cancelled|postponed|suspended)$", title)
    k = _plain_verb(words, sentence)
    if ending and (k is None or " talks " in f" {title} " or re.match(r"(?:Meeting|Plan|Talks)\b", title)):
        k = len(title[:ending.start(1)].split())          # "Meeting of ... in Geneva called off"
    if k is None:
        return ""
    subject, v = words[:k], _bare(words[k])
    # The head decides, before any preposition: "Meeting of US and Russian experts ... was".
    head = subject[:next((i for i, w in enumerate(subject) if i and _bare(w) in _PREPOSITIONS), len(subject))]
    while len(head) > 1 and (is_past(_bare(head[-1])) or _bare(head[-1]).endswith("ing")):
        head = head[:-1]                                  # "Talks mediated by OSCE produce": the head is "Talks"
    if head and (re.search(r"(?<![.!?] )\b" + re.escape(head[0].lower()) + r"\b", words_seen) or
                 not re.search(r"(?<=[a-z,] )" + re.escape(head[0]) + r"\b", words_seen)):
        head = [head[0].lower()] + head[1:]               # "Hearings were interrupted": a common noun, not a name
    plural = is_plural(head) or any(_bare(w) == "and" for w in head) or _bare(head[-1]) == "talks"
    rest = words[k + 1:]
    if v == "to" and rest:
        verb = ["would"] + rest
    elif v in ("is", "are"):
        verb = ["were" if plural else "was"] + rest
    elif v in ("has", "have"):
        verb = ["had"] + rest
    elif v in ("does", "do") and rest[:1] == ["not"]:
        verb = ["did"] + rest
    elif v in _FINITE_AUX:
        verb = [words[k]] + rest
    elif is_past(v) or v in _PARTICIPLES:
        verb = ["were" if plural else "was", words[k]] + rest          # the headline passive
        if len(subject) > 1 and _bare(subject[-1]) in _BE_ADVERBS:
            verb, subject = verb[:1] + [subject[-1]] + verb[1:], subject[:-1]   # "meeting was first put off"
    elif v.endswith("s") and not plural:
        base = present_base(v)
        told_past = _told_past(sentence, base) or base in _SPEECH_VERBS | _MIND_VERBS
        verb = (["would", base] if ahead and not told_past else [past_of(base)]) + rest
    elif v in _BASE_VERBS | _MORE_VERBS or plural:
        if v.endswith("s") and present_base(v) in _BASE_VERBS | _MORE_VERBS:
            v = present_base(v)                           # "... and says it holds": "held", never "holdsed"
        told_past = _told_past(sentence, v) or v in _SPEECH_VERBS | _MIND_VERBS
        verb = (["would", v] if ahead and not told_past else [past_of(v)]) + rest
    else:
        return ""
    if present_base(v) in ("say", "confirm", "warn", "insist", "add") and len(verb) > 2:
        verb = verb[:1] + _report(verb[1:])               # "Acme says its chief has resigned" → "said ... had resigned"
    return _lower_first(" ".join(subject + verb), words_seen)


# Saying and minding are told the day they happen, never as "would": "Voronec says he will not resign".
_MIND_VERBS = {"intend", "hope", "plan", "want", "expect", "believe", "think", "fear", "accuse", "deny", "welcome"}
# Verbs a plain clause may find after a plural noun ("Government forces launch ...") beyond `_BASE_VERBS`.
_MORE_VERBS = {"deliver", "exchange", "produce", "encircle", "complete", "arrange", "register", "bring", "send",
               "build", "destroy", "reach", "withdraw", "agree", "arrive", "cross", "board", "try", "postpone",
               "delay", "suspend", "cancel", "schedule", "adopt", "table", "lodge", "dissolve", "uphold", "visit"}


def _plain_verb(words: list[str], sentence: str = "") -> int | None:
    """The headline's verb for a plain clause, with two misreadings of `verb_index` put right: a plural noun
    before its verb ("Government forces launch offensive", "Swiss mediators try to arrange") and a participle
    describing the subject before the verb ("20 freed soldiers arrive", "Talks mediated by OSCE produce")."""
    k = verb_index(words)
    if k is None or k + 1 >= len(words):
        return k
    w, nxt = _bare(words[k]), _bare(words[k + 1])
    verbs = _BASE_VERBS | _MORE_VERBS
    if w in _BASE_VERBS and nxt == "to" and k + 2 < len(words) and words[k + 2][:1].islower() and \
            words[k - 1][:1].islower() and not is_plural(words[:k]):
        return k + 1                                      # "IMF's executive board to approve": "board" is a noun
    if w in _BASE_VERBS and words[k + 1][:1].islower() and re.fullmatch(r"[a-z]{3,}s", nxt) and \
            not nxt.endswith(("ss", "us", "is")) and _bare(words[k - 1]) not in _MODALS | {"to"}:
        return k + 1                                      # "19-day strike peaks": the noun before the verb
    if w == "to":
        later = next((i for i in range(k + 2, min(len(words), k + 8)) if words[i][:1].islower() and
                      words[i - 1][:1].islower() and _bare(words[i - 1]) not in _PREPOSITIONS | {"and", "or"} and
                      re.fullmatch(r"[a-z]{3,}s", _bare(words[i])) and
                      (present_base(_bare(words[i])) in verbs or re.fullmatch(r"[a-z]{3,}s", _bare(words[i - 1])))),
                     None)
        if later is not None:
            return later                                  # "Attempt to refinance bonds collapses"
    noun = w.endswith("s") and not is_past(w) and present_base(w) not in verbs | _MIND_VERBS | _SPEECH_VERBS
    if noun and all(x[:1].isupper() and re.search(r"(?<=[\w,;] )" + re.escape(_strip(x)) + r"\b", sentence)
                    for x in words[:k]):
        noun = False                                      # "Beric postpones vote": a name met inside the sentence
    if noun and nxt in _BE_ADVERBS and k + 2 < len(words) and _bare(words[k + 2]) in verbs:
        return k + 2                                      # "Government forces first take Qasimiya"
    if noun and words[k + 1][:1].islower() and \
            (nxt in verbs or nxt in _FINITE_AUX or nxt == "to" and k + 2 < len(words) and words[k + 2][:1].islower()):
        return k + 1
    if noun and words[k - 1].endswith(("'s", "\u2019s")) and re.fullmatch(r"[a-z]{3,}", words[k + 1]) and \
            nxt not in _FUNCTION_END and not nxt.endswith(("s", "ed", "ing", "ly")):
        return k + 1                                      # "Union's lawyers submit new evidence"
    if ((is_past(w) or w in _PARTICIPLES) and w not in _AUX_BE | _AUX_HAVE or noun) and nxt not in ("and", "but"):
        for i in range(k + 1, min(len(words), k + 7)):
            b = _bare(words[i])
            if words[i][:1].islower() and _bare(words[i - 1]) not in _PREPOSITIONS | _MODALS | {"and", "or"} and \
                    not re.search(r"\d", words[i - 1]) and (
                    b in verbs or b in _FINITE_AUX or b.endswith("s") and present_base(b) in verbs or
                    b in _PARTICIPLES and b not in _IRREGULAR):
                return i
    return k


_FORESHIFT = {"will": "would", "can": "could", "cannot": "could not", "is": "was", "are": "were", "has": "had",
              "have": "had"}


def _report(claim: list[str]) -> list[str]:
    # The claim after "said", back in reported speech: its first finite verb one tense back.
    k = verb_index(claim)
    if k is None:
        k = 1 if len(claim) > 1 and _bare(claim[0]) in _PLURAL_PRONOUNS | {"he", "she", "it"} else None
    if k is None or _bare(claim[k]) not in _FORESHIFT:
        return claim
    out = list(claim)
    out[k] = _FORESHIFT[_bare(claim[k])] + claim[k][len(_bare(claim[k])):]
    return out


def _lower_first(text: str, sentence: str) -> str:
    # "Plan involved ..." → "plan involved ...", unless the sentence writes the word with a capital inside it
    # (a name: "Wednesday", "Kerry") or the word is an acronym.
    first = text.split()[0] if text.split() else ""
    bare = first.strip(",;:'\u2019\"")
    if bare in ("We", "It", "They", "He", "She", "You", "Our", "Its", "Their", "His", "Her", "My"):
        return text[:1].lower() + text[1:]                # "Egeland said we will reopen crossing"
    if not bare or not bare[:1].isupper() or bare.isupper() or any(c.isupper() for c in bare[1:]):
        return text
    second = re.match(r"\S+\s+([A-Z][\w'-]*)", text)
    if sentence.strip() and bare.lower() in _HAPPENING_NOUNS | {"plan", "plans", "deadline", "offer", "deal", "proposal"} and \
            not re.search(r"\b" + re.escape(bare) + r"\b", sentence, re.I) and not second:
        return text[:1].lower() + text[1:]                # a word the headline brought ("Plan for Halden ...")
    if not re.search(r"\b" + re.escape(bare.lower()) + r"\b", sentence) or \
            second and not re.search(r"\b" + re.escape(f"{bare.lower()} {second.group(1)}") + r"\b", sentence):
        return text                                       # never seen in lower case ("Central Election ..."): kept
    return text[:1].lower() + text[1:]


def core(title: str) -> str:
    """The plainest headline in a broken one: subject, verb and object, no more ("Swavely, president of Compaq's
    North America division, attributes company's performance to ..." → "Swavely attributes company's
    performance"). The fallback when no clean headline can be built."""
    # An appositive after the name goes first: "Swavely, president of ... division, attributes".
    title = re.sub(r"^([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}),\s+[^,]{3,80},\s+(?=[a-z])", r"\1 ", title)
    words = title.split()
    k = verb_index(words)
    if not k:
        return title
    subject = words[:k]
    joined = " ".join(subject)
    if "," in joined:
        subject = joined.split(",")[0].split() or subject
    if len(subject) > 4:
        prep = next((i for i, w in enumerate(subject) if i and _bare(w) in _PREPOSITIONS), None)
        subject = subject[:prep] if prep else subject[-3:]
    verb = words[k:k + 2] if _bare(words[k]) in {"to", "not"} | _FINITE_AUX and k + 1 < len(words) else words[k:k + 1]
    obj = []
    for w in words[k + len(verb):]:
        if _bare(w) in _CUT_BEFORE or len(obj) >= 4:
            break
        obj.append(w)
        if w.endswith((",", ";", ":")):
            break
    while obj and _bare(obj[-1]) in _FUNCTION_END:
        obj.pop()
    return tidy(" ".join(subject + verb + obj))


_ATTRIBUTION = re.compile(
    r"(?:''|\"|\u201d)\s*,?\s*(?:(?:said|says|added|adds)\s+(?P<n1>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'-]+"
    r"(?:\s+[A-Z][\w.'-]+){0,3})|(?P<n2>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s+"
    r"(?:said|says|added|adds|told))")


def with_speaker(title: str, sentence: str) -> str:
    """A headline opening on "I" or "we", or on any pronoun inside a quotation, is the speaker's: "We to have flat
    year" with '"We will have a reasonably flat year," Mr. Schwarz says' → "Schwarz: We to have flat year"."""
    told = re.fullmatch(r"(.{8,}?),\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+(?:told|tells|said|says)\b.*", title)
    if told and re.match(r"^\s*(?:``|\"|\u201c|'')", sentence) and ": " not in title[:45]:
        # '"The government has chosen ...," Rehn told AFP': the quote is Rehn's, the agency its teller
        return f"{told.group(2).split()[-1]}: {told.group(1)}"
    first_person = re.match(r"^(?:I|We|We're|I'm|Our|My)\b", title)
    quoted = re.match(r"^\s*(?:``|\"|\u201c|'')", sentence) and _PRONOUN_SUBJECT.match(title)
    if not (first_person or quoted) or ": " in title[:45]:
        return title
    m = _ATTRIBUTION.search(sentence)
    if not m:
        return title
    name = (m.group("n1") or m.group("n2")).split(",")[0].split()
    surname = name[-1].strip(".,")
    if not surname[:1].isupper() or surname.lower() in ("said", "says"):
        return title
    claim = re.sub(r"[,\s]*(?:(?:said|says|added|adds)\s+[A-Z][\w.' -]*|[A-Z][\w.' -]*\s+(?:said|says|added|adds))$", "",
                   title).strip(" ,")
    # Quoted words keep their own tense: "We to reopen crossing" → "We will reopen crossing".
    claim = re.sub(r"^((?:I|We|It|They|He|She)\s+)to\s+(?=[a-z])", r"\1will ", claim or title)
    return f"{surname}: {claim}"


_NEVER_NAMES = {"nobody", "everyone", "everybody", "everything", "nothing", "none", "both", "all", "no", "every",
                "each", "any", "some", "there", "this", "that", "these", "those", "it", "they", "he", "she", "its",
                "their", "his", "her", "the", "a", "an", "many", "most", "few", "one", "two", "three"}
# A state the speaker reports as still holding: "Turkey was ready to receive the wounded" → "is ready".
_READY = {"ready", "willing", "prepared", "able", "unable", "determined", "open", "committed", "eager", "keen",
          "confident", "unwilling", "reluctant"}
_BACKSHIFT = {"would": "will", "could": "can", "was": "is", "were": "are", "had": "has"}


def says(title: str, sentence: str = "") -> str:
    """A reported claim as a headline: "Beric: Vote would be held" → "Beric says vote will be held", "Arslan:
    Turkey was ready to receive wounded" → "Arslan says Turkey is ready to receive wounded". The claim's first
    verb comes back from reported speech to the present ("would" → "will", "was" → "is", "had been" → "has
    been"); a past happening stays past ("Lan says China voted against text"). A first-person quotation keeps
    the speaker's colon ("Maric: We ..."), and so does a claim too short to be a clause."""
    speaker, sep, claim = title.partition(": ")
    verb = " says"
    said = re.match(r"^(.{2,45}?)(\s+(?:says|say|confirms?|warns?|insists?|adds|tells\s+[\w'-]+))\s+(?=(?:\S+\s+){1,5}?"
                    r"(?:would|could|was|were|had)\b)", title)
    if said and (has_verb(said.group(1).split() + ["x"]) and len(said.group(1).split()) > 1 and
                 not re.fullmatch(r"[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,5}", said.group(1)) or
                 any(w[:1].islower() and _is_verb_start(_bare(w)) for w in said.group(1).split())):
        said = None
    if not sep and said:
        speaker, sep, claim, verb = said.group(1), " ", title[said.end():], said.group(2)
    if not sep or len(speaker) > 45 or not claim or has_verb(speaker.split() + ["x"]) and len(speaker.split()) > 1 \
            and not said:
        return title
    words = claim.split()
    if len(words) < 3 or re.match(r"^(?:I|We|My|Our|Us|Me)\b", claim) or claim[:1] in "\"\u201c'" or \
            ": " in claim or re.search(r"\b(?:I|we|us|our|my|me)\b", claim) or _bare(words[0]) in _PREPOSITIONS or \
            re.search(r"\b(?:would|could)\s+(?:like|rather|have|prefer|love|hate)\b", claim):
        return title                                      # a quotation in the speaker's words keeps them
    k = verb_index(words)
    later = next((i for i, w in enumerate(words) if w in _BACKSHIFT and i and
                  " ".join(words[:i]).count(",") >= 2), None)
    if later is not None and (k is None or k < later and _bare(words[k]) not in _BACKSHIFT):
        k = later                                         # "Second stage of swap, involving 60 people, would take place"
    if k is None:
        return title
    v = _bare(words[k])
    low = _lower_first(" ".join(words[:k]), sentence).split() if sentence else words[:k]
    plural = is_plural(low)
    nxt = _bare(words[k + 1]) if k + 1 < len(words) else ""
    if v in ("was", "were") and nxt not in _READY:
        return title                                      # "two soldiers were wounded", "demand was strong": kept
    elif v not in _BACKSHIFT or not words[k][:1].islower():
        return title                                      # no reported-speech tense: "Lavrov: US withdrew ..." stays
    else:
        new = _BACKSHIFT[v]
        if v == "had":
            new = "have" if plural or _bare(words[0]) in _PLURAL_PRONOUNS else "has"
            if k + 1 < len(words) and not (_bare(words[k + 1]) in ("been", "not") or is_past(_bare(words[k + 1]))
                                           or _bare(words[k + 1]) in _PARTICIPLES):
                new = "have" if plural else "has"         # "had nothing to hide" → "has nothing to hide"
        words[k] = new + words[k][len(v):]
    first = words[0]
    text = re.sub(r"\bcan not\b", "cannot", " ".join(words))
    if _bare(first) in _NEVER_NAMES:
        text = text[:1].lower() + text[1:]
    elif first not in ("I",) and not first.isupper():
        text = _lower_first(text, sentence) if sentence else text
    out = f"{speaker}{verb} {text}"
    return out if len(_words(out)) <= MAX_WORDS else title
