"""The look-up attribute ruler gives exactly the annotations of the model as shipped."""

import pytest

from communique.nlp.attribute_ruler import LookupMatch, speed_up

# Every kind of pattern the English ruler holds: tag maps, word + tag, two-token
# contractions and colloquialisms (REGEX and IN inside), dependency conditions,
# existential "there", whitespace tokens.
TRICKY = [
    "He ain't here, and she isn't either. I'm gonna go; we've gotta leave.",
    "Let's go! C'mon, y'all. Y'all know nothin' and nuthin' about it.",
    "There is a ceasefire. There were 3 attacks\n\n  on 4 May 2020 in al-Bayda.",
    "Which of these does the ministry want? That one, or those two?",
    "THE MINISTRY CONDEMNS THE ATTACK ON   Kabul .",
    "",
    "   \n\t ",
]


@pytest.fixture(scope="module")
def texts(example_texts):
    return TRICKY + example_texts


def test_lookup_matches_are_the_matchers(stock, texts):
    ruler = stock.get_pipe("attribute_ruler")
    lookup = LookupMatch(ruler)
    disabled = [p for p in stock.pipe_names if p not in ("tok2vec", "tagger", "parser")]
    for doc in stock.pipe(texts, disable=disabled):
        expected = ruler.match(doc)
        assert lookup(doc) == expected, doc.text[:60]
        assert lookup(doc) == expected  # a second time, from the remembered rows


def test_a_pipeline_with_the_lookup_annotates_like_the_stock_one(stock, texts):
    import spacy

    fast = spacy.load(stock.path)
    assert speed_up(fast)
    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in a] == \
               [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in b]


def test_the_lookup_is_what_the_parse_stage_uses_unless_switched_off(config):
    from communique.nlp.model import load_model
    from communique.nlp.parse import Parser

    name = config.parse.model
    on = Parser(config.parse)
    off = Parser(config.with_overrides({"parse": {"lookup_attribute_ruler": False}}).parse)
    assert isinstance(on.nlp.get_pipe("attribute_ruler").match, LookupMatch)
    assert not isinstance(off.nlp.get_pipe("attribute_ruler").match, LookupMatch)
    assert on.nlp is load_model(name)  # the event coder's pipeline is the same object


def test_patterns_it_cannot_read_stay_with_the_matcher(stock):
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "un"}, {"IS_PUNCT": True, "OP": "?"}]], {"TAG": "NNP"})
    ruler.add([[{"LOWER": "ceasefire"}]], {"TAG": "NN"})
    lookup = LookupMatch(ruler)
    assert len(lookup.rest) == 1 and len(lookup.specs) == 1
    doc = nlp("The UN . agreed a ceasefire with the UN")
    assert lookup(doc) == ruler.match(doc)


def test_patterns_added_later_are_read():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ceasefire"}]], {"TAG": "NN"})
    assert speed_up(nlp)
    assert nlp("a ceasefire now")[1].tag_ == "NN"
    ruler.add([[{"LOWER": "now"}]], {"TAG": "RB"})
    doc = nlp("a ceasefire now")
    assert [t.tag_ for t in doc] == ["", "NN", "RB"]


def test_a_token_matched_twice_gets_both_writes_later_ones_winning():
    import spacy

    def build(fast: bool):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "ceasefire"}]], {"TAG": "NN", "LEMMA": "truce"})
        ruler.add([[{"LOWER": "a"}, {"LOWER": "ceasefire"}]], {"TAG": "NNP", "POS": "PROPN"}, index=1)
        ruler.add([[{"LOWER": "now"}]], {"TAG": "RB", "MORPH": "Degree=Pos"})
        if fast:
            assert speed_up(nlp)
        return nlp

    text = "a ceasefire now, a ceasefire"
    stock, fast = build(False)(text), build(True)(text)
    rows = [[(t.tag_, t.pos_, t.lemma_, str(t.morph)) for t in d] for d in (stock, fast)]
    assert rows[0] == rows[1]
    assert rows[1][1] == ("NNP", "PROPN", "truce", "")


def test_an_index_outside_its_match_is_spacys_error():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ceasefire"}]], {"TAG": "NN"}, index=2)
    assert speed_up(nlp)
    with pytest.raises(ValueError, match="E1001"):
        nlp("a ceasefire")
