"""Whom a thing stands for: the owners of a noun that names no actor.

"the sacrifices made by X", "X's stance", "Israeli changes", "the support received from X":
the thing's owner or maker; as a target also whom it concerns ("links with X", "camps for
X"); as what an accusation is about, the doer of the act ("condemn the war waged by X"), never
its place or victim ("the war in X").  Also the names a plural noun lists ("the Governments of
X and Y", "countries such as X").
"""

from __future__ import annotations

import functools
import re

from .cause_phrases import cause_word
from .clause_parts import is_actorish, is_relative, numeral_compound_half
from .noun_roles import agent_on_verb, at_hands_of, low_agents
from .patterns import load_word_classes
from .token_table import sent_end, token_table


def owners_of(h, country_word, *, for_target: bool, accusing: bool, places_as_countries: bool,
              capital_word=None) -> list:
    """The heads of the phrases that say whose noun ``h`` is (``country_word``: whether a
    word names a country or its people; ``capital_word``: whether it names only a capital)."""
    out = _owners(h, country_word, capital_word)
    if for_target and accusing:
        # "condemn Russia's aggression against Ukraine", "the violations by X in Y": whose
        # act it is; the one it was done to (of/against/on) is no one accused
        doers = possessors(h) + [
            g for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"] + at_hands_of(h) + agent_on_verb(h)
        if not doers:
            doers = where_doers(h) or clause_doers(h)
        if not doers:
            doers = low_agents(h) or _stray_by(h)
        if not doers and DOER_OF_NOUN.search(h.lower_):
            # "the aggression of X against Y", "the interference of X in ...": "of" names the doer
            doers = [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
        return doers or [o for o in out if not (o.head.dep_ == "prep" and o.head.lower_ == "of"
                                                and o.head.head.i == h.i and ACT_NOUN.search(h.lower_))]
    if for_target:
        for c in h.children:
            if c.dep_ == "prep" and c.i > h.i and not cause_word(c) and (
                    c.lower_ in _CONCERNS_PREPS or (places_as_countries and c.lower_ in _LOCATIVE_PREPS)):
                # (not a phrase of cause, "flights on account of X": why, not whom)
                out += [g for g in c.children if g.dep_ == "pobj" and g not in out]
    return out


# Nouns of acts done to someone: "the invasion of X" names the one invaded, not the doer.
ACT_NOUN = re.compile(r"^(?:invasion|occupation|annexation|aggression|attack|bombing|blockade|siege|"
                       r"killing|shelling|destruction|persecution|oppression|assault|violation|war|"
                       r"hostilit(?:y|ie)|atrocit(?:y|ie)|massacre|incursion|violence|conflict|escalation)s?$")

# Nouns of acts or conduct whose "of" phrase names the doer, not the one acted on:
# "the aggression of X against Y", "incursions of X's vessels", "the interference of X".
DOER_OF_NOUN = re.compile(r"^(?:aggression|incursion|provocation|interference|intervention|presence|"
                          r"conduct|action|behaviou?r|polic(?:y|ie)|practice|hostilit(?:y|ie)|"
                          r"atrocit(?:y|ie)|escalation|violence|meddling)s?$")

# A thing acted on names whom the act concerns in these: "air links with X",
# "restrictions against X", "a commitment to X", "a camp for X refugees".
_CONCERNS_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "for", "between"}
# ... and, for the types whose place stands for its country, where it is ("targets in X").
_LOCATIVE_PREPS = {"in", "at", "inside"}


def _marked_possessive(c) -> bool:
    """A modifier carrying the possessive ending ("’s", "'s", "’") as its own child."""
    return any(g.tag_ == "POS" or (g.dep_ == "case" and g.lower_ in ("'s", "’s", "'", "’")) for g in c.children)


def _means_used(h, g) -> bool:
    """ "the use of force", "the threat of force": the means named after a noun of using it, a
    bare singular common noun (a mass noun, no determiner), is no one who owns the act."""
    return ((h.lemma_ or h.lower_).lower() in load_word_classes()["means_nouns"]
            and g.pos_ == "NOUN" and g.tag_ == "NN" and not g.ent_type_
            and not any(c.dep_ in ("det", "poss", "nummod") for c in g.children))


def possessors(h) -> list:
    """The possessives of noun ``h``: "X's act", also when the parser took "X’s" (a curly
    apostrophe after a long name) for a compound or modifier of ``h``."""
    return [c for c in h.children if c.dep_ == "poss"
            or (c.dep_ in ("compound", "nmod") and c.i < h.i and _marked_possessive(c))]


def clause_doers(h, clauses=None) -> list:
    """ "the sanctions that X has imposed", "the steps which X and Y took": the subject of a
    relative clause on the thing, when the relative word is not it, made or did the thing."""
    return [s for c in (clauses if clauses is not None else [c for c in h.children if c.dep_ == "relcl"])
            for s in c.children if s.dep_ == "nsubj" and not is_relative(s) and s.lower_ != "what"
            and s.pos_ in ("PROPN", "NOUN")]


def _stray_by(h) -> list:
    """ "reject the inclusion of X in the list ... by Y": a "by" phrase the parser hung on a
    noun further on in the same clause (not in a clause of its own) names the doer."""
    v = h.head
    if h.dep_ not in ("dobj", "obj") or v.pos_ != "VERB":
        return []
    for t in v.subtree:
        if t.i > h.i and t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ in ("NOUN", "PROPN") \
                and _same_clause(t, v):
            return [g for g in t.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")][:1]
    return []


def _same_clause(t, v) -> bool:
    """No clause of its own between word ``t`` and its verb ``v``."""
    x = t.head
    while x != v:
        if x.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj") or x == x.head:
            return False
        x = x.head
    return True


def where_doers(h) -> list:
    """ "the war in X, where Y keep attacking civilians": an act located in a place whose
    "where" clause says who acts there; that clause's subject is the doer."""
    out = []
    for c in h.children:
        if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS:
            for place in (g for g in c.children if g.dep_ == "pobj"):
                for cl in place.children:
                    if cl.dep_ == "relcl" and any(a.lower_ == "where" for a in cl.children):
                        out += [s for s in cl.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")]
    return out


def named_of_owners(h, actor_nouns) -> list:
    """The doers a thing names by name: its "by" agent ("the recognition of X by Y and Z", "the
    lifting of the sanctions on X by Y": Y and Z, not X), else the names its "of" phrase
    coordinates ("the support of X and Y", "the decision of X and Y to ..."); [] for a noun
    that is no thing (a noun naming an actor, ``actor_nouns``: "the Governments of X and Y"
    are listed_members), and for one name in an "of" phrase."""
    if h.pos_ != "NOUN" or h.ent_type_ or is_actorish(h, actor_nouns):
        return []
    def names(prep):
        p = [g for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == prep and c.i > h.i
             for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"][:1]
        return [x for x in (p[0], *p[0].conjuncts) if x.pos_ == "PROPN"] if p else []
    named = names("of")
    return names("by") or (named if len(named) > 1 else [])


def listed_members(h) -> list:
    """The names a plural noun lists: "the Governments of X and Y", "officials from X and
    Y" (an "of" or "from" phrase of two names or more), "countries such as X, Y", "partners
    like X", "donors, including X"."""
    if h.tag_ not in ("NNS", "NNPS"):
        return []
    for c in h.children:
        if c.dep_ != "prep":
            continue
        listing = (c.lower_ in ("like", "including")
                   or (c.lower_ == "as" and any(a.lower_ == "such" for a in [*c.children, *h.children])))
        p = next((g for g in c.children if g.dep_ == "pobj"), None)
        if p is None or p.pos_ != "PROPN":
            continue
        names = [p, *[x for x in p.conjuncts if x.pos_ == "PROPN"]]
        # ("officials from X and Y": each country a side, as "X and Y officials" are)
        if listing or (c.lower_ in ("of", "from") and len(names) > 1):
            return names
    v = h.head
    if h.dep_ in ("dobj", "obj") and h.pos_ == "NOUN":
        # "we thank our partners, in particular X and Y, for ...": the parser hangs the
        # "in particular" phrase on the verb
        for c in v.children:
            p = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if (c.dep_ == "prep" and c.lower_ == "in" and c.i > h.i and p is not None
                    and any(a.lower_ == "particular" for a in c.children)
                    and all(t.text == "," or t.lower_ == "and" for t in h.doc[h.right_edge.i + 1:c.i])):
                return [p, *[x for x in p.conjuncts if x.pos_ == "PROPN"]]
    for a in h.children:
        # "all the nations that stood by us, in particular X, Y and Z", "our partners,
        # notably X and Y": names in apposition to a plural noun are its members (not to a
        # noun of acts: "the actions of X ..., the threats against Y, Z and W" lists the
        # victims of a later phrase the parser cut off)
        if (a.dep_ == "appos" and a.pos_ == "PROPN" and h.pos_ == "NOUN"
                and not (ACT_NOUN.search(h.lower_) or DOER_OF_NOUN.search(h.lower_))
                and any(t.text == "," for t in h.doc[h.i + 1:a.left_edge.i])):
            return [a, *[x for x in a.conjuncts if x.pos_ == "PROPN"]]
    if h.pos_ == "NOUN":
        # "all our friends that came to our aid, especially X and Y", "all states that have
        # influence, including X": names singled out inside the noun's phrase, which the
        # parser hangs on a later noun of it
        singling = load_word_classes()["singling_adverbs"]
        for t in h.subtree:
            if t.i > h.i and t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG", "NORP") and t.dep_ != "conj" and (
                    any(a.dep_ == "advmod" and a.lower_ in singling for a in t.children)
                    or (t.dep_ == "pobj" and t.head.lower_ == "including" and t.head.head.i != h.i)):
                return [t, *[x for x in t.conjuncts if x.pos_ == "PROPN"]]
    return _singled_later(h)


def _singled_later(h) -> list:
    """ "we commend the countries that stood by us, ..., particularly X, which ...", "To the
    organizations, in particular X, I reiterate ...": a name singled out ("especially",
    "particularly", "in particular") later in the group's clause, which the parser hung on
    another word (often a name before it: a name has no members).  Not past a clause of its
    own, a ";", or another group the name could belong to ("aid to many countries,
    particularly X"), unless that group is coordinated with the first ("and", "as well as")."""
    if h.pos_ != "NOUN":
        return []
    singling = load_word_classes()["singling_adverbs"]
    # (words read from the parse's token table: a Token made only for the few words that
    # need more; the subtree's indices only when a word could end the search)
    sdoc, tab, own = h.doc, token_table(h.doc), None
    pos, tag, dep, lower = tab.pos, tab.tag, tab.dep, tab.lower
    end = sent_end(h)   # (h.sent.end)
    after = h.right_edge.i + 1
    if singling.isdisjoint(lower[after:end]) and "particular" not in lower[after + 1:end]:
        return []   # (no word singles a name out after the phrase: most nouns, no walk)
    for i in range(after, end):
        low = lower[i]
        if low == ";":
            return []
        if pos[i] in ("VERB", "AUX") and any(dep[k] in ("nsubj", "nsubjpass") for k in tab.kids(i)):
            if own is None:
                own = {t.i for t in h.subtree}
            if i not in own:
                return []
        if tag[i] == "NNS" and dep[i] in ("dobj", "pobj", "nsubj", "appos"):
            if own is None:
                own = {t.i for t in h.subtree}
            left = sdoc[i].left_edge.i
            if i not in own and not (left > 0 and dep[left - 1] == "cc"):
                return []
        if low in singling:
            start = i + 1
        elif low == "in" and i + 1 < end and lower[i + 1] == "particular":
            start = i + 2
        else:
            continue
        while start < end and dep[start] == "det":
            start += 1
        n = sdoc[start] if start < end else None
        if n is None or n.ent_type_ not in ("GPE", "ORG", "NORP"):
            return []
        while n.head.i != n.i and n.head.ent_type_ == n.ent_type_ and n.head.i > n.i and n.head.ent_iob_ == "I":
            n = n.head   # the name's head word ("the World Food Programme")
        return [n, *[x for x in n.conjuncts if x.pos_ == "PROPN" and x.i > n.i]]
    return []


# Participles that place a thing said in the text that says it ("contained in", "made in").
_HOLDING_VERBS = {"contain", "make", "include", "express", "set", "state", "voice", "level", "publish",
                  "formulate", "present", "raise"}


def _owners(h, country_word=None, capital_word=None) -> list:
    """Who a non-actor noun belongs to: a possessive, an "of" phrase, a "made by" agent,
    an adjective naming a people or country ("Israeli changes", "Kampuchean camps")."""
    out = []
    named = named_after_place(h)
    for c in h.children:
        if named and capital_word is not None and c.dep_ in ("amod", "compound", "nmod") \
                and c.i < h.i and any(capital_word(x) for x in c.subtree):
            # "the Bridgetown initiative", "the Luanda and Nairobi processes": a capital's name
            # is the thing's name, not its government's (but "the Kenyan initiative" is Kenya's)
            continue
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and not numeral_compound_half(c) and (
                c.ent_type_ in ("NORP", "GPE", "ORG") or (country_word is not None and country_word(c)))):
            out.append(c)
        elif c.dep_ in ("compound", "nmod") and c.i < h.i and _marked_possessive(c):
            # "the Secretary-General’s efforts", "the Democratic People’s Republic of Korea’s
            # repeated launches": a possessive the parser took for a compound or modifier
            out.append(c)
        elif c.dep_ == "compound" and country_word is not None and c.i < h.i:
            # "Kampuchean guerrilla camps": the people's word modifies the modifier.
            out += [g for g in c.children if g.dep_ in ("amod", "compound") and country_word(g)]
        elif c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by", "from"):
            if c.lower_ == "of" and (h.lemma_ or h.lower_).lower() in load_word_classes()["measure_nouns"]:
                continue   # "the size of X": a yardstick
            out += [g for g in c.children if g.dep_ == "pobj" and not (c.lower_ == "of" and _means_used(h, g))]
        elif c.dep_ == "relcl":
            out += clause_doers(h, [c])
        elif c.dep_ == "acl":
            agents = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if not agents and c.tag_ == "VBN":
                # "the support received from X": where it came from
                agents = [g for a in c.children if a.dep_ == "prep" and a.lower_ == "from"
                          for g in a.children if g.dep_ == "pobj"]
            if not agents and c.tag_ == "VBN":
                # "the work carried out during the session by X": the parser hung the
                # "by" phrase lower, on the participle's own phrase
                agents = [g for a in c.subtree if a.dep_ == "prep" and a.lower_ == "by" and a.i > c.i
                          for g in a.children if g.dep_ == "pobj"][:1]
            if not agents and c.tag_ == "VBN" and (c.lemma_ or "").lower() in _HOLDING_VERBS:
                # "the allegations contained in the statement of X", "the claims made in X's
                # letter": a thing said is its document's; the document's owner said it
                agents = [g for a in c.children if a.dep_ == "prep" and a.lower_ == "in"
                          for g in a.children if g.dep_ == "pobj"]
            out += agents
    if not out and h.dep_ == "dobj" and h.pos_ == "NOUN" and not any(c.dep_ == "auxpass" for c in h.head.children):
        # "commend the work by your predecessor, X": the parser hung the thing's "by" phrase
        # on the (active) verb; it names who did the thing when it names someone
        out = [g for c in h.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > h.i
               for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(
                   a.dep_ == "appos" and a.pos_ == "PROPN" for a in g.children))]
    return out


def named_after_place(h) -> bool:
    """ "initiative", "process", "agreement": a noun of a thing a place's name may name."""
    nouns = _place_named_nouns()
    word = (h.lemma_ or h.lower_).lower()
    return h.pos_ in ("NOUN", "PROPN") and (word in nouns or h.lower_ in nouns)


@functools.lru_cache(maxsize=1)
def _place_named_nouns() -> frozenset[str]:
    """The word classes accords, instruments and named_processes, joined once."""
    w = load_word_classes()
    return w["accords"] | w["instruments"] | w["named_processes"]
