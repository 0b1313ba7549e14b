"""Pronouns and plural references -> the actors they stand for.

"we", "they", "both movements", "the participants", "he", "its": whom a statement's
pronoun or plural reference means, by the statement's issuers and the actors named before
it.  A mixin of :class:`communique.events.referents.Referents`, which supplies the document
(``doc``, ``cues``, ``base``, ``recent_group``) and ``addressee``; ``_country_word`` is also read by the owners of a noun.
"""

from __future__ import annotations

import bisect

from .clause_parts import is_actorish
from .judged_pronouns import judged_object
from .owners import ACT_NOUN, DOER_OF_NOUN
from .thing_pronouns import antecedent_noun, is_common_noun
from .patterns import load_word_classes

# the prepositions of an act noun's phrase that name the one it is done to
_VICTIM_PREPS = {"of", "against", "on", "upon"}
_PERSONAL = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
             "it": "other", "its": "other"}


class PronounReferences:
    def _country_word(self, t) -> bool:
        """A word naming a country or its people ("Kampuchean"), tagged or not."""
        if t.ent_type_ in ("NORP", "GPE", "ORG"):
            return True
        kb = self.doc.workspace.kb
        return t.pos_ in ("ADJ", "PROPN") and kb is not None and kb.country(t.text) is not None

    def plural_reference(self, h, lo: int) -> list[str]:
        """ "both movements", "the two leaderships", "the participants" -> issuers or last group."""
        if h.tag_ not in ("NNS", "NNPS") or h.lemma_.lower() not in self.cues.plural_reference_heads:
            return []
        sdoc = h.doc
        before = " ".join(t.lower_ for t in sdoc[lo:h.i])
        if not before.startswith(self.cues.plural_reference_determiners):
            return []
        if before.split()[:1] == ["all"] and len(self.doc.issuers) < 2:
            return []   # "called on all parties": everyone concerned, not the last group named
        # A country or organisation named inside ("the two Korean governments") is not a reference.
        if any(t.ent_type_ in ("GPE", "ORG") for t in sdoc[lo:h.i]):
            return []
        # A describing word makes it a class of others ("all armed groups", "the other
        # parties"); a nationality does not ("both Palestinian movements").
        if any(t.pos_ in ("ADJ", "VERB") and t.lower_ not in ("two", "both")
               and not self._country_word(t) for t in sdoc[lo:h.i]):
            return []
        # "the parties to the conflict in X": a group its own complement defines, no one named
        # before (but "the parties to the accord" are those who made it); the parser may hang
        # the complement higher, so the preposition right after the head counts
        accords = load_word_classes()["accords"]
        nxt = sdoc[h.i + 1] if h.i + 1 < len(sdoc) else None
        if nxt is not None and nxt.dep_ == "prep" and not any(
                (g.lemma_ or g.lower_).lower() in accords for g in nxt.children if g.dep_ == "pobj"):
            return []
        return self.third_person_group(h)

    def third_person_group(self, h=None) -> list[str]:
        """Whom "they", "both movements", "the participants" stand for: the issuers of a
        joint statement that speaks of them in the third person; in one issuer's statement
        (or none) the last group named, never the issuer, in the same sentence as ``h`` or
        the one before (a group named paragraphs earlier is no longer the one meant)."""
        if len(self.doc.issuers) >= 2:
            return list(self.doc.issuers)
        if h is not None and self.recent_group and not self._near_group(self.base + h.idx):
            return []
        return list(self.recent_group)

    def _near_group(self, at: int) -> bool:
        """Whether the last group was named in the sentence of offset ``at`` or the one before."""
        sdoc = self.doc.workspace.spacy
        if sdoc is None:
            return True
        starts = getattr(self, "_sent_starts", None)
        if starts is None:
            starts = self._sent_starts = [s.start_char for s in sdoc.sents]
        return bisect.bisect_right(starts, at) - bisect.bisect_right(starts, self.recent_group_at) <= 1

    def group(self) -> list[str]:
        if self.doc.issuers:
            return list(self.doc.issuers)
        return list(self.recent_group)

    def _last_plural_name(self, h) -> list[str]:
        """ "The Houthis attacked ships. We condemn them": the nearest name before the
        pronoun that is plural in form ("the Houthis"; a state is "it"), within 300
        characters: a known actor or a group, not an issuer or a person."""
        at = self.base + h.idx
        best, best_end = None, -1
        for a in self.doc.actors:
            if a.kind in ("person", "country") or a.id in self.doc.issuers or not (
                    a.known or a.kind in ("armed_group", "group", "party")):
                continue   # (a thing named, "merchant ships", acts on no one)
            for m in a.mentions:
                words = self.doc.text[m.start:m.end].split()
                if best_end < m.end <= at and at - m.end < 300 and words and words[-1].endswith("s"):
                    best, best_end = a.id, m.end
        return [best] if best else []

    def _joined_clause_subject(self, h) -> list[str]:
        """ "The Brigades say that ..., and they threaten further attacks": "they", the
        subject of a verb joined to a verb whose subject is a plural or named phrase, is that
        subject (the doer of the first clause goes on)."""
        if h.lower_ != "they" or h.dep_ not in ("nsubj", "nsubjpass") or h.head.dep_ != "conj":
            return []
        first = next((c for c in h.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or first.pos_ == "PRON" or not (
                first.tag_ in ("NNS", "NNPS") or first.ent_type_ in ("ORG", "NORP")):
            return []
        return list(self.resolve(first).actors)

    def pronoun(self, h) -> list[str]:
        low = h.lower_
        if low in self.cues.first_person and self.doc.issuers:
            return list(self.doc.issuers)
        if low in load_word_classes()["second_person"]:
            return self.addressee(h)
        judged = judged_object(h)
        if judged is not None:
            # "criticized the dam, saying it threatened ...": the thing judged, not the judge
            return list(self.resolve(judged).actors) if is_actorish(judged, self.cues.actor_nouns) else []
        if low in self.cues.plural_pronouns:
            if low in self.cues.first_person:
                return self.group()   # "we" with no issuer known: the last group named
            if low == "their" and self._thing_before(h):
                return []   # "those referendums, or their results": things, not actors
            return self._joined_clause_subject(h) or self.third_person_group(h) or self._last_plural_name(h)
        kind = _PERSONAL.get(low)
        if kind is None:
            return []
        if low == "it" and h.dep_ in ("nsubj", "nsubjpass") and self._thing_subject_before(h):
            return []   # "The war in X changed our agenda. It threatened food security": the war
        if low == "it" and h.dep_ == "nsubj" and _is_an_act(h):
            return []   # "it is a colonial war, about annexing ...": the pronoun is the act named
        if low == "it" and h.dep_ == "nsubj" and _extraposed(h):
            return []   # "it is up to X to decide ...": "it" stands for the clause, no one
        # The nearest actor mentioned before the pronoun, of the right kind, within 400
        # characters; for a subject, the nearest one that was a subject too ("Varga met
        # the envoy Eriksen ... She called on ...": she is Varga).
        at = self.base + h.idx
        # (an object or possessive "him", "his", "her" also stands for an actor named by an
        # office one person holds, "the envoy", in its sentence or the one before)
        office = kind == "person" and h.dep_ not in ("nsubj", "nsubjpass")
        near = sorted(((m.end, a.id, m) for a in self.doc.actors for m in a.mentions
                       if m.end <= at and at - m.end < 400
                       and (a.kind == "person" or (office and self._one_person(m, h))) == (kind == "person")),
                      key=lambda x: x[0])
        if kind == "person" and h.dep_ in ("dobj", "obj", "dative", "pobj"):
            # "The minister met the envoy and thanked him": an object pronoun is not the
            # subject of its own verb (nor of the verb that verb is joined to)
            own = {t.i for v in _clause_verbs(h) for t in v.children if t.dep_ in ("nsubj", "nsubjpass")}
            near = [x for x in near if (sp := self._span_of(h.doc, x[2])) is None or sp.root.i not in own]
        if kind == "other" and near and (h.dep_ == "nsubj" or (low == "its" and ACT_NOUN.search(h.head.lower_))):
            # "the occupation of X's territories and the crimes it commits": "it" does what
            # the act noun's doer does; the one the act is done to is not its doer
            act = self._victim_of_act(h.doc, near[-1][2])
            if act is not None:
                doers = {t.i for t in act.children if t.dep_ in ("poss", "amod", "compound", "nmod")}
                doers |= {g.i for c in act.children if c.lower_ == "by" for g in c.children}
                if act.dep_ == "dobj":
                    # "X launched an attack on Y": the subject of the verb the act is the object of
                    doers |= {t.i for t in act.head.children if t.dep_ == "nsubj"}
                near = [x for x in near if (sp := self._span_of(h.doc, x[2])) is not None
                        and sp.root.i in doers]
        if (h.dep_ in ("nsubj", "nsubjpass") and not _small_clause_subject(h)) or (
                h.dep_ == "poss" and low == "its" and h.head.dep_ in ("nsubj", "nsubjpass")):
            # (and "its" in a subject: "X attacked Y. Its troops also shelled Z" are X's)
            subj = [x for x in near if self._was_subject(h.doc, x[2])]
            near = subj or near
        elif h.dep_ == "poss" and near and low == "its" and ACT_NOUN.search(h.head.lower_):
            # "X invaded Y. We condemn its aggression", "X has long been a malign actor in Y.
            # We condemned its attacks": the doer of a hostile act is, of the actors of the
            # sentence that named the nearest one, its subject, not the victim or place it names
            sent = self._sentence_of(h.doc, near[-1][2])
            subj = [x for x in near if sent is not None and self._sentence_of(h.doc, x[2]) == sent
                    and self._was_subject(h.doc, x[2])]
            near = subj or near
        return [near[-1][1]] if near else []

    def _one_person(self, m, h) -> bool:
        """A mention of an actor named by an office one person holds ("the Togolese envoy"), in
        the sentence of pronoun ``h`` or the one before."""
        words = self.doc.text[m.start:m.end].split()
        if not words or words[-1].lower() not in load_word_classes()["one_person_nouns"]:
            return False
        sent = h.sent
        first = h.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return self.base + h.doc[first].idx <= m.start

    def _span_of(self, sdoc, m):
        if not 0 <= m.start - self.base < len(sdoc.text):
            return None
        span = sdoc.char_span(m.start - self.base, m.end - self.base, alignment_mode="expand")
        return span if span is not None and len(span) > 0 else None

    def _victim_of_act(self, sdoc, m):
        """The act noun (ACT_NOUN) whose "of"/"against" phrase names mention ``m``, the one
        the act is done to ("the occupation of X's land", "aggression against X"), or None."""
        span = self._span_of(sdoc, m)
        if span is None:
            return None
        t = span.root
        for _ in range(8):
            if t.dep_ == "pobj" and t.head.lower_ == "including":
                t = t.head.head   # "Arab lands, including the X hills"
                if ACT_NOUN.search(t.lower_):
                    return t      # (the parser hung "including X" on the act noun itself)
            elif t.dep_ in ("amod", "compound", "poss", "nmod", "conj", "appos", "flat"):
                t = t.head
            else:
                break
        prep = t.head
        if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _VICTIM_PREPS:
            return None
        act = prep.head
        if not ACT_NOUN.search(act.lower_) or (prep.lower_ == "of" and DOER_OF_NOUN.search(act.lower_)):
            return None
        return act

    def _sentence_of(self, sdoc, m):
        if not 0 <= m.start - self.base < len(sdoc.text):
            return None
        span = sdoc.char_span(m.start - self.base, m.end - self.base, alignment_mode="expand")
        return (span.sent.start, span.sent.end) if span is not None and len(span) > 0 else None

    def _thing_subject_before(self, h) -> bool:
        """The subject "it" follows a subject that is a common noun naming no actor ("war",
        "the pandemic"), in its own sentence or as the subject of the sentence before."""
        thing = antecedent_noun(h)
        if thing is None and h.sent.start > 0 and not any(
                t.dep_ in ("nsubj", "nsubjpass") for t in h.doc[h.sent.start:h.i]):
            before = h.doc[h.sent.start - 1].sent
            thing = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if thing is None or not is_common_noun(thing):
            return False
        if thing.pos_ != "NOUN":   # (a capitalised common noun opening its sentence: "War has ...")
            return thing.lower_ not in self.cues.actor_nouns
        return thing.tag_ in ("NN", "NNS") and not is_actorish(thing, self.cues.actor_nouns)

    def _thing_before(self, h) -> bool:
        """ "the referendums, or their results", "these measures and their effects": a
        possessive "their" on a noun coordinated with a plural noun of things stands for
        those things."""
        if h.dep_ != "poss":
            return False
        # (the nearest plural noun of the conjunct before: "the fairness of those
        # elections, or their outcomes")
        for c in h.head.conjuncts:
            plural = [t for t in c.subtree if t.i < h.i and t.tag_ in ("NNS", "NNPS")]
            if plural:
                t = plural[-1]
                return t.pos_ == "NOUN" and not is_actorish(t, self.cues.actor_nouns)
        return False

    def _was_subject(self, sdoc, m) -> bool:
        span = sdoc.char_span(m.start - self.base, m.end - self.base, alignment_mode="expand") \
            if 0 <= m.start - self.base < len(sdoc.text) else None
        return span is not None and len(span) > 0 and span.root.dep_ in ("nsubj", "nsubjpass")


def _is_an_act(h) -> bool:
    """Subject pronoun ``h`` of "be" whose attribute is a noun of an act ("it is a colonial
    war", "it was an invasion"): the pronoun is that act, no actor."""
    v = h.head
    return (v.lemma_ or v.lower_).lower() == "be" and any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and ACT_NOUN.search(c.lower_) for c in v.children)


def _extraposed(h) -> bool:
    """Subject pronoun ``h`` of "be" whose clause is put after it ("it is in the power of X to
    decide", "it is clear that ..."): an infinitive or a "that" clause hanging on "be" itself,
    after the pronoun."""
    v = h.head
    return (v.lemma_ or v.lower_).lower() == "be" and any(
        c.i > h.i and c.dep_ in ("xcomp", "ccomp", "advcl") and any(
            a.lower_ in ("to", "that") and a.dep_ in ("aux", "mark") for a in c.children)
        and (c.dep_ != "advcl" or _decider_told(v, c)) for c in v.children)


def _decider_told(v, c) -> bool:
    """An adverbial infinitive ``c`` of "be" ``v`` is the clause put after "it" only when it
    names who decides: its own subject ("it is for X to decide"), or a phrase of "be" with a
    noun of someone's say ("it is within the gift of X to decide", word class say_nouns).
    Else it tells what the subject is there for ("it is there to protect its bases")."""
    if any(a.dep_ == "nsubj" or (a.dep_ == "mark" and a.lower_ == "for") for a in c.children):
        return True
    say = load_word_classes()["say_nouns"]
    return any(p.dep_ == "prep" and p.i < c.i and any(
        g.dep_ == "pobj" and (g.lemma_ or g.lower_).lower() in say for g in p.children) for p in v.children)


def _small_clause_subject(h) -> bool:
    """ "hold it accountable", "consider them responsible": the parser makes the one held the
    subject of the adjective, but it is the verb's object (its antecedent need not have been
    a subject)."""
    return h.head.pos_ == "ADJ" and h.head.dep_ in ("ccomp", "xcomp", "oprd") and h.head.head.pos_ == "VERB"


def _clause_verbs(h) -> list:
    """The verb governing pronoun ``h`` (through a preposition) and the verbs it is joined to."""
    v = h.head.head if h.dep_ == "pobj" else h.head
    out = [v]
    while v.dep_ == "conj" and len(out) < 6:
        v = v.head
        out.append(v)
    return out
