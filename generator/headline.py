"""Headlines in plain words from one clause of news text: "Kerry delivers new plan for Aleppo settlement".

General rules, no table of sentences: entity names become their short forms, time expressions, articles,
adverbs, parentheses and relative clauses go, the main verb moves to the headline present ("delivered" →
"delivers", "has intensified" → "intensifies", "are canceled" → "canceled", "were supposed to discuss" →
"to discuss"), and the object is cut at the first comma or subordinate clause.
"""
from __future__ import annotations

import re

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
    "rebuilt": "rebuild", "upheld": "uphold", "withheld": "withhold", "overthrew": "overthrow",
    "hit": "hit", "set": "set", "put": "put", "cut": "cut", "quit": "quit", "shut": "shut", "let": "let",
    "cast": "cast", "hurt": "hurt", "bet": "bet", "spread": "spread", "read": "read", "beat": "beat",
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
              "ened", "uled", "ated")
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
            "july", "anomaly", "monopoly", "bully", "belly", "jelly", "lily", "friendly", "elderly"}
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
        if v in ("banned", "planned", "scanned", "spanned", "manned", "allotted"):
            return stem[:-1]
        return stem
    stem = v[:-2]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in "bdgklmnprtvz" and v not in _UNDOUBLE_KEEP:
        return stem[:-1]                                  # stopped → stop, travelled → travel
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
    return w in _IRREGULAR or (w.endswith("ed") and len(w) > 3)


def _is_verb_start(word: str) -> bool:
    w = word.lower()
    return (w in _AUX_HAVE or w in _AUX_BE or w in _MODALS or w in _IRREGULAR or w in ("did", "does", "do")
            or (w.endswith("ed") and len(w) > 3 and w not in ("red", "bed", "shed", "need", "speed", "seed")))


def clean(text: str) -> str:
    """Drop what a headline never carries: parentheses, relative clauses, discourse openers, articles, adverbs."""
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = re.sub(r"\s*\b(?:at this point|at the moment|for now|for the time being|so far)\b", "", text, flags=re.I)
    text = re.sub(r",\s*(?:which|who|whose|where)\b[^,]*,", "", text)
    text = re.sub(r",\s*(?:which|who|whose)\b[^,]*$", "", text)      # a closing relative clause too
    text = _DISCOURSE.sub("", text.strip())
    text = re.sub(r"\b(said|says|told\s+\w+|announced|warned)\s+that\s+", r"\1 ", text)   # "says that X" → "says X"
    words = []
    for w in text.split():
        bare = w.strip(",.;:!?\"'\u201c\u201d").lower()
        if bare in _DROP_WORDS:
            continue
        if bare.endswith("ly") and len(bare) > 4 and bare not in _KEEP_LY and w[:1].islower():
            continue
        words.append(w)
    return " ".join(words).strip(" ,;:")


def make(clause: str, mode: str = "event", names: tuple | list = ()) -> str:
    """A headline from one clause whose names are already in their short forms.

    mode "event": the main verb goes to the headline present; mode "claim": the words of reported speech
    keep their tense ("US withdrew its proposal"). `names` are the names in the clause, each one party however
    many words it has ("Food and Drug Administration" is one).
    """
    text = clean(clause).rstrip(".!?\"'\u201d ")
    text = re.sub(r"^(?:that|whether|if)\s+", "", text, flags=re.I)
    words = text.split()
    if not words:
        return ""
    # The subject runs up to the first verb-looking word after the first word.
    k = next((i for i in range(1, len(words)) if _is_verb_start(words[i].strip(","))), None)
    if k is None:
        k = next((i for i in range(1, len(words)) if words[i][:1].islower() and words[i - 1][:1].isupper()
                  and words[i] not in ("and", "of", "for", "in") and _looks_verb(words[i])), None)
    if k is None:
        return _finish(words, 0)
    subject, rest = words[:k], words[k:]
    plural = is_plural(subject, names)
    if mode == "event":
        rest = _present(rest, plural)
    return _finish(subject + rest, len(subject))


def is_plural(subject: list[str], names: tuple | list = ()) -> bool:
    """A plural subject: two parties joined by "and" ("Lavrov and Kerry", not "Food and Drug Administration"),
    or a plural head noun, the last word before a preposition: "shares", "Company's shares", "Researchers at
    University of Oxford", "Germans" (a capitalised plural of a people or a trade, never a person's name)."""
    text = " ".join(subject)
    for n in sorted(names, key=len, reverse=True):
        if " and " in n:
            text = text.replace(n, "N")
    if re.search(r"\band\b", text):
        return True
    head_words: list[str] = []
    for w in subject:
        if w.lower() in _PREPOSITIONS and head_words:
            break
        head_words.append(w)
    if not head_words:
        return False
    head = re.sub(r"['\u2019]s?$", "", head_words[-1].strip(",;:"))
    h = head.lower()
    if h in ("news", "series", "species", "us", "this", "its", "his") or head in names or head.isupper():
        return False
    if h in ("people", "police", "children", "men", "women", "troops", "staff", "crew"):
        return True
    if head[:1].islower():
        return h.endswith("s") and not h.endswith(("ss", "us", "is"))
    return len(head_words) == 1 and h.endswith(("ers", "ists", "ans", "ents", "ors", "ies", "als", "ees", "ants"))


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
    if w0 in _AUX_HAVE and len(rest) > 1 and (is_past(rest[1]) or rest[1].lower() in _PARTICIPLES):
        verb = base_form(rest[1])
        return [verb if plural else third_person(verb)] + rest[2:]
    if w0 in _AUX_BE and len(rest) > 1:
        nxt = rest[1].lower()
        if nxt == "not" and len(rest) > 2 and (is_past(rest[2]) or rest[2].lower() in _PARTICIPLES):
            return ["not"] + rest[2:]
        if nxt in _BE_ADVERBS and len(rest) > 2 and (is_past(rest[2]) or rest[2].lower() in _PARTICIPLES):
            return rest[1:]                               # "was first authorized" → "first authorized"
        if is_past(nxt) or nxt in _PARTICIPLES:
            return rest[1:]                               # "are canceled" → "canceled": the headline passive
        if nxt.endswith("ing") and len(nxt) > 5:
            verb = _ing_base(nxt)
            return [verb if plural else third_person(verb)] + rest[2:]
        return [("are" if plural else "is")] + rest[1:]
    if w0 in ("did", "does", "do") and len(rest) > 2 and rest[1].lower() == "not":
        return [("do" if plural else "does"), "not"] + rest[2:]
    if is_past(w0):
        verb = base_form(w0)
        tail = rest[0][len(rest[0].rstrip(",.;:")):]    # "reunited, less than a year after" keeps its comma
        return [(verb if plural else third_person(verb)) + tail] + rest[1:]
    return rest


def shorten_to_fit(text: str, keep: int = 2) -> str:
    """At most MAX_LEN characters, ending before the last prepositional phrase that would be cut in two:
    "alarmed over reports of atrocities against large number" → "alarmed over reports of atrocities"."""
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
    while parts and parts[-1].lower() in _PREPOSITIONS | {"and", "or", "the", "a", "an", "that", "is", "are"}:
        parts.pop()
    return " ".join(parts).rstrip(",;:")


def _ing_base(word: str) -> str:
    stem = word[:-3]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if re.search(r"[^aeiou][aeiou][cgsvz]$", stem) or stem.endswith(("at", "ar", "ur", "id")):
        return stem + "e"                                 # preparing → prepare, making → make
    return stem


def _finish(words: list[str], verb_at: int) -> str:
    # Cut the object at the first comma or subordinate clause, keep at most MAX_LEN characters.
    out: list[str] = []
    for i, w in enumerate(words):
        if i > verb_at and i > 1 and _CLAUSE_END.match(" " + w) and not w.startswith("("):
            if w.lower().strip(",") in ("which", "who", "whom", "whose", "where", "while", "because", "although",
                                         "though", "after", "before", "when", "since", "until", "unless",
                                         "amid", "despite", "saying", "according"):
                break
        out.append(w)
        if w.endswith((",", ";", ":")) and i >= verb_at:
            out[-1] = w.rstrip(",;:")
            break
    text = " ".join(out).strip(" ,;:.\"'\u201c\u201d")
    text = re.sub(r"\s+", " ", text)
    if len(text) > MAX_LEN:
        text = shorten_to_fit(text, verb_at)
    text = re.sub(r"\s+(?:and|or|of|to|for|with|in|on|at|by)$", "", text)
    return text[:1].upper() + text[1:] if text else text
