"""The structure stage: sections, title, publication date, date-line place, issuer spans."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from communique.clean.stage import clean_document
from communique.document import Document, Source
from communique.ingest import load_path, load_text
from communique.structure.dates import expand_year, find_dates, parse_date
from communique.structure.stage import structure_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BODY = ("The two delegations met in Cairo for more than five hours and discussed the "
        "humanitarian situation, the exchange of prisoners and the reconstruction of the city.")


def structured(text: str, *, published=None, date_hint=None, title=None, gap=7) -> Document:
    doc = Document(raw=text, source=Source(published_hint=published, date_hint=date_hint,
                                           title_hint=title))
    clean_document(doc)
    return structure_document(doc, max_gap_days=gap)


def spans(doc: Document) -> list[str]:
    return [doc.text[a:b] for a, b in doc.workspace.issuer_spans]


def section_text(doc: Document, name: str) -> str | None:
    s = doc.section(name)
    return doc.text[s.start:s.end] if s else None


# -- the real sample -----------------------------------------------------------------

@pytest.mark.shared
def test_sample_title_is_the_headline_not_the_site_header(sample_doc):
    assert sample_doc.title == "Joint press release issued by Hamas, Islamic Jihad"
    assert section_text(sample_doc, "title") == sample_doc.title
    assert section_text(sample_doc, "header") == sample_doc.text.split("\n", 1)[0]


@pytest.mark.shared
def test_sample_publication_date_agrees_with_signature(sample_doc):
    assert sample_doc.published == "2019-12-04"
    assert sample_doc.published_from == "dateline"
    signature = section_text(sample_doc, "signature")
    assert signature is not None and "December 4, 2019" in signature
    assert parse_date(signature.splitlines()[-1]) == date(2019, 12, 4)
    assert not [e for e in sample_doc.errors if e.code == "notice.date_disagreement"]


@pytest.mark.shared
def test_sample_issuer_spans_are_hamas_and_islamic_jihad(sample_doc):
    names = spans(sample_doc)
    assert names[:2] == ["Hamas", "Islamic Jihad"]
    # the site header and the signature name Hamas again: spans of the same issuer
    assert all(n.startswith("Hamas") for n in names[2:])
    assert "Hamas Movement" in names


@pytest.mark.shared
def test_sample_sections_are_ordered_and_select_their_text(sample_doc):
    names = [s.name for s in sample_doc.sections]
    assert names == ["header", "title", "dateline", "body", "signature"]
    ends = [(s.start, s.end) for s in sample_doc.sections]
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:])), "sections do not overlap"
    for s in sample_doc.sections:
        piece = sample_doc.text[s.start:s.end]
        assert piece == piece.strip() and piece
    assert section_text(sample_doc, "dateline") == "04 December, 19"
    body = section_text(sample_doc, "body")
    assert body.startswith("The Hamas and Islamic Jihad leaderships")
    assert "Hamas Movement" not in body
    for a, b in sample_doc.workspace.issuer_spans:
        assert sample_doc.text[a:b] == sample_doc.text[a:b].strip()
        raw = sample_doc.raw[sample_doc.raw_offset(a):sample_doc.raw_offset(b)]
        assert raw == sample_doc.text[a:b]


# -- date formats ---------------------------------------------------------------------

DATES = [
    ("04 December, 19", "2019-12-04"),
    ("December 4, 2019", "2019-12-04"),
    ("4 December 2019", "2019-12-04"),
    ("2019-12-04", "2019-12-04"),
    ("Jan. 25, 2013", "2013-01-25"),
    ("Sept. 1, 2010", "2010-09-01"),
    ("Tuesday, 3 December 2019", "2019-12-03"),
    ("4th of December 2019", "2019-12-04"),
    ("March 17th, 2011", "2011-03-17"),
    ("04/12/2019", "2019-12-04"),
    ("25/12/2019", "2019-12-25"),
    ("1 Dec 98", "1998-12-01"),
    ("Nov. 1. 2011", "2011-11-01"),
]


@pytest.mark.parametrize("text,iso", DATES)
def test_date_formats(text, iso):
    assert parse_date(text).isoformat() == iso


def test_two_digit_years_take_the_nearest_past_century():
    assert expand_year("19", date(2024, 1, 1)) == 2019
    assert expand_year("25", date(2024, 1, 1)) == 2025  # next year is still this century
    assert expand_year("30", date(2024, 1, 1)) == 1930


def test_yearless_dates_take_the_year_nearest_their_anchor():
    (f,) = find_dates("(Jan. 2)")
    assert f.year is None
    assert f.resolve(date(2010, 12, 20)) == date(2011, 1, 2)
    assert f.resolve(date(2011, 1, 15)) == date(2011, 1, 2)
    assert f.resolve(None) is None


def test_no_date_is_read_from_times_numbers_or_impossible_days():
    assert parse_date("31 February 2019") is None
    assert parse_date("the meeting on 3 March 2024") is None  # not a date line
    assert not find_dates("at 6.29 AM the 2019 budget of 1,200 dollars")


# -- layouts -------------------------------------------------------------------------

def test_ministry_release_with_place_date_line():
    doc = structured("Ministry of Foreign Affairs of the Republic of Estovia\n\nPress Release\n\n"
                     "Minister meets UN envoy in Geneva\n\nGeneva, 12 March 2024\n\n" + BODY)
    assert doc.title == "Minister meets UN envoy in Geneva"
    assert (doc.published, doc.published_from) == ("2024-03-12", "dateline")
    a, b = doc.workspace.dateline_place
    assert doc.text[a:b] == "Geneva"
    assert spans(doc) == ["Ministry of Foreign Affairs of the Republic of Estovia"]
    assert [s.name for s in doc.sections] == ["header", "title", "dateline", "body"]


def test_agency_dateline_opening_the_body():
    doc = structured("2013-01-S-070\nFor Immediate Release\n\n"
                     "KABUL, Afghanistan (Jan. 25, 2013) – " + BODY)
    assert doc.published == "2013-01-25"
    a, b = doc.workspace.dateline_place
    assert doc.text[a:b] == "KABUL, Afghanistan"
    assert section_text(doc, "dateline") == "KABUL, Afghanistan (Jan. 25, 2013)"
    assert section_text(doc, "body") == BODY
    assert doc.title is None  # a release number and boilerplate make no headline


def test_dated_headline():
    doc = structured("ISAF Joint Command Daily Update, Jan. 14, 2011\n"
                     "ISAF Joint Command - Afghanistan\n\n" + BODY)
    assert doc.title == "ISAF Joint Command Daily Update, Jan. 14, 2011"
    assert (doc.published, doc.published_from) == ("2011-01-14", "dateline")
    assert spans(doc) == ["ISAF Joint Command"]


def test_yearless_dateline_is_anchored_by_the_release_number():
    doc = structured("ISAF Joint Command - Afghanistan\n2010-12-S-917\nFor Immediate Release\n\n"
                     "KABUL, Afghanistan (Jan. 2) - " + BODY)
    assert doc.published == "2011-01-02"  # December release number, January date: next year


def test_yearless_dateline_without_anchor_gives_no_date_and_says_why():
    doc = structured("KABUL, Afghanistan (Feb. 07)\n" + BODY)
    assert doc.published is None
    assert [e.code for e in doc.errors] == ["notice.dateline_no_year"]
    assert structured("KABUL, Afghanistan (Feb. 07)\n" + BODY,
                      date_hint="2012-02-08").published == "2012-02-07"


def test_signature_date_far_from_the_date_line_wins_and_is_noted():
    doc = structured("Movement for Justice\n\nStatement on the elections\n\n4 December 2017\n\n"
                     + BODY + "\n\nMovement for Justice\n\nDecember 4, 2019", gap=7)
    assert (doc.published, doc.published_from) == ("2019-12-04", "signature")
    (notice,) = [e for e in doc.errors if e.code == "notice.date_disagreement"]
    assert "2017-12-04" in notice.message and "2019-12-04" in notice.message


def test_signature_date_within_the_gap_keeps_the_date_line():
    doc = structured("Statement on the elections\n\n4 December 2019\n\n" + BODY
                     + "\n\nMovement for Justice\n\nDecember 5, 2019", gap=7)
    assert (doc.published, doc.published_from) == ("2019-12-04", "dateline")
    assert not doc.errors


def test_signature_date_alone():
    doc = structured("Statement on the elections\n\n" + BODY + "\n\nMovement for Justice\nCairo, 5 May 2021")
    assert (doc.published, doc.published_from) == ("2021-05-05", "signature")
    assert section_text(doc, "signature") == "Movement for Justice\nCairo, 5 May 2021"
    assert spans(doc) == ["Movement for Justice"]


def test_caller_date_always_wins_and_metadata_is_the_last_resort():
    text = "Statement on the elections\n\n4 December 2019\n\n" + BODY
    doc = structured(text, published="2019-12-05")
    assert (doc.published, doc.published_from) == ("2019-12-05", "input")
    far = structured(text, published="2020-06-01")
    assert far.published == "2020-06-01"
    assert [e.code for e in far.errors] == ["notice.date_disagreement"]
    meta = structured("Statement on the elections\n\n" + BODY, date_hint="2019-12-06")
    assert (meta.published, meta.published_from) == ("2019-12-06", "metadata")
    assert structured("Statement\n\n" + BODY).published is None


LAYOUTS = [
    # (text, title, published, published_from)
    ("15.04.2023\n\nMinistry of Defence statement on the drone strike\n\n" + BODY,
     "Ministry of Defence statement on the drone strike", "2023-04-15", "dateline"),
    ("For immediate release: 15 April 2023\n\nMinistry of Health\n\n"
     "Health ministry confirms cholera outbreak\n\n" + BODY,
     "Health ministry confirms cholera outbreak", "2023-04-15", "dateline"),
    ("In the name of God, the Ever Kind, the Ever Just\n\nStatement issued by the "
     "Popular Resistance Committees\n\n" + BODY + "\n\nPopular Resistance Committees\nSunday 16-4-2023",
     "Statement issued by the Popular Resistance Committees", "2023-04-16", "signature"),
    ("NEWS RELEASE\nMay 3, 2022\nContact: Jane Doe, +1 202 555 0100\n\n"
     "Aid groups call for access to besieged city\n\n" + BODY + "\n\n###",
     "Aid groups call for access to besieged city", "2022-05-03", "dateline"),
    ("Embassy of Japan in Kenya\n\nPress Release No. 12/2021\n\nJapan extends grant aid for "
     "drought relief\n\nNairobi, 3 March 2021 -- " + BODY,
     "Japan extends grant aid for drought relief", "2021-03-03", "dateline"),
]


@pytest.mark.parametrize("text,title,published,source", LAYOUTS, ids=[l[1][:30] for l in LAYOUTS])
def test_press_release_layouts(text, title, published, source):
    doc = structured(text)
    assert doc.title == title
    assert (doc.published, doc.published_from) == (published, source)
    assert section_text(doc, "body").startswith(BODY[:40])


def test_title_hint_wins():
    doc = structured("Statement on the elections\n\n" + BODY, title="From the page title")
    assert doc.title == "From the page title"


def test_lone_sentence_is_body_not_title():
    doc = structured("The two presidents will meet in Zurich to discuss the ceasefire")
    assert doc.title is None
    assert [s.name for s in doc.sections] == ["body"]
    assert structured("Ministry statement").title == "Ministry statement"


@pytest.mark.parametrize("header", ["ISAF Joint Command - Afghanistan",
                                    "ISAF Joint Command- Afghanistan",
                                    "ISAF Joint Command | Afghanistan"])
def test_header_organisation_without_its_place(header):
    assert spans(structured(f"{header}\n\n{BODY}")) == ["ISAF Joint Command"]


@pytest.mark.parametrize("opening", ["Mr. President,", "Excellencies,", "**Mr Secretary-General,**",
                                     "Mr. President"])
def test_a_speech_salutation_is_no_title(opening):
    doc = structured(f"{opening}\n\n{BODY}\n\n{BODY}")
    assert doc.title is None
    assert [(s.name, s.start) for s in doc.sections] == [("body", 0)]


def test_text_without_head_has_no_title_and_all_body():
    doc = structured(BODY + "\n\n" + BODY)
    assert doc.title is None
    assert [s.name for s in doc.sections] == ["body"]


# -- issuers -------------------------------------------------------------------------

ISSUERS = [
    ("Joint statement by the Sahel Democratic Front and the Popular Unity Party",
     ["Sahel Democratic Front", "Popular Unity Party"]),
    ("Joint press release issued by Fatah, the PFLP and the Democratic Front",
     ["Fatah", "PFLP", "Democratic Front"]),
    ("Statement of the Ministry of Foreign Affairs of Ukraine on the situation in Crimea",
     ["Ministry of Foreign Affairs of Ukraine"]),
    ("Statement by the Spokesperson for the Secretary-General on Yemen",
     ["Secretary-General"]),  # the spokesperson speaks for the Secretary-General
    ("UNICEF statement on the attack on a school in Ituri", ["UNICEF"]),
    ("Hamas and Islamic Jihad joint statement", ["Hamas", "Islamic Jihad"]),
    ("Press statement by Amnesty International: free the detained journalists",
     ["Amnesty International"]),
    ("Statement attributable to the Spokesperson for the Secretary-General on Sudan",
     ["Secretary-General"]),
    ("Comment by the Information and Press Department on the attack in Kharkiv",
     ["Information and Press Department"]),
    ("Joint statement by Fatah and the Democratic Front", ["Fatah", "Democratic Front"]),
]


@pytest.mark.parametrize("title,names", ISSUERS, ids=[n[0] for _, n in ISSUERS])
def test_issuers_named_by_the_title(title, names):
    doc = structured(f"{title}\n\n{BODY}")
    assert doc.title == title
    assert spans(doc) == names


OPENINGS = [
    ("The Ministry of Foreign Affairs of the Republic of Turkey strongly condemns the attack.",
     ["Ministry of Foreign Affairs of the Republic of Turkey"]),
    ("UNICEF is appalled by the attack on the school in Ituri province on Wednesday.", ["UNICEF"]),
    ("Hamas condemns the storming of the mosque by settlers on Sunday morning.", ["Hamas"]),
    ("The European Union welcomes the agreement reached in Geneva on Friday.", ["European Union"]),
    ("The minister met the ambassador in Ankara on Monday and discussed the region.", []),
    ("The Ministry of Interior arrested five suspects in Mafraq on Wednesday night.", []),
]


@pytest.mark.parametrize("opening,names", OPENINGS)
def test_issuer_opening_its_own_statement(opening, names):
    assert spans(structured(opening + " " + BODY)) == names


def test_opening_subject_is_not_used_when_the_head_names_the_issuer():
    doc = structured("Joint statement by Fatah and Hamas\n\nUNICEF condemns the attack. " + BODY)
    assert spans(doc) == ["Fatah", "Hamas"]


def test_issuers_from_signature_lines():
    doc = structured("On the attack in Kabul\n\n" + BODY +
                     "\n\nThe Ministry of Foreign Affairs\nOffice of the Spokesperson\n12 May 2020")
    assert spans(doc) == ["Ministry of Foreign Affairs", "Office of the Spokesperson"]


def test_press_office_signature_names_its_organisation():
    doc = structured("On the floods\n\n" + BODY + "\n\nPress and Information Office of the "
                     "Ministry of Health\n3 May 2021")
    assert spans(doc) == ["Ministry of Health"]
    alone = structured("On the floods\n\n" + BODY + "\n\nOffice of the Spokesperson\n3 May 2021")
    assert spans(alone) == ["Office of the Spokesperson"]


def test_person_and_contact_lines_are_not_issuers():
    doc = structured("Statement on the floods\n\n" + BODY +
                     "\n\nAmina Yusuf\nFor more information, contact: press@example.org")
    assert spans(doc) == []
    assert section_text(doc, "signature").startswith("Amina Yusuf")


# -- bundled examples ----------------------------------------------------------------

EXPECTED = {
    "ministry_press_release.txt": (
        "Foreign Minister Lena Varga meets UN envoy in Geneva, condemns shelling of border villages",
        "2024-03-12", ["Ministry of Foreign Affairs of the Republic of Estovia",
                       "Ministry of Foreign Affairs"], "Geneva"),
    "un_agency_statement.txt": (
        "UNICEF Statement on the attack on a school in Ituri province", "2023-10-06",
        ["UNICEF", "UNICEF Representative in the Democratic Republic of the Congo",
         "Marie-Claire Ndaye"], "KINSHASA"),
    "joint_statement.txt": (
        "Joint statement by the Sahel Democratic Front and the Popular Unity Party", "2022-02-14",
        ["Sahel Democratic Front", "Popular Unity Party"], "Dakar"),
    "armed_group_claim.txt": (
        "Statement on the operation against the army checkpoint at Kessa", "2021-08-21",
        ["Northern Liberation Brigades"], None),
    "ngo_report_excerpt.txt": (
        'Report excerpt: "Silenced: Journalists under pressure ahead of the elections"',
        "2023-05-03", ["Civic Rights Monitor"], "Nairobi"),
    "news_page_with_debris.html": (
        "Interior ministry announces arrests after attack on aid convoy", "2022-06-03", [],
        "AMMAN, Jordan"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bundled_example_structure(name, config):
    title, published, issuers, place = EXPECTED[name]
    doc = structure_document(clean_document(load_path(EXAMPLES / name, config)))
    assert doc.title == title
    assert doc.published == published and doc.published_from == "dateline"
    assert sorted(set(spans(doc))) == sorted(issuers)
    if place:
        a, b = doc.workspace.dateline_place
        assert doc.text[a:b] == place
    assert 150 <= len(doc.text.split()) <= 420
    assert not [e for e in doc.errors if not e.code.startswith("notice.")]


def test_every_bundled_example_is_covered():
    files = {p.name for p in EXAMPLES.iterdir() if p.name != "README.md"}
    assert files == set(EXPECTED)


# -- the ISAF press releases: date-line parsing measured on dev -----------------------

_PAREN_DATE = re.compile(
    r"\(((?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})\)")


@pytest.mark.shared
def test_isaf_dateline_floor(gold_dir, config):
    """Date lines of real press releases: how often the publication date is the one the
    "(Mon. DD, YYYY)" date line states, and how often it falls 0-3 days after the gold
    incident date (releases report events of the day or the days before)."""
    records = [json.loads(line) for line in (gold_dir / "isaf.dev.jsonl").open(encoding="utf-8")]
    checked = agree = dated = near = 0
    for r in records:
        doc = structure_document(clean_document(load_text(r["text"], Source(), config)))
        m = _PAREN_DATE.search(r["text"][:400])
        if m:
            checked += 1
            agree += doc.published == parse_date(m.group(1)).isoformat()
        if doc.published:
            dated += 1
            gap = (date.fromisoformat(doc.published) - date.fromisoformat(r["gold"]["start_date"])).days
            near += 0 <= gap <= 3
    assert checked > 250
    assert agree / checked >= 0.97, f"date line read right in {agree}/{checked}"
    assert dated / len(records) >= 0.85, f"dated {dated}/{len(records)}"
    assert near / dated >= 0.95, f"0-3 days after the incident in {near}/{dated}"


# -- any input ------------------------------------------------------------------------

LINES = st.sampled_from([
    "Ministry of Foreign Affairs", "Press Release", "For Immediate Release", "04 December, 19",
    "KABUL, Afghanistan (Jan. 25, 2013) – The force detained two men.", "Hamas Movement",
    "Joint statement by A and B", "December 4, 2019", "Mr. President,", "###", "", "(Sept. 1)",
    "2011-11-S-034", BODY, "Statement on the floods", "Cairo, 5 May 2021",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=14))
def test_any_text_gets_ordered_sections_and_valid_spans(lines):
    doc = structured("\n".join(lines))
    if not doc.text:
        return
    prev_end = 0
    for s in doc.sections:
        assert prev_end <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start:s.end].strip() == doc.text[s.start:s.end]
        prev_end = s.end
    for a, b in doc.workspace.issuer_spans + [doc.workspace.dateline_place or (0, 0)]:
        assert 0 <= a <= b <= len(doc.text)
    if doc.published:
        assert date.fromisoformat(doc.published)
        assert doc.published_from in ("dateline", "signature")
    if doc.title:
        assert doc.title in doc.text
