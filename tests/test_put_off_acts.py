"""An act put off by a gerund ("delayed sending troops") or after "on" ("held off on talks")
was not done, as a put-off event noun ("postponed the talks") is not.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import coded


def _types(ex, text):
    return [e["type"] for e in coded(ex, text)[1]]


@pytest.mark.parametrize("text, gone", [
    ("Peru held off on talks with Ecuador until the spring.", "CONSULT"),
    ("Peru held off on deploying troops to the border with Ecuador.", "MOBILIZE"),
    ("Chad delayed sending soldiers to Niger.", "MOBILIZE"),
    ("Laos put off holding talks with Cambodia.", "CONSULT"),
])
def test_an_act_put_off_is_no_event(ex, text, gone):
    got = _types(ex, text)
    assert gone not in got, got


@pytest.mark.parametrize("text, kept", [
    ("Chad sent soldiers to Niger on Monday.", "MOBILIZE"),
    ("Peru held talks with Ecuador on trade.", "CONSULT"),
])
def test_an_act_done_stays(ex, text, kept):
    assert kept in _types(ex, text)


def _codes(ex, text):
    """(type, cameo, target countries) of each event of ``text``."""
    actors, events = coded(ex, text)
    return [(e["type"], e["cameo"], sorted(actors[i].get("country") or "-" for i in e["targets"]))
            for e in events]


# A verb of calling off with an object of its own puts that object off; its "on" phrase names
# the object's topic, and the act told there was done (review finding 10).
@pytest.mark.parametrize("text, cameo", [
    ("The court delayed its ruling on the killing of protesters in Khartoum.", "1823"),
    ("The ICC deferred judgment on the bombing of the hospital in Mariupol.", "183"),
    ("Parliament suspended debate on the arrest of the opposition leader in Dakar.", "173"),
    # (paraphrases: other courts, acts and places)
    ("The tribunal delayed its ruling on the arrest of the opposition leader in Kampala.", "173"),
    ("Parliament suspended debate on the killing of farmers in Benue.", "1823"),
])
def test_an_act_that_is_the_topic_of_what_is_put_off_stays(ex, text, cameo):
    assert cameo in [c for _, c, _ in _codes(ex, text)]


def test_an_act_held_off_on_is_still_no_event(ex):
    assert "ASSAULT" not in _types(ex, "Israel held off on its planned ground offensive in Rafah.")


# Aid held back by a gerund is the verb's reading of aid held back, as for the noun, with the
# gerund's targets (review finding 9); another act put off gives its targets to the verb.
@pytest.mark.parametrize("text, target", [
    ("The European Union suspended funding the Palestinian Authority.", "PSE"),
    ("The United States suspended arming the Syrian rebels.", "SYR"),
    ("Israel suspended supplying electricity to Gaza.", "PSE"),
    ("The European Union suspended funding to the Palestinian Authority.", "PSE"),   # (the noun)
    # (paraphrases: other donors, other verbs of funding)
    ("Germany suspended financing the Afghan government.", "AFG"),
    ("Japan suspended funding the Myanmar junta.", "MMR"),
])
def test_aid_held_back_by_a_gerund_keeps_its_target(ex, text, target):
    got = _codes(ex, text)
    assert ("SANCTION", "162", [target]) in got, got
    assert not [c for c in got if c[0] in ("AID", "COERCE")], got


@pytest.mark.parametrize("text, target", [
    ("Russia suspended shelling Kharkiv.", "UKR"),
    ("Azerbaijan suspended shelling Armenian villages.", "ARM"),   # (a paraphrase)
])
def test_an_attack_put_off_by_a_gerund_gives_its_target_to_the_verb(ex, text, target):
    got = _codes(ex, text)
    assert got == [("COERCE", "172", [target])], got
