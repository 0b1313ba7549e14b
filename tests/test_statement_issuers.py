"""Issuers of a statement from its title's grammar, its metadata and bad input (issue 14)."""

from __future__ import annotations

import json

import pytest
from coding_support import actors_by_id

from communique import contract
from communique.ingest.loaders import read_jsonl
from communique.structure.title_issuers import title_issuers


def _phrases(title):
    return [title[t.start:t.end] for t in title_issuers(title)]


@pytest.mark.parametrize("title, expected", [
    ("Statement by Ruritania at the opening of the spring summit", ["Ruritania"]),
    ("Ruritania: statement at the regional forum, 2031", ["Ruritania"]),
    ("Annual Debate of the 12th session of the Coastal Assembly: Ruritania", ["Ruritania"]),
    ("Coastal forum 2031: statement by the delegation of Ruritania", ["the delegation of Ruritania"]),
    ("Joint statement of Ruritania and Freedonia on river shipping", ["Ruritania and Freedonia"]),
    ("Remarks by the Foreign Minister of Freedonia", ["the Foreign Minister of Freedonia"]),
    ("Press release of the Ministry of Trade of Freedonia", ["the Ministry of Trade of Freedonia"]),
])
def test_title_grammar_finds_the_issuer_phrase(title, expected):
    assert _phrases(title) == expected


def test_title_person_with_office_keeps_both_parts():
    title = "Address by H.E. Mira Solenko, President of the Republic of Estonia, before the regional summit"
    (t,) = title_issuers(title)
    assert title[slice(*t.person)] == "Mira Solenko"
    assert title[slice(*t.office)] == "President of the Republic of Estonia"


@pytest.mark.parametrize("title", [
    "Statement at the opening of the spring session",
    "Statement of concern about river pollution",
    "",
    "Weekly news digest",
])
def test_a_title_naming_no_one_gives_no_issuer(title):
    assert title_issuers(title) == []


def test_a_title_naming_an_office_alone_gives_that_office():
    # the actors stage gives it its owner, or keeps it as an unnamed office (resolve/office_issuers.py)
    title = "Statement by the Spokesperson"
    (t,) = title_issuers(title)
    assert title[t.start:t.end] == "the Spokesperson" and t.person is None


def _issuers(doc):
    out = contract.to_dict(doc)
    actors = actors_by_id(out)
    return [actors[i] for i in out["document"]["issuers"]], out


TEXT = "We condemn the blockade of the river ports. I thank the people of Freedonia for their help."


def test_person_speaking_for_a_state_is_the_source_with_role_and_country(ex):
    doc = ex.extract_text(TEXT, title="Address by H.E. Mira Solenko, Prime Minister of Portugal, "
                                      "to the regional summit", published="2021-05-02")
    (issuer,), out = _issuers(doc)
    assert (issuer["name"], issuer["kind"], issuer["country"]) == ("Mira Solenko", "person", "PRT")
    assert issuer["roles"][0]["title"] == "Prime Minister"
    assert out["document"]["issuer_evidence"] == [
        {"actor": issuer["id"], "field": "title", "text": "Mira Solenko"}]
    accuse = next(e for e in out["events"] if e["type"] == "ACCUSE")
    assert accuse["sources"] == [issuer["id"]]
    # the "we" span is the source's evidence
    assert out["document"]["text"][slice(*accuse["field_evidence"]["sources"][0].values())] == "We"


def test_title_with_formal_state_name_resolves_to_the_country(ex):
    doc = ex.extract_text(TEXT, title="Message from the Bolivarian Republic of Venezuela on river trade")
    (issuer,), _ = _issuers(doc)
    assert issuer["country"] == "VEN"


def test_unknown_issuer_is_kept_as_a_named_actor_without_country(ex):
    doc = ex.extract_text(TEXT, title="Statement by the Republic of Zembla at the summit")
    (issuer,), out = _issuers(doc)
    assert issuer["name"] == "Republic of Zembla" and issuer["country"] is None
    assert any(issuer["id"] in e["sources"] for e in out["events"])


def test_title_naming_no_one_invents_no_issuer(ex):
    doc = ex.extract_text(TEXT, title="Statement at the opening of the spring session")
    assert doc.issuers == []


def _jsonl(ex, record):
    (doc,) = list(ex.pipe(read_jsonl([json.dumps(record)], ex.config, "batch.jsonl")))
    return doc


def test_jsonl_issuer_field_takes_codes_names_and_lists(ex):
    doc = _jsonl(ex, {"id": "r1", "text": TEXT, "issuer": "KEN"})
    (issuer,), out = _issuers(doc)
    assert issuer["country"] == "KEN"
    assert out["document"]["issuer_evidence"][0]["field"] == "metadata.issuer"
    doc = _jsonl(ex, {"id": "r2", "text": TEXT, "issuer": ["NO", "Fiji"]})
    assert [a["country"] for a in _issuers(doc)[0]] == ["NOR", "FJI"]


def test_jsonl_issuer_invalid_code_is_kept_as_a_name_with_a_notice(ex):
    doc = _jsonl(ex, {"id": "r3", "text": TEXT, "issuer": "QQX"})
    (issuer,), out = _issuers(doc)
    assert issuer["name"] == "QQX" and issuer["country"] is None
    assert any(e["code"] == "notice.issuer" and "QQX" in e["message"] for e in out["errors"])


def test_jsonl_issuer_values_that_are_no_names_are_left_out_with_a_notice(ex):
    doc = _jsonl(ex, {"id": "r4", "text": TEXT, "issuer": [7, "", "Chile"]})
    issuers, out = _issuers(doc)
    assert [a["country"] for a in issuers] == ["CHL"]
    assert any(e["code"] == "notice.issuer" for e in out["errors"])


def test_jsonl_list_of_thirty_issuers_keeps_them_all_in_order(ex):
    names = ["Chile", "Peru", "Fiji", "Samoa", "Kenya", "Ghana", "Nepal", "Oman", "Qatar", "Chad",
             "Mali", "Niger", "Togo", "Benin", "Gabon", "Cuba", "Haiti", "Japan", "Laos", "Iraq",
             "Iran", "Yemen", "Syria", "Jordan", "Egypt", "Libya", "Sudan", "Spain", "Italy", "Malta"]
    doc = _jsonl(ex, {"id": "r5", "text": "We welcome the new river treaty.", "issuer": names})
    issuers, out = _issuers(doc)
    assert len(issuers) == 30 and all(a["country"] for a in issuers)
    welcome = next(e for e in out["events"] if e["type"] == "SUPPORT")
    assert len(welcome["sources"]) == 30


def test_html_author_names_an_issuer_only_when_it_is_a_known_state_or_body(ex, tmp_path):
    body = "<p>" + " ".join(["The ministry condemns the blockade of the river ports by the rebels."] * 3) + "</p>"
    page = ('<html><head><title>Blockade</title><meta name="author" content="{}"></head>'
            '<body><article>' + body + '</article></body></html>')
    known = tmp_path / "known.html"
    known.write_text(page.format("Ministry of Foreign Affairs of Peru"), encoding="utf-8")
    issuers, out = _issuers(ex.extract_path(known))
    assert [a["country"] for a in issuers] == ["PER"]
    assert out["document"]["issuer_evidence"][0]["field"] == "metadata.author"
    writer = tmp_path / "writer.html"
    writer.write_text(page.format("Jane Orwell"), encoding="utf-8")
    assert ex.extract_path(writer).issuers == []


def test_we_in_a_quoted_news_report_is_not_given_to_an_invented_issuer(ex):
    doc = ex.extract_text('Rebel commander Tarn Ivel told reporters: "We reject the new ceasefire terms '
                          'and we will fight on." The government did not comment.')
    assert doc.issuers == []
    assert not doc.issuer_evidence


def test_nested_quotes_in_a_news_report_invent_no_issuer_and_keep_the_speaker(ex):
    doc = ex.extract_text('Mayor Ilsa Varn said: "The envoy told us \'we reject the new toll\' and '
                          'we condemn that answer." Talks on the river toll resume next week.')
    assert doc.issuers == [] and not doc.issuer_evidence
    names = {a.id: a.name for a in doc.actors}
    rejects = [e for e in doc.events if e.type == "REJECT"]
    assert rejects, [(e.type, e.evidence.text) for e in doc.events]
    # the inner quote's "we" is the one quoted there (the envoy), not a publisher
    assert [names[i] for i in rejects[0].sources] == ["envoy"]


@pytest.mark.parametrize("text, speaker", [
    ('Militia leader Oren Vask told reporters: "We reject the new river toll and we will resist it." '
     'Officials declined to comment.', "Oren Vask"),
    ('"We condemn the raid on the grain depot," said the Chilean interior minister on Monday.',
     "Chilean interior minister"),
])
def test_we_in_a_quote_of_a_news_report_is_the_quoted_speaker(ex, text, speaker):
    doc = ex.extract_text(text)
    assert doc.issuers == [] and not doc.issuer_evidence
    acts = [e for e in doc.events if e.type in ("REJECT", "ACCUSE")]
    assert acts and [doc.actor(i).name for i in acts[0].sources] == [speaker]
