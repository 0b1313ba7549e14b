"""A statement's own voice: the issuer's words for itself and the bodies of its forum.

"my delegation", "my Government", "our nation", "the Kingdom", "the Sultanate of X" in X's
statement, and X named in the third person ("the Government of X") are the issuers;
"the Organization", "this Assembly", "the Council" are the bodies of the forum the statement
is made at (:mod:`communique.resolve.forums`).
"""

from __future__ import annotations

import re

from ..document import Document
from ..resolve.api import actor_for_entry as _actor_for_entry
from ..resolve.api import forum_body as _forum_body
from .cues import Cues
from .phrase_actors import add_mention


def self_reference(doc: Document, cues: Cues, h) -> list[str]:
    """ "my delegation", "my Government", "our nation", "the Kingdom": the issuers."""
    issuers = doc.issuers
    if not issuers or h.pos_ not in ("NOUN", "PROPN"):
        return []
    lemma = (h.lemma_ or h.lower_).lower()
    # (the children are read only by the tests of a word of the classes below; the styled
    # monarch's test, the only other one, reads its own: most nouns are in none)
    kids = list(h.children) if (lemma in cues.self_heads or lemma in cues.self_bodies or lemma in _OFFICES
                                or lemma in _MONARCHS or lemma in cues.state_forms) else []
    if lemma in cues.self_heads and any(c.dep_ == "relcl" and any(
            s.dep_ == "nsubj" and s.lower_ in ("i", "we") for s in c.children)
            and c.left_edge.i > 0 and h.doc[c.left_edge.i - 1].text != "," for c in kids):
        # "the Government I lead", "the country I have the honour to represent" (not a clause
        # set off by a comma, which says something of a noun named otherwise: "the Government
        # of X, which we thank, ...")
        return list(issuers)
    if lemma in cues.self_bodies and h.tag_ == "NN" and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in kids) \
            and not any((a := doc.actor(i)) is not None and a.kind == "country" for i in issuers):
        # "our movement", "my party", said by the movement or party that issues the statement
        return list(issuers)
    if lemma in cues.self_heads and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in kids):
        # "our partner countries", "our two nations" are others too
        described = any(c.dep_ in ("amod", "compound", "nummod") and c.lower_ not in ("own", "beloved", "dear")
                        for c in kids)
        plural = h.tag_ in ("NNS", "NNPS") and h.lower_ != "people" and len(issuers) < 2
        return [] if described or plural else list(issuers)
    if lemma in cues.self_heads and h.tag_ in ("NN", "NNP") and any(
            c.dep_ == "poss" and c.pos_ == "NOUN" and self_reference(doc, cues, c) for c in kids):
        # "my country's Government", "our nation's delegation": the issuer's own body speaks for it
        return list(issuers)
    if lemma in cues.self_heads and any(c.dep_ == "poss" and c.lower_ in _ROYAL_STYLES for c in kids) \
            and any(re.search(r"\bkingdom", n, re.I) for n in issuer_names(doc)):
        # "His Majesty's Government" in a kingdom's own statement
        return list(issuers)
    if lemma in _OFFICES and h.tag_ in ("NN", "NNP") and any(c.dep_ == "poss" and c.lower_ in ("my", "our")
                                                             for c in kids):
        # "our President", "my Foreign Minister": the issuer's own office-holder speaks for it
        return list(issuers)
    if lemma in _MONARCHS and kids and all(c.dep_ == "det" and c.lower_ == "the" for c in kids) \
            and any(a is not None and a.country for a in map(doc.actor, issuers)):
        # "His Majesty the King", "the Emir" with no country named: the issuing state's own
        return list(issuers)
    realm = _REALMS.get(_styled_monarch(h) or "")
    if realm and any(a is not None and a.country for a in map(doc.actor, issuers)) \
            and not _has_country(doc, h) and any(re.search(rf"\b{realm}", n, re.I) for n in issuer_names(doc)):
        # "His Majesty King Abdullah" with no country named nor known, in a kingdom's own
        # statement: its king (a king named in a republic's statement is another's)
        return list(issuers)
    if lemma in cues.state_forms and kids and any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(
            c.dep_ == "det" or (c.dep_ in ("compound", "amod") and c.i < h.i) for c in kids):
        # "the Kingdom", "the Grand Duchy", "the Hashemite Kingdom": the words of the
        # issuer's formal name
        words = " ".join(t.text for t in h.doc[min(c.i for c in kids if c.dep_ != "det") if any(
            c.dep_ != "det" for c in kids) else h.i:h.i + 1])
        if any(re.search(rf"\b{re.escape(words)}\b", n, re.I) for n in issuer_names(doc)):
            return list(issuers)
    if lemma in cues.state_forms:
        # "the Sultanate of X", "the State of X" in X's own statement
        kb = doc.workspace.kb
        named = [g for c in kids if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
        entry = kb.country(named[0].text) if kb is not None and len(named) == 1 else None
        if entry is not None and entry.country in issuer_countries(doc):
            return list(issuers)
    return []


# Offices of a state's own leaders ("our President", "my Prime Minister", "our Head of State").
_OFFICES = {"president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch",
            "head", "leader", "sovereign", "taoiseach"}


# Monarchs' titles, which a state's statement gives its own head of state with "the" alone.
_MONARCHS = {"king", "queen", "emir", "amir", "sultan", "monarch"}


# A monarch's title and the word of the formal name of the state it heads ("Kingdom of X"),
# and the styles that come before the title ("His Majesty King X", "His Highness Sheikh X").
_REALMS = {"king": "kingdom", "queen": "kingdom", "sultan": "sultanate", "emir": "emirate", "amir": "emirate",
           "sheikh": "emirate"}
_ROYAL_STYLES = {"majesty", "highness"}


def _styled_monarch(h) -> str | None:
    """The monarch's title of name ``h`` styled "His Majesty King <h>" with no "of <place>"."""
    if h.pos_ != "PROPN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
        return None
    kids = [c for c in h.children if c.dep_ == "compound"]
    title = next((c.lower_ for c in kids if c.lower_ in _REALMS), None)
    styled = any(c.lower_ in _ROYAL_STYLES for c in kids) or (h.dep_ == "appos" and h.head.lower_ in _ROYAL_STYLES)
    return title if styled else None


def _has_country(doc: Document, h) -> bool:
    """A mention of name ``h`` anywhere in the document resolved to an actor of some country
    ("King Abdullah II of Jordan" said before, or a name the knowledge base knows)."""
    if any(m.actor and h.text in m.text.split() and (a := doc.actor(m.actor)) is not None and a.country
           for m in doc.mentions):
        return True
    kb = doc.workspace.kb
    names = [c for c in h.children if c.dep_ == "compound" and c.lower_ not in _ROYAL_STYLES]
    first = min([c.i for c in names if c.lower_ not in _REALMS] + [h.i])
    titled = h.doc[min([c.i for c in names] + [h.i]):h.i + 1].text
    return kb is not None and any(m.entry.country for n in (titled, h.doc[first:h.i + 1].text)
                                  for m in kb.lookup(n, fuzzy=False))


def own_voice_subject(doc: Document, cues: Cues, tr, h, mod) -> bool:
    """ "The Ministry calls on X", "The Ministry of Foreign Affairs condemns", "This statement
    urges": a bare organ of a state or the statement itself (word classes issuer_organs,
    issuer_documents), subject of a speech act said in the statement's own voice, is the issuer
    speaking.  Not when a place or a people names whose organ it is ("the Ministry of Foreign
    Affairs of Togo", "the Russian Ministry"), nor under another speaker ("X said the Ministry
    ...")."""
    from .patterns import load_word_classes

    if not doc.issuers or not tr.is_verb or tr.type not in cues.speech_act_types or mod.speaker is not None:
        return False
    if h.dep_ != "nsubj" or h.pos_ not in ("NOUN", "PROPN"):
        return False
    wc = load_word_classes()
    if (h.lemma_ or h.lower_).lower() not in wc["issuer_organs"] | wc["issuer_documents"] \
            and h.lower_ not in wc["issuer_organs"] | wc["issuer_documents"]:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in h.children):
        return False
    if any(c.dep_ in ("poss", "relcl", "acl", "appos") for c in h.children):
        return False
    return not any(w.ent_type_ in ("GPE", "NORP", "LOC") for w in h.subtree if w is not h)


def joint_partners(doc: Document, ids: list[str]) -> list[str]:
    """Of the doers of a joint act in the issuer's statement ("Chile and Argentina signed a
    treaty", "we and X agreed ..."), the issuer's partners: the doers other than the issuer
    and its state; none when the issuer is not among them."""
    own = {a.country for a in map(doc.actor, doc.issuers) if a is not None and a.country}
    mine = [i for i in ids if i in doc.issuers or (
        (a := doc.actor(i)) is not None and a.kind in ("country", "government") and a.country in own)]
    return [i for i in ids if i not in mine] if mine else []


def issuer_countries(doc: Document) -> set[str]:
    return {a.country for a in map(doc.actor, doc.issuers)
            if a is not None and a.kind == "country" and a.country}


def says_own_formula(doc: Document, tr, source_ids: list[str], mod, cues: Cues) -> bool:
    """ "Palau would like to thank X", "The Kingdom wishes to commend X": a speech act under
    a verb of wanting whose subject is the issuer itself is the speaker's formula, so said
    (as with "I would like to"), not an intent."""
    from .stance_data import load_stances

    w = mod.wanted_by
    if w is None or mod.status != "intended" or tr.type not in cues.speech_act_types or not source_ids:
        return False
    if (w.lemma_ or w.lower_).lower() not in load_stances().wishing:
        return False
    own = set(doc.issuers) | {a.id for a in doc.actors if a.country and a.country in issuer_countries(doc)
                              and a.kind == "country"}
    return set(source_ids) <= own


def declares_own_stance(doc: Document, tr, source_ids: list[str], mod, cues: Cues) -> bool:
    """ "We will always support X", "Norway shall stand with X", "we will work closely with X":
    a verb of stance (word class stance_verbs) under the future auxiliary of the issuer's own
    voice declares the stance it holds now, so said, not promised.  A pledge of something
    given ("will support X with funds") stays a pledge."""
    from .patterns import load_word_classes

    t = tr.token
    if mod.status != "intended" or mod.negated or not tr.is_verb or not source_ids:
        return False
    wc = load_word_classes()
    if (t.lemma_ or t.lower_).lower() not in wc["stance_verbs"] and tr.pattern.id != "stances.toml:supporter_nouns":
        return False   # (nor a copula: "X will remain a true friend of Y" declares it too)
    if not any(c.dep_ == "aux" and c.lower_ in cues.intent_aux for c in t.children):
        return False   # ("we intend to / would support X": an intent, not a stance held)
    if any(g.ent_type_ == "MONEY" or (g.lemma_ or g.lower_).lower() in wc["aid_goods"]
           for c in t.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.subtree):
        return False
    own = set(doc.issuers) | {a.id for a in doc.actors if a.country and a.country in issuer_countries(doc)
                              and a.kind == "country"}
    return set(source_ids) <= own


def issuer_names(doc: Document) -> list[str]:
    """Names of the issuers and of their countries ("Kingdom of Saudi Arabia")."""
    kb = doc.workspace.kb
    names: list[str] = []
    for i in doc.issuers:
        a = doc.actor(i)
        if a is None:
            continue
        names += [a.name, *a.aliases]
        entry = kb.get(a.country) if kb is not None and a.country else None
        if entry is not None:
            names += entry.all_names
    return names


def as_issuer(doc: Document, ids: list[str], start: int = 0, end: int = 0) -> list[str]:
    """The issuing state named in the third person ("the Government of X" in X's own
    statement, the phrase ``[start, end)``) is the issuer."""
    ids = _as_speaker(doc, ids)
    states = {}
    for i in doc.issuers:
        a = doc.actor(i)
        if a is not None and a.kind == "country" and a.country:
            states.setdefault(a.country, i)
    if not states:
        return ids
    out = []
    for i in ids:
        a = doc.actor(i)
        country = a.country if a is not None else None
        if a is not None and not country and a.kind == "government":
            # "the Government of X" resolved without its country: the issuer named inside
            inside = [c for c, sid in states.items() if any(
                start <= m.start < end for m in doc.actor(sid).mentions)]
            country = inside[0] if len(inside) == 1 else None
        if (a is not None and i not in doc.issuers and a.kind in ("country", "government")
                and country in states and a.sector in (None, "GOV")):
            i = states[country]
        if i not in out:
            out.append(i)
    return out


def _as_speaker(doc: Document, ids: list[str]) -> list[str]:
    """ "President Ruto" in the address of "H.E. William Ruto, President of Kenya": a person
    with no country of its own named by the surname of the issuing speaker is the speaker."""
    speakers = {}
    for i in doc.issuers:
        a = doc.actor(i)
        if a is not None and a.kind == "person" and a.name.split():
            speakers[a.name.split()[-1].lower()] = i
    if not speakers:
        return ids
    out = []
    for i in ids:
        a = doc.actor(i)
        # (the tagger often takes "President X" for an organisation)
        if a is not None and a.kind in ("person", "organization") and not a.country and not a.known \
                and a.name.split():
            i = speakers.get(a.name.split()[-1].lower(), i)
        if i not in out:
            out.append(i)
    return out


def forum_body(doc: Document, phrase, base: int = 0) -> list[str]:
    """ "the Organization", "this Assembly", "the Council" (the spaCy span ``phrase``, its
    parse ``base`` characters into ``doc.text``) at the forum of the statement."""
    kb = doc.workspace.kb
    if kb is None:
        return []
    entry = _forum_body(doc, kb, phrase.text)
    if entry is None:
        return []
    actor = _actor_for_entry(doc, entry)
    add_mention(actor, base + phrase.start_char, base + phrase.end_char)
    return [actor.id]
