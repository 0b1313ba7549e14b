"""'the Gulf' in news is the Persian Gulf, a body of water of no country, not Papua New Guinea's
Gulf Province (which text names 'Gulf Province'): a curated reading in gazetteer/regions.tsv.
Made-up sentences."""

from __future__ import annotations

from sentence_support import news_2021


def _places(extractor, text):
    return [(p.name, p.country) for p in news_2021(extractor, text).places]


def test_the_gulf_is_the_persian_gulf(extractor):
    doc = news_2021(extractor, "Iran seized a foreign oil tanker in the Gulf on Friday.")
    assert ("Persian Gulf", None) in [(p.name, p.country) for p in doc.places]
    # no state is acted on by a seizure made in the waters of the Gulf
    countries = {a.id: a.country for a in doc.actors}
    assert all(countries[t] != "PNG" for e in doc.events for t in e.targets)


def test_warships_sent_to_the_gulf_go_to_no_state(extractor):
    doc = news_2021(extractor, "Britain sent two more warships to the Gulf to protect shipping.")
    # a deployment (MOBILIZE 154) made, aimed at no one
    sent = [e for e in doc.events if e.type == "MOBILIZE" and e.cameo == "154"]
    assert sent and all(e.targets == [] for e in sent), doc.events


def test_gulf_province_stays_a_province(extractor):
    got = _places(extractor, "Floods in Gulf Province of Papua New Guinea cut off three villages.")
    assert ("Gulf", "PNG") in got, got
