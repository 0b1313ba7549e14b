"""What the dependency parse says of one word and its clause: whether a word is a verb, a
word for an actor or a relative pronoun; a verb's objects, its "by" agent and who does it; a
preposition's object; the forms a verb is looked up under in the dictionaries."""

from __future__ import annotations

import re

from .cues import load_cues
from .patterns import load_word_classes
from .stray_appositions import stray_apposition
from .token_table import TokenTable, token_table

_OBJ_DEPS = ("dobj", "obj", "attr", "oprd", "dative")
_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
ACTOR_ENTS = {"NORP", "GPE", "ORG", "PERSON"}


def says_will(v) -> bool:
    """Verb ``v`` is said in the plain future ("we will respond", "shall be met"): an
    auxiliary of the word class plain_future_aux."""
    future = load_word_classes()["plain_future_aux"]
    return any(c.dep_ == "aux" and c.lower_ in future for c in v.children)


def lemma_of(t) -> str:
    return (t.lemma_ or t.lower_).lower()


def names_of(t) -> set[str]:
    return {lemma_of(t), t.lower_}


def is_personal_pronoun(t) -> bool:
    """Whether ``t`` is a personal pronoun naming an actor ("they", "him"): the word class
    personal_pronouns."""
    return t.lower_ in load_word_classes()["personal_pronouns"]


def is_relative(t) -> bool:
    """Whether ``t`` is a relative pronoun ("a pandemic that killed ...", "X, which ..."):
    the word class relative_pronouns."""
    return t.lower_ in load_word_classes()["relative_pronouns"]


def is_actorish(t, actor_nouns: frozenset[str]) -> bool:
    """Whether a word names an actor: a name, a personal pronoun, an actor noun, or a
    number or group word standing for one ("two", "thousands of refugees"); never a named sea
    or gulf ("sent warships to the Red Sea": a place, word class open_waters)."""
    if t.ent_type_ == "LOC" and names_of(t) & load_word_classes()["open_waters"]:
        return False
    if t.ent_type_ in ACTOR_ENTS or t.pos_ in ("PROPN", "NUM") or is_personal_pronoun(t):
        return True
    if names_of(t) & actor_nouns:
        return True
    if not names_of(t) & load_cues().partitive_heads:
        return False
    of = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in [pobj(c)]
               if p is not None), None)
    return of is not None and (of.pos_ == "PROPN" or of.ent_type_ in ACTOR_ENTS or bool(names_of(of) & actor_nouns))


def names_one_actor(g) -> bool:
    """A named actor ("France", "the FAO"), or a noun with a name in its "of" phrase ("the
    Government of X", "the Prime Minister of X"); a pronoun or a bare common noun ("our
    partners", "vaccines") names no one in particular."""
    if g.pos_ == "PRON":
        return False
    if g.ent_type_ in ACTOR_ENTS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and p.ent_type_ in ("GPE", "ORG", "NORP") for p in c.children) for c in g.children)


def is_verb(t) -> bool:
    return t.pos_ == "VERB" or (t.tag_ in _VERB_TAGS and t.pos_ in ("ADJ", "NOUN", "AUX")
                                and t.dep_ not in ("aux", "auxpass")) or _mistagged_verb(t)


def is_verb_at(tab: TokenTable, i: int, sdoc) -> bool:
    """:func:`is_verb` of ``sdoc[i]``, read from the parse's table (a token made only for a
    plural noun at the root)."""
    pos, tag = tab.pos[i], tab.tag[i]
    return pos == "VERB" or (tag in _VERB_TAGS and pos in ("ADJ", "NOUN", "AUX")
                             and tab.dep[i] not in ("aux", "auxpass")) \
        or (tag == "NNS" and tab.dep[i] == "ROOT" and _mistagged_verb(sdoc[i]))


def _mistagged_verb(t) -> bool:
    """ "The Republic of X reserves the right ...": a plural-looking word tagged a noun that
    heads the clause with a subject and a direct object is the clause's verb."""
    return (t.tag_ == "NNS" and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in t.children)
            and any(c.dep_ == "dobj" for c in t.children))


def verb_objects(t) -> list:
    sdoc = t.doc
    return [sdoc[k] for k in verb_object_indices(t)]


def verb_object_indices(t) -> tuple[int, ...]:
    """The indices of :func:`verb_objects` (a scan that reads the table needs no Token)."""
    sdoc = t.doc   # (children read from the parse's table: a Token made only for an object)
    tab = token_table(sdoc)
    # (the objects' indices kept on the table: one verb is asked about tens of times)
    got = tab.memo.get(("verb_objects", t.i))
    if got is None:
        dep = tab.dep
        objs = [sdoc[k] for k in tab.kids(t.i) if dep[k] in _OBJ_DEPS and not _lent_to_infinitive(t, k, tab)]
        # (most verbs have an object or fail the cheap tests of the four below: read from the table)
        objs = objs or _object_past_parenthetical(t, tab) or _object_of_governor(t, tab) \
            or _small_clause_subject(t, tab) or _second_subject(t, tab)
        got = tab.memo[("verb_objects", t.i)] = tuple(o.i for o in objs)
    return got


def _second_subject(t, tab: TokenTable) -> list:
    """ "Vanuatu requests the Court to ...", "X welcomes Y, Z and W as partners": a subject after
    the verb beside one before it is the parser's misreading of the verb's object."""
    i, dep = t.i, tab.dep
    subj = [k for k in tab.kids(i) if dep[k] == "nsubj"]
    return [t.doc[k] for k in subj if k > i] if len(subj) > 1 and any(k < i for k in subj) else []


def _small_clause_subject(t, tab: TokenTable) -> list:
    """ "helped X search for ...", "let X go": the parser makes the one helped (let) the subject
    of the bare infinitive after the verb; for a verb of the word class bare_infinitive_verbs
    it is the verb's object."""
    if tab.pos[t.i] != "VERB" or tab.lemma[t.i] not in load_word_classes()["bare_infinitive_verbs"]:
        return []   # (tab.lemma: lemma_of)
    return [s for c in t.children if c.dep_ == "ccomp" and c.tag_ == "VB" and c.i > t.i
            and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.i < c.i]


def shared_object(t) -> list:
    """ "we condemn and reject X", "strongly condemn and firmly denounce X": a verb with no object
    of its own, right before the verb coordinated with it (only "and" / "or" and adverbs between),
    shares that verb's object."""
    if t.pos_ != "VERB" or verb_objects(t):
        return []
    for c in t.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > t.i and all(
                w.dep_ in ("cc", "advmod", "punct") for w in t.doc[t.i + 1:c.i]) and any(
                w.dep_ == "cc" for w in t.doc[t.i + 1:c.i]):
            return [o for o in c.children if o.dep_ in _OBJ_DEPS]
    return []


def _object_past_parenthetical(t, tab: TokenTable) -> list:
    """The object the parser hung as an apposition on the last noun of a phrase set off by
    commas between the verb and it ("we express, on behalf of my Government, our appreciation
    to X"): the verb's object, when the verb is transitive in form and has none."""
    # (a word's lower-case form is "," only when the word is ",")
    if tab.pos[t.i] != "VERB" or t.i + 1 >= len(tab.pos) or tab.lower[t.i + 1] != ",":
        return []
    for c in t.children:
        if c.dep_ != "prep" or c.i != t.i + 2:
            continue
        for a in c.subtree:
            if a.dep_ == "appos" and a.pos_ == "NOUN" and a.left_edge.i > 0 \
                    and a.doc[a.left_edge.i - 1].text == "," and a.right_edge.i == c.right_edge.i \
                    and any(d.dep_ in ("poss", "det") for d in a.children):
                return [a]
    return []


def _parenthetical_before(o: int, x: int, tab: TokenTable) -> bool:
    """Word ``o`` comes after infinitive ``x`` with a phrase set off by commas between them
    ("to thank, once again, the Governments of ..."): ``x``'s own object slot is still open."""
    lower, dep = tab.lower, tab.dep
    if o <= x + 2 or lower[x + 1] != "," or tab.pos[x] != "VERB" or any(
            dep[k] in _OBJ_DEPS or dep[k] == "ccomp" for k in tab.kids(x)):
        return False
    left = min([o] + [k for k in tab.kids(o) if k < o and dep[k] in ("det", "poss", "amod", "compound", "nummod")])
    return lower[left - 1] == ","


def _lent_to_infinitive(t, o: int, tab: TokenTable) -> bool:
    """ "We would like to thank, once again, X for ...": past a parenthetical the parser hangs the
    infinitive's object on the verb that governs it; it is the infinitive's, not the wish's."""
    return tab.dep[o] == "dobj" and any(
        tab.dep[x] == "xcomp" and t.i < x < o and _parenthetical_before(o, x, tab) for x in tab.kids(t.i))


def _object_of_governor(t, tab: TokenTable) -> list:
    """The object :func:`_lent_to_infinitive` takes from the verb governing infinitive ``t``."""
    if tab.dep[t.i] != "xcomp" or t.i + 1 >= len(tab.pos) or tab.lower[t.i + 1] != ",":
        return []
    h = t.head
    return [o for o in h.children if o.dep_ == "dobj" and _parenthetical_before(o.i, t.i, tab)]


def pobj(prep):
    """The object of a preposition (a noun, or a clause: "by firing")."""
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def agent_nouns(v) -> list:
    """The nouns of a passive verb's or participle's "by" phrase ("launched by X")."""
    return [g for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def retained_object_agents(v) -> list:
    """ "X was given aid by Y", "X was granted credit by Y": a passive verb of two objects keeps
    one, and the parser hangs the "by" agent on it or makes it a plain "by" phrase of the verb;
    Y is the doer (a name in the verb's own phrase: not "by Monday", "by road").  So is a "by"
    phrase hung on the thing a passive verb's "with" phrase names ("X was hit / slapped with
    sanctions by Y", "was charged with fraud by Y")."""
    kept = [o for o in v.children if o.dep_ in ("dobj", "obj")]
    held = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    own = [g for c in v.children if (kept or held) and c.dep_ == "prep" and c.lower_ == "by"
           for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")]
    return own or [g for o in kept + held for c in o.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]


def reduced_relative_agents(n) -> list:
    """ "the drone launched by X": the agents of the participles (reduced relatives) on noun ``n``."""
    return [g for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN" for g in agent_nouns(a)]


def _has_aux(t) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in t.children)


def agent_of(t):
    """The "by" phrase of a passive verb or participle: its object."""
    sdoc = t.doc   # (read from the parse's table: a Token made only for the object)
    k = _agent_at(token_table(sdoc), t.i)
    return sdoc[k] if k is not None else None


def _agent_at(tab: TokenTable, i: int) -> int | None:
    """:func:`agent_of` of word ``i``, as an index (the first "by" phrase with an object)."""
    dep, low, kids = tab.dep, tab.lower, tab.kids
    for c in kids(i):
        if dep[c] == "agent" or (dep[c] == "prep" and low[c] == "by"):
            for g in kids(c):   # (pobj)
                if dep[g] in ("pobj", "pcomp"):
                    return g
    return None


def doer_of(t):
    """Head word of who does ``t``: the "by" agent, else the subject (of the verb it is
    coordinated with or that controls it)."""
    sdoc = t.doc   # (read from the parse's table: a Token made only for the doer)
    tab = token_table(sdoc)
    dep, head = tab.dep, tab.head
    relative = load_word_classes()["relative_pronouns"]   # (is_relative)
    x = t.i
    for _ in range(3):
        a = _agent_at(tab, x)
        if a is not None:
            return sdoc[a]
        subj = next((c for c in tab.kids(x) if dep[c] in ("nsubj", "csubj")), None)
        if subj is not None and tab.lower[subj] in relative and dep[x] == "relcl":
            return sdoc[head[x]]   # "a pandemic that killed ...": the noun the clause is about
        if subj is not None:
            return sdoc[subj]
        if dep[x] not in ("conj", "xcomp") or head[x] == x:
            return None
        x = head[x]
    return None


def is_background(t) -> bool:
    """A participle that describes a noun rather than reports an act: "the mayor,
    jailed a year ago", "civilians imprisoned for protesting", "officials accused of
    ...".  With no auxiliary, object or "by" agent it names no doer and no time of its
    own, so it is the noun's description (coding it would date an old act today)."""
    # (the tagger sometimes reads such a participle as a past tense: VBD)
    if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or _has_aux(t) or verb_objects(t) \
            or agent_of(t) is not None or any(c.dep_.startswith("nsubj") for c in t.children):
        return False
    # "There were ten soldiers killed": the participle is what the sentence reports; so
    # it is when the parser left the sentence without another verb (its noun is the root).
    n = t.head
    return not (n.dep_ == "ROOT" or (n.dep_ == "attr" and any(c.dep_ == "expl" for c in n.head.children)))


def relative_object(t):
    """The noun a participle or relative clause modifies is its (passive) object:
    "a missile believed to be fired", "the rockets fired from Gaza"."""
    x = t
    if x.dep_ == "xcomp" and x.head.dep_ in ("acl", "relcl"):
        x = x.head
    if x.dep_ in ("acl", "relcl") and x.head.pos_ in ("NOUN", "PROPN"):
        return x.head
    return None


def base_forms_of(w: str) -> list[str]:
    """Base forms of an inflected verb for when the lemmatizer errs ("staged" -> "stag"):
    the word less its -d/-ed/-s/-es/-ing ending, with or without a final e."""
    out = []
    for end in ("ing", "ed", "es", "d", "s"):
        if w.endswith(end) and len(w) > len(end) + 2:
            stem = w[: -len(end)]
            out += [stem, stem + "e"] if end in ("ing", "ed") else [stem]
    return out


def verb_forms(t) -> list[str]:
    """The forms a verb is looked up under in the dictionary: lemma, word, base forms."""
    tab, i = token_table(t.doc), t.i   # (the word's strings read from the parse's table)
    low = tab.lower[i]
    names = [tab.lemma[i], low] + (base_forms_of(low) if tab.tag[i] in ("VBD", "VBN", "VBZ", "VBG") else [])
    return list(dict.fromkeys(names))


def named_apposition(h):
    """The name of a state or body set off by commas after a description of it ("the occupying
    Power, X, ...", "the host country, X,", "the UN refugee agency, UNHCR,"): the name says
    which one the description means.  A body's name counts only when the description names
    another body ("the UN refugee agency" would be the UN, "the World Bank's lending arm" the
    World Bank); a description naming none ("a Tutsi rebel group, the X Front,") keeps what
    the context says of it (its country).  None when ``h`` is itself a name (a
    capitalised head with no lower-case modifier: "the Netherlands, France, ..." is a list)
    or has no such apposition."""
    tab = token_table(h.doc)   # (the cheap tests read from the parse's table)
    if tab.pos[h.i] not in ("NOUN", "PROPN") or tab.tag[h.i] in ("NNS", "NNPS") \
            or not any(tab.dep[c] in ("det", "poss") for c in tab.kids(h.i)):
        return None   # (a plural's names in apposition are its members: owners.listed_members)
    if not h.text.islower() and not any(c.dep_ in ("amod", "compound") and c.text.islower()
                                        for c in h.children):
        return None
    for a in h.children:
        if a.dep_ not in ("appos", "npadvmod") or a.i < h.i or a.pos_ != "PROPN" \
                or h.doc[a.left_edge.i - 1].text != "," or (a.dep_ == "npadvmod" and not _comma_after(a)):
            continue   # (a name between commas the parser hung as a modifier: "the agency, X, said")
        if a.ent_type_ == "GPE" and a.dep_ == "appos" or a.ent_type_ == "ORG" and _names_a_body(h):
            return a
    return None


def _names_a_body(h) -> bool:
    return any(w.ent_type_ == "ORG" for c in h.children if c.i < h.i for w in c.subtree)


def _comma_after(a) -> bool:
    after = a.right_edge.i + 1
    return after < len(a.doc) and a.doc[after].text == ","


def stand_ins(h, styles, merits) -> list:
    """Who a noun phrase means when another phrase names them: the one a title of ``styles``
    has in apposition ("His Majesty the King of X", "Her Excellency, the President of X"), the
    state or body named in apposition to a description of it (:func:`named_apposition`), or the
    doers of a merit shown (``merits``: nouns of merit that can also name a body, "leadership")
    by a participle of showing (word class ``showing_verbs``: "the leadership shown by X")."""
    sdoc, i = h.doc, h.i   # (children read from the parse's table: Tokens only for appositions)
    tab = token_table(sdoc)
    dep, low = tab.dep, tab.lower
    if low[i] in styles:
        return [sdoc[c] for c in tab.kids(i) if dep[c] == "appos"][:1]
    if tab.pos[i] in ("NOUN", "PROPN") and not h.ent_type_:
        # "the President, His Excellency Mr. X of Y": a bare title with a person in apposition
        # is that person, not the holder of the title the document names elsewhere ("a
        # Taliban leader, X" stays the group's)
        named = [a for c in tab.kids(i) if dep[c] == "appos" and c > i for a in [sdoc[c]]
                 if a.ent_type_ == "PERSON" or low[c] in styles]
        # (or the name the parser hung elsewhere; the title's other words walked for a name
        # only when there is a person to return)
        person = named[:1] or [s for s in [stray_apposition(h)] if s is not None]
        if person and not any(w.ent_type_ for c in h.children if c.dep_ != "appos" for w in c.subtree):
            return person
    if (named := named_apposition(h)) is not None:
        return [named]
    if merits and h.lower_ in merits:
        return participle_agents(h, load_word_classes()["showing_verbs"])
    return []


def participle_agents(h, lemmas) -> list:
    """The doers a past participle after a noun names ("the leadership shown by X", "the
    role played by X and Y"): the objects of its "by" agent, with their conjuncts (only for a
    participle of ``lemmas``)."""
    out = []
    for c in h.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > h.i and (c.lemma_ or c.lower_).lower() in lemmas:
            for a in c.children:
                if a.dep_ == "agent" and (p := pobj(a)) is not None:
                    out += [p, *p.conjuncts]
    return out


# "two- State", "three- party": a numeral and a hyphen the line or the typist broke off
_NUMERAL_HYPHEN = re.compile(r"(?i)^(?:one|two|three|four|five|six|multi|\d+)-$")


def numeral_compound_half(c) -> bool:
    """ "a two- State solution": a common noun after a numeral and a hyphen is the second half
    of an adjective ("two-State"), whatever entity the model made of it; it owns nothing."""
    return c.pos_ == "NOUN" and c.i > 0 and bool(_NUMERAL_HYPHEN.match(c.doc[c.i - 1].text))


def joined_to_infinitive(t) -> bool:
    """A finite verb coordinated with an infinitive ("we urge X to allow access and thank Y",
    "it urges X to halt and thanks Y"): the speaker's second act, said beside the request,
    not a second thing asked of X (the tagger's finite form is the only sign)."""
    h = t.head
    return (t.dep_ == "conj" and t.tag_ in ("VBZ", "VBP", "VBD") and h.dep_ == "xcomp" and h.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children))


def by_own_forces(c) -> bool:
    """Whether clause ``c``, a threat's content, is done by the threatener's own armed or
    police body ("that the police / security forces / its troops would ..."), not by one of
    another people ("Russian troops")."""
    subjects = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(_own_forces(s) for s in subjects)


def _own_forces(s) -> bool:
    forces = load_word_classes()["security_forces"]
    if (s.lemma_ or s.lower_).lower() not in forces and s.lower_ not in forces:
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their", "his", "her") for c in s.children):
        return True
    return not any(c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ or c.pos_ == "PROPN")
                   for c in s.children)


def second_clause_verb(t):
    """The main verb a verb the parser joined to a phrase inside its clause is really
    coordinated with, or None: to an infinitive (:func:`joined_to_infinitive`: the verb the
    infinitive depends on), or to a past participle modifying the object ("we reject the
    referendums held under occupation and urge X ...": a present form cannot go on a
    participle, so "urge" is the second verb of "we reject")."""
    if joined_to_infinitive(t):
        return t.head.head
    h = t.head
    if t.dep_ == "conj" and t.tag_ in ("VB", "VBP", "VBZ") and h.dep_ == "acl" and h.tag_ == "VBN" \
            and h.head.dep_ in ("dobj", "obj") and h.head.head.pos_ == "VERB":
        return h.head.head
    return None


def stranded_subject(t):
    """ "Iraq condemned the protest and the Arab League urged Sweden to ...": the parser joins
    the second clause's subject to the first verb's object and the second verb to the first.
    A finite verb so joined with no subject of its own, right after a name coordinated with
    that object, has that name as its subject; else None."""
    h = t.head
    if t.dep_ != "conj" or t.tag_ not in ("VBD", "VBZ", "VBP") or h.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    prev = t.doc[t.i - 1]
    name = next((n for o in verb_objects(h) for n in o.conjuncts
                 if n.i != o.i and n.right_edge.i == prev.i and n.i > o.i), None)
    if name is None or not (name.pos_ == "PROPN" or name.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")):
        return None
    return name

