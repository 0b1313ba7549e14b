"""The dictionary matcher's per-verb reading (children, voice, objects), remembered while one
parse is read (events/dict_constraints.py), and the refinement's look at a verb's block codes
(events/dict_refine.py): the same answers as reading the parse each time.  Sentences are
made up (Velmora, Taravel, Orvel)."""

from __future__ import annotations

from communique.events import dict_constraints as dc
from communique.events import dict_prefilter, dict_refine


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


def test_reading_follows_each_parse_and_token(stock):
    active = stock("Velmora seized two boats near Orvel.")
    passive = stock("Two boats were seized by Velmora near Orvel.")
    for doc, passive_voice, objs in ((active, False, ["boats"]), (passive, True, ["boats"]),
                                     (active, False, ["boats"])):   # back to the first parse
        v = _verb(doc, "seized")
        assert dc.is_passive(v) is passive_voice
        assert [o.text for o in dc.objects(v)] == objs
        assert dc.subject(v).text == ("Velmora" if not passive_voice else "boats")
        # fresh tokens each time, as spaCy gives them: callers may compare and keep them
        assert dc.objects(v) == dc.objects(v) and dc.objects(v)[0] is not dc.objects(v)[0]
    near = _verb(active, "near")
    assert dc.objects(near) == [] and not dc.is_passive(near)
    assert [p.text for p in dc._preps([_verb(active, "seized")], dc.Reading())] == ["near"]


def test_reading_is_kept_by_the_look_up_not_the_module(stock):
    """The memo lives in the Reading a look-up makes (dict_matcher.match_dictionary) and goes
    with it: after a parse is read, no module-level value holds that parse."""
    doc = stock("Velmora seized two boats near Orvel.")
    v = _verb(doc, "seized")
    r = dc.Reading()
    assert [o.text for o in dc.objects(v, r)] == ["boats"] and dc.is_passive(v, r) is False
    assert dc.subject(v, r).text == "Velmora"
    assert r.of(v) is r.of(v)   # read once for the look-up
    assert dc.Reading().of(v) == r.of(v) and dc.Reading().of(v) is not r.of(v)

    def holds_doc(x, depth=0):
        if x is doc:
            return True
        if depth < 3 and isinstance(x, (tuple, list)):
            return any(holds_doc(y, depth + 1) for y in x)
        if depth < 3 and isinstance(x, dict):
            return any(holds_doc(y, depth + 1) for y in (*x.keys(), *x.values()))
        return False
    dict_prefilter.doc_words(doc)   # (its cache of a parse's words must not keep the parse)
    for module in (dc, dict_refine, dict_prefilter):
        assert not any(holds_doc(val) for val in vars(module).values())


class _Typing:
    def __init__(self):
        self.refinable = {}

    def typed(self, code):
        return {"171": ("SEIZE", None, "171"), "1711": ("SEIZE", None, "1711"),
                "190": ("ASSAULT", None, "190")}.get(code)


class _Entry:
    def __init__(self, block, code=""):
        self.block, self.code = block, code


class _Pattern:
    def __init__(self, active, passive=""):
        self.active, self.passive = active, passive


class _Dictionary:
    def __init__(self, blocks):
        self.blocks = blocks

    def entries(self, lemma):
        return [_Entry(lemma)] if lemma in self.blocks else []

    def patterns(self, block):
        return self.blocks.get(block, [])


def test_may_refine_only_when_a_block_code_would():
    vd, typing = _Dictionary({"seize": [_Pattern("1711"), _Pattern("---")],
                              "hit": [_Pattern("190")]}), _Typing()
    assert dict_refine._may_refine(vd, typing, ("seize",), "SEIZE", "171")
    assert not dict_refine._may_refine(vd, typing, ("seize",), "SEIZE", "1711")   # nothing finer
    assert not dict_refine._may_refine(vd, typing, ("hit",), "SEIZE", "171")      # another type
    assert not dict_refine._may_refine(vd, typing, ("take",), "SEIZE", "171")     # not listed
    # another dictionary is read afresh
    other = _Dictionary({"hit": [_Pattern("171", "1711")]})
    assert dict_refine._may_refine(other, typing, ("hit",), "SEIZE", "171")
    # the answers are the typing's (one per coder), not the module's
    assert typing.refinable and not dict_refine._may_refine(vd, _Typing(), ("hit",), "SEIZE", "171")
    assert not any(isinstance(v, tuple) and len(v) == 3 and isinstance(v[2], dict) and v[2]
                   for v in vars(dict_refine).values())


def _fits_every_member(t, phrase, exact=False) -> bool:
    """dict_constraints.fits read over every multi-word member, as it was before the index
    by last word."""
    if not phrase:
        return True
    lemma, low = (t.lemma_ or t.lower_).lower(), t.lower_
    if exact:
        lemma = low
    if lemma in phrase.heads or low in phrase.heads:
        return True
    return any(words[-1] in (lemma, low) and t.i >= len(words) - 1
               and all(t.doc[t.i - len(words) + 1 + k].lower_ == w for k, w in enumerate(words[:-1]))
               for words in phrase.multi)


def test_multi_word_members_are_found_by_their_last_word(stock):
    """Every subject, object and preposition phrase of the loaded dictionary that has multi-word
    members, on every word of made-up sentences: fits (with and without a look-up's reading)
    says what reading every member says."""
    from communique.events.dictionary import load_verb_dictionary

    vd = load_verb_dictionary()
    phrases = {id(ph): ph for pats in vd.blocks.values() for p in pats
               for ph in [p.subject, p.obj, *(h for _, h in p.preps)] if ph.multi}
    assert len(phrases) > 100
    doc = stock("The Velmora security forces and the armed forces of Orvel signed a peace agreement "
                "with the opposition party and released political prisoners held by the military junta.")
    r = dc.Reading()
    hits = 0
    for t in doc:
        for ph in phrases.values():
            for exact in (False, True):
                want = _fits_every_member(t, ph, exact)
                assert dc.fits(t, ph, exact) == want == dc.fits(t, ph, exact, r)
                hits += want and not (t.lower_ in ph.heads or (t.lemma_ or t.lower_).lower() in ph.heads)
    assert hits   # (a multi-word member matched)
    assert r.names(doc[2]) is r.names(doc[2])
