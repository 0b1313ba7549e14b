"""Release numbers stamped with a year and month as a publication clue (structure stage).

A release number in the head ("2014-03-S-021", "2014/03/PR/7") gives the month a text
was issued in: it anchors a date line that gives no year, and it never becomes a
publication day of its own.  Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from communique.clean.stage import clean_document
from communique.document import Document, Source
from communique.structure.layout import read_layout
from communique.structure.published import release_month, release_number_month
from communique.structure.stage import structure_document


def structured(text: str, published: str | None = None) -> Document:
    doc = Document(raw=text, source=Source(published_hint=published))
    clean_document(doc)
    return structure_document(doc)


def test_a_release_number_inside_a_head_line_anchors_a_date_line_without_a_year():
    doc = structured("Northland Joint Command  2014-03-CA-046  For Immediate Release\n"
                     "VARROW, Northland (March 20) - A combined patrol found a weapons cache "
                     "near the ford and detained two men who were guarding it.\n")
    assert (doc.published, doc.published_from) == ("2014-03-20", "dateline")
    assert not any(e.code == "notice.dateline_no_year" for e in doc.errors)


def test_a_release_number_on_its_own_line_anchors_across_a_new_year():
    doc = structured("2014-12-S-201\nFor Immediate Release\n"
                     "VARROW, Northland (Jan. 2) - A patrol detained two men near the ford "
                     "after a tip from the village elders about a hidden cache.\n")
    assert doc.published == "2015-01-02"  # the nearest Jan. 2 to December 2014


def test_a_release_number_alone_makes_no_publication_day():
    doc = structured("Northland Joint Command\n2014-03-S-021\nFor Immediate Release\n\n"
                     "A combined patrol detained two suspected smugglers yesterday in the "
                     "Varrow district, officials of the command said.\n")
    assert doc.published is None and doc.published_from is None


def test_without_a_release_number_a_yearless_date_line_is_reported():
    doc = structured("VARROW, Northland (March 20) - A combined patrol found a weapons cache "
                     "near the ford and detained two men who were guarding it.\n")
    assert doc.published is None
    assert any(e.code == "notice.dateline_no_year" for e in doc.errors)


@pytest.mark.parametrize("head, expected", [
    ("Command 2014-03-CA-046 For Immediate Release", (2014, 3)),
    ("Release 2014/11/PR/7", (2014, 11)),
    ("Order 2014-13-S-001", None),         # no month 13
    ("Call 2014-03-15 for details", None),  # a date, not a release number
    ("Phone 2014-03-555-0100", None),       # digits only: no office code
])
def test_release_number_shapes(head, expected):
    found = release_number_month(head, len(head))
    assert (found[:2] if found else None) == expected


def test_a_release_number_after_the_head_is_not_read():
    text = ("Northland Joint Command\nFor Immediate Release\n\n"
            "A combined patrol seized papers marked 2014-03-S-021 in the Varrow district "
            "yesterday, officials of the command said in a statement.\n")
    assert release_month(text, read_layout(text)) is None
