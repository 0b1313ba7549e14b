"""events/dict_sides.py: the sides TABARI and PETRARCH-1 read by position (mode "only",
sequence reading), on hand-built parses, so that a parser's reading of the day cannot make
the construction pass or fail."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from communique.document import Actor, Document, Event, Evidence, Mention, Span
from communique.events.dict_sides import coded_only, fill_sides

_VOCAB = spacy.blank("en").vocab


def _parse(rows):
    """rows: (word, head index, dep, pos)."""
    words, heads, deps, pos = zip(*rows)
    return Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos))


class _Refs:
    """The one thing fill_sides asks of the referents: the mentions over a character."""

    def __init__(self, doc, names: dict[str, str]):
        self.ms = [Mention(t.idx, t.idx + len(t), "GPE", t.text, actor=names[t.text]) for t in doc if t.text in names]

    def mentions_at(self, at):
        return [m for m in self.ms if m.start <= at < m.end]


def _event(sources, targets):
    return Event(id="e1", type=None, evidence=Evidence(0, 1, "x"), cameo="904", sources=list(sources),
                 targets=list(targets))


def test_a_coordinated_subject_gives_every_coded_actor_it_names_however_parsed():
    # "Velmora, Ostria and the old Taravel shunned talks." with the list hung off the last
    # name (Velmora a modifier of Taravel): the three are the sources
    doc = _parse([("Velmora", 6, "nmod", "PROPN"), (",", 0, "punct", "PUNCT"), ("Ostria", 0, "conj", "PROPN"),
                  ("and", 2, "cc", "CCONJ"), ("the", 6, "det", "DET"), ("old", 6, "amod", "ADJ"),
                  ("Taravel", 7, "nsubj", "PROPN"), ("shunned", 7, "ROOT", "VERB"), ("talks", 7, "dobj", "NOUN"),
                  (".", 7, "punct", "PUNCT")])
    refs = _Refs(doc, {"Velmora": "a1", "Ostria": "a2", "Taravel": "a3"})
    e = _event(["a3"], [])
    fill_sides(Document(raw=doc.text), e, doc[7], [doc[7]], refs, 0, {"a1", "a2", "a3"})
    assert e.sources == ["a1", "a2", "a3"] and e.targets == []
    # no coordination in the subject ("Velmora's old Taravel"): its reading stands
    doc = _parse([("Velmora", 2, "poss", "PROPN"), ("old", 2, "amod", "ADJ"), ("Taravel", 3, "nsubj", "PROPN"),
                  ("shunned", 3, "ROOT", "VERB"), ("talks", 3, "dobj", "NOUN")])
    e = _event(["a3"], [])
    fill_sides(Document(raw=doc.text), e, doc[3], [doc[3]], _Refs(doc, {"Velmora": "a1", "Taravel": "a3"}),
               0, {"a1", "a3"})
    assert e.sources == ["a3"]


def test_the_target_is_the_first_coded_actor_of_the_verbs_own_phrase():
    # "Velmora shunned talks when Taravel left near Ostria": a clause with its own
    # subject is another act; nothing coded is left for the target
    doc = _parse([("Velmora", 1, "nsubj", "PROPN"), ("shunned", 1, "ROOT", "VERB"), ("talks", 1, "dobj", "NOUN"),
                  ("when", 5, "advmod", "SCONJ"), ("Taravel", 5, "nsubj", "PROPN"), ("left", 1, "advcl", "VERB"),
                  ("near", 5, "prep", "ADP"), ("Ostria", 6, "pobj", "PROPN")])
    refs = _Refs(doc, {"Velmora": "a1", "Taravel": "a2", "Ostria": "a3"})
    e = _event(["a1"], [])
    fill_sides(Document(raw=doc.text), e, doc[1], [doc[1]], refs, 0, {"a1", "a2", "a3"})
    assert e.targets == []
    # "Velmora shunned talks near Ostria": in the verb's phrase
    doc = _parse([("Velmora", 1, "nsubj", "PROPN"), ("shunned", 1, "ROOT", "VERB"), ("talks", 1, "dobj", "NOUN"),
                  ("near", 2, "prep", "ADP"), ("Ostria", 3, "pobj", "PROPN")])
    e = _event(["a1"], [])
    fill_sides(Document(raw=doc.text), e, doc[1], [doc[1]], _Refs(doc, {"Velmora": "a1", "Ostria": "a3"}),
               0, {"a1", "a3"})
    assert e.targets == ["a3"]


def _doc_with(text: str, names: dict[str, str]) -> Document:
    """A document whose actors (id -> name) are mentioned where their names stand."""
    doc = Document(raw=text, text=text)
    for aid, name in names.items():
        at = text.index(name)
        doc.actors.append(Actor(id=aid, name=name, mentions=[Span(at, at + len(name))]))
    return doc


def test_coded_only_keeps_a_side_with_no_coded_actor_as_it_is():
    doc = _doc_with("Velmora and the unions warned the miners.", {"a1": "Velmora", "x": "unions", "y": "miners"})
    e = _event(["a1", "x"], ["y"])
    e.fields = {"sources": [Span(0, 7), Span(12, 22)], "targets": [Span(30, 40)]}
    coded_only(e, {"a1"}, doc)
    assert e.sources == ["a1"] and e.targets == ["y"]
    # the evidence cites only the words of the actors kept
    assert e.fields["sources"] == [Span(0, 7)] and e.fields["targets"] == [Span(30, 40)]


def test_coded_only_keeps_a_span_that_names_a_kept_actor_among_others():
    doc = _doc_with("Velmora and the unions warned the miners.", {"a1": "Velmora", "x": "unions"})
    e = _event(["a1", "x"], [])
    e.fields = {"sources": [Span(0, 22)]}   # one phrase named both
    coded_only(e, {"a1"}, doc)
    assert e.sources == ["a1"] and e.fields["sources"] == [Span(0, 22)]


def test_a_passive_with_its_doer_named_goes_from_the_doer_to_the_one_done_to():
    # "Velmora was opposed by Taravel": read as a stative adjective, the subject came out
    # as the source; the "by" phrase names who acted
    doc = _parse([("Velmora", 2, "nsubjpass", "PROPN"), ("was", 2, "auxpass", "AUX"),
                  ("opposed", 2, "ROOT", "VERB"), ("by", 2, "agent", "ADP"), ("Taravel", 3, "pobj", "PROPN"),
                  (".", 2, "punct", "PUNCT")])
    refs = _Refs(doc, {"Velmora": "a1", "Taravel": "a2"})
    e = _event(["a1"], [])
    fill_sides(Document(raw=doc.text), e, doc[2], [doc[2]], refs, 0, {"a1", "a2"})
    assert (e.sources, e.targets) == (["a2"], ["a1"])
    # read right already: left as it is
    e = _event(["a2"], ["a1"])
    fill_sides(Document(raw=doc.text), e, doc[2], [doc[2]], refs, 0, {"a1", "a2"})
    assert (e.sources, e.targets) == (["a2"], ["a1"])
