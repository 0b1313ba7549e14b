"""A group with no country in its own words, given the one country its sentence names
(events/place_actors.place_unplaced_groups), shows where that country was read: its events'
field evidence ``country:<actor id>`` points at the words naming the country, so a reader (and
a scorer following PETRARCH, which codes an actor from its own phrase only) can tell it from a
country named on the actor.  Made-up sentences."""

from __future__ import annotations

from communique.contract import to_dict


def _out(extractor, text):
    return to_dict(extractor.extract_text(text))


def _country_words(out, event, actor_id):
    return [out["document"]["text"][s["start"]:s["end"]]
            for s in event["field_evidence"].get(f"country:{actor_id}", [])]


def test_a_group_placed_by_its_sentence_points_at_the_country(extractor):
    out = _out(extractor, "Gunmen attacked a bus near Garissa, Kenyan police said.")
    (gunmen,) = [a for a in out["actors"] if a["name"].lower() == "gunmen"]
    assert gunmen["country"] == "KEN"
    events = [e for e in out["events"] if gunmen["id"] in e["sources"]]
    assert events and all("Kenyan" in _country_words(out, e, gunmen["id"]) for e in events)


def test_a_country_named_on_the_group_has_no_such_evidence(extractor):
    out = _out(extractor, "Kenyan rebels shelled an army base near Garissa overnight.")
    (e,) = [e for e in out["events"] if e["sources"]]
    assert out["actors"] and not any(k.startswith("country:") for k in e["field_evidence"]), e
