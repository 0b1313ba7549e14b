"""An actor's aliases are names of it: not a place inside a state that the tagger took for a
person and that stands for the state, not a word cut by a hyphen ("Russian- and Iranian-made").
Checked on the actor page of a small archive of sentences written for these tests."""

from __future__ import annotations

from communique.store.archive import Archive
from communique.store.reader import Reader
from communique.web import demo

TEXTS = [
    "Russia said its navy held drills off Vladivostok on Monday.",
    "The Houthis fired Russian- and Iranian-made drones at Israel on Tuesday.",
    "The Russian Federation condemned the sanctions imposed by Japan.",
]


def _aliases(tmp_path, extractor, name):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    docs = [extractor.extract_text(t, published="2024-05-01") for t in TEXTS]
    with Archive.open(url, write=True) as archive:
        demo.load_into(archive, docs)
    with Archive.open(url) as archive, Reader.of(archive) as reader:
        return reader.actor(name)["aliases"]


def test_an_actors_aliases_are_its_names(tmp_path, extractor):
    aliases = _aliases(tmp_path, extractor, "Russia")
    assert "Vladivostok" not in aliases, aliases
    assert not any(a.endswith("-") for a in aliases), aliases
    assert "Russian Federation" in aliases, aliases
