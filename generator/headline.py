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
    text = strip_lead(text)
    words = text.split()
    if not words:
        return ""
    # The subject runs up to the first verb-looking word after the first word.
    k = next((i for i in range(1, len(words)) if _is_verb_start(words[i].strip(",")) and
              words[i][:1].islower()), None)                   # "Mohamed" is a name, not a past tense
    if k is not None and k >= 2 and words[k - 1].lower() in ("who", "which", "that") and \
            not has_verb(words[:k - 1]):
        # "The official who saw the confessions was quoted": the relative clause's verb is not the main one;
        # the main verb is the next auxiliary before any comma, and the relative clause goes.
        j = next((i for i in range(k + 1, min(len(words), k + 20)) if words[i].lower() in _FINITE_AUX), None)
        if j is not None and not any(w.endswith((",", ";", ":")) for w in words[k:j]):
            words = words[:k - 1] + words[j:]
            k = k - 1
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
    if len(subject) == 1 and subject[0].lower() in _PLURAL_PRONOUNS:
        return True                                       # "they put", "we hope", "I will"
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
    if h in ("people", "police", "children", "men", "women", "troops", "staff", "crew", "tens", "dozens",
             "hundreds", "thousands", "millions", "scores"):
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
        if w in ("--", "-", "_", "\u2014", "\u2013") and i > verb_at:
            break                                         # "identified as two suspects -- one Arab, one ..."
        out.append(w)
        if w.endswith((",", ";", ":")) and i >= verb_at:
            out[-1] = w.rstrip(",;:")
            break
    text = " ".join(out).strip(" ,;:.\"'\u201c\u201d")
    text = re.sub(r"\s+", " ", text)
    if len(text) > MAX_LEN:
        text = shorten_to_fit(text, verb_at)
    text = re.sub(r"\s+(?:and|or|of|to|for|with|in|on|at|by)$", "", text)
    return tidy(text)


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
_FUNCTION_END -= {"over", "about", "like"}            # particles too: "Nadella takes over"
_LEAD_OPENERS = re.compile(
    r"^(?:in|on|at|by|for|from|after|before|during|with|without|since|despite|contrary\s+to|unlike|like|amid|over|"
    r"under|following|ahead\s+of|as|once|when|while|although|though|because|if|unless|until|upon|besides|"
    r"meanwhile|meantime|moreover|however|even\s+so|still|instead|also|otherwise|nevertheless|furthermore|"
    r"yet|thus|so|then|later|earlier|separately|additionally|indeed|finally|first|second|third|last|next)\b",
    re.I)
_PRONOUN_SUBJECT = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|these|those)\b", re.I)
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
    return False


_BASE_VERBS = set("""kill claim plan say meet agree vote rally march join win lose take leave return call begin end
face seek urge ask want hold launch set open close rise fall drop gain get go come make give pay report file reach
back reject accept approve warn arrive fly fight flee protest demand charge sign release remain stay continue expect
hope need seem appear show attend visit discuss offer announce deny confirm condemn support oppose fear hit cut put
run share trade post buy sell lead help start stop try move turn keep tell think know see find use work play live die
believe plead receive raise lift oust arrest free mourn honor praise criticize blame sue order ban block rule decide
elect name pick choose hire fire quit resign perish clash strike bomb shell attack invade capture seize issue
predict reemerge emerge""".split())
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
    # Two finite verbs glued without a conjunction: "Bomb explodes was identified".
    if glued_cut(body) != body:
        out.append("two clauses glued")
    if _DATE_WORDS.search(t):
        out.append("date words")
    if re.search(r"(?:^|\s)'s\b|\s,|,,|\s's\s|^s\s", t, re.I):
        out.append("dangling possessive")
    if (t.count("``") != t.count("''")) or t.count('"') % 2 or t.count("\u201c") != t.count("\u201d"):
        out.append("unbalanced quotes")
    return out


_SEVERE = ("empty", "one word", "no verb", "ends on", "leading adverbial", "two clauses glued", "claim too short",
           "starts with a function word", "two sentences",
           "starts with punctuation", "dangling possessive", "unbalanced quotes", "too long")


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
