"""The probe's own word lists (never the coder's): speech-act verbs and their classes, deeds,
the speaker's self-names, and the words that make an object no addressee."""

from __future__ import annotations

import re

# The probe's own verb classes: lemma -> (class, PLOVER types accepted).  A verb that needs a
# particle or object to be a speech act says so in NEEDS.
SUPPORT = ("SUPPORT", ("SUPPORT",))
REQUEST = ("REQUEST", ("REQUEST",))
ACCUSE = ("ACCUSE", ("ACCUSE",))
VERBS = {
    **{v: SUPPORT for v in ("thank", "commend", "welcome", "congratulate", "support", "salute",
                             "applaud", "praise", "endorse", "stand", "pay", "express", "appreciate",
                             "hail")},
    **{v: REQUEST for v in ("call", "urge", "appeal", "demand", "invite", "ask", "implore",
                             "exhort", "encourage", "request")},
    **{v: ACCUSE for v in ("condemn", "denounce", "deplore", "decry", "oppose")},
    "reject": ("REJECT", ("REJECT", "ACCUSE")),
    "warn": ("THREATEN", ("THREATEN", "ACCUSE")),
    **{v: ("AGREE", ("AGREE", "SUPPORT", "COOPERATE")) for v in ("sign", "ratify", "accede")},
}
TYPES_OF = {"oppose": ("ACCUSE", "REJECT"), "encourage": ("REQUEST", "SUPPORT")}
# Verbs that are an act only with a noun object ("appreciate that ..." is not).
NEED_OBJECT = {"appreciate", "ask", "invite", "request", "encourage", "thank", "commend", "congratulate"}
# The verbs a nominal act is the object of: "we reiterate our condemnation of ...".
NOMINAL_HEADS = {"express", "reiterate", "reaffirm", "convey", "extend", "renew", "offer", "pledge",
                 "give", "continue", "add", "register", "restate"}
# "express <noun>": the noun gives the class.
EXPRESSED = {**{n: SUPPORT for n in ("gratitude", "appreciation", "solidarity", "support", "thanks")},
             **{n: ACCUSE for n in ("concern", "outrage", "condemnation", "indignation", "alarm")}}
NOMINALS = {"condemnation": ACCUSE, "support": SUPPORT, "gratitude": SUPPORT, "appreciation": SUPPORT,
            "solidarity": SUPPORT, "call": REQUEST, "appeal": REQUEST, "rejection": ("REJECT", ("REJECT",)),
            "thanks": SUPPORT, "congratulations": SUPPORT}
SELF_NOUNS = {"delegation", "country", "government", "nation", "state", "people", "administration"}
STATE_WORDS = {"kingdom", "republic", "government", "state", "principality", "federation", "sultanate"}
WANT = {"wish", "like", "want", "take", "seize", "use", "avail", "want", "hope", "must"}
LEFT_OUT_AUX = {"must", "should", "ought", "need", "could", "might", "may"}
PREFILTER = re.compile(r"\b(provid|contribut|donat|deploy|allocat|disburs|sent|send|deliver|pledg"
                       r"|channel|host|visit|met|meet|cooperat|work|partner|reserv|impos|accept|tolerat|held|hold|conven"
                       r"|retaliat|expel|sever|froze|freez|conclud|agree|commit|join|receiv|shelter"
                       r"|allow|condon|refus|thank|commend|welcom|congratulat|support|salut|applau|prais|endors|stand"
                       r"|tribute|express|apprecia|acknowledg|recogni[sz]|hail|call|urg|appeal|demand"
                       r"|invit|ask|implor|exhort|encourag|request|condemn|denounc|deplor|decr[yi]"
                       r"|oppos|reject|warn|sign|ratif|acced)", re.I)
# Deeds a statement reports of its speaker, with the words the verb needs to be one
# (in its object, or as its particle or preposition); None: none needed.
_AID = ("AID", ("AID", "AGREE"))
_AID_WORDS = {"aid", "assistance", "support", "funding", "fund", "troop", "vaccine", "dose", "contribution",
              "million", "billion", "personnel", "peacekeeper", "relief", "food", "equipment", "contingent",
              "grant", "loan", "scholarship", "resource", "$", "dollar", "euro"}
DEEDS = {
    **{v: (*_AID, _AID_WORDS) for v in ("provide", "contribute", "donate", "deploy", "allocate",
                                         "disburse", "send", "deliver", "pledge", "channel")},
    "host": ("CONSULT", ("CONSULT",), {"summit", "conference", "meeting", "talk", "dialogue", "forum",
                                       "session", "visit", "round"}),
    "visit": ("CONSULT", ("CONSULT",), None),
    "meet": ("CONSULT", ("CONSULT",), {"with"}),
    # (CAMEO 050, diplomatic cooperation, is SUPPORT in PLOVER's mapping)
    "cooperate": ("COOPERATE", ("COOPERATE", "SUPPORT"), {"with"}),
    "work": ("COOPERATE", ("COOPERATE", "SUPPORT"), {"closely"}),
    "partner": ("COOPERATE", ("COOPERATE", "SUPPORT"), {"with"}),
    "hold": ("CONSULT", ("CONSULT",), {"talk", "consultation", "meeting", "dialogue", "discussion"}),
    "convene": ("CONSULT", ("CONSULT",), {"summit", "conference", "meeting", "talk", "dialogue"}),
    "reserve": ("THREATEN", ("THREATEN",), {"right"}),
    "retaliate": ("THREATEN", ("THREATEN",), None),
    "impose": ("SANCTION", ("SANCTION", "COERCE"), {"sanction", "sanctions", "embargo", "restriction"}),
    "expel": ("SANCTION", ("SANCTION", "COERCE"), {"diplomat", "ambassador", "envoy"}),
    "sever": ("SANCTION", ("SANCTION", "COERCE"), {"relation", "tie"}),
    "freeze": ("SANCTION", ("SANCTION", "COERCE"), {"asset", "relation", "tie"}),
    "conclude": ("AGREE", ("AGREE", "SUPPORT", "COOPERATE"), {"agreement", "treaty", "accord", "deal",
                                                             "memorandum", "pact", "protocol"}),
    "agree": ("AGREE", ("AGREE", "SUPPORT"), {"on", "to"}),  # ("agree with X that" is an opinion)
    "commit": ("AGREE", ("AGREE", "AID"), {"to"}),
    "join": ("AGREE", ("AGREE", "COOPERATE", "SUPPORT"), {"treaty", "convention", "coalition", "alliance",
                                                          "initiative", "agreement", "partnership", "pact"}),
    "receive": ("AID", ("AID", "CONSULT"), {"refugee", "migrant", "asylum"}),
    "shelter": ("AID", ("AID",), {"refugee", "migrant", "people"}),
}
# "We will not accept ...": a refusal.
REFUSALS = {"accept", "recognize", "recognise", "tolerate", "allow", "condone"}
ORDINALS = {75: "seventy-fifth", 76: "seventy-sixth", 77: "seventy-seventh", 78: "seventy-eighth",
            79: "seventy-ninth"}
OPENS = {75: "2020-09-22", 76: "2021-09-21", 77: "2022-09-20", 78: "2023-09-19", 79: "2024-09-24"}
# Plural common nouns spaCy may take for an organisation: no one named.
GENERIC = {"states", "member states", "all states", "nations", "member nations"}
# The prepositions that carry the addressee of a verb ("call on X", "appeal to X", "stand with X").
ADDRESS_PREPS = {"call": ("on", "upon"), "appeal": ("to",), "express": ("to", "with"), "pay": ("to",),
                 "stand": ("with", "by"), "accede": ("to",), "hold": ("with",), "impose": ("on", "against"),
                 "cooperate": ("with",), "work": ("with",), "meet": ("with",), "partner": ("with",),
                 "contribute": ("to",), "provide": ("to",), "send": ("to",)}

# Named documents, meetings and programmes are no actors: "ratify the Paris Agreement".
NO_ACTOR = {"treaty", "convention", "agreement", "agenda", "summit", "conference", "resolution",
            "protocol", "accord", "declaration", "charter", "pact", "framework", "goal", "goals",
            "initiative", "plan", "programme", "program", "strategy", "compact", "session", "forum",
            "day", "year", "decade", "report", "principles", "law", "act", "cop26", "cop27", "cop28"}
# The words of a noun phrase that belong to it, for its named addressees.
CLOSE_DEPS = {"compound", "poss", "appos", "conj", "amod", "nmod", "case", "det", "nummod", "cc"}
