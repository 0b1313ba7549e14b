"""Document.actor / Document.place look items up by id through an index kept beside the
document: the same answers as a scan of the list, as the list grows or is replaced."""

from __future__ import annotations

import copy
import pickle

from communique.document import Actor, Document, Place


def _scan(items, wanted):
    return next((x for x in items if x.id == wanted), None)


def test_actor_follows_appends_and_replacements():
    doc = Document(raw="Velmora and Taravel.", text="Velmora and Taravel.")
    assert doc.actor("a1") is None
    a1, a2 = Actor("a1", "Velmora", "country"), Actor("a2", "Taravel", "country")
    doc.actors.append(a1)
    assert doc.actor("a1") is a1 and doc.actor("a2") is None
    doc.actors.append(a2)
    assert doc.actor("a2") is a2 and doc.actor("a1") is a1
    twin = Actor("a1", "Velmora again", "country")
    doc.actors.append(twin)          # a repeated id: the first one, as a scan finds it
    assert doc.actor("a1") is a1 is _scan(doc.actors, "a1")
    doc.actors = [a2]                # a new list: read afresh
    assert doc.actor("a1") is None and doc.actor("a2") is a2
    doc.actors = []
    assert doc.actor("a2") is None


def test_place_and_copies_see_their_own_lists():
    doc = Document(raw="Orvel.", text="Orvel.")
    p1 = Place("p1", "Orvel")
    doc.places.append(p1)
    assert doc.place("p1") is p1 and doc.place("p2") is None
    clone = copy.deepcopy(doc)
    assert clone.place("p1") is clone.places[0] and clone.place("p1") is not p1
    back = pickle.loads(pickle.dumps(doc))
    assert back.place("p1").name == "Orvel" and back == doc
    # the index is no field: equality and the dataclass fields are those of the document alone
    assert doc == Document(raw="Orvel.", text="Orvel.", places=[Place("p1", "Orvel")])


def test_actor_follows_a_list_changed_in_place():
    # (review) an item replaced in place, or one removed and another appended, keeps the
    # length or the positions the index knew: the answer is still the scan's
    doc = Document(raw="Velmora and Taravel.", text="Velmora and Taravel.")
    a1, a2, a3 = (Actor(f"a{i}", n, "country") for i, n in ((1, "Velmora"), (2, "Taravel"), (3, "Orvel")))
    doc.actors += [a1, a2]
    assert doc.actor("a1") is a1 and doc.actor("a2") is a2
    renamed = Actor("a1", "Velmora (renamed)", "country")
    doc.actors[0] = renamed
    assert doc.actor("a1") is renamed
    doc.actors.remove(a2)
    doc.actors.append(a3)
    assert doc.actor("a3") is a3 and doc.actor("a2") is None
