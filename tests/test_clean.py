"""The clean stage: page debris out, real content kept, every clean offset mapped to raw."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from communique.clean.stage import clean_document
from communique.document import Document, Source

BODY = ("The Ministry of Foreign Affairs condemned the shelling of the border villages "
        "and called for an independent investigation.")


def clean(raw: str, **kw) -> Document:
    return clean_document(Document(raw=raw, source=Source(path="test.txt")), **kw)


def assert_offsets_exact(doc: Document) -> None:
    """Every segment selects the same characters in text and raw (line breaks aside)."""
    pos = 0
    for t_start, r_start, length in doc.segments:
        assert t_start == pos, "segments must tile the clean text"
        piece, source = doc.text[t_start:t_start + length], doc.raw[r_start:r_start + length]
        for got, was in zip(piece, source):  # line breaks may become "\n" or a joining space
            assert got == was or (was in "\n\r\u2028\u2029\x0b\x0c\x85" and got in "\n ")
        pos += length
    assert pos == len(doc.text)


# -- the real sample -----------------------------------------------------------------

@pytest.mark.shared
def test_sample_loses_the_image_file_names_and_keeps_the_statement(sample_doc):
    assert "WhatsApp Image" not in sample_doc.text
    images = [r for r in sample_doc.removed if r.reason == "image_file"]
    assert images, "the removed debris is recorded"
    assert all("WhatsApp Image" in sample_doc.raw[r.start:r.end] for r in images)
    # the statement itself is intact: first and last paragraphs, signature date
    assert sample_doc.text.startswith(sample_doc.raw.lstrip()[:40])
    assert sample_doc.text.rstrip().endswith("December 4, 2019")
    raw_words = len(sample_doc.raw.split())
    removed_words = sum(len(sample_doc.raw[r.start:r.end].split()) for r in sample_doc.removed)
    assert len(sample_doc.text.split()) >= raw_words - removed_words - 1  # only the " 30" residue


@pytest.mark.shared
def test_sample_clean_offsets_map_back_to_raw(sample_doc):
    assert_offsets_exact(sample_doc)
    for needle in ("Hamas Movement", "December 4, 2019", "Islamic Jihad"):
        start = sample_doc.text.index(needle)
        end = start + len(needle)
        r_start, r_end = sample_doc.raw_offset(start), sample_doc.raw_offset(end)
        assert sample_doc.raw[r_start:r_end] == needle
    # every mention found later maps back to the same words in the input
    for m in sample_doc.mentions:
        raw_piece = sample_doc.raw[sample_doc.raw_offset(m.start):sample_doc.raw_offset(m.end)]
        assert " ".join(raw_piece.split()) == " ".join(sample_doc.text[m.start:m.end].split())


@pytest.mark.shared
def test_sample_has_id_from_its_content(sample_doc):
    assert sample_doc.id == sample_doc.content_id()
    assert sample_doc.id.startswith("doc_")


# -- every debris kind ----------------------------------------------------------------

DEBRIS = [
    ("WhatsApp Image 2021-07-16 at 9.41.07 AM (2) WhatsApp Image 2021-07-16 at 9.41.15 AM  12",
     "image_file"),
    ("IMG_2034.jpg", "image_file"),
    ("DSC_0042.JPG (2)", "image_file"),
    ("Screenshot 2023-05-01 at 10.22.31", "image_file"),
    ("Photo: The minister arrives in Geneva on Monday (Reuters)", "image_caption"),
    ("Photo credit - Ministry press office", "image_caption"),
    ("Click on the image to enlarge", "image_caption"),
    ("Share: Facebook Twitter WhatsApp Email Print", "share_buttons"),
    ("Share this article", "share_buttons"),
    ("Tweet", "share_buttons"),
    ("Print this page", "share_buttons"),
    ("Follow us on Telegram", "share_buttons"),
    ("We use cookies to improve your experience on our website. By continuing you agree.",
     "cookie_notice"),
    ("Accept all cookies", "cookie_notice"),
    ("Read more »", "related_links"),
    ("Continue reading", "related_links"),
    ("Home > News > Press releases", "navigation"),
    ("News / Statements / 2019 / December", "navigation"),
    ("Skip to main content", "navigation"),
    ("You are here: Home / Media centre", "navigation"),
    ("Tags: Gaza, ceasefire, prisoners", "navigation"),
    ("© 2022 Ministry of Foreign Affairs. All rights reserved.", "footer"),
    ("Copyright 2019 Hamas Media Office", "footer"),
]


@pytest.mark.parametrize("line,reason", DEBRIS, ids=[r + ":" + l[:18] for l, r in DEBRIS])
def test_debris_line_is_removed_and_recorded(line, reason):
    raw = f"Ministry statement\n\n{BODY}\n\n{line}\n\n{BODY.replace('shelling', 'bombing')}\n"
    doc = clean(raw)
    assert doc.text == f"Ministry statement\n\n{BODY}\n\n{BODY.replace('shelling', 'bombing')}"
    assert [r.reason for r in doc.removed] == [reason]
    r = doc.removed[0]
    assert doc.raw[r.start:r.end] == line.strip()
    assert_offsets_exact(doc)


def test_inline_image_names_and_photo_credits_go_but_the_sentence_stays():
    raw = ("The minister met the envoy IMG_2034.jpg in Geneva (Photo: AFP) on Monday.\n"
           "WhatsApp Image 2021-07-16 at 9.41.07 AM Both sides agreed to meet again.")
    doc = clean(raw)
    assert doc.text == ("The minister met the envoy in Geneva on Monday.\n"
                        "Both sides agreed to meet again.")
    assert sorted(r.reason for r in doc.removed) == ["image_caption", "image_file", "image_file"]
    assert_offsets_exact(doc)
    start = doc.text.index("Geneva")
    assert doc.raw[doc.raw_offset(start):doc.raw_offset(start + 6)] == "Geneva"


def test_related_link_list_goes_until_the_next_sentence():
    raw = (f"{BODY}\n\nRelated articles:\nEnvoy visits refugee camp\n\nTalks resume in Geneva\n"
           "More news from the region\n\nThe minister will travel to Amman next week.")
    doc = clean(raw)
    assert doc.text == f"{BODY}\n\nThe minister will travel to Amman next week."
    assert {r.reason for r in doc.removed} == {"related_links"}
    assert len(doc.removed) == 4


def test_repeated_site_header_is_removed_only_from_the_threshold():
    header = "Palestinian Information Centre"
    raw = "\n".join([header, BODY, header, BODY.replace("shelling", "siege"), header])
    doc = clean(raw, repeated_min=3)
    assert header not in doc.text
    assert [r.reason for r in doc.removed] == ["repeated_line"] * 3
    twice = clean("\n".join([header, BODY, header]), repeated_min=3)
    assert twice.text.count(header) == 2 and not twice.removed
    off = clean(raw, repeated_min=0)
    assert off.text.count(header) == 3


def test_repeated_rule_never_takes_one_word_lines_or_long_sentences():
    raw = "\n".join(["Q:", BODY, "Q:", BODY, "Q:", BODY])
    doc = clean(raw)
    assert doc.text.count("Q:") == 3 and doc.text.count(BODY) == 3


@pytest.mark.parametrize("line", ["Mr. President,", "Ladies and Gentlemen Heads of Delegation",
                                  "Distinguished participants!", "**We want to live free!**",
                                  "Excellencies", "Your Majesties, Excellencies, Ladies and Gentlemen"])
def test_speech_refrains_and_forms_of_address_are_not_site_furniture(line):
    raw = "\n\n".join([line, BODY, line, BODY.replace("shelling", "siege"), line, "The end."])
    doc = clean(raw)
    # (only the emphasis markup around a refrain goes: see test_emphasis_markup_...)
    assert doc.text.count(line.strip("*")) == 3
    assert all(r.reason == "markup" for r in doc.removed)


def test_emphasis_markup_around_words_is_removed_and_mapped():
    raw = "We thank **Ghana** and the **African Union** for their help. A * B ** C stays."
    doc = clean(raw)
    assert doc.text == "We thank Ghana and the African Union for their help. A * B ** C stays."
    assert [(raw[r.start:r.end], r.reason) for r in doc.removed] == [("**", "markup")] * 4


def test_numbered_heading_with_bars_is_not_a_breadcrumb():
    line = "3. Resilience & Adaptation | Financial Challenges | Banking"
    assert clean(f"{line}\n\n{BODY}").text.startswith(line)


CONTENT = [
    "The ministry said it would share intelligence with Jordan and Egypt.",
    "Photographs of the damaged school were published by the ministry on Monday.",
    "He called on Twitter users to stop sharing false reports about the ceasefire.",
    "Home Office officials met the delegation in London.",
    "Read more about the agreement in the annex published by the council.",
    "Related talks between the two delegations will take place in Cairo.",
    "The photo exhibition in Gaza / Rafah / Khan Younis was cancelled after the strike.",
    "We use all means to defend our people, the movement said.",
    "Print media were banned from the press conference, the union said.",
]


@pytest.mark.parametrize("sentence", CONTENT)
def test_sentences_that_resemble_debris_are_kept(sentence):
    doc = clean(f"Statement\n\n{sentence}\n\n{BODY}")
    assert sentence in doc.text
    assert not doc.removed


def test_whitespace_is_tidied_without_losing_words():
    raw = "  Title line   \n\n\n\n\nFirst   paragraph\t  of text.   \n \n\n Second paragraph.\u00a0\n\n\n"
    doc = clean(raw)
    # a run of spaces keeps its first character (here a tab), so text and raw agree
    assert doc.text == "Title line\n\nFirst paragraph\tof text.\n\nSecond paragraph."
    assert_offsets_exact(doc)


def test_unicode_line_separators_become_newlines():
    doc = clean("ISAF Joint Command\u20282011-01-S-115\u2028For Immediate Release\u2029Body text here.")
    assert doc.text == "ISAF Joint Command\n2011-01-S-115\nFor Immediate Release\nBody text here."
    assert_offsets_exact(doc)


def test_hard_wrapped_lines_are_joined_but_paragraphs_and_headings_stay():
    raw = ("Ministry statement\nOn the floods\n\nThe minister met the envoy of the United Nations in\n"
           "Geneva and the two discussed the delivery of\n   aid to the flooded districts.\n"
           "Both sides agreed to meet again.\n\nAnother paragraph.")
    doc = clean(raw)
    assert doc.text == ("Ministry statement\nOn the floods\n\nThe minister met the envoy of the "
                        "United Nations in\nGeneva and the two discussed the delivery of aid to the "
                        "flooded districts.\nBoth sides agreed to meet again.\n\nAnother paragraph.")
    assert_offsets_exact(doc)
    kept = clean(raw, unwrap=False)
    assert "delivery of\naid" in kept.text


def test_only_debris_is_an_input_error():
    doc = clean("Share: Facebook Twitter\nIMG_2034.jpg\nHome > News > Statements\n")
    assert doc.text == ""
    assert doc.failed
    assert doc.errors[0].code == "input.no_text" and "test.txt" in doc.errors[0].message


def test_same_statement_with_other_debris_has_the_same_id():
    a = clean(f"Share this\n{BODY}\nIMG_0001.jpg")
    b = clean(f"Home > News > Statements\n\n{BODY}\n\nPrint")
    assert a.text == b.text == BODY
    assert a.id == b.id == a.content_id()


def test_a_given_id_is_kept():
    doc = Document(raw=BODY, id="rec-7")
    assert clean_document(doc).id == "rec-7"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
    st.sampled_from(["IMG_2034.jpg", "Share", "\n\n\n", "(Photo: AFP)", "  ", "Read more",
                     "Home > News > Press", "\u2028", "WhatsApp Image 2021-07-16 at 9.41.07 AM"]),
), max_size=12))
def test_any_input_keeps_an_exact_offset_map(pieces):
    raw = " ".join(pieces)
    doc = clean(raw)
    assert_offsets_exact(doc)
    assert "\n\n\n" not in doc.text
    assert doc.text == doc.text.strip() or not doc.text
    for r in doc.removed:
        assert 0 <= r.start < r.end <= len(raw)


def test_markdown_italics_rules_and_headings_are_removed_and_mapped():
    raw = ("### 1. Peace in the Sahel\n\nWe welcome the *Accra Compact*, as the saying goes: "
           "*“slowly, slowly, the bird builds its nest.”*\n\n---\n\n* * *\n\n*****\n\n"
           "Ghana thanks Togo. *\n\n*\n\nA * B stays, and 5*3 too.")
    doc = clean(raw)
    assert doc.text == ("1. Peace in the Sahel\n\nWe welcome the Accra Compact, as the saying goes: "
                        "“slowly, slowly, the bird builds its nest.”\n\n"
                        "Ghana thanks Togo.\n\nA * B stays, and 5*3 too.")
    assert {r.reason for r in doc.removed} == {"markup"}
    assert_offsets_exact(doc)
    at = doc.text.index("Accra")
    assert raw[doc.raw_offset(at):doc.raw_offset(at) + 5] == "Accra"
