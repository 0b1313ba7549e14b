"""events/scene.py: an act told right after another, with no place or date of its own,
goes on with that act's scene (not the date line's place, not the publication date).

Texts written for these tests (real places, invented events)."""

from __future__ import annotations

STATEMENT = (
    "Statement on the attack on a health centre in Tillaberi\n\n"
    "NIAMEY, 14 June 2024\n\n"
    "The Sahel Relief Council is shocked by the attack on the health centre of Ayorou in Tillaberi "
    "region on Tuesday, in which two nurses were wounded. The attackers also looted the pharmacy and "
    "abducted a doctor. The Council condemns this attack and calls for the doctor's release.\n"
)


def _event(doc, word):
    return next(e for e in doc.events if any(doc.text[s.start:s.end] == word for s in e.fields["type"]))


def test_an_act_told_right_after_an_attack_is_where_and_when_the_attack_was(extractor):
    doc = extractor.extract_text(STATEMENT)
    attack = _event(doc, "attack")
    abduction = _event(doc, "abducted")
    assert doc.place(attack.place).name != "Niamey" and attack.date == "2024-06-11"
    assert abduction.place == attack.place and abduction.date == attack.date
    # the call is the statement's own act, not one done at the scene: where and when it is
    # issued (the condemnation of "this attack" is one event with the shock, d83c847)
    call = next(e for e in doc.events if e.type == "REQUEST" and e.evidence.text.startswith("The Council"))
    assert call.date != "2024-06-11" and call.place != attack.place


def test_a_scene_is_not_carried_past_the_next_sentence(extractor):
    text = ("Kenyan police arrested four protesters in Kisumu on Monday. The city council met on Tuesday. "
            "Police later detained two journalists.")
    doc = extractor.extract_text(text, published="2024-03-08")
    later = _event(doc, "detained")
    assert later.date != "2024-03-04"


def test_a_currency_names_no_place(extractor):
    doc = extractor.extract_text("The Red Cross appeals to donors for 30 million US dollars to keep "
                                 "clinics open in the northern provinces.", published="2024-03-08")
    (e,) = [e for e in doc.events if e.type == "REQUEST"]
    assert e.place is None or doc.place(e.place).country != "USA", doc.place(e.place)
