"""One name in the archive may stand for actors of several countries ("the people" of one
statement and of another): the actor list and the actor page show a country only when every
actor of that name has it, instead of whichever country a row happened to carry."""

from __future__ import annotations

from communique.store.archive import Archive
from communique.store.reader import Reader
from communique.web import demo

TEXTS = [
    "Kenyan police arrested the people in Nairobi on Monday.",
    "Ugandan police arrested the people in Kampala on Tuesday.",
]


def _archive(tmp_path, extractor):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    docs = [extractor.extract_text(t, published="2024-05-01") for t in TEXTS]
    with Archive.open(url, write=True) as archive:
        assert demo.load_into(archive, docs) == 2
    return url


def test_a_name_of_several_countries_shows_none(tmp_path, extractor):
    url = _archive(tmp_path, extractor)
    with Archive.open(url) as archive, Reader.of(archive) as reader:
        rows = {r["name"]: r for r in reader.actors(0, 50).rows}
        assert rows["people"]["country"] is None and rows["people"]["countries"] == 2
        assert rows["Kenyan police"]["country"] == "KEN"
        page = reader.actor("people")
        assert page["country"] is None and page["countries"] == ["KEN", "UGA"]
        assert reader.actor("Ugandan police")["country"] == "UGA"
