"""Noun phrases in a parse -> the actors they stand for.

The actors stage publishes ``resolve_phrases`` / ``resolve_phrase`` /
``actors_in_span`` (communique.resolve.actors); this module cuts the phrase a
role word heads out of the parse (its modifiers, not its relative clauses or
other prepositional phrases), splits coordinations ("Hamas and Islamic Jihad
leaderships" -> two actors), and resolves pronouns and plural references
("they", "both movements", "the participants") to the issuers or to the last
group of actors named.  When the actors stage resolves a phrase to no actor, the
actors whose mentions overlap it stand for it (:mod:`phrase_actors`).  Where a phrase's
words end is read by :mod:`phrase_bounds`.  A statement's
words for its issuer and its forum's bodies are read by :mod:`statement_refs` (over
:mod:`issuer_voice`), the owners of a noun that names no actor by :mod:`owners`, the country
a group's phrase places it in by :mod:`phrase_country`; what a phrase resolves to is a
:class:`found.Found`.
"""

from __future__ import annotations

from ..document import Document, Span
from . import group_phrases, judged_sides
from .cues import Cues
from .found import Found
from .pronouns import PronounReferences
from .clause_parts import is_actorish, is_relative, stand_ins
from .mention_index import MentionIndex
from .office_holders import office_holder
from .owners import ACT_NOUN, listed_members, named_after_place, named_of_owners, owners_of, possessors
from .patterns import load_word_classes
from .phrase_actors import actors_overlapping, capital_government, place_country_actor
from .phrase_actors import is_place_name as _is_place_name
from .phrase_actors import resolve_span as _resolve_span
from .phrase_bounds import conjuncts, core, shared_complement
from .phrase_country import place_by_phrase
from .stance_clauses import joiner_of
from .stance_data import load_stances
from .statement_refs import StatementReferences
from .thing_pronouns import antecedent_noun
from .token_table import token_table

# Dependents that modify a head before it ("Hungarian and Romanian officials").
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}
# Prepositions that locate a thing ("the situation in X"), as opposed to owning it.
_IN_PLACE_PREPS = {"in", "inside", "at", "within"}
_NAMED = {"PERSON", "ORG", "GPE", "NORP"}
# Styles of address that stand before a title ("His Majesty the King of X").
_STYLES = {"majesty", "excellency", "highness", "holiness", "eminence", "grace"}


class Referents(PronounReferences, StatementReferences):
    """Resolves noun-phrase heads of one document to actor ids."""

    def __init__(self, doc: Document, cues: Cues):
        self.doc = doc
        self.cues = cues
        self.recent_group: list[str] = []   # the last subject naming two actors or more
        self.recent_group_at = 0            # (where it was named, in doc.text)
        self._cache: dict[int, list[str]] = {}
        self._capitals: dict[str, bool] = {}   # a word's text -> _capital_word
        self._mentions = MentionIndex(doc)
        # Offset of the parse being read in doc.text (a sentence re-parsed on its own
        # has its own spaCy Doc starting at 0).
        self.base = 0
        # Set per phrase by the coder: whether a place stands for its country (targets
        # of visits, attacks, arrests), or stays a place (sources, speech acts).
        self.places_as_countries = False
        # Set by the coder while it resolves targets: a thing acted on ("air links
        # with X", "restrictions against X's goods") leads to whom it concerns.
        self.for_target = False
        # Set by the coder for an accusation's targets: an act condemned leads to its doer.
        self.accusing = False
        self.deploring = False   # an accusation that disapproves (not an investigation)
        # Set while "you" is resolved to the one spoken to (statement_refs.addressee): a
        # title spoken to that holds "your" asks the same question again.
        self._seeking_addressee = False
        # the head nouns of the titles the text's persons bear, for the actors list they were read from
        self._titles_of, self._titles_at, self._titles = None, -1, frozenset()

    # -- resolution ----------------------------------------------------------

    def mentions_at(self, at: int) -> list:
        """The document's mentions over character ``at``, in document order
        (:class:`mention_index.MentionIndex`)."""
        return self._mentions.covering(at)

    def resolve(self, head, *, skip=frozenset()) -> Found:
        """The actors a noun phrase headed by ``head`` (and its conjuncts) denotes."""
        found = Found()
        heads = conjuncts(head)
        # A coordination of names the parser hung lower ("Barack Obama and Vladimir Putin"
        # read as "Barack (Obama and Putin)"): named conjuncts of named words count too.
        sdoc = head.doc
        deps = token_table(sdoc).dep   # (a token made only for a conjunct)
        for i in range(head.left_edge.i, min(len(sdoc), head.i + 12)):   # (not the whole subtree)
            if deps[i] != "conj":
                continue
            t = sdoc[i]
            if (t.ent_type_ in _NAMED and t.head.ent_type_ in _NAMED
                    and t not in heads and (t == head or head.is_ancestor(t)) and _inside_phrase(head, t)
                    and not (t.head != head and named_after_place(head) and self._capital_word(t))):
                heads.append(t)
        whole = self._named_whole(head, heads)
        if whole:
            return whole
        shared = shared_complement(heads, self.cues.self_heads) | self._inside_name(head, heads)
        for h in heads:
            if h.i in skip or h in shared:
                continue
            self._one(h, found)
        if self.for_target and self.deploring and found:   # (a condemnation, not an investigation)
            judged_sides.drop_places_and_victims(self.doc, head, self.base, found, self.cues.actor_nouns)
        if len(found.actors) >= 2:
            self.recent_group = list(found.actors)
            self.recent_group_at = self.base + head.idx
        return found

    def _owner(self, owner, found: Found, depth: int) -> None:
        """The owner or doer of a thing accused or rejected ("the policy of Washington",
        "Moscow's war"): a place named there stands for its country's government."""
        keep = self.places_as_countries
        # (for what is accused or rejected only: elsewhere a place owner stays a place)
        self.places_as_countries = keep or (self.for_target and self.accusing)
        try:
            self._one(owner, found, depth)
        finally:
            self.places_as_countries = keep

    def _inside_name(self, head, heads: list) -> set:
        """Conjuncts inside the name of the head's actor ("the Group of 77 and China" is one
        group, not also China)."""
        if len(heads) < 2:
            return set()   # (no other conjunct: no mention read)
        m = next((m for m in self.mentions_at(self.base + head.idx) if m.actor), None)
        if m is not None:
            return {h for h in heads[1:] if m.start <= self.base + h.idx < m.end}
        return set()

    def _named_whole(self, head, heads: list) -> Found:
        """A coordination the knowledge base names whole and no mention found ("the Group of
        77 and China", "Trinidad and Tobago"): that one actor."""
        kb = self.doc.workspace.kb
        found = Found()
        if kb is None or len(heads) < 2 or head.pos_ != "PROPN":
            return found
        last = heads[-1]
        whole = head.doc[head.i:last.i + 1].text
        if any(x.how in ("name", "alias") and x.entry.name != last.text for x in kb.lookup(whole)):
            start, end = self.base + head.idx, self.base + last.idx + len(last)
            found.add(_resolve_span(self.doc, start, end)[:1], Span(start, end))
        return found

    def _with_conjuncts(self, owners: list) -> list:
        """Owners and the owners coordinated with them ("imposed by the EU and the US")."""
        out = []
        for o in owners:
            out += [x for x in conjuncts(o) if x not in out]
        return out

    def _one(self, h, found: Found, depth: int = 0) -> None:
        sdoc, tab = h.doc, token_table(h.doc)   # (children read from the table: fewer Tokens made)
        low = h.lower_
        if low in load_word_classes()["manner_nouns"] and h.dep_ == "pobj" and h.head.lower_ == "by" \
                and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in h.children):
            return   # "changing borders by force": how, not by whom
        if h.pos_ == "PRON" or is_relative(h):
            if is_relative(h) and h.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and h.head.dep_ == "relcl":
                # ("X's aggression, which we condemn, ...": the relative word stands for X's aggression;
                # "X's war against Y, which we condemn": the parser hangs it on Y, the act is meant)
                self._one(_act_antecedent(h.head) if self.deploring else h.head.head, found, depth)
                joiner = joiner_of(h.head.head, load_stances())
                if not found and joiner is not None and depth < 3:
                    self._one(joiner, found, depth + 1)   # "we join those who condemn X"
                return
            named = [c for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if low == "you" and named and depth < 3:
                return self._one(named[0], found, depth + 1)   # "Thank you, X, for ..."
            if self.deploring and (thing := antecedent_noun(h)) is not None:   # "condemning it": a thing
                return self._one(thing, found, depth + 1) if depth < 3 else None
            ids = self.pronoun(h)
            found.add(ids, Span(self.base + h.idx, self.base + h.idx + len(h)))
            return
        if depth < 3 and (named := stand_ins(h, _STYLES, self.for_target and load_stances().merits & self.cues.actor_nouns)):
            for d in named:   # "His Majesty the King of X", "the occupying Power, X,", "the leadership shown by X"
                self._one(d, found, depth + 1)
            return
        if not self.for_target and h.pos_ == "NOUN" and ACT_NOUN.search(h.lower_) and depth < 3 \
                and h.dep_ in ("nsubj", "nsubjpass") and (doers := possessors(h)):
            # "Russia's war of aggression against Ukraine threatens ...": the doer of the act
            # named as a subject is its owner, not the victim the phrase names
            for owner in self._with_conjuncts(doers):
                self._owner(owner, found, depth + 1)
            return
        if self.for_target and self.accusing and h.pos_ == "NOUN" and ACT_NOUN.search(h.lower_) and depth < 3:
            # "condemn the war in X", "the aggression against X": an act accused stands for
            # its doers; the place or victim it names is no one accused
            for owner in self._with_conjuncts(self.owners(h)):
                self._owner(owner, found, depth + 1)
            return
        if depth < 3 and (body := self._office_of_body(h)) is not None:
            return self._body_of_office(body, found, depth + 1)   # "the Office of the UNHCR": that body
        if depth < 3 and (holder := office_holder(h)) is not None:
            return self._one(holder, found, depth + 1)   # "X's presidency of the Council": X
        own = self.self_reference(h) or self.forum_body(h)
        if not own and (h.pos_ == "NOUN" or low in load_stances().vocative_titles) and any(
                c.dep_ == "poss" and c.lower_ == "your" for c in h.children):
            # "Secretary-General, we commend your leadership": the one spoken to, if named;
            # so is a title said to one ("we congratulate Your Excellency on ..."): "you"
            own = self.addressee(h)
            if not own:   # else the name in apposition ("your predecessor, Mr X"), or no one
                for a in [c for c in h.children if c.dep_ == "appos"][:1]:
                    self._one(a, found, depth + 1)
                return
        if own:
            lo, hi = core(h)
            found.add(own, Span(self.base + sdoc[lo].idx, self.base + sdoc[hi].idx + len(sdoc[hi])))
            return
        if (h.lower_ in self.cues.partitive_heads or h.lemma_.lower() in self.cues.partitive_heads) \
                and not (h.pos_ == "PROPN" and h.text[:1].isupper() and h.i > h.sent.start):
            # (a capitalised "Group" inside a sentence names one: "the Group of 77")
            inner = [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
            if inner and depth < 3:
                # "hundreds of Malian and Nigerien migrants": every conjunct counts
                for x in conjuncts(inner[0]):
                    self._one(x, found, depth + 1)
                return
        if h.pos_ == "NOUN" and (h.lemma_ or h.lower_).lower() in load_word_classes()["relational_nouns"] \
                and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in h.children):
            # "attacked by its neighbour", "X's allies", "the enemies of X": someone other
            # than the owner, unnamed unless a name in apposition says who ("its neighbour,
            # Y"); an adjective is the noun's own people ("Syrian opponents" are Syrian)
            # (or the names singled out: "our allies ..., especially Y and Z")
            for a in [c for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"][:1] or listed_members(h):
                if depth < 3:
                    self._one(a, found, depth + 1)
            return
        lo, hi = core(h)
        if self.for_target and self.deploring and h.pos_ == "NOUN" and not is_actorish(
                h, self.cues.actor_nouns) and not any(m.actor for m in self.mentions_at(self.base + h.idx)):
            # A thing deplored that names no actor ("concerned about the situation in X",
            # "the horrors in many places in X") is only located by its "in X" phrase: the
            # place is where it happens, not the one accused
            hi = min([hi] + [c.i - 1 for c in h.children
                             if c.dep_ == "prep" and c.i > h.i and c.lower_ in _IN_PLACE_PREPS])
        start, end = self.base + sdoc[lo].idx, self.base + sdoc[hi].idx + len(sdoc[hi])
        # A name the parser cut ("Front for the Liberation of the Northern Provinces"
        # with "for ..." hung as a modifier): the whole named mention over the head.
        at = self.base + h.idx
        for m in self.mentions_at(at):
            if m.actor and (m.start < start or m.end > end):
                start, end = min(start, m.start), max(end, m.end)
                break
        named = listed_members(h)
        if named and depth < 3:
            # "the Governments of X and Y", "partners such as X, Y and Z": each one named
            for x in named:
                self._one(x, found, depth + 1)
            if found:
                return
        plural = self.plural_reference(h, lo)
        if plural:
            found.add(plural, Span(start, end))
            return
        # Coordinated modifiers: "Hungarian and Romanian officials", "Hamas and PIJ leaders".
        # Only named modifiers split a phrase: "political and military officials" is one group.
        # (the entity read from the table first: a modifier's conjuncts are a walk of the parse)
        mods = [c for k in tab.kids(h.i) if k < h.i and tab.dep[k] in _MODIFIER_DEPS
                and tab.ent[k] in ("NORP", "GPE", "ORG", "PERSON") for c in [sdoc[k]] if list(c.conjuncts)
                and not (named_after_place(h) and any(self._capital_word(x) for x in c.subtree))]
        if mods:
            for m in mods:
                for part in [m, *[c for c in m.conjuncts if c.i < h.i]]:
                    plo = min(t.i for t in part.subtree if t.dep_ not in ("cc", "conj") or t == part)
                    plo = min(plo, part.i)
                    pstart, pend = self.base + sdoc[plo].idx, self.base + part.idx + len(part)
                    ids = _resolve_span(self.doc, pstart, pend) or actors_overlapping(self.doc, pstart, pend)
                    found.add(ids[:1], Span(pstart, pend))
            if found:
                return
        ids = self._cache.get(start)
        if ids is None:
            if depth < 2 and (owned := named_of_owners(h, self.cues.actor_nouns)):
                for owner in owned:   # "the support of X and Y": each one's, not the first name's
                    self._owner(owner, found, depth + 1)
                return
            ids = _resolve_span(self.doc, start, end)
            if not ids and not _is_place_name(self.doc, start, end):
                ids = actors_overlapping(self.doc, start, end)[:1]
            self._cache[start] = ids
        if not ids and self.for_target and not self.places_as_countries and _is_place_name(self.doc, start, end):
            # "criticised Beijing", "accused Tehran": a capital judged or addressed is its government
            ids = capital_government(self.doc, start, end)
        if self.places_as_countries:
            unknown = [i for i in ids if (a := self.doc.actor(i)) is not None and not a.country and not a.known]
            if (not ids and _is_place_name(self.doc, start, end)) or (ids and len(unknown) == len(ids)):
                # "the capital Juba", "targets in Jericho": the place's country is the target
                ids = place_country_actor(self.doc, start, end) or ids
        for i in ids:
            place_by_phrase(self.doc, h, i, self.base, self.mentions_at)
        of_end = max([self.base + t.idx + len(t) for k in tab.kids(h.i) if tab.dep[k] == "prep" and tab.lower[k] == "of"
                      for t in sdoc[k].subtree] + [end])
        ids = self.as_issuer(ids, start, of_end)
        if ids and self.for_target and self.accusing and h.pos_ == "NOUN" and set(ids) <= set(self.doc.issuers):
            # "we reject the inclusion of Cuba in the list ... by X" in Cuba's statement: the
            # issuer named in a thing accused is what it was done to; its doer is accused
            ids = []
        ids = ids or (group_phrases.group_named(self.doc, h, self.base) if self.for_target else [])
        if not ids and h.pos_ == "NOUN" and depth < 2:
            # "your predecessor, Mr X": the name in apposition says who
            named = [c for c in h.children if c.dep_ == "appos" and (c.ent_type_ in _NAMED or c.pos_ == "PROPN")]
            if named:
                return self._one(named[0], found, depth + 1)
        if not ids and h.pos_ == "NOUN" and depth < 2:
            # A thing, not an actor ("the sacrifices made by X", "X's stance"): its owner or
            # maker; as a target also whom it concerns ("links with X", "camps for X").
            for owner in self._with_conjuncts(self.owners(h)):
                self._owner(owner, found, depth + 1)
            return
        found.add(ids, Span(start, end))

    def _office_of_body(self, h):
        """ "the Office of the UNHCR", "the Secretariat of X": an office noun (word class body_offices) with a name in its "of" phrase stands for the
        one named, unless a known actor's name already covers the noun ("the Office for the
        Coordination of Humanitarian Affairs"); the head of that name, or None."""
        if h.pos_ not in ("NOUN", "PROPN") or h.lower_ not in load_word_classes()["body_offices"]:
            return None
        named = next((g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == h.i + 1
                      for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if named is None or any(m.actor and (a := self.doc.actor(m.actor)) is not None and a.known
                                for m in self.mentions_at(self.base + h.idx)):
            return None
        return named

    def _body_of_office(self, body, found: Found, depth: int) -> None:
        """The body named in an office's "of" phrase; when the tagger made the whole phrase one
        name of no known actor ("Office of the UNHCR"), the body's own words say which."""
        own = Found()
        self._one(body, own, depth)
        whole = {m.actor for m in self.mentions_at(self.base + body.idx) if m.actor}
        if own.actors and set(own.actors) <= whole:
            lo, hi = core(body)
            start, end = self.base + body.doc[lo].idx, self.base + body.doc[hi].idx + len(body.doc[hi])
            ids = [i for i in _resolve_span(self.doc, start, end) if i not in whole
                   and (a := self.doc.actor(i)) is not None and a.known]
            if ids:
                found.add(ids, Span(start, end))
                return
        for aid, sp in zip(own.actors, own.spans):
            found.add([aid], sp)

    def owners(self, h) -> list:
        """Who a non-actor noun stands for (:func:`owners.owners_of`)."""
        return owners_of(h, self._country_word, for_target=self.for_target, accusing=self.accusing,
                         places_as_countries=self.places_as_countries, capital_word=self._capital_word)

    def _capital_word(self, t) -> bool:
        """A word the knowledge base knows only as a capital city ("Nairobi"), once per text."""
        kb = self.doc.workspace.kb
        if kb is None or t.pos_ != "PROPN":
            return False
        if t.text not in self._capitals:
            found = kb.exact(t.text)
            self._capitals[t.text] = bool(found) and all(m.how == "capital" for m in found)
        return self._capitals[t.text]


def _inside_phrase(head, t) -> bool:
    """``t`` hangs under ``head`` through the words of one name ("Barack (Obama and Putin)", even with
    "Barack" read as a preposition; "the Republic of (Korea and Japan)"), not through another phrase
    ("Fiji thanks (X, Y and Z)" with "thanks" read as a noun: its object's conjuncts are not Fiji's)."""
    x = t.head
    for _ in range(12):
        if x == head:
            return True
        if x.dep_ not in ("compound", "conj", "appos", "flat", "nmod", "amod", "poss", "pobj") \
                and not (x.lower_ == "of" and x.ent_iob_ == "I"):
            return False
        x = x.head
    return False


def _act_antecedent(clause):
    """The noun a relative clause set off by a comma stands for: the parsed head, or the act
    noun whose phrase that head ends ("the war against Y, which ...")."""
    ante = clause.head
    p = ante.head
    if ante.dep_ == "pobj" and p.dep_ == "prep" and ACT_NOUN.search(p.head.lower_) and clause.left_edge.i > 0 \
            and clause.doc[clause.left_edge.i - 1].text == ",":
        return p.head
    return ante
