"""Triggers of one sentence: pattern and dictionary matches, obligations, and
which of them are only the content of another act.

"called for sanctions": the sanctions are what is called for, not an act of
their own; the call takes their type as its content (CAMEO's "demand sanctions").
Two more kinds of words name no act of their own: the condition of a threat, offer or
demand ("will strike unless the government resigns"), and the aim a protest states
("began a hunger strike to demand ...", "a sit-in in protest of ...").
"""

from __future__ import annotations

from .called_off import called_off, fold_put_off_gerunds
from .cues import Cues
from .dict_refine import refine_codes
from .clause_parts import second_clause_verb, verb_forms
from .matcher import Trigger, find_triggers
from .hoped_acts import hoped_triggers, said_hopes
from .judged_conduct import conduct_triggers
from .partnering import partner_triggers
from .patterns import Pattern, PatternSet, load_word_classes
from .means_owners import names_a_giver
from .place_sides import on_a_place_side
from .seized_goods import destroys_own_arms, destroys_seized_goods, disarm
from .stance_data import MISREAD_PREFIX
from .stances import stance_triggers
from .token_table import token_table
from .verbal_attacks import without_things_attacked

# "X said (concluded, warned) that Y must ...": a demand by X on Y, coded without a pattern.
OBLIGATION = Pattern("cues.toml:obligation_aux", "REQUEST", None, "100", "V", "say",
                     "<reporting verb> that X must ...")


def sentence_triggers(sent, patterns: PatternSet, cues: Cues, max_tokens: int) -> list[Trigger]:
    """The triggers of ``sent``: its pattern (and dictionary) matches, then its obligations."""
    found, put_off = [], []
    for tr in find_triggers(sent, patterns, max_tokens):
        if not names_a_text(tr) and not backed_by_means(tr) and not on_a_place_side(tr) \
                and not destroys_seized_goods(tr):
            if destroys_own_arms(tr):   # "destroyed its stockpile": disarms, attacks no one
                disarm(tr)
            (put_off if called_off(tr) else found).append(tr)
    found = fold_put_off_gerunds(found, put_off, patterns)
    if patterns.dictionary_mode == "refine":
        refine_codes(found, patterns, min(sent.end, sent.start + max_tokens), verb_forms)
    attempted_codes(found)
    found = without_things_attacked(found)   # "the attack on the deal": no deal made
    triggers = stance_triggers(sent, found, max_tokens)
    triggers += obligation_triggers(sent, {tr.token.i for tr in triggers}, cues, max_tokens)
    triggers += partner_triggers(sent, {tr.token.i: tr.type for tr in triggers}, max_tokens)
    triggers += conduct_triggers(sent, {tr.token.i for tr in triggers}, max_tokens)
    triggers += hoped_triggers(sent, {tr.token.i for tr in triggers}, max_tokens)
    triggers += said_hopes(sent, {tr.token.i for tr in triggers}, max_tokens)
    return triggers


# CAMEO codes whose attempt has a code of its own: assassinate (186) -> attempt to (185).
_ATTEMPTED = {"186": "185"}


def attempted_codes(triggers: list[Trigger]) -> None:
    """ "attempted (tried) to assassinate X", "an attempt to kill X": an act in the infinitive
    under a word of attempting (word class ``attempt_words``) takes CAMEO's code for its
    attempt (PETRARCH-2's transformation ``a (_ b ASSASSINATE) ATTEMPT = a b 185``)."""
    attempts = load_word_classes()["attempt_words"]
    for tr in triggers:
        t = tr.token
        if (tr.cameo in _ATTEMPTED and t.dep_ in ("xcomp", "acl") and t.head.i != t.i
                and t.head.lemma_.lower() in attempts
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
            tr.cameo = _ATTEMPTED[tr.cameo]


def names_a_text(tr: Trigger) -> bool:
    """An act noun made a genre of text by its compound ("a press release", "a news
    release"): a document, not the act."""
    if tr.is_verb or tr.token.pos_ not in ("NOUN", "PROPN"):
        return False
    genres = load_word_classes()["genre_modifiers"]
    return any(c.dep_ == "compound" and c.lower_ in genres for c in tr.token.children)


def backed_by_means(tr: Trigger) -> bool:
    """ "troops backed by tanks", "forces, supported by helicopter gunships, attacked ...": a verb
    of backing in the passive whose "by" phrase names only a force's means (word class
    military_means), with no side named with them anywhere in their phrase ("backed by Russian
    warplanes", "backed by fire from US warships" are support by Russia, the US; "fire from
    their own tanks", "artillery from Abeche" name none: means_owners): the means the force
    fights with, no support given."""
    t = tr.token
    if tr.type != "SUPPORT" or not tr.is_verb or t.tag_ != "VBN":
        return False
    means = load_word_classes()["military_means"]
    named = ("NORP", "GPE", "ORG", "PERSON")
    heads = [g for c in t.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
             for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
    # (the parser may hang the means' "from X" on the verb: "backed by air cover from X")
    owners = [w for c in t.children if c.dep_ == "prep" and c.lower_ == "from" for w in c.subtree]
    owners += [m for g in heads for m in g.subtree if m.i != g.i]
    return bool(heads) and all((g.lemma_ or g.lower_).lower() in means and g.ent_type_ not in named
                               for g in heads) \
        and not any(names_a_giver(m) for m in owners)


def obligation_triggers(sent, taken: set[int], cues: Cues, max_tokens: int) -> list[Trigger]:
    """ "X said (concluded, warned) that Y must ...": a demand by X on Y."""
    out = []
    sdoc, tab = sent.doc, token_table(sent.doc)   # (a token made only for a reporting verb)
    for i in range(sent.start, min(sent.end, sent.start + max_tokens)):
        if i in taken or tab.pos[i] != "VERB":
            continue
        lemma = tab.lemma[i]   # ((v.lemma_ or v.lower_).lower())
        if lemma not in cues.reporting and lemma not in cues.obligation_verbs:
            continue
        v = sdoc[i]
        for c in v.children:
            if c.dep_ != "ccomp":
                continue
            modal = next((a for a in c.children if a.dep_ == "aux" and a.lower_ in cues.obligation_aux), None)
            if modal is None:
                continue
            out.append(Trigger(v, OBLIGATION, "REQUEST", None, OBLIGATION.cameo, None, [v, modal]))
            break
    return out


def content_triggers(triggers: list[Trigger], by_tok: dict, cues: Cues) -> set[int]:
    """Token indices of the triggers that are only another act's content; that act
    takes the first such content's type (``content_type``)."""
    content = {tr.token.i for tr in triggers if is_content(tr, by_tok, cues)}
    for tr in triggers:
        g, child = governing(tr, by_tok) if tr.token.i in content else (None, None)
        if g is not None and not g.content_type and not _ceased(tr, child):
            g.content_type, g.content_cameo = tr.type, tr.cameo
    # (neither a condition nor a protest's aim gives the act above it a content type)
    content |= {tr.token.i for tr in triggers if tr.token.i not in content
                and (is_condition(tr, by_tok, content, cues) or is_protest_aim(tr, by_tok)
                     or is_meeting_occasion(tr, by_tok))}
    return content


def _ceased(tr: Trigger, child) -> bool:
    """An attack told under another verb below the act that governs it ("called on X to halt
    its attacks", "demanded that X stop shelling"): what is asked or threatened is that verb's
    act (to stop), not the attack, which gives the act no content code."""
    return tr.type == "ASSAULT" and child is not None and child.i != tr.token.i and child.pos_ in ("VERB", "AUX")


def is_condition(tr: Trigger, by_tok: dict, content: set[int], cues: Cues) -> bool:
    """An act in an "if"/"unless" clause of a threat, offer, demand, rejection or
    concession, of that act's own content ("threatened to launch an offensive unless
    Baghdad accepted its terms"), or of an act only announced ("will boycott the vote
    unless ..."): the condition is part of that act, not an act of its own, whether or
    not it is ever met."""
    x = tr.token
    for _ in range(8):
        h = x.head
        if h.i == x.i:
            return False
        if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in load_word_classes()["condition_marks"]
                                     for c in x.children):
            g = by_tok.get(h.i) or governing_token(h, by_tok)
            return g is not None and g is not tr and (g.type in cues.content_types or g.token.i in content
                                                      or _announced(h))
        x = h
    return False


def _announced(v) -> bool:
    """ "will boycott", "would withdraw": an act said for the future."""
    return any(c.dep_ == "aux" and c.lower_ in load_word_classes()["future_aux"] for c in v.children)


# What a protest states as its aim: the demand, protest or condemnation it is held for;
# what a diplomatic protest (a summons, a recall) states: the protest.
_AIMS = {"PROTEST": {"REQUEST", "PROTEST", "ACCUSE"}, "ACCUSE": {"PROTEST", "ACCUSE"},
         "SANCTION": {"PROTEST", "ACCUSE"}}
_AIM_LINKS = ("xcomp", "advcl", "acl", "pobj", "prep", "pcomp")


def is_protest_aim(tr: Trigger, by_tok: dict) -> bool:
    """A demand, protest or condemnation with no doer of its own, said as the aim of a
    protest act ("staged a rally to demand X", "began a hunger strike to protest Y",
    "went on strike in protest of Z"), or a protest said as the aim of a summons or a
    recall ("summoned the ambassador to protest ...", "recalled its envoy in protest
    over ..."): that act's own content, not a second act."""
    t = tr.token
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in t.children):
        return False
    x = t
    for _ in range(4):
        if x.dep_ not in _AIM_LINKS or x.head.i == x.i:
            return False
        h = x.head
        acts = [by_tok.get(h.i)] + [by_tok.get(c.i) for c in h.children if c.dep_ in ("dobj", "obj")]
        if any(a is not None and a is not tr and tr.type in _AIMS.get(a.type, ()) for a in acts):
            return True
        x = h
    return False


def is_meeting_occasion(tr: Trigger, by_tok: dict) -> bool:
    """A meeting noun with no doer of its own in a prepositional phrase of a verb of meeting or
    visiting ("visited X for talks with Y", "met Y at the summit", "arrived for a summit"), or
    in one of a gathering noun hung so on that verb ("met Y on the sidelines of the summit"): the
    occasion or purpose of that act, not a meeting of its own.  Only through prepositions of the
    word class occasion_preps ("ahead of talks" is another meeting), and never through another
    head noun ("on the first day of the negotiations with X": those are told apart)."""
    t = tr.token
    if tr.type != "CONSULT" or tr.is_verb or any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in t.children):
        return False
    words = load_word_classes()
    preps, gatherings = words["occasion_preps"], words["gatherings"]
    x = t
    for through_gathering in (False, True):
        p = x.head
        if x.dep_ != "pobj" or p.i == x.i or p.dep_ != "prep" or p.lower_ not in preps or p.head.i == p.i:
            return False
        h = p.head
        g = by_tok.get(h.i)
        if g is not None and g is not tr and g.type == "CONSULT" and g.is_verb:
            return True
        if through_gathering or h.lower_ not in gatherings:
            return False
        x = h   # "the sidelines of the summit": the gathering noun's own phrase on the verb
    return False


def governing_token(t, by_tok: dict):
    """The nearest trigger at or above token ``t`` (at most 8 steps), or None."""
    for _ in range(8):
        g = by_tok.get(t.i)
        if g is not None:
            return g
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def is_content(tr: Trigger, by_tok: dict, cues: Cues) -> bool:
    """Governed by a request, offer, rejection or threat, other than as its subject."""
    g, child = governing(tr, by_tok)
    if tr.token.dep_ == "conj" and tr.pattern.id.startswith(MISREAD_PREFIX):
        return False   # "X calls on Y to ... and thanks Z": a second verb of X's, taken for a plural noun
    return (g is not None and g.type in cues.content_types
            and child.dep_ not in ("nsubj", "nsubjpass", "csubj") and not _own_act(tr.token, g.token, cues))


# Markers of an adverbial clause that is said beside the act, not asked or refused by it
# ("while we commend X, we urge Y", "although we welcome ..., we reject ...").
_BESIDE_MARKS = {"while", "whilst", "although", "though", "whereas", "as", "since", "because", "when"}


def _own_act(t, top, cues: Cues) -> bool:
    """Between trigger ``t`` and the act above it, a clause of its own: a verb coordinated
    with the act itself, or a finite verb coordinated with another ("we urge X to ..., and we condemn Y"; "we reject X and call
    on Y"), or an adverbial clause said beside it ("while we commend X, we urge ..."), or an
    event noun after a preposition of time ("pledged to boost trade during a visit by X": the
    visit situates the pledge, it is not what is pledged; cues background_preps)."""
    x = t
    for _ in range(8):
        if x.i == top.i or x.head.i == x.i:   # (spaCy makes a new Token per access: compare indices)
            return False
        if x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.lower_ in cues.background_preps:
            return True
        if x.dep_ == "conj" and x.pos_ == "VERB" and (x.head.i == top.i or
                x.tag_ in ("VBP", "VBZ", "VBD") or any(c.dep_ == "nsubj" for c in x.children)):
            return True
        if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BESIDE_MARKS for c in x.children):
            return True
        if second_clause_verb(x) is not None:   # "we reject X held under Y and urge Z ..."
            return True
        x = x.head
    return False


def governing(tr: Trigger, by_tok: dict):
    """The nearest other trigger up the head chain (at most 8 steps), and the
    token just below it on the way there; (None, None) when there is none."""
    t = tr.token
    heads, x = token_table(t.doc).head, t.i   # (indices up the chain: a Token made for the answer only)
    for _ in range(8):
        h = heads[x]
        if h == x:
            return None, None
        g = by_tok.get(h)
        if g is not None and g is not tr:
            return g, (t if x == t.i else t.doc[x])
        x = h
    return None, None
