"""stance_triggers reads only words a stance can start from: the same triggers as reading
every word (events/stances.py, _start_words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.events import stances

ROOT = Path(__file__).resolve().parents[1]

# One sentence or more for each branch of _stance and for a speaker's formula (written
# for this test; invented states and groups).
SENTENCES = [
    "Vrelandia will not allow Ostmark to station missiles on its border.",
    "We will not hesitate to defend our airspace.",
    "We do not recognize the annexation of the Dorvan islands.",
    "Ostmark aligns itself with the statement of the Northern Group.",
    "The Republic of Vrelandia reserves the right to respond.",
    "We reiterate our support for the people of Ostmark and extend our condolences to them.",
    "We are appalled by the killings in Dorvan.",
    "We note with concern the decision of Ostmark. We take note with appreciation of the report.",
    "Our thanks go to the Government of Vrelandia.",
    "The people of Ostmark have our full support.",
    "Any aggression will be met with a firm response.",
    "We value the efforts of the Northern Group.",
    "We hold Ostmark responsible for the attack.",
    "The decision of Ostmark is unacceptable. It is regrettable that Vrelandia withdrew.",
    "Vrelandia remains opposed to the blockade and is grateful to Ostmark.",
    "Mr. President, allow me to thank the Secretary-General. Let us condemn the attack.",
]


class _Everything(frozenset):
    def __contains__(self, word) -> bool:
        return True


def _read(docs, monkeypatch=None):
    out = []
    for sdoc in docs:
        for sent in sdoc.sents:
            for tr in stances.stance_triggers(sent, [], 400):
                out.append((tr.token.i, tr.pattern.id, tr.type, [w.i for w in tr.words]))
    return out


def test_the_start_words_leave_out_no_stance(nlp, monkeypatch):
    texts = SENTENCES + [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    docs = list(nlp.pipe(texts))
    gated = _read(docs)
    monkeypatch.setattr(stances, "_start_words", lambda st: _Everything())
    assert _read(docs) == gated
    assert len({pid for _, pid, _, _ in gated}) >= 10   # most branches are exercised


def test_the_start_words_hold_every_class_of_the_data_file():
    st = stances.load_stances()
    words = stances._start_words(st)
    assert st.permissive <= words and st.response_verbs <= words and set(st.adjectives) <= words
    assert "the" not in words and "ministry" not in words
